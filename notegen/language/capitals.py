"""Names a shop writes in capitals ("WOLLSOCKEN MERINO", "BOUGIE PARFUMÉE", "WINTER RIDING GLOVES").

The lexicons read words as a language writes them: a German noun with its capital, a French adjective in lower case.
A name in capitals is named through its words in their usual case (`calm`), and the forms the note needs are then
written in capitals again where they come from the name (`shout`): "die drei Paar REITHANDSCHUHE", "den
REITHANDSCHUHEN", « les trois BOUGIES PARFUMÉES », "the three WOOL SCARVES". The shop's capitals stay; the words
around them (articles, counts, "Paar", "paires de", "pairs of") and the variant keep their own case.
"""

from __future__ import annotations

import re
from dataclasses import replace

from notegen.language.german_adjectives import ADJECTIVE_SUFFIXES, ADJECTIVES, is_adjective
from notegen.language.phrase import Phrase, join, rewritten, split_name
from notegen.language.words import words

_LOWER_DE = frozenset(
    words("und mit für aus in von ohne zum zur im am vom der die das den dem des ein eine x cm mm m g kg l ml cl")
)
_FOLD = str.maketrans("äöü", "aou")
_APOSTROPHES = ("'", "’")
_EDGES = "\"'’„“”«»‚‘()[],;:.!?"


# A unit after a number, which a name in capitals may keep in lower case: « 75 cl », « 500g », "300lm", "8oz".
_UNIT = re.compile(r"(?<=\d)\s*(?:ml|cl|dl|l|g|kg|mg|cm|mm|m|oz|lb|lbs|ft|lm)\b")
_TIMES = re.compile(r"(?<=\d)\s*x(?=\s*\d)")  # the « x » of a size between two figures: « 180 x 70 CM »
# The endings a word of three letters takes in its plural or dative: "Sets", "Hüte", "Räder", "Rädern", "boxes".
_SHORT_ENDINGS = frozenset(("s", "x", "e", "n", "en", "er", "ern", "es"))


def shouted(name: str, units: bool = False, sizes: bool = False) -> bool:
    """Whether `name` is written in capitals: four letters or more, none of them lower case but, with `units`, a
    unit after a number (« LIMONADE ARTISANALE 75 cl »), and with `sizes` the « x » between the figures of a size
    (« CHÂLE EN LAINE, 180 x 70 CM »)."""
    bare = _TIMES.sub("", name) if sizes else name
    if any(char.islower() for char in (_UNIT.sub("", bare) if units else bare)):  # most names: a small letter
        return False
    return sum(char.isalpha() and char.lower() != char for char in name) >= 4  # letters with a small form


def calm(name: str, lang: str) -> str:
    """`name` in the case its language writes its words: German nouns capitalised and adjectives and small words
    in lower case, French in lower case, English in title case."""
    noun_part, quoted, tail = split_name(name, lang)  # the quoted product name keeps the shop's capitals
    return join(_calm_words(noun_part, lang), quoted, _calm_words(tail, lang))


def _calm_words(text: str, lang: str) -> str:
    if lang == "fr":
        return text.lower()
    if lang == "en":
        return " ".join(word.capitalize() for word in text.split(" "))
    return " ".join(_german_case(word, index) for index, word in enumerate(text.split(" ")))


def _german_case(word: str, index: int) -> str:
    lower = word.lower()
    bare = lower.strip(_EDGES)
    small = bare in _LOWER_DE or bare in ADJECTIVES or bare.endswith((*ADJECTIVE_SUFFIXES, "iert"))
    if index and (small or is_adjective(bare)):
        return lower
    return word[:1] + lower[1:] if word[:1].isalpha() else word[:1] + word[1:2] + lower[2:]


def shout(phrase: Phrase, name: str, calmed: str) -> Phrase:
    """`phrase` (named from `calmed`, the calm form of `name`) with the words that come from the name in capitals
    again (a unit the shop wrote in lower case stays so: « 75 cl »), and the shop's own name in its list of names
    it was unsure of."""
    written = name.split() if len(name.split()) == len(calmed.split()) else calmed.upper().split()
    tokens = [token.strip(_EDGES) for token, shop in zip(calmed.split(), written, strict=True) if shop.isupper()]
    unsure = tuple(name if unsure == calmed else unsure for unsure in phrase.unsure)
    return replace(rewritten(phrase, lambda text: _shout_text(text, tokens)), unsure=unsure)


def _shout_text(text: str, tokens: list[str]) -> str:
    """`text` with the words that match `tokens`, in their order, in capitals ("bougies" for "bougie",
    "Wollschals" for "Wollschal"; the article of "l'huile" stays in lower case)."""
    out = text.split(" ")
    start = 0
    for token in tokens:
        for index in range(start, len(out)):
            shouted_word = _shout_word(out[index], token)
            if shouted_word:
                out[index], start = shouted_word, index + 1
                break
    return " ".join(out)


def _shout_word(word: str, token: str) -> str:
    """`word` in capitals where it is `token` or a form of it ("" where it is not); an elided article before it
    stays as it is ("l'HUILE")."""
    for cut in (0, *(word.find(mark) + 1 for mark in _APOSTROPHES if mark in word)):
        head, body = word[:cut], word[cut:]
        core = body.strip(_EDGES)
        if core and _same_word(core, token):
            left = body.index(core)
            return head + body[:left] + core.upper() + body[left + len(core) :]
    return ""


def _same_word(form: str, token: str) -> bool:
    """Whether `form` is `token` or an inflected form of it: the same word, or (for words of four letters or
    more) sharing all but its last two letters, umlauts aside ("Töpfe" of "Topf", "scarves" of "scarf"), or (for
    words of three) with a plural or dative ending ("sacs" of "sac", "Hüte" of "Hut")."""
    a, b = form.lower().translate(_FOLD), token.lower().translate(_FOLD)
    if a == b:
        return True
    if len(b) == 2:  # "Gis" of "Gi", a noun in a name's capitals; never the article "des" of "de"
        return form[:1].isupper() and a == b + "s"
    if len(b) < 4:  # "sacs" of "sac", "Hüte" of "Hut", "Rädern" of "Rad"
        return len(b) == 3 and a.startswith(b) and a[3:] in _SHORT_ENDINGS
    if not re.match(r"\w", a):
        return False
    shared = len(_common_prefix(a, b))
    return shared >= max(3, len(b) - 2) and len(a) <= len(b) + 4


def _common_prefix(a: str, b: str) -> str:
    end = 0
    while end < min(len(a), len(b)) and a[end] == b[end]:
        end += 1
    return a[:end]
