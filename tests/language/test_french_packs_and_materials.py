"""French names of goods sold in what holds them, of materials set beside the head, and of adjectives that go
before a noun of their own, as a native writer names them once and three times: a mass whose name says what it
comes in (« bloc de 500 g », « rouleau de 25 m », « paquet de 1,8 m² ») counted in that, a weight or volume said
once (« les trois blocs de 500 g de pâte à modeler »), never pluralised with its adjective; the container that is the
product itself counted itself (« les trois bidons de 20 l »); a material the shop set beside the head with its own
adjective kept as written (« le parquet contrecollé chêne huilé », « les trois paniers osier naturel », never « en
osier naturels »); and an adjective before its own noun left with it (« les trois piles longue durée », never
« longues durée »); an adjective after « à » and a verb agreed with the head (« les trois cordes à sauter
lestées »); a pack word after the name never read as an adjective (« paire de 5 kg », never « pairs de 5 kg »).

The names come from DIY, flooring, garden, pet, nursery, craft, sport, lighting and cosmetics shops' catalogues, not
from the held-out lists; the composed notes are judged by Grammalecte and by `notegen lint`."""

from __future__ import annotations

import pytest

from notegen.language.items import item_phrase
from notegen.model import Item
from tests.language.composed_lint import french_notes, named, rejected
from tests.language.french_grammar import grammar_errors, needs_grammalecte, note_paragraphs

NAMES = [  # name, the subject form for one, for three
    # a mass whose name says what it comes in, by weight, volume, area or length: counted in that
    ("Pâte à modeler, bloc de 500 g", "la pâte à modeler, bloc de 500 g",
     "les trois blocs de 500 g de pâte à modeler"),
    ("Cire de soja végétale, bloc de 1 kg", "la cire de soja végétale, bloc de 1 kg",
     "les trois blocs de 1 kg de cire de soja végétale"),
    ("Grillage soudé galvanisé, rouleau de 25 m", "le grillage soudé galvanisé, rouleau de 25 m",
     "les trois rouleaux de grillage soudé galvanisé, rouleau de 25 m"),
    ("Parquet contrecollé chêne huilé, paquet de 1,8 m²", "le parquet contrecollé chêne huilé, paquet de 1,8 m²",
     "les trois paquets de parquet contrecollé chêne huilé, paquet de 1,8 m²"),
    ("Mastic silicone sanitaire, cartouche de 310 ml", "le mastic silicone sanitaire, cartouche de 310 ml",
     "les trois cartouches de 310 ml de mastic silicone sanitaire"),
    ("Câble électrique souple, couronne de 100 m", "le câble électrique souple, couronne de 100 m",
     "les trois couronnes de câble électrique souple, couronne de 100 m"),
    # the container is the product itself: counted itself
    ("Bidon de 20 l", "le bidon de 20 l", "les trois bidons de 20 l"),
    ("Seau de 10 l", "le seau de 10 l", "les trois seaux de 10 l"),
    # a material set beside the head with its own adjective: the shop's words, the adjective the material's
    ("Panier osier naturel", "le panier osier naturel", "les trois paniers osier naturel"),
    ("Lit bébé hêtre massif", "le lit bébé hêtre massif", "les trois lits bébé hêtre massif"),
    ("Table à langer bois naturel", "la table à langer bois naturel", "les trois tables à langer bois naturel"),
    ("Plan de travail chêne massif", "le plan de travail chêne massif", "les trois plans de travail chêne massif"),
    ("Bol céramique émaillée", "le bol céramique émaillée", "les trois bols céramique émaillée"),
    ("Arbre à chat sisal naturel", "l'arbre à chat sisal naturel", "les trois arbres à chat sisal naturel"),
    # a material alone after the head, or before an adjective of the product: « en »
    ("Gamelle inox antidérapante", "la gamelle en inox antidérapante", "les trois gamelles en inox antidérapantes"),
    ("Dalle pierre", "la dalle en pierre", "les trois dalles en pierre"),
    # an adjective that goes before a noun of its own stays with it
    ("Pile longue durée AA", "la pile longue durée AA", "les trois piles longue durée AA"),
    ("Ampoule basse consommation E27", "l'ampoule basse consommation E27",
     "les trois ampoules basse consommation E27"),
    ("Ruban adhésif double face", "le ruban adhésif double face", "les trois rubans adhésifs double face"),
    ("Gourde double paroi", "la gourde double paroi", "les trois gourdes double paroi"),
    ("Lampe frontale longue portée", "la lampe frontale longue portée", "les trois lampes frontales longue portée"),
    ("Batterie externe grande capacité", "la batterie externe grande capacité",
     "les trois batteries externes grande capacité"),
    ("Lanterne petit modèle", "la lanterne petit modèle", "les trois lanternes petit modèle"),
    # after « à » and a verb, an adjective is the product's, agreed with it
    ("Corde à sauter lestée", "la corde à sauter lestée", "les trois cordes à sauter lestées"),
    ("Table à langer pliante", "la table à langer pliante", "les trois tables à langer pliantes"),
    ("Machine à coudre portable", "la machine à coudre portable", "les trois machines à coudre portables"),
    # a pack word after the name is a noun, never a form of an adjective spelt alike (« paire », « pair »)
    ("Haltères hexagonaux, paire de 5 kg", "les haltères hexagonaux, paire de 5 kg",
     "les trois paires de 5 kg d'haltères hexagonaux"),
    # but an adjective of the product before a person or an adjective is agreed with the head
    ("Veste longue femme", "la veste longue femme", "les trois vestes longues femme"),
    ("Robe longue bohème", "la robe longue bohème", "les trois robes longues bohèmes"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "one", "three"), NAMES, ids=[row[0] for row in NAMES])
def test_the_item_is_named_as_a_native_writer_names_it(name: str, one: str, three: str) -> None:
    """Never « les trois bases … glycérinées », « le parquet en chêne huilé », « les trois piles longues durée »."""
    assert named(name, "fr") == (one, three)


def test_several_of_a_mass_in_blocks_are_counted_in_blocks_and_are_ils() -> None:
    phrase = item_phrase(Item("Pâte à modeler, bloc de 500 g", 3), "fr", True)
    assert (phrase.it, phrase.dat) == ("ils", "aux trois blocs de 500 g de pâte à modeler")


def test_the_lint_accepts_every_composed_note() -> None:
    assert not rejected(french_notes((name, "", quantity, "") for name, _, _ in NAMES for quantity in (1, 3)), "fr")


# Grammalecte's readings judged wrong by hand: rule kind and flagged word. It agrees an adjective before a noun of
# its own in apposition with the head (« la lanterne petit modèle », the shop's words, flagged even for one), and
# reads « double » after « les gourdes » as a verb.
FALSE_ALARMS = {
    ("gn_la_2m", "petit"),
    ("gn_les_2m", "petit"),
    ("gn_les_2m", "lanternes"),
    ("gn_det_epi_plur_2m", "petit"),
    ("gn_det_epi_plur_2m", "lanternes"),
    ("gn_det_epi_sing_2m", "lanterne"),
    ("gn_det_epi_sing_2m", "petit"),
    ("conj_les_nom", "double"),
}


@needs_grammalecte
def test_every_paragraph_naming_the_items_passes_grammalecte() -> None:
    notes = french_notes((name, "", quantity, "") for name, _, _ in NAMES for quantity in (1, 3))
    assert not grammar_errors(note_paragraphs(note for _, (_, note) in notes), FALSE_ALARMS)
