"""English item names of materials sold by weight, volume, length or area or by the pack ("Tile Adhesive 20kg",
"Masonry Paint, 10L", "Cable, 50m Drum", "Oak Flooring, 1.98m² per Pack"), plural heads after a noun that only
describes them ("Horseshoe Packers"), quoted model names that open the name ("“Midnight Garden” Vinyl Wallpaper"),
names with "of" and a complement ("Wall Map of the World") or a design after a dash ("A3 Giclée Print – Harbour
Lights") and the article before a quoted name. Names from real shop catalogues (DIY, tiles, flooring, wallpaper,
electrical, soap and candle making, 3D printing, delicatessen, art prints, maps, gifts), written for these tests;
each named once and three times, and each composed note accepted by the lint."""

from __future__ import annotations

import pytest

from notegen.language.english import indefinite
from notegen.language.items import item_phrase, short_phrase
from notegen.model import Item
from tests.compose.shops import tidal
from tests.language.composed_lint import item_findings

NAMES = [
    # a material sold by weight is counted in what the weight comes in: bags by the kilo, packs by the gram
    ("Anti-Mould Wall Tile Grout, 3kg", "the Anti-Mould Wall Tile Grout, 3kg",
     "the three bags of Anti-Mould Wall Tile Grout, 3kg"),
    ("Flexible Porcelain Tile Adhesive 20kg", "the Flexible Porcelain Tile Adhesive 20kg",
     "the three bags of Flexible Porcelain Tile Adhesive 20kg"),
    ("Multi-Finish Plaster, 25kg", "the Multi-Finish Plaster, 25kg", "the three bags of Multi-Finish Plaster, 25kg"),
    ("Natural Soy Container Wax, 5kg", "the Natural Soy Container Wax, 5kg",
     "the three bags of Natural Soy Container Wax, 5kg"),
    ("Organic Raw Shea Butter, 250g", "the Organic Raw Shea Butter, 250g",
     "the three packs of Organic Raw Shea Butter, 250g"),
    ("Unsalted Butter 250g", "the Unsalted Butter 250g", "the three packs of Unsalted Butter 250g"),
    ("Crystal Clear Epoxy Resin, 1kg", "the Crystal Clear Epoxy Resin, 1kg",
     "the three packs of Crystal Clear Epoxy Resin, 1kg"),
    ("Linseed Putty, 1kg", "the Linseed Putty, 1kg", "the three tubs of Linseed Putty, 1kg"),
    # kinds of them that come in a container of their own; filament on spools
    ("Clear Melt and Pour Soap Base, 500g", "the Clear Melt and Pour Soap Base, 500g",
     "the three blocks of Clear Melt and Pour Soap Base, 500g"),
    ("Crunchy Peanut Butter, 1kg", "the Crunchy Peanut Butter, 1kg", "the three jars of Crunchy Peanut Butter, 1kg"),
    ("PETG Filament 1.75mm, 1kg", "the PETG Filament 1.75mm, 1kg", "the three spools of PETG Filament 1.75mm, 1kg"),
    # "per Pack", "per Roll", "per Box" at the end: several are counted in it
    ("Grey Engineered Oak Flooring, 1.98m² per Pack", "the Grey Engineered Oak Flooring, 1.98m² per Pack",
     "the three packs of Grey Engineered Oak Flooring, 1.98m² per Pack"),
    ("Textured Vinyl Wallpaper, per Roll", "the Textured Vinyl Wallpaper, per Roll",
     "the three rolls of Textured Vinyl Wallpaper, per Roll"),
    ("Matt White Ceramic Wall Tiles 25x40cm, 1.5m² per Box", "the Matt White Ceramic Wall Tiles 25x40cm, 1.5m² per Box",
     "the three boxes of Matt White Ceramic Wall Tiles 25x40cm, 1.5m² per Box"),
    # a length before what it is wound on, a price by the square metre
    ("Twin and Earth Cable 2.5mm², 50m Drum", "the Twin and Earth Cable 2.5mm², 50m Drum",
     "the three 50m drums of Twin and Earth Cable 2.5mm²"),
    ("Gaffer Tape 50mm, 25m Roll", "the Gaffer Tape 50mm, 25m Roll", "the three 25m rolls of Gaffer Tape 50mm"),
    ("Artificial Grass 40mm, per m²", "the Artificial Grass 40mm, per m²",
     "the three square metres of Artificial Grass 40mm, per m²"),
    ("Sandstone Paving Slabs, per m²", "the Sandstone Paving Slabs, per m²",
     "the three square metres of Sandstone Paving Slabs, per m²"),
    # paint by the litre in tins (by the millilitre counted itself), glue and a little adhesive in bottles, milk in
    # cartons
    ("Masonry Paint, 10L", "the Masonry Paint, 10L", "the three tins of Masonry Paint, 10L"),
    ("Acrylic Paint 75ml", "the Acrylic Paint 75ml", "the three Acrylic Paints 75ml"),
    ("PVA Wood Glue, 1L", "the PVA Wood Glue, 1L", "the three bottles of PVA Wood Glue, 1L"),
    ("All-Purpose Craft Glue, 118g", "the All-Purpose Craft Glue, 118g",
     "the three bottles of All-Purpose Craft Glue, 118g"),
    ("Contact Adhesive, 50ml", "the Contact Adhesive, 50ml", "the three bottles of Contact Adhesive, 50ml"),
    ("Barista Oat Milk, 1L", "the Barista Oat Milk, 1L", "the three cartons of Barista Oat Milk, 1L"),
    # a food whose plural is itself, and pasta, by weight in packs
    ("Scottish Smoked Salmon, 200g", "the Scottish Smoked Salmon, 200g",
     "the three packs of Scottish Smoked Salmon, 200g"),
    ("Bronze Cut Spaghetti, 500g", "the Bronze Cut Spaghetti, 500g", "the three packs of Bronze Cut Spaghetti, 500g"),
    # a thing sold by weight that is one piece is counted itself
    ("Thin Crust Pizza Base, 200g", "the Thin Crust Pizza Base, 200g", "the three Thin Crust Pizza Bases, 200g"),
    # a plural head English also writes as a team's name stays the head: the noun before it only describes it
    ("Horseshoe Packers 4mm (Bag of 50)", "the Horseshoe Packers 4mm (Bag of 50)",
     "the three bags of 50 Horseshoe Packers 4mm"),
    ("Mixed Frame Packers (Tub of 200)", "the Mixed Frame Packers (Tub of 200)",
     "the three tubs of 200 Mixed Frame Packers"),
    # a quoted model name that opens the name stays before its noun
    ("“Midnight Garden” Vinyl Wallpaper, per Roll", "the “Midnight Garden” Vinyl Wallpaper, per Roll",
     "the three rolls of “Midnight Garden” Vinyl Wallpaper, per Roll"),
    ("“Hygge” Cable Knit Blanket, 130 x 170cm", "the “Hygge” Cable Knit Blanket, 130 x 170cm",
     "the three “Hygge” Cable Knit Blankets, 130 x 170cm"),
    # "of" and its complement: the noun before "of" takes the plural, never the place; a title's noun after it does
    ("Wall Map of the World, Laminated", "the Wall Map of the World, Laminated",
     "the three Wall Maps of the World, Laminated"),
    ("Jigsaw Puzzle of the Solar System, 1000 Pieces", "the Jigsaw Puzzle of the Solar System, 1000 Pieces",
     "the three Jigsaw Puzzles of the Solar System, 1000 Pieces"),
    ("Folded Map of Great Britain", "the Folded Map of Great Britain", "the three Folded Maps of Great Britain"),
    ("Lord of the Rings Tea Towel", "the Lord of the Rings Tea Towel", "the three Lord of the Rings Tea Towels"),
    ("Tree of Life Necklace, Silver", "the Tree of Life Necklace, Silver", "the three Tree of Life Necklaces, Silver"),
    # a paper size before the noun, a design after a dash: the noun before the dash takes the plural
    ("A3 Giclée Print – Harbour Lights", "the A3 Giclée Print – Harbour Lights",
     "the three A3 Giclée Prints – Harbour Lights"),
    ("A4 Linen Notebook – Wildflowers", "the A4 Linen Notebook – Wildflowers",
     "the three A4 Linen Notebooks – Wildflowers"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "one", "three"), NAMES, ids=[row[0] for row in NAMES])
