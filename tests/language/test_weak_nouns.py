"""German weak masculine nouns take -(e)n outside the nominative singular ("den Plüschhasen", "mit dem
Futterautomaten"); the forms below are written from Duden, not from the lexicon."""

from __future__ import annotations

import pytest

from notegen.language.items import head_forms, item_phrase
from notegen.model import Item

WEAK = [  # name, nominative, accusative, dative
    ("Futterautomat", "der Futterautomat", "den Futterautomaten", "dem Futterautomaten"),
    ("Plüschhase", "der Plüschhase", "den Plüschhasen", "dem Plüschhasen"),
    ("Kuschelhase „Hoppel“", "der Kuschelhase „Hoppel“", "den Kuschelhasen „Hoppel“", "dem Kuschelhasen „Hoppel“"),
    ("Stoffelefant", "der Stoffelefant", "den Stoffelefanten", "dem Stoffelefanten"),
    ("Löwe aus Holz", "der Löwe aus Holz", "den Löwen aus Holz", "dem Löwen aus Holz"),
    ("Kaffeeautomat", "der Kaffeeautomat", "den Kaffeeautomaten", "dem Kaffeeautomaten"),
]
STRONG = [  # masculine nouns that keep their form in the singular
    ("Wollschal", "den Wollschal", "dem Wollschal"),
    ("Gartenzwerg", "den Gartenzwerg", "dem Gartenzwerg"),
    ("Kaktus", "den Kaktus", "dem Kaktus"),
    ("Nussknacker", "den Nussknacker", "dem Nussknacker"),
]


@pytest.mark.parametrize(("name", "nom", "acc", "dat"), WEAK)
def test_a_weak_noun_takes_its_ending_outside_the_nominative(name: str, nom: str, acc: str, dat: str) -> None:
    phrase = item_phrase(Item(name), "de", True)
    assert (phrase.nom, phrase.acc, phrase.dat) == (nom, acc, dat)
    assert phrase.your == "Ihren " + acc.removeprefix("den ")
    assert acc.split()[1].rstrip("„").lower() in head_forms(name, "de")  # the lint knows the form too


@pytest.mark.parametrize(("name", "acc", "dat"), STRONG)
def test_other_masculine_nouns_keep_their_form(name: str, acc: str, dat: str) -> None:
    phrase = item_phrase(Item(name), "de", True)
    assert (phrase.acc, phrase.dat) == (acc, dat)


def test_in_the_plural_a_weak_noun_takes_its_plural() -> None:
    phrase = item_phrase(Item("Plüschhase", 3), "de", True)
    assert (phrase.acc, phrase.dat) == ("die drei Plüschhasen", "den drei Plüschhasen")
