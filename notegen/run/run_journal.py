"""The run's account in the journal: which orders were produced into the output, and what the report said of them.

An order counts as done for `--resume` only when its digest matches: an order whose data changed since it was
produced is done again. Each produced order's outcome (language, score, findings, output, issued codes) is kept
beside it, so that the report, `codes.csv` and `rejects.csv` of a resumed run are rebuilt whole: the files of an
interrupted and resumed run are those of an uninterrupted one. `notegen.journal` owns the file and its tables.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Sequence
from dataclasses import fields
from datetime import date
from pathlib import Path
from typing import Any

from notegen.compose.codes import IssuedCode
from notegen.journal import journal_error, open_journal
from notegen.model import Finding, Order
from notegen.run.outcome import FollowUp, Outcome


def order_digest(order: Order, output_kind: str, fit: str, config_digest: str = "") -> str:
    """A digest of everything that shapes the order's note: its data, the output, and the shop config."""
    values = [repr(getattr(order, f.name)) for f in fields(order) if f.name not in ("rows", "source")]
    text = "\x1f".join([*values, output_kind, fit, config_digest])
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def outcome_json(outcome: Outcome) -> str:
    """What the journal keeps of a produced order's outcome: everything the run's files show of it."""
    return json.dumps(
        {
            "locale": outcome.locale,
            "score": outcome.score,
            "output": outcome.output,
            "findings": [[f.code, f.severity, f.message, f.start, f.end, f.text] for f in outcome.findings],
            "codes": [
                [c.code, c.kind, c.value, c.expires.isoformat() if c.expires else None, c.email] for c in outcome.codes
            ],
            "attention": outcome.attention,
        },
        ensure_ascii=False,
    )


def restored_outcome(order: Order, text: str) -> Outcome:
    """The outcome of `order` as an earlier run recorded it (see `outcome_json`)."""
    data: dict[str, Any] = json.loads(text)
    return Outcome(
        order.order_id,
        order.source,
        "ok",
        locale=data["locale"],
        score=data["score"],
        output=data["output"],
        findings=tuple(Finding(*values) for values in data["findings"]),
        codes=tuple(
            IssuedCode(code, kind, value, date.fromisoformat(expires) if expires else None, order.order_id, email)
            for code, kind, value, expires, email in data["codes"]
        ),
        attention=data.get("attention", ""),
        follow_up=FollowUp.of(order) if data.get("attention") else None,
        unknown_history=not order.customer.history_known,
    )


class RunJournal:
    """The produced-orders table of a journal file; one writer (the main process)."""

    def __init__(self, path: Path, config_digest: str = "") -> None:
        self.path = path
        self.config_digest = config_digest
        self._db = open_journal(path)
        try:
            self._db.execute("PRAGMA journal_mode=WAL")
            # A commit survives a crash of the program without an fsync; after a power cut the last chunks would be
            # done again, which is harmless: their outputs are rewritten whole and identical.
            self._db.execute("PRAGMA synchronous=NORMAL")
        except sqlite3.Error as error:
            self._db.close()
            raise journal_error(path, error) from None

    def digest(self, order: Order, output_kind: str, fit: str) -> str:
        return order_digest(order, output_kind, fit, self.config_digest)

    def done(self, order: Order, output_kind: str, fit: str) -> Outcome | None:
        """The outcome of the order when it was produced before from the same content; else None."""
        row = self._db.execute(
            "SELECT outcome FROM produced WHERE order_id = ? AND output_kind = ? AND digest = ?"
            " AND outcome IS NOT NULL",
            (order.order_id, output_kind, self.digest(order, output_kind, fit)),
        ).fetchone()
        return restored_outcome(order, row[0]) if row else None

    def record(self, produced: Sequence[tuple[Order, Outcome]], output_kind: str, fit: str) -> None:
        """Record orders whose output is safely written, in one transaction."""
        rows = [
            (order.order_id, output_kind, self.digest(order, output_kind, fit), outcome.output, outcome_json(outcome))
            for order, outcome in produced
        ]
        self._write(
            "INSERT OR REPLACE INTO produced (order_id, output_kind, digest, output, outcome) VALUES (?, ?, ?, ?, ?)",
            rows,
        )

    def forget(self, output_kind: str) -> None:
        """Forget every order produced as `output_kind`: the output is about to be written anew, whole."""
        self._write("DELETE FROM produced WHERE output_kind = ?", [(output_kind,)])

    def _write(self, statement: str, rows: list[tuple[Any, ...]]) -> None:
        try:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                self._db.executemany(statement, rows)
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")
        except sqlite3.Error as error:
            raise journal_error(self.path, error) from None

    def close(self) -> None:
        self._db.close()
