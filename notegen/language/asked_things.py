"""The things a customer's question names, and whether they are in the order it came with.

"Wie wasche ich den Wollschal?" on an order of socks asks about something the order does not hold; a reply
that thanks for the socks and then promises "an answer to your question about care" reads as if the question
were about the socks. This reading tells the two apart, by the words alone (the pipeline tags no parts of
speech):

- a thing is named by the words after an article or a possessive ("the chopping board", "den Wollschal",
  « la planche à découper »), or by a word with a capital inside the sentence where a capital marks a noun or
  a name (German nouns; a French or English product name: « Brume d'oreiller »);
- words the customer-note rules name (a topic's "dishwasher", "Waschmaschine", a person, a cue word), stop
  words, and the ``order_things`` of ``words.yml`` (the parcel, the order, a delivery) name no product;
- a thing is in the order when one of its words and a word of an item's name or variant share a stem
  ("Schal" in "Wollschal „Fjord“", "socks" and "Merino Socks").

    >>> sorted(things_asked("Is the apron dishwasher safe?", "en"))
    ['apron']
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Doc

from notegen.language.forms import stop_words
from notegen.language.note_rules import fold, note_rules
from notegen.language.pipeline import pipeline

_WORD = re.compile(r"[^\W\d_]+")
_ALPHA = re.compile(r"^[^\W\d_]+(?:-[^\W\d_]+)*$")
_AFTER = 3
"""How many words after an article or a possessive may name the thing ("the wool throw blanket")."""
_DETERMINERS = {
    "de": ("der", "die", "das", "den", "dem", "des", "mein", "meine", "meinen", "meinem", "eure", "euren", "eurem"),
    "fr": ("le", "la", "les", "l", "ce", "cet", "cette", "ces", "votre", "vos", "ton", "ta", "tes", "du"),
    "en": ("the", "your", "my", "our", "its"),  # not "this", "these": pronouns as often ("do these come in …")
}
_PREPOSITIONS = ("place_preps", "gift_preps", "occasion_preps", "of_preps", "recipient_preps", "thanks_preps")
"""The word groups of ``words.yml`` that hold prepositions."""
_CAPITAL_NOUNS = frozenset({"de"})
"""Languages whose nouns all take a capital: there any capitalised word inside a sentence names a thing."""
_SHORTEST = 3


@lru_cache(maxsize=2048)
def things_asked(text: str, lang: str) -> frozenset[str]:
    """The words (lower-case) with which the note `text` names a thing, by the reading above."""
    return frozenset(word.lower() for phrase in phrases_asked(text, lang) for word in phrase.words)


@dataclass(frozen=True, slots=True)
class ThingNamed:
    """A thing the note names: its words as the customer wrote them, side by side in the note, the article or
    possessive before them ("die", "le", "the"; "" when a capital alone marks it: „Merino-Socken“), whether a
    small word stands right before them instead ("in Ordnung", "auf Lager": a set phrase more often than a thing),
    and whether they follow the first word of their sentence, not a preposition ("Passt Merino-Socken …?": its
    subject)."""

    words: tuple[str, ...]
    determiner: str
    after_small_word: bool = False
    second: bool = False

    @property
    def text(self) -> str:
        return " ".join(self.words)


@lru_cache(maxsize=2048)
def phrases_asked(text: str, lang: str) -> tuple[ThingNamed, ...]:
    """The things the note `text` names, by the reading above, in the order it names them."""
    rules = note_rules(lang)
    doc = pipeline(lang)(" ".join(text.split()))
    cued = {i for _, start, end in rules.matcher(doc) for i in range(start, end)}  # "dishwasher", "Paket"
    ignored = rules.words.get("order_things", frozenset()) | _stop(lang) | rules.words.get("persons", frozenset())
    preps = rules.words.get("recipient_preps", frozenset())
    determiners = _DETERMINERS.get(lang, ())
    found: list[int] = []
    after, first = 0, True
    for token in doc:
        if not _ALPHA.match(token.text):
            first = first or token.text in ".!?…"
            after = 0 if token.text in ".!?…,;:" else after
            continue
        lower = token.lower_
        capital = not first and token.text[:1].isupper() and (lang in _CAPITAL_NOUNS or _proper(doc))
        named = capital or (after > 0 and lang not in _CAPITAL_NOUNS)
        after = _AFTER if lower.rstrip("'’") in determiners else max(0, after - 1)
        first = False
        if token.i in cued or lower in ignored or fold(lower) in ignored:
            after = 0 if named else after  # the phrase after the article ends at a cue's word or a small word
            continue
        if token.i > 0 and doc[token.i - 1].lower_ in preps and capital:
            continue  # a name after "für", "pour", "for": whom a present is for
        if named and len(lower) >= _SHORTEST:
            found.append(token.i)
    words = rules.words
    opening = frozenset().union(*(words.get(group, frozenset()) for group in _PREPOSITIONS))
    return _joined(doc, found, determiners, _stop(lang), opening)


def _joined(
    doc: Doc, found: list[int], determiners: tuple[str, ...], small: frozenset[str], preps: frozenset[str]
) -> tuple[ThingNamed, ...]:
    """The found words, those side by side in the note joined into one thing ("oak chopping board"); `preps` the
    prepositions that may open a question ("In Ordnung?")."""
    phrases: list[ThingNamed] = []
    last = -2
    for index in found:
        if index == last + 1 and phrases:
            phrases[-1] = replace(phrases[-1], words=(*phrases[-1].words, doc[index].text))
        else:
            before = doc[index - 1].lower_.rstrip("'’") if index else ""
            determiner = before if before in determiners else ""
            second = (index == 1 or (index > 1 and doc[index - 2].text in ".!?…")) and before not in preps
            small_before = not (determiner or second) and before in small  # "Sind Bienenwachstücher …": a verb
            phrases.append(ThingNamed((doc[index].text,), determiner, small_before, second))
        last = index
    return tuple(phrases)


@lru_cache(maxsize=4)
def _stop(lang: str) -> frozenset[str]:
    return stop_words().get(lang, frozenset())


def _proper(doc: Doc) -> bool:
    """Whether a capital inside a French or English sentence marks a name: most words of the note are lower-case
    (not "Is The Mug Safe?")."""
    words = [token.text for token in doc if token.is_alpha]
    return sum(word[:1].isupper() for word in words) * 2 <= len(words)


def names_other_things(text: str, lang: str, names: Iterable[str]) -> bool:
    """Whether the question `text` names a thing and none that the order's item `names` (names and variants)
    hold: the question is about something the order does not hold."""
    asked = things_asked(text, lang)
    if not asked:
        return False
    ordered = {word.lower() for name in names for word in _WORD.findall(name) if len(word) >= _SHORTEST}
    return not any(_same_stem(word, item) for word in asked for item in ordered)


def _same_stem(word: str, other: str) -> bool:
    """Whether two words name the same thing: one holds the other ("schal", "wollschal"), or they share all but
    their last two letters ("socken", "socke"; "bougies", "bougie")."""
    short, long = sorted((fold(word), fold(other)), key=len)
    if short in long:
        return True
    stem = short[: max(_SHORTEST, len(short) - 2)]
    return long.startswith(stem) and len(long) - len(stem) <= 3
