"""French names the lexicon reads in part: a product named by a verb's present participle the dictionary lacks as a
noun is that noun, masculine, never a maker (« le rénovant cuir, flacon de 250 ml », « les trois flacons de 250 ml
de rénovant cuir »), and what it is for stays beside it (never « en cuir »); a noun alike in both numbers whose
adjective shows the plural is written in the plural also before a comma (« les vers de terre vivants, boîte de
250 g »). The lint takes a
noun alike in both numbers after an article and a count as the name written in lower case (« les trois pare-soleil
Classic »), not as a name half lower-cased.

The names come from car care, leather care, angling bait and car accessory catalogues, not from the
held-out lists; the composed notes are judged by `notegen lint` and Grammalecte."""

from __future__ import annotations

import pytest

from tests.compose.shops import atelier
from tests.language.composed_lint import french_notes, item_findings, named, rejected
from tests.language.french_grammar import grammar_errors, needs_grammalecte, note_paragraphs

NAMES = [  # name, the subject form for one, for three
    ("Rénovant cuir, flacon de 250 ml", "le rénovant cuir, flacon de 250 ml",
     "les trois flacons de 250 ml de rénovant cuir"),
    ("Vers de terre vivants, boîte de 250 g", "les vers de terre vivants, boîte de 250 g",
     "les trois boîtes de 250 g de vers de terre vivants"),
    ("Pare-soleil Classic", "le pare-soleil Classic", "les trois pare-soleil Classic"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "one", "three"), NAMES, ids=[row[0] for row in NAMES])
def test_the_noun_is_read_as_a_french_writer_reads_it(name: str, one: str, three: str) -> None:
    assert named(name, "fr") == (one, three)


def test_the_lint_accepts_every_composed_note() -> None:
    names = [name for name, *_ in NAMES]
    assert item_findings(names, "fr", atelier()) == []
    assert rejected(french_notes((name, "", quantity, "") for name in names for quantity in (1, 3)), "fr") == []


@needs_grammalecte
def test_every_paragraph_naming_the_items_passes_grammalecte() -> None:
    notes = french_notes((name, "", quantity, "") for name, *_ in NAMES for quantity in (1, 3))
    assert not grammar_errors(note_paragraphs(note for _, (_, note) in notes))
