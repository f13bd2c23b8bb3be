"""French names of lots of pairs, shortened adjectives, parts set off by a comma and sizes in capitals, as a native
writer names them: several lots of things worn in pairs say the lot once, with the pairs it holds (« les trois lots
de 2 paires de chaussettes de ski en mérinos », never « les trois lots de chaussettes …, lot de 2 »); a shortened
adjective stays invariable (« les trois vases déco », never « décos »); a noun and its adjective set off by a comma
after the head are no words of the head's (« les trois chemises, coupe ajustée »); and a name in capitals with a
size written « 200 x 30 CM » keeps its capitals when several are named (« les trois ÉCHARPES EN LAINE »).

The names come from sports, clothing, garden, home-decoration and rug shops' catalogues, not from the held-out lists;
the composed notes are judged by `notegen lint` and Grammalecte."""

from __future__ import annotations

import pytest

from notegen.language.items import item_phrase, short_phrase
from notegen.model import Item
from tests.compose.shops import atelier
from tests.language.composed_lint import french_notes, item_findings, rejected
from tests.language.french_grammar import grammar_errors, needs_grammalecte, note_paragraphs

NAMES = [  # name, variant, quantity, the subject form
    # a lot of things worn in pairs holds pairs: said once, before the name
    ("Chaussettes de ski en mérinos, lot de 2", "", 1, "les chaussettes de ski en mérinos, lot de 2"),
    ("Chaussettes de ski en mérinos, lot de 2", "", 3, "les trois lots de 2 paires de chaussettes de ski en mérinos"),
    ("Gants de jardinage en cuir, lot de 3", "", 3, "les trois lots de 3 paires de gants de jardinage en cuir"),
    ("Chaussettes de sport (lot de 3)", "Blanc", 3, "les trois lots de 3 paires de chaussettes de sport blanches"),
    ("Escarpins, lot de 2", "", 2, "les deux lots de 2 paires d'escarpins"),
    ("Socquettes en coton bio, lot de 5 paires", "", 3, "les trois lots de 5 paires de socquettes en coton bio"),
    ("Lacets plats, lot de 3 paires", "", 3, "les trois lots de 3 paires de lacets plats"),
    # a shortened adjective is invariable; the adjective after it still agrees
    ("Miroir déco rond", "", 3, "les trois miroirs déco ronds"),
    ("Vase déco en céramique", "", 3, "les trois vases déco en céramique"),
    ("Guirlande lumineuse déco, 5 m", "", 3, "les trois guirlandes lumineuses déco, 5 m"),
    ("Coussin de sol", "Fluo", 3, "les trois coussins de sol fluo"),
    # a noun and its adjective after a comma right after the head: their own, never agreed with the head
    ("Chemise, coupe ajustée", "", 3, "les trois chemises, coupe ajustée"),
    ("Robe, manches longues", "", 3, "les trois robes, manches longues"),
    ("Coussin de sol, housse amovible", "", 3, "les trois coussins de sol, housse amovible"),
    ("Chaise, pliante", "", 3, "les trois chaises, pliantes"),  # an adjective alone there is the head's
    # a name in capitals with a size « 200 x 30 »: its capitals stay in the plural
    ("ÉCHARPE EN LAINE, 200 x 30 CM", "", 1, "l'ÉCHARPE EN LAINE, 200 x 30 CM"),
    ("ÉCHARPE EN LAINE, 200 x 30 CM", "", 3, "les trois ÉCHARPES EN LAINE, 200 x 30 CM"),
    ("TAPIS BERBÈRE 160 x 230 cm", "", 3, "les trois TAPIS BERBÈRES 160 x 230 cm"),
    ("NAPPE EN LIN, 150 x 250 CM", "", 2, "les deux NAPPES EN LIN, 150 x 250 CM"),
]


@pytest.mark.parametrize(("name", "variant", "quantity", "expected"), NAMES)
def test_the_item_is_named_as_a_native_writer_names_it(name: str, variant: str, quantity: int, expected: str) -> None:
    phrase = item_phrase(Item(name, quantity, variant=variant), "fr", True)
    assert phrase.certain
    assert phrase.nom.replace("\xa0", " ") == expected


@pytest.mark.parametrize(
    ("name", "variant", "again"),
    [
        ("Chaussettes de ski en mérinos, lot de 2", "", "les chaussettes de ski"),
        ("Chaussettes de sport (lot de 3)", "Blanc", "les chaussettes de sport"),
        ("ÉCHARPE EN LAINE, 200 x 30 CM", "", "les ÉCHARPES"),
    ],
)
def test_a_later_mention_names_the_goods_without_the_lot(name: str, variant: str, again: str) -> None:
    assert short_phrase(Item(name, 3, variant=variant), "fr", True).nom == again


def test_the_lint_accepts_every_composed_note() -> None:
    variants = {name: variant for name, variant, *_ in NAMES if variant}
    assert item_findings(dict.fromkeys(name for name, *_ in NAMES), "fr", atelier(), variants) == []
    assert not rejected(french_notes(NAMES), "fr")


@needs_grammalecte
def test_every_paragraph_naming_the_items_passes_grammalecte() -> None:
    paragraphs = note_paragraphs(note for _, (_, note) in french_notes(NAMES))
    assert not grammar_errors(paragraphs)
