"""French goods whose weight or volume closes the name without a comma (« Miel de châtaignier 400 g », « Huile de
colza vierge 1 L »), as many shops write them: several of a food or a drink are counted in what they come in, as
with the measure after a comma (« les trois pots de miel de châtaignier 400 g », never « les trois miels », which
reads as three kinds of honey); an oil pressed from something eaten comes in bottles, a small one by the millilitre
in flasks, from 2 litres in cans, as a liquid for the wash or the house does (« les trois bidons de lessive au savon
de Marseille 2 L »). An oil for the body and a soap by weight are counted themselves (« les trois huiles de massage
relaxantes 100 ml », « les trois savons d'Alep 200 g »), and a measure of a pack's pieces (« 24 x 33 cl ») is no
measure of the goods. Named again, the measure is not said twice (« les pots de miel de châtaignier »).

The names come from grocery, organic, oil mill, drugstore and soap makers' catalogues, not from the held-out lists;
the composed notes are judged by `notegen lint` and Grammalecte."""

from __future__ import annotations

import pytest

from notegen.language.items import item_phrase, short_phrase
from notegen.model import Item
from tests.compose.shops import atelier
from tests.language.composed_lint import french_notes, item_findings, named, rejected
from tests.language.french_grammar import grammar_errors, needs_grammalecte, note_paragraphs

NAMES = [  # name, the subject form for one, for three
    ("Miel de châtaignier 400 g", "le miel de châtaignier 400 g", "les trois pots de miel de châtaignier 400 g"),
    ("Confiture d'abricots 320 g", "la confiture d'abricots 320 g", "les trois pots de confiture d'abricots 320 g"),
    ("Quinoa blanc bio 500 g", "le quinoa blanc bio 500 g", "les trois sachets de quinoa blanc bio 500 g"),
    ("Riz complet 2 kg", "le riz complet 2 kg", "les trois sacs de riz complet 2 kg"),
    ("Vinaigre de Xérès 50 cl", "le vinaigre de Xérès 50 cl", "les trois bouteilles de vinaigre de Xérès 50 cl"),
    ("Sirop de sureau 250ml", "le sirop de sureau 250ml", "les trois flacons de sirop de sureau 250ml"),
    # an oil pressed from what is eaten, and liquids for the house: in bottles, flasks or cans by their volume
    ("Huile de colza vierge 1 L", "l'huile de colza vierge 1 L", "les trois bouteilles d'huile de colza vierge 1 L"),
    ("Huile de sésame grillé 250 ml", "l'huile de sésame grillé 250 ml",
     "les trois flacons d'huile de sésame grillé 250 ml"),
    ("Huile de tournesol 5 L", "l'huile de tournesol 5 L", "les trois bidons d'huile de tournesol 5 L"),
    ("Lessive au savon de Marseille 2 L", "la lessive au savon de Marseille 2 L",
     "les trois bidons de lessive au savon de Marseille 2 L"),
    ("Savon noir à l'huile de lin 500 ml", "le savon noir à l'huile de lin 500 ml",
     "les trois bouteilles de savon noir à l'huile de lin 500 ml"),
    # counted themselves: an oil for the body, a soap by weight, beer in a pack of bottles
    ("Huile de massage relaxante 100 ml", "l'huile de massage relaxante 100 ml",
     "les trois huiles de massage relaxantes 100 ml"),
    ("Savon d'Alep 200 g", "le savon d'Alep 200 g", "les trois savons d'Alep 200 g"),
    ("Bière blonde 12 x 33 cl", "la bière blonde 12 x 33 cl", "les trois bières blondes 12 x 33 cl"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "one", "three"), NAMES, ids=[row[0] for row in NAMES])
def test_goods_by_a_closing_measure_are_counted_as_shops_sell_them(name: str, one: str, three: str) -> None:
    assert named(name, "fr") == (one, three)


@pytest.mark.parametrize(
    ("name", "once", "again"),
    [
        ("Miel de châtaignier 400 g", "le miel de châtaignier", "les pots de miel de châtaignier"),
        ("Huile de tournesol 5 L", "l'huile de tournesol", "les bidons d'huile de tournesol"),
    ],
)
def test_named_again_the_measure_is_not_said_twice(name: str, once: str, again: str) -> None:
    assert [short_phrase(Item(name, quantity), "fr", True).nom for quantity in (1, 3)] == [once, again]


def test_the_pronoun_is_that_of_what_they_come_in() -> None:
    """« Nous espérons qu'elles vous plairont » of bottles, « qu'ils … » of cans."""
    pronouns = [item_phrase(Item(name, 3), "fr", True).it for name in ("Vinaigre de Xérès 50 cl", "Riz complet 2 kg")]
    assert pronouns == ["elles", "ils"]


def test_the_lint_accepts_every_composed_note() -> None:
    names = [name for name, *_ in NAMES]
    assert item_findings(names, "fr", atelier()) == []
    assert rejected(french_notes((name, "", quantity, "") for name in names for quantity in (1, 3)), "fr") == []


@needs_grammalecte
def test_every_paragraph_naming_the_items_passes_grammalecte() -> None:
    notes = french_notes((name, "", quantity, "") for name, *_ in NAMES for quantity in (1, 3))
    assert not grammar_errors(note_paragraphs(note for _, (_, note) in notes))
