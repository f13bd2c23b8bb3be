"""How a file writes its amounts and dates: the decimal mark, and whether a date like 03/04/2025 is day first.

German and French spreadsheet programs write ``1.234,50`` or ``1 234,50 €`` and ``14.03.2025``; English ones
``$1,234.50`` and ``14/03/2025`` (British) or ``03/14/2025`` (American). Most values show their own way of
writing (``8,90`` can only have a decimal comma, ``49.90`` only a point, ``14/03/2025`` only be day first);
a few do not (``1.234`` is 1234 or 1.234; ``03/04/2025`` is 3 April or 4 March). The way is decided once per
file, never per field: from the first value in the file that shows it, else from ``--locale`` (de and fr write
decimal commas and the day first, en decimal points). A value the decision cannot read, or one the file leaves
open with no locale known, makes its order invalid with the reason; it is never guessed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Literal, TypeVar

T = TypeVar("T")

Mark = Literal[",", "."]
LOCALE_MARKS: dict[str, Mark] = {"de": ",", "fr": ",", "en": "."}
LOCALE_DAY_FIRST: dict[str, bool] = {"de": True, "fr": True}  # en: British day first, American month first
_SPACES = (" ", "\u00a0", "\u202f", "'")
_CURRENCY = re.compile(
    r"^[\s\u00a0\u202f]*(?:[€$£]|EUR|CHF|USD|GBP|Fr\.)?[\s\u00a0\u202f]*|"
    r"[\s\u00a0\u202f]*(?:[€$£]|EUR|CHF|USD|GBP|Fr\.)?[\s\u00a0\u202f]*$"
)
_SPACED = re.compile(r"[+-]?\d{1,3}(?:[ \u00a0\u202f']\d{3})+(?:[.,]\d+)?")
_ONE_MARK = re.compile(r"[+-]?(\d+)([.,])(\d+)")
_SLASHED = re.compile(r"(\d{1,2})/(\d{1,2})/\d{4}(?:[ T].*)?")
_NAMES = {",": "a decimal comma", ".": "a decimal point"}


def _grouped(mark: Mark) -> re.Pattern[str]:
    """An amount with `mark` as its decimal mark and the other one (or none) between groups of thousands."""
    group = re.escape("." if mark == "," else ",")
    return re.compile(rf"[+-]?(?:\d{{1,3}}(?:{group}\d{{3}})+|\d+)(?:{re.escape(mark)}\d+)?")


GROUPED: dict[Mark, re.Pattern[str]] = {",": _grouped(","), ".": _grouped(".")}


def bare(text: str) -> str:
    """An amount without its currency sign or code, and without spaces (or ``'``) between groups of thousands."""
    text = _CURRENCY.sub("", text.strip())
    if _SPACED.fullmatch(text):
        for space in _SPACES:
            text = text.replace(space, "")
    return text


def mark_of(text: str) -> Mark | None:
    """The decimal mark an amount shows by itself (``8,90`` → ``,``; ``1,234.50`` → ``.``; ``1.234.567`` → ``,``),
    None when it shows none (``49``) or could be either (``1.234``)."""
    text = bare(text)
    fits = [mark for mark in GROUPED if GROUPED[mark].fullmatch(text)]
    if len(fits) == 1 and any(sign in text for sign in ",."):
        return fits[0]
    return None


def ambiguous(text: str) -> bool:
    """Whether an amount reads as a number either way, differently: ``1.234``, ``12,500``."""
    one = _ONE_MARK.fullmatch(bare(text))
    return bool(one and len(one[3]) == 3 and len(one[1]) <= 3 and not one[1].startswith("0"))


def day_first_of(text: str) -> bool | None:
    """Whether a slashed date shows it is day first (``14/03/2025``: True; ``03/14/2025``: False); None else."""
    match = _SLASHED.fullmatch(text.strip())
    if not match:
        return None
    first, second = int(match[1]), int(match[2])
    if first > 12 >= second:
        return True
    if second > 12 >= first:
        return False
    return None


@dataclass(frozen=True)
class Convention:
    """How one file writes amounts and dates, and what decided it (``orders.csv:2 '8,90'``, ``--locale de``)."""

    mark: Mark | None = None
    mark_from: str = ""
    day_first: bool | None = None
    day_first_from: str = ""

    def amount(self, text: str) -> str:
        """`text` as `Decimal` reads it; raises `ValueError` with the problem when this file's way cannot read it."""
        plain = bare(text)
        if not any(sign in plain for sign in ",."):
            return plain
        mark = self.mark or mark_of(plain)
        if mark is None:
            if ambiguous(plain):
                whole, point = plain.replace(".", "").replace(",", ""), plain.replace(",", ".")
                raise ValueError(
                    f"{text.strip()!r} is ambiguous: with a decimal comma (de, fr) it is {whole}, with a decimal "
                    f"point (en) {point}; no amount in the file shows which: name the file's language with "
                    "--locale, or write the amount with two decimals"
                )
            return plain  # not an amount either way: the validation says so
        if not GROUPED[mark].fullmatch(plain):
            other: Mark = "." if mark == "," else ","
            if GROUPED[other].fullmatch(plain):
                raise ValueError(
                    f"{text.strip()!r} is written with {_NAMES[other]}, but this file writes amounts with "
                    f"{_NAMES[mark]} ({self.mark_from}); write every amount of a file the same way"
                )
            return plain
        group = "." if mark == "," else ","
        return plain.replace(group, "").replace(mark, ".")

    def day_first_for(self, text: str) -> bool:
        """Whether the slashed date `text` is day first; raises `ValueError` when it contradicts the file's way or
        the file leaves it open. Dotted dates (``14.03.2025``) are always day first."""
        shows = day_first_of(text)
        if "/" not in text:
            return True
        if self.day_first is None:
            if shows is None:
                raise ValueError(
                    f"{text.strip()!r} is ambiguous: day first it is {_spelled(text, True)}, month first "
                    f"{_spelled(text, False)}; nothing else in the file shows which: name the file's language with "
                    "--locale (de, fr: day first), or write the date as 2025-04-03"
                )
            return shows
        if shows is not None and shows != self.day_first:
            way = "day first" if self.day_first else "month first"
            raise ValueError(
                f"{text.strip()!r} cannot be {way}, as this file writes dates ({self.day_first_from}); write every "
                "date of a file the same way, or as 2025-04-03"
            )
        return self.day_first


def _spelled(text: str, day_first: bool) -> str:
    first, second, year = text.strip().split()[0].split("/")
    day, month = (first, second) if day_first else (second, first)
    return f"{year}-{int(month):02d}-{int(day):02d}"


MACHINE = Convention(".", "JSON numbers have a decimal point")
"""The way of JSON files: amounts with a decimal point; slashed dates only where they show their order."""


def decide(
    name: str, amounts: Iterable[tuple[int, str]], dates: Iterable[tuple[int, str]], locale: str | None
) -> Convention:
    """The way of the file `name` from its values (line, text): the first amount and the first slashed date that
    show their way decide, else `locale` does (``--locale``), else it stays open."""
    mark: Mark | None
    mark, mark_from = _first_telling(name, amounts, mark_of)
    day_first, day_first_from = _first_telling(name, dates, day_first_of)
    if locale and mark is None and locale in LOCALE_MARKS:
        mark, mark_from = LOCALE_MARKS[locale], f"--locale {locale}"
    if locale and day_first is None and locale in LOCALE_DAY_FIRST:
        day_first, day_first_from = LOCALE_DAY_FIRST[locale], f"--locale {locale}"
    return Convention(mark, mark_from, day_first, day_first_from)


def _first_telling(
    name: str, values: Iterable[tuple[int, str]], reading: Callable[[str], T | None]
) -> tuple[T | None, str]:
    """What the first of `values` (line, text) that shows its way says, and where it stands; (None, "")."""
    for line, text in values:
        way = reading(text)
        if way is not None:
            return way, f"{name}:{line} has {text.strip()!r}"
    return None, ""
