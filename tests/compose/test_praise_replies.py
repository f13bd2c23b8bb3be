"""Praise gets a reply that echoes what the customer praised, in more than one wording, and claims nothing they did
not write: the delivery is named only when they praised it."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from notegen.compose.composer import compose
from notegen.config import ShopConfig

from .shops import NOW, SECRET, atelier, informal, order, tidal, wollwerk

NOTES = {  # per language: a note praising the delivery, one saying they like to order here, enthusiasm, kind words
    "de": ("Super schneller Versand, danke!", "Ich bin Stammkundin", "Ich liebe euren Laden!", "Toller Laden!"),
    "fr": ("livraison rapide, merci", "cliente depuis des années", "j'adore votre boutique", "continuez comme ça !!"),
    "en": ("really fast delivery last time", "regular customer here", "love your shop!!", "Gorgeous candles"),
}
DELIVERY = {"de": "Versand", "fr": r"envois|livraison", "en": "delivery"}
SHOPS: list[tuple[str, str, Callable[[], ShopConfig]]] = [
    ("de", "sie", wollwerk),
    ("de", "du", lambda: informal(wollwerk())),
    ("fr", "vous", atelier),
    ("fr", "tu", lambda: informal(atelier())),
    ("en", "", tidal),
]


def _replies(config: ShopConfig, lang: str, note: str) -> set[str]:
    return {
        compose(order(order_id=f"P-{n}", locale=lang, note=note), config, NOW, secret=SECRET).reply for n in range(16)
    }


@pytest.mark.parametrize(("lang", "formality", "shop"), SHOPS, ids=[f"{lang}-{f or 'en'}" for lang, f, _ in SHOPS])
def test_praise_is_answered_for_what_it_praised_in_several_wordings(
    lang: str, formality: str, shop: Callable[[], ShopConfig]
) -> None:
    config = shop()
    fast, *others = (_replies(config, lang, note) for note in NOTES[lang])
    assert fast and all(re.search(DELIVERY[lang], reply) for reply in fast), fast
    for replies in others:
        assert replies and not any(re.search(DELIVERY[lang], reply) for reply in replies), replies
    every = set().union(fast, *others)
    assert "" not in every
    assert len(every) == 8, every  # two wordings for each of the four kinds of praise
