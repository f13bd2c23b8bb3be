"""Generic CSV: one row per line item, rows with the same `order_id` form one order (see DESIGN.md).

The rows of an order need not be next to each other. Order-level cells (customer, note, locale, ...) may be
repeated on every row or given once; rows that name different customers make the order invalid. Prices and
dates are read as the file writes them (decimal comma or point, day or month first; see `conventions`).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from notegen.model import ReadResult
from notegen.read.conventions import Convention
from notegen.read.source import InputFile
from notegen.read.table import CsvRow, CsvTable, convention_of, find_conflict, group_rows, order_from_rows

NAME = "generic-csv"
DESCRIPTION = "CSV with one row per line item and an order_id column"
REQUIRED = ("order_id", "item_name")
ORDER_FIELDS = (
    "placed_at", "locale", "currency", "shipping_country", "gift", "donation", "note", "discount_codes", "status",
)  # fmt: skip
CUSTOMER_FIELDS = (
    "first_name", "last_name", "email", "salutation", "orders_count", "customer_since", "accepts_marketing",
)  # fmt: skip
AMOUNTS = ("item_price",)
DATES = ("placed_at", "customer_since")
IDENTITY = (("first_name", "customer.first_name"), ("last_name", "customer.last_name"), ("email", "customer.email"))


def read(file: InputFile) -> Iterator[ReadResult]:
    """Every order of a generic CSV file, valid or not, one at a time."""
    table = file.table
    table.require(REQUIRED, "a generic orders CSV")
    convention = convention_of(table, AMOUNTS, DATES, file.locale)
    return (_order(table, rows, convention) for rows in group_rows(table, "order_id"))


def _order(table: CsvTable, rows: list[CsvRow], convention: Convention) -> ReadResult:
    data: dict[str, Any] = {field: table.first(rows, field) for field in ORDER_FIELDS}
    data["order_id"] = table.value(rows[0], "order_id")
    data["customer"] = {field: table.first(rows, field) for field in CUSTOMER_FIELDS}
    data["items"] = [_item(table, row) for row in rows]
    conflict = find_conflict(table, rows, IDENTITY, ignore_case=("email",))
    return order_from_rows(table, rows, data, conflict, convention)


def _item(table: CsvTable, row: CsvRow) -> dict[str, str]:
    return {
        "name": table.value(row, "item_name"),
        "variant": table.value(row, "item_variant"),
        "quantity": table.value(row, "item_quantity"),
        "price": table.value(row, "item_price"),
        "sku": table.value(row, "item_sku"),
    }
