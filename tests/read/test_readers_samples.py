"""Every sample shop's orders, and the real Shopify and WooCommerce exports, read as a shop owner hands them over."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from notegen.model import InvalidOrder, Order
from notegen.read import read_orders

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = sorted(path.relative_to(ROOT / "samples").as_posix() for path in (ROOT / "samples").glob("*/orders*"))

# per sample: encoding, format, data rows, {order id: (first name, number of items, orders_count)}
EXPECTED: dict[str, dict[str, Any]] = {
    "de-wollwerk/orders.csv": {
        "encoding": None,
        "format": "generic-csv",
        "rows": 9,
        "orders": {
            "1042": ("Anna", 1, 3),
            "1043": ("Jürgen", 2, 1),
            "1044": ("Zoë", 1, None),  # no count, and no earlier order in the file: unknown
            "1045": ("Ömer", 4, 7),
            "1046": ("Lena", 1, 2),
        },
    },
    "de-wollwerk/orders-excel.csv": {
        "encoding": "cp1252",
        "format": "generic-csv",
        "rows": 2,
        "orders": {"2001": ("Bärbel", 1, None), "2002": ("François", 1, None)},
    },
    "en-harbour-trust/orders.jsonl": {
        "encoding": None,
        "format": "generic-json",
        "rows": 4,
        "orders": {
            "D-9001": ("Grace", 1, 1),
            "D-9002": ("Rhys", 1, 6),
            "D-9003": ("Amélie", 1, 1),
            "D-9004": ("", 1, 2),
        },
    },
    "fr-atelier/orders.json": {
        "encoding": None,
        "format": "generic-json",
        "rows": 5,
        "orders": {
            "F-301": ("Camille", 1, 1),
            "F-302": ("Hélène", 2, 4),
            "F-303": ("Maël", 4, 2),
            "F-304": ("Bernd", 1, 1),
            "F-305": ("Siobhán", 1, 1),
        },
    },
}


def test_every_sample_has_expectations() -> None:
    assert SAMPLES
    assert set(SAMPLES) == set(EXPECTED)


@pytest.mark.parametrize("sample", SAMPLES)
def test_sample_reads_completely(sample: str) -> None:
    expected = EXPECTED[sample]
    path = str(ROOT / "samples" / sample)
    batch = read_orders([path], encoding=expected["encoding"])
    assert batch.formats == {path: expected["format"]}
    assert batch.rows == expected["rows"]
    assert all(isinstance(result, Order) for result in batch.results), batch.results
    orders = [result for result in batch.results if isinstance(result, Order)]
    seen = {o.order_id: (o.customer.first_name, len(o.items), o.customer.orders_count) for o in orders}
    assert seen == expected["orders"]
    assert list(seen) == list(expected["orders"])  # input order is kept
    assert all(o.source.startswith(f"{path}:") for o in orders)


def test_sample_details_survive_reading() -> None:
    batch = read_orders([str(ROOT / "samples" / "de-wollwerk" / "orders-excel.csv")], encoding="cp1252")
    order = batch.results[0]
    assert isinstance(order, Order)
    assert order.customer.last_name == "Größer"
    assert order.items[0].name == "Wärmflasche „Schäfchen“"
    assert order.items[0].price == Decimal("24.90")  # decimal comma of a German spreadsheet


def test_real_shopify_export_gives_19_orders_from_40_rows(real_exports: Path) -> None:
    path = str(real_exports / "shopify_orders_export.csv")
    batch = read_orders([path])
    assert batch.formats[path] == "shopify"
    assert (batch.rows, len(batch.results)) == (40, 19)
    invalid = [result for result in batch.results if isinstance(result, InvalidOrder)]
    nameless = {"#1001", "#1002", "#1003", "#1005", "#1006", "#1007", "#1010", "#1011", "#1017", "#1018", "#1019"}
    assert {result.order_id for result in invalid} == nameless
    assert all(result.problem.startswith("no customer name") for result in invalid)
    assert all(result.field == "customer.first_name" for result in invalid)
    first = invalid[0]
    assert first.source == f"{path}:2-5"
    assert len(first.rows) == 4  # the raw rows go to rejects.csv


def test_real_shopify_export_orders_are_correct(real_exports: Path) -> None:
    batch = read_orders([str(real_exports / "shopify_orders_export.csv")])
    orders = {result.order_id: result for result in batch.results if isinstance(result, Order)}
    assert list(orders) == ["#1004", "#1008", "#1009", "#1012", "#1013", "#1014", "#1015", "#1016"]
    order = orders["#1008"]
    assert order.customer.full_name == "Russell Winfield"
    assert order.customer.accepts_marketing is False
    assert order.shipping_country == "CA"
    assert order.locale is None
    assert order.currency == "EUR"
    assert order.placed_at == datetime(2025, 5, 13, 15, 44, 12, tzinfo=timezone(timedelta(hours=-4)))
    assert [(item.name, item.price) for item in order.items] == [
        ("Gift Card - $10", Decimal("10.26")),
        ("Gift Card - $25", Decimal("25.65")),
        ("Gift Card - $50", Decimal("51.30")),
        ("Gift Card - $100", Decimal("102.59")),
    ]
    # no orders_count in a Shopify export: counted per email (case-insensitive), in order of placing; a
    # customer's first order in the file may follow others, so without a history file its count stays unknown
    counts = {order_id: order.customer.orders_count for order_id, order in orders.items()}
    expected = {"#1004": None, "#1008": None, "#1009": 2, "#1012": 2, "#1013": None, "#1014": 3, "#1015": 4}
    assert counts == {**expected, "#1016": 3}


def test_real_woocommerce_order_reads_as_one_correct_order(real_exports: Path) -> None:
    path = str(real_exports / "woocommerce_rest_v3_order.json")
    batch = read_orders([path])
    assert batch.formats[path] == "woocommerce"
    assert batch.rows == 1
    [order] = batch.results
    assert isinstance(order, Order)
    assert order.order_id == "727"
    assert order.source == path
    assert (order.customer.first_name, order.customer.last_name) == ("John", "Doe")
    assert order.customer.email == "john.doe@example.com"
    assert order.customer.orders_count is None  # the only order of the file: no earlier one known, nor none
    assert (order.currency, order.shipping_country, order.status) == ("USD", "US", "open")
    assert order.placed_at == datetime(2017, 3, 22, 16, 28, 2)
    assert order.note == ""
    assert order.discount_codes == ()
    assert [(i.name, i.quantity, i.price, i.variant, i.sku) for i in order.items] == [
        ("Woo Single #1", 2, Decimal("3"), "", ""),
        # the variation's attributes, which the name ends with after a dash, are its variant, as the name shows them
        ("Ship Your Idea", 1, Decimal("12"), "Color: Black, Size: M Test", "Bar3"),
    ]
