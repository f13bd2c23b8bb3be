"""French names whose maker French also writes as a noun, variants that name a part, and the wish for a present, as a
native writer writes them: a maker the lexicon lists only as a rare noun after its products (« un laguiole ») and
that text writes with a capital goes after the noun, as any maker (« le couteau Laguiole pliant en corne », never «
le laguiole couteau … »); a variant « Bride : Camel, Pointure : 39 » names the part with its colour in brackets and
the size with its own word (« les sandales en cuir (bride camel), pointure 39 », never « (Bride : Camel, 39) »); and
the wish for a present names what was bought, in its number (« nous espérons que les bougies … lui plairont », never
« qu'il lui plaira » of two things).

The names come from cutlers', gunsmiths', shoe, bag, watch and candle shops' catalogues, not from the held-out lists;
the composed notes are judged by `notegen lint` and Grammalecte."""

from __future__ import annotations

import pytest

from notegen.compose.composer import compose
from notegen.language.items import item_phrase
from notegen.model import Item
from tests.compose.shops import NOW, SECRET, atelier, informal, order
from tests.language.composed_lint import french_notes, rejected
from tests.language.french_grammar import grammar_errors, needs_grammalecte, note_paragraphs

NAMES = [  # name, variant, quantity, the subject form
    # a maker French also writes as a rare noun, before the product's noun: after it
    ("Laguiole couteau pliant en corne", "", 1, "le couteau Laguiole pliant en corne"),
    ("Laguiole couteau pliant en corne", "", 3, "les trois couteaux Laguiole pliants en corne"),
    ("Browning carabine à plombs", "", 2, "les deux carabines à plombs Browning"),
    # a variant that names a part with its colour, and a size after it with its own word
    ("Sandales en cuir", "Bride : Camel, Pointure : 39", 1, "les sandales en cuir (bride camel), pointure 39"),
    ("Sac à dos", "Rabat : Kaki, Taille : M", 3, "les trois sacs à dos (rabat kaki), taille M"),
    ("Montre en acier", "Bracelet : Noir", 1, "la montre en acier (bracelet noir)"),
    ("Bottines", "Couleur : Noir, Pointure : 39", 1, "les bottines noires, pointure 39"),
    ("Bottines", "Pointure : 38", 1, "les bottines en pointure 38"),
]


@pytest.mark.parametrize(("name", "variant", "quantity", "expected"), NAMES)
def test_the_item_is_named_as_a_native_writer_names_it(name: str, variant: str, quantity: int, expected: str) -> None:
    phrase = item_phrase(Item(name, quantity, variant=variant), "fr", True)
    assert phrase.certain
    assert phrase.nom.replace("\xa0", " ") == expected


def test_the_lint_accepts_every_composed_note() -> None:
    assert not rejected(french_notes(NAMES), "fr")


@needs_grammalecte
def test_every_paragraph_naming_the_items_passes_grammalecte() -> None:
    paragraphs = note_paragraphs(note for _, (_, note) in french_notes(NAMES))
    assert not grammar_errors(paragraphs)


@pytest.mark.parametrize(
    ("name", "quantity", "wish"),
    [
        ("Bougie parfumée au figuier", 2, "que les bougies parfumées au figuier lui plairont"),
        ("Bougie parfumée au figuier", 1, "que la bougie parfumée au figuier lui plaira"),
    ],
)
@pytest.mark.parametrize("register", ["formal", "informal"])
def test_the_wish_for_a_present_names_what_was_bought_in_its_number(
    name: str, quantity: int, wish: str, register: str
) -> None:
    """« Quelle bonne idée de cadeau pour votre sœur ! Nous espérons que les bougies lui plairont. »: never « qu'il
    lui plaira », which leans on « cadeau » and reads as a number error for two candles."""
    config = atelier() if register == "formal" else informal(atelier())
    replies = []
    for number in range(24):
        items = [{"name": name, "quantity": quantity, "price": "18.00"}]
        placed = order(order_id=f"P-{number}", locale="fr", note="C'est pour ma sœur", items=items)
        replies.append(compose(placed, config, NOW, secret=SECRET).reply)
    asked = [reply for reply in replies if "idée de cadeau" in reply]
    assert asked, replies
    assert all(wish in reply.replace("\xa0", " ") and "qu'il" not in reply for reply in asked), asked
