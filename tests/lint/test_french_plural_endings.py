"""The lint finds a French head noun written with the plural ending its plural does not take: « les trois
chapeaus » for « chapeaux », « les trois pneux » for « pneus », « les trois journals » for « journaux »; the plural
the dictionary gives passes."""

from __future__ import annotations

import pytest

from notegen.lint.linter import lint
from tests.compose.shops import order


def _codes(text: str, name: str) -> list[str]:
    made = order(items=[{"name": name, "quantity": 3}], locale="fr")
    return [finding.code for finding in lint(text, made, "fr").findings if finding.severity == "error"]


def _note(mention: str) -> str:
    return f"Bonjour Anna,\n\nmerci pour votre commande. {mention} partiront demain.\n\nBien à vous,\nCamille"


@pytest.mark.parametrize(
    ("name", "wrong", "right"),
    [
        ("Chapeau de paille", "Les trois chapeaus de paille", "Les trois chapeaux de paille"),
        ("Pneu de vélo 700 x 25", "Les trois pneux de vélo 700 x 25", "Les trois pneus de vélo 700 x 25"),
        ("Journal de bord en cuir", "Les trois journals de bord en cuir", "Les trois journaux de bord en cuir"),
    ],
)
def test_a_plural_ending_the_noun_does_not_take_is_found(name: str, wrong: str, right: str) -> None:
    assert "SIN206" in _codes(_note(wrong), name)
    assert _codes(_note(right), name) == []
