"""English item names whose maker stands before a model number, a year or a quoted model with a comma after the
noun (the plural goes on the noun, the model stays where the shop wrote it), foods English does not count sold by
weight (packs of them, not three kinds), household liquids by the litre (bottles), a container said once where the
name closes with it ("the three 250g bags of …"), footwear counted in pairs, and a size said in a word after a name
in capitals. Names from real shop catalogues (woodworking tools, smart home, climbing, unicycles, cheesemongers,
spice merchants, sweet shops, hardware, oil merchants, laundry and motor supplies, saddlery, cycling and country
clothing), written for these tests; each named once and three times, and each composed note accepted by the
lint."""

from __future__ import annotations

import pytest

from notegen.language.items import item_phrase, short_phrase
from notegen.model import Item
from tests.compose.shops import tidal
from tests.language.composed_lint import item_findings

NAMES = [
    # a maker before its model number or the year of its model: the noun takes the plural, never the maker
    ("Veritas No. 4 Bench Plane", "", "the Veritas No. 4 Bench Plane", "the three Veritas No. 4 Bench Planes"),
    ("Clifton No. 3 Smoothing Plane", "", "the Clifton No. 3 Smoothing Plane",
     "the three Clifton No. 3 Smoothing Planes"),
    ("Ring 2020 Video Doorbell", "", "the Ring 2020 Video Doorbell", "the three Ring 2020 Video Doorbells"),
    ("Nest 2022 Learning Thermostat", "", "the Nest 2022 Learning Thermostat",
     "the three Nest 2022 Learning Thermostats"),
    # a quoted model between the maker and a noun the comma of a length closes stays there
    ("Petzl “Djinn” Quickdraw, 17cm", "", "the Petzl “Djinn” Quickdraw, 17cm",
     "the three Petzl “Djinn” Quickdraws, 17cm"),
    ('Nimbus "Oracle" Unicycle, 24 Inch', "", "the Nimbus “Oracle” Unicycle, 24 Inch",
     "the three Nimbus “Oracle” Unicycles, 24 Inch"),
    # a food English does not count, sold by weight: packs of it; what English counts is counted
    ("Aged Gouda, 250g", "", "the Aged Gouda, 250g", "the three packs of Aged Gouda, 250g"),
    ("Sweet Smoked Paprika, 75g", "", "the Sweet Smoked Paprika, 75g", "the three packs of Sweet Smoked Paprika, 75g"),
    ("La Mancha Saffron, 1g", "", "the La Mancha Saffron, 1g", "the three packs of La Mancha Saffron, 1g"),
    ("Basil and Pine Nut Pesto 180g", "", "the Basil and Pine Nut Pesto 180g",
     "the three jars of Basil and Pine Nut Pesto 180g"),
    ("Christmas Pudding, 454g", "", "the Christmas Pudding, 454g", "the three Christmas Puddings, 454g"),
    ("Cast Iron Kettlebell, 16kg", "", "the Cast Iron Kettlebell, 16kg", "the three Cast Iron Kettlebells, 16kg"),
    # a household or car liquid by the litre comes in bottles; a can that holds litres is counted itself
    ("Non-Bio Fabric Softener, 2 Litres", "", "the Non-Bio Fabric Softener, 2 Litres",
     "the three bottles of Non-Bio Fabric Softener, 2 Litres"),
    ("Engine Oil 5W-30, 5L", "", "the Engine Oil 5W-30, 5L", "the three bottles of Engine Oil 5W-30, 5L"),
    ("Sunflower Oil, 1 Litre", "", "the Sunflower Oil, 1 Litre", "the three bottles of Sunflower Oil, 1 Litre"),
    ("Galvanised Watering Can, 10 Litre", "", "the Galvanised Watering Can, 10 Litre",
     "the three Galvanised Watering Cans, 10 Litre"),
    # a container the name closes with, said once: its measure before it
    ("Wine Gums, 200g Bag", "", "the Wine Gums, 200g Bag", "the three 200g bags of Wine Gums"),
    ("Ground Cumin, 100g Pouch", "", "the Ground Cumin, 100g Pouch", "the three 100g pouches of Ground Cumin"),
    ("Cold Pressed Rapeseed Oil, 5 Litre Tin", "", "the Cold Pressed Rapeseed Oil, 5 Litre Tin",
     "the three 5 Litre tins of Cold Pressed Rapeseed Oil"),
    ("Cloth Gaffer Tape, 50m Roll", "Black", "the Cloth Gaffer Tape in Black, 50m Roll",
     "the three 50m rolls of Cloth Gaffer Tape in Black"),
    ("SADDLE SOAP, 200G TIN", "", "the SADDLE SOAP, 200G TIN", "the three tins of SADDLE SOAP, 200G"),
    # footwear is counted in pairs
    ("Neoprene Cycling Overshoes", "", "the Neoprene Cycling Overshoes",
     "the three pairs of Neoprene Cycling Overshoes"),
    ("Kids' Gumboots", "Size 11", "the Kids' Gumboots in Size 11", "the three pairs of Kids' Gumboots in Size 11"),
    # a size in a word: before a name in Title Case, in brackets after a name in capitals
    ("Waxed Cotton Flat Cap", "Large", "the large Waxed Cotton Flat Cap", "the three large Waxed Cotton Flat Caps"),
    ("WAXED COTTON FLAT CAP", "Large", "the WAXED COTTON FLAT CAP (Large)", "the three WAXED COTTON FLAT CAPS (Large)"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "variant", "one", "three"), NAMES, ids=[row[0] for row in NAMES])
