"""English item names that open with a maker English also knows as a word ("Canon", "Shell", "Ring") before a size
or model, product lines named in the plural with a model word after them ("Galaxy Buds Pro"), bulk materials sold
by the tonne, the cubic metre or the bulk bag. Names from real shop catalogues (electronics, motoring, builders'
merchants, kitchenware), written for these tests; each named once and three times, and each composed note
accepted by the lint."""

from __future__ import annotations

import pytest

from notegen.language.items import item_phrase
from notegen.model import Item
from tests.compose.shops import tidal
from tests.language.composed_lint import item_findings

NAMES = [
    # a capitalised first word before a size written with its unit or letters, then a noun: a maker
    ("Canon 18-55mm Zoom Lens", "the Canon 18-55mm Zoom Lens", "the three Canon 18-55mm Zoom Lenses"),
    ("Shell 10W-40 Motor Oil", "the Shell 10W-40 Motor Oil", "the three bottles of Shell 10W-40 Motor Oil"),
    ("Ring 1080p Stick Up Cam", "the Ring 1080p Stick Up Cam", "the three Ring 1080p Stick Up Cams"),
    ("Nest 2nd Gen Smoke Alarm", "the Nest 2nd Gen Smoke Alarm", "the three Nest 2nd Gen Smoke Alarms"),
    ("Dove 400ml Shower Mousse", "the Dove 400ml Shower Mousse", "the three Dove 400ml Shower Mousses"),
    ("Apple 35W Dual USB-C Charger", "the Apple 35W Dual USB-C Charger", "the three Apple 35W Dual USB-C Chargers"),
    ("Brother 24mm Label Tape", "the Brother 24mm Label Tape", "the three Brother 24mm Label Tapes"),
    ("Tower 1.7L Rapid Boil Kettle", "the Tower 1.7L Rapid Boil Kettle", "the three Tower 1.7L Rapid Boil Kettles"),
    # the noun before its size stays the noun: nothing after the size, a bare number that counts, a plural, two
    # measures, a material or shape after the size
    ("Kettlebell 16kg", "the Kettlebell 16kg", "the three Kettlebells 16kg"),
    ("Toaster 2 Slice", "the Toaster 2 Slice", "the three Toasters 2 Slice"),
    ("Jigsaw 500 Pieces", "the Jigsaw 500 Pieces", "the three Jigsaws 500 Pieces"),
    ("Hinges 75mm Brass", "the Hinges 75mm Brass", "the three packs of Hinges 75mm Brass"),
    ("Doormat 60x90cm Coir", "the Doormat 60x90cm Coir", "the three Doormats 60x90cm Coir"),
    ("Planter 40cm Terracotta", "the Planter 40cm Terracotta", "the three Planters 40cm Terracotta"),
    ("Wall Clock 30cm Round", "the Wall Clock 30cm Round", "the three Wall Clocks 30cm Round"),
    ("Chopping Board 45cm Acacia", "the Chopping Board 45cm Acacia", "the three Chopping Boards 45cm Acacia"),
    # a product line in the plural and its model word: the line is the noun, the model word takes no s
    ("Samsung Galaxy Buds Live", "the Samsung Galaxy Buds Live", "the three Samsung Galaxy Buds Live"),
    ("Samsung Galaxy Buds Plus", "the Samsung Galaxy Buds Plus", "the three Samsung Galaxy Buds Plus"),
    ("Beats Powerbeats Pro (Black)", "the Beats Powerbeats Pro (Black)", "the three Beats Powerbeats Pro (Black)"),
    ("Anker Soundcore Liberty Buds Max", "the Anker Soundcore Liberty Buds Max",
     "the three Anker Soundcore Liberty Buds Max"),
    ("Trekking Poles Ultra", "the Trekking Poles Ultra", "the three pairs of Trekking Poles Ultra"),
    ("Food Processor Pro", "the Food Processor Pro", "the three Food Processor Pros"),
    # a bulk material by the tonne, the cubic metre or the bulk bag is counted in them
    ("Screened Topsoil, per Tonne", "the Screened Topsoil, per Tonne",
     "the three tonnes of Screened Topsoil, per Tonne"),
    ("Limestone Chippings 20mm (per Tonne)", "the Limestone Chippings 20mm (per Tonne)",
     "the three tonnes of Limestone Chippings 20mm (per Tonne)"),
    ("Kiln Dried Logs, per Cubic Metre", "the Kiln Dried Logs, per Cubic Metre",
     "the three cubic metres of Kiln Dried Logs, per Cubic Metre"),
    ("Sharp Sand, per Bulk Bag", "the Sharp Sand, per Bulk Bag", "the three bulk bags of Sharp Sand, per Bulk Bag"),
    ("Play Bark Chips, per m³", "the Play Bark Chips, per m³", "the three cubic metres of Play Bark Chips, per m³"),
]  # fmt: skip

WHERE_LINE_PLURAL = [row for row in NAMES if "Buds" in row[0] or "Powerbeats" in row[0]]


@pytest.mark.parametrize(("name", "one", "three"), NAMES, ids=[row[0] for row in NAMES])
def test_makers_that_are_words_product_lines_and_bulk_materials(name: str, one: str, three: str) -> None:
    """Never "the three Canons 18-55mm Zoom Lens", "the three Galaxy Buds Pluses" or "the three Topsoils"."""
    assert item_phrase(Item(name, 1), "en", True).nom == one
    assert item_phrase(Item(name, 3), "en", True).nom == three


@pytest.mark.parametrize(("name", "one", "three"), WHERE_LINE_PLURAL, ids=[row[0] for row in WHERE_LINE_PLURAL])
def test_a_product_line_in_the_plural_is_they_even_for_one(name: str, one: str, three: str) -> None:
    """A product line in the plural is "they" ("we hope you enjoy them"), also when one was bought."""
    assert item_phrase(Item(name, 1), "en", True).it == "they"


def test_the_lint_accepts_every_note_composed_for_these_names() -> None:
    """The lint reads the item as the composer names it: no SIN202 (item not found) nor SIN206 on these notes."""
    assert not item_findings([row[0] for row in NAMES], "en", tidal())
