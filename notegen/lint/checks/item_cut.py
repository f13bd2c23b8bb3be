"""SIN206, a mention that starts like the item but is no form of it: a noun of the name cut short ("die
gießkann Zink" for "Gießkanne Zink", "den Wollsch" for "Wollschal", "la bougi"), misspelt by one letter
("den Wollschla", "die Gieskanne"), a German form of the head noun in lower case ("die gießkannen"), or the
shop's quoted product name written in lower case beside the head noun ("die Teetasse heide" for "Teetasse
„Heide“").

A word counts as a mention only where a mention stands: right after a determiner, or with adjectives and
number words between (`item_agreement.determiner_before`), and only when it is no word of the language in its
own right (the German noun lexicon, DELA): "Tee" is a word and the start of "Teebecher", "parfum" a word and
the start of "parfumée". The lower-cased product name counts only next to a form of the head noun and, in
French, when it is no common word ("le matin" is). English has no lexicon here: only German and French
are checked.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from notegen.language.french_lexicon import readings
from notegen.language.german_adjectives import is_adjective
from notegen.language.german_lexicon import entries
from notegen.language.items import head_forms, head_noun, split_name
from notegen.language.phrase import split_pack
from notegen.lint.checks.item_agreement import determiner_before
from notegen.lint.nlp.note_view import Hit, NoteView
from notegen.lint.rules import Rule
from notegen.model import Item

# Articles and small words a title begins with that a note writes in lower case of its own ("die", "und").
_GERMAN_SMALL_WORDS = frozenset(("der", "die", "das", "den", "dem", "des", "ein", "eine", "und", "im", "am", "zum"))
MIN_CUT = 4
"""The shortest cut word judged ("Woll" of "Wollschal"); shorter ones are too often words of their own."""
_LANGS = ("de", "fr")
_UMLAUTS = "äöü"


class Target(NamedTuple):
    """A noun of an item's name that a mention may cut or misspell: as written, and its correct forms."""

    word: str
    forms: frozenset[str]
    misses: frozenset[str]
    """What a writer may make of it that is none of its forms (see `_misses`)."""


def check_cut_names(rule: Rule, ctx: NoteView, item: Item) -> list[Hit]:
    """Words after a determiner that start like a noun of the item, or miss it by a letter, but are no form
    of it; German forms of the head in lower case; the product name in lower case beside the head."""
    if ctx.lang not in _LANGS:
        return []
    hits = []
    spelling = _Spelling(ctx.book.word_list("cut_endings"), _plain_spellings(ctx), ctx.book.word_list("plural_endings"))
    for target in _targets(item.name, ctx.lang, spelling):
        for index, variant in _near(ctx, target):
            if ctx.kinds[index] in ("body", "postscript") and determiner_before(rule, ctx, index) is not None:
                start, end = ctx.chars(index, index + 1)
                hits.append(Hit(start, end, {"name": target.word}, variant))
    hits += _lowered_product_name(ctx, item)
    return hits


class _Spelling(NamedTuple):
    """The language's spelling facts the check uses, from its words.yml: the endings a noun's forms add
    (`cut_endings`), the plain spellings of its letters (`plain_spellings`: "ü" written "u") and the endings
    that make a plural (`plural_endings`)."""

    endings: tuple[str, ...]
    plain: tuple[tuple[str, str], ...]
    plural: tuple[str, ...] = ()


def _plain_spellings(ctx: NoteView) -> tuple[tuple[str, str], ...]:
    """words.yml `plain_spellings` as (letter, plain) pairs."""
    pairs = ctx.book.words.get("plain_spellings") or ()
    return tuple((str(letter), str(plain)) for letter, plain in pairs)


@lru_cache(maxsize=8192)
def _targets(name: str, lang: str, spelling: _Spelling) -> tuple[Target, ...]:
    """The nouns of an item name a mention is judged against: German, every capitalised word of more than
    three letters from the head noun on, before the quoted name; French, the head noun. Remembered per name."""
    forms = head_forms(name, lang)
    noun_part = split_name(split_pack(name, lang)[0], lang)[0]  # not the pack: "ein paar Worte" for ", Paar"
    head = head_noun(name, lang)
    if lang == "de":  # the head and the nouns after it; the words before it are adjectives ("Kleine Gießkanne")
        words = [w.strip(",;:()") for w in noun_part.split()][head.index if head is not None else 0 :]
        nouns = [w for w in words if w[:1].isupper() and not w.isupper() and len(w) > 3 and w.isalpha()]
        nouns = [w for w in nouns if head is not None or not is_adjective(w)]
    else:
        nouns = [head.word] if head is not None and head.certain and head.word.isalpha() else []
    targets = []
    plural = lang == "de" and (head is None or head.plural_name)
    for noun in nouns:
        lower = noun.lower()
        correct = {lower + ending for ending in spelling.endings} | (forms if lower in forms else set())
        if plural:  # one of "Erdnägel, 10 Stück" is "der fehlende Erdnagel": no cut
            correct |= {one + ending for one in _singulars(lower, spelling) for ending in spelling.endings}
        wrong = _wrong_plurals(lower, forms) if lang == "fr" else frozenset()  # « chapeaus »
        correct -= wrong
        targets.append(Target(noun, frozenset(correct), (_misses(lower, spelling.plain) | wrong) - correct))
    return tuple(targets)


