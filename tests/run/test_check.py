"""`notegen check` counts first-time and returning customers by the rule the notes are written by."""

from __future__ import annotations

from notegen.compose.composer import compose
from notegen.run.check import summarise
from tests.compose.shops import NOW, SECRET, order, tidal


def test_check_counts_as_returning_exactly_the_customers_who_get_a_returning_note() -> None:
    customers = [
        {"orders_count": 4},
        {"orders_count": 1},
        {"orders_count": None, "customer_since": "2021-06-01"},  # no count, an old account: returning
        {"orders_count": None, "customer_since": "2026-11-01"},  # no count, a new account: first order
        {"orders_count": None},  # nothing known
    ]
    orders = [order(order_id=f"C-{n}", locale="en", customer=c) for n, c in enumerate(customers)]
    occasions = [compose(o, tidal(), NOW, secret=SECRET).occasion for o in orders]
    assert occasions == ["returning", "first_order", "returning", "first_order", "first_order"]
    summary = summarise(orders, tidal(), NOW.date())
    assert (summary.returning, summary.first_time, summary.unknown_history) == (2, 2, 1)
