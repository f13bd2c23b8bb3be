"""English item names counted in what the shop's name says one is: a count in brackets after any word ("(Shoal of
6)", "(Bunch of 10)"), a bunch or punnet after its weight, said once; a material English does not count sold by
length, in lengths; a drink by the centilitre, in bottles, where a vessel of that size is counted itself; and a
name whose words in Title Case go on in brackets keeps its capitals. Names from real shop catalogues (florists,
aquatics, greengrocers, outdoor and builders' merchants, wine and spirit merchants, kitchenware), written for these
tests; each named once and three times, and each composed note accepted by the lint."""

from __future__ import annotations

import pytest

from notegen.language.items import item_phrase, short_phrase
from notegen.model import Item
from tests.compose.shops import tidal
from tests.language.composed_lint import item_findings

NAMES = [
    # a count in brackets after what holds it: several are counted in it; a single word keeps its capital
    ("Tulips (Bunch of 10)", "Red", "the Tulips (Bunch of 10) in Red",
     "the three bunches of 10 Tulips in Red"),
    ("Harlequin Rasboras (Shoal of 6)", "", "the Harlequin Rasboras (Shoal of 6)",
     "the three shoals of 6 Harlequin Rasboras"),
    # a bunch or a punnet after its weight closes the name: said once, the name never rewritten
    ("Spring Onions, 150g Bunch", "", "the Spring Onions, 150g Bunch", "the three 150g bunches of Spring Onions"),
    ("Fresh Watercress, 100g Bunch", "", "the Fresh Watercress, 100g Bunch",
     "the three 100g bunches of Fresh Watercress"),
    ("Strawberries, 400g Punnet", "", "the Strawberries, 400g Punnet", "the three 400g punnets of Strawberries"),
    # a material English does not count, by length: lengths of it; a hose or a ribbon is counted
    ("Nylon Paracord, 30m", "Olive", "the Nylon Paracord in Olive, 30m",
     "the three lengths of Nylon Paracord in Olive, 30m"),
    ("Cast Iron Guttering, 4m", "", "the Cast Iron Guttering, 4m", "the three lengths of Cast Iron Guttering, 4m"),
    ("Silicone Tubing, 5m", "", "the Silicone Tubing, 5m", "the three lengths of Silicone Tubing, 5m"),
    ("Garden Hose, 30m", "", "the Garden Hose, 30m", "the three Garden Hoses, 30m"),
    ("Satin Ribbon, 10m", "", "the Satin Ribbon, 10m", "the three Satin Ribbons, 10m"),
    # a drink by the centilitre comes in bottles; what holds centilitres is counted
    ("Oloroso Sherry, 75cl", "", "the Oloroso Sherry, 75cl", "the three bottles of Oloroso Sherry, 75cl"),
    ("Navy Strength Gin, 70cl", "", "the Navy Strength Gin, 70cl", "the three bottles of Navy Strength Gin, 70cl"),
    ("Travel Mug, 35cl", "", "the Travel Mug, 35cl", "the three Travel Mugs, 35cl"),
    ("Ceramic Teapot, 75cl", "", "the Ceramic Teapot, 75cl", "the three Ceramic Teapots, 75cl"),
    # what does not pour is no bottled drink, whatever its measure
    ("Shea Hand Cream, 7.5cl", "", "the Shea Hand Cream, 7.5cl", "the three Shea Hand Creams, 7.5cl"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "variant", "one", "three"), NAMES, ids=[row[0] for row in NAMES])
def test_several_are_counted_in_what_one_is(name: str, variant: str, one: str, three: str) -> None:
    """Never "the tulips (Bunch of 10)", "the three packs of Harlequin Rasboras", "the Spring Onions, 150g (Bunch)",
    "the three Nylon Paracords, 30m" or "the three Oloroso Sherries, 75cl"."""
    assert item_phrase(Item(name, 1, variant=variant), "en", True).nom == one
    assert item_phrase(Item(name, 3, variant=variant), "en", True).nom == three


@pytest.mark.parametrize(
    ("name", "again"),
    [
        ("Harlequin Rasboras (Shoal of 6)", "the Harlequin Rasboras"),
        ("Fresh Watercress, 100g Bunch", "the bunches of Fresh Watercress"),
        ("Nylon Paracord, 30m", "the lengths of Nylon Paracord"),
        ("Oloroso Sherry, 75cl", "the bottles of Oloroso Sherry"),
    ],
)
def test_several_said_again_keep_their_unit_without_the_measure(name: str, again: str) -> None:
    """Named again later in the note, the bunches are not weighed again, nor the paracord measured, and the
    shoals are not counted again ("the three shoals of …" twice)."""
    assert short_phrase(Item(name, 3), "en", True).nom == again


def test_the_lint_accepts_every_note_composed_for_these_names() -> None:
    """The lint reads the item as the composer names it: no SIN202 (item not found) nor SIN206 on these notes."""
    variants = {row[0]: row[1] for row in NAMES if row[1]}
    assert not item_findings([row[0] for row in NAMES], "en", tidal(), variants)
