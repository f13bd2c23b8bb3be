"""SIN206, German: the head noun of a name the lexicon cannot read, by the last part of its compound.

The composer names an item whose head noun the lexicon cannot read with "den Artikel „…“", which agrees
whatever the noun is. A note that puts an article right before such a noun still says a gender, and a German
compound takes the gender of its last part ("der Campingfaltstuhl": der Stuhl; "die Entdeckelungsgabel": die
Gabel). `suffix_head` reads the longest end of the word that the lexicon knows as a noun of one gender, so that
the article before it is judged as it would be for that noun ("Die Campingfaltstuhl" is wrong). Nothing is
guessed where the part is short enough to end words by chance; where it has several genders ("Leiter", "See")
no gender is, and the plural only where all its readings share it, so that a count before it is judged.

`other_forms` gives the forms a native writer uses beside the lexicon's one plural: a loanword's other plural
("Couchs" and "Couches"), and those of a noun declined both strong and weak ("dem Elektrolyt", "dem
Elektrolyten").
"""

from __future__ import annotations

import re
from functools import lru_cache

from notegen.language.german_adjectives import is_adjective
from notegen.language.german_lexicon import entries
from notegen.language.items import Head
from notegen.language.phrase import split_name

PART = 4
"""The shortest last part read ("Uhr" of a word the lexicon lacks is too often no part at all)."""
FIRST = 3
"""The shortest first part before it."""
_SIBILANT = ("ch", "sh", "x", "z")
"""The ends of an English word whose plural takes -es ("Couches"), which German writes in -s as well."""
_CLUSTER = re.compile(r"[bcdfgkpt][lr]$", re.IGNORECASE)
"""A first part that ends in a stop and l or r ends no German word or stem, so the word is cut inside a
syllable there ("Ibupr|ofen" is no compound of "Ofen")."""


@lru_cache(maxsize=8192)
def suffix_head(name: str) -> Head | None:
    """The head noun of a German name the lexicon cannot read (`notegen.language.items.head_noun` gave None):
    its first capitalised word that is no adjective and that a known last part reads, after any it cannot
    read, a maker's name ("Celestron Spiegelteleskop"); read by the longest end the lexicon knows as the singular
    of a noun, with the plural made on that part ("Campingfaltstühle"), and its gender when that part has one
    only (a part of several genders, "Joghurt" of "Schafsjoghurt", gives the plural alone, for the count before
    it); None when there is none."""
    for index, written in enumerate(split_name(name, "de")[0].split()):
        word = written.rstrip(",;:")
        if not word[:1].isupper() or not word.isalpha():
            return None
        if is_adjective(word):
            continue
        known, found = _by_last_part(word, index)
        if known:
            return found
    return None


def _by_last_part(word: str, index: int) -> tuple[bool, Head | None]:
    """Whether an end of `word` is a noun the lexicon knows, and the word read by the longest such end (None
    when that part cannot tell its plural)."""
    for start in range(FIRST, len(word) - PART + 1):
        part = word[start:]
        found = entries(part) if not _CLUSTER.search(word[:start]) else []
        if not found:
            continue
        genders = {gender for entry in found for gender in entry.genders.split("/")}
        entry = found[0]
        if any(e.is_plural for e in found) or len({e.plural for e in found}) != 1 or not entry.plural:
            return True, None
        gender = genders.pop() if len(genders) == 1 else ""
        plural = word[:start] + entry.plural.lower()
        weak = entry.weak if gender == "m" else ""  # "den Campingplüschhasen"
        return True, Head(word, index, gender, plural=plural, certain=True, source="suffix", weak=weak)
    return False, None


def other_forms(head: Head) -> tuple[frozenset[str], frozenset[str]]:
    """Forms of the head (lower case) that a native writer uses beside the lexicon's, as (singular, plural): a
    noun whose plural adds -e may take -s ("Duschgels", "Inletts"); a loanword whose plural adds -s after a
    sibilant may take -es as in English ("Couchs", "Couches"); a noun the lexicon declines in two ways of one
    gender (Wiktionary's two tables: "Elektrolyt", "Bauer", "Typ") has the weak forms beside the strong ones,
    in the singular outside the nominative and in the plural ("dem Elektrolyten", "die Elektrolyte", "die
    Elektrolyten"), and both plurals of the strong one ("Teste", "Tests")."""
    word, plural = head.word.lower(), head.plural.lower()
    plurals = set()
    if plural == word + "e":
        plurals.add(word + "s")
    if plural == word and head.gender == "m" and word.endswith("en"):
        plurals.add(_umlauted(word))  # "Bögen", "Wägen": the plural of the south beside "Bogen", "Wagen"
    if plural == word + "s" and word.endswith(_SIBILANT):
        plurals.add(word + "es")
    if not _two_declensions(head.word):
        return frozenset(), frozenset(plurals)
    weak = word + ("n" if word.endswith(("e", "er", "el")) else "en")
    return frozenset({weak}), frozenset(plurals | {weak, word + "e", word + "s"})


_UMLAUTS = {"au": "äu", "a": "ä", "o": "ö", "u": "ü"}
_LAST_VOWEL = re.compile(r"(au|[aeiouäöü])(?=[^aeiouäöü]*en$)")


def _umlauted(word: str) -> str:
    """A masculine noun in -en with the umlaut on its last vowel ("bogen": "bögen"; `word` itself where that
    vowel takes none)."""
    found = list(_LAST_VOWEL.finditer(word[:-2] + "en"))
    if not found or found[-1].group(1) not in _UMLAUTS:
        return word
    last = found[-1]
    return word[: last.start()] + _UMLAUTS[last.group(1)] + word[last.end() :]


@lru_cache(maxsize=4096)
def _two_declensions(word: str) -> bool:
    """Whether the lexicon declines the noun `word` (or the last part it is read by) in two ways of one gender."""
    last = word.rsplit("-", 1)[-1]
    for start in range(len(last) - PART + 1):
        found = [entry for entry in entries(last[start:]) if not entry.is_plural]
        if found:
            genders = found[0].genders.split("/")
            return len(genders) > 1 and len(set(genders)) == 1
    return False
