"""French words set beside an item's head noun that keep the shop's form when several are named: a material with
its own adjective (« les trois paniers osier naturel », « le stratifié chêne naturel », never « en chêne
naturels »), and an adjective that goes before a noun of its own (« les piles longue durée », « les lampes petit
modèle », never « longues durée »); and whether a word reads as an adjective of a noun's gender at all
(`adjective_of`), not a noun set beside the head (« coussin chat »).
"""

from __future__ import annotations

from notegen.language.french_lexicon import Reading, forms_of, readings
from notegen.language.french_variant import FINISHES, MATERIALS, SHADES, is_colour
from notegen.language.words import words

# Adjectives that go before a noun of their own, which they make a phrase with after the head: « les piles longue
# durée », « les lampes petit modèle », « les rubans adhésifs double face ».
BEFORE_OWN_NOUN = frozenset(words("petit grand gros long haut bas double triple plein faible fort"))
# Nouns of people a name is for (« Veste longue femme »): the adjective before them is the product's.
PEOPLE = frozenset(words("femme homme fille garçon enfant bébé adulte dame junior senior mixte"))
# Adjectives of shape and size, and of parts: after the noun of a part they describe that part (« le chapeau à bord
# large », « le blouson à voile rond », « le pull col roulé », « le pantalon jambe large »), not the product.
PART_ADJECTIVES = frozenset(
    words(
        "rond carré large long court fin épais double simple plat pointu droit fixe étroit haut bas roulé ovale "
        "arrondi ample évasé montant incurvé courbe biseauté conique amovible détachable réglable interchangeable "
        "escamotable rabattable intégré renforcé rembourré"
    )
)
# Nouns of the parts and features a product has, set beside its name or after « à » (« pull col roulé », « sac
# bandoulière réglable », « coffre à serrure électronique »): an adjective after one that agrees with it is its own.
PARTS = frozenset(
    words(
        "col encolure manche capuche jambe talon tige semelle bout bord plateau pied dossier assise accoudoir "
        "poignée anse bandoulière bretelle bracelet cadran boîtier couvercle bec lame fermeture serrure visière"
    )
)
# Nouns of animals and figures a product is shaped as or dressed up as (« coussin chat », « tirelire cochon »,
# « costume pirate »), which DELA also reads as adjectives of a figurative sense (« chat », caressing; « vache »,
# mean): after a head they are nouns in apposition and stay as written.
FIGURES = frozenset(words("chat chien cochon mouton vache chouette rat pie pirate diable"))


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


def of_the_part(word: str, noun: list[Reading], apposed: bool) -> bool:
    """Whether an adjective after the noun of a part (`PARTS`), read as `noun`, describes that part: it agrees
    with the part as written and, after a part set beside the head (`apposed`), tells its shape (`PART_ADJECTIVES`:
    « pull col roulé », « pantalon jambe large »), after « à » it is no colour (« coffre à serrure
    électronique »)."""
    bare = word.rstrip(",;").lower()
    if not noun or {reading.lemma for reading in noun}.isdisjoint(PARTS) or not agrees_with(bare, noun):
        return False
    if apposed:
        return not {reading.lemma for reading in readings(bare, "A")}.isdisjoint(PART_ADJECTIVES)
    return not is_colour(bare) and not any(is_colour(reading.lemma) for reading in readings(bare, "A"))


def agrees_with(word: str, noun: list[Reading]) -> bool:
    """Whether the adjective `word` as written has the gender and number of the noun read as `noun`."""
    features = frozenset().union(*(reading.features for reading in noun))
    return any(not features.isdisjoint(reading.features) for reading in readings(word, "A"))


def of_relation(word: str, noun: list[Reading]) -> bool:
    """Whether an adjective after the noun of a complement in « de » (`noun`, as the lexicon reads it) is one of
    relation in « -aire » that agrees with it: it says what kind of thing that noun is, not the product (« de
    protection solaire », « de fournitures scolaires »: « les trois sprays de protection solaire »)."""
    return bool(noun) and word.lower().endswith("aire") and agrees_with(word.lower(), noun)


def agrees_as(word: str, features: str) -> bool:
    """Whether the adjective `word` has the gender and number `features` ("ms", "fp"): those of the head as the
    name writes it."""
    return any(features in reading.features for reading in readings(word, "A"))


def adjective_of(word: str, gender: str) -> bool:
    """Whether `word` reads as an adjective that agrees with a noun of `gender` as written: one whose lemma has
    forms of both genders ("plat", "plate"), of which `word` is one of `gender`; not a noun of `FIGURES` (« coussin
    chat »)."""
    if any(reading.lemma in FIGURES for reading in readings(word)):
        return False
    for reading in readings(word, "A"):
        if not any(feature[0] == gender for feature in reading.features):
            continue
        genders = {feature[0] for _, features in forms_of(reading.lemma, "A") for feature in features}
        if genders >= {"m", "f"}:
            return True
    return False
