"""What only the whole input can tell, kept in a temporary SQLite file so that memory does not grow with it:
repeated order ids, and how many orders each customer has placed.

An order id read a second time (in another file, twice in one JSON file, or on CSV rows apart from the order's
first rows) never gets a second note: the later occurrence is reported as invalid, saying whether it repeats the
order or names another customer. When the data does not say how many orders a customer has placed, they are
counted per email address across the input and the history file. Without a history file a count of one says
only that the input holds no earlier order of the customer (a shop's daily export holds few): it is not kept,
and the customer's history stays unknown (`Customer.history`), so that no note claims a first order.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from notegen.model import Customer, InvalidOrder, Order, ReadResult

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_SCHEMA = """
CREATE TABLE seen (order_id TEXT PRIMARY KEY, position INTEGER);
CREATE TABLE timeline (email TEXT, order_id TEXT, moment INTEGER, seq INTEGER, PRIMARY KEY (email, order_id));
CREATE TABLE needs (position INTEGER PRIMARY KEY, email TEXT, order_id TEXT);
"""
# Each customer's orders by the moment they were placed when all of them say, else in input order (history
# first); the rank of each order that needs its count.
_RANKS = """
WITH undated AS (SELECT email FROM timeline GROUP BY email HAVING SUM(moment IS NULL) > 0),
ranked AS (
  SELECT email, order_id, ROW_NUMBER() OVER (
    PARTITION BY email ORDER BY CASE WHEN email IN undated THEN NULL ELSE moment END, seq) AS rank
  FROM timeline WHERE email IN (SELECT email FROM needs)
)
SELECT needs.position, ranked.rank FROM needs JOIN ranked USING (email, order_id) ORDER BY needs.position
"""


def _moment(order: Order) -> int | None:
    placed = order.placed_at
    if placed is None:
        return None
    moment = placed.astimezone(UTC) if placed.tzinfo else placed.replace(tzinfo=UTC)
    return (moment - _EPOCH) // timedelta(microseconds=1)


def needs_count(result: ReadResult) -> bool:
    return isinstance(result, Order) and result.customer.orders_count is None and bool(result.customer.email)


class OrderIndex:
    """The order ids and customer timelines of one reading, in a SQLite file in `folder` (removed by `close`)."""

    def __init__(self, folder: Path) -> None:
        self._db = sqlite3.connect(folder / "orders-index.sqlite", isolation_level=None)
        self._db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA temp_store=FILE;" + _SCHEMA)
        self._db.execute("BEGIN")
        self._seq = 0
        self.counting = False
        """Whether some order needs its count (see `ranks`)."""
        self.with_history = False
        """Whether a history file was read, even an empty one (see `ranks`)."""

    def history(self, result: ReadResult) -> None:
        """An order of the history file: counted for its customer, never repeated, never produced."""
        self._timeline(result)

    def admit(self, result: ReadResult, position: int, earlier: Callable[[int], ReadResult]) -> ReadResult:
        """`result`, the `position`-th of the input, or an `InvalidOrder` when its id was read before; `earlier`
        gives back the result at a position (for the rare repeat, to say how it differs)."""
        if result.order_id:
            seen = self._db.execute("SELECT position FROM seen WHERE order_id = ?", (result.order_id,)).fetchone()
            if seen is not None:
                return _repeat(result, earlier(seen[0]))
            self._db.execute("INSERT INTO seen VALUES (?, ?)", (result.order_id, position))
        self._timeline(result)
        if needs_count(result) and isinstance(result, Order):
            self.counting = True
            self._db.execute(
                "INSERT INTO needs VALUES (?, ?, ?)", (position, result.customer.email.casefold(), result.order_id)
            )
        return result

    def _timeline(self, result: ReadResult) -> None:
        if isinstance(result, Order) and result.customer.email:
            self._db.execute(
                "INSERT OR IGNORE INTO timeline VALUES (?, ?, ?, ?)",
                (result.customer.email.casefold(), result.order_id, _moment(result), self._seq),
            )
            self._seq += 1

    def ranks(self) -> Iterator[tuple[int, int]]:
        """(position, count) of each order that needs its count, by position: the number of distinct orders of its
        customer's email (case-insensitive) in the history and the input placed up to and including it. Without
        a history file, only counts above one (a first order in the input may well follow others)."""
        self._db.execute("COMMIT")
        if not self.counting:
            return iter(())
        ranks: Iterator[tuple[int, int]] = iter(self._db.execute(_RANKS))
        return ranks if self.with_history else (rank for rank in ranks if rank[1] > 1)

    def close(self) -> None:
        self._db.close()


def counted(result: ReadResult, count: int) -> ReadResult:
    """`result` with the customer's order count filled in."""
    assert isinstance(result, Order)
    return replace(result, customer=replace(result.customer, orders_count=count))


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
    if _same_file_rows(later.source, earlier.source):
        problem += "; the rows of one order must be next to each other"
    return InvalidOrder(later.order_id, later.source, "order_id", problem, later.rows)


def _same_file_rows(later: str, earlier: str) -> bool:
    """Whether both places are CSV lines of one file (``orders.csv:9`` and ``orders.csv:2-3``)."""
    name, _, lines = later.rpartition(":")
    return bool(name) and lines[:1].isdigit() and earlier.rpartition(":")[0] == name and not name.endswith(".jsonl")
