"""A French adjective of the product after « de » and a noun the lexicon lacks (a loanword of a sport, a food, a
craft): it agrees with the head as after any complement (« les raquettes de padel légères »). Names from sports,
tea and bedding catalogues, written for these tests; the composed notes accepted by the lint."""

from __future__ import annotations

import pytest

from notegen.language.items import item_phrase
from notegen.model import Item
from tests.compose.shops import atelier
from tests.language.composed_lint import item_findings

NAMES = [
    ("Raquette de padel légère", "la raquette de padel légère", "les trois raquettes de padel légères"),
    ("Bol de matcha émaillé", "le bol de matcha émaillé", "les trois bols de matcha émaillés"),
    ("Housse de futon matelassée", "la housse de futon matelassée", "les trois housses de futon matelassées"),
    ("Tapis de yoga antidérapant", "le tapis de yoga antidérapant", "les trois tapis de yoga antidérapants"),
    # no adjective after the loanword: the name as written
    ("Tasse de kombucha", "la tasse de kombucha", "les trois tasses de kombucha"),
]


@pytest.mark.parametrize(("name", "one", "three"), NAMES, ids=[row[0] for row in NAMES])
def test_the_products_adjective_agrees_past_an_unknown_complement(name: str, one: str, three: str) -> None:
    assert item_phrase(Item(name, 1), "fr", True).nom == one
    assert item_phrase(Item(name, 3), "fr", True).nom == three


def test_the_lint_accepts_every_note_composed_for_these_names() -> None:
    assert not item_findings([row[0] for row in NAMES], "fr", atelier())