def _wrong_plurals(word: str, forms: frozenset[str]) -> frozenset[str]:
    """A French noun (lower case) with the plural ending its plural does not take, where the lexicon gives that
    plural: « chapeaus » of « chapeau » (« chapeaux »), « pneux » of « pneu » (« pneus »); a plural in -s of its
    own (« bodies ») leaves other spellings in -s to the writer (« bodys »)."""
    plurals = forms - {word}
    if word.endswith(("s", "x", "z")) or not plurals:
        return frozenset()
    if all(plural.endswith("x") for plural in plurals):
        return frozenset({word + "s"})
    return frozenset({word + "x"}) if word + "s" in plurals else frozenset()


def _singulars(plural: str, spelling: _Spelling) -> set[str]:
    """The singulars a German plural (lower case) may have: without a plural ending of `spelling.plural`
    ("handschuhe" → "handschuh"), the last umlaut written plain or not ("erdnägel" → "erdnagel")."""
    found = set()
    for ending in ("", *spelling.plural):
        stem = plural[: len(plural) - len(ending)] if plural.endswith(ending) else ""
        if len(stem) < MIN_CUT:
            continue
        found.add(stem)
        vowels = {letter: plain for letter, plain in spelling.plain if letter in _UMLAUTS}
        at = max(stem.rfind(letter) for letter in vowels)
        if at >= 0:
            found.add(stem[:at] + vowels[stem[at]] + stem[at + 1 :])
    return found - {plural}


def _near(ctx: NoteView, target: Target) -> Iterator[tuple[int, str]]:
    """(token, variant) of each word of the note that is a cut ("cut"), a one-letter slip ("misspelt") or a
    lower-cased German form ("lowered") of the target."""
    index = ctx.body_index
    for word in target.misses.intersection(index):  # the note's words are fewer than a noun's misses
        for position in index[word]:
            if not _known(ctx.texts[position], ctx.lang):
                yield position, "cut" if target.word.lower().startswith(word) else "misspelt"
    if ctx.lang == "de":
        for form in target.forms.intersection(index):
            for position in index[form]:
                if ctx.texts[position] == form:
                    yield position, "lowered"


def _misses(word: str, plain: tuple[tuple[str, str], ...]) -> frozenset[str]:
    """What a writer makes of `word` (lower case) by cutting it short (at least half of it and MIN_CUT letters
    left), dropping, doubling or swapping a letter, or writing a letter plain (`plain`: "ü" as "u")."""
    found = {word[:cut] for cut in range(max(MIN_CUT, (len(word) + 1) // 2), len(word))}
    if len(word) >= 6:
        found |= {word[:i] + word[i + 1 :] for i in range(1, len(word))}
        found |= {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(1, len(word) - 1)}
        found |= {word[: i + 1] + word[i:] for i in range(1, len(word))}
    found |= {word.replace(letter, written) for letter, written in plain if letter in word}
    return frozenset(found - {word})


@lru_cache(maxsize=65536)
def _known(text: str, lang: str) -> bool:
    """Whether a word is a word of the language in its own right (so that it is no cut of another)."""
    if lang == "de":
        return bool(entries(text))
    return bool(readings(text) or readings(text, "A"))


def _lowered_product_name(ctx: NoteView, item: Item) -> list[Hit]:
    """The words of the quoted product name in lower case, next to a form of the head noun and, in French, not
    a common word ("la tasse provence" for "Tasse « Provence »", but "une tasse pour le matin"). A German noun
    in lower case is wrong whatever it names ("die Teetasse heide")."""
    words, forms = _product_words(item.name, ctx.lang)
    hits = []
    for word, lower in words:
        for position in ctx.body_index.get(lower, ()):
            if ctx.texts[position] == lower and _beside(ctx, position, forms):
                start, end = ctx.chars(position, position + 1)
                hits.append(Hit(start, end, {"name": word}, "casing"))
    return hits


@lru_cache(maxsize=8192)
def _product_words(name: str, lang: str) -> tuple[tuple[tuple[str, str], ...], frozenset[str]]:
    """The words of an item's quoted product name that a note may lower-case wrongly, each with its lower case
    (capitalised words of letters; in French, no common word), and the forms of the head noun."""
    quoted = split_name(name, lang)[1]
    forms = head_forms(name, lang)
    if not quoted or not forms:
        return (), forms
    words = []
    for word in quoted.strip("„“”«»‚‘\"' \xa0").split():
        lower = word.lower()
        if lower in _GERMAN_SMALL_WORDS:  # „Die Zauberflöte“: "die Klavierauszüge" is the article
            continue
        if word != lower and word.isalpha() and (lang == "de" or not _known(lower, lang)):
            words.append((word, lower))
    return tuple(words), forms


def _beside(ctx: NoteView, position: int, forms: frozenset[str]) -> bool:
    """Whether the word before or after token `position` (past spaces) is one of `forms`."""
    for step in (-1, 1):
        other = position + step
        while 0 <= other < len(ctx.lowers) and ctx.space[other]:
            other += step
        if 0 <= other < len(ctx.lowers) and ctx.lowers[other] in forms:
            return True
    return False
