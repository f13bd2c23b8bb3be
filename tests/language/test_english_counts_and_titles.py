"""English item names: plurals of nouns in -a, -u, -i and -ves, what mass nouns come in, a pair said after a comma,
titles in quotation marks, names that open with a quoted name, cases of wine and "Ream of". Names from real shop
catalogues, written for these tests."""

from __future__ import annotations

import pytest

from notegen.language.items import item_phrase, short_phrase
from notegen.model import Item


@pytest.mark.parametrize(
    ("name", "one", "three"),
    [
        # a plural in -as, -us, -is is a plural; "canvas", "atlas" and "cactus" are not
        ("Bamboo Tortilla Warmers, Set of 2", "the Bamboo Tortilla Warmers, Set of 2",
         "the three sets of 2 Bamboo Tortilla Warmers"),
        ("Wooden Spatulas (Set of 4)", "the Wooden Spatulas (Set of 4)",
         "the three sets of 4 Wooden Spatulas"),
        ("Laminated Menus A4", "the Laminated Menus A4", "the three packs of Laminated Menus A4"),
        ("Canvas Log Carrier", "the Canvas Log Carrier", "the three Canvas Log Carriers"),
        ("Road Atlas of Britain", "the Road Atlas of Britain", "the three Road Atlases of Britain"),
        ("Flowering Cactus in Ceramic Pot", "the Flowering Cactus in Ceramic Pot",
         "the three Flowering Cacti in Ceramic Pot"),
        # irregular plurals in -ves are plurals: never "Hooveses"
        ("Pecan Halves, 200g", "the Pecan Halves, 200g", "the three packs of Pecan Halves, 200g"),
        ("Chew Hooves for Dogs (Pack of 10)", "the Chew Hooves for Dogs (Pack of 10)",
         "the three packs of 10 Chew Hooves for Dogs"),
    ],
)  # fmt: skip
def test_a_name_already_in_the_plural_is_not_made_plural_again(name: str, one: str, three: str) -> None:
    assert item_phrase(Item(name, 1), "en", True).acc == one
    alternatives = {three, three.replace("packs", "sets"), three.replace("Cacti", "Cactuses")}  # both are English
    assert item_phrase(Item(name, 3), "en", True).acc in alternatives


@pytest.mark.parametrize(
    ("name", "three"),
    [
        ("Organic Pearl Barley Couscous", "the three packs of Organic Pearl Barley Couscous"),
        ("Wholemeal Spelt Flour 2kg", "the three bags of Wholemeal Spelt Flour 2kg"),
        ("Soy Protein Strawberry 750g", "the three packs of Soy Protein Strawberry 750g"),
        ("Lime Marmalade, 454g", "the three jars of Lime Marmalade, 454g"),
        ("Parcel Twine", "the three balls of Parcel Twine"),
        ("Polyester Sewing Thread", "the three spools of Polyester Sewing Thread"),
        ("Acrylic Decorators Caulk, 380ml", "the three tubes of Acrylic Decorators Caulk, 380ml"),
        ("Garden Twine (2 Spools)", "the three packs of Garden Twine (2 Spools)"),
    ],
)
def test_several_of_a_mass_noun_are_counted_in_what_it_comes_in(name: str, three: str) -> None:
    """Grains, flours and powders, preserves weighed after a comma, twine, thread and sealants: never "the three
    Couscouses", "the three Marmalades" or "the three Caulks"."""
    assert item_phrase(Item(name, 3), "en", True).acc == three


def test_a_pair_said_after_a_comma_is_counted_in_pairs_and_not_left_hanging() -> None:
    name = "Neoprene Swim Socks, Pair"
    assert item_phrase(Item(name, 1), "en", True).acc == "the pair of Neoprene Swim Socks"
    assert item_phrase(Item(name, 3), "en", True).acc == "the three pairs of Neoprene Swim Socks"
    assert short_phrase(Item(name, 3), "en", True).acc == "the Neoprene Swim Socks"
    assert item_phrase(Item("Cork Yoga Blocks (Pair)", 1), "en", True).acc == "the Cork Yoga Blocks (Pair)"


