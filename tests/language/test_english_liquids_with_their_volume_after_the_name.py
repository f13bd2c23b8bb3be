"""English liquids whose volume closes the name without a comma ("Toasted Sesame Oil 250ml"): several are counted
in bottles, as with a comma, the oil itself in the singular; a cosmetic or a vessel so sized is counted itself; a
pack of several is counted in packs; a later mention leaves the volume out. A number after "#" that ends the name is
a number after the noun, as "No. 8" is. Names from real shop catalogues (delis, zero-waste and household shops,
cosmetics, art and craft suppliers), written for these tests; each named once and three times, and each composed
note accepted by the lint."""

from __future__ import annotations

import pytest

from notegen.language.items import item_phrase, short_phrase
from notegen.model import Item
from tests.compose.shops import tidal
from tests.language.composed_lint import item_findings

NAMES = [
    # oils, vinegars, syrups and household liquids by the millilitre or the litre, no comma before the volume
    ("Toasted Sesame Oil 250ml", "the Toasted Sesame Oil 250ml", "the three bottles of Toasted Sesame Oil 250ml"),
    ("Sherry Vinegar 250ml", "the Sherry Vinegar 250ml", "the three bottles of Sherry Vinegar 250ml"),
    ("Agave Syrup (350ml)", "the Agave Syrup (350ml)", "the three bottles of Agave Syrup (350ml)"),
    ("Non-Bio Laundry Detergent 1.43L", "the Non-Bio Laundry Detergent 1.43L",
     "the three bottles of Non-Bio Laundry Detergent 1.43L"),
    ("Fabric Conditioner 1.5L", "the Fabric Conditioner 1.5L", "the three bottles of Fabric Conditioner 1.5L"),
    ("Non-Bio Laundry Liquid 1.5L", "the Non-Bio Laundry Liquid 1.5L",
     "the three bottles of Non-Bio Laundry Liquid 1.5L"),
    # drinks and foods English counts as servings or kinds ("three juices"): by the volume, bottles of them
    ("Elderflower Cordial 500ml", "the Elderflower Cordial 500ml", "the three bottles of Elderflower Cordial 500ml"),
    ("Cloudy Apple Juice 1L", "the Cloudy Apple Juice 1L", "the three bottles of Cloudy Apple Juice 1L"),
    ("Sriracha Hot Sauce 435ml", "the Sriracha Hot Sauce 435ml", "the three bottles of Sriracha Hot Sauce 435ml"),
    ("Pure Vanilla Extract 100ml", "the Pure Vanilla Extract 100ml", "the three bottles of Pure Vanilla Extract 100ml"),
    ("Lavender Hand Soap 500ml", "the Lavender Hand Soap 500ml", "the three bottles of Lavender Hand Soap 500ml"),
    # a cosmetic and the vessels sized by what they hold are counted themselves
    ("Rose Hand Cream 75ml", "the Rose Hand Cream 75ml", "the three Rose Hand Creams 75ml"),
    ("Bergamot Shower Gel 250ml", "the Bergamot Shower Gel 250ml", "the three Bergamot Shower Gels 250ml"),
    ("Insulated Water Bottle 750ml", "the Insulated Water Bottle 750ml", "the three Insulated Water Bottles 750ml"),
    ("Glass Oil Dispenser 500ml", "the Glass Oil Dispenser 500ml", "the three Glass Oil Dispensers 500ml"),
    ("Stainless Steel Saucepan 2L", "the Stainless Steel Saucepan 2L", "the three Stainless Steel Saucepans 2L"),
    # a pack of several bottles is counted in packs, with a comma or without, the pack said once
    ("Cold Pressed Rapeseed Oil 500ml (Pack of 2)", "the Cold Pressed Rapeseed Oil 500ml (Pack of 2)",
     "the three packs of Cold Pressed Rapeseed Oil 500ml"),
    ("Cold Pressed Rapeseed Oil, 500ml (Pack of 2)", "the Cold Pressed Rapeseed Oil, 500ml (Pack of 2)",
     "the three packs of Cold Pressed Rapeseed Oil, 500ml"),
    # a number after "#" closing the name follows the noun, as "No. 8" does; before the noun it opens the name
    ("Round Sable Brush #8", "the Round Sable Brush #8", "the three Round Sable Brushes #8"),
    ("Bamboo Crochet Hook #7 (4.5mm)", "the Bamboo Crochet Hook #7 (4.5mm)",
     "the three Bamboo Crochet Hooks #7 (4.5mm)"),
    ("World's #1 Grandad Mug", "the World's #1 Grandad Mug", "the three World's #1 Grandad Mugs"),
    ("Best Nan #1 Tea Towel", "the Best Nan #1 Tea Towel", "the three Best Nan #1 Tea Towels"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "one", "three"), NAMES, ids=[row[0] for row in NAMES])
def test_a_liquid_with_its_volume_after_the_name(name: str, one: str, three: str) -> None:
    """Never "the three Toasted Sesame Oils 250ml" nor "the three Round Sable Brush #8"."""
    assert item_phrase(Item(name, 1), "en", True).nom == one
    assert item_phrase(Item(name, 3), "en", True).nom == three


AGAIN = [
    ("Toasted Sesame Oil 250ml", 3, "the bottles of Toasted Sesame Oil"),
    ("Agave Syrup (350ml)", 3, "the bottles of Agave Syrup"),
    ("Toasted Sesame Oil 250ml", 1, "the Toasted Sesame Oil"),
    ("Cloudy Apple Juice 1L", 1, "the Cloudy Apple Juice"),
]


@pytest.mark.parametrize(("name", "quantity", "again"), AGAIN, ids=[f"{row[0]} x{row[1]}" for row in AGAIN])
def test_named_again_without_the_volume(name: str, quantity: int, again: str) -> None:
    """A later mention says the bottles or the liquid without the volume the first one gave."""
    assert short_phrase(Item(name, quantity), "en", True).nom == again


def test_the_lint_accepts_every_note_composed_for_these_names() -> None:
    """The lint reads the item as the composer names it: no SIN202 (item not found) nor SIN206 on these notes."""
    assert not item_findings([row[0] for row in NAMES], "en", tidal())
