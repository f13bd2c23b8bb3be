"""French goods sold by weight or volume whose name does not say what they come in: several of a food with no one
container (butter in a block or a tub, milk or stock in a carton or a bottle, a sauce, semolina) or of a noun nothing
shows to be counted (one the dictionary gives no plural, one it lacks whose gender an adjective tells) are named by
their measure, the noun in the singular (« le beurre demi-sel (3 × 250 g) »), never « les trois beurres demi-sel »,
which reads as three kinds, nor a container the name does not tell; such a noun sold by volume is poured, in bottles
or flasks (« les trois flacons de … 250 ml »). A butter of what it is made from is a spread, in jars (« les trois
pots de beurre de cacahuète »); a syrup by weight comes in bottles. Creams and soaps
counted themselves stay so (« les trois crèmes de jour hydratantes 50 ml »).

The names come from grocery, organic and Asian grocery catalogues, not from the held-out lists; the
composed notes are judged by `notegen lint` and Grammalecte."""

from __future__ import annotations

import pytest

from notegen.language.items import item_phrase, short_phrase
from notegen.model import Item
from tests.compose.shops import atelier
from tests.language.composed_lint import french_notes, item_findings, named, rejected
from tests.language.french_grammar import grammar_errors, needs_grammalecte, note_paragraphs

NAMES = [  # name, the subject form for one, for three
    ("Beurre demi-sel 250 g", "le beurre demi-sel 250 g", "le beurre demi-sel (3 × 250 g)"),
    ("Lait d'avoine bio, 1 l", "le lait d'avoine bio, 1 l", "le lait d'avoine bio (3 × 1 l)"),
    ("Sauce soja sucrée 250 ml", "la sauce soja sucrée 250 ml", "la sauce soja sucrée (3 × 250 ml)"),
    ("Semoule de blé dur moyenne 1 kg", "la semoule de blé dur moyenne 1 kg",
     "la semoule de blé dur moyenne (3 × 1 kg)"),
    ("Margarine végétale 250 g", "la margarine végétale 250 g", "la margarine végétale (3 × 250 g)"),
    # a noun the dictionary gives no plural, one it lacks whose adjective tells its gender
    ("Miso blanc 300 g", "le miso blanc 300 g", "le miso blanc (3 × 300 g)"),
    ("Seitan mariné 250 g", "le seitan mariné 250 g", "le seitan mariné (3 × 250 g)"),
    # known containers: a spread in jars, a syrup in bottles
    ("Beurre de cacahuète 350 g", "le beurre de cacahuète 350 g", "les trois pots de beurre de cacahuète 350 g"),
    ("Sirop d'érable ambré 250 g", "le sirop d'érable ambré 250 g",
     "les trois bouteilles de sirop d'érable ambré 250 g"),
    # counted themselves, as shops write them
    ("Crème de jour hydratante 50 ml", "la crème de jour hydratante 50 ml",
     "les trois crèmes de jour hydratantes 50 ml"),
    ("Savon surgras 100 g", "le savon surgras 100 g", "les trois savons surgras 100 g"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "one", "three"), NAMES, ids=[row[0] for row in NAMES])
def test_goods_sold_by_a_measure_are_named_as_a_careful_writer_names_them(name: str, one: str, three: str) -> None:
    assert named(name, "fr") == (one, three)


def test_what_is_poured_comes_in_bottles_and_what_holds_it_is_counted() -> None:
    """A fish sauce the dictionary gives no plural comes in bottles, a small one in flasks; a drink by the centilitre
    in bottles, but a vessel or a candle sized by what it holds is counted itself."""
    assert named("Nuoc-mâm, 250 ml", "fr")[1] == "les trois flacons de nuoc-mâm, 250 ml"
    assert named("Orangeade pétillante, 75 cl", "fr")[1] == "les trois bouteilles d'orangeade pétillante, 75 cl"
    assert named("Théière en fonte 80 cl", "fr")[1] == "les trois théières en fonte 80 cl"
    assert named("Gourde isotherme 50 cl", "fr")[1] == "les trois gourdes isothermes 50 cl"


def test_named_by_their_measure_they_stay_one_thing() -> None:
    """The verb and the pronoun agree with the noun in the singular, and a later mention says no measure."""
    phrase = item_phrase(Item("Lait d'avoine bio, 1 l", 3), "fr", True)
    assert (phrase.plural, phrase.it) == (False, "il")
    assert short_phrase(Item("Lait d'avoine bio, 1 l", 3), "fr", True).nom == "le lait d'avoine"
    assert short_phrase(Item("Seitan mariné 250 g", 3), "fr", True).nom == "le seitan mariné"


def test_the_lint_accepts_every_composed_note() -> None:
    names = [name for name, *_ in NAMES]
    assert item_findings(names, "fr", atelier()) == []
    assert rejected(french_notes((name, "", quantity, "") for name in names for quantity in (1, 3)), "fr") == []


@needs_grammalecte
def test_every_paragraph_naming_the_items_passes_grammalecte() -> None:
    notes = french_notes((name, "", quantity, "") for name, *_ in NAMES for quantity in (1, 3))
    assert not grammar_errors(note_paragraphs(note for _, (_, note) in notes))
