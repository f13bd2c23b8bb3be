"""The parts of a note, found from its shape: greeting line, body paragraphs, signature, postscripts.

A composed note reads: a greeting line ("Liebe Anna,"), paragraphs, a signature block (closing line, a person's
name, a role), then postscript paragraphs (newsletter, customer service). Notes written by hand follow the same
shape more loosely; the rules look only where a part belongs (a generic salutation in the greeting, a team
name in the signature), so the parts are found leniently and by character offsets.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

_BLOCK_BREAK = re.compile(r"\n[ \t]*\n\s*")
_POSTSCRIPT_START = re.compile(r"^\s*(p\.?[\s-]?p?\.?[\s-]?s\.?(?!\w)|n\.\s*b\.)", re.IGNORECASE)
_CONTACT = re.compile(r"https?://|www\.|\S@\S|\+?\d[\d ()/-]{6,}\d")
_LEGAL_FORM = re.compile(r"(?:\b(?:e\.\s?V|e\.\s?K|Co|Inc|Ltd|Corp|S\.\s?A)|\bmbH\s&\sCo\.\s?KG)\.$")
_TRAILING = "".join(chr(c) for c in (*range(0x2600, 0x27C0), *range(0x1F000, 0x1FB00), 0xFE0F, 0x200D, 0x20, 0x09))
_DELIMITER = re.compile(r"^\s*(?:--|[-_—–]{2,}|—|–)\s*$")
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
GREETING_WORDS = 8
SIGNATURE_WORDS = 10
SIGNATURE_LINES = 4


@dataclass(frozen=True)
class Part:
    """A stretch of the note: `kind` is greeting, body, signature or postscript; `start`/`end` are offsets."""

    kind: str
    start: int
    end: int


@dataclass(frozen=True)
class Layout:
    """The parts of one note, in order."""

    parts: tuple[Part, ...]

    def first(self, kind: str) -> Part | None:
        """The first part of this kind, if any."""
        return next((part for part in self.parts if part.kind == kind), None)


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    lines = []
    offset = start
    for line in text[start:end].split("\n"):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            lines.append((offset + lead, offset + lead + len(stripped)))
        offset += len(line) + 1
    return lines


@lru_cache(maxsize=4096)
def _words(text: str) -> int:
    return len(_WORD.findall(text))


@lru_cache(maxsize=64)
def _opening(phrases: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(phrase) for phrase in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?:{alternatives})(?![^\W\d_])", re.IGNORECASE)


def _starts_with(line: str, phrases: Sequence[str]) -> bool:
    return bool(phrases) and _opening(tuple(phrases)).match(line) is not None


def _is_greeting(line: str, salutations: Sequence[str]) -> bool:
    if _words(line) > GREETING_WORDS:
        return False
    return line.rstrip().endswith((",", "!", ":")) or _starts_with(line, salutations)


def _is_postscript(text: str, lines: list[tuple[int, int]]) -> bool:
    first = text[lines[0][0] : lines[0][1]]
    if _POSTSCRIPT_START.match(first):
        return True
    block = text[lines[0][0] : lines[-1][1]]
    if _CONTACT.search(block):
        return True
    return any(_words(text[a:b]) > SIGNATURE_WORDS for a, b in lines) or _sentences(text, lines)


def _sentences(text: str, lines: list[tuple[int, int]]) -> bool:
    """Whether the lines read as prose: a line of more than three words ends a sentence (the full stop of an
    organisation's legal form ends none: "Vorsitzende, Tierschutzverein Lindenhof e. V.", "Fisher & Sons Ltd.")."""
    return any(_ends_sentence(text[a:b]) and _words(text[a:b]) > 3 for a, b in lines)


def _ends_sentence(line: str) -> bool:
    line = line.rstrip(_TRAILING)  # "Viel Spaß damit! 😊"
    return line.endswith(("?", "!")) or (line.endswith(".") and not _LEGAL_FORM.search(line))


def _signed(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The lines of a signature that begins at the first of `lines`: up to a line after it that opens a
    postscript in the same block ("P.S. …", or a sentence such as the service line: "Bei Fragen erreichen Sie uns
    unter 030 123456; …"), or that begins the shop's contact lines (see `_contacts_after`)."""
    lines = _contacts_after(text, lines)
    for index in range(1, len(lines)):
        a, b = lines[index]
        line = text[a:b]
        if _POSTSCRIPT_START.match(line) or _words(line) > SIGNATURE_WORDS or _sentences(text, [(a, b)]):
            return lines[:index]
    return lines


def _contacts_after(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`lines` up to the shop's contact lines under a signature: an e-mail signature's delimiter ("-- "), or more
    lines than a signature has, up to the first with a web or e-mail address or a phone number ("Sandrine Roche",
    the shop, its street, its hours, "www.…")."""
    for index in range(1, len(lines)):
        if _DELIMITER.match(text[lines[index][0] : lines[index][1]]):
            return lines[:index]
    if len(lines) <= SIGNATURE_LINES:
        return lines
    contact = next((i for i in range(1, len(lines)) if _CONTACT.search(text[lines[i][0] : lines[i][1]])), None)
    return lines if contact is None else lines[:contact]


def _signature_span(text: str, lines: list[tuple[int, int]], closings: Sequence[str]) -> tuple[int, int] | None:
    """Where the signature begins and ends in this block: at a closing line, up to a postscript that follows it
    in the same block (see `_signed`), or the whole block when it is short and reads as no prose (a closing, a
    name, a role) and does not open like a postscript."""
    for index, (a, b) in enumerate(lines):
        rest = _signed(text, lines[index:])
        if _short(text, rest) and _starts_with(text[a:b], closings) and not _sentences(text, rest):
            return a, rest[-1][1]
    if _opens_postscript(text[lines[0][0] : lines[0][1]]):
        return None
    lines = _contacts_after(text, lines)
    if _short(text, lines) and not _sentences(text, lines):
        return lines[0][0], lines[-1][1]
    return _under_wish(text, lines)


def _opens_postscript(line: str) -> bool:
    """Whether a line opens like a postscript rather than a signature: "P.S.", or a web or e-mail address or a
    phone number."""
    return bool(_POSTSCRIPT_START.match(line) or _CONTACT.search(line))


def _short(text: str, lines: list[tuple[int, int]]) -> bool:
    return len(lines) <= SIGNATURE_LINES and all(_words(text[a:b]) <= SIGNATURE_WORDS for a, b in lines)


def _under_wish(text: str, lines: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The signature under the last sentence of a block, a closing wish or the note's own ("Viel Freude beim
    Stricken!", then "Jana vom Wollwerk"; a card's "… nach Tannennadeln.", then "Deine Luisa"). The lines after
    the block's last sentence sign it when they are short, read as no prose and do not open like a postscript."""
    ends = [index for index, (a, b) in enumerate(lines) if _ends_sentence(text[a:b])]
    if not ends or ends[-1] == len(lines) - 1:
        return None
    rest = lines[ends[-1] + 1 :]
    if _opens_postscript(text[rest[0][0] : rest[0][1]]) or not _short(text, rest):
        return None
    return None if _sentences(text, rest) else (rest[0][0], rest[-1][1])


def layout(text: str, salutations: Sequence[str], closings: Sequence[str]) -> Layout:
    """Find the parts of `text`; `salutations` and `closings` are lower-case phrases of the note's language."""
    blocks: list[list[tuple[int, int]]] = []
    start = 0
    for match in [*_BLOCK_BREAK.finditer(text), None]:
        end = match.start() if match else len(text)
        lines = _lines(text, start, end)
        if lines:
            blocks.append(lines)
        start = match.end() if match else len(text)
    if not blocks:
        return Layout(())
    head: list[Part] = []
    first = blocks[0][0]
    if _is_greeting(text[first[0] : first[1]], salutations):
        head.append(Part("greeting", first[0], first[1]))
        blocks[0] = blocks[0][1:]
        blocks = [block for block in blocks if block]
    tail = _tail(text, blocks, closings)
    body = [Part("body", block[0][0], block[-1][1]) for block in blocks if block]
    return Layout(tuple(sorted(head + body + tail, key=lambda part: part.start)))


def _tail(text: str, blocks: list[list[tuple[int, int]]], closings: Sequence[str]) -> list[Part]:
    """The signature and the postscripts after it, taken off the end of `blocks`. The signature follows some
    body text (in an earlier block, or earlier in its own); without one, only marked postscripts ("P.S.") are
    postscripts and the rest stays body."""
    trailing: list[int] = []
    for index in range(len(blocks) - 1, -1, -1):
        lines = blocks[index]
        span = _signature_span(text, lines, closings)
        if span is not None and (index or span[0] > lines[0][0]):
            signature, end = span
            after = [(a, b) for a, b in lines if a > end]  # a service line right under the name
            postscripts = [Part("postscript", after[0][0], after[-1][1])] if after else []
            postscripts += [Part("postscript", blocks[i][0][0], blocks[i][-1][1]) for i in reversed(trailing)]
            blocks[index:] = [[(a, b) for a, b in lines if b <= signature]]
            return [Part("signature", signature, end), *postscripts]
        if not _is_postscript(text, lines):
            break
        trailing.append(index)
    marked = [i for i in reversed(trailing) if _POSTSCRIPT_START.match(text[blocks[i][0][0] : blocks[i][0][1]])]
    parts = [Part("postscript", blocks[i][0][0], blocks[i][-1][1]) for i in marked]
    for i in sorted(marked, reverse=True):
        del blocks[i]
    return parts
