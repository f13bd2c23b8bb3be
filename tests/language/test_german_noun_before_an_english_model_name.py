"""A German noun followed by an English word a fashion or gear catalogue uses as the name of a line or a model
("Sweatshirt Basic", "Tasche Canvas", "Jacke Bomber"): the German noun stays the noun, declined and counted, and
the English word follows it as the shop wrote it. "Basic" is no "BASIC", the programming language; "Tasche" and
"Jacke" are no makers' names English text knows; "Mantel" and "Pullover", German nouns far more than English words,
begin no English name. A name English through and through ("Laptop Sleeve", "Travel Mug") is still named whole, and a
maker whose name is also a German noun is still the maker ("der Mammut Hoodie").
Names from real German fashion, bag and outdoor shops' catalogues, written for these tests."""

from __future__ import annotations

import pytest

from notegen.language.items import item_phrase
from notegen.model import Item
from tests.compose.shops import wollwerk
from tests.language.composed_lint import item_findings

# name, accusative once, nominative three times, dative three times
NAMES = [
    ("Sweatshirt Basic", "das Sweatshirt Basic", "die drei Sweatshirts Basic", "den drei Sweatshirts Basic"),
    ("Hose Basic", "die Hose Basic", "die drei Hosen Basic", "den drei Hosen Basic"),
    ("Mantel Trench", "den Mantel Trench", "die drei Mäntel Trench", "den drei Mänteln Trench"),
    ("Pullover Comfort", "den Pullover Comfort", "die drei Pullover Comfort", "den drei Pullovern Comfort"),
    ("Tasche Canvas", "die Tasche Canvas", "die drei Taschen Canvas", "den drei Taschen Canvas"),
    ("Tasche Crossbody", "die Tasche Crossbody", "die drei Taschen Crossbody", "den drei Taschen Crossbody"),
    ("Jacke Bomber", "die Jacke Bomber", "die drei Jacken Bomber", "den drei Jacken Bomber"),
    # a maker whose name is also a German noun, sold abroad, before an English product
    ("Mammut Hoodie", "den Mammut Hoodie", "die drei Mammut Hoodies", "den drei Mammut Hoodies"),
]  # fmt: skip

ENGLISH = ["Laptop Sleeve", "Travel Mug"]


@pytest.mark.parametrize(("name", "one", "three", "dative"), NAMES)
def test_the_german_noun_stays_the_noun_before_an_english_model_name(
    name: str, one: str, three: str, dative: str
) -> None:
    once = item_phrase(Item(name, quantity=1), "de", True)
    thrice = item_phrase(Item(name, quantity=3), "de", True)
    assert (once.acc, thrice.nom, thrice.dat) == (one, three, dative)
    assert once.certain


@pytest.mark.parametrize("name", ENGLISH)
def test_a_name_english_through_and_through_is_named_whole(name: str) -> None:
    once = item_phrase(Item(name, quantity=1), "de", True)
    thrice = item_phrase(Item(name, quantity=3), "de", True)
    assert (once.acc, thrice.nom) == (f"den Artikel „{name}“", f"die drei Artikel „{name}“")


def test_the_lint_accepts_the_notes_that_name_them() -> None:
    assert not item_findings([row[0] for row in NAMES] + ENGLISH, "de", wollwerk())
