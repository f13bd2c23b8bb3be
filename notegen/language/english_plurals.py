"""English plurals of the head nouns of item names, in the casing a name writes them ("Cosies", "Knives", "SSDs"),
and whether a noun as written is a plural ("pens", "chinos", not "lens" or "canvas"); both from `inflect`, which
is imported on the first English item (it takes a while to load), and the table of English word frequencies."""

from __future__ import annotations

import importlib
from functools import cache
from typing import Any

from notegen.language.casing import common_frequency
from notegen.language.english_words import (
    IRREGULAR,
    IRREGULAR_PLURALS,
    NOT_PLURAL_ENDINGS,
    SINGULAR_MARGIN,
    TAKE_OES,
    VOWEL_S,
)


@cache
def inflect_engine() -> Any:
    """The `inflect` engine, imported on first use without `typeguard`'s run-time type checks on its methods:
    instrumenting them at import takes about two seconds of a cold start, and notegen calls inflect only with
    strings it made."""
    try:
        import typeguard
    except ImportError:  # an inflect without typeguard
        return importlib.import_module("inflect").engine()
    checked = typeguard.typechecked
    typeguard.typechecked = _unchecked
    try:
        module = importlib.import_module("inflect")
    finally:
        typeguard.typechecked = checked
    return module.engine()


def _unchecked(target: Any = None, **_: Any) -> Any:
    """`typeguard.typechecked` that leaves what it decorates as it is."""
    return target if target is not None else (lambda decorated: decorated)


def plural_of(word: str, initials: bool = False) -> str:
    """The plural of a noun in the casing it is written in ("Cosy" → "Cosies", "Knife" → "Knives"); `initials`
    when a word in capitals stands among words in small letters ("Portable SSD" → "SSDs")."""
    if not any(char.isalpha() for char in word):
        return word  # "0-0-", "28": nothing in it takes a plural
    first, dash, last = word.rpartition("-")
    if dash and first.strip("-") and any(char.isalpha() for char in last):  # "T-Shirt" → "T-Shirts"
        return f"{first}-{plural_of(last, initials)}"
    lower = word.lower()
    plural: str = IRREGULAR.get(lower) or inflect_engine().plural_noun(lower)
    if plural.endswith("oes") and lower not in TAKE_OES:  # "Capos", "Burritos"; but "Potatoes"
        plural = lower + "s"
    if plural == lower + "s" and lower.endswith("s"):  # "Clematises", never "Clematiss"
        plural = lower + "es"
    if word.isupper():  # "TABLES" in a name in capitals; initials in a name in small letters take a small s ("TVs")
        return plural.upper() if len(word) > 1 and not initials else word + "s"
    if word[:1].isupper():
        return word[:1] + plural[1:] if plural[:1] == word[:1].lower() else plural.capitalize()
    return plural


def is_plural(lower: str) -> bool:
    """Whether a noun (lower case) ends in a plural: "pens", "chinos", but not "lens", "canvas" or "series"; the
    pair nouns are plural too (see `notegen.language.english.english_head`); so are irregular plurals ("Felt Mice")."""
    if lower.endswith(IRREGULAR_PLURALS):
        return True
    if lower.endswith(VOWEL_S):  # "spatulas", "menus", "skis", but not "canvas", "cactus" or "tennis"
        return _singular_in_use(lower[:-1], lower)
    if not lower.endswith("s") or lower.endswith(NOT_PLURAL_ENDINGS):
        return False
    singular = inflect_engine().singular_noun(lower)
    if not singular or singular == lower:
        return False
    if lower.endswith("ves") and singular.endswith(("f", "fe")):
        return True  # "hooves", "halves": inflect gives "hoofs" back
    return bool(inflect_engine().plural_noun(singular) == lower) or (singular.endswith("o") and singular + "s" == lower)


def _singular_in_use(singular: str, word: str) -> bool:
    """Whether `word`, a word in -as, -us or -is, is the plural of `singular`: English writes the singular about
    as often as the word or more ("spatula" and "spatulas"), where a word like "atlas" or "gas" has no singular
    of its own but a rare string ("atla", "ga")."""
    mine, its = common_frequency(singular), common_frequency(word)
    margin = 0.0 if word.endswith("is") else SINGULAR_MARGIN  # "ibis" is about as common as "ibi"; "skis" is not
    return mine is not None and (its is None or mine >= its - margin)


def plural_only(lower: str) -> bool:
    """A tool or garment named only in the plural, which `inflect` gives as its own singular ("clippers",
    "pliers", "trousers"): counted in pairs like the nouns of `PAIRS`."""
    return lower.endswith(("ers", "ors")) and bool(inflect_engine().singular_noun(lower) == lower)
