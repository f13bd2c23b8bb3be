"""Delivery: send the messages of an outbox through the shop's SMTP server, each exactly once.

The journal in the outbox (`notegen.deliver.outbox_journal`) records every message: it is marked sent only after the
server accepted it, with the server's reply; a re-run sends only what is not yet sent and retries what failed. The
one moment that cannot be told apart afterwards is a connection lost (or Ctrl-C) after the message was handed over
and before the server answered: such a message stays queued, with its outcome unknown, and is not sent again unless
the caller asks for it (`resend_unknown`), so that nobody gets a thank-you twice.

A recipient the server refuses fails alone; the run goes on. So does a message whose envelope has letters outside
ASCII before an @ (`jürgen@example.org`), when the server does not announce SMTPUTF8 (RFC 6531): it is sent with
SMTPUTF8 where the server takes it, and otherwise fails with that reason, never dropped in silence. A lost
connection ends the connection: when it had delivered something, the run connects again and goes on; otherwise the
run stops and leaves the rest for the next run.
"""

from __future__ import annotations

import logging
import re
import smtplib
import sqlite3
import time
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from notegen.config import ShopConfig
from notegen.deliver.outbox_journal import SEND_AGAIN, Journal, MessageStatus
from notegen.deliver.outgoing import Outgoing, outbox_messages, read_outgoing
from notegen.deliver.smtp import check_settings, close, connect, server_name
from notegen.deliver.smtp import reply as server_reply
from notegen.errors import DeliveryError
from notegen.files import hold_lock
from notegen.journal import JOURNAL_FILE, journal_error

log = logging.getLogger("notegen")

SENT = "sent"
FAILED = "failed"
ALREADY_SENT = "already sent"
WOULD_SEND = "would send"
UNKNOWN = "unknown"
LEFT = "left"
"""The statuses `progress` reports for a message file."""

LOCK_FILE = ".notegen-send.lock"
_UNKNOWN_REASON = (
    "an earlier attempt was cut off while the server was answering, so it may have arrived; check the "
    "recipient's mailbox or the server log, then send it again with --resend-unknown"
)
Progress = Callable[[str, str], None]


@dataclass(frozen=True)
class SendSummary:
    """What a run did: sent, failed, already sent before, and left for the next run (limit or lost connection)."""

    sent: int
    failed: int
    already_sent: int
    skipped: int
    failures: list[tuple[str, str]] = field(default_factory=list)
    remarks: list[str] = field(default_factory=list)
    """What the caller should know about the server (a dry run's `check_server`: SMTPUTF8 or not)."""


class _Dropped(Exception):
    """The connection is gone; `handed_over` when the message had been transmitted and no answer came."""

    def __init__(self, reason: str, handed_over: bool) -> None:
        super().__init__(reason)
        self.handed_over = handed_over


def _data_lines(data: bytes) -> bytes:
    """The DATA payload: CRLF line ends, leading dots doubled, ended by CRLF . CRLF."""
    data = re.sub(rb"(?m)^\.", b"..", re.sub(rb"\r?\n", b"\r\n", data))
    return data + (b"" if data.endswith(b"\r\n") else b"\r\n") + b".\r\n"


class _Session:
    """One SMTP connection, counting what it delivered and knowing when a message is being handed over."""

    def __init__(self, client: smtplib.SMTP, server: str) -> None:
        self.client = client
        self.server = server
        self.delivered = 0
        self.handing_over = False

    def _refused(self, code: int, text: bytes, what: str) -> tuple[MessageStatus, str]:
        reply = f"{what} refused: {server_reply(code, text)}"
        if code == 421:
            raise _Dropped(reply, handed_over=False)
        try:
            self.client.rset()
        except (OSError, smtplib.SMTPException) as error:
            raise _Dropped(f"{reply}; then the connection was lost: {error}", handed_over=False) from None
        return "failed", reply

    def transmit(self, message: Outgoing) -> tuple[MessageStatus, str]:
        """Hand `message` over: ("sent", reply) once the server accepted it, or ("failed", reply); or `_Dropped`."""
        client = self.client
        options = ["SMTPUTF8"] if message.smtputf8 else []
        if options and not client.has_extn("smtputf8"):
            return "failed", no_smtputf8(message, self.server)
        try:
            code, text = client.mail(message.sender, options)
            if code != 250:
                return self._refused(code, text, f"sender {message.sender}")
            for recipient in message.recipients:
                code, text = client.rcpt(recipient)
                if code not in (250, 251):
                    return self._refused(code, text, f"recipient {recipient}")
            code, text = client.docmd("DATA")
            if code != 354:
                return self._refused(code, text, "message")
            self.handing_over = True
            client.send(_data_lines(message.data))
            code, text = client.getreply()
            self.handing_over = False
        except (OSError, smtplib.SMTPServerDisconnected) as error:
            raise _Dropped(f"connection lost: {error or type(error).__name__}", self.handing_over) from None
        if code == 250:
            self.delivered += 1
            return "sent", server_reply(code, text)
        if code == 421:
            raise _Dropped(f"message refused: {server_reply(code, text)}", handed_over=False)
        return "failed", f"message refused: {server_reply(code, text)}"

    def close(self) -> None:
        close(self.client)


