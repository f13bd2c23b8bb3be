"""Whether a mention of an item in a text agrees with the item's head noun: the article or possessive before
the head has its gender and number ("den Gießkanne" does not, "der Gießkanne" may), so that a lint can
judge notes the shop wrote itself by the same knowledge the composer uses."""

from __future__ import annotations

import re

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
