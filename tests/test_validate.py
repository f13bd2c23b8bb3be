"""The generic order shape and its validation, as the readers rely on it."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

import pytest

from notegen.errors import InvalidOrderError
from notegen.model import InvalidOrder, Order
from notegen.read.validate import order_from_mapping, read_order


def order(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "order_id": "1042",
        "customer": {"first_name": "Anna", "last_name": "Müller", "email": "anna@example.org"},
        "items": [{"name": "Wollschal „Fjord“", "quantity": 1, "price": "49.90"}],
    }
    customer = changes.pop("customer", {})
    data["customer"] = {**data["customer"], **customer}
    data.update(changes)
    return data


def problem(data: dict[str, Any]) -> tuple[str, str]:
    result = read_order(data, "orders.json:[0]")
    assert isinstance(result, InvalidOrder), result
    return result.field, result.problem


def test_the_generic_shape_of_the_design() -> None:
    data = {
        "order_id": "1042",
        "placed_at": "2026-11-20T14:03:00+01:00",
        "locale": "de",
        "currency": "EUR",
        "shipping_country": "DE",
        "gift": False,
        "note": "Ist ein Geschenk für meine Mutter",
        "discount_codes": ["WELCOME10"],
        "customer": {
            "first_name": "Anna",
            "last_name": "Müller",
            "email": "anna@example.org",
            "salutation": "ms",
            "orders_count": 3,
            "customer_since": "2023-05-02",
            "accepts_marketing": True,
        },
        "items": [
            {"name": "Wollschal „Fjord“", "variant": "Salbeigrün", "quantity": 1, "price": "49.90", "sku": "FJ-01"}
        ],
    }
    result = read_order(data, "orders.json:[0]", ({"json": "{}"},))
    assert isinstance(result, Order)
    assert result.placed_at == datetime(2026, 11, 20, 14, 3, tzinfo=timezone(timedelta(hours=1)))
    assert result.customer.customer_since == date(2023, 5, 2)
    assert result.customer.orders_count == 3 and result.customer.is_returning(date(2026, 11, 20))
    assert result.items[0].price == Decimal("49.90")
    assert result.discount_codes == ("WELCOME10",)
    assert result.rows == ({"json": "{}"},)


def test_empty_cells_count_as_absent() -> None:
    data = order(currency="", locale="", gift="", placed_at="", customer={"orders_count": "", "accepts_marketing": ""})
    data["items"] = [{"name": "Tee", "quantity": "", "price": ""}]
    result = read_order(data, "orders.csv:2")
    assert isinstance(result, Order)
    assert (result.currency, result.locale, result.gift, result.placed_at) == ("EUR", None, False, None)
    assert (result.customer.orders_count, result.customer.accepts_marketing) == (None, None)
    assert (result.items[0].quantity, result.items[0].price) == (1, None)


def test_json_numbers_become_exact_decimals() -> None:
    data = order()
    data["items"] = [{"name": "a", "price": 0.1}, {"name": "b", "price": 34.0}, {"name": "c", "price": 3}]
    result = read_order(data, "")
    assert isinstance(result, Order)
    assert [item.price for item in result.items] == [Decimal("0.1"), Decimal("34.0"), Decimal("3")]


def test_discount_codes_as_one_comma_separated_cell() -> None:
    result = read_order(order(discount_codes="WELCOME10, HERBST ,"), "")
    assert isinstance(result, Order)
    assert result.discount_codes == ("WELCOME10", "HERBST")


def test_shopify_date_and_plain_dates() -> None:
    shopify = read_order(order(placed_at="2025-05-11 09:55:16 -0400"), "")
    plain = read_order(order(placed_at="2026-11-20"), "")
    assert isinstance(shopify, Order) and isinstance(plain, Order)
    assert shopify.placed_at == datetime(2025, 5, 11, 9, 55, 16, tzinfo=timezone(timedelta(hours=-4)))
    assert plain.placed_at == datetime(2026, 11, 20)
    german = read_order(order(placed_at="20.11.2026 09:15"), "")
    assert isinstance(german, Order) and german.placed_at == datetime(2026, 11, 20, 9, 15)
    assert problem(order(placed_at="20-11-2026")) == (
        "placed_at",
        "must be a date such as 2026-11-20, 20.11.2026, 20/11/2026 or 2026-11-20T14:03:00+01:00, got '20-11-2026'",
    )


@pytest.mark.parametrize(("text", "expected"), [("yes", True), ("no", False), ("Ja", True), ("oui", True), ("x", True)])
def test_yes_no_flags(text: str, expected: bool) -> None:
    result = read_order(order(customer={"accepts_marketing": text}), "")
    assert isinstance(result, Order) and result.customer.accepts_marketing is expected


def test_a_salutation_and_a_last_name_are_a_name() -> None:
    result = read_order(order(customer={"first_name": "", "salutation": "Frau"}), "")
    assert isinstance(result, Order)
    assert (result.customer.salutation, result.customer.last_name) == ("ms", "Müller")
    assert problem(order(customer={"first_name": "", "last_name": "", "salutation": "mr"})) == (
        "customer.first_name",
        "no customer name: a thank-you needs a first name, or a salutation and a last name",
    )
    assert problem(order(customer={"salutation": "dr"})) == (
        "customer.salutation",
        "unknown salutation 'dr'; use one of mr, ms, mx",
    )


@pytest.mark.parametrize("placeholder", ["-", ".", "0 .", "?", "123"])
def test_a_name_without_a_letter_is_no_name(placeholder: str) -> None:
    """An export's placeholder is never written into a greeting ("Guten Tag 0.,"); with no other name the order is
    invalid, and the reason says what was given."""
    assert problem(order(customer={"first_name": placeholder})) == (
        "customer.first_name",
        f"no customer name ({placeholder!r} has no letter): a thank-you needs a first name, or a salutation and a "
        "last name",
    )
    result = read_order(order(customer={"first_name": placeholder, "salutation": "Frau"}), "")
    assert isinstance(result, Order) and (result.customer.first_name, result.customer.last_name) == ("", "Müller")
    result = read_order(order(customer={"first_name": "Zoë", "last_name": placeholder}), "")
    assert isinstance(result, Order) and (result.customer.first_name, result.customer.last_name) == ("Zoë", "")


def test_control_characters_are_refused_but_other_unicode_is_fine() -> None:
    fine = read_order(order(customer={"first_name": "Zoë\u00a0Anne", "last_name": "Nguyễn"}), "")
    assert isinstance(fine, Order) and fine.customer.first_name == "Zoë\u00a0Anne"
    assert problem(order(customer={"email": "a@b.c\r\nBcc: x@y.z"})) == (
        "customer.email",
        "contains the control character '\\r'; remove line breaks and tabs",
    )
    assert problem(order(customer={"last_name": "Mül\tler"}))[0] == "customer.last_name"
    assert problem(order(note="Danke\x07"))[0] == "note"
    multiline = read_order(order(note="Zeile eins\nZeile zwei"), "")
    assert isinstance(multiline, Order) and multiline.note == "Zeile eins\nZeile zwei"


def test_invalid_email_address() -> None:
    assert problem(order(customer={"email": "anna at example.org"})) == (
        "customer.email",
        "is not a valid email address: 'anna at example.org': An email address must have an @-sign.",
    )


@pytest.mark.parametrize(("locale", "expected"), [("de-AT", "de"), ("fr_CH", "fr"), ("EN", "en")])
def test_locale_tags_become_languages(locale: str, expected: str) -> None:
    result = read_order(order(locale=locale), "")
    assert isinstance(result, Order) and result.locale == expected


def test_unknown_values_name_the_field() -> None:
    assert problem(order(locale="es")) == ("locale", "unknown locale 'es'; use de, fr or en (or leave it empty)")
    assert problem(order(currency="EURO")) == ("currency", "unknown currency 'EURO'; use an ISO 4217 code such as EUR")
    assert problem(order(status="shipped")) == (
        "status",
        "unknown status 'shipped'; use open, paid, cancelled or refunded",
    )


def test_items_are_required() -> None:
    assert problem(order(items=[])) == ("items", "the order has no items")
    assert problem(order(items=[{"name": " "}])) == ("items[0].name", "the item has no name")
    assert problem(order(items=[{"name": "Tee", "price": "-1"}])) == (
        "items[0].price",
        "must be a non-negative amount, got '-1'",
    )


def test_the_error_names_source_order_and_field() -> None:
    with pytest.raises(InvalidOrderError) as caught:
        order_from_mapping(order(locale="es"), "orders.csv:2-4")
    assert str(caught.value) == (
        "orders.csv:2-4: order 1042: locale: unknown locale 'es'; use de, fr or en (or leave it empty)"
    )
    with pytest.raises(InvalidOrderError) as caught:
        order_from_mapping(order(order_id=" "), "orders.csv:5")
    assert str(caught.value) == "orders.csv:5: order without id: order_id: missing; every order needs an order_id"


def test_read_order_keeps_the_rows_of_an_invalid_order() -> None:
    rows = ({"order_id": "1042", "locale": "es"},)
    result = read_order(order(locale="es"), "orders.csv:2", rows)
    assert isinstance(result, InvalidOrder)
    assert (result.order_id, result.source, result.reason) == (
        "1042",
        "orders.csv:2",
        "locale: unknown locale 'es'; use de, fr or en (or leave it empty)",
    )
    assert result.rows == rows
