"""A batch that reads as if a person wrote each note: in 300 varied orders per sample shop no sentence (outside the
customer service block and the signature) is in more than 30 % of the notes, and no note asks for more than two
things. The figures come from `tests/bench/bench_voice.py`, which prints them."""

from __future__ import annotations

from datetime import datetime

import pytest

from notegen.compose.composer import compose
from notegen.config import load_config
from tests.bench.bench_voice import NOW_ISO, ROOT, SECRET, SHOPS, measure
from tests.factory import make_orders


@pytest.mark.parametrize("shop", sorted(SHOPS))
def test_no_sentence_is_in_more_than_a_third_of_a_batch_and_no_note_asks_for_more_than_two_things(shop: str) -> None:
    figures = measure(shop)
    sentence, share = figures.top[0]
    assert share <= 0.30, f"{share:.0%} of the notes say: {sentence}"
    assert figures.most_asks <= 2, figures.asks


@pytest.mark.parametrize("shop", sorted(SHOPS))
def test_the_greeting_matches_the_way_the_customer_is_addressed(shop: str) -> None:
    """'Guten Tag' before a title or a full name, never before a first name alone ('Guten Tag Noah'); 'Hi' and
    'Hello' never before a title ('Hi Ms Lee')."""
    lang = SHOPS[shop]
    config = load_config(ROOT / "samples" / shop / "notegen.toml")
    for order in make_orders(300, lang, seed=14):
        greeting = compose(order, config, datetime.fromisoformat(NOW_ISO), secret=SECRET).greeting
        first, last = order.customer.first_name, order.customer.last_name
        if lang == "de" and greeting.startswith("Guten Tag "):
            assert greeting != f"Guten Tag {first}," or not first, greeting
            assert last in greeting, greeting
        if lang == "en" and greeting.startswith(("Hi ", "Hello ", "Hey ")):
            assert first and first in greeting, greeting
