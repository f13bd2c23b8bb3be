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
_POSTSCRIPT_START = re.compile(r"^\s*(p\.\s*p?\.?\s*s\.?|pps?\b|n\.\s*b\.)", re.IGNORECASE)
_CONTACT = re.compile(r"https?://|www\.|\S@\S|\+?\d[\d ()/-]{6,}\d")
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
    """Whether the lines read as prose: a line of more than three words ends a sentence."""
    return any(text[a:b].endswith((".", "?", "!")) and _words(text[a:b]) > 3 for a, b in lines)


def _signed(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The lines of a signature that begins at the first of `lines`: up to a line after it that opens a
    postscript in the same block ("P.S. …", or a sentence such as the service line: "Bei Fragen erreichen Sie uns
    unter 030 123456; …")."""
    for index in range(1, len(lines)):
        a, b = lines[index]
        line = text[a:b]
        if _POSTSCRIPT_START.match(line) or _words(line) > SIGNATURE_WORDS or _sentences(text, [(a, b)]):
            return lines[:index]
    return lines


def _signature_span(text: str, lines: list[tuple[int, int]], closings: Sequence[str]) -> tuple[int, int] | None:
    """Where the signature begins and ends in this block: at a closing line, up to a postscript that follows it
    in the same block (see `_signed`), or the whole block when it is short and reads as no prose (a closing, a
    name, a role) and does not open like a postscript."""
    for index, (a, b) in enumerate(lines):
        rest = _signed(text, lines[index:])
        short = len(rest) <= SIGNATURE_LINES and all(_words(text[x:y]) <= SIGNATURE_WORDS for x, y in rest)
        if short and _starts_with(text[a:b], closings) and not _sentences(text, rest):
            return a, rest[-1][1]
    first = text[lines[0][0] : lines[0][1]]
    if _POSTSCRIPT_START.match(first) or _CONTACT.search(first):
        return None
    short = len(lines) <= SIGNATURE_LINES and all(_words(text[a:b]) <= SIGNATURE_WORDS for a, b in lines)
    return (lines[0][0], lines[-1][1]) if short and not _sentences(text, lines) else None


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
