"""French notes that name an item whose size the shop set off with a comma close that size where the sentence goes
on (« Merci d'avoir choisi le châle en cachemire, 180 x 70 cm, pour l'offrir »), in every sentence the templates
write; a size given as the variant of a name that has such a part becomes a part of its own (« le pull col roulé,
laine mérinos, taille L »), never « laine mérinos en taille L », the wool's size, and another « en » variant goes in
brackets (« la bougie parfumée, 200 g (grand modèle) »). A later pronoun agrees with what several are counted in:
« qu'ils » of lots and pots, « qu'elles » of pairs and boxes, whatever the goods inside.

The names come from clothing, home linen, candle and grocery catalogues, not from the held-out lists; the composed
notes are judged by `notegen lint` and Grammalecte."""

from __future__ import annotations

import re

import pytest

from notegen.compose.composer import compose
from notegen.language.items import item_phrase
from notegen.model import Item, Note, Order
from notegen.read.validate import order_from_mapping
from tests.compose.shops import NOW, SECRET, atelier
from tests.language.composed_lint import french_notes, rejected
from tests.language.french_grammar import grammar_errors, needs_grammalecte, note_paragraphs

VARIANTS = [  # name, variant, the subject form for one
    ("Pull col roulé, laine mérinos", "Taille : L", "le pull col roulé, laine mérinos, taille L"),
    ("Chaussures de randonnée, cuir nubuck", "Pointure 42", "les chaussures de randonnée, cuir nubuck, pointure 42"),
    ("Sac à dos de randonnée, 30 L", "M", "le sac à dos de randonnée, 30 L, taille M"),
    ("Bougie parfumée, 200 g", "Grand modèle", "la bougie parfumée, 200 g (grand modèle)"),
]
SIZED = [  # names whose size the shop set off with a comma, with a variant or none
    ("Châle en cachemire, 180 x 70 cm", ""),
    ("Veste softshell femme, taille 40", ""),
    ("Nappe en lin lavé, 150 x 250 cm", "Bleu"),
    *((name, variant) for name, variant, _ in VARIANTS),
]
_CLOSED = re.compile(r"[,.!?:;)]|[\s\u202f][!?:;]|$")


@pytest.mark.parametrize(("name", "variant", "one"), VARIANTS, ids=[row[0] for row in VARIANTS])
def test_a_size_variant_after_a_part_set_off_by_a_comma_is_a_part_of_its_own(name: str, variant: str, one: str) -> None:
    assert item_phrase(Item(name, 1, variant=variant), "fr", True).nom.replace("\xa0", " ") == one


def _notes(name: str, variant: str, quantity: int, count: int = 24) -> list[tuple[Order, Note]]:
    """The notes of `count` orders of the item, in every occasion, so that every variant of each sentence is drawn."""
    notes = []
    for occasion in ("first_order", "returning", "gift"):
        for number in range(count):
            data = {
                "order_id": f"W{number}-{occasion}-{quantity}",
                "placed_at": "2026-11-20T10:00:00+01:00",
                "locale": "fr",
                "customer": {"first_name": "Inès", "last_name": "Morel", "email": "ines@example.org",
                             "orders_count": 4 if occasion == "returning" else 1},
                "items": [{"name": name, "variant": variant, "quantity": quantity, "price": "39.00"}],
                "gift": occasion == "gift",
            }  # fmt: skip
            order = order_from_mapping(data, "test")
            notes.append((order, compose(order, atelier(), NOW, secret=SECRET)))
    return notes


@pytest.mark.parametrize(("name", "variant"), SIZED, ids=[row[0] for row in SIZED])
def test_the_size_is_closed_where_the_sentence_goes_on(name: str, variant: str) -> None:
    for quantity in (1, 3):
        phrase = item_phrase(Item(name, quantity, variant=variant), "fr", True)
        forms = {getattr(phrase, slot).replace("\xa0", " ") for slot in ("nom", "your", "dat", "of")}
        for _, note in _notes(name, variant, quantity):
            text = note.text.replace("\n", " ").replace("\xa0", " ")
            for form in forms:
                for found in re.finditer(re.escape(form) + "|" + re.escape(form[:1].upper() + form[1:]), text):
                    assert _CLOSED.match(text, found.end()), text[found.start() : found.end() + 30]


@pytest.mark.parametrize(
    ("name", "it"),
    [
        ("Chaussettes en laine mérinos, lot de 2 paires", "ils"),  # les trois lots de 2 paires de chaussettes
        ("Torchons en lin, lot de 4", "ils"),  # les trois lots de 4 torchons
        ("Bottes de jardin en caoutchouc", "elles"),  # les trois paires de bottes
        ("Tisane verveine menthe (20 sachets)", "elles"),  # les trois boîtes de tisane
        ("Miel de sapin, pot de 500 g", "ils"),  # les trois pots de 500 g de miel de sapin
        ("Dosettes de café, boîte de 10", "elles"),  # les trois boîtes de 10 dosettes
    ],
)
def test_a_later_pronoun_agrees_with_what_several_are_counted_in(name: str, it: str) -> None:
    assert item_phrase(Item(name, 3), "fr", True).it == it
    notes = _notes(name, "", 3, count=12)
    hoped = [note.text for _, note in notes if "espérons qu'" in note.text]
    assert hoped and all(re.search(rf"espérons (?:sincèrement )?qu'{it} ", text) for text in hoped)


def test_the_lint_accepts_every_composed_note() -> None:
    rows = [(name, variant, quantity, "") for name, variant in SIZED for quantity in (1, 3)]
    assert rejected(french_notes(rows), "fr") == []


@needs_grammalecte
def test_every_paragraph_naming_the_items_passes_grammalecte() -> None:
    notes = [note for name, variant in SIZED for quantity in (1, 3) for _, note in _notes(name, variant, quantity, 6)]
    assert not grammar_errors(note_paragraphs(notes))
