"""SIN206 in English, with the order: a plural spelt with an "s" it does not take.

- A plural made with an "s" where the noun takes another: "Felt Elfs" (Elves), "Childs", and an "s" on a
  plural of its own: "the Mices", or on a classical plural the noun may take: "Cactis", "Cherubims". The
  plural is the composer's (`Head.plural`); a plural name's wrong forms are
  its own with an "s" and the regular plurals of its singular, by the rule's `irregular_endings`. Other nouns of
  the name whose plural takes no plain "s" ("Sheep", "Bookshelf") are judged alike.
- The ending a noun does not take, "-s" or "-es": "Capoes" (Capos), "Potatos" (Potatoes), "Boxs" (Boxes); not
  for a noun in -o with both plurals in use (the rule's `both_plurals`).
- An "s" glued to a word of the name that is plural already ("Chinoss").
- The plural put on a word of the name before its head, with the next word of the name after it: "the three
  Bosches 18V Cordless Drill", "the Glazings Packers" (the maker, a noun used as a modifier). Not when the
  composer writes that word so: "the three Mortars and Pestles", two nouns joined by "and", nor after "of",
  where the writer turned the name round ("two boxes of dates and pistachios" for "Date and Pistachio Box").
"""

from __future__ import annotations

from functools import lru_cache

from notegen.language.english_plurals import classical_plural
from notegen.language.forms import lemma_store
from notegen.language.items import Head, head_noun, item_phrase
from notegen.language.phrase import split_name
from notegen.lint.checks.item_english_words import next_token
from notegen.lint.nlp.note_view import Hit, NoteView
from notegen.lint.rules import Rule
from notegen.model import Item


def plural_spelling(rule: Rule, ctx: NoteView, words: tuple[str, ...], name: str, head: Head) -> list[Hit]:
    """The hits for plurals of the name's head and other nouns spelt with a wrong "s", and for an "s" glued
    to a word of the name that is plural already."""
    hits = _glued_to_name(ctx, words) + _regular_s(rule, ctx, head)
    return hits + [hit for other in _other_nouns(name, head.word) for hit in _regular_s(rule, ctx, other)]


def _regular_s(rule: Rule, ctx: NoteView, head: Head) -> list[Hit]:
    """A noun of the name given a plural "s" it does not take: "Elfs" for "Elves", "Mices" for "Mice"."""
    hits = []
    endings = rule.settings.get("irregular_endings", {})
    for form in _wrong_plurals(head, tuple((ending, tuple(forms)) for ending, forms in sorted(endings.items()))):
        for index in ctx.body_index.get(form, ()):
            hits.append(Hit(*ctx.chars(index, index + 1), {"name": head.plural or head.word}, "irregular"))
    for form in _other_ending(head, rule.setting_set("both_plurals")):
        for index in ctx.body_index.get(form, ()):
            hits.append(Hit(*ctx.chars(index, index + 1), {"name": head.plural, "word": head.word}, "ending"))
    return hits


def _other_ending(head: Head, both: frozenset[str]) -> frozenset[str]:
    """The plural a noun does not take of the two an English noun may be given, "-s" or "-es" (lower case):
    "capoes" of "Capo" (Capos), "potatos" of "Potato" (Potatoes), "boxs" of "Box" (Boxes), by the plural the
    composer gives it (`Head.plural`, from `inflect`). A noun in -o that takes both ("mangos", "mangoes": the
    rule's `both_plurals`) has none; nor does a noun whose "-es" would be a word of its own ("tines")."""
    word, plural = head.word.lower(), head.plural.lower()
    if head.plural_name or head.mass or not word.isalpha() or word in both:
        return frozenset()
    if plural == word + "es":
        return frozenset({word + "s"})
    if plural == word + "s" and word.endswith("o"):
        return frozenset({word + "es"})
    return frozenset()


@lru_cache(maxsize=8192)
def _other_nouns(name: str, head: str) -> tuple[Head, ...]:
    """The words of a name besides its head noun read as nouns of their own, those whose plural takes no plain
    "s" ("Sheep" of "Sheep Wool Blanket", "Bookshelf" of "Bookshelf Speaker Stand"): a writer who makes such a
    word plural gives it the wrong "s" as readily as a head noun ("Sheeps", "Bookshelfs")."""
    found = []
    for word in split_name(name, "en")[0].split():
        if not word.isalpha() or word.lower() == head.lower() or len(word) < 3:
            continue
        noun = head_noun(word, "en")
        if noun is not None and noun.plural and noun.plural.lower() not in (word.lower() + "s", word.lower() + "es"):
            found.append(noun)
    return tuple(found)


