"""Correct notes built from the held-out item oracles, and wrong versions of them made by general mutations.

The oracles are the hand-checked phrases of tests/data/blind/[roundN/]{de,fr,en}_items.tsv (see tests/blind/grammar.py
for their columns): nothing here asks notegen how to name an item. Each accepted phrase goes into a plain sentence of
a short, correct note (greeting, a sentence naming the item, signature); a mutation changes one thing a native reader
would mark: a German article of another gender or number, "den" for "dem" after "mit", an adjective ending of the
other number; a French « le » for « la », « les » before a singular, « l' » dropped before a vowel or added before an h
aspiré, a plural head without its « s »; an English "a" for "an", an "s" glued to a size, "the The", "a" before a
plural. A mutation that could give another correct form is not made (a German noun alike in both numbers, a French
noun in -s, -x or -z, an English plural like its singular, a form the oracle lists as acceptable).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from tests.blind.grammar import DATA, Row, normal, rows

FOLDERS = (
    "",
    *sorted((p.name for p in DATA.glob("round*") if (p / "de_items.tsv").exists()), key=lambda n: int(n[5:])),
)
"""The rounds whose item lists are read, every one there is: the first round's folder is the data folder itself."""

CUSTOMER = {"first_name": "Julia", "last_name": "Keller", "email": "kundin@example.org", "salutation": "ms"}
NOTES = {
    "de": "Liebe Frau Keller,\n\n{sentence}\n\nHerzliche Grüße\nAnna Berger",
    "fr": "Bonjour Madame Keller,\n\n{sentence}\n\nBien à vous,\nCamille Roux",
    "en": "Dear Ms Keller,\n\n{sentence}\n\nBest wishes,\nAnna Berger",
}
SENTENCES = {
    "acc": "vielen Dank für {phrase}. Ihr Paket ist heute zur Post gegangen.",
    "dat": "heute ist Ihr Paket zur Post gegangen. Wir wünschen Ihnen viel Freude mit {phrase}.",
    "fr": "merci d'avoir choisi {phrase}. Votre colis est parti ce matin.",
    "en": "Thank you for choosing {phrase}. Your parcel left our workshop this morning.",
}
DE_ARTICLES = {"m": "den", "f": "die", "n": "das"}
"""The accusative singular article of each gender: the oracle's German phrases are written in the accusative."""
DE_DATIVE = {"m": "dem", "f": "der", "n": "dem"}
FR_VOWEL = "aeiouyéèêëàâäîïôöûüœæh"
EN_SIZE = re.compile(r"\d+(?:[.,]\d+)?(?:mm|cm|m|ml|l|L|g|kg|in|oz|W|V|mAh)")


@dataclass(frozen=True)
class Note:
    """A note naming one item of its order: `kind` is "correct" or the mutation that made it wrong."""

    lang: str
    kind: str
    name: str
    quantity: int
    phrase: str
    slot: str  # the sentence the phrase stands in: acc, dat (German), fr, en

    @property
    def text(self) -> str:
        """The whole note."""
        return NOTES[self.lang].format(sentence=SENTENCES[self.slot].format(phrase=self.phrase))

    def order(self, number: int) -> dict[str, Any]:
        """The order the note is for, as `order_from_mapping` reads it."""
        item = {"name": self.name, "quantity": self.quantity, "price": "10.00"}
        return {
            "order_id": f"M-{number}",
            "placed_at": "2026-12-06T10:00:00+01:00",
            "locale": self.lang,
            "customer": CUSTOMER,
            "items": [item],
        }

    @property
    def label(self) -> str:
        """What the note says about the item, for a list of misses: kind, quantity, name, phrase."""
        return f"{self.kind} x{self.quantity} {self.name} :: {self.phrase}"


def _first(phrases: tuple[str, ...]) -> str:
    return normal(phrases[0]) if phrases else ""


def _swap_first(phrase: str, old: str, new: str) -> str:
    """`phrase` with its first word `old` replaced by `new` ("" when it does not start with `old`)."""
    return new + phrase[len(old) :] if phrase.startswith(old + " ") else ""


