"""A French item named with its article, elision and number: "la bougie « Figuier »", "les deux plaids", "l'huile"."""

from __future__ import annotations

from functools import lru_cache

from notegen.language.nouns import french_noun, french_plural, french_singular
from notegen.language.phrase import PREPOSITIONS, Head, Phrase, count_word, join, split_name, variant_text
from notegen.language.words import words
from notegen.model import Item

_FR_PRE_ADJECTIVES = frozenset(
    words("petit petite grand grande beau bel belle joli jolie nouveau nouvelle gros grosse")
)
_FR_VARIANT_WORDS = frozenset(
    words(
        "blanc blanche noir noire gris grise bleu bleue vert verte rouge jaune rose violet orange beige brun brune "
        "marron ocre sable crème naturel naturelle laiton cuivre bois lin coton laine grès verre céramique grand "
        "petit moyen format taille doré dorée argenté argentée clair foncé"
    )
)
_FR_COLOURS = frozenset(
    words(
        "blanc blanche noir noire gris grise bleu bleue vert verte rouge jaune rose violet violette orange beige "
        "brun brune marron ocre sable crème naturel naturelle terracotta doré dorée argenté argentée anthracite "
        "ivoire kaki bordeaux turquoise corail moutarde prune taupe écru"
    )
)
_VOWELS = frozenset("aeiouyéèêëàâäîïôöûüœæ")
_FR_PRONOUNS = {"m": ("il", "le"), "f": ("elle", "la"), "pl": ("ils", "les"), "fpl": ("elles", "les")}


def french_phrase(item: Item, formal: bool, donation: bool) -> Phrase:
    noun_part, quoted, tail = split_name(item.name, "fr")
    words = noun_part.split()
    head = 1 if len(words) > 1 and words[0].lower() in _FR_PRE_ADJECTIVES else 0
    head_word = words[head].lower() if words else ""
    singular = french_singular(head_word) if head_word else ""
    noun = french_noun(singular or head_word) if head_word else None
    gender = noun.gender if noun else "m"
    known = bool(head_word) and (singular or head_word) in _known_french()
    if known:
        words[: head + 1] = [w if w.isupper() else w[:1].lower() + w[1:] for w in words[: head + 1]]
    end = head + 1
    while end < len(words) and words[end][:1].islower() and words[end].lower() not in PREPOSITIONS["fr"]:
        end += 1
    plural = bool(singular) or item.quantity > 1
    span = words[:end]
    if item.quantity > 1 and not singular:
        span = [french_plural(w) if w[:1].islower() else w for w in span]
    core = join(
        " ".join(span + words[end:]),
        quoted,
        tail,
        variant_text(item, "fr", donation, _FR_VARIANT_WORDS | _FR_COLOURS, _FR_COLOURS),
    )
    if item.quantity > 1 and singular:  # "Allumettes longues" twice: two sets of them, not two matches
        vowel = core[:1].lower() in _VOWELS or (core[:1].lower() == "h" and not (noun and noun.aspirated))
        core, gender = ("lots d'" if vowel else "lots de ") + core, "m"
    if item.quantity > 1:
        core = f"{count_word(item.quantity, 'fr')} {core}"
    vowel = core[:1].lower() in _VOWELS or (core[:1].lower() == "h" and not (noun and noun.aspirated))
    if plural:
        the, your = "les", "vos" if formal else "tes"
        gender = "fpl" if gender == "f" else "pl"
    elif gender == "f":
        the, your = "l'" if vowel else "la", "votre" if formal else ("ton" if vowel else "ta")
    else:
        the, your = "l'" if vowel else "le", "votre" if formal else "ton"
    nom = the + core if the == "l'" else f"{the} {core}"
    dat = {"le": "au ", "les": "aux "}.get(the, "à " + nom[: len(nom) - len(core)]) + core
    of = {"le": "du ", "les": "des "}.get(the, "de " + nom[: len(nom) - len(core)]) + core
    it, it_acc = _FR_PRONOUNS[gender]
    return Phrase(nom, nom, dat, f"{your} {core}", of, f"sur {nom}", it, it_acc, gender, plural, True, ())


@lru_cache(maxsize=1)
def _known_french() -> frozenset[str]:
    from notegen.language.nouns import FR_NOUNS

    return frozenset(FR_NOUNS) | _FR_PRE_ADJECTIVES


def french_head(name: str) -> Head | None:
    """The head noun of a French item name: its first noun, after a leading adjective ("Petit vase")."""
    noun_part, _, _ = split_name(name, "fr")
    words = noun_part.split()
    if not words:
        return None
    index = 1 if len(words) > 1 and words[0].lower() in _FR_PRE_ADJECTIVES else 0
    word = words[index].lower()
    singular = french_singular(word)
    noun = french_noun(singular or word)
    if noun is None:
        return None
    plural = word if singular else (noun.plural or french_plural(word))
    return Head(word, index, noun.gender, bool(singular), plural, aspirated=noun.aspirated)
