"""The run journal: which orders were produced into which output, keyed by order id and content digest.

SQLite, next to the output (in the outbox for emails, beside the PDF for inserts). An order counts as done for
`--resume` only when its digest matches: an order whose data changed since it was produced is done again.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Sequence
from dataclasses import fields
from pathlib import Path

from notegen.model import Order
from notegen.run.outcome import Outcome

_SCHEMA = """
CREATE TABLE IF NOT EXISTS produced (
    order_id TEXT NOT NULL,
    output_kind TEXT NOT NULL,
    digest TEXT NOT NULL,
    output TEXT NOT NULL,
    produced_at TEXT NOT NULL DEFAULT (datetime('now')),
    PRIMARY KEY (order_id, output_kind)
)
"""


def order_digest(order: Order, output_kind: str, fit: str, config_digest: str = "") -> str:
    """A digest of everything that shapes the order's note: its data, the output, and the shop config."""
    values = [repr(getattr(order, f.name)) for f in fields(order) if f.name not in ("rows", "source")]
    text = "\x1f".join([*values, output_kind, fit, config_digest])
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class RunJournal:
    """The produced-orders table of a journal file; one writer (the main process)."""

    def __init__(self, path: Path, config_digest: str = "") -> None:
        self.path = path
        self.config_digest = config_digest
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path)
        self._db.execute("PRAGMA journal_mode=WAL")
        # A commit survives a crash of the program without an fsync; after a power cut the last chunks would be done
        # again, which is harmless: their outputs are rewritten whole and identical.
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute(_SCHEMA)
        self._db.commit()

    def digest(self, order: Order, output_kind: str, fit: str) -> str:
        return order_digest(order, output_kind, fit, self.config_digest)

    def done_output(self, order: Order, output_kind: str, fit: str) -> str | None:
        """Where the order was produced before, when it was produced from the same content; else None."""
        row = self._db.execute(
            "SELECT output FROM produced WHERE order_id = ? AND output_kind = ? AND digest = ?",
            (order.order_id, output_kind, self.digest(order, output_kind, fit)),
        ).fetchone()
        return str(row[0]) if row else None

    def record(self, produced: Sequence[tuple[Order, Outcome]], output_kind: str, fit: str) -> None:
        """Record orders whose output is safely written, in one transaction."""
        with self._db:
            self._db.executemany(
                "INSERT OR REPLACE INTO produced (order_id, output_kind, digest, output) VALUES (?, ?, ?, ?)",
                [
                    (order.order_id, output_kind, self.digest(order, output_kind, fit), outcome.output)
                    for order, outcome in produced
                ],
            )

    def close(self) -> None:
        self._db.close()
