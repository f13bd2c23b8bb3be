"""The sample orders `notegen lint --templates` renders every template with, one set per language.

They live in `locales/<lang>/lint/sample-orders.yml` (generic order shape): a first order, a returning customer,
a gift order, a donation, a long order, with and without a customer's note. For each of the shop's own
occasions, one more order is made to fit it (its discount code, or a day in its date range).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import UTC, datetime
from functools import cache

from notegen.config import OccasionRule
from notegen.lint.rules import RuleError, load_yaml
from notegen.model import Order
from notegen.read.validate import order_from_mapping
from notegen.resources import locales_dir


@cache
def _raw(lang: str) -> tuple[tuple[str, dict[str, object]], ...]:
    path = locales_dir() / lang / "lint" / "sample-orders.yml"
    data = load_yaml(path)
    orders = data.get("orders") if isinstance(data, dict) else None
    if not isinstance(orders, list) or not orders:
        raise RuleError(f"{path}: needs a list `orders` of sample orders in the generic shape")
    return tuple((f"{path}:{index + 1}", dict(order)) for index, order in enumerate(orders))


def sample_orders(lang: str, occasions: Sequence[OccasionRule] = (), now: datetime | None = None) -> list[Order]:
    """The sample orders of `lang`, plus one fitting each of the shop's own `occasions`."""
    orders = [order_from_mapping({**data, "locale": lang}, source) for source, data in _raw(lang)]
    base = orders[0]
    for rule in occasions:
        order_id = f"{base.order_id}-{rule.name}"
        if rule.code:
            orders.append(dataclasses.replace(base, order_id=order_id, discount_codes=(rule.code,)))
        else:
            year = (now or base.placed_at or datetime(2026, 1, 1, tzinfo=UTC)).year
            placed = datetime(year, rule.start[0], rule.start[1], 10, tzinfo=UTC)
            orders.append(dataclasses.replace(base, order_id=order_id, placed_at=placed))
    return orders
