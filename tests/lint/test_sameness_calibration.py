"""SIN302 is calibrated on real batches: it fires on notes as the templates of 2026-12-05 wrote them (one sentence
in every note of the batch, tests/data/voice/before-sameness.jsonl) and not on the same orders composed now."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from notegen.compose.composer import compose
from notegen.config import load_config
from notegen.lint import Linter
from tests.factory import make_orders

ROOT = Path(__file__).resolve().parents[2]
BEFORE = ROOT / "tests" / "data" / "voice" / "before-sameness.jsonl"
SHOPS = {"de-wollwerk": "de", "fr-atelier": "fr", "en-harbour-trust": "en"}
NOW = datetime.fromisoformat("2026-11-23T09:00:00+00:00")


def _orders(shop: str) -> list:  # type: ignore[type-arg]
    return make_orders(40, SHOPS[shop], seed=302)


def _sin302(entries: list) -> list[str]:  # type: ignore[type-arg]
    results = Linter().check_batch(entries)
    return [finding.message for result in results for finding in result.findings if finding.code == "SIN302"]


@pytest.mark.parametrize("shop", sorted(SHOPS))
def test_sin302_fires_on_a_batch_where_one_sentence_is_in_every_note(shop: str) -> None:
    records = [json.loads(line) for line in BEFORE.read_text(encoding="utf-8").splitlines()]
    texts = {record["order_id"]: record["text"] for record in records if record["shop"] == shop}
    orders = _orders(shop)
    assert [order.order_id for order in orders] == list(texts), "the order factory no longer gives the same orders"
    found = _sin302([(texts[order.order_id], order, SHOPS[shop]) for order in orders])
    assert len(found) >= len(orders) * 0.9, found[:3]
    assert "40" in found[0]


@pytest.mark.parametrize("shop", sorted(SHOPS))
def test_sin302_stays_quiet_on_the_same_orders_composed_now(shop: str) -> None:
    config = load_config(ROOT / "samples" / shop / "notegen.toml")
    orders = _orders(shop)
    notes = [compose(order, config, NOW, secret="bench-secret-for-codes") for order in orders]
    assert _sin302([(note.text, order, note.lang) for note, order in zip(notes, orders, strict=True)]) == []
