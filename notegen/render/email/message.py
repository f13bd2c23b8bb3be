"""A thank-you email per order: one RFC 5322 message (text + HTML alternatives) and its HTML for a quick look.

`build_email` is pure: the same order, note, config and "now" give the same bytes (the Message-ID and the MIME
boundaries are derived from the order id), so a re-render does not make a new message; the run writes it into
the outbox (`notegen.run.produce.write_email`). Customer data never becomes a header of its own: every header
value is checked for line breaks and encoded (RFC 2047) before it is written.
"""

from __future__ import annotations

import hashlib
import mimetypes
import re
from dataclasses import dataclass
from datetime import datetime
from email.utils import format_datetime, parseaddr
from functools import lru_cache
from pathlib import Path

from notegen.config import ShopConfig
from notegen.errors import RenderError
from notegen.model import Note, Order
from notegen.render.email.html import email_context, render_html, render_text
from notegen.render.email.mime import InlineImage, address, assemble, base64_body, refuse_breaks, unstructured

_DOMAIN = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?")
_LOGO_TYPES = ("image/png", "image/jpeg", "image/gif")


@dataclass(frozen=True)
class EmailOutput:
    """One order's message: the whole RFC 5322 message (CRLF line ends) and its HTML part."""

    order_id: str
    eml: bytes
    html: str


@dataclass(frozen=True)
class _Shop:
    """The shop's header lines and Message-ID domain, made once per sender/reply-to pair."""

    from_line: str
    reply_to_line: str
    domain: str


@lru_cache(maxsize=16)
def _shop_headers(sender: str, reply_to: str, where: str) -> _Shop:
    if not sender:
        raise RenderError(f'{where}: [email] sender is missing; set it to "Your Name <you@your-shop.example>"')
    refuse_breaks(sender, f"{where}: [email] sender")
    name, addr = parseaddr(sender)
    domain = addr.rpartition("@")[2]
    if not _DOMAIN.fullmatch(domain) or "." not in domain:
        raise RenderError(f'{where}: [email] sender {sender!r} needs an address such as "Shop <hello@shop.example>"')
    from_line = address("From", name, addr)
    reply_to_line = ""
    if reply_to:
        refuse_breaks(reply_to, f"{where}: [email] reply_to")
        reply_to_line = address("Reply-To", *parseaddr(reply_to))
    return _Shop(from_line, reply_to_line, domain.lower())


@lru_cache(maxsize=8)
def _logo(base_dir: Path, logo: str, domain: str, where: str) -> InlineImage:
    path = (base_dir / logo).resolve()
    content_type = mimetypes.guess_type(path.name)[0] or ""
    if content_type not in _LOGO_TYPES:
        raise RenderError(f"{where}: [shop] logo {path.name}: email clients show PNG, JPEG or GIF; convert the logo")
    try:
        data = path.read_bytes()
    except OSError as error:
        raise RenderError(f"{where}: [shop] logo: cannot read {path}: {error.strerror}; fix the path") from None
    return InlineImage(f"logo@{domain}", content_type, f"logo{path.suffix.lower()}", base64_body(data))


@lru_cache(maxsize=4)
def _date(now: datetime) -> str:
    return f"Date: {format_datetime(now)}"


def message_id(order_id: str, domain: str) -> str:
    """The order's Message-ID on the shop's domain: the same for every render of the same order."""
    digest = hashlib.sha256(f"{domain}\x00{order_id}".encode()).hexdigest()[:32]
    return f"<thanks.{digest}@{domain}>"


def _recipient(order: Order) -> str:
    customer = order.customer
    where = f"{order.source}: order {order.order_id}" if order.source else f"order {order.order_id}"
    if not customer.email:
        raise RenderError(f"{where}: customer.email is empty; a thank-you email needs the customer's address")
    try:
        return address("To", customer.full_name, customer.email)
    except RenderError as error:
        raise RenderError(f"{where}: customer: {error}; fix the order data") from None


def build_email(order: Order, note: Note, config: ShopConfig, now: datetime) -> EmailOutput:
    """The thank-you message for `order`: multipart/alternative of the note's text and its HTML layout.

    `now` is the Date header. Raises `RenderError` when the sender is missing, the customer has no usable
    address, a header value holds a line break, or a link is not a web, mailto or tel link.
    """
    where = str(config.path or "notegen.toml")
    shop = _shop_headers(config.email.sender, config.email.reply_to, where)
    logo = _logo(config.base_dir, config.shop.logo, shop.domain, where) if config.shop.logo else None
    to_line = _recipient(order)
    try:
        subject_line = unstructured("Subject", note.subject)
        language_line = unstructured("Content-Language", note.lang)
    except RenderError as error:
        raise RenderError(f"order {order.order_id}: {error}; the note must be composed again") from None
    context = email_context(note, config, logo.src if logo else "")
    html = render_html(context, config)
    headers = [shop.from_line, *([shop.reply_to_line] if shop.reply_to_line else []), to_line, subject_line]
    headers += [_date(now), f"Message-ID: {message_id(order.order_id, shop.domain)}"]
    headers.append(language_line)
    boundary = "=_" + hashlib.sha256(order.order_id.encode("utf-8")).hexdigest()[:24]
    eml = assemble(headers, boundary, render_text(context), html, logo)
    return EmailOutput(order.order_id, eml, html)