def test_makers_foods_by_weight_containers_and_sizes(name: str, variant: str, one: str, three: str) -> None:
    """Never "the three Veritases No. 4 Bench Plane", "the “Djinn” Petzl Quickdraw", "the three Aged Goudas",
    "the three bags of Wine Gums, 200g Bag", "the three packs of Kids' Gumboots" or "the large WAXED COTTON FLAT
    CAP"."""
    assert item_phrase(Item(name, 1, variant=variant), "en", True).nom == one
    assert item_phrase(Item(name, 3, variant=variant), "en", True).nom == three


@pytest.mark.parametrize(
    ("name", "quantity", "again"),
    [
        ("Veritas No. 4 Bench Plane", 1, "the Bench Plane"),
        ("Nest 2022 Learning Thermostat", 1, "the Learning Thermostat"),
        ("Petzl “Djinn” Quickdraw, 17cm", 3, "the Quickdraws"),
        ("Ground Cumin, 100g Pouch", 3, "the pouches of Ground Cumin"),
        ("Cloth Gaffer Tape, 50m Roll", 3, "the rolls of Cloth Gaffer Tape"),
        ("SADDLE SOAP, 200G TIN", 3, "the tins of SADDLE SOAP"),
        ("1000 Piece Jigsaw Puzzle", 1, "the 1000 Piece Jigsaw Puzzle"),
    ],
)
def test_a_name_said_again_is_the_thing_without_its_model_or_measure(name: str, quantity: int, again: str) -> None:
    """Named again later in the note, the plane is "the Bench Plane", never "the Veritas"; the cumin's pouches are
    not weighed again; a count that opens the name is no model ("the 1000 Piece Jigsaw Puzzle")."""
    assert short_phrase(Item(name, quantity), "en", True).nom == again


@pytest.mark.parametrize(
    ("name", "three"),
    [
        ("Tent 2 Person", "the three Tents 2 Person"),
        ("Jigsaw 1000 Piece", "the three Jigsaws 1000 Piece"),
        ("Fishing Hooks No. 8", "the three packs of Fishing Hooks No. 8"),
        ("Paint Brush No. 6 Round", "the three Paint Brushes No. 6 Round"),
    ],
)
def test_a_noun_before_a_count_or_a_number_is_no_maker(name: str, three: str) -> None:
    """A product noun before what counts it or numbers its size takes the plural itself."""
    assert item_phrase(Item(name, 3), "en", True).nom == three


def test_the_lint_accepts_every_note_composed_for_these_names() -> None:
    """The lint reads the item as the composer names it: no SIN202 (item not found) nor SIN206 on these notes."""
    variants = {row[0]: row[1] for row in NAMES if row[1]}
    assert not item_findings([row[0] for row in NAMES], "en", tidal(), variants)
