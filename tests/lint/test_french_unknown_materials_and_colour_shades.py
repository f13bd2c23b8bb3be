"""A French adjective after « en » and a material the lexicon lacks is the material's as the shop wrote it
(« les trois tuniques en bogolan brodé »), and a colour with a shade after it is a compound colour, invariable
(« blanc cassé », « gris cendré »): the lint accepts the composer's notes for such names, and still finds an
adjective the writer changed to agree with neither the head nor the material. Names from clothing, basketry and
haberdashery catalogues."""

from __future__ import annotations

import pytest

from notegen.lint.linter import lint
from tests.compose.shops import atelier, order
from tests.language.composed_lint import item_findings

NAMES = {
    "Tunique en bogolan brodé": "",
    "Pochette en raphia tressé": "",
    "Col claudine en dentelle": "blanc cassé",
    "Écharpe en laine": "gris cendré",
    "Veste en jean": "bleu délavé",
}


def test_the_lint_accepts_every_note_composed_for_these_names() -> None:
    assert item_findings(list(NAMES), "fr", atelier(), NAMES) == []


def _codes(text: str, name: str) -> list[str]:
    made = order(items=[{"name": name, "quantity": 3}], locale="fr")
    return [finding.code for finding in lint(text, made, "fr").findings if finding.severity == "error"]


@pytest.mark.parametrize(
    ("name", "wrong", "right"),
    [
        ("Tunique en bogolan brodé", "les trois tuniques en bogolan brodés", "les trois tuniques en bogolan brodé"),
        (
            "Pochette en raphia tressé",
            "les trois pochettes en raphia tressés",
            "les trois pochettes en raphia tressées",
        ),
    ],
)
def test_a_word_changed_to_agree_with_nothing_is_still_found(name: str, wrong: str, right: str) -> None:
    def note(mention: str) -> str:
        return f"Bonjour Anna,\n\nmerci pour {mention}, qui partent demain.\n\nBien à vous,\nCamille"

    assert "SIN206" in _codes(note(wrong), name)
    assert _codes(note(right), name) == []
