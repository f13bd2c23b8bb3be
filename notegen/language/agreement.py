"""Whether a mention of an item in a text agrees with the item's head noun: the article or possessive before
the head has its gender and number ("den Gießkanne" does not, "der Gießkanne" may), so that a lint can
judge notes the shop wrote itself by the same knowledge the composer uses.

For a closer look (the lint's SIN206): German determiners are read in every way they can be ("der" is
masculine nominative, or feminine dative or genitive, or plural genitive); a phrase agrees when one reading
fits the noun's gender (m, f, n, or pl for a plural form) and, after it, every adjective has the ending that
reading needs ("den warmen Schal", "ein warmer Schal", "die warme Mütze"). French determiners must fit the
noun's gender and number, take the elided form before a vowel or a mute h ("l'écharpe", "cet hiver", "mon
écharpe") and the full one before a consonant or an aspirated h ("la housse").

The determiners are one table per language, read by both sides: `GERMAN` (article, "dies-", "ein-" and
possessive endings and the adjective endings after them, by case and gender), from which the composer takes
its articles and endings (`german_articles`, `german_endings`, `possessive_endings`) and the lint its
readings (`german_readings`); `_FR_DETERMINERS` for French. `determiners` gives the words of one gender."""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from typing import NamedTuple

from notegen.language.german_heads import dative_plural
from notegen.language.phrase import Head
from notegen.language.words import NUMBERS, words
from notegen.model import Item

_WORD = re.compile(r"[\w'’-]+")
CASES = ("nom", "acc", "dat", "gen")
GENDERS = ("m", "f", "n", "pl")


class GermanSlot(NamedTuple):
    """The determiners of one German case and gender and the adjective endings after them: the definite
    article ("den"), the ending of "dies-" ("diesen"), the adjective after either ("warmen"); the ending of
    "ein-" and of the possessives ("Ihren", "einen") and the adjective after those ("warmen")."""

    article: str
    this: str
    weak: str
    possessive: str
    mixed: str


# The one table of German determiners: what the composer writes and what the lint reads back.
GERMAN: dict[tuple[str, str], GermanSlot] = {
    ("nom", "m"): GermanSlot("der", "er", "e", "", "er"),
    ("nom", "f"): GermanSlot("die", "e", "e", "e", "e"),
    ("nom", "n"): GermanSlot("das", "es", "e", "", "es"),
    ("nom", "pl"): GermanSlot("die", "e", "en", "e", "en"),
    ("acc", "m"): GermanSlot("den", "en", "en", "en", "en"),
    ("acc", "f"): GermanSlot("die", "e", "e", "e", "e"),
    ("acc", "n"): GermanSlot("das", "es", "e", "", "es"),
    ("acc", "pl"): GermanSlot("die", "e", "en", "e", "en"),
    ("dat", "m"): GermanSlot("dem", "em", "en", "em", "en"),
    ("dat", "f"): GermanSlot("der", "er", "en", "er", "en"),
    ("dat", "n"): GermanSlot("dem", "em", "en", "em", "en"),
    ("dat", "pl"): GermanSlot("den", "en", "en", "en", "en"),
    ("gen", "m"): GermanSlot("des", "es", "en", "es", "en"),
    ("gen", "f"): GermanSlot("der", "er", "en", "er", "en"),
    ("gen", "n"): GermanSlot("des", "es", "en", "es", "en"),
    ("gen", "pl"): GermanSlot("der", "er", "en", "er", "en"),
}
# A preposition fused with the article: the case and genders it stands for ("zum" = "zu dem").
GERMAN_FUSED = {"zum": ("dat", "mn"), "vom": ("dat", "mn"), "im": ("dat", "mn"), "am": ("dat", "mn"),
                "beim": ("dat", "mn"), "zur": ("dat", "f"), "ins": ("acc", "n")}  # fmt: skip
GERMAN_POSSESSIVES = ("mein", "dein", "sein", "ihr", "unser", "euer", "eur", "kein")
"""The stems that take the endings of "ein-" ("Ihr" + "en"), the plural too."""


def german_articles(case: str) -> dict[str, str]:
    """The definite article of `case` (nom, acc, dat, gen) for each gender and the plural."""
    return {gender: GERMAN[case, gender].article for gender in GENDERS}


