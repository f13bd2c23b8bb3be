"""The links a printed insert offers (a card cannot be clicked): QR codes as SVG `data:` URIs, and short links."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import segno

from notegen.model import Note

QR_KINDS = ("review", "referral")
"""The kinds of link that get a QR code on the insert; the others are printed as text."""


@dataclass(frozen=True)
class PrintedLink:
    """A link as the insert shows it: its label, the short link, and its QR code (an SVG `data:` URI, or "")."""

    kind: str
    label: str
    url: str
    short: str
    image: str


def short_link(url: str) -> str:
    """The link as a person types it: without ``https://`` (or ``mailto:``, ``tel:``), ``www.`` and a trailing slash."""
    scheme, colon, rest = url.partition(":")
    short = rest.removeprefix("//") if colon and scheme.lower() in ("http", "https", "mailto", "tel") else url
    short = short.removeprefix("www.")
    return short.removesuffix("/") if short.count("/") == 1 else short


@lru_cache(maxsize=1024)
def qr_image(url: str) -> str:
    """An SVG `data:` URI of the QR code for `url` (a quiet zone of two modules; the insert adds white around)."""
    code = segno.make(url, error="m", micro=False)
    return str(code.svg_data_uri(scale=1, border=2, dark="#000", nl=False))


def qr_codes(note: Note) -> list[PrintedLink]:
    """One QR code per review or referral link of `note`, in the note's order."""
    return [
        PrintedLink(link.kind, link.label, link.url, short_link(link.url), qr_image(link.url))
        for link in note.links
        if link.kind in QR_KINDS
    ]


def text_links(note: Note) -> list[PrintedLink]:
    """The note's other links (share, newsletter, service) to print as short text: those its text does not name."""
    text = note.text
    links = [PrintedLink(link.kind, link.label, link.url, short_link(link.url), "") for link in note.links]
    return [link for link in links if link.kind not in QR_KINDS and link.short not in text]
