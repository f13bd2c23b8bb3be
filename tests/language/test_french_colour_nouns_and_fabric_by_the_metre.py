"""French variants that are nouns of a colour or a print, and fabric sold by the metre, as a native writer names
them once and three times: a precious metal given as a variant is the colour of spangles or thread, invariable
after the name like a colour noun (« les paillettes holographiques or, sachet de 20 g », « le fil à broder
métallisé argent »), never « en argent », which says what the product is made of; several packs of them count
the pack once (« les trois sachets de 20 g de paillettes holographiques or », never « …, sachet de 20 g en or »);
a fabric's print follows the name as a colour does (« la nappe en coton enduit vichy bleu »); fabric counted in
metres is not said to be sold by the metre again (« les trois mètres de toile de lin écrue », never « … au
mètre »), and one piece's colour goes before « au mètre » (« la toile de lin écrue au mètre »); named again,
it is « la toile de lin ».

The names come from haberdashery, craft and fabric shops' catalogues, not from the held-out lists; the composed
notes are judged by Grammalecte and by `notegen lint`."""

from __future__ import annotations

import pytest

from notegen.language.items import item_phrase, short_phrase
from notegen.model import Item
from tests.compose.shops import atelier
from tests.language.composed_lint import french_notes, item_findings, rejected
from tests.language.french_grammar import grammar_errors, needs_grammalecte, note_paragraphs

NAMES = [  # name, variant, the subject form for one, for three
    ("Paillettes holographiques, sachet de 20 g", "or", "les paillettes holographiques or, sachet de 20 g",
     "les trois sachets de 20 g de paillettes holographiques or"),
    ("Fil à broder métallisé", "argent", "le fil à broder métallisé argent",
     "les trois fils à broder métallisés argent"),
    ("Nappe en coton enduit", "vichy bleu", "la nappe en coton enduit vichy bleu",
     "les trois nappes en coton enduit vichy bleu"),
    ("Toile de lin au mètre", "écru", "la toile de lin écrue au mètre", "les trois mètres de toile de lin écrue"),
    ("Toile de lin au mètre", "", "la toile de lin au mètre", "les trois mètres de toile de lin"),
    ("Passe-poil en coton, vendu au mètre", "", "le passe-poil en coton, vendu au mètre",
     "les trois mètres de passe-poil en coton"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "variant", "one", "three"), NAMES, ids=[f"{r[0]}-{r[1]}" for r in NAMES])
def test_the_item_is_named_as_a_native_writer_names_it(name: str, variant: str, one: str, three: str) -> None:
    forms = tuple(item_phrase(Item(name, quantity, variant=variant), "fr", True) for quantity in (1, 3))
    assert all(phrase.certain for phrase in forms)
    assert tuple(phrase.nom for phrase in forms) == (one, three)


@pytest.mark.parametrize(("quantity", "again"), [(1, "la toile de lin"), (3, "les mètres de toile de lin")])
def test_fabric_by_the_metre_is_named_again_without_au_metre(quantity: int, again: str) -> None:
    assert short_phrase(Item("Toile de lin au mètre", quantity, variant="écru"), "fr", True).nom == again


def test_the_lint_accepts_every_composed_note() -> None:
    variants = {name: variant for name, variant, _, _ in NAMES if variant}
    assert item_findings([name for name, variant, _, _ in NAMES if variant], "fr", atelier(), variants) == []
    assert item_findings([name for name, variant, _, _ in NAMES if not variant], "fr", atelier()) == []


def test_the_lint_rejects_none_of_the_notes_in_any_occasion() -> None:
    rows = [(name, variant, quantity, "") for name, variant, _, _ in NAMES for quantity in (1, 3)]
    assert rejected(french_notes(rows), "fr") == []


@needs_grammalecte
def test_every_paragraph_naming_the_items_passes_grammalecte() -> None:
    notes = french_notes((name, variant, quantity, "") for name, variant, _, _ in NAMES for quantity in (1, 3))
    assert not grammar_errors(note_paragraphs(note for _, (_, note) in notes))