def no_smtputf8(message: Outgoing, server: str) -> str:
    """Why `message` cannot go through `server`: its addresses need SMTPUTF8, which the server does not offer."""
    return (
        f"{message.utf8_addresses()} has letters outside ASCII before the @, and the server {server} does not "
        "announce SMTPUTF8, so it cannot take the message; send it through a server that offers SMTPUTF8, or ask "
        "the customer for an ASCII address and render the order again"
    )


class _Pacer:
    """At most `rate_per_min` messages a minute, spaced evenly, on the monotonic clock."""

    def __init__(self, rate_per_min: float | None) -> None:
        if rate_per_min is not None and rate_per_min <= 0:
            raise DeliveryError(f"the rate must be above 0 messages a minute, got {rate_per_min}")
        self.interval = 60.0 / rate_per_min if rate_per_min else 0.0
        self.next_at = time.monotonic()

    def wait(self) -> None:
        if not self.interval:
            return
        delay = self.next_at - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        self.next_at = max(self.next_at, time.monotonic()) + self.interval


def _exclusive(outbox: Path) -> AbstractContextManager[None]:
    """Hold the outbox for this run: two runs at once could send a message twice."""
    return hold_lock(outbox / LOCK_FILE, f"{outbox}: another `notegen send` is delivering this outbox; let it finish")


def _now() -> datetime:
    return datetime.now(UTC)


class _Run:
    """One `send_outbox` run: what to send, the connection, and the tally."""

    def __init__(self, config: ShopConfig, password: str | None, journal: Journal, progress: Progress | None) -> None:
        self.config = config
        self.password = password
        self.journal = journal
        self.progress = progress
        self.counts = {SENT: 0, FAILED: 0, ALREADY_SENT: 0, LEFT: 0}
        self.failures: list[tuple[str, str]] = []
        self.session: _Session | None = None
        self.connections = 0
        self.may_reconnect = True
        self.attempted = 0

    def report(self, file: str, status: str, reason: str = "") -> None:
        counted = FAILED if status == UNKNOWN else status
        if counted in self.counts:
            self.counts[counted] += 1
        if reason:
            self.failures.append((file, reason))
        if self.progress:
            self.progress(file, status)

    def summary(self) -> SendSummary:
        counts = self.counts
        return SendSummary(counts[SENT], counts[FAILED], counts[ALREADY_SENT], counts[LEFT], self.failures)

    def triage(self, paths: list[Path], resend_unknown: bool) -> list[Outgoing]:
        """Settle what is not to be sent (unreadable, already sent, outcome unknown); return the rest."""
        pending: list[Outgoing] = []
        for path in paths:
            try:
                message = read_outgoing(path)
            except DeliveryError as error:
                self.report(path.name, FAILED, str(error))
                continue
            record = self.journal.message(path.name)
            if (record and record.status == "sent") or self.journal.sent_file(message.entry.message_id):
                if record and record.status == "sent" and record.content_hash != message.entry.content_hash:
                    log.warning("%s: changed since it was sent on %s; it is not sent again", path, record.sent_at)
                self.report(path.name, ALREADY_SENT)
            elif record and record.outcome_unknown and not resend_unknown:
                self.report(path.name, UNKNOWN, _UNKNOWN_REASON)
            else:
                pending.append(message)
        return pending

    def deliver(self, pending: list[Outgoing], limit: int | None, pacer: _Pacer) -> None:
        """Send `pending` in order, until the limit or a connection that cannot be had; the rest is left."""
        try:
            for index, message in enumerate(pending):
                session = None if limit is not None and self.attempted >= limit else self._session()
                if session is None:
                    for rest in pending[index:]:
                        self.report(rest.entry.file, LEFT)
                    return
                pacer.wait()
                self._attempt(session, message)
        finally:
            if self.session:
                self.session.close()

    def _session(self) -> _Session | None:
        if self.session:
            return self.session
        if not self.may_reconnect:
            return None
        try:
            client = connect(self.config, self.password)
        except DeliveryError as error:
            if not self.connections:
                raise
            log.warning("%s; the messages not yet sent are left for the next run", error)
            return None
        self.connections += 1
        self.session = _Session(client, server_name(self.config))
        return self.session

    def _attempt(self, session: _Session, message: Outgoing) -> None:
        file = message.entry.file
        self.journal.begin_attempt(file, _now())
        self.attempted += 1
        try:
            status, reply = session.transmit(message)
        except _Dropped as drop:
            self._dropped(session, file, drop)
            return
        except KeyboardInterrupt:
            unknown = session.handing_over
            reason = "interrupted while the server was answering" if unknown else "interrupted before it was sent"
            self.journal.finish(file, "queued" if unknown else "failed", reason, _now())
            session.client.close()
            self.session = None
            raise
        self.journal.finish(file, status, reply, _now())
        self.report(file, SENT if status == "sent" else FAILED, "" if status == "sent" else reply)

    def _dropped(self, session: _Session, file: str, drop: _Dropped) -> None:
        session.client.close()
        self.session = None
        # A connection that delivered something may have hit a per-connection limit: connect once more.
        self.may_reconnect = session.delivered > 0
        if drop.handed_over:
            self.journal.finish(file, "queued", f"{drop}; outcome unknown", _now())
            self.report(file, UNKNOWN, f"{drop}; {_UNKNOWN_REASON}")
        else:
            self.journal.finish(file, "failed", str(drop), _now())
            self.report(file, FAILED, f"{drop}; it is tried again next run")
        if not self.may_reconnect:
            log.warning("the SMTP connection was lost (%s); the messages not yet sent are left for the next run", drop)


