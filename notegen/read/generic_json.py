"""Generic JSON and JSON Lines: orders already in the generic shape of DESIGN.md.

One object, a list, ``{"orders": [...]}``, or one object a line. Each order's source is its place in the
file: ``orders.json:[3]``, ``orders.json:orders[3]``, ``orders.jsonl:4``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from notegen.model import InvalidOrder, ReadResult
from notegen.read.source import InputFile, json_row
from notegen.read.validate import read_order

NAME = "generic-json"
DESCRIPTION = "JSON or JSON Lines orders in notegen's own shape (order_id, customer, items)"


def read(file: InputFile) -> Iterator[ReadResult]:
    """Every order of a generic JSON or JSONL file, valid or not, one at a time."""
    return (_order(source, value) for source, value in file.documents(count=True))


def _order(source: str, value: Any) -> ReadResult:
    raw = (json_row(value),)
    if not isinstance(value, dict):
        problem = f"expected an order object with order_id, customer and items, got {type(value).__name__}"
        return InvalidOrder("", source, "order", problem, raw)
    return read_order(value, source, raw)
