"""English plurals of the head nouns of item names, in the casing a name writes them ("Cosies", "Knives", "SSDs"),
and whether a noun as written is a plural ("pens", "chinos", not "lens" or "canvas"); both from `inflect`, which
is imported on the first English item (it takes a while to load), and the table of English word frequencies."""

from __future__ import annotations

import importlib
from functools import cache, lru_cache
from typing import Any

from notegen.language.casing import common_frequency
from notegen.language.english_words import (
    DRINKING,
    EVERYDAY,
    INVARIABLE_MARGIN,
    IRREGULAR,
    IRREGULAR_PLURALS,
    LOAN_FLOOR,
    MASS_FLOOR,
    MASS_MARGIN,
    NOT_PLURAL_ENDINGS,
    PAIRS,
    QUALIFIED_PAIRS,
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


@lru_cache(maxsize=16384)
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
    plural = _in_z(lower, plural) if lower.endswith("z") else _in_ves(lower, plural)
    if _invariable(lower, plural):  # "Gnocchi", "Sushi": as they are
        plural = lower
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
    """Whether a noun (lower case) ends in a plural: "pens", "chinos", "larvae", but not "lens", "canvas" or
    "series"; the pair nouns are plural too (see `notegen.language.english.english_head`); so are irregular plurals
    ("Felt Mice", "Wooden Snowmen")."""
    if lower.endswith(IRREGULAR_PLURALS):
        return True
    if lower.endswith(VOWEL_S):  # "spatulas", "menus", "skis", but not "canvas", "cactus" or "tennis"
        return _singular_in_use(lower[:-1], lower)
    if lower.endswith("ae"):  # a Latin plural: "tesserae", "larvae", but not "sundae" (a "sunda" is rarer)
        return _singular_in_use(lower[:-1], lower)
    if lower.endswith("men"):  # "men", "snowmen", "fishermen": a noun in -man before it; not "specimen", "dolmen"
        found = common_frequency(lower[:-3])
        return lower == "men" or (
            found is not None and found >= EVERYDAY and _singular_in_use(lower[:-3] + "man", lower)
        )
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


def _in_ves(lower: str, plural: str) -> str:
    """The plural in -ves of a noun in -f that English writes so ("thief" → "thieves", "loaf" → "loaves") where
    `inflect` gives -fs: the word table holds the -ves form more often than the -fs one ("roofs", "chiefs",
    "beliefs" stay)."""
    if not (lower.endswith("f") and not lower.endswith("ff") and plural == lower + "s"):
        return plural
    ves = lower[:-1] + "ves"
    mine, its = common_frequency(ves), common_frequency(plural)
    return ves if mine is not None and (its is None or mine > its) else plural


def _in_z(lower: str, plural: str) -> str:
    """The plural of a noun in -z: in -zes or -zzes, whichever the word table holds more often ("waltzes",
    "quizzes"); a word in -z the table holds in neither is a loan English leaves as it is ("merguez")."""
    held = [(common_frequency(form), form) for form in (lower + "es", lower + "zes")]
    found = [(frequency, form) for frequency, form in held if frequency is not None]
    if found:
        return max(found)[1]
    return lower if common_frequency(lower) is not None else plural


def _invariable(lower: str, plural: str) -> bool:
    """Whether a noun in -i English took from another language keeps its form in the plural ("gnocchi",
    "tortellini", "sushi"): the word table holds it well (`LOAN_FLOOR`) and lacks the plural in -s, or holds that
    plural far more rarely ("sushis"); "salamis", "kiwis" and "bhajis" are in use."""
    if not lower.endswith("i") or plural == lower:
        return False
    mine, its = common_frequency(lower), common_frequency(plural)
    if mine is None:
        return False
    return mine >= LOAN_FLOOR if its is None else its < mine - INVARIABLE_MARGIN


@lru_cache(maxsize=16384)
def uncounted(lower: str, margin: float = MASS_MARGIN) -> bool:
    """Whether English uses a noun in the singular as a mass noun, not for a thing it counts ("gouda",
    "paprika", "cheddar"; not "pudding", "pasty" or "dumbbell"): its plural is far rarer than it, or missing from
    the word table though the noun itself is common enough for a plural in use to be there; `margin` how much
    rarer."""
    mine = common_frequency(lower)
    if mine is None or " " in lower:
        return False
    its = common_frequency(plural_of(lower))
    return mine >= MASS_FLOOR if its is None else its < mine - margin


def counted_as_is(lower: str) -> bool:
    """Whether a loan noun names several pieces in a form English also uses for one, and has no plural in -s or
    -es in use at all ("merguez", "gnocchi", "tortellini"): a name with it is in the plural ("the Fresh Potato
    Gnocchi, 500g", no "a"), where "sushi", whose rare "sushis" the word table holds, is a mass noun."""
    if not lower.endswith(("z", "i")) or plural_of(lower) != lower:
        return False
    return all(common_frequency(form) is None for form in (lower + "s", lower + "es", lower + "zes"))


def pair_at(names: list[str], i: int) -> bool:
    """Whether the word at `i` names a pair: a noun of `PAIRS` ("Scissors", "Goggles") unless drinking glasses
    ("Wine Glasses"), or one of `QUALIFIED_PAIRS` after what it is worn on ("Knee Pads")."""
    lower = names[i].lower().rstrip(":,")
    before = names[i - 1].lower() if i > 0 else ""
    if lower in QUALIFIED_PAIRS:
        return before in QUALIFIED_PAIRS[lower]
    if lower == "glasses" and before in DRINKING:
        return False
    return lower in PAIRS or plural_only(lower) or _closed_pair(lower)


def _closed_pair(lower: str) -> bool:
    """Whether a word joins a pair noun of `QUALIFIED_PAIRS` to what it is worn on, written as one word or with a
    hyphen ("Wristguards", "Elbow-Pads"): a pair, as "Wrist Guards" is."""
    for noun, before in QUALIFIED_PAIRS.items():
        first = lower.removesuffix(noun).rstrip("-")
        if first != lower and first in before:
            return True
    return False


@cache
def _classical_engine() -> Any:
    engine = type(inflect_engine())()
    engine.classical(all=True)
    return engine


@cache
def classical_plural(word: str) -> str:
    """The plural of Latin, Greek or Hebrew origin an English noun may take beside its English one ("cherub" →
    "cherubim", "cactus" → "cacti", "formula" → "formulae"); its usual plural where it has none ("box" →
    "boxes")."""
    plural: str = _classical_engine().plural_noun(word)
    return plural
