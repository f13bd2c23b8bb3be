"""The adjectives after a French complement without article (« les sacs à dos imperméables », « les huiles d'olive
vierges »): which of them agree with the head when several are named, and which are the complement's own and
stay as written (« les cartouches d'encre bleue », « les casseroles en acier inoxydable »)."""

from __future__ import annotations

from notegen.language.french_apposed import (
    PART_ADJECTIVES,
    adjective_of,
    agrees_with,
    of_relation,
    of_the_material,
    of_the_part,
)
from notegen.language.french_lexicon import agree_adjective, form_for, readings
from notegen.language.french_variant import SIZE_LABELS
from notegen.language.phrase import PREPOSITIONS


def agree_after_complement(rest: list[str], gender: str, plural: bool, written_plural: bool = False) -> list[str]:
    """The adjectives after a complement without article agreed with the head, as the shop wrote them for it
    ("les sacs à dos imperméables", "les hachoirs à viande manuels", "les huiles d'olive vierges"): an adjective
    written in the head's gender describes the product, not the complement's noun. Where the name writes its
    head in the plural (`written_plural`) and the adjective in the singular, it is the complement's own
    (« cartouches d'encre bleue »: the ink is blue). After « en » and a material, an adjective that could agree
    with the material is its own (« les casseroles en acier inoxydable »), one that cannot is the product's (« les
    plaques funéraires en granit gravées »)."""
    first = rest[0].lower() if rest else ""
    if not plural or not first:
        return rest
    if first.startswith(("d'", "d’")):
        begin = 1
    elif (
        first in ("à", "de", "en")
        and len(rest) > 2
        and rest[1][:1].islower()
        and (
            readings(rest[1])
            or (first == "à" and _infinitive(rest[1]))  # « les cordes à sauter lestées »
            or (first == "de" and _unknown_noun(rest[1]))  # « les bols de matcha émaillés »
        )
    ):
        begin = 2
    else:
        return rest
    agreed = list(rest)
    index = begin
    noun = rest[begin - 1].lower().removeprefix("d'").removeprefix("d’")
    apposed = False
    while index < len(rest):
        word = rest[index].rstrip(",;")  # "Crème de nuit régénérante, 50 ml"
        if word.lower() in SIZE_LABELS:
            break  # « les capes de bain taille unique »: the size's
        if first == "en" and agrees_with(word.lower(), readings(noun)):
            break  # « en acier inoxydable », « en fonte émaillée »: the material's, as far as its form tells
        if of_the_material(word, rest[index - 1], gender + "sp"[written_plural]):
            break  # « les plans de travail chêne massif »: the material's
        if word == rest[index] and _apposed(word, gender):  # « les housses de selle moto imperméables »
            index, apposed = index + 1, True
            continue
        if word.lower() in PREPOSITIONS["fr"] or not word[:1].islower() or not adjective_of(word, gender):
            break
        if any(form_for(f"{noun} {word}", form) for form in ("ms", "fs", "mp", "fp")):
            break  # « lames de scie sauteuse »: the adjective makes a noun with the complement's (a jigsaw)
        if written_plural and agree_adjective(word, gender, True) != word:
            break  # « cartouches d'encre bleue »
        if first not in ("à", "en") and of_relation(word, readings(noun)):
            break  # « sprays de protection solaire »: an adjective of relation, of the complement's noun
        if _of_the_part(word, noun, first) or _before_noun(rest, index):
            break  # « à voile rond », « à bord large »; « à glissière double curseur »
        agreed[index] = agree_adjective(word, gender, True) + rest[index][len(word) :]
        index += 1
        if word != rest[index - 1]:
            break
    changed = agreed[begin:index] != rest[begin:index]  # as the shop wrote them in the plural, they stay put
    if first == "à" and changed and not apposed and _singular_only(rest[1]):  # « les tringles extensibles à
        return agreed[begin:index] + agreed[:begin] + agreed[index:]  # rideau », « les hachoirs manuels à viande »
    return agreed


def _unknown_noun(word: str) -> bool:
    """Whether a word after « de » is a noun the lexicon lacks, a loanword (« matcha », « padel »): a word of
    lower-case letters that reads as no adjective."""
    return word.isalpha() and word.islower() and word not in PREPOSITIONS["fr"] and not readings(word, "A")


def _infinitive(word: str) -> bool:
    """Whether a word after « à » reads as a verb in the infinitive, which the lexicon of nouns and adjectives
    does not hold: « à sauter », « à langer », « à coudre »."""
    return word.isalpha() and word.islower() and word.endswith(("er", "ir", "re")) and not readings(word, "A")


def _of_the_part(word: str, noun: str, preposition: str) -> bool:
    """Whether an adjective after « à » and a noun describes that noun, a part: an adjective of `PART_ADJECTIVES`
    written in the part's gender (« à voile rond », « à manches longues »), or one that agrees with the noun of a
    part (`of_the_part`: « à serrure électronique »)."""
    if preposition != "à":
        return False
    lemma = next((reading.lemma for reading in readings(word.lower(), "A")), "")
    genders = {f[0] for reading in readings(noun) for f in reading.features}
    written = {f[0] for reading in readings(word.lower(), "A") for f in reading.features}
    return (lemma in PART_ADJECTIVES and bool(genders & written)) or of_the_part(word, readings(noun), False)


def _apposed(word: str, gender: str) -> bool:
    """Whether a word after a complement's noun is a noun in apposition to it, which an adjective after it
    passes over to agree with the head (« housse de selle moto imperméable », « lampe de bureau LED orientable »):
    an acronym, or a noun that is no adjective of the head's gender."""
    if word.isalpha() and word.isupper() and len(word) > 1:
        return True
    lower = word.lower()
    if not word.isalpha() or not word.islower() or lower in PREPOSITIONS["fr"] or not readings(lower):
        return False
    return not readings(lower, "A") and not adjective_of(lower, gender)


def _before_noun(rest: list[str], index: int) -> bool:
    """Whether the adjective at `index` stands before a noun of its own (« à glissière double curseur »)."""
    following = rest[index + 1] if index + 1 < len(rest) and not rest[index].endswith((",", ";")) else ""
    return bool(
        following[:1].islower()
        and following.isalpha()
        and readings(following)
        and not readings(following, "A")
        and following not in PREPOSITIONS["fr"]
    )


def _singular_only(noun: str) -> bool:
    """Whether a noun as written can only be singular: plural adjectives after « à » and that noun would be read
    with it, and seem not to agree with it ("les tringles à rideau extensibles")."""
    features = frozenset().union(*(reading.features for reading in readings(noun)))
    return bool(features) and not any(feature[1] == "p" for feature in features)
