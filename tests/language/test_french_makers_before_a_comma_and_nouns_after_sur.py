"""A French maker that opens a name goes after the whole noun phrase, its complement included, and before the part
the shop set off with a comma (« le sécateur de jardin Felco, 21 cm », never « le sécateur Felco de jardin », which
reads as a Felco of the garden, nor « le sécateur de jardin, Felco 21 cm »). A noun the dictionary lacks written in one
word of « sur », « sous », « contre » or « entre » and a noun it knows takes that noun's gender and plural (« le
surpantalon de pluie », « les trois surpantalons »), and is counted in pairs where that noun is (« les trois paires
de surchaussures de vélo »).

The names come from garden tool, cutlery and cycling clothing catalogues, not from the held-out lists; the composed
notes are judged by `notegen lint` and Grammalecte."""

from __future__ import annotations

import pytest

from tests.compose.shops import atelier
from tests.language.composed_lint import french_notes, item_findings, named, rejected
from tests.language.french_grammar import grammar_errors, needs_grammalecte, note_paragraphs

NAMES = [  # name, the subject form for one, for three
    ("Felco sécateur de jardin, 21 cm", "le sécateur de jardin Felco, 21 cm",
     "les trois sécateurs de jardin Felco, 21 cm"),
    ("Victorinox couteau d'office, lame 8 cm", "le couteau d'office Victorinox, lame 8 cm",
     "les trois couteaux d'office Victorinox, lame 8 cm"),
    ("Surpantalon de pluie", "le surpantalon de pluie", "les trois surpantalons de pluie"),
    ("Surchaussures de vélo", "les surchaussures de vélo", "les trois paires de surchaussures de vélo"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "one", "three"), NAMES, ids=[row[0] for row in NAMES])
def test_the_maker_follows_the_noun_phrase_and_nouns_after_sur_are_read(name: str, one: str, three: str) -> None:
    assert named(name, "fr") == (one, three)


def test_the_lint_accepts_every_composed_note() -> None:
    names = [name for name, *_ in NAMES]
    assert item_findings(names, "fr", atelier()) == []
    assert rejected(french_notes((name, "", quantity, "") for name in names for quantity in (1, 3)), "fr") == []


@needs_grammalecte
def test_every_paragraph_naming_the_items_passes_grammalecte() -> None:
    notes = french_notes((name, "", quantity, "") for name, *_ in NAMES for quantity in (1, 3))
    assert not grammar_errors(note_paragraphs(note for _, (_, note) in notes))
