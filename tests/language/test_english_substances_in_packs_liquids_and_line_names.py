"""English names of a substance sold in packs or tubs ("Smoked Tofu (Pack of 2)", "Organic Kelp 150mcg (Tub of 180)"),
of a liquid whose one word English text lacks but which closes with a liquid's noun ("Organic Birchwater, 330ml"),
and of goods in the plural followed by the name of their line ("Ski Socks Classic"): a substance is never given a
plural or a count of pieces ("the three packs of Smoked Tofu", never "… of 2 Smoked Tofus"), the liquid comes in
bottles ("the three bottles of Organic Birchwater, 330ml", never "Birchwaters"), and the line's name takes no plural
("the three pairs of Ski Socks Classic", never "… Classics"). Names from real shop catalogues (Japanese and health-food
grocers, supplement shops, drinks shops, outdoor clothing, crisps), written for these tests; each named once and
three times, said again and in the subject line, and each composed note accepted by the lint."""

from __future__ import annotations

import pytest

from notegen.compose.mentions import standalone
from notegen.language.items import short_phrase
from notegen.model import Item
from tests.compose.shops import tidal
from tests.language.composed_lint import item_findings, named

NAMES = [
    # a substance in packs or tubs: in the singular, the pack said once, without the count of what it holds
    ("Smoked Tofu (Pack of 2)", "the Smoked Tofu (Pack of 2)", "the three packs of Smoked Tofu"),
    ("Fresh Ramen (Pack of 4)", "the Fresh Ramen (Pack of 4)", "the three packs of Fresh Ramen"),
    ("Organic Kelp 150mcg (Tub of 180)", "the Organic Kelp 150mcg (Tub of 180)",
     "the three tubs of Organic Kelp 150mcg"),
    # a liquid English text knows only by the end of its word, by its volume: in bottles
    ("Organic Birchwater, 330ml", "the Organic Birchwater, 330ml", "the three bottles of Organic Birchwater, 330ml"),
    ("Fishsauce 700ml", "the Fishsauce 700ml", "the three bottles of Fishsauce 700ml"),
    # the name of a line after goods in the plural: no plural of its own, the goods counted as before
    ("Ski Socks Classic", "the Ski Socks Classic", "the three pairs of Ski Socks Classic"),
    ("Sea Salt Crisps Original", "the Sea Salt Crisps Original", "the three packets of Sea Salt Crisps Original"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "one", "three"), NAMES, ids=[row[0] for row in NAMES])
def test_a_substance_a_liquid_and_a_line_name_take_no_plural(name: str, one: str, three: str) -> None:
    """One is named as the shop names it; three never as "Smoked Tofus", "Birchwaters" or "Socks Classics"."""
    assert named(name, "en") == (one, three)


AGAIN = [
    ("Smoked Tofu (Pack of 2)", "the packs of Smoked Tofu"),
    ("Organic Birchwater, 330ml", "the bottles of Organic Birchwater"),
    ("Ski Socks Classic", "the Ski Socks Classic"),
]


@pytest.mark.parametrize(("name", "again"), AGAIN, ids=[row[0] for row in AGAIN])
def test_said_again_they_keep_their_number(name: str, again: str) -> None:
    assert short_phrase(Item(name, 3), "en", True).nom == again


@pytest.mark.parametrize(
    ("name", "mention"),
    [("Fresh Ramen (Pack of 4)", "your Fresh Ramen"), ("Smoked Tofu (Pack of 2)", "your Smoked Tofu")],
)
def test_the_subject_names_a_substance_in_packs_in_the_singular(name: str, mention: str) -> None:
    """Three packs of it are "your Fresh Ramen" in the subject line, never "your Fresh Ramens"."""
    assert standalone((Item(name, 3),), "en", True, None) == mention


def test_the_lint_accepts_every_note_composed_for_these_names() -> None:
    """The lint reads the item as the composer names it: no SIN202 (item not found) nor SIN206 on these notes."""
    assert not item_findings([row[0] for row in NAMES], "en", tidal())
