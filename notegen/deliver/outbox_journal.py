"""The outbox journal's messages: what happened to each message of an outbox (`notegen.journal` owns the file).

Every change is committed on its own, so an interrupted run leaves the
journal as it was after the last finished step.

A message row moves: queued (registered, or being handed over) -> sent | failed. A row that is still queued
after an attempt began is a message whose outcome is unknown (the run stopped while the server was
answering): it is never sent again on its own.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Literal

from notegen.journal import JOURNAL_FILE, open_journal

__all__ = ["JOURNAL_FILE", "Journal", "MessageEntry", "MessageRecord", "MessageStatus"]

MessageStatus = Literal["queued", "sent", "failed"]


def _stamp(at: datetime) -> str:
    return at.astimezone(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class MessageEntry:
    """What identifies a message file in the outbox."""

    file: str
    message_id: str
    recipient: str
    content_hash: str


@dataclass(frozen=True)
class MessageRecord:
    """A message's row: what was sent to whom, its status, the server's last reply and the attempts."""

    file: str
    message_id: str
    recipient: str
    content_hash: str
    status: MessageStatus
    reply: str
    attempts: int
    queued_at: str
    attempted_at: str | None
    sent_at: str | None

    @property
    def outcome_unknown(self) -> bool:
        """An attempt began and no answer was recorded: the server may or may not have taken the message."""
        return self.status == "queued" and self.attempts > 0


SEND_AGAIN = "run notegen send again: what was sent is recorded, and no message is sent twice"
"""What to do after the journal could not be written for want of space."""


class Journal:
    """An open journal file. Use as a context manager, or call `close()`."""

    def __init__(self, path: Path, *, read_only: bool = False) -> None:
        self.path = path
        self.read_only = read_only
        self._db = open_journal(path, read_only=read_only, again=SEND_AGAIN)

    @classmethod
    def in_outbox(cls, outbox: Path, *, read_only: bool = False) -> Journal:
        """The journal of `outbox` (`outbox/journal.sqlite`)."""
        return cls(outbox / JOURNAL_FILE, read_only=read_only)

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Journal:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Group several changes into one commit (all or none)."""
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    # --- messages -------------------------------------------------------------------------------------------

    def message(self, file: str) -> MessageRecord | None:
        """The row of the message file `file` (a name inside the outbox), or None when it was never seen."""
        row = self._db.execute(
            "SELECT file, message_id, recipient, content_hash, status, reply, attempts, queued_at, attempted_at,"
            " sent_at FROM messages WHERE file = ?",
            (file,),
        ).fetchone()
        return MessageRecord(*row) if row else None

    def sent_file(self, message_id: str) -> str | None:
        """The file under which a message with this Message-ID was sent, or None."""
        row = self._db.execute(
            "SELECT file FROM messages WHERE message_id = ? AND status = 'sent' LIMIT 1", (message_id,)
        ).fetchone()
        return str(row[0]) if row else None

    def queue(self, entries: Iterable[MessageEntry], at: datetime) -> None:
        """Register messages about to be sent, in one commit; a file seen before keeps its attempts."""
        with self.transaction():
            self._db.executemany(
                "INSERT INTO messages (file, message_id, recipient, content_hash, status, queued_at)"
                " VALUES (?, ?, ?, ?, 'queued', ?)"
                " ON CONFLICT (file) DO UPDATE SET message_id = excluded.message_id,"
                " recipient = excluded.recipient, content_hash = excluded.content_hash"
                " WHERE status != 'sent'",
                [(e.file, e.message_id, e.recipient, e.content_hash, _stamp(at)) for e in entries],
            )

    def begin_attempt(self, file: str, at: datetime) -> None:
        """Record that the message is being handed over now (queued, one attempt more)."""
        self._db.execute(
            "UPDATE messages SET status = 'queued', attempts = attempts + 1, attempted_at = ?, reply = ''"
            " WHERE file = ? AND status != 'sent'",
            (_stamp(at), file),
        )

    def finish(self, file: str, status: MessageStatus, reply: str, at: datetime) -> None:
        """Record the outcome of the attempt: sent (the server accepted it), failed, or queued (unknown)."""
        self._db.execute(
            "UPDATE messages SET status = ?, reply = ?, sent_at = CASE WHEN ? = 'sent' THEN ? ELSE sent_at END"
            " WHERE file = ?",
            (status, reply, status, _stamp(at), file),
        )
