"""The bytes of a MIME message: header encoding (RFC 2047), folding, quoted-printable parts, boundaries.

`email.message.EmailMessage` spends most of a millisecond per message in its header registry and generator;
a thank-you message always has the same shape (text and HTML alternatives, maybe an inline logo), so it is
assembled here directly. The rules are the standard's: header lines stay under 78 characters, non-ASCII
header text travels as UTF-8 encoded words, bodies as quoted-printable or base64, lines end in CRLF. The
standard library's parser reads every message back (the tests parse each one).

One exception to ASCII: an address whose local part has letters outside ASCII (`jürgen@example.org`) cannot
be written as encoded words, so it stands in its header as UTF-8 (RFC 6532), and the message must travel with
SMTPUTF8 (RFC 6531; `notegen.deliver.send` sees it in the envelope).
"""

from __future__ import annotations

import binascii
import re
from base64 import b64encode
from dataclasses import dataclass
from email.utils import quote

from notegen.errors import RenderError

CRLF = "\r\n"
MAX_LINE = 78
MAX_7BIT_LINE = 998
_WORD_OVERHEAD = len("=?utf-8?b??=")
_MAX_WORD = 75
# C0 and C1 controls and the Unicode line and paragraph separators: none may reach a header.
_BREAKS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
# RFC 5322 "specials" and the characters that make an ASCII display name need quoting.
_SPECIALS = re.compile(r'[()<>\[\]:;@\\,."]')
_PRINTABLE_ASCII = re.compile(r"[\x20-\x7e]*")
# Bidirectional controls: they can make a header read backwards (an address or subject that shows other text
# than it holds), so they are taken out of every header text.
_BIDI = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def without_bidi(value: str) -> str:
    """`value` without bidirectional control characters."""
    return _BIDI.sub("", value)


def refuse_breaks(value: str, what: str) -> None:
    """Raise `RenderError` when `value` holds a line break or another control character."""
    found = _BREAKS.search(value)
    if found:
        raise RenderError(f"{what} contains the control character {found.group()!r}; it cannot go into a header")


def _plain(text: str) -> bool:
    """True when `text` can stand in a header as it is: printable ASCII that no decoder mistakes for encoding."""
    return _PRINTABLE_ASCII.fullmatch(text) is not None and "=?" not in text


def _word(data: bytes) -> str:
    return f"=?utf-8?b?{b64encode(data).decode('ascii')}?="


def _encoded_words(text: str, first_room: int) -> list[str]:
    """`text` as UTF-8 'B' encoded words, each short enough for its line (the first one has `first_room`)."""
    data = text.encode("utf-8")
    words: list[str] = []
    room = first_room
    while len(data) > (room - _WORD_OVERHEAD) // 4 * 3:
        cut = (room - _WORD_OVERHEAD) // 4 * 3
        while cut > 0 and data[cut] & 0xC0 == 0x80:  # never split a character: back off to its first byte
            cut -= 1
        words.append(_word(data[:cut]))
        data = data[cut:]
        room = _MAX_WORD
    words.append(_word(data))
    return words


def _fold(name: str, tokens: list[str]) -> str:
    """One header line `name: tokens...`, folded (CRLF + space) between tokens so lines stay short."""
    lines: list[str] = []
    line = f"{name}:"
    for token in tokens:
        if len(line) + 1 + len(token) > MAX_LINE and line.strip() and line != f"{name}:":
            lines.append(line)
            line = ""
        line = f"{line} {token}"
    lines.append(line)
    return CRLF.join(lines)


def _room(name: str) -> int:
    return min(_MAX_WORD, MAX_LINE - len(name) - 2)


def unstructured(name: str, value: str) -> str:
    """A header line for free text (Subject): ASCII as it is, anything else (or a word too long to fold) as
    encoded words; folded, so that no line is longer than RFC 5322 allows."""
    refuse_breaks(value, f"the {name} header")
    value = without_bidi(value)
    words = value.split(" ")
    if _plain(value) and max(map(len, words)) <= _room(name):
        return _fold(name, words)
    return _fold(name, _encoded_words(value, _room(name)))


def phrase(display_name: str, room: int = _MAX_WORD) -> list[str]:
    """The tokens of an address's display name: plain, quoted when it holds specials, else encoded words.

    In a name that needs encoding, plain ASCII words stay as they are and each run of other words becomes
    encoded words with its spaces inside (RFC 2047 ignores the space between two encoded words).
    """
    display_name = without_bidi(display_name)
    if not display_name:
        return []
    if _plain(display_name):
        plain = f'"{quote(display_name)}"'.split(" ") if _SPECIALS.search(display_name) else display_name.split(" ")
        if max(map(len, plain)) <= _MAX_WORD:
            return plain
        return _encoded_words(display_name, room)  # a word too long to fold: encoded words can be cut anywhere
    tokens: list[str] = []
    run: list[str] = []
    for word in [*display_name.split(" "), ""]:
        if word and (not _plain(word) or _SPECIALS.search(word) or len(word) > _MAX_WORD):
            run.append(word)
            continue
        if run:
            tokens += _encoded_words(" ".join(run), room if not tokens else _MAX_WORD)
            run = []
        if word:
            tokens.append(word)
    return tokens


