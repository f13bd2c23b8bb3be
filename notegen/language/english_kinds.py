"""What kind of word English uses a word as: a noun, an adjective, or both.

The answer comes from spacy-lookups-data's `lemma_index` table of English (WordNet's lemmas by part of speech);
as the word frequencies (`notegen.language.casing`), it is copied on first use into an indexed SQLite file of the
cache, and a process reads only the rows of the words it asks about. A German name asks it for the word after its
noun: "Gift Card" and "Ski Wax" go on in English, "Rucksack Classic" names a model.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache, lru_cache
from typing import Any

from notegen.language.forms import cached_lookup, lookups_table


def _kinds_of_words() -> dict[str, str]:
    """Each lemma of the table with the kinds of word it is, space-separated ("noun adj")."""
    kinds: dict[str, list[str]] = {}
    for kind, lemmas in lookups_table("en", "lemma_index").items():
        for lemma in lemmas:
            kinds.setdefault(lemma, []).append(kind)
    return {lemma: " ".join(found) for lemma, found in kinds.items()}


@cache
def table() -> Callable[[list[str]], dict[str, Any]]:
    """The look-up of kinds of word, from the cache file (built on first use) or, failing that, in memory."""
    return cached_lookup("en_lemma_index.sqlite", _kinds_of_words, "kinds", "kind", "TEXT")


@lru_cache(maxsize=4096)
def word_kinds(word: str) -> frozenset[str]:
    """The kinds of word (noun, adj, verb, adv) English uses `word` as, in lower case; empty when it knows none."""
    lower = word.lower()
    return frozenset(str(table()([lower]).get(lower, "")).split())


def only_a_noun(word: str) -> bool:
    """Whether English uses `word` as a noun and never as an adjective ("card", "wax"; not "classic", "pro")."""
    kinds = word_kinds(word)
    return "noun" in kinds and "adj" not in kinds
