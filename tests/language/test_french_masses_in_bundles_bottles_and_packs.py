"""French names counted in what they come in, as a native writer names them once and three times: a material sold by
the bundle (« botte ») of a given weight counted in bundles, what each holds said once (« les trois bottes de 1 kg
d'osier blanc », never « les trois osiers blancs, botte de 1 kg »); a gas in a bottle of a given volume counted in
bottles though the dictionary gives the gas no plural (« les trois bouteilles de 10 l d'argon pour soudure », not
the construction without agreement), named again by the bottle (« les bouteilles d'argon pour soudure »); a name
in the plural sold by the net counted in nets (« les trois filets de 15 kg de bûches de chêne »); several
packs of a name in the plural whose noun has two genders (« le poche », « la poche ») counted in the pack, its number
before the name (« les trois boîtes de 50 poches de congélation »), the words around it agreeing with the pack.

The names come from basketry, garden, florist, welding, firewood, greengrocery, kitchen and tea shops' catalogues,
not from the held-out lists; the composed notes are judged by Grammalecte and by `notegen lint`."""

from __future__ import annotations

import pytest

from notegen.language.items import item_phrase, short_phrase
from notegen.model import Item
from tests.compose.shops import atelier
from tests.language.composed_lint import french_notes, item_findings, named, rejected
from tests.language.french_grammar import grammar_errors, needs_grammalecte, note_paragraphs

BUNDLES_AND_BOTTLES = [  # name, the subject form for one, for three
    ("Osier blanc, botte de 1 kg", "l'osier blanc, botte de 1 kg", "les trois bottes de 1 kg d'osier blanc"),
    ("Lavande séchée, botte de 100 g", "la lavande séchée, botte de 100 g",
     "les trois bottes de 100 g de lavande séchée"),
    ("Foin de Crau, botte de 2 kg", "le foin de Crau, botte de 2 kg", "les trois bottes de 2 kg de foin de Crau"),
    ("Argon pour soudure, bouteille de 10 l", "l'argon pour soudure, bouteille de 10 l",
     "les trois bouteilles de 10 l d'argon pour soudure"),
    ("Azote alimentaire, bouteille de 5 l", "l'azote alimentaire, bouteille de 5 l",
     "les trois bouteilles de 5 l d'azote alimentaire"),
    # a name in the plural sold by the net of a given weight: in nets, never in sacks
    ("Bûches de chêne, filet de 15 kg", "les bûches de chêne, filet de 15 kg",
     "les trois filets de 15 kg de bûches de chêne"),
    ("Oignons jaunes, filet de 5 kg", "les oignons jaunes, filet de 5 kg", "les trois filets de 5 kg d'oignons jaunes"),
]  # fmt: skip

# Several packs of a name in the plural whose gender the dictionary cannot tell: one pack keeps the construction
# without agreement (the pronoun after it would need the gender), several are counted in the pack.
PACKS_OF_TWO_GENDERS = [
    ("Poches de congélation, boîte de 50", "les trois boîtes de 50 poches de congélation"),
    ("Poches filtrantes pour thé, lot de 100", "les trois lots de 100 poches filtrantes pour thé"),
]
BUNDLES = {name for name, _, _ in BUNDLES_AND_BOTTLES}
NAMES = [name for name, _, _ in BUNDLES_AND_BOTTLES] + [name for name, _ in PACKS_OF_TWO_GENDERS]


@pytest.mark.parametrize(("name", "one", "three"), BUNDLES_AND_BOTTLES, ids=[row[0] for row in BUNDLES_AND_BOTTLES])
def test_a_mass_noun_is_counted_in_the_bundle_or_bottle_it_comes_in(name: str, one: str, three: str) -> None:
    assert named(name, "fr") == (one, three)


@pytest.mark.parametrize(
    ("name", "again"),
    [
        ("Argon pour soudure, bouteille de 10 l", "les bouteilles d'argon pour soudure"),
        ("Osier blanc, botte de 1 kg", "les bottes d'osier blanc"),
    ],
)
def test_several_bundles_or_bottles_are_named_again_by_what_they_come_in(name: str, again: str) -> None:
    """Never « les articles « Argon pour soudure » », nor what each holds said again."""
    assert short_phrase(Item(name, 3), "fr", True).nom == again


@pytest.mark.parametrize(("name", "three"), PACKS_OF_TWO_GENDERS, ids=[row[0] for row in PACKS_OF_TWO_GENDERS])
def test_several_packs_of_a_plural_name_of_two_genders_are_counted_in_the_pack(name: str, three: str) -> None:
    phrase = item_phrase(Item(name, 3), "fr", True)
    pronoun = "ils" if " lots " in three else "elles"
    assert (phrase.nom, phrase.certain, phrase.it) == (three, True, pronoun)
    one = item_phrase(Item(name, 1), "fr", True)
    assert not one.certain and one.nom.replace("\xa0", " ").startswith("l'article « Poches")


@pytest.mark.parametrize(
    ("name", "again"),
    [
        ("Poches de congélation, boîte de 50", "les boîtes de poches de congélation"),
        ("Poches filtrantes pour thé, lot de 100", "les lots de poches filtrantes pour thé"),
    ],
)
def test_several_packs_of_a_plural_name_of_two_genders_are_named_again_by_the_pack(name: str, again: str) -> None:
    """Without the count and the number each pack holds, said in the first mention."""
    assert short_phrase(Item(name, 3), "fr", True).nom == again


def test_a_variant_keeps_the_construction_without_agreement() -> None:
    """A colour would have to agree with the name, whose gender nothing tells."""
    phrase = item_phrase(Item("Poches de congélation, boîte de 50", 3, variant="bleu"), "fr", True)
    assert not phrase.certain


def test_the_lint_accepts_every_composed_note() -> None:
    assert item_findings(NAMES, "fr", atelier()) == []


def test_the_lint_rejects_none_of_the_notes_in_any_occasion() -> None:
    assert rejected(french_notes((name, "", quantity, "") for name in NAMES for quantity in (1, 3)), "fr") == []


@needs_grammalecte
def test_every_paragraph_naming_the_items_passes_grammalecte() -> None:
    """One pack of a name of two genders keeps the quoted name, which Grammalecte may read as a verb (« Poches »):
    only several are judged."""
    rows = [(name, "", quantity, "") for name in NAMES for quantity in (1, 3) if name in BUNDLES or quantity > 1]
    notes = french_notes(rows)
    assert not grammar_errors(note_paragraphs(note for _, (_, note) in notes))
