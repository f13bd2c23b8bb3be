"""French adjectives joined to an invariable word by a hyphen, « sous » before a noun, and nouns the dictionary lacks
made on a verb it knows, as a native writer writes them: « demi », « mi », « extra » stay as they are and the
adjective after the hyphen agrees (« les trois limes demi-rondes », « les jupes mi-longues »), a noun after them
does not (« les vestes demi-saison »); « sous vide » is a complement (« les trois scelleuses sous vide », never «
sous vides »); a noun in « -eur » or « -euse » on the stem of a verb in « -er » is masculine or feminine as every
such noun (« l'équeuteur », of « équeuter »; « la scelleuse », of « sceller »), where one of no verb keeps the
construction that needs no gender (« l'article « Réhausseur chaise bébé » »). The lint reads « demi » as the
first part of the adjective and judges the part after it.

The names come from hardware, clothing, kitchen and nursery shops' catalogues, not from the held-out lists; the
composed notes are judged by `notegen lint` and Grammalecte."""

from __future__ import annotations

import pytest

from notegen.language.items import item_phrase
from notegen.lint.linter import lint
from notegen.model import Item
from tests.compose.shops import order
from tests.language.composed_lint import french_notes, rejected
from tests.language.french_grammar import grammar_errors, needs_grammalecte, note_paragraphs

NAMES = [  # name, variant, quantity, the subject form
    ("Lime demi-ronde", "", 1, "la lime demi-ronde"),
    ("Lime demi-ronde", "", 3, "les trois limes demi-rondes"),
    ("Jupe mi-longue plissée", "", 2, "les deux jupes mi-longues plissées"),
    ("Veste demi-saison", "", 3, "les trois vestes demi-saison"),  # a noun: the season, never agreed
    ("Scelleuse sous vide", "", 1, "la scelleuse sous vide"),
    ("Scelleuse sous vide", "", 3, "les trois scelleuses sous vide"),
    ("Équeuteur à fraises", "", 1, "l'équeuteur à fraises"),
    ("Équeuteur à fraises", "", 3, "les trois équeuteurs à fraises"),
    ("Égoutteur à vaisselle", "", 2, "les deux égoutteurs à vaisselle"),
    ("Défroisseur vapeur 1500 W", "", 3, "les trois défroisseurs vapeur 1500 W"),
]


@pytest.mark.parametrize(("name", "variant", "quantity", "expected"), NAMES)
def test_the_item_is_named_as_a_native_writer_names_it(name: str, variant: str, quantity: int, expected: str) -> None:
    phrase = item_phrase(Item(name, quantity, variant=variant), "fr", True)
    assert phrase.certain
    assert phrase.nom.replace("\xa0", " ") == expected


def test_a_noun_of_no_verb_the_lexicon_knows_keeps_the_construction_without_gender() -> None:
    phrase = item_phrase(Item("Réhausseur chaise bébé", 3), "fr", True)
    assert (phrase.nom.replace("\xa0", " "), phrase.certain) == ("les trois articles « Réhausseur chaise bébé »", False)


def _errors(mention: str) -> list[str]:
    text = f"Bonjour Anna,\n\nmerci pour votre commande. Nous préparons {mention} aujourd'hui.\n\nBien à vous,\nCamille"
    made = order(items=[{"name": "Lime demi-ronde", "quantity": 3}], locale="fr")
    return [finding.code for finding in lint(text, made, "fr").findings if finding.severity == "error"]


def test_the_lint_judges_the_adjective_after_demi() -> None:
    assert _errors("les trois limes demi-rondes") == []
    assert "SIN206" in _errors("les trois limes demi-ronde")


def test_the_lint_accepts_every_composed_note() -> None:
    assert not rejected(french_notes(NAMES), "fr")


@needs_grammalecte
def test_every_paragraph_naming_the_items_passes_grammalecte() -> None:
    paragraphs = note_paragraphs(note for _, (_, note) in french_notes(NAMES))
    assert not grammar_errors(paragraphs)
