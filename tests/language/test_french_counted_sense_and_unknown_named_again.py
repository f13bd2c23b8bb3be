"""French nouns of both genders and nouns the lexicon cannot read, as a note names them once and again.

A noun DELA lists in both genders, one sense with a plural and the other without (a music, a substance, a style,
which nobody counts), is the thing counted: that is what a shop sells one or three of (« la platine vinyle », not
the metal; « le boxer », not the dog's breed in the feminine). Where both senses have a plural, nothing tells, and
the note keeps the construction without agreement. An item the note had to name « l'article « … » » is named
again short (« vos articles », « l'article »), never with the whole quoted name a second time.

The names come from hi-fi, lingerie, shoe, garden-ornament and Japanese homeware catalogues, not from the held-out
lists; the composed notes are judged by `notegen lint` and Grammalecte."""

from __future__ import annotations

import pytest

from notegen.language.items import item_phrase, short_phrase
from notegen.model import Item
from tests.compose.shops import atelier
from tests.language.composed_lint import french_notes, item_findings, named, rejected
from tests.language.french_grammar import grammar_errors, needs_grammalecte, note_paragraphs

COUNTED = [  # name, variant, the subject form for one, for three
    ("Platine vinyle", "Noir", "la platine vinyle noire", "les trois platines vinyle noires"),
    ("Boxer en coton bio", "", "le boxer en coton bio", "les trois boxers en coton bio"),
    ("Basket en toile", "Blanc", "la basket en toile blanche", "les trois baskets blanches en toile"),
]
UNKNOWN = ["Furoshiki en coton", "Aigle en bronze"]  # a noun DELA lacks; both senses of « aigle » are counted


@pytest.mark.parametrize(("name", "variant", "one", "three"), COUNTED, ids=[row[0] for row in COUNTED])
def test_a_noun_of_both_genders_is_named_in_its_counted_sense(name: str, variant: str, one: str, three: str) -> None:
    forms = [item_phrase(Item(name, quantity, variant=variant), "fr", True) for quantity in (1, 3)]
    assert [(phrase.nom, phrase.certain) for phrase in forms] == [(one, True), (three, True)]


@pytest.mark.parametrize("name", UNKNOWN)
def test_where_nothing_tells_the_gender_the_fallback_stays(name: str) -> None:
    assert named(name, "fr", certain=False) == (f"l'article « {name} »", f"les trois articles « {name} »")


@pytest.mark.parametrize("name", UNKNOWN)
def test_the_fallback_is_named_again_without_its_quoted_name(name: str) -> None:
    once, three = (short_phrase(Item(name, quantity), "fr", True) for quantity in (1, 3))
    assert (once.nom, once.your, once.it) == ("l'article", "votre article", "il")
    assert (three.nom, three.your, three.it) == ("les articles", "vos articles", "ils")
    assert not three.certain and three.unsure == (name,)  # still reported for the shop catalog


def test_a_composed_note_quotes_the_unknown_name_once() -> None:
    notes = french_notes((name, "", quantity, "") for name in UNKNOWN for quantity in (1, 3))
    for name, (_, note) in notes:
        assert note.text.count(name) == 1, note.text


def test_the_lint_accepts_every_composed_note() -> None:
    names = [name for name, *_ in COUNTED] + UNKNOWN
    assert item_findings(names, "fr", atelier(), {name: variant for name, variant, *_ in COUNTED}) == []
    notes = french_notes((name, variant, quantity, "") for name, variant, *_ in COUNTED for quantity in (1, 3))
    assert rejected(notes, "fr") == []


@needs_grammalecte
def test_every_paragraph_naming_the_items_passes_grammalecte() -> None:
    rows = [(name, variant) for name, variant, *_ in COUNTED] + [(name, "") for name in UNKNOWN]
    notes = french_notes((name, variant, quantity, "") for name, variant in rows for quantity in (1, 3))
    assert not grammar_errors(note_paragraphs(note for _, (_, note) in notes))
