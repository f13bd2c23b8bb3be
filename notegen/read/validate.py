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
from email_validator import EmailNotValidError, validate_email

from notegen.errors import InvalidOrderError
from notegen.model import LANGS, Customer, InvalidOrder, Item, Order, ReadResult, Row, Status
from notegen.read.conventions import MACHINE, Convention

MAX_NAME = 500
MAX_NOTE = 2000
SALUTATIONS = {
    "ms": "ms", "mrs": "ms", "miss": "ms", "frau": "ms", "mme": "ms", "madame": "ms", "f": "ms",
    "mr": "mr", "herr": "mr", "m": "mr", "monsieur": "mr", "m.": "mr",
    "mx": "mx", "divers": "mx",
}  # fmt: skip
_TRUE = {"true", "yes", "y", "1", "ja", "oui", "x", "wahr", "vrai"}
_FALSE = {"false", "no", "n", "0", "nein", "non", "", "falsch", "faux"}
STATUSES: dict[str, Status] = {
    "open": "open", "paid": "open", "bezahlt": "open", "payée": "open", "payé": "open", "fulfilled": "open",
    "cancelled": "cancelled", "canceled": "cancelled", "storniert": "cancelled", "annulée": "cancelled",
    "annulé": "cancelled",
    "refunded": "refunded", "erstattet": "refunded", "rückerstattet": "refunded", "remboursée": "refunded",
    "remboursé": "refunded",
}  # fmt: skip
"""The `status` values a spreadsheet export may hold: cancelled and refunded orders get no thank-you."""
# A date with dots or slashes as spreadsheet programs write it, maybe with a time: 14.03.2025, 14/03/2025,
# 20.11.2026 09:15, 20/11/2026 09:15:30; which of the first two numbers is the day the file's convention says.
_DAY_FIRST = re.compile(r"(\d{1,2})[./](\d{1,2})[./](\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?")


@cache
def _currencies() -> frozenset[str]:
    return frozenset(list_currencies())


class _Checker:
    """Carries the source, the order id and the file's convention, so that each check can name and read them."""

    def __init__(self, source: str, order_id: str, convention: Convention = MACHINE) -> None:
        self.source = source
        self.order_id = order_id
        self.convention = convention

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
        try:
            text = repr(value) if isinstance(value, float) else self.convention.amount(str(value))
        except ValueError as error:
            raise self.fail(field, str(error)) from None
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
        day_first = _DAY_FIRST.fullmatch(text)
        if day_first:
            return _day_first(day_first, text, self, field)
        for candidate in (text, text.replace(" ", "T", 1)):
            try:
                return datetime.fromisoformat(candidate)
            except ValueError:
                pass
        try:  # Shopify writes "2025-05-11 09:55:16 -0400"
            return datetime.strptime(text, "%Y-%m-%d %H:%M:%S %z")
        except ValueError:
            example = "2026-11-20, 20.11.2026, 20/11/2026 or 2026-11-20T14:03:00+01:00"
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


def _day_first(match: re.Match[str], text: str, check: _Checker, field: str) -> datetime:
    """A date written with dots (always day first) or slashes (day or month first, as the file writes them)."""
    first, second, year, hour, minute, second_of_minute = (int(part) if part else 0 for part in match.groups())
    try:
        day_first = check.convention.day_first_for(text)
    except ValueError as error:
        raise check.fail(field, str(error)) from None
    day, month = (first, second) if day_first else (second, first)
    try:
        return datetime(year, month, day, hour, minute, second_of_minute)
    except ValueError:
        raise check.fail(field, f"is not a date that exists: {text!r}") from None


