"""A maker that opens a French item name before its noun, as a catalogue line writes it (« Staedtler compas de
précision », « Lodge poêle en fonte émaillée 26 cm »): a French writer puts the maker after the noun, the nouns set
beside it and its complements, before the adjectives, sizes and codes (« le compas de précision Staedtler », « la
poêle en fonte émaillée Lodge 26 cm »), the maker as the shop wrote it. A maker before a word the lexicon
cannot read keeps the fallback.
"""

from __future__ import annotations

from dataclasses import replace

from notegen.language.casing import mostly_lower_case, written_as_name
from notegen.language.french_lexicon import RARE, readings
from notegen.language.phrase import PREPOSITIONS, Head
from notegen.language.words import words

# Words that open a name in capitals the lexicon may not hold, and are no maker: the size or the kind of the noun
# after them (« Maxi coussin de sol », « Eco recharge »).
NOT_MAKERS = frozenset(words("eco éco multi maxi mini super ultra hyper méga mega extra bio kit lot set pack duo"))
# Latin epithets of a plant's name the lexicon reads as French nouns: after a genus it does not hold (« Anubias
# nana »), they name the species, not a product made by « Anubias ».
EPITHETS = frozenset(words("nana major minor media minima maxima acre"))
# The endings French makes nouns of tools, devices and acts with (« défroisseur », « égouttoir », « moussette »):
# a word the lexicon lacks that ends so is a French noun it lacks rather than a maker, and keeps the fallback.
NOUN_ENDINGS = tuple(words("eur euse oir oire ette ement age ier ière"))


def maker_first(names: list[str]) -> bool:
    """Whether the first of the words of a name is a maker before the name's noun: a word of letters with a
    capital, not all capitals, that the lexicon reads as no noun nor adjective nor a verb's present participle,
    that ends in no ending of French nouns, and that English does not write in lower case far more often, before
    a lower-case word the lexicon reads as a noun and as no adjective, not the Latin epithet of a plant."""
    if len(names) < 2:
        return False
    maker, noun = names[0], names[1].rstrip(",;:")
    if not (maker.isalpha() and maker[:1].isupper() and not maker.isupper() and len(maker) > 2):
        return False
    if maker.lower() in NOT_MAKERS or _word_of_the_lexicon(maker) or readings(maker, "A") or noun in EPITHETS:
        return False
    if maker.lower().endswith(NOUN_ENDINGS):  # « Défroisseur vapeur »: a steamer, not « la vapeur Défroisseur »
        return False
    if readings(maker.lower(), "G"):  # « Rénovant cuir »: a verb's present participle names the product, no maker
        return False
    if mostly_lower_case(maker):  # « Switch réseau »: an English noun, which English writes in lower case
        return False
    return noun.isalpha() and noun.islower() and noun not in PREPOSITIONS["fr"] and _noun(noun)


def _word_of_the_lexicon(word: str) -> bool:
    """Whether the lexicon reads `word` as a noun of French, not a maker's name it lists as a rare noun (a brand
    whose products French names after it, « un opinel », « un laguiole »: no frequency class in DELA) that
    English text writes with a capital at least as often as in lower case (« Opinel », « Laguiole »)."""
    found = readings(word)
    return bool(found) and not (all(reading.rank == RARE for reading in found) and written_as_name(word))


def maker_after(names: list[str], head: Head) -> tuple[list[str], Head]:
    """The words of a name with the maker that opens it moved after its noun, the nouns set beside that and its
    complements (« compas de précision Staedtler », « poêle en fonte émaillée Lodge 26 cm »), before an adjective
    of the noun, a size, a code or a comma, and the head at the start; the words and head as given for any other
    name."""
    if head.index != 1 or not maker_first(names):
        return names, head
    end, complement = 2, False
    while end < len(names) and not names[end - 1].endswith((",", ";", ":")):
        word = names[end].rstrip(",;:")  # « d'office, lame 10 cm »: the comma closes the noun's words
        if not (word.replace("'", "").replace("’", "").isalpha() and word.islower()):
            break  # « HP 400 », « 26 cm », a name of its own
        following = names[end + 1].rstrip(",;:") if end + 1 < len(names) else ""  # « de jardin, 21 cm »
        if word in COMPLEMENTS and following.isalpha() and following.islower():
            end, complement = end + 2, True  # « en fonte », « à frire », « pour barbecue »
        elif word.startswith(("d'", "d’")) or _noun(word) or (complement and readings(word, "A")):
            end, complement = end + 1, complement or word.startswith(("d'", "d’"))
        else:
            break  # « chromé »: an adjective of the noun, after the maker
    last = names[end - 1]
    stop = last[len(last.rstrip(",;:")) :]  # « sécateur de jardin Felco, 21 cm »: the maker before the comma
    moved = [*names[1 : end - 1], last[: len(last) - len(stop)], names[0] + stop, *names[end:]]
    return moved, replace(head, index=0)


COMPLEMENTS = frozenset(words("de à au aux en pour du des"))


def _noun(word: str) -> bool:
    """Whether the lexicon reads `word` as a noun and as no adjective (« poêle », « compas », not « émaillé »)."""
    return bool(readings(word)) and not readings(word, "A")
