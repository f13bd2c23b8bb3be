"""English names counted as a careful writer counts them: a mass noun sold by weight or volume in what it comes in,
never a plural English does not write ("the three packs of Fresh Egg Farfalle, 250g", "the three bottles of Button
Shellac, 500ml"), and goods in nets where a net closes the name ("the three 15kg nets of Seasoned Ash Logs"); a
name in capitals keeps them in its plural though its size is written in small letters ("the three ENAMEL CAMPING
MUGS, 350ml"); a pair noun written as one word with what it is worn on is counted in pairs ("the three pairs of
Skate Wristguards"). Names from real shop catalogues (Italian delis, woodworkers' and soapmakers' suppliers,
kitchen shops, log merchants, outdoor and skate shops), written for these tests; each named once and three times,
and each composed note accepted by the lint."""

from __future__ import annotations

import pytest

from notegen.language.items import item_phrase, short_phrase
from notegen.model import Item
from tests.compose.shops import tidal
from tests.language.composed_lint import item_findings

NAMES = [
    # a word English holds but never in the plural, sold by weight: in packs
    ("Fresh Egg Farfalle, 250g", "the Fresh Egg Farfalle, 250g", "the three packs of Fresh Egg Farfalle, 250g"),
    ("Bronze-Cut Cannelloni, 250g", "the Bronze-Cut Cannelloni, 250g",
     "the three packs of Bronze-Cut Cannelloni, 250g"),
    # a mass noun by volume, which English holds but never in the plural: in bottles
    ("Button Shellac, 500ml", "the Button Shellac, 500ml", "the three bottles of Button Shellac, 500ml"),
    ("Vegetable Glycerine, 500ml", "the Vegetable Glycerine, 500ml",
     "the three bottles of Vegetable Glycerine, 500ml"),
    # what holds a volume (its plural rare beside the verb "can", or a word English text does not hold), a thing
    # English counts, and one sold by weight are counted themselves
    ("Cafetière, 1 Litre", "the Cafetière, 1 Litre", "the three Cafetières, 1 Litre"),
    ("Brass Oil Can, 300ml", "the Brass Oil Can, 300ml", "the three Brass Oil Cans, 300ml"),
    ("Glass Oil Cruet, 250ml", "the Glass Oil Cruet, 250ml", "the three Glass Oil Cruets, 250ml"),
    ("Face Serum, 30ml", "the Face Serum, 30ml", "the three Face Serums, 30ml"),
    ("Competition Kettlebell, 24kg", "the Competition Kettlebell, 24kg", "the three Competition Kettlebells, 24kg"),
    # a net after the weight that closes the name holds the goods: said once, before them
    ("Seasoned Ash Logs, 15kg Net", "the Seasoned Ash Logs, 15kg Net", "the three 15kg nets of Seasoned Ash Logs"),
    ("Lumpwood Charcoal, 5kg Net", "the Lumpwood Charcoal, 5kg Net", "the three 5kg nets of Lumpwood Charcoal"),
    # capitals kept in the plural before a size in small letters
    ("ENAMEL CAMPING MUG, 350ml", "the ENAMEL CAMPING MUG, 350ml", "the three ENAMEL CAMPING MUGS, 350ml"),
    ("LED HEAD TORCH 300lm", "the LED HEAD TORCH 300lm", "the three LED HEAD TORCHES 300lm"),
    ("CAST IRON SKILLET, 26cm", "the CAST IRON SKILLET, 26cm", "the three CAST IRON SKILLETS, 26cm"),
    # a pair noun joined to what it is worn on, as one word or with a hyphen; a notepad is no pair
    ("Skate Wristguards", "the Skate Wristguards", "the three pairs of Skate Wristguards"),
    ("Junior Shinguards", "the Junior Shinguards", "the three pairs of Junior Shinguards"),
    ("Hockey Elbow-Pads", "the Hockey Elbow-Pads", "the three pairs of Hockey Elbow-Pads"),
    ("Spiral Notepads", "the Spiral Notepads", "the three packs of Spiral Notepads"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "one", "three"), NAMES, ids=[row[0] for row in NAMES])
def test_each_name_is_counted_as_a_careful_writer_counts_it(name: str, one: str, three: str) -> None:
    """Never "the three Fresh Egg Farfalles, 250g", "the three ENAMEL CAMPING MUGs" nor "packs of Skate
    Wristguards"."""
    assert item_phrase(Item(name, 1), "en", True).nom == one
    assert item_phrase(Item(name, 3), "en", True).nom == three


def test_the_bottles_and_the_capitals_said_again_without_the_size() -> None:
    """Named again later in the note: "the bottles of Button Shellac", "the ENAMEL CAMPING MUGS"."""
    assert short_phrase(Item("Button Shellac, 500ml", 3), "en", True).nom == "the bottles of Button Shellac"
    assert short_phrase(Item("ENAMEL CAMPING MUG, 350ml", 3), "en", True).nom == "the ENAMEL CAMPING MUGS"


def test_the_lint_accepts_every_note_composed_for_these_names() -> None:
    """The lint reads the item as the composer names it: no SIN202 (item not found) nor SIN206 on these notes."""
    assert not item_findings([row[0] for row in NAMES], "en", tidal())
