"""WooCommerce REST API v3 orders (``GET /wp-json/wc/v3/orders``): one order object or a list of them.

Mapped onto the generic shape: `number` is the order id, the billing block names the customer (the shipping
block when billing has no name), line item names have their HTML entities unescaped (``&ndash;``), a
variation's attributes become the item's variant (as its name shows them after a dash, "Ship Your Idea – Color:
Black, Size: M Test": the name is then "Ship Your Idea", the variant "Color: Black, Size: M Test"). Guest
orders (``customer_id`` 0) are ordinary orders. WooCommerce has no language field: the billing (else shipping)
country decides, as for any order.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation
from typing import Any

from notegen.model import InvalidOrder, ReadResult
from notegen.read.source import InputFile, json_row
from notegen.read.validate import read_order

NAME = "woocommerce"
DESCRIPTION = "WooCommerce REST API v3 order JSON (one order or a list)"
# Orders in these states get no thank-you; a failed payment is treated like a cancellation.
STATUSES = {"cancelled": "cancelled", "failed": "cancelled", "refunded": "refunded"}
_CENT = Decimal("0.01")


def read(file: InputFile) -> Iterator[ReadResult]:
    """Every order of a WooCommerce JSON file, valid or not, one at a time."""
    return (_order(source, value) for source, value in file.documents(count=True))


def _block(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _order(source: str, value: Any) -> ReadResult:
    raw = (json_row(value),)
    if not isinstance(value, dict):
        return InvalidOrder(
            "", source, "order", f"expected a WooCommerce order object, got {type(value).__name__}", raw
        )
    billing, shipping = _block(value.get("billing")), _block(value.get("shipping"))
    named = billing if billing.get("first_name") or billing.get("last_name") else shipping
    number = value.get("number")
    data = {
        "order_id": number if number not in (None, "") else value.get("id"),
        "placed_at": value.get("date_created") or None,
        "currency": value.get("currency"),
        "shipping_country": billing.get("country") or shipping.get("country"),
        "note": value.get("customer_note"),
        "discount_codes": [line.get("code") for line in _list(value.get("coupon_lines")) if isinstance(line, dict)],
        "status": STATUSES.get(str(value.get("status") or "").lower(), "open"),
        "customer": {
            "first_name": named.get("first_name"),
            "last_name": named.get("last_name"),
            "email": billing.get("email"),
        },
        "items": [_item(item) for item in _list(value.get("line_items"))],
    }
    return read_order(data, source, raw)


def _item(item: Any) -> Any:
    if not isinstance(item, dict):
        return item  # validation names it
    name = item.get("name")
    name = html.unescape(name) if isinstance(name, str) else name
    variant = _variant(item)
    if isinstance(name, str) and variant:
        name, variant = _named_variant(name, variant)
    return {
        "name": name,
        "quantity": item.get("quantity"),
        "price": _price(item),
        "sku": item.get("sku"),
        "variant": variant,
    }


def _price(item: dict[str, Any]) -> Any:
    """The unit price: `price`, else `total` / `quantity`; WooCommerce's float price is rounded to cents."""
    price = item.get("price")
    if isinstance(price, float) and price != round(price, 2):
        return str(Decimal(repr(price)).quantize(_CENT))
    if price is not None and price != "":
        return price
    total, quantity = item.get("total"), item.get("quantity")
    if isinstance(total, (str, int)) and isinstance(quantity, int) and quantity > 0:
        try:
            return str((Decimal(str(total)) / quantity).quantize(_CENT))
        except InvalidOperation:
            return total  # validation names it
    return None


def _named_variant(name: str, variant: str) -> tuple[str, str]:
    """(name, variant) of a variation whose name ends with its attributes after a dash, as WooCommerce writes it
    ("Ship Your Idea – Color: Black, Size: M Test", its meta data "black", "M Test"): the product's name, and the
    attributes as the name shows them ("Color: Black, Size: M Test"); the name and the meta data's values where
    the name shows other words."""
    for dash in (" – ", " - "):
        product, found, shown = name.rpartition(dash)
        if found and product.strip() and _plain(re.sub(_KEY, "", shown)) == _plain(variant):
            return product.strip(), shown.strip()
    return name, variant


_KEY = re.compile(r"(?:^|(?<=,\s))[^,:]{1,30}:\s*")


def _plain(text: str) -> list[str]:
    """The values of a list of attributes, for comparison: lower case, a slug's hyphens as spaces."""
    return [" ".join(value.replace("-", " ").split()).lower() for value in text.split(",")]


def _variant(item: dict[str, Any]) -> str:
    """A variation's attributes (``black, M``); hidden meta data (keys starting with ``_``) is left out."""
    if not item.get("variation_id"):
        return ""
    values = []
    for meta in _list(item.get("meta_data")):
        if not isinstance(meta, dict) or str(meta.get("key", "")).startswith("_"):
            continue
        shown = meta.get("display_value") or meta.get("value")
        if isinstance(shown, (str, int, float)) and not isinstance(shown, bool) and str(shown).strip():
            values.append(html.unescape(str(shown).strip()))
    return ", ".join(values)
