"""English names that close with a pack counted by its number ("(4 Pack)", "12-Pack", "(Twin Pack)") or with the
container what is sold comes in, its measure before it, without a comma ("Arnica Gel 50g Tube") or giving the width
of a roll or a spool after one ("Tissue Paper, 50cm Roll"): several are counted in that pack or container, said once,
never "the three packs of … (4 Pack)" or "the three tubes of Arnica Gel 50g Tube"; a substance stays in the singular
in its packs ("the three 4-packs of Shea Butter Lip Balm", never "… Lip Balms"). Names from real shop catalogues
(chemists, grocers, off-licences, craft and gift-wrap shops, hosiery, sweet shops), written for these tests; each
named once and three times, and each composed note accepted by the lint."""

from __future__ import annotations

import pytest

from notegen.language.items import item_phrase, short_phrase
from notegen.model import Item
from tests.compose.shops import tidal
from tests.language.composed_lint import item_findings, named

NAMES = [
    # a pack counted by its number: said once, before the name, as the shop calls it
    ("Shea Butter Lip Balm (4 Pack)", "the Shea Butter Lip Balm (4 Pack)", "the three 4-packs of Shea Butter Lip Balm"),
    ("Alcohol-Free Lager (4 Pack)", "the Alcohol-Free Lager (4 Pack)", "the three 4-packs of Alcohol-Free Lager"),
    ("Hummus (2 Pack)", "the Hummus (2 Pack)", "the three 2-packs of Hummus"),
    ("Aloe Vera Gel (Twin Pack)", "the Aloe Vera Gel (Twin Pack)", "the three twin packs of Aloe Vera Gel"),
    # a noun counted in pieces: in the plural in its packs, as before
    ("Dish Sponge (6 Pack)", "the Dish Sponge (6 Pack)", "the three 6-packs of Dish Sponges"),
    ("Baby Wipes 12-Pack", "the Baby Wipes (12-Pack)", "the three 12-packs of Baby Wipes"),
    # the container closing the name without a comma, after what it holds
    ("Arnica Gel 50g Tube", "the Arnica Gel 50g Tube", "the three 50g tubes of Arnica Gel"),
    ("Jelly Beans 1kg Bag", "the Jelly Beans 1kg Bag", "the three 1kg bags of Jelly Beans"),
    ("NIPPLE CREAM 30ML TUBE", "the NIPPLE CREAM 30ML TUBE", "the three tubes of NIPPLE CREAM 30ML"),
    # a roll or a spool by its width, after a comma
    ("Tissue Paper, 50cm Roll", "the Tissue Paper, 50cm Roll", "the three 50cm rolls of Tissue Paper"),
    ("Grosgrain Ribbon, 10mm Spool", "the Grosgrain Ribbon, 10mm Spool", "the three 10mm spools of Grosgrain Ribbon"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "one", "three"), NAMES, ids=[row[0] for row in NAMES])
def test_the_pack_or_container_closing_the_name_is_said_once(name: str, one: str, three: str) -> None:
    """One is named as the shop names it; three are counted in the pack or container, said once."""
    assert named(name, "en") == (one, three)


def test_a_variant_goes_after_the_name_in_its_packs() -> None:
    """ "the three 5-packs of Ankle Socks in Black", never "… in Black (5 Pack)" after "5-packs"."""
    phrase = item_phrase(Item("Ankle Socks (5 Pack)", 3, variant="Black"), "en", True)
    assert phrase.nom == "the three 5-packs of Ankle Socks in Black"


@pytest.mark.parametrize(
    "name",
    ["Stainless Steel 750ml Bottle", "Enamel 500ml Mug", "Rosemary in a 1L Pot"],
)
def test_a_vessel_or_a_plant_in_its_own_pot_is_no_container_of_goods(name: str) -> None:
    """A measure and a vessel after what it is made of, or after "in a", name the thing sold or its own pot: its
    measure is never set before a container ("the three 750ml bottles of Stainless Steel")."""
    three = item_phrase(Item(name, 3), "en", True).nom
    assert not any(
        f"{measure} {unit}" in three for measure in ("750ml", "500ml", "1L") for unit in ("bottles", "mugs", "pots")
    )


AGAIN = [
    ("Shea Butter Lip Balm (4 Pack)", 3, "the packs of Shea Butter Lip Balm"),
    ("Aloe Vera Gel (Twin Pack)", 3, "the packs of Aloe Vera Gel"),
    ("Dish Sponge (6 Pack)", 3, "the Dish Sponges"),
    ("Arnica Gel 50g Tube", 3, "the tubes of Arnica Gel"),
    ("Arnica Gel 50g Tube", 1, "the Arnica Gel"),
    ("Tissue Paper, 50cm Roll", 3, "the rolls of Tissue Paper"),
]


@pytest.mark.parametrize(("name", "quantity", "again"), AGAIN, ids=[f"{row[0]}-x{row[1]}" for row in AGAIN])
def test_a_later_mention_says_the_pack_or_container_without_its_number_or_measure(
    name: str, quantity: int, again: str
) -> None:
    """Said again, the packs of a substance are "the packs of …" and a container "the tubes of …", the number or
    measure said in the first mention only."""
    assert short_phrase(Item(name, quantity), "en", True).nom == again


def test_the_lint_accepts_every_note_composed_for_these_names() -> None:
    """The lint reads the item as the composer names it: no SIN202 (item not found) nor SIN206 on these notes."""
    assert not item_findings([row[0] for row in NAMES], "en", tidal())
