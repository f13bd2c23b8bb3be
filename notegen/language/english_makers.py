"""Makers at the head of an English item name: a word before a size or model that names who made the product,
not what it is ("the three Canon 50mm f/1.8 Lenses", "the three Anker PowerCore 10000 Power Banks"), as against
a product noun before its size ("the three Kettlebells 16kg", "the three Candles 180g Wild Fig"); and a standard
named by its number after the noun ("the three pairs of Cut Resistant Gloves EN 388"); used by
`notegen.language.english` to find the head noun."""

from __future__ import annotations

import itertools

from notegen.language.casing import common_word, known_name, mostly_lower_case, written_in_english
from notegen.language.english_plurals import is_plural, pair_at
from notegen.language.english_words import (
    AFTER_SIZE,
    CODE,
    DESCRIBING,
    DIMENSIONS,
    EN_WORDS,
    FLAVOURS,
    POSSESSIVE,
    STANDARD,
    STOP,
)
from notegen.language.phrase import PREPOSITIONS


def leads_name(word: str) -> bool:
    """Whether a word before a size may open the name of what follows the size rather than be its noun: a code
    ("UK", "13A"), a size already passed ("65\""), who it is for ("Men's") or a maker English writes as a name
    ("Bosch", "Sony"; not "Tent" in "Tent 2 Person")."""
    return bool(CODE.match(word) or STOP.match(word) or POSSESSIVE.search(word)) or known_name(word)


def model_before_noun(names: list[str], i: int) -> bool:
    """Whether a maker's model line stands before the size or number at `i`, and the noun after it ends the name
    ("Anker PowerCore 10000 Power Bank", "JBL Flip 6 Bluetooth Speaker": a power bank, a speaker): the name opens
    with a maker written as a name or in mixed capitals ("Logitech", "SanDisk"), and its last word is a noun, not a
    describing word ("Bosch Drill 18V Cordless": a drill)."""
    maker = names[0]
    if not maker.replace("-", "").isalpha():
        return False  # a code or a size ("A4 Art Print"), no maker
    mixed = any(c.isupper() for c in maker[1:]) and any(c.islower() for c in maker)  # "SanDisk", "iFixit"
    nouns = _nouns_after(names, i)
    # a maker English text does not hold ("Bresser") only before a noun of two words or more: "Cafetière 8 Cup"
    # is a cafetière for eight cups
    worded = [w for w in nouns if not any(map(str.isdigit, w))]
    unknown = not written_in_english(maker) and len(worded) > 1
    if not (known_name(maker) or mixed or unknown or _opens_before_unit(names, i) or _model_number(names, i, worded)):
        return False
    return _ends_in_noun(nouns)


def maker_before_number(names: list[str], i: int) -> bool:
    """Whether the one word before a model number ("No. 151" at `i`) is its maker and a noun after the number ends
    the name ("Veritas No. 4 Bench Plane", "Clifton No. 3 Smoothing Plane": a plane): a word English
    does not write mostly in lower case, as it writes a thing ("Hooks No. 8", "Brush No. 6 Round")."""
    if i != 1 or not names[0][:1].isupper() or not names[0].replace("-", "").isalpha() or i + 2 >= len(names):
        return False
    if mostly_lower_case(names[0]) or is_plural(names[0].lower()):
        return False
    return _named_words(names, i + 2) and _ends_in_noun(_nouns_after(names, i + 1))


def _nouns_after(names: list[str], i: int) -> list[str]:
    """The words after the size or number at `i` up to a bracket, a comma that closes the noun (with the word it
    ends) or a preposition."""
    rest = list(itertools.takewhile(lambda w: not w.startswith("("), names[i + 1 :]))
    rest = list(itertools.takewhile(lambda w: not w.endswith(","), rest)) + [w for w in rest if w.endswith(",")][:1]
    return list(itertools.takewhile(lambda w: w.lower() not in PREPOSITIONS["en"], rest))


def _named_words(names: list[str], start: int) -> bool:
    """Whether the words of the name from `start` on are written with a capital, as the words of a product."""
    return all(word[:1].isupper() for word in _nouns_after(names, start - 1))


def _ends_in_noun(nouns: list[str]) -> bool:
    """Whether the last of the words after a size or number is a noun, not a describing word ("Bosch Drill 18V
    Cordless": a drill; "… Refractor Telescope with Tripod": a telescope)."""
    last = nouns[-1].rstrip(",:").lower() if nouns else ""
    describing = last in DESCRIBING or last in FLAVOURS or last.endswith(("ed", "less", "proof", "able"))
    return last.isalpha() and common_word(last) and not describing and last not in AFTER_SIZE


def _model_number(names: list[str], i: int, worded: list[str]) -> bool:
    """Whether the bare number at `i` after the first word is a year or a model number, not a count ("Ring 2020
    Video Doorbell", but "Tent 2 Person", "Jigsaw 1000 Piece"): three digits or more, two words or more written
    with a capital after it, the last one a noun in the singular."""
    if i != 1 or not names[i].isdigit() or len(names[i]) < 3 or len(worded) < 2:
        return False
    return all(word[:1].isupper() for word in worded) and not is_plural(worded[-1].rstrip(",:").lower())


def _opens_before_unit(names: list[str], i: int) -> bool:
    """Whether the capitalised first word of a name stands before a size or model with its unit or letters and
    words after it ("Canon 50mm f/1.8 Lens", "Shell 5W-30 Engine Oil"): a maker, whatever English knows it as. Not
    before a bare number, which counts ("Tent 2 Person"), two measures ("Rug 160x230cm Jute") nor after a plural
    ("Hinges 75mm Brass"), nor a generic product noun English writes in lower case ("Candle 180g Wild Fig": candles
    of the scent Wild Fig); a name that ends in its size has its noun before it ("Dumbbell 10kg")."""
    if i != 1 or i + 1 >= len(names) or not names[0][:1].isupper() or DIMENSIONS.search(names[i]):
        return False
    if names[0].lower() in EN_WORDS and mostly_lower_case(names[0]):
        return False
    return any(c.isalpha() for c in names[i]) and not (is_plural(names[0].lower()) or pair_at(names, 0))


def standard_at(names: list[str], i: int) -> bool:
    """Whether the word at `i` names a standard or an interface by its number, with it or after it ("EN374", "EN
    388", "USB 3.0"), or before another that does ("EN ISO 20345"), after a word of the name."""
    word = names[i].rstrip(":,")
    if i == 0 or STANDARD.match(word) is None:
        return False
    return any(map(str.isdigit, word)) or (
        i + 1 < len(names) and (names[i + 1][:1].isdigit() or standard_at(names, i + 1))
    )
