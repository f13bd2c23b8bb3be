"""A card or gift wrapping asked for in the order note is still to be done when the note is written: the note
promises it in the words of the one who sees to it, and never speaks of the parcel as already prepared."""

from __future__ import annotations

import re

import pytest

from notegen.compose.composer import compose
from notegen.lint import Linter

from .shops import NOW, SECRET, atelier, harbour, informal, order

PREPARED = re.compile(r"tout\s+préparé|avons préparé|we(?:'ve| have)? packed|haben .* verpackt", re.IGNORECASE)


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


@pytest.mark.parametrize(
    ("shop", "text", "item"),
    [
        ("fr-vous", "Pour la fête de ma tante, est-ce possible de glisser une carte ?", "Vase « Olivier »"),
        ("fr-tu", "c'est pour mon coloc, tu peux faire un paquet cadeau stp ?", "Bougie « Figuier »"),
        ("en", "It's for my godson, could you pop a card in?", "Enamel Camping Mug"),
    ],
)
def test_a_gift_with_a_card_or_wrapping_asked_for_is_never_said_to_be_prepared_already(
    linter: Linter, shop: str, text: str, item: str
) -> None:
    make = {"fr-vous": atelier, "fr-tu": lambda: informal(atelier()), "en": harbour}[shop]
    for number in range(1, 13):  # every phrasing of the thanks
        source = order(
            order_id=f"W14-{number}",
            locale=shop[:2],
            note=text,
            gift=True,
            customer={"accepts_marketing": True, "orders_count": 2},
            items=[{"name": item, "quantity": 1, "price": "30.00"}],
        )
        note = compose(source, make(), NOW, secret=SECRET)
        assert note.follow_up == "request" and note.reply, note.reply
        assert not PREPARED.search(note.text), note.text
        findings = linter.check(note.text, source, note.lang).findings
        assert not findings, [(f.code, f.text) for f in findings]


def test_gift_wrapping_is_promised_for_the_item_itself() -> None:
    """ "Gift-wrapped", for the thing bought, not "your order wrapped nicely" (every parcel is wrapped)."""
    source = order(
        order_id="W14-1",
        locale="en",
        note="Could you gift wrap it please?",
        customer={"accepts_marketing": True, "orders_count": 2},
        items=[{"name": "Wooden Dovecote", "quantity": 1, "price": "60.00"}],
    )
    note = compose(source, harbour(), NOW, secret=SECRET)
    assert "I'll see to it myself that the Wooden Dovecote is wrapped just as you asked." in note.reply, note.reply
