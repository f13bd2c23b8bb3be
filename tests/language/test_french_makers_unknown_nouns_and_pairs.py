"""French names that open with their maker, whose noun the lexicon lacks, sold in pairs, by weight, or listed
with a size after a comma, as a native writer names them once and three times: the maker after the noun and its
complements, as the shop wrote it (« la poêle en fonte émaillée Lodge 26 cm », « le compas de précision
Staedtler », never « l'article « Lodge poêle … » »); a noun the lexicon lacks named by the adjective that shows its
gender (« la nduja piquante », « le kimchi artisanal »), and counted in what it comes in; the fallback where
nothing tells, keeping the shop's own quotes inside it (« l'article « Nubert enceinte “nuBox” » »); andirons
counted in pairs, and the shop's « , la paire » said once for several (« les trois paires de paumelles en laiton
80 mm »); spices by weight counted in what they come in (« les trois sachets de curcuma en poudre, 250 g »), never
« trois curcumas »; « la harissa »; a size after a comma in brackets inside a list of items (« la gigoteuse en
coton bio (6 mois) et le hochet en bois »).

The names come from kitchenware, stationery, hardware, grocery, garden, fireplace and baby shops' catalogues,
not from the held-out lists; the composed notes are judged by Grammalecte and by `notegen lint`."""

from __future__ import annotations

import pytest

from notegen.language.items import name_items, short_phrase
from notegen.model import Item
from tests.compose.shops import atelier
from tests.language.composed_lint import french_notes, item_findings, named
from tests.language.french_grammar import grammar_errors, needs_grammalecte, note_paragraphs

NAMES = [  # name, the subject form for one, for three
    # a maker before the noun: after the noun, its nouns set beside it and its complements
    ("Lodge poêle en fonte émaillée 26 cm", "la poêle en fonte émaillée Lodge 26 cm",
     "les trois poêles en fonte émaillée Lodge 26 cm"),
    ("Staedtler compas de précision", "le compas de précision Staedtler", "les trois compas de précision Staedtler"),
    ("Lodge cocotte en fonte", "la cocotte en fonte Lodge", "les trois cocottes en fonte Lodge"),
    ("Fiskars hache à fendre « X17 »", "la hache à fendre Fiskars « X17 »",
     "les trois haches à fendre Fiskars « X17 »"),
    ("Brabantia poubelle à pédale 30 l", "la poubelle à pédale Brabantia 30 l",
     "les trois poubelles à pédale Brabantia 30 l"),
    # a noun the lexicon lacks, named by the adjective that shows its gender
    ("Nduja piquante, pot de 180 g", "la nduja piquante, pot de 180 g", "les trois pots de 180 g de nduja piquante"),
    ("Kimchi artisanal, bocal de 500 g", "le kimchi artisanal, bocal de 500 g",
     "les trois bocaux de 500 g de kimchi artisanal"),
    ("Bokashi fermenté, sac de 5 kg", "le bokashi fermenté, sac de 5 kg", "les trois sacs de 5 kg de bokashi fermenté"),
    # in pairs, the pair said once
    ("Chenets en fer forgé", "les chenets en fer forgé", "les trois paires de chenets en fer forgé"),
    ("Paumelles laiton 80 mm, la paire", "les paumelles en laiton 80 mm, la paire",
     "les trois paires de paumelles en laiton 80 mm"),
    # spices by weight, counted in what they come in, also in capitals
    ("Curcuma en poudre, 250 g", "le curcuma en poudre, 250 g", "les trois sachets de curcuma en poudre, 250 g"),
    ("PAPRIKA FUMÉ, 100 g", "le PAPRIKA FUMÉ, 100 g", "les trois sachets de PAPRIKA FUMÉ, 100 g"),
    ("Harissa du Cap Bon, tube de 70 g", "la harissa du Cap Bon, tube de 70 g",
     "les trois tubes de 70 g de harissa du Cap Bon"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "one", "three"), NAMES, ids=[row[0] for row in NAMES])
def test_the_item_is_named_as_a_native_writer_names_it(name: str, one: str, three: str) -> None:
    assert named(name, "fr") == (one, three)


@pytest.mark.parametrize(
    ("name", "again"),
    [
        ("Lodge poêle en fonte émaillée 26 cm", "la poêle Lodge"),
        ("Staedtler compas de précision", "le compas de précision Staedtler"),
        ("Nduja piquante, pot de 180 g", "la nduja piquante"),
    ],
)
def test_a_later_mention_keeps_the_maker_after_the_noun(name: str, again: str) -> None:
    assert short_phrase(Item(name, 1), "fr", True).nom == again


@pytest.mark.parametrize(
    ("name", "one", "three"),
    [
        # nothing agrees with the noun: its gender is not guessed from its ending
        ("Kendama en hêtre", "l'article « Kendama en hêtre »", "les trois articles « Kendama en hêtre »"),
        # a maker before a noun the lexicon also reads as an adjective; the shop's quotes stay inside
        ("Nubert enceinte « nuBox »", "l'article « Nubert enceinte “nuBox” »",
         "les trois articles « Nubert enceinte “nuBox” »"),
        # a plant's genus and epithet are no maker and noun
        ("Anubias nana « Petite »", "l'article « Anubias nana “Petite” »",
         "les trois articles « Anubias nana “Petite” »"),
        # an English noun, no maker
        ("Switch réseau 16 ports", "l'article « Switch réseau 16 ports »",
         "les trois articles « Switch réseau 16 ports »"),
        # a French noun of a thing the lexicon lacks, of no verb it knows, by its ending no maker: never « la
        # chaise bébé Réhausseur » (a noun made on a verb it knows is named: « le défroisseur vapeur »)
        ("Réhausseur chaise bébé", "l'article « Réhausseur chaise bébé »",
         "les trois articles « Réhausseur chaise bébé »"),
    ],
)  # fmt: skip
def test_where_nothing_tells_the_noun_the_whole_name_is_quoted(name: str, one: str, three: str) -> None:
    assert named(name, "fr", certain=False) == (one, three)


def test_a_size_after_a_comma_goes_in_brackets_inside_a_list() -> None:
    items = (Item("Gigoteuse en coton bio, 6 mois", 3), Item("Hochet en bois", 1))
    assert name_items(items, "fr", True).nom == "les trois gigoteuses en coton bio (6 mois) et le hochet en bois"
    alone = name_items((Item("Gigoteuse en coton bio, 6 mois", 3),), "fr", True)
    assert alone.nom == "les trois gigoteuses en coton bio, 6 mois"  # closed by a second comma in a sentence


def test_the_lint_accepts_every_composed_note() -> None:
    assert item_findings([name for name, _, _ in NAMES], "fr", atelier()) == []


@needs_grammalecte
def test_every_paragraph_naming_the_items_passes_grammalecte() -> None:
    notes = french_notes((name, "", quantity, "") for name, _, _ in NAMES for quantity in (1, 3))
    assert not grammar_errors(note_paragraphs(note for _, (_, note) in notes))
