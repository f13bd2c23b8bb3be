"""French names with a count and its noun after the head, or a verb + noun compound whose noun ends in -s before a
complement, as a native writer names them once and three times: a number and its noun name a part of the product
and are never agreed with the head (« les trois accordéons chromatiques 120 basses », never « 120 bas »); a verb
+ noun compound in -s is one object however its complement is written (« le coupe-ongles pour chiens », « les
trois coupe-ongles pour chiens », never « les trois lots de coupe-ongles »: « chiens » after « pour » is the
complement's noun, not an adjective telling the name is plural), while an adjective after a complement still tells
it (« les noix de pécan grillées »).

The names come from music, pet and grocery shops' catalogues, not from the held-out lists; the composed notes are
judged by Grammalecte and by `notegen lint`."""

from __future__ import annotations

import pytest

from tests.compose.shops import atelier
from tests.language.composed_lint import french_notes, item_findings, named
from tests.language.french_grammar import grammar_errors, needs_grammalecte, note_paragraphs

NAMES = [  # name, the subject form for one, for three
    ("Accordéon chromatique 120 basses", "l'accordéon chromatique 120 basses",
     "les trois accordéons chromatiques 120 basses"),
    ("Coupe-ongles pour chiens", "le coupe-ongles pour chiens", "les trois coupe-ongles pour chiens"),
    ("Compte-gouttes pour flacons", "le compte-gouttes pour flacons", "les trois compte-gouttes pour flacons"),
    ("Noix de pécan grillées", "les noix de pécan grillées", "les trois lots de noix de pécan grillées"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "one", "three"), NAMES, ids=[row[0] for row in NAMES])
def test_the_item_is_named_as_a_native_writer_names_it(name: str, one: str, three: str) -> None:
    assert named(name, "fr") == (one, three)


def test_the_lint_accepts_every_composed_note() -> None:
    assert item_findings([name for name, _, _ in NAMES], "fr", atelier()) == []


@needs_grammalecte
def test_every_paragraph_naming_the_items_passes_grammalecte() -> None:
    notes = french_notes((name, "", quantity, "") for name, _, _ in NAMES for quantity in (1, 3))
    assert not grammar_errors(note_paragraphs(note for _, (_, note) in notes))