def _offers_smtputf8(config: ShopConfig, password: str | None) -> bool:
    """Connect, say EHLO and log in as a run would; whether the server announces SMTPUTF8."""
    client = connect(config, password)
    try:
        return client.has_extn("smtputf8")
    finally:
        close(client)


def _dry_run(run: _Run, pending: list[Outgoing], limit: int | None, smtputf8: bool | None) -> SendSummary:
    """What a run would send, and what the server cannot take (`smtputf8`: whether it offers SMTPUTF8, None
    when it was not asked)."""
    server = server_name(run.config)
    for index, message in enumerate(pending):
        if message.smtputf8 and smtputf8 is False:
            run.report(message.entry.file, FAILED, no_smtputf8(message, server))
        else:
            run.report(message.entry.file, WOULD_SEND if limit is None or index < limit else LEFT)
    summary = run.summary()
    needing = sum(message.smtputf8 for message in pending)
    if needing and smtputf8 is not None:
        summary.remarks.append(
            f"{needing} message(s) need SMTPUTF8 (an address with letters outside ASCII before the @); the server "
            + (f"{server} offers it" if smtputf8 else f"{server} does not offer it, so they cannot be sent through it")
        )
    elif needing:
        summary.remarks.append(
            f"{needing} message(s) need SMTPUTF8 (an address with letters outside ASCII before the @); "
            "add --check-server to ask the server whether it takes them"
        )
    return summary


def send_outbox(
    outbox: Path,
    config: ShopConfig,
    *,
    password: str | None,
    dry_run: bool = False,
    rate_per_min: float | None = None,
    limit: int | None = None,
    progress: Progress | None = None,
    resend_unknown: bool = False,
    check_server: bool = False,
) -> SendSummary:
    """Send every message of `outbox` that is not yet sent, recording each in the outbox journal.

    `progress(file, status)` is called once per message file with one of the statuses above. `dry_run` checks
    the SMTP settings (and, with `check_server`, connects, says EHLO and logs in), lists what would be sent and
    sends (and records) nothing. `limit` caps the messages tried in this run;
    `rate_per_min` spaces them evenly. `resend_unknown` sends again the messages whose earlier outcome is
    unknown. Raises `DeliveryError` when the outbox is missing or the server cannot be reached at the start.
    """
    paths = outbox_messages(outbox)
    pacer = _Pacer(rate_per_min)
    if dry_run:
        check_settings(config, password)
        smtputf8 = _offers_smtputf8(config, password) if check_server else None
        with Journal.in_outbox(outbox, read_only=True) as journal:
            run = _Run(config, password, journal, progress)
            return _dry_run(run, run.triage(paths, resend_unknown), limit, smtputf8)
    try:
        with _exclusive(outbox), Journal.in_outbox(outbox) as journal:
            run = _Run(config, password, journal, progress)
            pending = run.triage(paths, resend_unknown)
            journal.queue([message.entry for message in pending], _now())
            run.deliver(pending, limit, pacer)
    except sqlite3.Error as error:  # a full disk: what was recorded stays; an unrecorded answer is unknown
        raise journal_error(outbox / JOURNAL_FILE, error, SEND_AGAIN) from None
    return run.summary()