# ---- German -------------------------------------------------------------------------------------------------
def _de_parts(phrase: str) -> tuple[str, list[str], str]:
    """(article, the lower-case words before the first capitalised one, the rest) of a German phrase."""
    article, _, rest = phrase.partition(" ")
    words = rest.split(" ")
    adjectives = []
    while words and words[0][:1].islower() and words[0].isalpha() and words[0] != "drei":
        adjectives.append(words.pop(0))
    return article, adjectives, " ".join(words)


def _de_dative(row: Row, phrase: str) -> str:
    """The dative singular of an accusative phrase: dem/der, and a weak adjective's -e becomes -en."""
    article, adjectives, rest = _de_parts(phrase)
    if row.gender not in DE_DATIVE or article != DE_ARTICLES[row.gender] or not rest[:1].isupper():
        return ""
    declined = [word + "n" if word.endswith("e") else word for word in adjectives]
    return " ".join([DE_DATIVE[row.gender], *declined, rest])


def _de_plural_heads(threes: tuple[str, ...]) -> set[str]:
    """The nouns the oracle's plural phrases count right after "die drei" and any adjectives ("die drei
    Neodym-Magneten, 20 x 5 mm": Neodym-Magneten), not a container before the item ("die drei Gläser …")."""
    heads = set()
    for three in threes:
        words = [word for word in normal(three).split(" ")[2:] if not word[:1].islower()]
        if normal(three).startswith("die drei ") and words:
            heads.add(words[0].rstrip(","))
    return heads


def _de_same_in_both_numbers(one: str, threes: tuple[str, ...]) -> bool:
    """Whether the item's head noun is spelt alike in the singular and in a plural the oracle accepts
    ("Badmintonschläger"; "den Neodym-Magneten", "die drei Neodym-Magneten": a noun declined strong or weak)."""
    head_one = _de_parts(one)[2].split(" ")[0]
    three = _first(threes)
    words = three.split(" ")
    alike = head_one in words[2:4] or not three.startswith("die drei ")
    return alike or head_one.rstrip(",") in _de_plural_heads(threes)


def _de_dative_plural_alike(dative: str, threes: tuple[str, ...]) -> bool:
    """Whether "mit den …" would be a right dative plural: the head noun of the dative singular is spelt as
    a plural the oracle accepts ("mit den Futterautomaten", "mit den Lauflernwagen", "mit den Magneten")."""
    head = _de_parts(dative)[2].split(" ")[0].rstrip(",")
    three = _first(threes)
    alike = head in {word.rstrip(",") for word in three.split(" ")[2:4]} or not three.startswith("die drei ")
    return alike or head in _de_plural_heads(threes)


def german(row: Row) -> Iterator[Note]:
    """The correct notes of a German row and their mutations."""
    one, three = _first(row.one), _first(row.three)

    def make(kind: str, quantity: int, phrase: str, slot: str) -> Note:
        return Note("de", kind, row.name, quantity, phrase, slot)

    if row.gender in DE_ARTICLES and one.startswith(DE_ARTICLES[row.gender] + " "):
        yield make("correct", 1, one, "acc")
        article, adjectives, _ = _de_parts(one)
        alike = _de_same_in_both_numbers(one, row.three)
        for other in ("den", "die", "das"):
            if other != article and not (other == "die" and alike):
                yield make("de-gender", 1, other + one[len(article) :], "acc")
        if row.gender in ("f", "n") and adjectives and adjectives[0].endswith("e"):
            yield make("de-adjective-number", 1, one.replace(adjectives[0], adjectives[0] + "n", 1), "acc")
        dative = _de_dative(row, one)
        if dative:
            yield make("correct", 1, dative, "dat")
            accusative = {"m": "den", "n": "das", "f": "die"}[row.gender]
            if not (row.gender == "m" and _de_dative_plural_alike(dative, row.three)):
                yield make("de-case-after-mit", 1, accusative + dative[3:], "dat")
    if three.startswith("die drei "):
        yield make("correct", 3, three, "acc")
        yield make("de-article-number", 3, ("das" if row.gender != "m" else "den") + three[3:], "acc")
        _, adjectives, _ = _de_parts(three)
        if adjectives and adjectives[0].endswith("en"):
            yield make("de-adjective-number", 3, three.replace(adjectives[0], adjectives[0][:-1], 1), "acc")


