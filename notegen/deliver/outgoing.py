"""The messages of an outbox as `notegen send` reads them: the `.eml` files in order, each with its envelope."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from email import policy
from email.parser import HeaderParser
from pathlib import Path

from notegen.deliver.outbox_journal import MessageEntry
from notegen.errors import DeliveryError


@dataclass(frozen=True)
class Outgoing:
    """A message file read from the outbox, with its envelope."""

    entry: MessageEntry
    data: bytes
    sender: str
    recipients: tuple[str, ...]
    smtputf8: bool = False
    """True when the message has UTF-8 in its header (an address with letters outside ASCII before the @)."""

    def utf8_addresses(self) -> str:
        """The envelope addresses that need SMTPUTF8, for a message saying why it was not sent."""
        return ", ".join(a for a in (self.sender, *self.recipients) if not a.isascii()) or "its header"


def _natural(path: Path) -> list[str | int]:
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", path.name)]


def outbox_messages(outbox: Path) -> list[Path]:
    """The `.eml` files of `outbox`, in natural order (2 before 10)."""
    if not outbox.is_dir():
        raise DeliveryError(
            f"{outbox}: no such outbox folder; fill it with `notegen render ORDERS --to email -o {outbox}`"
        )
    return sorted((path for path in outbox.glob("*.eml") if path.is_file()), key=_natural)


def read_outgoing(path: Path) -> Outgoing:
    """Read a message file and its envelope (From, To and Cc); `DeliveryError` when it is not a usable message."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise DeliveryError(f"{path}: cannot read: {error.strerror}") from None
    head = re.split(rb"\r?\n\r?\n", data, maxsplit=1)[0]
    try:  # RFC 6532: a header may hold UTF-8, which the standard library reads only from text
        headers = HeaderParser(policy=policy.default).parsestr(head.decode("utf-8"))
    except UnicodeDecodeError:
        raise DeliveryError(f"{path}: its header is neither ASCII nor UTF-8; render it again") from None
    message_id = str(headers.get("Message-ID", "")).strip()
    senders = [a.addr_spec for a in getattr(headers.get("From"), "addresses", ())]
    recipients = tuple(a.addr_spec for name in ("To", "Cc") for a in getattr(headers.get(name), "addresses", ()))
    if not message_id or not senders or not recipients or not all("@" in r for r in (*senders, *recipients)):
        raise DeliveryError(f"{path}: not a message notegen can send (needs Message-ID, From and To); render it again")
    entry = MessageEntry(path.name, message_id, ", ".join(recipients), hashlib.sha256(data).hexdigest())
    return Outgoing(entry, data, senders[0], recipients, smtputf8=not head.isascii())