def german_endings(case: str, after: str) -> dict[str, str]:
    """The adjective ending of `case` for each gender, after a definite article (`after` "weak"), after "ein-" or a
    possessive ("mixed"), or alone, strong, as the ending of "dies-" ("this": "drei Flaschen flüssiger Süßstoff")."""
    return {gender: getattr(GERMAN[case, gender], after) for gender in GENDERS}


def possessive_endings(case: str) -> dict[str, str]:
    """The ending of "ein-" and of the possessives ("Ihr" + "en") in `case` for each gender and the plural."""
    return {gender: GERMAN[case, gender].possessive for gender in GENDERS}


def forms_of(head: Head, lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The written forms of the head, lower-case: those that stand in the singular (German: with the genitive
    of a masculine or neuter noun, and a weak noun's -(e)n) and those that stand in the plural (German: with the
    dative)."""
    word = head.word.lower()
    if head.plural_name:
        plural = {word, dative_plural(head).lower()} if lang == "de" else {word}
        return frozenset(), frozenset(plural)
    singular = {word, word + "s", word + "es"} if lang == "de" and head.gender in ("m", "n") else {word}
    if head.weak:  # "dem Futterautomaten", "den Plüschhasen"
        singular.add(word + head.weak)
    plural = set()
    if head.plural and not head.mass:
        plural = {head.plural.lower(), dative_plural(head).lower()} if lang == "de" else {head.plural.lower()}
    return frozenset(singular), frozenset(plural)


def _forms(head: Head, lang: str) -> dict[str, str]:
    """The written forms of the head, lower-case, each with the number it marks ("sg" or "pl")."""
    found = {head.word.lower(): head.number}
    if head.plural and not head.mass:
        found.setdefault(head.plural.lower(), "pl")
        if lang == "de":
            found.setdefault(dative_plural(head).lower(), "pl")
    return found


def mention_agrees(mention: str, item: Item, lang: str) -> bool | None:
    """Whether the determiner before the item's head noun in `mention` agrees with it; None when the head is
    unknown to the lexicon or not in `mention`, True when no determiner stands before it."""
    from notegen.language.items import head_noun

    head = head_noun(item.name, lang)
    if head is None:
        return None
    tokens = [m.group(0) for m in _WORD.finditer(mention.replace("l'", "l' ").replace("l’", "l’ "))]
    lowers = [t.lower() for t in tokens]
    forms = _forms(head, lang)
    at = next((i for i, word in enumerate(lowers) if word in forms), -1)
    if at < 0:
        return None
    number = forms[lowers[at]]
    for word in reversed(lowers[:at]):
        if word in _ALL[lang]:
            key = "pl" if number == "pl" else ({"en": "sg"}.get(lang) or head.gender)
            return word in determiners(lang, key)
        if word[:1].isdigit() or word in _SKIP[lang] or tokens[lowers.index(word)][:1].islower():
            continue
        break
    return True


Reading = tuple[str, str]
"""A reading of a German determiner: the gender it fits (m, f, n, pl) and the ending of an adjective after it."""


def _german_readings() -> tuple[dict[str, tuple[Reading, ...]], dict[str, tuple[Reading, ...]]]:
    """From the table: the readings of each definite, "dies-" and fused determiner, and of each ending of
    "ein-" and the possessives."""
    whole: dict[str, list[Reading]] = {}
    endings: dict[str, list[Reading]] = {}
    for (_, gender), slot in GERMAN.items():
        for word in (slot.article, "dies" + slot.this):
            whole.setdefault(word, []).append((gender, slot.weak))
        endings.setdefault(slot.possessive, []).append((gender, slot.mixed))
    for word, (case, genders) in GERMAN_FUSED.items():
        whole[word] = [(gender, GERMAN[case, gender].weak) for gender in genders]

    def unique(found: dict[str, list[Reading]]) -> dict[str, tuple[Reading, ...]]:
        return {word: tuple(dict.fromkeys(readings)) for word, readings in found.items()}

    return unique(whole), unique(endings)


_DE_WHOLE, _DE_ENDINGS = _german_readings()
_DE_CASES: dict[tuple[str, str], frozenset[str]] = {}
"""The cases in which a determiner (or an "ein-"/possessive ending, keyed with a leading "-") fits a gender."""
for (_case, _gender), _slot in GERMAN.items():
    for _word in (_slot.article, "dies" + _slot.this, "-" + _slot.possessive):
        _DE_CASES[_word, _gender] = _DE_CASES.get((_word, _gender), frozenset()) | {_case}
for _word, (_case, _genders) in GERMAN_FUSED.items():
    for _gender in _genders:
        _DE_CASES[_word, _gender] = frozenset({_case})


def german_cases(determiner: str, gender: str) -> frozenset[str]:
    """The cases in which `determiner` (lower case) fits a noun of `gender`."""
    found = _DE_CASES.get((determiner, gender))
    if found is not None:
        return found
    for stem in ("ein", *GERMAN_POSSESSIVES):
        if determiner.startswith(stem):
            return _DE_CASES.get(("-" + determiner[len(stem) :], gender), frozenset())
    return frozenset()


_DE_ADJECTIVE_ENDINGS = ("en", "em", "er", "es", "e")


def german_readings(determiner: str) -> tuple[Reading, ...] | None:
    """The readings of a German determiner (lower case), or None when the word is none."""
    found = _DE_WHOLE.get(determiner)
    if found is not None:
        return found
    if determiner.startswith("ein") and determiner[3:] in _DE_ENDINGS:
        return tuple(reading for reading in _DE_ENDINGS[determiner[3:]] if reading[0] != "pl")
    for stem in GERMAN_POSSESSIVES:
        if determiner.startswith(stem) and determiner[len(stem) :] in _DE_ENDINGS:
            return _DE_ENDINGS[determiner[len(stem) :]]
    return None


def german_problem(
    determiner: str, adjectives: list[str], genders: set[str], cases: frozenset[str] | None = None
) -> str | None:
    """What is wrong with "determiner adjectives… noun" for a noun that may be any of `genders`, in one of
    `cases` when a preposition asks for them (any case when None): "article" (no reading of the determiner
    fits the noun), "case" (one fits, but not in the case the preposition asks for: "mit den Fahrradkorb"),
    "adjective" (one fits, but an adjective's ending does not), or None. Words that are not declined adjectives
    (ending in -e, -en, -em, -er, -es) are not judged."""
    word = determiner.lower()
    readings = german_readings(word)
    if readings is None:
        return None
    fitting = [ending for gender, ending in readings if gender in genders]
    if not fitting:
        return "article"
    if cases is not None:
        fitting = [e for gender, e in readings if gender in genders and german_cases(word, gender) & cases]
        if not fitting:
            return "case"
    for adjective in adjectives:
        ending = next((e for e in _DE_ADJECTIVE_ENDINGS if adjective.endswith(e) and len(adjective) > len(e) + 2), "")
        if ending and ending not in fitting:
            return "adjective"
    return None


class FrenchDeterminer(NamedTuple):
    """What a French determiner fits: genders, numbers, and the kind of sound after it: "vowel" (elided or
    made for a vowel: "l'", "cet", "mon" before a feminine), "consonant", or "any"."""

    genders: str
    numbers: str
    before: str


_FR_DETERMINERS = {
    "le": FrenchDeterminer("m", "sg", "consonant"),
    "la": FrenchDeterminer("f", "sg", "consonant"),
    "l'": FrenchDeterminer("mf", "sg", "vowel"),
    "les": FrenchDeterminer("mf", "pl", "any"),
    "un": FrenchDeterminer("m", "sg", "any"),
    "une": FrenchDeterminer("f", "sg", "any"),
    "des": FrenchDeterminer("mf", "pl", "any"),
    "du": FrenchDeterminer("m", "sg", "consonant"),
    "au": FrenchDeterminer("m", "sg", "consonant"),
    "aux": FrenchDeterminer("mf", "pl", "any"),
    "ce": FrenchDeterminer("m", "sg", "consonant"),
    "cet": FrenchDeterminer("m", "sg", "vowel"),
    "cette": FrenchDeterminer("f", "sg", "any"),
    "ces": FrenchDeterminer("mf", "pl", "any"),
    "votre": FrenchDeterminer("mf", "sg", "any"),
    "notre": FrenchDeterminer("mf", "sg", "any"),
    "vos": FrenchDeterminer("mf", "pl", "any"),
    "nos": FrenchDeterminer("mf", "pl", "any"),
    "leur": FrenchDeterminer("mf", "sg", "any"),
    "leurs": FrenchDeterminer("mf", "pl", "any"),
}
for _person in "mts":
    _FR_DETERMINERS[f"{_person}on"] = FrenchDeterminer("m", "sg", "any")
    _FR_DETERMINERS[f"{_person}a"] = FrenchDeterminer("f", "sg", "consonant")
    _FR_DETERMINERS[f"{_person}es"] = FrenchDeterminer("mf", "pl", "any")
_FR_VOWELS = frozenset("aeiouyéèêëàâäîïôöûüœæ")


def french_problem(determiner: str, noun: str, gender: str, numbers: AbstractSet[str], aspirated: bool) -> str | None:
    """What is wrong with "determiner noun" for a noun of `gender` that may be any of `numbers` (sg, pl):
    "gender", "number", "elision" (a full form before a vowel or mute h: "la écharpe", "le huile"),
    "aspirated" (an elided form before an aspirated h or a consonant: "l'housse"), or None."""
    found = _FR_DETERMINERS.get(determiner.lower().replace("’", "'"))
    if found is None:
        return None
    if not numbers & {found.numbers}:
        return "number"
    lower = noun.lower()
    vowel = lower[:1] in _FR_VOWELS or (lower[:1] == "h" and not aspirated)
    possessive_m = determiner.lower() in ("mon", "ton", "son")
    if gender not in found.genders and not (possessive_m and gender == "f" and vowel):
        return "gender"
    if found.before == "consonant" and vowel:
        return "elision"
    if found.before == "vowel" and not vowel:
        return "aspirated" if lower[:1] == "h" else "elision"
    return None


_ENGLISH = {"sg": frozenset(words("a an the this your its")), "pl": frozenset(words("the these your their"))}


def determiners(lang: str, key: str) -> frozenset[str]:
    """The determiners that fit `key` (a gender m, f, n, or pl; English: sg or pl), read from the tables
    above: German words with a reading of that gender, French ones of that gender and number."""
    if lang == "de":
        return _DE_SETS[key]
    if lang == "fr":
        number, gender = ("pl", "mf") if key == "pl" else ("sg", key)
        return frozenset(
            word
            for word, found in _FR_DETERMINERS.items()
            if found.numbers == number and any(g in found.genders for g in gender)
        ) | ({"l’"} if key != "pl" else set())
    return _ENGLISH.get(key, frozenset())


def _german_sets() -> dict[str, frozenset[str]]:
    """The German determiners of each gender (every possessive stem with every ending)."""
    words_of: dict[str, set[str]] = {gender: set() for gender in GENDERS}
    for word, readings in _DE_WHOLE.items():
        for gender, _ in readings:
            words_of[gender].add(word)
    for ending, readings in _DE_ENDINGS.items():
        for gender, _ in readings:
            words_of[gender] |= {stem + ending for stem in GERMAN_POSSESSIVES if stem != "eur" or ending}
            if gender != "pl":
                words_of[gender].add("ein" + ending)
    return {gender: frozenset(found) for gender, found in words_of.items()}


_DE_SETS = _german_sets()
_ALL = {"de": frozenset().union(*_DE_SETS.values()), "fr": frozenset(_FR_DETERMINERS) | {"l’"},
        "en": _ENGLISH["sg"] | _ENGLISH["pl"]}  # fmt: skip
_SKIP = {"de": frozenset(NUMBERS["de"]) | {"paar", "packungen", "beiden"}, "fr": frozenset(NUMBERS["fr"]),
         "en": frozenset(NUMBERS["en"])}  # fmt: skip


def french_numbers(determiner: str) -> frozenset[str]:
    """The numbers ("sg", "pl") a French determiner (lower case) stands in; empty when it is none."""
    found = _FR_DETERMINERS.get(determiner.replace("’", "'"))
    return frozenset({found.numbers}) if found else frozenset()


def is_determiner(word: str, lang: str) -> bool:
    """Whether a word (lower case) is a determiner whose agreement this module judges."""
    if lang == "de":
        return german_readings(word) is not None
    return word.replace("’", "'") in _FR_DETERMINERS