@lru_cache(maxsize=8192)
def _wrong_plurals(head: Head, endings: tuple[tuple[str, tuple[str, ...]], ...]) -> frozenset[str]:
    """The plurals in "s" that a head noun does not take (lower case): its own with an "s" when its plural is
    not made so; for a plural name, also the "s" plurals of its singular by the irregular `endings`
    ("elves" → "elfs", "elfes"; "mice" → "mouses")."""
    word, plural = head.word.lower(), (head.plural or "").lower()
    if head.mass or not plural:
        return frozenset()
    if not head.plural_name:
        wrong = set() if plural in (word + "s", word + "es") else {word + "s"}
        return frozenset(wrong | _classical_again(word))
    # "Jeans", "Chinos": an "s" after their own is `_glued_to_name`'s
    wrong = set() if word.endswith("s") else {word + "s"}
    for ending, regular in endings:
        if word.endswith(ending):
            wrong |= {word[: -len(ending)] + form for form in regular}
    return frozenset(wrong)


def _classical_again(word: str) -> set[str]:
    """A noun's classical plural given an "s" as well ("cherubims", "cactis", "antennaes"), where that form is
    no word of its own in the lemma table (unlike "operas", the plural of "opera" as well as a plural of "opus")."""
    classical = classical_plural(word) if word.isalpha() else word
    again = classical + "s"
    if classical == word or classical.endswith("s") or lemma_store("en").lemma(again) is not None:
        return set()
    return {again}


def zero_plural(word: str) -> bool:
    """Whether a noun may keep its form in the plural, so that a count before it is no error: Latin names of
    plants in -is ("three Clematis", beside "three Clematises"). A word in -is whose plural in -es the
    language's lemma table knows ("trellises", "mantises") is a noun of everyday English that takes it."""
    lower = word.lower()
    return lower.endswith("is") and len(lower) > 4 and lemma_store("en").lemma(lower + "es") != lower


def plural_before_head(ctx: NoteView, item: Item, words: tuple[str, ...], position: int) -> list[Hit]:
    """A word of the name before its head (at `position` among `words`) in the plural, followed by the next word
    of the name, where the composer keeps it as the shop wrote it."""
    composed = _composed_words(item.name)
    hits = []
    for at, word in enumerate(words[:position]):
        if not (len(word) > 2 and word.isalpha() and word[:1].isupper()) or word.lower().endswith("s"):
            continue
        if any(later.lower() == "of" for later in words[at + 1 : position]):
            continue  # "Raised Relief Maps of the Alps": which noun counts is the composer's to read
        following = words[at + 1].lower()
        for form in {f"{word.lower()}s", f"{word.lower()}es", f"{word.lower()[:-1]}ies"} - composed:
            for index in ctx.body_index.get(form, ()):
                after, before = next_token(ctx, index), ctx.word_before(index)
                if before >= 0 and ctx.lowers[before] == "of":
                    continue  # "two boxes of dates and pistachios": the name turned round, the word a noun of its own
                if after >= 0 and ctx.lowers[after] == following:
                    hits.append(Hit(*ctx.chars(index, index + 1), {"name": item.name}, "plural_elsewhere"))
    return hits


@lru_cache(maxsize=4096)
def _composed_words(name: str) -> frozenset[str]:
    """The words of the composer's phrases for one and for three of the item, in lower case."""
    phrases = (item_phrase(Item(name, quantity), "en", True).nom for quantity in (1, 3))
    return frozenset(word.lower() for phrase in phrases for word in phrase.split())


def _glued_to_name(ctx: NoteView, words: tuple[str, ...]) -> list[Hit]:
    """A word of the name that ends in "s" written with another "s" ("Chinoss", "Highlighter Penss"): a
    plural made of a word that is plural already."""
    hits = []
    for word in words:
        if len(word) > 2 and word.isalpha() and word.endswith("s"):
            for index in ctx.body_index.get(f"{word.lower()}s", ()):
                hits.append(Hit(*ctx.chars(index, index + 1), {"name": word}, "plural_again"))
    return hits


_LEARNED = (("us", "i"), ("um", "a"), ("on", "a"), ("is", "es"), ("ex", "ices"), ("ix", "ices"))
"""The endings of a Latin or Greek singular and its learned plural ("hippopotamus": "hippopotami", "index":
"indices")."""


@lru_cache(maxsize=8192)
def learned_plurals(singular: str) -> tuple[str, ...]:
    """The learned plurals of a noun (lower case) that the lemma table reads as it ("hippopotami" beside the
    composer's "hippopotamuses"): a plural a native writer may give it."""
    store = lemma_store("en")
    found = (singular[: -len(end)] + plural for end, plural in _LEARNED if singular.endswith(end))
    return tuple(form for form in found if form != singular and store.lemma(form) == singular)
