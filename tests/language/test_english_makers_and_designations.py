"""English item names that open with a maker and a size ("Bosch 18V Cordless Drill"), nouns that are initials
("Portable SSD", "Smart TV") and wines and foods named with a protected designation ("Chianti Classico DOCG"). Names
from real shop catalogues (tools, electronics, delicatessen, wine), written for these tests; each named once and
three times, and each composed note accepted by the lint."""

from __future__ import annotations

import pytest

from notegen.language.items import item_phrase
from notegen.model import Item
from tests.compose.shops import tidal
from tests.language.composed_lint import item_findings

NAMES = [
    # a maker English writes as a name, then a size: the noun comes after the size, and takes the plural
    ("Makita 18V Brushless Combi Drill", "the Makita 18V Brushless Combi Drill",
     "the three Makita 18V Brushless Combi Drills"),
    ("Hitachi 1050W Angle Grinder 125mm", "the Hitachi 1050W Angle Grinder 125mm",
     "the three Hitachi 1050W Angle Grinders 125mm"),
    ('Samsung 43" QLED TV', 'the Samsung 43" QLED TV', 'the three Samsung 43" QLED TVs'),
    ("Dyson 2-in-1 Cordless Vacuum", "the Dyson 2-in-1 Cordless Vacuum", "the three Dyson 2-in-1 Cordless Vacuums"),
    ("Victorinox 8cm Paring Knife", "the Victorinox 8cm Paring Knife", "the three Victorinox 8cm Paring Knives"),
    # a maker's model line and its number before the noun: a power bank, a mouse, a card
    ("Anker Nano 65W Charger", "the Anker Nano 65W Charger", "the three Anker Nano 65W Chargers"),
    ("Logitech Pebble 2 M350s Wireless Mouse", "the Logitech Pebble 2 M350s Wireless Mouse",
     "the three Logitech Pebble 2 M350s Wireless Mice"),
    ("SanDisk Extreme 64GB microSDXC Card", "the SanDisk Extreme 64GB microSDXC Card",
     "the three SanDisk Extreme 64GB microSDXC Cards"),
    # a noun before its size stays the noun: "Tent 2 Person" is a tent; a describing word is no noun
    ("USB Charging Hub 7 Port", "the USB Charging Hub 7 Port", "the three USB Charging Hubs 7 Port"),
    ("Bosch Jigsaw 650W Corded", "the Bosch Jigsaw 650W Corded", "the three Bosch Jigsaws 650W Corded"),
    ("Camping Tent 4 Person", "the Camping Tent 4 Person", "the three Camping Tents 4 Person"),
    ("Duvet 10.5 Tog, Double", "the Duvet 10.5 Tog, Double", "the three Duvets 10.5 Tog, Double"),
    # initials among small letters take a small s
    ("External HDD 2TB", "the External HDD 2TB", "the three External HDDs 2TB"),
    ("Gaming PC with RGB Case", "the Gaming PC with RGB Case", "the three Gaming PCs with RGB Case"),
    ("Blank CD-R (Spindle of 50)", "the Blank CD-R (Spindle of 50)", "the three Blank CD-Rs (Spindle of 50)"),
    # a designation is never the noun: a wine so named in bottles, a food in bottles by volume, else in packs
    ("Barolo DOCG 2017", "the Barolo DOCG 2017", "the three bottles of Barolo DOCG 2017"),
    ("Valpolicella Ripasso DOC Superiore", "the Valpolicella Ripasso DOC Superiore",
     "the three bottles of Valpolicella Ripasso DOC Superiore"),
    ("Aceto Balsamico di Modena IGP 250ml", "the Aceto Balsamico di Modena IGP 250ml",
     "the three bottles of Aceto Balsamico di Modena IGP 250ml"),
    ("Gorgonzola Dolce DOP, 200g", "the Gorgonzola Dolce DOP, 200g", "the three packs of Gorgonzola Dolce DOP, 200g"),
    ("Kalamata Olives PDO in Brine", "the Kalamata Olives PDO in Brine",
     "the three packs of Kalamata Olives PDO in Brine"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "one", "three"), NAMES, ids=[row[0] for row in NAMES])
def test_the_noun_after_a_maker_and_a_size_initials_and_designations(name: str, one: str, three: str) -> None:
    """Never "the three Makitas 18V …", "the three External HDDS 2TB" or "the three Barolo DOCGS 2017"."""
    assert item_phrase(Item(name, 1), "en", True).nom == one
    assert item_phrase(Item(name, 3), "en", True).nom == three


def test_a_noun_before_a_size_is_not_taken_for_a_maker() -> None:
    """Only a word English writes as a name opens the name before a size: a noun before it stays the head."""
    assert item_phrase(Item("Hammock 2 Person Cotton", 3), "en", True).nom == "the three Hammocks 2 Person Cotton"


def test_the_lint_accepts_every_note_composed_for_these_names() -> None:
    """The lint reads the item as the composer names it: no SIN202 (item not found) nor SIN206 on these notes."""
    assert not item_findings([row[0] for row in NAMES], "en", tidal())
