"""English item names that close with what one is sold in, alone in brackets ("(Box)", "(Skein)", "(Bag)"):
several are counted in it, said once. Names from real shop catalogues (candle makers, yarn shops, hardware, cake
decorating, preserving), written for these tests; each named once and three times, and each composed note
accepted by the lint."""

from __future__ import annotations

import pytest

from notegen.language.items import item_phrase, short_phrase
from notegen.model import Item
from tests.compose.shops import tidal
from tests.language.composed_lint import item_findings

NAMES = [
    # a container alone in brackets: several of a name in the plural or of a mass noun come in it, said once
    ("Beeswax Tea Lights (Box)", "", "the Beeswax Tea Lights (Box)", "the three boxes of Beeswax Tea Lights"),
    ("Wooden Clothes Pegs (Bag)", "", "the Wooden Clothes Pegs (Bag)", "the three bags of Wooden Clothes Pegs"),
    ("Canning Jar Lids (Pack)", "", "the Canning Jar Lids (Pack)", "the three packs of Canning Jar Lids"),
    ("Sugarpaste Roses (Box)", "Ivory", "the Sugarpaste Roses (Box) in Ivory",
     "the three boxes of Sugarpaste Roses in Ivory"),
    ("Mohair Yarn (Skein)", "", "the Mohair Yarn (Skein)", "the three skeins of Mohair Yarn"),
    ("JUTE GARDEN TWINE (SPOOL)", "", "the JUTE GARDEN TWINE (SPOOL)", "the three spools of JUTE GARDEN TWINE"),
    # a thing English counts stays counted; a pair keeps the shop's "(Pair)"
    ("Scented Candle (Tin)", "", "the Scented Candle (Tin)", "the three Scented Candles (Tin)"),
    ("Merino Hiking Socks (Pair)", "", "the Merino Hiking Socks (Pair)",
     "the three pairs of Merino Hiking Socks (Pair)"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "variant", "one", "three"), NAMES, ids=[row[0] for row in NAMES])
def test_several_are_counted_in_the_unit_in_brackets(name: str, variant: str, one: str, three: str) -> None:
    """Never "the three sets of Beeswax Tea Lights (Box)", "the three balls of Mohair Yarn (Skein)" or "the three
    packs of Canning Jar Lids (Pack)"; never "the three tins of Scented Candle": a tin candle is a candle."""
    assert item_phrase(Item(name, 1, variant=variant), "en", True).nom == one
    assert item_phrase(Item(name, 3, variant=variant), "en", True).nom == three


@pytest.mark.parametrize(
    ("name", "again"),
    [
        ("Mohair Yarn (Skein)", "the skeins of Mohair Yarn"),
        ("JUTE GARDEN TWINE (SPOOL)", "the spools of JUTE GARDEN TWINE"),
    ],
)
def test_several_of_a_mass_noun_said_again_keep_their_unit(name: str, again: str) -> None:
    """Named again later in the note, three skeins are "the skeins of Mohair Yarn", never its bracket again."""
    assert short_phrase(Item(name, 3), "en", True).nom == again


def test_the_lint_accepts_every_note_composed_for_these_names() -> None:
    """The lint reads the item as the composer names it: no SIN202 (item not found) nor SIN206 on these notes."""
    variants = {row[0]: row[1] for row in NAMES if row[1]}
    assert not item_findings([row[0] for row in NAMES], "en", tidal(), variants)
