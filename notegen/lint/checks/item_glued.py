"""A plural "s" glued where English, German and French take none (SIN206, see `item_grammar`): on a unit after a
number ("28cms", "500 mls") anywhere in the body or a postscript, and on a size or number of an item's name or
variant ("XLs", "250gs", "in Ls")."""

from __future__ import annotations

import itertools
import re
from functools import cache, lru_cache

from notegen.lint.checks.item_english_words import name_pieces
from notegen.lint.nlp.note_view import Hit, NoteView
from notegen.lint.rules import Rule
from notegen.model import Item

_SIZE_OR_NUMBER = re.compile(r"^(?:[+±−]?\d+(?:[.,]\d+)?[^\W\d_]{0,3}|XXS|XS|S|M|L|XL|XXL|XXXL|\d*XL)$", re.IGNORECASE)
_INSIDE = ("body", "postscript")


def inside(ctx: NoteView, char: int) -> bool:
    """Whether a character offset lies in the body or a postscript (not the greeting or signature)."""
    return any(part.start <= char < part.end for part in ctx.layout.parts if part.kind in _INSIDE)


@cache
def _expression(patterns: tuple[str, ...]) -> re.Pattern[str] | None:
    """The rule's expressions as one alternation, matched without regard to case."""
    return re.compile("|".join(f"(?:{pattern})" for pattern in patterns), re.IGNORECASE) if patterns else None


def glued_units(rule: Rule, ctx: NoteView) -> list[Hit]:
    """A plural "s" on a unit after a number ("28cms", "500 mls"): units take no plural. The rule's expressions
    start at a number, so they are tried only there: at the first digit of a token with digits that stands
    in the body or a postscript and has no word character, point or comma before it."""
    expression = _expression(tuple(rule.settings.get("glued", ())))
    if expression is None:
        return []
    hits = []
    text, starts, ends, numeric, texts = ctx.text, ctx.starts, ctx.ends, ctx.numeric, ctx.texts
    count = len(texts)
    for indices in ctx.inside:
        for index in itertools.compress(indices, numeric[indices.start : indices.stop]):
            if not (texts[index].endswith("s") or (index + 1 < count and texts[index + 1].endswith("s"))):
                continue  # every expression ends in the plural "s", on the number's token or the unit after it
            start = _number_start(text, starts[index], ends[index])
            match = expression.match(text, start) if start >= 0 else None
            if match is not None:
                hits.append(Hit(_signed(text, match.start()), match.end(), {}, "glued"))
    return hits


def _signed(text: str, start: int) -> int:
    """The start of the number at `start` with its sign, if it has one ("+2.0s", " -1.5s")."""
    if start > 0 and text[start - 1] in "+±−":
        return start - 1
    if start > 0 and text[start - 1] == "-" and (start == 1 or text[start - 2].isspace()):
        return start - 1
    return start


def _number_start(text: str, start: int, end: int) -> int:
    """The offset of the first digit of text[start:end] that no word character, point or comma precedes."""
    for offset in range(start, end):
        if text[offset].isdigit() and (offset == 0 or not (text[offset - 1].isalnum() or text[offset - 1] in "_.,")):
            return offset
    return -1


def glued_sizes(ctx: NoteView, item: Item) -> list[Hit]:
    """A size or number of the item's name or variant with a plural "s" glued to it ("XLs", "28cms"). A size
    of one letter counts only after a word that announces a size ("in Ls"): "Les" and "Ms" are words."""
    hits = []
    for word, expression in _size_expressions(item.name, item.variant):
        for match in expression.finditer(ctx.text):
            if inside(ctx, match.start(1)):
                hits.append(Hit(match.start(1), match.end(1), {"name": word}, "glued"))
    return hits


@lru_cache(maxsize=8192)
def _size_expressions(name: str, variant: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each size or number of an item's name and variant, with the expression of it with a plural "s"
    (remembered per name: most have none)."""
    found = []
    for word in name_pieces(f"{name} {variant}"):
        letter = len(word) == 1 and word.isupper()  # a key or grade: "Harmonica in C"
        if not (_SIZE_OR_NUMBER.match(word) or letter or any(char.isdigit() for char in word)):
            continue
        if any(char.isdigit() for char in word):
            pattern = re.compile(rf"(?<![\w-])({re.escape(word)}e?s)(?![\w-])", re.IGNORECASE)
        elif len(word) == 1:
            pattern = re.compile(rf"\b(?:in|size|sizes|taille|tailles|en|Größe|Gr\.) ({re.escape(word.upper())}s)\b")
        else:
            pattern = re.compile(rf"(?<![\w-])({re.escape(word.upper())}s)(?![\w-])")
        found.append((word, pattern))
    return tuple(found)
