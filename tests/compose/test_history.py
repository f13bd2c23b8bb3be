"""A note never claims a first order, nor welcomes the customer, when the data does not show that this is their
first order: a customer with neither an order count nor an account date may have ordered many times before."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from notegen.compose.composer import compose
from notegen.compose.context import Variation
from notegen.config import ShopConfig
from notegen.model import Note
from tests.compose.shops import NOW, SECRET, atelier, harbour, informal, order, wollwerk

# What says "this is your first order" or greets a newcomer. A friend's first order (the referral) and "you're
# welcome to pass this on" (the share) are no claim about the customer.
CLAIMS = {
    "de": re.compile(
        r"\b(?:Ihre|deine) erste\b|zum ersten Mal|eine erste Bestellung|bei der ersten Bestellung\b(?! \d)"
        r"|willkommen|gefunden",
        re.IGNORECASE,
    ),
    "fr": re.compile(
        r"\b(?:votre|ta) (?:toute )?première|cette première|une première commande|bienvenue|parmi nos clients"
        r"|découvert",
        re.IGNORECASE,
    ),
    "en": re.compile(r"\b(?:your|the) (?:very )?first order|(?<!you're )welcome|found us", re.IGNORECASE),
}
SHOPS = {
    "de Sie": wollwerk,
    "de du": lambda: informal(wollwerk()),
    "fr vous": atelier,
    "fr tu": lambda: informal(atelier()),
    "en": harbour,
}
# Each a note the reply answers in its own way: none, a wish for the parcel, a complaint (a quiet note).
NOTES = {
    "de": ("", "Bitte im Carport abstellen, danke!", "Leider war der Deckel der letzten Dose gesprungen."),
    "fr": ("", "Merci de déposer le colis chez la gardienne.", "Le dernier pot est arrivé fêlé, c'est dommage."),
    "en": ("", "Please leave the parcel in the porch.", "Sadly the last jar arrived with a cracked lid."),
}
ITEMS = {
    "de": [{"name": "Emaille-Becher", "variant": "Dunkelgrün", "price": "14.50"}],
    "fr": [{"name": "Torchon en lin", "variant": "Moutarde", "quantity": 2, "price": "12.00"}],
    "en": [{"name": "Enamel camping mug", "variant": "Forest green", "price": "14.50"}],
}


def ids_for_every_variant(blocks: int = 6) -> list[str]:
    """Order ids whose notes, between them, take every phrasing of the thanks."""
    found: dict[int, str] = {}
    for number in range(1000):
        found.setdefault(Variation(f"H-{number}")("thanks", blocks), f"H-{number}")
        if len(found) == blocks:
            return sorted(found.values())
    raise AssertionError("no order id for some phrasing")


def notes(config: ShopConfig, lang: str, fits: tuple[str, ...] = ("email", "A6"), **customer: Any) -> Iterator[Note]:
    """The notes of `lang` orders by `customer` in every phrasing of the thanks, every kind of note, in each of
    `fits` (by default the email and a printed insert)."""
    for order_id in ids_for_every_variant():
        for text in NOTES[lang]:
            placed = order(order_id=order_id, locale=lang, note=text, items=ITEMS[lang], customer=customer)
            for fit in fits:
                yield compose(placed, config, NOW, fit=fit, secret=SECRET)


@pytest.mark.parametrize("shop", sorted(SHOPS))
def test_a_customer_whose_history_is_unknown_is_never_told_it_is_their_first_order(shop: str) -> None:
    lang = shop[:2]
    composed = list(notes(SHOPS[shop](), lang, orders_count=None, customer_since=None))
    for note in composed:
        assert note.occasion in ("first_order", "gift_insert"), note.occasion
        claim = CLAIMS[lang].search(note.text)
        assert claim is None, f"{claim.group()!r} in:\n{note.text}"
    openings = {" ".join(note.thanks.split()[:4]) for note in composed if note.occasion == "first_order"}
    assert len(openings) >= 6, openings  # each phrasing of the thanks was read


@pytest.mark.parametrize("shop", sorted(SHOPS))
def test_a_customer_the_data_says_orders_for_the_first_time_still_gets_the_first_order_thanks(shop: str) -> None:
    lang = shop[:2]
    email = list(notes(SHOPS[shop](), lang, ("email",), orders_count=1))
    claims = [note for note in email if CLAIMS[lang].search(note.thanks)]
    assert len(claims) >= len(email) // 2, [note.thanks for note in email]


def test_a_young_account_without_a_count_is_a_first_order_and_an_old_one_a_returning_one() -> None:
    young = order(locale="en", customer={"customer_since": "2026-11-02"})
    old = order(locale="en", customer={"customer_since": "2023-04-18"})
    assert young.customer.history(NOW.date()) == "first"
    assert old.customer.history(NOW.date()) == "returning"
    assert compose(old, harbour(), NOW, secret=SECRET).occasion == "returning"
