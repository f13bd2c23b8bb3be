"""A French name whose head noun is followed at once by a comma (« Sécateur, lame 20 cm », « BOUILLOTTE, 2 L »):
several keep the comma after the noun in the plural, as one does (« les trois sécateurs, lame 20 cm », never « les
trois sécateurs lame 20 cm », where the blade reads as a word of the name), in capitals too and with a noun whose
plural is written as its singular (« les trois tapis, 6 mm »).

The names come from garden, home, rug and kitchen shops' catalogues, not from the held-out lists; the composed
notes are judged by `notegen lint` and Grammalecte."""

from __future__ import annotations

import pytest

from tests.compose.shops import atelier
from tests.language.composed_lint import french_notes, item_findings, named, rejected
from tests.language.french_grammar import grammar_errors, needs_grammalecte, note_paragraphs

NAMES = [  # name, the subject form for one, for three
    ("Sécateur, lame 20 cm", "le sécateur, lame 20 cm", "les trois sécateurs, lame 20 cm"),
    ("BOUILLOTTE, 2 L", "la BOUILLOTTE, 2 L", "les trois BOUILLOTTES, 2 L"),
    ("Tapis, 6 mm", "le tapis, 6 mm", "les trois tapis, 6 mm"),
    ("Bocal, 1 L", "le bocal, 1 L", "les trois bocaux, 1 L"),
]


@pytest.mark.parametrize(("name", "one", "three"), NAMES, ids=[row[0] for row in NAMES])
def test_several_keep_the_comma_after_the_head(name: str, one: str, three: str) -> None:
    assert named(name, "fr") == (one, three)


def test_the_lint_accepts_every_composed_note() -> None:
    names = [name for name, *_ in NAMES]
    assert item_findings(names, "fr", atelier()) == []
    assert rejected(french_notes((name, "", quantity, "") for name in names for quantity in (1, 3)), "fr") == []


@needs_grammalecte
def test_every_paragraph_naming_the_items_passes_grammalecte() -> None:
    notes = french_notes((name, "", quantity, "") for name, *_ in NAMES for quantity in (1, 3))
    assert not grammar_errors(note_paragraphs(note for _, (_, note) in notes))