def test_a_title_in_quotation_marks_takes_no_article_and_comes_in_copies() -> None:
    name = "“The Remains of the Day” (Faber Hardback)"
    assert item_phrase(Item(name, 1), "en", True).acc == name
    assert item_phrase(Item(name, 2), "en", True).acc == f"the two copies of {name}"
    assert short_phrase(Item(name, 2), "en", True).acc == f"the two copies of {name}"


@pytest.mark.parametrize(
    ("name", "one", "three", "later"),
    [
        ("“Little Owl” Finger Puppet", "the “Little Owl” Finger Puppet", "the three “Little Owl” Finger Puppets",
         "the Finger Puppets"),
        ("“Sea Glass” Cereal Bowl (16cm)", "the “Sea Glass” Cereal Bowl (16cm)",
         "the three “Sea Glass” Cereal Bowls (16cm)", "the Cereal Bowls"),
    ],
)  # fmt: skip
def test_a_name_that_opens_with_its_quoted_name_has_its_noun_after_it(
    name: str, one: str, three: str, later: str
) -> None:
    assert item_phrase(Item(name, 1), "en", True).acc == one
    assert item_phrase(Item(name, 3), "en", True).acc == three
    assert short_phrase(Item(name, 3), "en", True).acc == later


def test_a_case_of_wine_holds_bottles_and_a_case_of_balls_holds_balls() -> None:
    assert item_phrase(Item("Picpoul de Pinet (Case of 6)", 1), "en", True).acc == "the Picpoul de Pinet (Case of 6)"
    assert item_phrase(Item("Picpoul de Pinet (Case of 6)", 2), "en", True).acc == "the two cases of Picpoul de Pinet"
    assert item_phrase(Item("Squash Ball (Case of 12)", 1), "en", True).acc == "the Squash Ball (Case of 12)"
    assert item_phrase(Item("Squash Ball (Case of 12)", 3), "en", True).acc == "the three cases of 12 Squash Balls"


def test_a_unit_before_of_is_the_head() -> None:
    name = "Ream of Recycled Printer Paper, A4 (500 Sheets)"
    assert item_phrase(Item(name, 3), "en", True).acc == "the three Reams of Recycled Printer Paper, A4 (500 Sheets)"


def test_a_flavour_after_the_noun_is_no_head() -> None:
    assert item_phrase(Item("Lip Balm Peppermint", 3), "en", True).acc == "the three Lip Balms Peppermint"
    assert item_phrase(Item("Madagascar Vanilla", 3), "en", True).acc == "the three Madagascar Vanillas"


@pytest.mark.parametrize(
    ("name", "three", "later"),
    [
        ("Liquid Hand Wash Refill, 1L", "the three bottles of Liquid Hand Wash Refill, 1L",
         "the bottles of Liquid Hand Wash Refill"),
        ("Reptile Bark Bedding, 20L", "the three bags of Reptile Bark Bedding, 20L",
         "the bags of Reptile Bark Bedding"),
        ("Fresh Coriander, Bunch", "the three bunches of Fresh Coriander, Bunch", "the bunches of Fresh Coriander"),
        ("Alpine Strawberries (Punnet)", "the three punnets of Alpine Strawberries (Punnet)",
         "the Alpine Strawberries"),
        ("Rioja Crianza (Case of 12)", "the three cases of Rioja Crianza", "the cases of Rioja Crianza"),
    ],
)  # fmt: skip
def test_a_liquid_a_bedding_a_bunch_and_a_case_are_counted_in_what_they_come_in(
    name: str, three: str, later: str
) -> None:
    assert item_phrase(Item(name, 3), "en", True).acc == three
    assert short_phrase(Item(name, 3), "en", True).acc == later
