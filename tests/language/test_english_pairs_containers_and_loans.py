"""English item names counted in pairs though "(Pair)" is not written (chaps, stirrups, overtrousers, a
glassworker's jacks), in the container their brackets name ("(50 Litre Bag)", "(2 x 1L Bottles)"), loan nouns
English leaves as they are in the plural ("gnocchi"), nouns in -f with a plural in -ves, a kind of tea sold by
weight, a quoted model between the maker and the noun, a variant that is a measure, and a product noun before a
weight and a scent. Names from real shop catalogues (saddlery, outdoor clothing, glass and lampwork supplies,
hydroponics, garden centres, delicatessens, home brewing, tea merchants, paddle sports, coffee equipment, candle
makers), written for these tests; each named once and three times, and each composed note accepted by the lint."""

from __future__ import annotations

import pytest

from notegen.language.english import indefinite
from notegen.language.items import item_phrase, short_phrase
from notegen.model import Item
from tests.compose.shops import tidal
from tests.language.composed_lint import item_findings

NAMES = [
    # a pair noun without "(Pair)": counted in pairs, never in packs
    ("Leather Riding Chaps", "", "the Leather Riding Chaps", "the three pairs of Leather Riding Chaps"),
    ("Stainless Steel Stirrups, 4¾ Inch", "", "the Stainless Steel Stirrups, 4¾ Inch",
     "the three pairs of Stainless Steel Stirrups, 4¾ Inch"),
    ("Waterproof Overtrousers", "", "the Waterproof Overtrousers", "the three pairs of Waterproof Overtrousers"),
    ("Kids Ski Salopettes, Age 10", "", "the Kids Ski Salopettes, Age 10",
     "the three pairs of Kids Ski Salopettes, Age 10"),
    # the glassworker's jacks, two arms joined at one end as tongs are, are a pair; a car's jacks are not
    ("Lampworking Jacks, 20cm", "", "the Lampworking Jacks, 20cm", "the three pairs of Lampworking Jacks, 20cm"),
    ("Glassblower's Jacks", "", "the Glassblower's Jacks", "the three pairs of Glassblower's Jacks"),
    ("Hydraulic Bottle Jacks, 2 Tonne", "", "the Hydraulic Bottle Jacks, 2 Tonne",
     "the three packs of Hydraulic Bottle Jacks, 2 Tonne"),
    # the container the brackets name, with its unit spelled out or not; several containers make a pack
    ("Coco Coir Chips (50 Litre Bag)", "", "the Coco Coir Chips (50 Litre Bag)",
     "the three bags of Coco Coir Chips (50 Litre Bag)"),
    ("Suet Pellets (3kg Tub)", "", "the Suet Pellets (3kg Tub)", "the three tubs of Suet Pellets (3kg Tub)"),
    ("Tomato Food (2 x 1L Bottles)", "", "the Tomato Food (2 x 1L Bottles)",
     "the three packs of Tomato Food (2 x 1L Bottles)"),
    # a loan noun alike in both numbers: no -s, several pieces, no "a"
    ("Fresh Potato Gnocchi, 500g", "", "the Fresh Potato Gnocchi, 500g",
     "the three packs of Fresh Potato Gnocchi, 500g"),
    ("Spinach and Ricotta Tortellini, 250g", "", "the Spinach and Ricotta Tortellini, 250g",
     "the three packs of Spinach and Ricotta Tortellini, 250g"),
    # nouns in -f: -ves where English writes it so, -s where it does not
    ("Stainless Steel Beer Thief", "", "the Stainless Steel Beer Thief", "the three Stainless Steel Beer Thieves"),
    ("Oak Floating Shelf", "", "the Oak Floating Shelf", "the three Oak Floating Shelves"),
    ("Resin Garden Elf", "", "the Resin Garden Elf", "the three Resin Garden Elves"),
    ("Aquarium Coral Reef", "", "the Aquarium Coral Reef", "the three Aquarium Coral Reefs"),
    # a tea named for where it grows, sold by weight: packs of it, not three kinds
    ("First Flush Assam, 125g", "", "the First Flush Assam, 125g", "the three packs of First Flush Assam, 125g"),
    # a quoted model between the maker and the noun stays there
    ("Fender “Stratocaster” Electric Guitar", "Sunburst", "the Fender “Stratocaster” Electric Guitar in Sunburst",
     "the three Fender “Stratocaster” Electric Guitars in Sunburst"),
    ('Dagger "Stratos" Touring Kayak', "", "the Dagger “Stratos” Touring Kayak",
     "the three Dagger “Stratos” Touring Kayaks"),
    # a measure as the variant goes in brackets, never after "in"
    ("“Barista” Espresso Tamper", "53mm", "the “Barista” Espresso Tamper (53mm)",
     "the three “Barista” Espresso Tampers (53mm)"),
    # a product noun before a weight and a scent is the noun, no maker
    ("Candle 180g Wild Fig", "", "the Candle 180g Wild Fig", "the three Candles 180g Wild Fig"),
    ("Soap 100g Oat Milk", "", "the Soap 100g Oat Milk", "the three Soaps 100g Oat Milk"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "variant", "one", "three"), NAMES, ids=[row[0] for row in NAMES])
def test_pairs_containers_loans_and_models(name: str, variant: str, one: str, three: str) -> None:
    """Never "the three packs of Leather Riding Chaps", "Gnocchis", "Thiefs", "the three First Flush Assams" or
    "the “Stratocaster” Fender Electric Guitar"."""
    assert item_phrase(Item(name, 1, variant=variant), "en", True).nom == one
    assert item_phrase(Item(name, 3, variant=variant), "en", True).nom == three


@pytest.mark.parametrize(
    ("name", "article"),
    [
        ("Fresh Potato Gnocchi, 500g", ""),
        ("Leather Riding Chaps", ""),
        ("First Flush Assam, 125g", "a"),
        ("Stainless Steel Beer Thief", "a"),
    ],
)
def test_a_loan_alike_in_both_numbers_takes_no_a(name: str, article: str) -> None:
    """ "a Fresh Potato Gnocchi" reads as one dumpling: the name is in the plural, as "Leather Riding Chaps" is."""
    assert indefinite(name) == article


@pytest.mark.parametrize(
    ("name", "again"),
    [
        ("Dagger “Stratos” Touring Kayak", "the Touring Kayak"),
        ("Fender “Stratocaster” Electric Guitar", "the Electric Guitar"),
    ],
)
def test_a_name_said_again_is_the_thing_not_the_maker(name: str, again: str) -> None:
    """Named again later in the note, the kayak is "the Touring Kayak", never "the Dagger"."""
    assert short_phrase(Item(name, 1), "en", True).nom == again


def test_the_lint_accepts_every_note_composed_for_these_names() -> None:
    """The lint reads the item as the composer names it: no SIN202 (item not found) nor SIN206 on these notes."""
    variants = {row[0]: row[1] for row in NAMES if row[1]}
    assert not item_findings([row[0] for row in NAMES], "en", tidal(), variants)
