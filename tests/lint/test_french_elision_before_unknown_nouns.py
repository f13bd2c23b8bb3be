"""Where the lexicon does not know an item's French noun, the lint still judges what the noun's first letter
tells: a vowel asks for the elided determiner (« l'oxymètre », « cet épilateur », « mon airfryer »), a consonant
for the full one (« le réhausseur »), and so does an h the dictionaries mark aspiré (« le hakama »). A first y or
u, « ou » before a vowel, or an h no list knows, may go either way: nothing is judged there. The composer's own
notes for such names pass."""

from __future__ import annotations

import pytest

from notegen.language.items import head_noun
from notegen.lint.linter import lint
from tests.compose.shops import order
from tests.language.composed_lint import french_notes, rejected

NAMES = (
    "Oxymètre de pouls",
    "Épilateur à lumière pulsée",
    "Airfryer 5,5 L",
    "Réhausseur de chaise",
    "Hoverboard 6,5 pouces",
    "Hakama de kendo en coton",
    "Yerba maté bio 500 g",
    "Upcycling kit couture",
    "Anti-calcaire pour bouilloire, flacon de 250 ml",
)


def _codes(text: str, name: str) -> list[str]:
    made = order(items=[{"name": name, "quantity": 1}], locale="fr")
    return [finding.code for finding in lint(text, made, "fr").findings if finding.severity == "error"]


def _note(mention: str) -> str:
    return f"Bonjour Anna,\n\nmerci pour votre commande. Nous préparons {mention} aujourd'hui.\n\nBien à vous,\nCamille"


def test_the_names_heads_are_unknown_to_the_lexicon() -> None:
    assert [name for name in NAMES if head_noun(name, "fr") is not None] == []


@pytest.mark.parametrize(
    ("name", "wrong", "right"),
    [
        ("Oxymètre de pouls", "le oxymètre de pouls", "l'oxymètre de pouls"),
        ("Épilateur à lumière pulsée", "ce épilateur à lumière pulsée", "cet épilateur à lumière pulsée"),
        ("Airfryer 5,5 L", "ma airfryer 5,5 L", "mon airfryer 5,5 L"),
        ("Réhausseur de chaise", "l'réhausseur de chaise", "le réhausseur de chaise"),
        ("Réhausseur de chaise", "la réhausseur de chaise", "la réhausseur de chaise"),
        # an h aspiré: the h lists mark it, so the noun begins with a consonant (Le Robert, « le hakama »)
        ("Hakama de kendo en coton", "l'hakama de kendo en coton", "le hakama de kendo en coton"),
        # a word joined by a hyphen, which the note's words split
        (
            "Anti-calcaire pour bouilloire, flacon de 250 ml",
            "le anti-calcaire pour bouilloire",
            "l'anti-calcaire pour bouilloire",
        ),
    ],
)
def test_the_first_letter_of_an_unknown_noun_judges_the_elision(name: str, wrong: str, right: str) -> None:
    if wrong != right:
        assert "SIN206" in _codes(_note(wrong), name)
    assert _codes(_note(right), name) == []  # the gender is not judged: the lexicon cannot tell it


@pytest.mark.parametrize(
    ("name", "mention"),
    [
        ("Hoverboard 6,5 pouces", "le hoverboard 6,5 pouces"),
        ("Hoverboard 6,5 pouces", "l'hoverboard 6,5 pouces"),
        ("Yerba maté bio 500 g", "la yerba maté bio 500 g"),
        ("Upcycling kit couture", "le upcycling kit couture"),
    ],
)
def test_a_first_h_y_or_u_is_left_alone(name: str, mention: str) -> None:
    assert _codes(_note(mention), name) == []


def test_the_composers_notes_for_unknown_nouns_pass() -> None:
    rows = [(name, "", quantity, "") for name in NAMES for quantity in (1, 3)]
    assert rejected(french_notes(rows), "fr") == []
