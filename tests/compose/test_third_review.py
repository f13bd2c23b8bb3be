"""Patterns of the native editors' third review (tests/data/voice/review/third-edits-*.md), each checked over many
orders: a delivery instruction gets no claim where the parcel will be, a sick person is wished a recovery and no
joy with the items, a question's reply does not repeat the footer's promise of days, order counts up to the
twentieth are words."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

import pytest

from notegen.compose.composer import compose
from notegen.config import ShopConfig
from notegen.language.words import ordinal
from notegen.model import Note

from .shops import NOW, SECRET, atelier, order, tidal, wollwerk

SHOPS: dict[str, Callable[[], ShopConfig]] = {"de": wollwerk, "fr": atelier, "en": tidal}
ARRIVAL = {"de": r"bei Ihnen sein|unterwegs", "fr": r"chez vous", "en": r"with you soon|on (?:its|their) way"}


def _notes(lang: str, note: str, count: int = 40, **fields: object) -> list[Note]:
    config = SHOPS[lang]()
    return [
        compose(order(order_id=f"R3-{n}", locale=lang, note=note, **fields), config, NOW, secret=SECRET)
        for n in range(count)
    ]


@pytest.mark.parametrize(
    ("lang", "note"),
    [
        ("de", "Bitte beim Nachbarn abgeben"),
        ("fr", "Livraison chez la voisine svp"),
        ("en", "Please leave with neighbour"),
    ],
)
def test_a_delivery_instruction_gets_no_claim_where_the_parcel_will_be(lang: str, note: str) -> None:
    for customer in ({"orders_count": 1}, {"orders_count": 3, "customer_since": "2024-02-01"}):
        for composed in _notes(lang, note, customer=customer):
            assert not re.search(ARRIVAL[lang], composed.thanks), composed.thanks


@pytest.mark.parametrize(
    ("lang", "note", "joy"),
    [
        ("de", "Geschenk für meine Mutter, sie ist krank, gute Besserung", r"Freude"),
        ("fr", "cadeau pour ma mère qui est malade, prompt rétablissement", r"plai"),
        ("en", "a present for my mum, she is poorly, get well soon", r"joy|like"),
    ],
)
def test_someone_ill_is_wished_a_recovery_and_no_joy_with_the_items(lang: str, note: str, joy: str) -> None:
    replies = {composed.reply for composed in _notes(lang, note, count=8, gift=True)}
    assert replies and all(reply for reply in replies), replies
    assert not [reply for reply in replies if re.search(joy, reply)], replies


@pytest.mark.parametrize(
    ("lang", "note", "days"),
    [
        ("de", "Wie lange hält die Wolle?", "Werktag"),
        ("fr", "Combien de temps dure la bougie ?", "jours ouvrés"),
        ("en", "How long does the candle last?", "working day"),
    ],
)
def test_a_question_reply_leaves_the_days_to_the_footer(lang: str, note: str, days: str) -> None:
    shop = SHOPS[lang]()
    config = replace(shop, reply=replace(shop.reply, answered_by=shop.signer.name))
    for n in range(6):
        composed = compose(order(order_id=f"Q-{n}", locale=lang, note=note), config, NOW, secret=SECRET)
        assert composed.reply and days not in composed.reply, composed.reply
        assert days in composed.service


def test_order_counts_up_to_the_twentieth_are_words() -> None:
    assert (ordinal(15, "fr"), ordinal(13, "en"), ordinal(20, "de")) == ("quinzième", "thirteenth", "zwanzigste")
    assert (ordinal(21, "fr"), ordinal(21, "en"), ordinal(21, "de")) == ("21e", "21st", "21.")
