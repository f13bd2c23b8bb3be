"""The journal file: one SQLite database beside each output, the one place that opens it and declares its tables.

In an outbox it is `journal.sqlite`, beside a PDF `NAME.journal.sqlite`. Two tables: `produced` (which orders a
run wrote into the output, keyed by order id and a digest of the order, with the outcome the report shows) and
`messages` (what `notegen send` did with each message). The file holds customers' addresses: it is private to
its owner, like the emails themselves.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from notegen.errors import OutputError
from notegen.files import AGAIN, DISK_ERRNOS, PRIVATE

JOURNAL_FILE = "journal.sqlite"

PRODUCED = """
CREATE TABLE IF NOT EXISTS produced (
    order_id TEXT NOT NULL,
    output_kind TEXT NOT NULL,
    digest TEXT NOT NULL,
    output TEXT NOT NULL,
    produced_at TEXT NOT NULL DEFAULT (datetime('now')),
    outcome TEXT,
    PRIMARY KEY (order_id, output_kind)
);
"""
MESSAGES = """
CREATE TABLE IF NOT EXISTS messages (
    file TEXT PRIMARY KEY,
    message_id TEXT NOT NULL,
    recipient TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('queued', 'sent', 'failed')),
    reply TEXT NOT NULL DEFAULT '',
    attempts INTEGER NOT NULL DEFAULT 0,
    queued_at TEXT NOT NULL,
    attempted_at TEXT,
    sent_at TEXT
);
CREATE INDEX IF NOT EXISTS messages_by_message_id ON messages (message_id, status);
"""
TABLES: dict[str, str] = {"produced": PRODUCED, "messages": MESSAGES}
"""The schema, one script per table; a new table is one more entry here."""
ADDED_COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {"produced": (("outcome", "TEXT"),)}
"""Columns added since a table was first written, so that a journal of an earlier version is brought up to date."""


_SQLITE_FULL, _SQLITE_IOERR = 13, 10


def journal_error(path: Path, error: sqlite3.Error | OSError, again: str = AGAIN) -> OutputError:
    """The error of a failed journal access, naming the file and what to do: after a full disk (or a file size
    limit, or an I/O error), free space and `again`."""
    code = getattr(error, "sqlite_errorcode", None)
    disk = (code is not None and code & 0xFF in (_SQLITE_FULL, _SQLITE_IOERR)) or (
        isinstance(error, OSError) and error.errno in DISK_ERRNOS
    )
    if disk:
        return OutputError(
            f"{path}: cannot use the journal: {error} (the disk is full, the file is over a size limit, or the disk "
            f"is failing); free space on that disk (or write to another one), then {again}"
        )
    return OutputError(f"{path}: cannot use the journal: {error}; check that the folder is writable and has free space")


def open_journal(path: Path, *, read_only: bool = False, again: str = AGAIN) -> sqlite3.Connection:
    """The journal at `path` with every table, in autocommit mode (group changes with BEGIN ... COMMIT).

    Read-only, nothing is changed: a missing file or table reads as empty. Otherwise the file is made private
    (0600) before SQLite writes anything into it, and its tables are made or brought up to date. `again` is
    what the error of a full disk tells the user to do once space is free (see `journal_error`).
    """
    try:
        if read_only:
            return _open_read_only(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        os.close(os.open(path, os.O_RDWR | os.O_CREAT, PRIVATE))
        os.chmod(path, PRIVATE)
        db = sqlite3.connect(path, isolation_level=None, timeout=30)
        _create(db)
        return db
    except (sqlite3.Error, OSError) as error:
        raise journal_error(path, error, again) from None


def _create(db: sqlite3.Connection) -> None:
    for script in TABLES.values():
        db.executescript(script)
    for table, columns in ADDED_COLUMNS.items():
        present = {row[1] for row in db.execute(f"PRAGMA table_info({table})")}
        for name, kind in columns:
            if name not in present:
                db.execute(f"ALTER TABLE {table} ADD COLUMN {name} {kind}")


def _open_read_only(path: Path) -> sqlite3.Connection:
    if path.is_file():
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
        found = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "messages" in found:  # read-only is for `send --dry-run`, which reads the messages only
            return db
        db.close()
    db = sqlite3.connect(":memory:", isolation_level=None)
    _create(db)
    return db