def test_materials_packs_and_quoted_models_are_named_as_a_shop_would(name: str, one: str, three: str) -> None:
    """Never "the three Tile Grouts, 3kg", "the Horseshoes Packers", "the Vinyl Wallpaper, per Roll “Midnight
    Garden”" or "the three packs of Wall Map of the World"."""
    assert item_phrase(Item(name, 1), "en", True).nom == one
    assert item_phrase(Item(name, 3), "en", True).nom == three


@pytest.mark.parametrize(
    ("name", "again"),
    [
        ("Anti-Mould Wall Tile Grout, 3kg", "the bags of Anti-Mould Wall Tile Grout"),
        ("“Midnight Garden” Vinyl Wallpaper, per Roll", "the rolls of “Midnight Garden” Vinyl Wallpaper"),
        ("Grey Engineered Oak Flooring, 1.98m² per Pack", "the packs of Grey Engineered Oak Flooring"),
    ],
)
def test_a_material_named_again_is_counted_in_its_container_without_its_weight(name: str, again: str) -> None:
    """The later mention says what several come in and leaves what follows the comma to the first."""
    assert short_phrase(Item(name, 3), "en", True).nom == again


@pytest.mark.parametrize(
    ("name", "article"),
    [
        ("“Evening Primrose” Hand Cream", "an"),
        ("“Ember” Scented Candle", "an"),
        ("“Unicorn” Night Light", "a"),
        ('"Oak Leaf" Bookmark', "an"),
        ("Horseshoe Packers 4mm (Bag of 50)", ""),
        ("Wall Map of the World, Laminated", "a"),
        ("Organic Raw Shea Butter, 250g", "an"),
        ("A4 Linen Notebook – Wildflowers", "an"),
        ("Sandstone Paving Slabs, per m²", ""),
    ],
)
def test_the_article_goes_by_the_first_sound_not_a_quotation_mark(name: str, article: str) -> None:
    """ "an “Ember” …" as "an ember", "a “Unicorn” …" as "a unicorn"; a plural name takes none."""
    assert indefinite(name) == article


def test_the_lint_accepts_every_note_composed_for_these_names() -> None:
    """The lint reads the item as the composer names it: no SIN202 (item not found) nor SIN206 on these notes."""
    assert not item_findings([row[0] for row in NAMES], "en", tidal())
