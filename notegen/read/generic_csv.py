"""Generic CSV: one row per line item, rows with the same `order_id` form one order (see DESIGN.md).

The rows of an order need not be next to each other. Order-level cells (customer, note, locale, ...) may be
repeated on every row or given once; rows that name different customers make the order invalid. A file
delimited by ``;`` (as German and French spreadsheet programs write it) may use decimal commas in prices.
"""

from __future__ import annotations

from typing import Any

from notegen.model import ReadResult
from notegen.read.source import InputFile, Parsed
from notegen.read.table import CsvRow, CsvTable, find_conflict, group_rows, order_from_rows
from notegen.read.validate import plain_amount

NAME = "generic-csv"
DESCRIPTION = "CSV with one row per line item and an order_id column"
REQUIRED = ("order_id", "item_name")
ORDER_FIELDS = (
    "placed_at", "locale", "currency", "shipping_country", "gift", "donation", "note", "discount_codes", "status",
)  # fmt: skip
CUSTOMER_FIELDS = (
    "first_name", "last_name", "email", "salutation", "orders_count", "customer_since", "accepts_marketing",
)  # fmt: skip
IDENTITY = (("first_name", "customer.first_name"), ("last_name", "customer.last_name"), ("email", "customer.email"))


def read(file: InputFile) -> Parsed:
    """Every order of a generic CSV file, valid or not."""
    table = file.table
    table.require(REQUIRED, "a generic orders CSV")
    decimal_comma = table.delimiter == ";"
    results = [_order(table, rows, decimal_comma) for rows in group_rows(table, "order_id")]
    return Parsed(results, len(table.rows))


def _order(table: CsvTable, rows: list[CsvRow], decimal_comma: bool) -> ReadResult:
    data: dict[str, Any] = {field: table.first(rows, field) for field in ORDER_FIELDS}
    data["order_id"] = table.value(rows[0], "order_id")
    data["customer"] = {field: table.first(rows, field) for field in CUSTOMER_FIELDS}
    data["items"] = [_item(table, row, decimal_comma) for row in rows]
    conflict = find_conflict(table, rows, IDENTITY, ignore_case=("email",))
    return order_from_rows(table, rows, data, conflict)


def _item(table: CsvTable, row: CsvRow, decimal_comma: bool) -> dict[str, str]:
    price = table.value(row, "item_price")
    return {
        "name": table.value(row, "item_name"),
        "variant": table.value(row, "item_variant"),
        "quantity": table.value(row, "item_quantity"),
        "price": plain_amount(price, decimal_comma),
        "sku": table.value(row, "item_sku"),
    }
