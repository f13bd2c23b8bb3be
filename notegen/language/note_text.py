"""The words of a customer's note before the rules read it: whether the note is only noise, and the words a
customer mistyped, read as the cue words they were meant to be.

    >>> only_noise(["ok", "merci"], frozenset({"ok", "merci", "merci beaucoup"}))
    True

A noise note is one whose every word belongs to a phrase of the language's ``noise`` group ("n/a thanks",
"ok merci", "nein danke"), not only a note that is one such phrase.

A mistyped word is a word of at least `MIN_LENGTH` letters that neither the lemma lexicon nor the rules know,
one edit (a letter left out, added, changed, or two letters swapped; accents ignored; never the first letter)
away from exactly one word of at least `MIN_MEANT` letters that the rules name: "kaput" is read as "kaputt",
"damagd" as "damaged", "recieved" as "received". A word typed without its accents needs no correction: the
rules match "echantillon" as "échantillon" (see `notegen.language.note_rules`).
A word close to two of them is left as it is: a wrong guess is worse than none.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc

from notegen.language.forms import lemma_store, stop_words
from notegen.language.note_rules import NoteRules, fold

MIN_LENGTH = 5
"""The shortest word taken for a typo of a cue word (shorter words are too often other words)."""
MIN_MEANT = 6
"""The shortest cue word a typo is read as."""
_LONGEST_NOISE = 4
_CHUNK = re.compile(r"\S+")
_NUMBER = re.compile(r"^\d{1,4}(?:st|nd|rd|th|er|e|ème|eme)?$")
_ENDINGS = {"de": ("e", "n", "en", "s", "es", "er"), "fr": ("s", "x", "e", "es"), "en": ("s", "es", "ed")}
"""Regular endings: a word one of whose forms with them the lemma lexicon leads back to it is a known word
("Woche": "Wochen" is a form of it), though the lexicon lists only the forms that differ from their lemma."""


def _verb_forms(word: str, lang: str) -> tuple[str, ...]:
    """Present forms of a French infinitive ("tester": "teste"; "finir": "finit"), which the lexicon leads back
    to it though it does not list the infinitive itself."""
    return (word[:-1], word[:-2] + "t") if lang == "fr" and word.endswith(("er", "ir")) else ()


def only_noise(words: list[str], noise: frozenset[str]) -> bool:
    """Whether `words` (lower-case) are all covered by phrases of `noise`, read from the left."""
    at = 0
    while at < len(words):
        for size in range(min(_LONGEST_NOISE, len(words) - at), 0, -1):
            if " ".join(words[at : at + size]) in noise:
                at += size
                break
        else:
            return False
    return bool(words)


def corrected_text(doc: Doc, rules: NoteRules) -> str | None:
    """The note's text with each mistyped word replaced by the cue word it was meant as, or None when no word
    is mistyped."""
    changed = False
    parts: list[str] = []
    for token in doc:
        meant = ""
        lower = token.lower_
        if token.is_alpha and len(lower) >= MIN_LENGTH and lower not in rules.vocabulary:
            meant = "" if known_word(lower, rules.lang) else meant_word(lower, rules)
        changed = changed or bool(meant)
        parts.append((meant or token.text) + token.whitespace_)
    return "".join(parts) if changed else None


def as_typed(phrase: str, meant: str, typed: str) -> str:
    """`phrase`, a part of `meant` (the note `typed` with its mistyped words corrected by `corrected_text`), as the
    customer typed it: "my brothr" for "my brother" (a recipient keeps the customer's own spelling). The correction
    keeps every space, so the words between spaces match one for one; `phrase` itself when it cannot be found."""
    start = meant.find(phrase) if phrase else -1
    meant_words, typed_words = list(_CHUNK.finditer(meant)), list(_CHUNK.finditer(typed))
    if start < 0 or len(meant_words) != len(typed_words):
        return phrase
    end = start + len(phrase)
    first = next(i for i, word in enumerate(meant_words) if word.end() > start)
    last = next(i for i, word in enumerate(meant_words) if word.end() >= end)
    begin = typed_words[first].start() + start - meant_words[first].start()
    return typed[begin : typed_words[last].end() - (meant_words[last].end() - end)]


def known_word(word: str, lang: str) -> bool:
    """Whether the lexicon knows `word` (lower-case): as a form, a stop word, or a lemma of regular forms."""
    store = lemma_store(lang)
    if word in _stop_words(lang) or any(store.lemma(form) == word for form in _verb_forms(word, lang)):
        return True
    for form in (word, word.capitalize()):
        if store.lemma(form) or any(
            (store.lemma(form + ending) or "").lower() == word for ending in _ENDINGS.get(lang, ())
        ):
            return True
    return False


def meant_word(word: str, rules: NoteRules) -> str:
    """The one cue word `word` is a single edit away from, or "" (none, or more than one)."""
    folded = fold(word)
    index = _by_length(rules.lang, rules.vocabulary)
    if any(plain == folded for _, plain in index.get(len(folded), ())):
        return ""  # typed without its accents ("echantillon"): the rules match it as it is
    found = {
        candidate
        for candidate, plain in index.get(len(folded), ())
        if plain[0] == folded[0] and _one_edit(folded, plain)
    }
    found |= {
        candidate
        for size in (len(folded) - 1, len(folded) + 1)
        for candidate, plain in index.get(size, ())
        if plain[0] == folded[0] and _one_edit(folded, plain)
    }
    return found.pop() if len(found) == 1 else ""


def only_a_date(text: str, date_words: frozenset[str]) -> bool:
    """Whether `text` is a date and nothing else ("14. Jänner", "le 23/12", "03/04"): numbers, and words of
    `date_words` (the months, an article)."""
    words = re.findall(r"[^\W_]+", text.lower())
    numbers = [word for word in words if _NUMBER.match(word)]
    return bool(numbers) and all(word in date_words or _NUMBER.match(word) for word in words)


_DIGITS = re.compile(r"\d")
_PHONE_DIGITS = 9
"""A phone number has at least this many digits ("0176 4458213", "06 12 45 78 90", "07700 900461"); a date or an
order number fewer, or no spaces between them."""


def only_a_phone_number(text: str, phone_words: frozenset[str]) -> bool:
    """Whether `text` is a phone number and nothing else ("Tel. 0176 4458213", "06 12 45 78 90"): digits in groups,
    at least `_PHONE_DIGITS` of them, and words of `phone_words` ("tel", "mobile")."""
    words = re.findall(r"[^\W_]+", text.lower())
    numbers = [word for word in words if word.isdigit()]
    return (
        len(numbers) >= 2
        and len(_DIGITS.findall(text)) >= _PHONE_DIGITS
        and all(word in phone_words or word.isdigit() for word in words)
    )


def only_a_reference(text: str, reference_words: frozenset[str]) -> bool:
    """Whether `text` is an order or customer number and nothing else ("Bestellnr. 20417", "commande n° 48213"):
    one number and words of `reference_words`, at least one of them."""
    words = re.findall(r"[^\W_]+", text.lower())
    numbers = [word for word in words if any(char.isdigit() for char in word)]
    named = [word for word in words if word in reference_words]
    return len(numbers) == 1 and bool(named) and len(numbers) + len(named) == len(words)


def known_share(text: str, lang: str) -> float:
    """The share of the words of `text` that the lexicon of `lang` knows (0 for a text of no words)."""
    words = re.findall(r"[^\W\d_]{2,}", text.lower())
    return sum(known_word(word, lang) for word in words) / len(words) if words else 0.0


@cache
def _stop_words(lang: str) -> frozenset[str]:
    return stop_words().get(lang, frozenset())


@cache
def _by_length(lang: str, vocabulary: frozenset[str]) -> dict[int, tuple[tuple[str, str], ...]]:
    """The rules' words of `MIN_LENGTH` letters or more, with their accent-free form, by that form's length."""
    index: dict[int, list[tuple[str, str]]] = {}
    for word in vocabulary:
        if len(word) < MIN_MEANT:
            continue
        plain = fold(word)
        index.setdefault(len(plain), []).append((word, plain))
    return {size: tuple(sorted(words)) for size, words in index.items()}


def _one_edit(a: str, b: str) -> bool:
    """Whether `a` and `b` differ by one letter left out, added, changed, or two neighbours swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        first, second = [*diff, 0, 0][:2]
        return len(diff) == 2 and second == first + 1 and a[first] == b[second] and a[second] == b[first]
    short, long = (a, b) if len(a) < len(b) else (b, a)
    at = next((i for i in range(len(short)) if short[i] != long[i]), len(short))
    return short[at:] == long[at + 1 :]
