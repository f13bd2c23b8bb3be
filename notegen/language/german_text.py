"""Which words German text writes: spacy-lookups-data's `lexeme_prob` table of German, the log frequency of about a
million forms as written. The noun lexicon (`german_lexicon`) lists the compounds Wiktionary has a page for; text
writes many more ("Spielzeugeisenbahn", "Akazienhonig", "Herrenjacke"). A name whose two nouns a shop wrote apart
asks it which way round the two make a word: "Spielzeug Eisenbahn" is a railway (German writes
"Spielzeugeisenbahn"), "Honig Akazie" a honey (German writes "Akazienhonig", never "Honigakazie").

As the English table (`notegen.language.casing`), it is copied on first use into an indexed SQLite file of the
cache, and a process reads only the rows of the words it asks about.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import cache, lru_cache

from notegen.language.casing import english_frequency
from notegen.language.forms import cached_lookup, lookups_table
from notegen.language.german_lexicon import noun_reading

Lookup = Callable[[list[str]], dict[str, float]]
# The letters German puts between the parts of a compound ("Akazie|n|honig", "Geburtstag|s|karte", "Hund|e|leine")
LINKS = ("", "s", "n", "en", "es", "e", "er", "ens")
UNITS = ("Set", "Stück")  # what German calls several pieces sold together, and one of them ("Möbelstück")


@cache
def table() -> Lookup:
    """The look-up of log frequencies, from the cache file (built on first use) or, failing that, in memory."""
    return cached_lookup("de_lexeme_prob.sqlite", lambda: lookups_table("de", "lexeme_prob"), "probs", "prob", "REAL")


GERMAN_MARGIN = 2.0
"""How much more often (natural log units) German text must write a word than English text does for it to read as
German: "Pullover", "T-Shirt", "Tasche", "Mantel"; not "Shirt", "Ski", "Gift", "Beauty" or "Puma", which English
text writes as often or more."""
GERMAN_ONLY_MARGIN = 6.0
"""How much more often German text must write a word than English text does for English text to know it only in
German quotations: "Tasche", "Jacke", "Kette" (a few hundred times as often); not a maker sold abroad whose name
is also a German noun ("Mammut", "Falke", "Zwilling")."""


def reads_german(word: str, margin: float = GERMAN_MARGIN) -> bool:
    """Whether German text writes `word` with a capital clearly more often (`margin`) than English text writes it
    at all: a German noun, as against an English word German also uses or a brand English text knows."""
    german = table()([word]).get(word)
    english = english_frequency(word)
    return german is not None and (english is None or german > english + margin)


@lru_cache(maxsize=4096)
def joined(first: str, second: str) -> float | None:
    """How often (natural log of its frequency) German text writes the compound of the nouns `first` and
    `second`, in that order, with or without linking letters and with or without the first noun's final e
    ("Akazienhonig" of "Akazie" and "Honig", "Schulranzen" of "Schule" and "Ranzen"); None where it writes none."""
    stems = [first] + ([first[:-1]] if first.endswith("e") and len(first) > 3 else [])
    tail = second.lower()
    forms = [stem[:1].upper() + stem[1:].lower() + link + tail for stem in stems for link in LINKS]
    found = table()(forms)
    return max(found.values()) if found else None


def one_word(first: str, second: str) -> bool:
    """Whether German text writes the nouns `first` and `second` as one word in that order, and more often than the
    other way round: "Spielzeug" and "Eisenbahn" ("Spielzeugeisenbahn"), not "Honig" and "Akazie"."""
    forward = joined(first, second)
    backward = joined(second, first)
    return forward is not None and (backward is None or forward > backward)


def plural_share(noun: str, plural: str) -> float | None:
    """How much more often (natural log units) German text writes the plural `plural` of `noun` than the noun
    itself, below zero where less often: a thing sold one by one is written in the plural about as often ("Shirts",
    "Hosen", "Boxen"); a use, a kind or a scent hardly ever ("Aloen", "Colleges"), or never ("Sporte",
    "Mysterys": minus infinity). None where nothing tells: the two are spelt alike ("Ski", "Jogger") or text lacks
    the noun."""
    if not plural or plural.lower() == noun.lower():
        return None
    found = table()([noun, plural])
    if noun not in found:
        return None
    return found[plural] - found[noun] if plural in found else -math.inf


def only_singular(noun: str, plurals: list[str]) -> bool:
    """Whether German text writes `noun` but none of its `plurals` ("Essigmutter", never "Essigmütter" or
    "Essigmuttern"): goods that are not counted."""
    found = table()([noun, *plurals])
    return noun in found and not any(plural in found for plural in plurals)


def comes_in_sets(noun: str) -> bool:
    """Whether German text names a set of the noun `noun`, or of the last part of a compound, or one piece of it
    ("Pinselset", "Kofferset"; "Möbelstück" of "Puppenhaus|möbel"): a noun written alike in both numbers that counts
    its parts ("Pinsel, 5-teilig") then names several pieces sold together; of any other ("Spiegel, 3-teilig")
    nothing tells whether it is one piece of several parts or several pieces."""
    cut = noun_reading(noun)[1]
    last = noun[-cut:] if cut else noun
    return any(joined(word, unit) is not None for word in {noun, last[:1].upper() + last[1:]} for unit in UNITS)
