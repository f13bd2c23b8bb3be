"""The forms a word is matched by: as written (lower case), its lemma, and the stems of both.

Shared by the note's context (which works them out once per word of the vocabulary) and the item rules.
"""

from __future__ import annotations

import re
from functools import lru_cache

MIN_STEM = 4
MEMO_LIMIT = 50_000
_HYPHENS = re.compile(r"[-‐‑]")
_FORMS: dict[tuple[str, ...], dict[tuple[str, str], frozenset[str]]] = {}
_UMLAUTS = str.maketrans("äöü", "aou")
"""A German plural may add an umlaut the lexicon's plural lacks ("Schwibbögen" beside "Schwibbogen")."""


def hyphen_parts(text: str) -> list[str]:
    """The words of a hyphenated token ("Merino-Socken"), or [] when it is not one."""
    parts = _HYPHENS.split(text)
    return parts if len(parts) > 1 and all(part.isalpha() for part in parts) else []


@lru_cache(maxsize=MEMO_LIMIT)
def stem(word: str, endings: tuple[str, ...]) -> str:
    """`word` without the first of `endings` it ends with, when at least MIN_STEM letters remain."""
    for ending in endings:
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
            return word[: -len(ending)]
    return word


def forms(lower: str, norm: str, endings: tuple[str, ...]) -> frozenset[str]:
    """The forms a word is matched by: as written (lower case), its lemma, the stems of both, and the word
    without its umlauts when it has any (a German plural in -ö- names the noun in -o- as well)."""
    known = _FORMS.get(endings)
    if known is None or len(known) > MEMO_LIMIT:
        known = _FORMS[endings] = {}
    found = known.get((lower, norm))
    if found is None:
        plain = lower.translate(_UMLAUTS)
        found = frozenset({lower, norm, stem(lower, endings), stem(norm, endings), plain, stem(plain, endings)})
        known[lower, norm] = found
    return found