# ---- French -------------------------------------------------------------------------------------------------
def _fr_head(phrase: str) -> tuple[str, str]:
    """(determiner, head word) of a French phrase ("l'" for an elided article)."""
    if phrase.startswith("l'"):
        return "l'", phrase[2:].split(" ")[0]
    words = phrase.split(" ")
    return words[0], words[1] if len(words) > 1 else ""


def _fr_singular_only(row: Row, head: str, plural: str) -> bool:
    """Whether « les » before the singular `head` is surely wrong: the noun is no compound (« les abat-jour »),
    does not end in -s, -x or -z, and the oracle's plural phrases do not write it so."""
    written = {normal(p).replace(" trois ", " ", 1) for p in row.three}
    return "-" not in head and not re.search(r"[sxz]$", head) and plural not in written


def french(row: Row) -> Iterator[Note]:
    """The correct notes of a French row and their mutations."""
    one, three = _first(row.one), _first(row.three)

    def make(kind: str, quantity: int, phrase: str) -> Note:
        return Note("fr", kind, row.name, quantity, phrase, "fr")

    accepted = {normal(p) for p in row.one + row.three}
    det, head = _fr_head(one)
    if row.number == "sg" and det in ("le", "la", "l'") and head:
        yield make("correct", 1, one)
        vowel = head[:1].lower() in FR_VOWEL and not row.aspirated
        if det in ("le", "la") and not vowel:
            yield make("fr-gender", 1, ("la" if det == "le" else "le") + one[2:])
            if _fr_singular_only(row, head, "les" + one[2:]):
                yield make("fr-les-singular", 1, "les" + one[2:])
            if row.aspirated:
                yield make("fr-elision-added", 1, "l'" + one[3:])
        if det == "l'":
            full = {"m": "le ", "f": "la "}.get(row.gender, "")
            if full:
                yield make("fr-elision-dropped", 1, full + one[2:])
            if _fr_singular_only(row, head, "les " + one[2:]):
                yield make("fr-les-singular", 1, "les " + one[2:])
    if three.startswith("les trois "):
        yield make("correct", 3, three)
        head = three.split(" ")[2]
        bare = head[:-1]
        if head.endswith(("s", "x")) and re.search(rf"(?<![\w-]){re.escape(bare)}(?![\w-])", one):
            mutated = three.replace(head, bare, 1)
            if mutated not in accepted:
                yield make("fr-plural-head", 3, mutated)


# ---- English ------------------------------------------------------------------------------------------------
def english(row: Row) -> Iterator[Note]:
    """The correct notes of an English row and their mutations."""
    one, three = _first(row.one), _first(row.three)

    def make(kind: str, quantity: int, phrase: str) -> Note:
        return Note("en", kind, row.name, quantity, phrase, "en")

    accepted = {normal(p) for p in row.one + row.three}
    if not one.startswith("the "):
        return
    core = one[4:]
    yield make("correct", 1, one)
    if row.article in ("a", "an"):
        yield make("correct", 1, f"{row.article} {core}")
        yield make("en-a-an", 1, f"{'an' if row.article == 'a' else 'a'} {core}")
    yield make("en-the-the", 1, "the The " + core)
    size = EN_SIZE.search(core)
    if size and re.fullmatch(r"[\w.,]+", size.group(0)) and not core[size.end() : size.end() + 1].isalnum():
        mutated = "the " + core[: size.end()] + "s" + core[size.end() :]
        if mutated not in accepted:
            yield make("en-size-s", 1, mutated)
    if three.startswith("the three "):
        yield make("correct", 3, three)
        plural = three[len("the three ") :]
        if plural != core and plural[:1].isupper() and row.article in ("a", "an"):
            yield make("en-plural-a", 1, f"{row.article} {plural}")


BUILDERS = {"de": german, "fr": french, "en": english}


def notes(lang: str) -> list[Note]:
    """Every correct note and mutation of `lang`'s rows in every round, in a fixed order, without repeats."""
    found: dict[tuple[str, str, int, str], Note] = {}
    for folder in FOLDERS:
        for row in rows(lang, folder):
            for note in BUILDERS[lang](row):
                found.setdefault((note.kind, note.name, note.quantity, note.phrase), note)
    return list(found.values())
