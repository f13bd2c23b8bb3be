"""What only the whole input can tell: repeated order ids, and how many orders each customer has placed.

An order id read a second time (in another file, or twice in one JSON file) never gets a second note: the
later occurrence is reported as invalid, saying whether it repeats the order or names another customer.
When the data does not say how many orders a customer has placed, they are counted per email address across
the input and the history file.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime

from notegen.model import Customer, InvalidOrder, Order, ReadResult

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def drop_repeats(results: Sequence[ReadResult]) -> list[ReadResult]:
    """`results` with every later occurrence of an order id turned into an `InvalidOrder` that says why."""
    seen: dict[str, ReadResult] = {}
    kept: list[ReadResult] = []
    for result in results:
        earlier = seen.get(result.order_id) if result.order_id else None
        if earlier is None:
            if result.order_id:
                seen[result.order_id] = result
            kept.append(result)
        else:
            kept.append(_repeat(result, earlier))
    return kept


def _same_customer(a: Customer, b: Customer) -> bool:
    return (a.first_name, a.last_name, a.email.casefold()) == (b.first_name, b.last_name, b.email.casefold())


def _repeat(later: ReadResult, earlier: ReadResult) -> InvalidOrder:
    again = f"order id {later.order_id} appears again at {later.source}"
    if isinstance(later, Order) and isinstance(earlier, Order):
        if not _same_customer(later.customer, earlier.customer):
            problem = f"{again} with another customer than at {earlier.source}; order ids must be unique"
        elif replace(later, source=earlier.source) == earlier:
            problem = f"{again}, a duplicate of the order at {earlier.source}; it gets one note only"
        else:
            problem = f"{again} with other items or details than at {earlier.source}; order ids must be unique"
    else:
        problem = f"{again} (first at {earlier.source}); order ids must be unique"
    return InvalidOrder(later.order_id, later.source, "order_id", problem, later.rows)


def _moment(order: Order) -> datetime | None:
    placed = order.placed_at
    if placed is None:
        return None
    return placed.astimezone(UTC) if placed.tzinfo else placed.replace(tzinfo=UTC)


def _needs_count(result: ReadResult) -> bool:
    return isinstance(result, Order) and result.customer.orders_count is None and bool(result.customer.email)


def count_orders(results: Sequence[ReadResult], history: Sequence[ReadResult] = ()) -> list[ReadResult]:
    """`results` with `orders_count` filled in where it is missing and the customer has an email address.

    The count is the number of distinct orders of that email (case-insensitive) in `history` and `results`
    placed up to and including this one: by `placed_at` when all of that customer's orders have one, else in
    input order (history first). Invalid orders are not counted.
    """
    if not any(_needs_count(result) for result in results):
        return list(results)
    timelines: dict[str, dict[str, tuple[datetime | None, int]]] = {}
    sequence = 0
    for result in (*history, *results):
        if isinstance(result, Order) and result.customer.email:
            timeline = timelines.setdefault(result.customer.email.casefold(), {})
            timeline.setdefault(result.order_id, (_moment(result), sequence))
            sequence += 1
    ranks: dict[tuple[str, str], int] = {}
    for email, timeline in timelines.items():
        entries = list(timeline.items())
        if all(moment is not None for moment, _ in timeline.values()):
            entries.sort(key=lambda entry: (entry[1][0] or _EPOCH, entry[1][1]))
        else:
            entries.sort(key=lambda entry: entry[1][1])
        for rank, (order_id, _) in enumerate(entries, 1):
            ranks[email, order_id] = rank
    counted: list[ReadResult] = []
    for result in results:
        if _needs_count(result) and isinstance(result, Order):
            count = ranks[result.customer.email.casefold(), result.order_id]
            result = replace(result, customer=replace(result.customer, orders_count=count))
        counted.append(result)
    return counted
