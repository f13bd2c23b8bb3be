"""A batch that reads as if a person wrote each note: in 300 varied orders per sample shop no sentence (outside the
customer service block and the signature) is in more than 30 % of the notes, and no note asks for more than two
things. The figures come from `tests/bench/bench_voice.py`, which prints them."""

from __future__ import annotations

import pytest

from tests.bench.bench_voice import SHOPS, measure


@pytest.mark.parametrize("shop", sorted(SHOPS))
def test_no_sentence_is_in_more_than_a_third_of_a_batch_and_no_note_asks_for_more_than_two_things(shop: str) -> None:
    figures = measure(shop)
    sentence, share = figures.top[0]
    assert share <= 0.30, f"{share:.0%} of the notes say: {sentence}"
    assert figures.most_asks <= 2, figures.asks
