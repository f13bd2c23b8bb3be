"""The hand-checked product names of tests/data/language and the grammar the tests judge mentions by.

The grammar here is the tests' own (articles, possessives and elision written out for each gender and number),
so that a phrase is judged against the oracle's facts, never against the code that made it.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

from notegen.language.words import words

DATA = Path(__file__).resolve().parents[1] / "data" / "language"
ROW_LIMIT = 10_000


@dataclass(frozen=True)
class Name:
    """One oracle row: the name as a shop writes it and the facts of its head noun."""

    lang: str
    name: str
    head: str
    gender: str  # m f n, or pl (German names written in the plural)
    number: str  # sg or pl
    plural: str  # "" for mass nouns, counted in what they come in ("die drei Säcke Erde", « les trois sacs de café »)
    pair: bool = False
    article: str = ""  # English a/an, "" for none
    aspirated: bool = False


def _rows(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))[:ROW_LIMIT]


def german() -> list[Name]:
    return [
        Name("de", r["name"], r["head"], r["gender"], "pl" if r["gender"] == "pl" else "sg",
             "" if r["plural"] == "-" else r["plural"])
        for r in _rows("de_items.tsv")
    ]  # fmt: skip


def french() -> list[Name]:
    return [
        Name("fr", r["name"], r["head"], r["gender"], r["number"], "" if r["plural"] == "-" else r["plural"],
             aspirated=r["h_aspire"] == "yes")
        for r in _rows("fr_items.tsv")
    ]  # fmt: skip


def _english_number(row: dict[str, str]) -> str:
    """ "pl" for a name written in the plural: a pair noun, or a head in -s that is its own plural ("Coasters")."""
    written_plural = row["head"] == row["plural"] and row["head"].endswith("s")
    return "pl" if row["pair"] == "yes" or written_plural else "sg"


def english() -> list[Name]:
    return [
        Name("en", r["name"], r["head"], "", _english_number(r), r["plural"], pair=r["pair"] == "yes",
             article="" if r["article"] == "-" else r["article"])
        for r in _rows("en_items.tsv")
    ]  # fmt: skip


# German determiners (definite, possessive, contracted with a preposition) by gender or plural, all cases.
DE_DETERMINERS = {
    "m": {"der", "den", "dem", "des", "ihren", "ihrem", "ihr", "deinen", "deinem", "dein", "zum", "vom", "im", "am"},
    "f": {"die", "der", "ihre", "ihrer", "deine", "deiner", "zur"},
    "n": {"das", "dem", "des", "ihr", "ihrem", "dein", "deinem", "zum", "vom", "im", "am"},
    "pl": {"die", "den", "der", "ihre", "ihren", "deine", "deinen"},
}
FR_DETERMINERS = {
    "m": {"le", "du", "au", "ton", "votre", "notre", "mon", "ce", "cet", "un"},
    "f": {"la", "ta", "votre", "notre", "ma", "cette", "une"},
    "f-vowel": {"ton", "mon"},  # "ton horloge": a feminine noun beginning with a vowel takes ton, mon
    "pl": {"les", "des", "aux", "vos", "tes", "mes", "ces", "nos"},
    "elided": {"l'", "l’"},
}
DE_ALL = set().union(*DE_DETERMINERS.values())
FR_ALL = set().union(*FR_DETERMINERS.values())
FR_ELIDING = {"l'", "l’"}
VOWELS = "aeiouyéèêëàâäîïôöûüœæ"
WORD = re.compile(r"[\w’'-]+|[„“”«»]")


def tokens(text: str) -> list[str]:
    """The words of a text, an elided article as its own word ("l'" + "huile")."""
    text = re.sub(r"\b([lLdD])(['’])", r"\1\2 ", text)
    return WORD.findall(text)


# What may stand between a determiner and its noun: counts, units, and (French) adjectives placed before nouns.
FR_BETWEEN = set(
    words(
        "deux trois quatre cinq six paires lots boîtes filets sachets paquets coffrets sacs pots bouteilles flacons "
        "bidons de d' d’ petit petite petits "
        "petites grand grande grands grandes beau "
        "bel belle beaux belles joli jolie jolis jolies gros grosse grosses long longue longs longues bon bonne bons "
        "bonnes nouveau nouvelle nouveaux nouvelles vieux vieille vieilles"
    )
)
DE_UNITS = {"paar", "packungen", "sets"}
# What several of a noun sold by weight or volume come in ("die drei Flaschen Rapsöl"), with their datives.
DE_UNITS |= {"flaschen", "gläser", "gläsern", "säcke", "säcken", "knäuel", "knäueln", "tafeln", "stück"}
# Ends of the weak masculine nouns of the oracle's lists (Duden: "der Bär, den Bären", "der Automat, dem
# Automaten"): outside the nominative singular they take -en or -n.
WEAK_ENDS = ("bär", "automat", "hase", "affe", "löwe", "elefant")


def weak_forms(head: str) -> set[str]:
    """The forms a masculine singular head may take outside the nominative: itself, or a weak noun's -(e)n."""
    if not head.endswith(WEAK_ENDS):
        return {head}
    return {head + ("n" if head.endswith("e") else "en")}


def determiner_before(words: list[str], at: int, known: set[str]) -> str:
    """The determiner before word `at`, skipping counts, units and adjectives; "" when there is none."""
    french = "les" in known
    for word in reversed(words[max(0, at - 5) : at]):
        lower = word.lower()
        if lower in known:
            return lower
        if french and (lower in FR_BETWEEN or word.isdigit()):  # « les trois lots de 4 serviettes »
            continue
        if not french and (lower in DE_UNITS or word[:1].islower() or word.isdigit()):
            continue
        return ""
    return ""


def occurrences(words: list[str], form: str) -> list[int]:
    """Where `form` (a single word, or the first word of several) stands among `words`."""
    first = form.split()[0]
    return [i for i, word in enumerate(words) if word == first]
