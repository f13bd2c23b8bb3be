"""Whether a mention of an item in a text agrees with the item's head noun: the article or possessive before
the head has its gender and number ("den Gießkanne" does not, "der Gießkanne" may), so that a lint can
judge notes the shop wrote itself by the same knowledge the composer uses.

For a closer look (the lint's SIN206): German determiners are read in every way they can be ("der" is
masculine nominative, or feminine dative or genitive, or plural genitive); a phrase agrees when one reading
fits the noun's gender (m, f, n, or pl for a plural form) and, after it, every adjective has the ending that
reading needs ("den warmen Schal", "ein warmer Schal", "die warme Mütze"). French determiners must fit the
noun's gender and number, take the elided form before a vowel or a mute h ("l'écharpe", "cet hiver", "mon
écharpe") and the full one before a consonant or an aspirated h ("la housse")."""

from __future__ import annotations

import re
from typing import NamedTuple

from notegen.language.german_lexicon import dative_plural
from notegen.language.phrase import Head
from notegen.language.words import NUMBERS, words
from notegen.model import Item

_WORD = re.compile(r"[\w'’-]+")
DETERMINERS = {
    "de": {
        "m": words("der den dem des ein einen einem eines ihr ihren ihrem ihres dein deinen deinem deines zum vom im "
                   "am beim unser unseren unserem"),
        "f": words("die der eine einer ihre ihrer deine deiner zur unsere unserer"),
        "n": words("das dem des ein einem eines ihr ihrem ihres dein deinem deines zum vom im am beim unser unserem"),
        "pl": words("die den der ihre ihren ihrer deine deinen deiner zu unsere unseren beiden"),
    },
    "fr": {
        "m": words("le l' l’ un du au ce cet mon ton son votre notre"),
        "f": words("la l' l’ une ma ta sa votre notre cette"),
        "pl": words("les des aux ces mes tes ses vos nos"),
    },
    "en": {"sg": words("a an the this your its"), "pl": words("the these your their")},
}  # fmt: skip
_ALL = {lang: frozenset(w for forms in table.values() for w in forms) for lang, table in DETERMINERS.items()}
_SKIP = {"de": frozenset(NUMBERS["de"]) | {"paar", "packungen"}, "fr": frozenset(NUMBERS["fr"]),
         "en": frozenset(NUMBERS["en"])}  # fmt: skip


def forms_of(head: Head, lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The written forms of the head, lower-case: those that stand in the singular (German: with the genitive
    of a masculine or neuter noun) and those that stand in the plural (German: with the dative)."""
    word = head.word.lower()
    if head.plural_name:
        plural = {word, dative_plural(head).lower()} if lang == "de" else {word}
        return frozenset(), frozenset(plural)
    singular = {word, word + "s", word + "es"} if lang == "de" and head.gender in ("m", "n") else {word}
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
            return word in DETERMINERS[lang].get(key, ())
        if word[:1].isdigit() or word in _SKIP[lang] or tokens[lowers.index(word)][:1].islower():
            continue
        break
    return True


Reading = tuple[str, str]
"""A reading of a German determiner: the gender it fits (m, f, n, pl) and the ending of an adjective after it."""

_DE_DEFINITE: dict[str, tuple[Reading, ...]] = {
    "der": (("m", "e"), ("f", "en"), ("pl", "en")),
    "die": (("f", "e"), ("pl", "en")),
    "das": (("n", "e"),),
    "den": (("m", "en"), ("pl", "en")),
    "dem": (("m", "en"), ("n", "en")),
    "des": (("m", "en"), ("n", "en")),
    "dieser": (("m", "e"), ("f", "en"), ("pl", "en")),
    "diese": (("f", "e"), ("pl", "en")),
    "dieses": (("n", "e"), ("m", "en"), ("n", "en")),
    "diesen": (("m", "en"), ("pl", "en")),
    "diesem": (("m", "en"), ("n", "en")),
    "zum": (("m", "en"), ("n", "en")),
    "vom": (("m", "en"), ("n", "en")),
    "im": (("m", "en"), ("n", "en")),
    "am": (("m", "en"), ("n", "en")),
    "beim": (("m", "en"), ("n", "en")),
    "zur": (("f", "en"),),
    "ins": (("n", "e"),),
}
_DE_POSSESSIVE_ENDINGS: dict[str, tuple[Reading, ...]] = {
    "": (("m", "er"), ("n", "es")),
    "e": (("f", "e"), ("pl", "en")),
    "en": (("m", "en"), ("pl", "en")),
    "em": (("m", "en"), ("n", "en")),
    "er": (("f", "en"), ("pl", "en")),
    "es": (("m", "en"), ("n", "en")),
}
_DE_POSSESSIVE_STEMS = {"mein": "mein", "dein": "dein", "sein": "sein", "ihr": "ihr", "unser": "unser"}
_DE_POSSESSIVE_STEMS |= {"euer": "euer", "eur": "euer", "kein": "kein"}
_DE_ADJECTIVE_ENDINGS = ("en", "em", "er", "es", "e")


def german_readings(determiner: str) -> tuple[Reading, ...] | None:
    """The readings of a German determiner (lower case), or None when the word is none."""
    found = _DE_DEFINITE.get(determiner)
    if found is not None:
        return found
    if determiner in ("ein", "eine", "einen", "einem", "einer", "eines"):
        ending = determiner[3:]
        return tuple(reading for reading in _DE_POSSESSIVE_ENDINGS[ending] if reading[0] != "pl")
    if determiner == "euer":
        return _DE_POSSESSIVE_ENDINGS[""]
    for stem in _DE_POSSESSIVE_STEMS:
        if determiner.startswith(stem) and determiner[len(stem) :] in _DE_POSSESSIVE_ENDINGS:
            return _DE_POSSESSIVE_ENDINGS[determiner[len(stem) :]]
    return None


def german_problem(determiner: str, adjectives: list[str], genders: set[str]) -> str | None:
    """What is wrong with "determiner adjectives… noun" for a noun that may be any of `genders`: "article"
    (no reading of the determiner fits the noun), "adjective" (one fits, but an adjective's ending does not),
    or None. Words that are not declined adjectives (ending in -e, -en, -em, -er, -es) are not judged."""
    readings = german_readings(determiner.lower())
    if readings is None:
        return None
    fitting = [ending for gender, ending in readings if gender in genders]
    if not fitting:
        return "article"
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


def french_problem(determiner: str, noun: str, gender: str, numbers: set[str], aspirated: bool) -> str | None:
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


def is_determiner(word: str, lang: str) -> bool:
    """Whether a word (lower case) is a determiner whose agreement this module judges."""
    if lang == "de":
        return german_readings(word) is not None
    return word.replace("’", "'") in _FR_DETERMINERS
