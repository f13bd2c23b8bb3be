"""English names with a model word and its figure after the noun ("Portable Speaker Mini 3": the speakers take the
plural), a noun of two letters in a name written in capitals ("the three WHITE OAK BOS"), goods by the sachet
counted in sachets, and a pair of a noun English has no plural for that anyone can tell ("Straw Waraji (Pair)"),
which keeps the shop's word and takes no "a". Names from real shop catalogues (electronics, martial arts, baking,
footwear), written for these tests; each named once and three times, and each composed note accepted by the lint."""

from __future__ import annotations

import pytest

from notegen.language.english import indefinite
from notegen.language.items import item_phrase
from notegen.model import Item
from tests.compose.shops import tidal
from tests.language.composed_lint import item_findings

NAMES = [
    # a model word and its figure after the noun: the noun takes the plural, the model stays as written
    ("Portable Speaker Mini 3", "the Portable Speaker Mini 3", "the three Portable Speakers Mini 3"),
    ("Fitness Tracker Lite 2", "the Fitness Tracker Lite 2", "the three Fitness Trackers Lite 2"),
    # a word of two letters in a name in capitals takes its plural in capitals
    ("WHITE OAK BO, 72 INCH", "the WHITE OAK BO, 72 INCH", "the three WHITE OAK BOS, 72 INCH"),
    # by the sachet: sachets, the weight said once before them
    ("Fruit Pectin, 10g Sachet", "the Fruit Pectin, 10g Sachet", "the three 10g sachets of Fruit Pectin"),
    # a pair of a noun the word table lacks keeps the shop's word; one it knows takes its plural
    ("Straw Waraji (Pair)", "the Straw Waraji (Pair)", "the three pairs of Straw Waraji (Pair)"),
    ("Leather Riding Boot (Pair)", "the Leather Riding Boots (Pair)", "the three pairs of Leather Riding Boots (Pair)"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "one", "three"), NAMES, ids=[row[0] for row in NAMES])
def test_named_once_and_three_times(name: str, one: str, three: str) -> None:
    """Never "the three Portable Speaker Minis 3", "the three WHITE OAK Bos" nor "the Straw Warajis (Pair)"."""
    assert item_phrase(Item(name, 1), "en", True).nom == one
    assert item_phrase(Item(name, 3), "en", True).nom == three


@pytest.mark.parametrize("name", ["Straw Waraji (Pair)", "Leather Riding Boot (Pair)"])
def test_a_pair_takes_no_indefinite_article(name: str) -> None:
    """A pair is two: no "a Straw Waraji (Pair)"."""
    assert indefinite(name) == ""


def test_the_lint_accepts_every_note_composed_for_these_names() -> None:
    """The lint reads the item as the composer names it: no SIN202 (item not found) nor SIN206 on these notes."""
    assert not item_findings([row[0] for row in NAMES], "en", tidal())
