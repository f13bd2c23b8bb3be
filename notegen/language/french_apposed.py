"""French words set beside an item's head noun that keep the shop's form when several are named: a material with
its own adjective (« les trois paniers osier naturel », « le stratifié chêne naturel », never « en chêne
naturels »), and an adjective that goes before a noun of its own (« les piles longue durée », « les lampes petit
modèle », never « longues durée »).
"""

from __future__ import annotations

from notegen.language.french_lexicon import Reading, readings
from notegen.language.french_variant import FINISHES, MATERIALS, SHADES
from notegen.language.words import words

# Adjectives that go before a noun of their own, which they make a phrase with after the head: « les piles longue
# durée », « les lampes petit modèle », « les rubans adhésifs double face ».
BEFORE_OWN_NOUN = frozenset(words("petit grand gros long haut bas double triple plein faible fort"))
# Nouns of people a name is for (« Veste longue femme »): the adjective before them is the product's.
PEOPLE = frozenset(words("femme homme fille garçon enfant bébé adulte dame junior senior mixte"))


def before_own_noun(following: list[str], index: int, written: str) -> bool:
    """Whether the word at `index` is an adjective that goes before a noun of its own (`BEFORE_OWN_NOUN`) and
    stands before one it agrees with as written: « pile longue durée », « lampe petit modèle »; it stays as
    written, with its noun. Not before a person (« veste longue femme »), nor before a noun that is also an
    adjective of its own lemma (« robe longue bohème »), unless the adjective cannot be the head's (features
    `written`)."""
    if index + 1 >= len(following) or following[index].endswith((",", ";")):
        return False
    word, after = following[index].lower(), following[index + 1].rstrip(",;").lower()
    lemmas = {reading.lemma for reading in readings(word, "A")}
    own = readings(after)
    if lemmas.isdisjoint(BEFORE_OWN_NOUN) or not own or after in PEOPLE or not agrees_with(word, own):
        return False
    nouns = {reading.lemma for reading in own}  # « portée » is also a participle, of « porter »: no adjective
    return nouns.isdisjoint(r.lemma for r in readings(after, "A")) or not agrees_as(word, written)


def of_the_material(word: str, material: str, written: str) -> bool:
    """Whether an adjective after a material set beside the head is the material's: it agrees with the material
    as written and tells its kind or finish (`FINISHES`, `SHADES`: « chêne naturel », « inox brossé ») or cannot
    be the head's (features `written`: « bol céramique émaillée »)."""
    bare = word.rstrip(",;").lower()
    if material.lower() not in MATERIALS or not agrees_with(bare, readings(material.lower())):
        return False
    lemmas = {reading.lemma for reading in readings(bare, "A")} | {bare}
    return not lemmas.isdisjoint(FINISHES | SHADES) or not agrees_as(bare, written)


def agrees_with(word: str, noun: list[Reading]) -> bool:
    """Whether the adjective `word` as written has the gender and number of the noun read as `noun`."""
    features = frozenset().union(*(reading.features for reading in noun))
    return any(not features.isdisjoint(reading.features) for reading in readings(word, "A"))


def agrees_as(word: str, features: str) -> bool:
    """Whether the adjective `word` has the gender and number `features` ("ms", "fp"): those of the head as the
    name writes it."""
    return any(features in reading.features for reading in readings(word, "A"))