def mail_address(text: str) -> str:
    """The address as it goes into a message: checked by `email-validator` (the one validation of customer
    addresses, for `check` and `render` alike), an international domain in its ASCII form (punycode).
    An address with letters outside ASCII before the @ (`jürgen@example.org`) is kept as it is: its message
    is sent with SMTPUTF8, and `notegen send` reports it when the shop's server cannot take that.
    Raises `ValueError` saying what is wrong."""
    try:
        valid = validate_email(text, check_deliverability=False, allow_smtputf8=True, allow_quoted_local=True)
    except EmailNotValidError as error:
        raise ValueError(f"is not a valid email address: {text!r}: {error}") from None
    return valid.ascii_email or f"{valid.local_part}@{valid.ascii_domain}"


def _customer(check: _Checker, data: Mapping[str, Any]) -> Customer:
    salutation_raw = check.text(data.get("salutation"), "customer.salutation").lower().rstrip(".")
    salutation = SALUTATIONS.get(salutation_raw, "") if salutation_raw else ""
    if salutation_raw and not salutation:
        known = ", ".join(sorted({"ms", "mr", "mx"}))
        raise check.fail("customer.salutation", f"unknown salutation {salutation_raw!r}; use one of {known}")
    email = check.text(data.get("email"), "customer.email", limit=254)
    if email:
        try:
            email = mail_address(email)
        except ValueError as error:
            raise check.fail("customer.email", str(error)) from None
    first_given = check.text(data.get("first_name"), "customer.first_name")
    last_given = check.text(data.get("last_name"), "customer.last_name")
    customer = Customer(
        first_name=_name(first_given),
        last_name=_name(last_given),
        email=email,
        salutation=salutation,
        orders_count=check.count(data.get("orders_count"), "customer.orders_count"),
        customer_since=check.day(data.get("customer_since"), "customer.customer_since"),
        accepts_marketing=check.flag(data.get("accepts_marketing"), "customer.accepts_marketing"),
    )
    if not customer.first_name and not (customer.salutation and customer.last_name):
        placeholders = [repr(given) for given in (first_given, last_given) if given and not _name(given)]
        without = f" ({' and '.join(placeholders)} has no letter)" if placeholders else ""
        raise check.fail(
            "customer.first_name",
            f"no customer name{without}: a thank-you needs a first name, or a salutation and a last name",
        )
    return customer


def _name(given: str) -> str:
    """A name as given, or "" for a placeholder without a single letter ("-", ".", "0 ."): nobody is called that."""
    return given if any(char.isalpha() for char in given) else ""


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
                variant=_variant(check.text(data.get("variant"), f"{where}.variant")),
                sku=check.text(data.get("sku"), f"{where}.sku"),
            )
        )
    return tuple(items)


def order_from_mapping(
    data: Mapping[str, Any], source: str, rows: tuple[Row, ...] = (), convention: Convention = MACHINE
) -> Order:
    """Validate one order in the generic shape, its amounts and dates read by the file's `convention`; raises
    `InvalidOrderError` naming source, order id and field."""
    order_id_raw = data.get("order_id")
    order_id = "" if order_id_raw is None else str(order_id_raw).strip()
    check = _Checker(source, order_id, convention)
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
    if status not in STATUSES:
        raise check.fail("status", f"unknown status {status!r}; use open, paid, cancelled or refunded")
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
        status=STATUSES[status],
        rows=rows,
    )


def read_order(
    data: Mapping[str, Any], source: str, rows: tuple[Row, ...] = (), convention: Convention = MACHINE
) -> ReadResult:
    """Like `order_from_mapping`, but an invalid order comes back as an `InvalidOrder` instead of raising."""
    try:
        return order_from_mapping(data, source, rows, convention)
    except InvalidOrderError as error:
        return InvalidOrder(error.order_id, error.source, error.field, error.problem, rows)


def _variant(text: str) -> str:
    """A variant as a note may name it: "" for one with no letter or digit ("-", "–", "/"), which a shop writes
    for none, and for Shopify's "Default Title", the title of the one variant of a product without options."""
    return text if any(char.isalnum() for char in text) and text.strip().casefold() != "default title" else ""
