"""Shopify admin "Export orders" CSV, mapped onto the generic shape by header name, never by position.

Exports have 71, 75 or 79 columns depending on their age; only `Name` and `Lineitem name` are required. An
order with several items continues on rows with the same `Name` whose order-level cells are blank.
A line item name ends with the variant's option values after " - " ("Basic Tee - Navy / L"): they are the item's
variant. `Billing Name` is one field: its last word is the last name (`Shipping Name` when it is blank). Shopify has no
language column, so the billing (else shipping) country is the order's country and the shop's rules choose
the language. A cancelled, voided or fully refunded order is marked so that it gets no thank-you.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from notegen.model import ReadResult
from notegen.read.conventions import Convention
from notegen.read.source import InputFile
from notegen.read.table import CsvRow, CsvTable, convention_of, find_conflict, group_rows, order_from_rows

NAME = "shopify"
DESCRIPTION = "Shopify admin orders export CSV (71, 75 or 79 columns)"
REQUIRED = ("name", "lineitem_name")
AMOUNTS = ("lineitem_price",)
DATES = ("created_at",)
IDENTITY = (("email", "customer.email"), ("billing_name", "customer.first_name"))


def read(file: InputFile) -> Iterator[ReadResult]:
    """Every order of a Shopify orders export, valid or not, one at a time."""
    table = file.table
    table.require(REQUIRED, "a Shopify orders export")
    convention = convention_of(table, AMOUNTS, DATES, file.locale)
    return (_order(table, rows, convention) for rows in group_rows(table, "name"))


def split_name(name: str) -> tuple[str, str]:
    """``"Anna Maria Müller"`` -> ``("Anna Maria", "Müller")``; one word is a first name."""
    words = name.split()
    if len(words) < 2:
        return (words[0] if words else "", "")
    return " ".join(words[:-1]), words[-1]


def status(financial_status: str, cancelled_at: str) -> str:
    """The generic status: cancelled (or voided) and refunded orders get no thank-you."""
    financial = financial_status.lower()
    if cancelled_at or financial == "voided":
        return "cancelled"
    return "refunded" if financial == "refunded" else "open"


def _order(table: CsvTable, rows: list[CsvRow], convention: Convention) -> ReadResult:
    def first(column: str) -> str:
        return table.first(rows, column)

    first_name, last_name = split_name(first("billing_name") or first("shipping_name"))
    data: dict[str, Any] = {
        "order_id": table.value(rows[0], "name"),
        "placed_at": first("created_at"),
        "currency": first("currency"),
        "shipping_country": first("billing_country") or first("shipping_country"),
        "note": first("notes"),
        "discount_codes": first("discount_code"),
        "status": status(first("financial_status"), first("cancelled_at")),
        "customer": {
            "first_name": first_name,
            "last_name": last_name,
            "email": first("email"),
            "accepts_marketing": first("accepts_marketing"),
        },
        "items": [_item(table, row) for row in rows],
    }
    conflict = find_conflict(table, rows, IDENTITY, ignore_case=("email",))
    return order_from_rows(table, rows, data, conflict, convention)


def _item(table: CsvTable, row: CsvRow) -> dict[str, str]:
    name, variant = variant_title(table.value(row, "lineitem_name"))
    return {
        "name": name,
        "quantity": table.value(row, "lineitem_quantity"),
        "price": table.value(row, "lineitem_price"),
        "sku": table.value(row, "lineitem_sku"),
        "variant": table.value(row, "lineitem_variant") or variant,
    }


_OPTIONS = re.compile(r"^(?P<product>.*\S) - (?P<variant>[^/]*\S / \S.*)$")


def variant_title(name: str) -> tuple[str, str]:
    """(product, variant) of a line item name: Shopify writes a variant's title after the product's, after " - ",
    its option values joined by " / " ("Basic Tee - Navy / L" → ("Basic Tee", "Navy / L")); a name whose end has
    no such options stays whole ("The Complete Snowboard - Ice", "Gift Card - $10": nothing tells a variant from
    a part of the name)."""
    found = _OPTIONS.match(name)
    return (found.group("product"), found.group("variant")) if found else (name, "")
