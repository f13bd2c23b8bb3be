"""English names that say what one item comes in ("(Set of 6)", ", PACK OF 5", ", Jar of 454g", "(Bag of 1kg)",
"(Shoal of 10)", ", 12cm Pot") or count it ("x 10", "× 10"): several are counted in that pack or container, said
once, never "the three sets of Linen Tea Towels (Set of 3)"; one is named as the shop names it. Names from real shop
catalogues (homeware, hosiery, grocers, coffee roasters, aquatics, garden centres, candle makers), written for these
tests; each named once and three times, and each composed note accepted by the lint."""

from __future__ import annotations

import pytest

from notegen.language.english import indefinite
from notegen.language.items import item_phrase, short_phrase
from notegen.model import Item
from tests.compose.shops import tidal
from tests.language.composed_lint import item_findings, named

NAMES = [
    # a pack that counts what it holds: its count goes before the name, the pack is said once
    ("Linen Tea Towels (Set of 3)", "the Linen Tea Towels (Set of 3)", "the three sets of 3 Linen Tea Towels"),
    ("Bamboo Crew Socks (Pack of 5)", "the Bamboo Crew Socks (Pack of 5)", "the three packs of 5 Bamboo Crew Socks"),
    ("BAMBOO SOCKS, PACK OF 5", "the BAMBOO SOCKS, PACK OF 5", "the three packs of 5 BAMBOO SOCKS"),
    ("Golf Tees, Bag of 50", "the Golf Tees, Bag of 50", "the three bags of 50 Golf Tees"),
    ("White Cloud Minnows (Shoal of 10)", "the White Cloud Minnows (Shoal of 10)",
     "the three shoals of 10 White Cloud Minnows"),
    # a noun that names no pieces one counts keeps no count before it
    ("Bistro Furniture (Set of 3)", "the Bistro Furniture (Set of 3)", "the three sets of Bistro Furniture"),
    # one pack of a noun the shop wrote in the singular stays as the shop names it
    ("Pillar Candle (Set of 3)", "the Pillar Candle (Set of 3)", "the three sets of 3 Pillar Candles"),
    # a container and what it holds: the container said once, its measure before it
    ("Wildflower Honey, Jar of 454g", "the Wildflower Honey, Jar of 454g", "the three 454g jars of Wildflower Honey"),
    ("Espresso Beans (Bag of 1kg)", "the Espresso Beans (Bag of 1kg)", "the three 1kg bags of Espresso Beans"),
    ("MANUKA HONEY, JAR OF 250G", "the MANUKA HONEY, JAR OF 250G", "the three jars of MANUKA HONEY, 250G"),
    # a roll or a pack by the area it covers, as by its weight or length
    ("Damp Proof Membrane, 25m² Roll", "the Damp Proof Membrane, 25m² Roll",
     "the three 25m² rolls of Damp Proof Membrane"),
    ("Vinyl Plank Flooring, 2.2m² Pack", "the Vinyl Plank Flooring, 2.2m² Pack",
     "the three 2.2m² packs of Vinyl Plank Flooring"),
    # a thing counted itself in a pot of its own: each in its own pot
    ("Boston Fern, 12cm Pot", "the Boston Fern, 12cm Pot", "the three Boston Ferns in 12cm Pots"),
    # a count written "x 10" or "× 10" is no word of the name
    ("Dinner Candles x 10", "the Dinner Candles x 10", "the three packs of Dinner Candles x 10"),
    ("Dinner Candles × 10", "the Dinner Candles × 10", "the three packs of Dinner Candles × 10"),
    ("Jute Rug 120 x 170", "the Jute Rug 120 x 170", "the three Jute Rugs 120 x 170"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "one", "three"), NAMES, ids=[row[0] for row in NAMES])
def test_a_pack_or_container_in_the_name_is_said_once(name: str, one: str, three: str) -> None:
    """Never "the three sets of Linen Tea Towels (Set of 3)", "the three jars of Wildflower Honey, Jar of 454g",
    "the three Dinner Candles xes 10" or "the Pillar Candles (Set of 3)" for one."""
    assert named(name, "en") == (one, three)


AGAIN = [
    ("Linen Tea Towels (Set of 3)", 3, "the Linen Tea Towels"),
    ("Wildflower Honey, Jar of 454g", 3, "the jars of Wildflower Honey"),
    ("Espresso Beans (Bag of 1kg)", 1, "the Espresso Beans"),
    ("White Cloud Minnows (Shoal of 10)", 3, "the White Cloud Minnows"),
    ("Pillar Candle (Set of 3)", 1, "the Pillar Candle"),
    ("Pillar Candle (Set of 3)", 3, "the Pillar Candles"),
]


@pytest.mark.parametrize(("name", "quantity", "again"), AGAIN, ids=[f"{row[0]}-x{row[1]}" for row in AGAIN])
def test_a_later_mention_leaves_the_pack_out(name: str, quantity: int, again: str) -> None:
    """Said again, the item is named without its pack or container, in the number of its first mention."""
    assert short_phrase(Item(name, quantity), "en", True).nom == again


def test_one_pack_of_a_noun_in_the_singular_is_one_thing() -> None:
    """ "the Pillar Candle (Set of 3)" is one set: "it", and "a" before it."""
    phrase = item_phrase(Item("Pillar Candle (Set of 3)", 1), "en", True)
    assert (phrase.it, phrase.plural) == ("it", False)


@pytest.mark.parametrize(
    ("name", "article"),
    [("NITRILE GLOVES, BOX OF 100", ""), ("LATEX BALLOONS (BAG OF 50)", ""), ("CAST IRON SKILLET", "a")],
)
def test_a_name_in_capitals_takes_the_article_of_its_noun(name: str, article: str) -> None:
    """ "GLOVES" before a pack in capitals is a plural, with no "a", as "Gloves" is."""
    assert indefinite(name) == article


def test_the_lint_accepts_every_note_composed_for_these_names() -> None:
    """The lint reads the item as the composer names it: no SIN202 (item not found) nor SIN206 on these notes."""
    assert not item_findings([row[0] for row in NAMES], "en", tidal())
