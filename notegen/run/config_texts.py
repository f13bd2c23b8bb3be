"""Texts of the shop's config in the wrong language: an English `[service] hours` printed in German notes.

A text the shop wrote in its own words (`[signer] role`, `[gift] sample`, `[service] hours` and `complaints`,
`[donation] impact`) is one string for every language, or a table per language. Each text a note of a language
would print is read for the language it is written in (its stop words, and day names and clock words such as
"Mon", "9am", "Uhr", "lundi"); one that reads as another language is reported with the file, line and key, and how
to give each language its own text. A text too short to tell ("Owner") is never reported.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from notegen.config import LocalText, ShopConfig
from notegen.lint.checks.wording import detect
from notegen.model import LANGS

KEYS = (("signer", "role"), ("gift", "sample"), ("service", "hours"), ("service", "complaints"), ("donation", "impact"))
"""The config texts that notes print, written in the shop's own words."""

_NAMES = {"de": "German", "fr": "French", "en": "English"}
_TIME_WORDS = {
    "en": "mon tue tues wed thu thur thurs fri sat sun monday tuesday wednesday thursday friday saturday sunday am pm "
    "weekdays weekday noon",
    "de": "mo di mi do fr sa so montag dienstag mittwoch donnerstag freitag samstag sonntag uhr werktags feiertags",
    "fr": "lun mar mer jeu ven sam dim lundi mardi mercredi jeudi vendredi samedi dimanche h",
}
_WORDS = re.compile(r"[^\W\d_]+")
_CLOCK = re.compile(r"\d(am|pm|h)\b", re.IGNORECASE)


@dataclass(frozen=True)
class WrongLanguage:
    """A config text that notes in `lang` print although it reads as `found`; `line` in the config file (0 when
    unknown)."""

    section: str
    key: str
    lang: str
    found: str
    text: str
    line: int = 0

    def message(self, where: str) -> str:
        place = f"{where}:{self.line}" if self.line else where
        own = _NAMES[self.lang]
        return (
            f"{place}: [{self.section}] {self.key}: {self.text!r} reads as {_NAMES[self.found]}, but {own} notes print "
            f'it; give each language its own text: {self.key} = {{ {self.lang} = "…", {self.found} = {self.text!r} }}'
        )


def text_language(text: str) -> str | None:
    """The language a short text of the shop's is written in, or None when it cannot tell."""
    words = [word.lower() for word in _WORDS.findall(text)]
    words += [match.group(1).lower() for match in _CLOCK.finditer(text)]
    counts = {lang: sum(word in vocabulary.split() for word in words) for lang, vocabulary in _TIME_WORDS.items()}
    best = max(counts, key=lambda lang: counts[lang])
    if counts[best] and list(counts.values()).count(counts[best]) == 1:
        return best
    return detect(text)


def _printed(text: LocalText, lang: str) -> str:
    return text.get(lang) or text.get("*") or (text.get("en") or "")


def wrong_language(config: ShopConfig, langs: Iterable[str] = LANGS) -> list[WrongLanguage]:
    """The config texts that notes in `langs` would print in another language, in the order of `KEYS`."""
    source = _source(config.path)
    found: list[WrongLanguage] = []
    for section, key in KEYS:
        text: LocalText = getattr(getattr(config, section), key)
        for lang in langs:
            printed = _printed(text, lang)
            reads = text_language(printed) if printed else None
            if reads and reads != lang:
                found.append(WrongLanguage(section, key, lang, reads, printed, _line(source, section, key)))
    return found


def _source(path: Path | None) -> str:
    try:
        return path.read_text(encoding="utf-8") if path else ""
    except OSError:
        return ""


def _line(source: str, section: str, key: str) -> int:
    """The line of `key` in `[section]` of the config's text (0 when it is not found)."""
    current = ""
    for number, line in enumerate(source.splitlines(), 1):
        stripped = line.strip()
        if stripped.startswith("[") and not stripped.startswith("[["):
            current = stripped.strip("[] ").split("]")[0]
        elif current == section and re.match(rf"{re.escape(key)}\s*=", stripped):
            return number
    return 0
