"""SIN206, German: the head noun of a name the lexicon cannot read, by the last part of its compound.

The composer names an item whose head noun the lexicon cannot read with "den Artikel „…“", which agrees
whatever the noun is. A note that puts an article right before such a noun still says a gender, and a German
compound takes the gender of its last part ("der Campingfaltstuhl": der Stuhl; "die Entdeckelungsgabel": die
Gabel). `suffix_head` reads the longest end of the word that the lexicon knows as a noun of one gender, so that
the article before it is judged as it would be for that noun ("Die Campingfaltstuhl" is wrong). Nothing is
guessed where the part has several genders ("Leiter", "See") or is short enough to end words by chance.
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
_CLUSTER = re.compile(r"[bcdfgkpt][lr]$", re.IGNORECASE)
"""A first part that ends in a stop and l or r ends no German word or stem, so the word is cut inside a
syllable there ("Ibupr|ofen" is no compound of "Ofen")."""


@lru_cache(maxsize=8192)
def suffix_head(name: str) -> Head | None:
    """The head noun of a German name the lexicon cannot read (`notegen.language.items.head_noun` gave None):
    its first capitalised word that is no adjective, read by the longest end the lexicon knows as the singular
    of a noun of one gender, with the plural made on that part ("Campingfaltstühle"); None when there is none."""
    for index, written in enumerate(split_name(name, "de")[0].split()):
        word = written.rstrip(",;:")
        if not word[:1].isupper() or not word.isalpha():
            return None
        if is_adjective(word):
            continue
        return _by_last_part(word, index)
    return None


def _by_last_part(word: str, index: int) -> Head | None:
    """`word` read by its longest known last part, or None."""
    for start in range(FIRST, len(word) - PART + 1):
        part = word[start:]
        found = entries(part) if not _CLUSTER.search(word[:start]) else []
        if not found:
            continue
        genders = {entry.genders for entry in found}
        entry = found[0]
        if len(genders) != 1 or "/" in entry.genders or entry.is_plural or not entry.plural:
            return None
        plural = word[:start] + entry.plural.lower()
        weak = entry.weak if entry.genders == "m" else ""  # "den Campingplüschhasen"
        return Head(word, index, entry.genders, plural=plural, certain=True, source="suffix", weak=weak)
    return None
