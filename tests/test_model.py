"""Facts of the model that several stages ask: whether a customer is returning, whether an order is a donation."""

from __future__ import annotations

from datetime import date

import pytest

from notegen.config import parse_config
from notegen.language.donations import is_donation
from notegen.model import Customer, Item, Order

TODAY = date(2026, 11, 23)


@pytest.mark.parametrize(
    ("orders_count", "customer_since", "returning"),
    [
        (3, None, True),  # the count says so
        (2, date(2026, 11, 20), True),
        (1, None, False),
        (1, date(2019, 1, 1), False),  # a count of one wins over an old account: this is the first order
        (None, None, False),  # nothing known: treated as a first order
        (None, date(2026, 10, 1), False),  # an account of 53 days
        (None, date(2026, 9, 24), False),  # 60 days: not over two months
        (None, date(2026, 9, 23), True),  # 61 days
        (0, date(2020, 5, 1), True),  # a count of 0 says nothing; the old account does
    ],
)
def test_a_customer_is_returning_by_the_count_or_else_by_an_account_older_than_two_months(
    orders_count: int | None, customer_since: date | None, returning: bool
) -> None:
    customer = Customer("Anna", "Müller", orders_count=orders_count, customer_since=customer_since)
    assert customer.is_returning(TODAY) is returning


def test_an_order_is_a_donation_when_a_line_is_one_or_the_data_marks_it_whatever_the_shop() -> None:
    shop = parse_config({"shop": {"name": "Tidal Pottery"}, "signer": {"name": "Maya Chen"}})
    nonprofit = parse_config({"shop": {"name": "Harbour Trust", "kind": "nonprofit"}, "signer": {"name": "Ann Lee"}})
    plain = Order("1", Customer("Anna"), (Item("Schal"),))
    marked = Order("2", Customer("Anna"), (Item("Schal"),), donation=True)
    named = Order("3", Customer("Anna"), (Item("Spende"),))
    for config in (shop, nonprofit):
        assert [is_donation(order, config) for order in (plain, marked, named)] == [False, True, True]
