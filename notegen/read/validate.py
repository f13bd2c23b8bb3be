"""Turn one order in the generic shape (see DESIGN.md, "Generic order data") into a valid `Order`.

Every reader maps its format onto the generic shape and calls `order_from_mapping`; every problem raises
`InvalidOrderError` naming the source, the order id and the field, and the reader turns it into an
`InvalidOrder` so that the order still appears in the report.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Any

from babel.numbers import list_currencies

from notegen.errors import InvalidOrderError
from notegen.model import LANGS, Customer, InvalidOrder, Item, Order, ReadResult, Row, Status

MAX_NAME = 500
MAX_NOTE = 2000
SALUTATIONS = {
    "ms": "ms", "mrs": "ms", "miss": "ms", "frau": "ms", "mme": "ms", "madame": "ms", "f": "ms",
    "mr": "mr", "herr": "mr", "m": "mr", "monsieur": "mr", "m.": "mr",
    "mx": "mx", "divers": "mx",
}  # fmt: skip
_TRUE = {"true", "yes", "y", "1", "ja", "oui", "x"}
_FALSE = {"false", "no", "n", "0", "nein", "non", ""}
_EMAIL = re.compile(r"^[^@\s<>(),;:\"\[\]]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9-]+)+$")


@cache
def _currencies() -> frozenset[str]:
    return frozenset(list_currencies())


class _Checker:
    """Carries the source and order id so that each check can name them."""

    def __init__(self, source: str, order_id: str) -> None:
        self.source = source
        self.order_id = order_id

    def fail(self, field: str, problem: str) -> InvalidOrderError:
        return InvalidOrderError(self.source, self.order_id, field, problem)

    def text(self, value: Any, field: str, *, limit: int = MAX_NAME, multiline: bool = False) -> str:
        if value is None:
            return ""
        if not isinstance(value, (str, int)) or isinstance(value, bool):
            raise self.fail(field, f"expected text, got {type(value).__name__}")
        text = str(value).strip()
        allowed = {"\n", "\t"} if multiline else set()
        bad = None
        if not text.isprintable():  # printable text has no control characters: only the rest needs the scan
            bad = next((ch for ch in text if unicodedata.category(ch) == "Cc" and ch not in allowed), None)
        if bad is not None:
            raise self.fail(field, f"contains the control character {bad!r}; remove line breaks and tabs")
        if len(text) > limit:
            raise self.fail(field, f"is {len(text)} characters long; at most {limit} are allowed")
        return text

    def quantity(self, value: Any, field: str) -> int:
        if value is None or value == "":
            return 1
        if isinstance(value, bool) or not isinstance(value, (int, str)):
            raise self.fail(field, f"must be a whole number, got {value!r}")
        try:
            number = int(str(value).strip())
        except ValueError:
            raise self.fail(field, f"must be a whole number, got {value!r}") from None
        if number <= 0:
            raise self.fail(field, f"must be at least 1, got {number}")
        return number

    def price(self, value: Any, field: str) -> Decimal | None:
        if value is None or value == "":
            return None
        if isinstance(value, bool):
            raise self.fail(field, f"must be an amount such as 49.90, got {value!r}")
        # JSON numbers arrive as float: go through their shortest repr, never through binary arithmetic.
        text = repr(value) if isinstance(value, float) else str(value).strip()
        try:
            amount = Decimal(text)
        except InvalidOperation:
            raise self.fail(field, f"must be an amount such as 49.90, got {value!r}") from None
        if not amount.is_finite() or amount < 0:
            raise self.fail(field, f"must be a non-negative amount, got {value!r}")
        return amount

    def flag(self, value: Any, field: str) -> bool | None:
        if value is None:
            return None
        if isinstance(value, bool):
            return value
        text = str(value).strip().lower()
        if text in _TRUE:
            return True
        if text in _FALSE:
            return None if text == "" else False
        raise self.fail(field, f"must be true or false, got {value!r}")

    def day(self, value: Any, field: str) -> date | None:
        moment = self.moment(value, field)
        return moment.date() if moment else None

    def moment(self, value: Any, field: str) -> datetime | None:
        if value is None or value == "":
            return None
        text = str(value).strip()
        for candidate in (text, text.replace(" ", "T", 1)):
            try:
                return datetime.fromisoformat(candidate)
            except ValueError:
                pass
        try:  # Shopify writes "2025-05-11 09:55:16 -0400"
            return datetime.strptime(text, "%Y-%m-%d %H:%M:%S %z")
        except ValueError:
            example = "2026-11-20 or 2026-11-20T14:03:00+01:00"
            raise self.fail(field, f"must be a date such as {example}, got {text!r}") from None

    def count(self, value: Any, field: str) -> int | None:
        if value is None or value == "":
            return None
        try:
            number = int(str(value).strip())
        except ValueError:
            raise self.fail(field, f"must be a whole number, got {value!r}") from None
        if number < 0:
            raise self.fail(field, f"must not be negative, got {number}")
        return number


def _customer(check: _Checker, data: Mapping[str, Any]) -> Customer:
    salutation_raw = check.text(data.get("salutation"), "customer.salutation").lower().rstrip(".")
    salutation = SALUTATIONS.get(salutation_raw, "") if salutation_raw else ""
    if salutation_raw and not salutation:
        known = ", ".join(sorted({"ms", "mr", "mx"}))
        raise check.fail("customer.salutation", f"unknown salutation {salutation_raw!r}; use one of {known}")
    email = check.text(data.get("email"), "customer.email", limit=254)
    if email and not _EMAIL.match(email):
        raise check.fail("customer.email", f"is not a valid email address: {email!r}")
    customer = Customer(
        first_name=check.text(data.get("first_name"), "customer.first_name"),
        last_name=check.text(data.get("last_name"), "customer.last_name"),
        email=email,
        salutation=salutation,
        orders_count=check.count(data.get("orders_count"), "customer.orders_count"),
        customer_since=check.day(data.get("customer_since"), "customer.customer_since"),
        accepts_marketing=check.flag(data.get("accepts_marketing"), "customer.accepts_marketing"),
    )
    if not customer.first_name and not (customer.salutation and customer.last_name):
        raise check.fail(
            "customer.first_name",
            "no customer name: a thank-you needs a first name, or a salutation and a last name",
        )
    return customer


def _items(check: _Checker, raw: Any) -> tuple[Item, ...]:
    if not isinstance(raw, Sequence) or isinstance(raw, str) or not raw:
        raise check.fail("items", "the order has no items")
    items = []
    for index, data in enumerate(raw):
        where = f"items[{index}]"
        if not isinstance(data, Mapping):
            raise check.fail(where, "must be an object with at least a name")
        name = check.text(data.get("name"), f"{where}.name")
        if not name:
            raise check.fail(f"{where}.name", "the item has no name")
        items.append(
            Item(
                name=name,
                quantity=check.quantity(data.get("quantity"), f"{where}.quantity"),
                price=check.price(data.get("price"), f"{where}.price"),
                variant=check.text(data.get("variant"), f"{where}.variant"),
                sku=check.text(data.get("sku"), f"{where}.sku"),
            )
        )
    return tuple(items)


def order_from_mapping(data: Mapping[str, Any], source: str, rows: tuple[Row, ...] = ()) -> Order:
    """Validate one order in the generic shape; raises `InvalidOrderError` naming source, order id and field."""
    order_id_raw = data.get("order_id")
    order_id = "" if order_id_raw is None else str(order_id_raw).strip()
    check = _Checker(source, order_id)
    if not order_id:
        raise check.fail("order_id", "missing; every order needs an order_id")
    check.text(order_id, "order_id", limit=100)
    customer_raw = data.get("customer")
    if not isinstance(customer_raw, Mapping):
        raise check.fail("customer", "missing; the order needs a customer with a name")
    locale = check.text(data.get("locale"), "locale", limit=20).lower().replace("_", "-")
    locale = locale.split("-")[0]
    if locale and locale not in LANGS:
        raise check.fail("locale", f"unknown locale {locale!r}; use de, fr or en (or leave it empty)")
    currency = check.text(data.get("currency"), "currency", limit=10).upper() or "EUR"
    if currency not in _currencies():
        raise check.fail("currency", f"unknown currency {currency!r}; use an ISO 4217 code such as EUR")
    country = check.text(data.get("shipping_country"), "shipping_country", limit=2).upper()
    status = check.text(data.get("status"), "status", limit=20).lower() or "open"
    if status not in ("open", "cancelled", "refunded"):
        raise check.fail("status", f"unknown status {status!r}; use open, cancelled or refunded")
    codes = data.get("discount_codes") or ()
    if isinstance(codes, str):
        codes = [code for code in codes.split(",")]
    return Order(
        order_id=order_id,
        customer=_customer(check, customer_raw),
        items=_items(check, data.get("items")),
        source=source,
        placed_at=check.moment(data.get("placed_at"), "placed_at"),
        locale=locale or None,
        currency=currency,
        shipping_country=country,
        gift=bool(check.flag(data.get("gift"), "gift")),
        donation=bool(check.flag(data.get("donation"), "donation")),
        note=check.text(data.get("note"), "note", limit=MAX_NOTE, multiline=True),
        discount_codes=tuple(c for c in (check.text(c, "discount_codes") for c in codes) if c),
        status=_status(status),
        rows=rows,
    )


def _status(text: str) -> Status:
    if text == "cancelled":
        return "cancelled"
    if text == "refunded":
        return "refunded"
    return "open"


def read_order(data: Mapping[str, Any], source: str, rows: tuple[Row, ...] = ()) -> ReadResult:
    """Like `order_from_mapping`, but an invalid order comes back as an `InvalidOrder` instead of raising."""
    try:
        return order_from_mapping(data, source, rows)
    except InvalidOrderError as error:
        return InvalidOrder(error.order_id, error.source, error.field, error.problem, rows)
