"""A colour or finish goes before the part of a German or English name, after a comma, that gives the product's
measure, size or count ("das Badetuch Frottee in Petrol, 70 x 140 cm", "the Garden Hose in Green, 30m"), never after
it, where it would be read as that part's ("…, 30m in Green", "…, 15 Fächer in Blau"). A name with such a part and
no variant, and a name whose part after the comma is no measure (a model or an edition), stay as the shop wrote them.
Names from real German and English shop catalogues (bath linen, stationery, baby clothes, toys, kitchen, garden,
outdoor, yoga, knitwear), written for these tests; each named once and three times, in every slot, and in a note the
lint reads."""

from __future__ import annotations

import pytest

from notegen.language.items import item_phrase
from notegen.language.phrase import SLOTS
from notegen.model import Item
from tests.compose.shops import tidal, wollwerk
from tests.language.composed_lint import item_findings, named

# name, variant, accusative once, dative three times
GERMAN = [
    ("Badetuch Frottee, 70 x 140 cm", "Petrol", "das Badetuch Frottee in Petrol, 70 x 140 cm",
     "den drei Badetüchern Frottee in Petrol, 70 x 140 cm"),
    ("Notizbuch gepunktet, A5", "Schwarz", "das Notizbuch gepunktet in Schwarz, A5",
     "den drei Notizbüchern gepunktet in Schwarz, A5"),
    ("Strampler Bio-Baumwolle, Gr. 68", "hellgrau", "den Strampler Bio-Baumwolle in Hellgrau, Gr. 68",
     "den drei Stramplern Bio-Baumwolle in Hellgrau, Gr. 68"),
    ("Springseil, 3 m", "Pink", "das Springseil in Pink, 3 m", "den drei Springseilen in Pink, 3 m"),
    ("Eiswürfelform, 15 Fächer", "Blau", "die Eiswürfelform in Blau, 15 Fächer",
     "den drei Eiswürfelformen in Blau, 15 Fächer"),
    # a weight: any colour before it, not only a metal's
    ("Merinowolle Sockengarn, 100 g", "Rostrot", "die Merinowolle Sockengarn in Rostrot, 100 g",
     "den drei Knäueln Merinowolle Sockengarn in Rostrot, 100 g"),
    # several such parts: the colour before all of them
    ("Reißverschluss teilbar, 5 mm, 60 cm", "Dunkelgrün", "den Reißverschluss teilbar in Dunkelgrün, 5 mm, 60 cm",
     "den drei Reißverschlüssen teilbar in Dunkelgrün, 5 mm, 60 cm"),
    # a model after the comma is no measure: the colour follows the whole name, as before
    ("Trinkflasche Edelstahl, Modell Everest", "Mintgrün", "die Trinkflasche Edelstahl, Modell Everest in Mintgrün",
     "den drei Trinkflaschen Edelstahl, Modell Everest in Mintgrün"),
]  # fmt: skip

# name, variant, once, three times
ENGLISH = [
    ("Cotton Bath Towel, 70 x 130cm", "Sage", "the Cotton Bath Towel in Sage, 70 x 130cm",
     "the three Cotton Bath Towels in Sage, 70 x 130cm"),
    ("Dot Grid Notebook, A5", "Black", "the Dot Grid Notebook in Black, A5",
     "the three Dot Grid Notebooks in Black, A5"),
    ("Garden Hose, 30m", "Green", "the Garden Hose in Green, 30m", "the three Garden Hoses in Green, 30m"),
    ("Toddler Raincoat, Age 2-3", "Yellow", "the Toddler Raincoat in Yellow, Age 2-3",
     "the three Toddler Raincoats in Yellow, Age 2-3"),
    ("Merino Wool Beanie, One Size", "Charcoal", "the Merino Wool Beanie in Charcoal, One Size",
     "the three Merino Wool Beanies in Charcoal, One Size"),
    ("Wool Throw, 130 x 180cm", "Mustard", "the Wool Throw in Mustard, 130 x 180cm",
     "the three Wool Throws in Mustard, 130 x 180cm"),
    ("Bell Tent, 5 Pole", "Sandstone", "the Bell Tent in Sandstone, 5 Pole",
     "the three Bell Tents in Sandstone, 5 Pole"),
    # an edition after the comma is no measure: the colour follows the whole name, as before
    ("Insulated Water Bottle, Everest Edition", "Mint", "the Insulated Water Bottle, Everest Edition in Mint",
     "the three Insulated Water Bottles, Everest Edition in Mint"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "variant", "once", "dative"), GERMAN)
def test_a_german_colour_goes_before_the_measure_in_every_case(name: str, variant: str, once: str, dative: str) -> None:
    one = item_phrase(Item(name, quantity=1, variant=variant), "de", True)
    three = item_phrase(Item(name, quantity=3, variant=variant), "de", True)
    assert one.acc == once
    assert three.dat == dative
    ending = once[once.index(" in ") :]  # " in Petrol, 70 x 140 cm"
    assert all(getattr(phrase, slot).endswith(ending) for phrase in (one, three) for slot in SLOTS)


@pytest.mark.parametrize(("name", "variant", "once", "thrice"), ENGLISH)
def test_an_english_colour_goes_before_the_size_in_every_slot(name: str, variant: str, once: str, thrice: str) -> None:
    one = item_phrase(Item(name, quantity=1, variant=variant), "en", True)
    three = item_phrase(Item(name, quantity=3, variant=variant), "en", True)
    assert (one.nom, three.nom) == (once, thrice)
    assert (one.your, three.about) == (once.replace("the ", "your ", 1), f"about {thrice}")


@pytest.mark.parametrize(
    ("name", "lang", "once", "thrice"),
    [
        ("Badetuch Frottee, 70 x 140 cm", "de", "das Badetuch Frottee, 70 x 140 cm",
         "die drei Badetücher Frottee, 70 x 140 cm"),
        ("Springseil, 3 m", "de", "das Springseil, 3 m", "die drei Springseile, 3 m"),
        ("Garden Hose, 30m", "en", "the Garden Hose, 30m", "the three Garden Hoses, 30m"),
        ("Dot Grid Notebook, A5", "en", "the Dot Grid Notebook, A5", "the three Dot Grid Notebooks, A5"),
    ],
)  # fmt: skip
def test_a_name_with_a_measure_and_no_variant_stays_as_written(name: str, lang: str, once: str, thrice: str) -> None:
    assert named(name, lang) == (once, thrice)


def test_the_lint_accepts_the_german_notes_that_name_them() -> None:
    variants = {name: variant for name, variant, *_ in GERMAN}
    assert not item_findings(list(variants), "de", wollwerk(), variants)


def test_the_lint_accepts_the_english_notes_that_name_them() -> None:
    variants = {name: variant for name, variant, *_ in ENGLISH}
    assert not item_findings(list(variants), "en", tidal(), variants)
