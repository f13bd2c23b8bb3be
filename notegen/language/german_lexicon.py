"""German nouns from german-nouns (Wiktionary, CC BY-SA 4.0): gender, nominative and dative plural, and the
reading of a word of a product name, compounds by their last part ("Sitzkissenbezug" is a "Bezug": m,
"Sitzkissenbezüge"). The head noun of a name is read from them in `german_heads`.

The index holds, per lower-case word, rows ``S|Lemma|genders|Plural|DativePlural|weak`` for a singular,
``P|…`` for a plural form ("socken" → the plural of "Socke") and ``H|…`` for the last part of a hyphenated noun
("shirt" of "T-Shirt"), read only where the part is no noun of its own; `weak` is the
ending of a weak noun's singular outside the nominative ("en" of "Automat": "den Automaten"), else empty.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator, Sequence
from functools import cache, lru_cache
from typing import NamedTuple

from notegen.language.casing import common_frequency
from notegen.language.german_adjectives import (
    ADJECTIVE_SUFFIXES,
    ADJECTIVES,
)
from notegen.language.german_goods import MEASURED, ONE_PIECE_PLURALS
from notegen.language.german_spelling import english_loan, respelled
from notegen.language.lexicon import MEMO_LIMIT, Lexicon, open_lexicon, package_file
from notegen.language.words import words

PACKAGE = "german-nouns"
MIN_PART = 3  # the shortest last part of a compound that is looked up ("Uhr", "Set", "Hut")
# Nouns in the lexicon that end no product ("Horten|sie", "Selbstaufblasen|des": the note Des)
NO_PARTS = frozenset(words("sie ich ihr wir uns man des dem den der das die"))
FEMININE_ENDINGS = ("ie", "ung", "heit", "keit", "ion", "tät", "schaft", "sur", "tur")  # of nouns the lexicon lacks
# Endings that make a noun of a word ("Halter|ung", "Neu|heit"), and the ends of the verb and adjective stems they
# follow where the lexicon does not know the stem ("Ummantel|ung", "Sauber|keit")
DERIVING = ("ung", "heit", "keit", "schaft")
STEM_ENDS = ("el", "er", "ig", "ier", "lich", "bar", "sam")
SHORT_PARTS = ("öl", "ei")  # nouns shorter than that which end compounds ("Bartöl", "Osterei")
_NOT_COMMON_POS = frozenset(
    words(
        "Eigenname Toponym Vorname Nachname Familienname Abkürzung Buchstabe Wortverbindung Straßenname Affix Suffix "
        "Präfix Kontraktion Ortsnamengrundwort"
    )
) | {"Gebundenes Lexem", "adjektivische Deklination"}


class Entry(NamedTuple):
    """One reading of a word: its lemma, its genders ("m", or "m/n" where both are right), its nominative and
    dative plural ("" when it has none), and whether the word read is that plural."""

    lemma: str
    genders: str
    plural: str
    dative: str
    is_plural: bool
    weak: str = ""


def _first(row: dict[str, str], *columns: str) -> str:
    return next((row[c] for c in columns if row.get(c)), "")


def _rows() -> Iterator[tuple[str, str]]:
    path = package_file(PACKAGE, "nouns.csv")
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            kinds = set(row["pos"].split(","))
            if "Substantiv" not in kinds or kinds & _NOT_COMMON_POS or not row["lemma"][:1].isupper():
                continue
            genders = row["genus"] or "/".join(row[f"genus {n}"] for n in range(1, 5) if row[f"genus {n}"])
            plural = _first(row, "nominativ plural", "nominativ plural 1", "nominativ plural*")
            dative = _first(row, "dativ plural", "dativ plural 1", "dativ plural*")
            singular = _first(row, "nominativ singular", "nominativ singular 1", "nominativ singular*")
            value = f"{row['lemma']}|{genders}|{plural}|{dative}|{_weak(row, singular)}"
            if singular:
                yield row["lemma"].lower(), "S|" + value
            if singular and "-" in row["lemma"]:  # "Shirt" of "T-Shirt": read where no noun of its own is known
                yield row["lemma"].rsplit("-", 1)[1].lower(), "H|" + value
            if (plural and plural.lower() != row["lemma"].lower()) or (plural and not singular):
                yield plural.lower(), "P|" + value


def _weak(row: dict[str, str], singular: str) -> str:
    """The ending a weak masculine noun takes in the accusative and dative singular ("Automat" → "en", "Hase" →
    "n"), "" for any other noun."""
    accusative = _first(row, "akkusativ singular", "akkusativ singular 1", "akkusativ singular*")
    dative = _first(row, "dativ singular", "dativ singular 1", "dativ singular*")
    if not singular or row["genus"] != "m" or accusative != dative or not accusative.startswith(singular):
        return ""
    ending = accusative[len(singular) :]
    return ending if ending in ("n", "en") else ""


@cache
def lexicon() -> Lexicon:
    """The German noun index, built on first use."""
    return open_lexicon("de-nouns", PACKAGE, _rows)


# Abbreviations the lexicon lacks that name things shops sell: "die Vinyl-LP", "die CD", "die DVD".
ABBREVIATIONS = {"lp": ("LP", "f", "LPs"), "cd": ("CD", "f", "CDs"), "dvd": ("DVD", "f", "DVDs")}


def entries(word: str) -> list[Entry]:
    """Every reading of `word` (any case) that the lexicon knows, singulars first."""
    return list(_entries(word))


@lru_cache(maxsize=MEMO_LIMIT)
def _entries(word: str) -> tuple[Entry, ...]:
    """`entries`, remembered: a name's words and their parts are read many times over, by the naming and the
    lint."""
    found = []
    if word.lower() in ABBREVIATIONS:
        lemma, gender, plural = ABBREVIATIONS[word.lower()]
        return (Entry(lemma, gender, plural, plural, False),)
    rows: Sequence[str] = lexicon().get(word.lower()) or respelled(word.lower(), lexicon().get)
    rows = english_loan(word, tuple(rows), _english_first_part) or rows  # English "-phone": no plural of "-phon"
    if not word.isupper():  # "Basic" of "Pullover Basic" is no "BASIC", the language
        rows = [row for row in rows if not _acronym(row.split("|")[1])]
    if any(row.startswith("H|") for row in rows):
        rows = [row for row in rows if not row.startswith("H|")] or _part_rows(word, rows)
    for row in rows:
        kind, lemma, genders, plural, dative, weak = row.split("|")
        found.append(Entry(lemma, genders, plural, dative, kind == "P", weak))
    # "Socken" (m) is a regional singular and the plural of "Socke" (f), "Spaghetti" (f) of "Spaghetto" (m): a
    # word that is its own plural reads as that plural when its singular has another gender. Of the same gender it
    # is a second singular of the same noun, and a product is that singular ("der Drachen", the kite; "Drache").
    plural_of_other = [e for e in found if e.is_plural and e.lemma.lower() != word.lower()]
    own = [e for e in found if not e.is_plural]
    if plural_of_other and own and all(_uncounted(e) for e in own):  # "Formen": the moulds, not "das Formen"
        return tuple(plural_of_other)
    other_genders = {e.genders for e in plural_of_other}
    if (
        plural_of_other
        and all(e.plural.lower() == word.lower() for e in own)
        and not all(e.genders in other_genders for e in own if e.plural)
    ):
        return tuple(plural_of_other)
    return tuple(sorted(found, key=lambda e: e.is_plural))


def _acronym(lemma: str) -> bool:
    """Whether a lemma is written in capitals, an acronym ("BASIC", "LCD"): a word a shop writes otherwise
    ("Basic", a model's name) is not that noun."""
    return len(lemma) > 1 and lemma.isupper()


def singular_reading(word: str) -> Entry | None:
    """The reading of `word` as a singular noun of its own, which `entries` may set aside for another noun's plural
    of the same spelling ("das Leinen", the fabric, beside "die Leinen", ropes), None where it has none."""
    rows = lexicon().get(word.lower()) or ()
    for row in rows:
        kind, lemma, genders, plural, dative, weak = row.split("|")
        if kind == "S" and lemma.lower() == word.lower():
            return Entry(lemma, genders, plural, dative, False, weak)
    return None


def _uncounted(entry: Entry) -> bool:
    """Whether a reading has no plural: a verb used as a noun ("das Formen"), a game ("das Darts"), a direction
    ("der Westen"); where the word is also another noun's plural, a product name means that plural ("Käseformen",
    "Softdarts", "Damen Westen")."""
    return not entry.plural


def _part_rows(word: str, rows: Sequence[str]) -> list[str]:
    """The rows of the compounds that end in `word` after a hyphen ("T-Shirt" for "shirt"), read as `word`
    itself when they agree on its gender: "shirt", n, plural "Shirts"."""
    found = set()
    for row in rows:
        _, lemma, genders, plural, dative, weak = row.split("|")
        cut = len(lemma) - len(word)
        found.add(f"S|{lemma[cut:]}|{genders}|{plural[cut:]}|{dative[cut:]}|{weak}")
    return sorted(found) if len({row.split("|")[2] for row in found}) == 1 else []


def respell(word: str, cut: int, form: str) -> str:
    """`word` with its last `cut` letters replaced by `form`, in lower case inside a compound."""
    start = len(word) - cut
    if start == 0 or word[start - 1] == "-":
        return word[:start] + form
    return word[:start] + form.lower()


@cache
def noun_reading(word: str) -> tuple[list[Entry], int, str]:
    """The readings of `word`, of its last part after a hyphen, or of the longest known end of a compound
    whose first part is a word too ("Lenk|drachen", not "Kom|poster"); else of a noun made with -er from a
    known noun ("Komposter": der, like "Kompost"). With the length of the part they read and how it was found."""
    last = word.rsplit("-", 1)[-1]
    if last.lower().endswith("streusel") and last[:1].isupper():  # "Schokostreusel": sold as many, die Streusel
        return [Entry(last, "m", last, last + "n", True)], len(last), "compound"
    if last.lower().endswith("messer") and last[:-6].lower().rstrip("s").endswith(MEASURED):  # a meter: der
        return [Entry(last, "m", last, last + "n", False)], len(last), "compound"
    for candidate in (word, last):
        found = entries(candidate)
        if found:
            return found, len(candidate), "lexicon"
    if last.lower().endswith("meter") and len(last) > 7:  # an instrument: "das Alkoholmeter", like "das Thermometer"
        return [Entry(last, "n", last, last + "n", False)], len(last), "compound"
    unjoined = []  # known last parts after a first part that is no German word
    for start in range(2, len(last) - MIN_PART + 1):
        part = last[start:]
        found = entries(part) if part.lower() not in NO_PARTS else []
        if found and is_first_part(last[:start]):
            agent = agent_noun(last) if len(part) <= 3 and last.endswith("er") else ([], 0, "")
            if agent[1] > len(part):  # "Trink|sauger" (from "saugen"), not "Trinksau|ger" (a spear)
                return agent
            return found, len(part), "compound"
        if found:
            unjoined.append((start, found))
    english = next(((s, f) for s, f in unjoined if _english_first_part(last[:s])), None)
    if english is not None:  # "Steel|darts", "Soft|darts": an English word before a German noun
        return english[1], len(last) - english[0], "compound"
    short = next((part for part in SHORT_PARTS if last.lower().endswith(part)), "")
    if short and len(last) > len(short) + 2 and is_first_part(last[: -len(short)]):
        return entries(short), len(short), "compound"  # "Bart|öl"
    stem = last[:-2]
    if last.endswith("er") and len(stem) > MIN_PART and noun_reading(stem)[0]:
        return [Entry(last, "m", last, last + "n", False)], len(last), "compound"
    if last.endswith(("chen", "lein")) and len(last) > 6:  # a diminutive: neuter, alike in both numbers
        return [Entry(last, "n", last, last, False)], len(last), "compound"
    if last.lower().endswith(ONE_PIECE_PLURALS):  # "Leggings", "Radlerleggings": die, one piece or several
        return [Entry(last, "f", last, last, True)], len(last), "compound"
    ending = next((end for end in FEMININE_ENDINGS if last.endswith(end)), "")
    if ending and len(last) > len(ending) + 3 and _derived(last, ending):  # "Hortensie", "Halterung": feminine
        plural = last + ("n" if last.endswith("e") else "en")
        return [Entry(last, "f", plural, plural, False)], len(last), "compound"
    return agent_noun(last)


ENGLISH_FIRST = -12.5
"""How often (natural log of its frequency) English must write a word in lower case for it to begin a German
compound as an English first part ("Steel", "Soft", "Power"); rarer strings ("kom" of "Kom|poster") do not."""


def _english_first_part(part: str) -> bool:
    """Whether `part` is a common English word of four letters or more, which German shops put before a German
    noun ("Softdarts", "Powerbank")."""
    frequency = common_frequency(part.lower()) if len(part) >= 4 and part.isalpha() else None
    return frequency is not None and frequency > ENGLISH_FIRST


def _derived(word: str, ending: str) -> bool:
    """Whether a word the lexicon lacks that ends in `ending` is a German noun made with it: its stem is a word
    ("Halter|ung", "Neu|heit") for the endings that make a noun of one (`DERIVING`), so that a brand or a name is
    none ("Leifheit", "Samsung"); any other feminine ending is enough ("Hortensie")."""
    stem = word[: -len(ending)]
    return ending not in DERIVING or stem.lower().endswith(STEM_ENDS) or is_first_part(stem)


def agent_noun(word: str) -> tuple[list[Entry], int, str]:
    """A noun made with -er from a verb stem, alone or as the last part of a compound ("Reiniger" of
    "Bildschirm|reiniger", from "reinigen"; "Aufschäumer"): masculine, its plural the same ("die Reiniger")."""
    for start in range(len(word) - MIN_PART - 2):
        part = word[start:]
        if not part.endswith("er") or (start and not is_first_part(word[:start])):
            continue
        if _is_verb_stem(part[:-2].lower()):
            return [Entry(part.capitalize(), "m", part, part + "n", False)], len(part), "compound"
    return [], 0, "unknown"


# First parts of compounds that are no noun, adjective or verb stem ("Thermo|becher", "Mini|gießkanne").
PREFIXES = frozenset(
    words(
        "thermo mini maxi multi super mega ultra bio öko eco anti mikro micro auto elektro foto kinder extra deko "
        "outdoor indoor fitness wellness yoga pilates snowboard bike"
    )
)
# Prefixes of nouns made from a verb's noun ("Über|wurf", "Auf|satz", "Unter|setzer", "Vor|hang"), which have the
# gender and plural of their last part ("der Überwurf", "die Überwürfe", like "der Wurf").
NOUN_PREFIXES = tuple(words("über unter hinter durch wider gegen nach vor auf aus ein"))
_NOUN_LINKED = ("ungs", "heits", "keits", "schafts", "ions", "täts")
_LINKS = ("ens", "es", "en", "er", "s", "n", "e")  # the linking letters of German compounds ("Hund|e|hütte")


def is_first_part(part: str) -> bool:
    """Whether `part` can begin a compound: a noun (with or without its linking letters, "Pfanne|n|wender", or
    without its final e, "Wund|pflaster"),
    a compound of nouns itself, an adjective, a verb stem ("Lenk|drachen", "Schwing|besen") or a prefix."""
    lower = part.lower()
    if lower in PREFIXES or lower in ADJECTIVES or lower.endswith(ADJECTIVE_SUFFIXES):
        return True
    if lower.endswith("ing") and len(lower) > 5:  # an English loanword: "Trailrunning|schuhe", "Trekking|stöcke"
        return True
    if lower.endswith(("ier", "al")) and len(lower) > 5:  # a verb in -ieren, a Latin adjective: "Jonglier|keulen"
        return True
    if lower.endswith(_NOUN_LINKED) and len(lower) > 7:  # a noun by its suffix, linked by s: "Entdeckelungs|gabel"
        return True
    bare = [lower] + [lower[: -len(link)] for link in _LINKS if lower.endswith(link) and len(lower) > len(link) + 2]
    if len(lower) > 2 and not lower.endswith("e"):  # a noun in -e without it: "Wund|pflaster", "Schul|tasche"
        bare.append(lower + "e")
    if any(entries(stem) for stem in bare):
        return True
    if _is_verb_stem(lower):
        return True
    prefix = next((p for p in NOUN_PREFIXES if lower.endswith(p)), "")
    if prefix and (len(lower) == len(prefix) or is_first_part(part[: -len(prefix)])):
        return True  # "Sofa|über|wurf", "Über|wurf": a prefixed noun takes the gender and plural of its last part
    longer = [part, part + "e"] if not lower.endswith("e") else [part]  # "Regendusch|kopf": "Regen|dusche"
    return len(lower) > MIN_PART + 1 and any(noun_reading(whole)[0] for whole in longer)


def _is_verb_stem(stem: str) -> bool:
    """Whether `stem` is the stem of a German verb ("lenk" of "lenken"), by spaCy's lemma table."""
    from notegen.language.forms import lemma_store  # the table loads on the first compound that needs it

    store = lemma_store("de")
    stem = stem.removesuffix("e")
    return any((store.lemma(stem + ending) or "").startswith(stem) for ending in ("t", "e", "st"))
