"""How English usually writes a word: with a capital, as a name ("Shetland", "Harris"), or in lower case, as a
common word ("cashmere", "garden").

The answer comes from spacy-lookups-data's `lexeme_prob` table of English, which holds the log frequency of each
form as written. The table has a million rows, so, as the lemma tables (`notegen.language.forms`), it is copied
on first use into an indexed SQLite file of the cache, and a process reads only the rows of the words it asks
about. The lint's casing check of item names asks for a name whose capitals a note changed; the English head of a
name asks for a last word that reads as a plural in -s ("Dry Fly Adams": a fly of the pattern Adams).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache, lru_cache

from notegen.language.forms import cached_lookup, lookups_table

NAME_MARGIN = 1.0
"""How much more often (in natural log units) a word must be written with a capital to be read as a name."""
PLAIN_MARGIN = 2.0
"""How much more often (in natural log units) a word must be written in lower case to be read as no maker's name."""
Lookup = Callable[[list[str]], dict[str, float]]


@cache
def table() -> Lookup:
    """The look-up of log frequencies, from the cache file (built on first use) or, failing that, in memory."""
    return cached_lookup("en_lexeme_prob.sqlite", lambda: lookups_table("en", "lexeme_prob"), "probs", "prob", "REAL")


@lru_cache(maxsize=4096)
def _frequencies(word: str) -> tuple[float | None, float | None]:
    """The log frequencies of `word` in lower case and with a capital (None where the table lacks the form)."""
    lower, title = word.lower(), word[:1].upper() + word[1:].lower()
    found = table()([lower, title])
    return found.get(lower), found.get(title)


def usually_capitalised(word: str) -> bool:
    """Whether English writes `word` with a capital clearly more often than in lower case (a place, a brand, a
    person: "Shetland", "Harris"); a word the table does not know in lower case counts as a name too."""
    lower, title = _frequencies(word)
    return lower is None or (title is not None and title > lower + NAME_MARGIN)


def mostly_lower_case(word: str) -> bool:
    """Whether English writes `word` in lower case far more often than with a capital (`PLAIN_MARGIN`): a thing
    ("candle", "lamp"), hardly ever a maker's name, as "Canon", "Apple" or "Ring" are often enough."""
    lower, title = _frequencies(word)
    return lower is not None and (title is None or lower > title + PLAIN_MARGIN)


def common_word(word: str) -> bool:
    """Whether English writes `word` in lower case as a word of its own ("shoe", "folding"), as against a name or
    a string of initials it does not know in lower case ("HDMI")."""
    return not usually_capitalised(word)


def common_frequency(word: str) -> float | None:
    """The log frequency of `word` written in lower case, None where the table lacks it."""
    return _frequencies(word)[0]


def english_frequency(word: str) -> float | None:
    """The log frequency of `word` in English text, in lower case or with a capital, whichever is the more often
    written; None where the table lacks both."""
    found = [frequency for frequency in _frequencies(word) if frequency is not None]
    return max(found) if found else None


def known_name(word: str) -> bool:
    """Whether English knows `word` as a name ("Adams", "Hughes"): written with a capital in the table, and clearly
    more often so than in lower case. A word the table does not hold at all ("Scourers") is no known name."""
    lower, title = _frequencies(word)
    return title is not None and (lower is None or title > lower + NAME_MARGIN)


def written_as_name(word: str) -> bool:
    """Whether English text writes `word` with a capital at least as often as in lower case, as a brand or a
    family name ("Pelikan", "Zwilling"); a word it does not hold with a capital is none ("Ring", "Kette")."""
    lower, title = _frequencies(word)
    return title is not None and (lower is None or title >= lower)


def written_in_english(word: str) -> bool:
    """Whether English text holds `word` at all, in lower case or with a capital: a brand sold abroad ("Fiskars",
    "Opinel") is; most German nouns are not."""
    return _frequencies(word) != (None, None)