def address(name: str, display_name: str, addr_spec: str) -> str:
    """A header line with one mailbox, `Display Name <local@domain>`; the domain must be ASCII (an
    international one in its punycode form), the local part may hold letters outside ASCII (RFC 6532)."""
    refuse_breaks(display_name, f"the display name in the {name} header")
    refuse_breaks(addr_spec, f"the address in the {name} header")
    local, at, domain = addr_spec.rpartition("@")
    if (
        not at or not local or not domain or not _plain(domain) or without_bidi(local) != local
        or not local.isprintable() or " " in addr_spec or "<" in addr_spec or ">" in addr_spec
    ):  # fmt: skip
        raise RenderError(f"the {name} header needs an email address such as name@shop.example, got {addr_spec!r}")
    if not display_name:
        return f"{name}: {addr_spec}"
    return _fold(name, [*phrase(display_name, _room(name)), f"<{addr_spec}>"])


def needs_smtputf8(addr_spec: str) -> bool:
    """True when `addr_spec` has characters outside ASCII, so that a message to or from it needs SMTPUTF8."""
    return not addr_spec.isascii()


def qp_body(text: str) -> bytes:
    """`text` as UTF-8 quoted-printable with CRLF line ends (lines of at most 76 characters)."""
    data = text.replace("\r\n", "\n").encode("utf-8")
    return binascii.b2a_qp(data, quotetabs=False, istext=True, header=False).replace(b"\n", b"\r\n")


def base64_body(data: bytes) -> bytes:
    """`data` as base64 in lines of 76 characters, CRLF line ends."""
    encoded = b64encode(data)
    return b"\r\n".join(encoded[i : i + 76] for i in range(0, len(encoded), 76))


@dataclass(frozen=True)
class InlineImage:
    """An image the HTML part shows through `cid:` (the shop's logo), already encoded."""

    content_id: str
    content_type: str
    filename: str
    body: bytes  # base64 with CRLF line ends

    @property
    def src(self) -> str:
        return f"cid:{self.content_id}"


def _text_part(subtype: str, text: str) -> bytes:
    head = f'Content-Type: text/{subtype}; charset="utf-8"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n'
    return head.encode("ascii") + qp_body(text)


def _html_part(html: str) -> bytes:
    """The HTML as 7bit text (non-ASCII as character references), or quoted-printable when a line is too long."""
    html = html.replace("\r\n", "\n")
    data = html.encode("ascii", "xmlcharrefreplace")
    if "\r" in html or max(map(len, data.split(b"\n"))) > MAX_7BIT_LINE:
        return _text_part("html", html)
    head = b'Content-Type: text/html; charset="utf-8"\r\nContent-Transfer-Encoding: 7bit\r\n\r\n'
    return head + data.replace(b"\n", b"\r\n")


def _image_part(image: InlineImage) -> bytes:
    head = (
        f"Content-Type: {image.content_type}\r\nContent-Transfer-Encoding: base64\r\n"
        f"Content-ID: <{image.content_id}>\r\n"
        f'Content-Disposition: inline; filename="{image.filename}"\r\n\r\n'
    )
    return head.encode("ascii") + image.body


def _multipart(subtype: str, boundary: str, parts: list[bytes], extra: str = "") -> bytes:
    # A boundary that starts with "=_" can never occur in quoted-printable or base64 text.
    head = f'Content-Type: multipart/{subtype}; boundary="{boundary}"{extra}\r\n\r\n'.encode("ascii")
    delimiter = f"\r\n--{boundary}\r\n".encode("ascii")
    body = delimiter.join(parts)
    return head + f"--{boundary}\r\n".encode("ascii") + body + f"\r\n--{boundary}--\r\n".encode("ascii")


def assemble(headers: list[str], boundary: str, text: str, html: str, image: InlineImage | None = None) -> bytes:
    """The whole message: `headers` (folded lines), then text and HTML as multipart/alternative.

    With an `image`, the HTML alternative is a multipart/related of the HTML and the image.
    `boundary` must start with "=_" and contain only letters, digits and "_".
    """
    html_part = _html_part(html)
    if image is not None:
        related = f"{boundary}_r"
        html_part = _multipart("related", related, [html_part, _image_part(image)], '; type="text/html"')
    head = CRLF.join([*headers, "MIME-Version: 1.0"]) + CRLF
    return head.encode("utf-8") + _multipart("alternative", f"{boundary}_a", [_text_part("plain", text), html_part])
