"""Shared helpers of the lint tests: orders from the rule files' short form, golden files, note files."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

from notegen.model import Order
from notegen.read.validate import order_from_mapping

ROOT = Path(__file__).resolve().parents[2]
DEV_CORPUS = ROOT.parent / "shared" / "lint-corpus" / "dev.jsonl"


def make_order(raw: Mapping[str, Any] | None, lang: str, number: int = 0) -> Order | None:
    """An order from the short form the rule examples use (order_id and locale filled in when missing)."""
    if raw is None:
        return None
    data = dict(raw)
    data.setdefault("order_id", f"example-{number}")
    data.setdefault("locale", lang)
    return order_from_mapping(data, "example")


def order(lang: str, first_name: str, *items: str | dict[str, Any], **fields: Any) -> Order:
    """A small order: `items` are names or item mappings; `customer` in `fields` adds customer fields."""
    customer = {"first_name": first_name, **fields.pop("customer", {})}
    data = {
        "order_id": fields.pop("order_id", "1"),
        "locale": lang,
        "customer": customer,
        "items": [{"name": item} if isinstance(item, str) else item for item in items],
        **fields,
    }
    found = make_order(data, lang)
    assert found is not None
    return found


@pytest.fixture
def note_file(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Write a note (and, optionally, its order as JSON) into tmp_path; returns the paths as strings."""
    import json

    def write(text: str, order_data: Mapping[str, Any] | None = None, name: str = "note") -> tuple[str, str | None]:
        note = tmp_path / f"{name}.txt"
        note.write_text(text, encoding="utf-8")
        if order_data is None:
            return str(note), None
        path = tmp_path / f"{name}.order.json"
        path.write_text(json.dumps(order_data, ensure_ascii=False), encoding="utf-8")
        return str(note), str(path)

    return write
