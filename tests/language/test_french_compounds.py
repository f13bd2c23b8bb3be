"""French compound nouns written with a plural s, judged against phrases written by hand from French usage
(Grevisse, Le Bon Usage, on the plural of compound nouns), not from the lexicon the code reads.

A verb + noun compound names one object whatever the number of its noun ("un presse-agrumes"); a protection
worn on limbs that come in pairs is sold in pairs ("les protège-tibias", "deux paires de protège-coudes"); a
preposition + noun compound whose noun has a singular of its own, written with the plural s, is plural ("les
sous-verres", "les après-shampooings"); footwear and what is worn on both legs are counted in pairs ("les trois
paires de mi-bas")."""

from __future__ import annotations

import pytest

from notegen.language.items import head_noun, item_phrase
from notegen.model import Item

# name, the item named once, the item named for three (the count of a plural name is the counter's part)
SINGULAR = [
    ("Presse-agrumes", "le presse-agrumes", "les trois presse-agrumes"),
    ("Épluche-légumes", "l'épluche-légumes", "les trois épluche-légumes"),
    ("Porte-clés en laiton", "le porte-clés en laiton", "les trois porte-clés en laiton"),
    ("Essuie-mains en lin", "l'essuie-mains en lin", "les trois essuie-mains en lin"),
    ("Cache-oreilles", "le cache-oreilles", "les trois cache-oreilles"),
    ("Protège-matelas", "le protège-matelas", "les trois protège-matelas"),
    ("Sèche-cheveux", "le sèche-cheveux", "les trois sèche-cheveux"),
    ("Sous-pull en coton", "le sous-pull en coton", "les trois sous-pulls en coton"),
    ("Après-shampooing", "l'après-shampooing", "les trois après-shampooings"),
    ("Chausse-pied en corne", "le chausse-pied en corne", "les trois chausse-pieds en corne"),
    ("Grille-pain", "le grille-pain", "les trois grille-pains"),
    ("Appuie-tête", "l'appuie-tête", "les trois appuie-têtes"),
    ("Tue-mouches", "le tue-mouches", "les trois tue-mouches"),
    ("Emporte-pièce étoile", "l'emporte-pièce étoile", "les trois emporte-pièces étoile"),  # a verb DELA lacks
    ("Rince-doigts", "le rince-doigts", "les trois rince-doigts"),
    ("Drap-housse", "le drap-housse", "les trois draps-housses"),
    ("Bracelet-montre", "le bracelet-montre", "les trois bracelets-montres"),
]
PLURAL = [
    ("Sous-verres en ardoise", "les sous-verres en ardoise", "m"),
    ("Après-shampooings", "les après-shampooings", "m"),
    ("Sous-bocks", "les sous-bocks", "m"),
    ("Sous-tasses", "les sous-tasses", "f"),
]
# protections worn in pairs: (name, once, three)
PAIRED = [
    ("Protège-genoux", "les protège-genoux", "les trois paires de protège-genoux"),
    ("Protège-coudes", "les protège-coudes", "les trois paires de protège-coudes"),
    ("Protège-poignets", "les protège-poignets", "les trois paires de protège-poignets"),
    ("Protège-chevilles", "les protège-chevilles", "les trois paires de protège-chevilles"),
    ("Couvre-chaussures", "les couvre-chaussures", "les trois paires de couvre-chaussures"),
    ("Sur-chaussures", "les sur-chaussures", "les trois paires de sur-chaussures"),
]
# footwear, what goes in it and what is worn on both legs or arms, also spelt alike in both numbers: (name, once, three)
PAIR_NOUNS = [
    ("Mi-bas en laine", "les mi-bas en laine", "les trois paires de mi-bas en laine"),
    ("Charentaises", "les charentaises", "les trois paires de charentaises"),
    ("Genouillères de jardinage", "les genouillères de jardinage", "les trois paires de genouillères de jardinage"),
    ("Sabots de jardin", "les sabots de jardin", "les trois paires de sabots de jardin"),
]


def _named(name: str, quantity: int) -> str:
    return item_phrase(Item(name, quantity=quantity), "fr", True).nom.replace("’", "'")


@pytest.mark.parametrize(("name", "one", "three"), SINGULAR)
def test_a_compound_that_names_one_object_stays_singular(name: str, one: str, three: str) -> None:
    head = head_noun(name, "fr")
    assert head is not None and not head.plural_name and not head.pair
    assert (_named(name, 1), _named(name, 3)) == (one, three)
    assert item_phrase(Item(name), "fr", True).it == "il"


@pytest.mark.parametrize(("name", "one", "gender"), PLURAL)
def test_a_preposition_and_a_noun_in_the_plural_is_plural(name: str, one: str, gender: str) -> None:
    head = head_noun(name, "fr")
    assert head is not None and head.plural_name and head.gender == gender and not head.pair
    phrase = item_phrase(Item(name), "fr", True)
    assert (phrase.nom, phrase.plural, phrase.it) == (one, True, "ils" if gender == "m" else "elles")


@pytest.mark.parametrize(("name", "one", "three"), PAIRED)
def test_a_protection_worn_on_paired_limbs_is_plural_and_counted_in_pairs(name: str, one: str, three: str) -> None:
    head = head_noun(name, "fr")
    assert head is not None and head.plural_name and head.pair
    assert (_named(name, 1), _named(name, 3)) == (one, three)
    assert item_phrase(Item(name, variant="L"), "fr", True).nom == f"{one} en taille L"


@pytest.mark.parametrize(("name", "one", "three"), PAIR_NOUNS)
def test_a_pair_noun_is_plural_and_counted_in_pairs(name: str, one: str, three: str) -> None:
    head = head_noun(name, "fr")
    assert head is not None and head.plural_name and head.pair
    assert (_named(name, 1), _named(name, 3)) == (one, three)


def test_a_bottom_is_no_pair_of_stockings() -> None:
    assert (_named("Bas de pyjama", 1), _named("Bas de pyjama", 3)) == ("le bas de pyjama", "les trois bas de pyjama")


def test_a_pack_of_a_plural_compound_is_counted_in_lots() -> None:
    assert _named("Sous-verres en ardoise (lot de 6)", 1) == "les sous-verres en ardoise (lot de 6)"
    assert _named("Sous-verres en ardoise (lot de 6)", 2) == "les deux lots de 6 sous-verres en ardoise"


def test_a_noun_and_a_noun_take_the_first_nouns_gender_and_both_the_plural() -> None:
    assert (_named("Porte-fenêtre", 1), _named("Porte-fenêtre", 3)) == ("la porte-fenêtre", "les trois portes-fenêtres")
    assert item_phrase(Item("Porte-fenêtre"), "fr", True).it == "elle"
