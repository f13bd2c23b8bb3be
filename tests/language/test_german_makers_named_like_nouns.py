"""A maker's name before a German noun: a maker whose name is also a noun ("Zwilling", "Pelikan") and one the
lexicon does not know, before a product noun with no size after it ("Leifheit Wäschespinne"), stays as the shop
wrote it before the noun it makes, which is the head; a noun after the product's own noun that says what it is
made of or for stays an apposition ("die Kette Edelstahl", "die Gießkanne Zink"). Names from real shop catalogues
(kitchen, household, stationery, toys, garden, jewellery), written for these tests; each named once and three
times, in every case."""

from __future__ import annotations

import pytest

from notegen.language.items import item_phrase
from notegen.model import Item
from tests.compose.shops import wollwerk
from tests.language.composed_lint import item_findings

# name, nominative once, accusative three times, dative three times
NAMES = [
    ("Zwilling Santokumesser 18 cm", "das Zwilling Santokumesser 18 cm", "die drei Zwilling Santokumesser 18 cm",
     "den drei Zwilling Santokumessern 18 cm"),
    ("Zwilling Nagelschere", "die Zwilling Nagelschere", "die drei Zwilling Nagelscheren",
     "den drei Zwilling Nagelscheren"),
    ("Pelikan Füller", "der Pelikan Füller", "die drei Pelikan Füller", "den drei Pelikan Füllern"),
    ("Pelikan Deckfarbkasten 12 Farben", "der Pelikan Deckfarbkasten 12 Farben",
     "die drei Pelikan Deckfarbkästen 12 Farben", "den drei Pelikan Deckfarbkästen 12 Farben"),
    ("Adler Nähmaschine", "die Adler Nähmaschine", "die drei Adler Nähmaschinen", "den drei Adler Nähmaschinen"),
    ("Kaiser Springform 26 cm", "die Kaiser Springform 26 cm", "die drei Kaiser Springformen 26 cm",
     "den drei Kaiser Springformen 26 cm"),
    ("Puma Sporttasche", "die Puma Sporttasche", "die drei Puma Sporttaschen", "den drei Puma Sporttaschen"),
    ("Leifheit Bügelbrett", "das Leifheit Bügelbrett", "die drei Leifheit Bügelbretter",
     "den drei Leifheit Bügelbrettern"),
    ("Fissler Schnellkochtopf", "der Fissler Schnellkochtopf", "die drei Fissler Schnellkochtöpfe",
     "den drei Fissler Schnellkochtöpfen"),
    ("Rösle Pfannenwender", "der Rösle Pfannenwender", "die drei Rösle Pfannenwender",
     "den drei Rösle Pfannenwendern"),
    ("Wüsthof Brotmesser", "das Wüsthof Brotmesser", "die drei Wüsthof Brotmesser", "den drei Wüsthof Brotmessern"),
    ("Kärcher Fenstersauger", "der Kärcher Fenstersauger", "die drei Kärcher Fenstersauger",
     "den drei Kärcher Fenstersaugern"),
    ("Herlitz Schulranzen", "der Herlitz Schulranzen", "die drei Herlitz Schulranzen",
     "den drei Herlitz Schulranzen"),
    ("Stabilo Fineliner", "der Stabilo Fineliner", "die drei Stabilo Fineliner", "den drei Stabilo Finelinern"),
    ("Steiff Kuscheltier", "das Steiff Kuscheltier", "die drei Steiff Kuscheltiere", "den drei Steiff Kuscheltieren"),
    ("Brita Wasserfilter", "der Brita Wasserfilter", "die drei Brita Wasserfilter", "den drei Brita Wasserfiltern"),
    ("Tesa Klebeband", "das Tesa Klebeband", "die drei Tesa Klebebänder", "den drei Tesa Klebebändern"),
    ("Lamy Füllhalter", "der Lamy Füllhalter", "die drei Lamy Füllhalter", "den drei Lamy Füllhaltern"),
    # a noun after the product's own noun: what it is made of or for
    ("Kette Edelstahl", "die Kette Edelstahl", "die drei Ketten Edelstahl", "den drei Ketten Edelstahl"),
    ("Ring Edelstahl", "der Ring Edelstahl", "die drei Ringe Edelstahl", "den drei Ringen Edelstahl"),
    ("Topf Edelstahl", "der Topf Edelstahl", "die drei Töpfe Edelstahl", "den drei Töpfen Edelstahl"),
    ("Jacke Kunstleder", "die Jacke Kunstleder", "die drei Jacken Kunstleder", "den drei Jacken Kunstleder"),
    ("Gießkanne Zink", "die Gießkanne Zink", "die drei Gießkannen Zink", "den drei Gießkannen Zink"),
    ("Holzpuzzle Bauernhof", "das Holzpuzzle Bauernhof", "die drei Holzpuzzles Bauernhof",
     "den drei Holzpuzzles Bauernhof"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "one", "three", "dative"), NAMES)
def test_a_maker_stays_before_the_noun_it_makes_and_a_material_after_its_noun(
    name: str, one: str, three: str, dative: str
) -> None:
    assert item_phrase(Item(name, quantity=1), "de", True).nom == one
    thrice = item_phrase(Item(name, quantity=3), "de", True)
    assert (thrice.acc, thrice.dat) == (three, dative)


def test_a_word_alone_before_an_animal_is_no_maker() -> None:
    """A curry comb for a horse, a sweat rug for a pony: the first word the lexicon lacks is the product, so the
    name is quoted whole rather than read as the animal."""
    for name in ("Striegel Pferd", "Abschwitzdecke Pony"):
        assert item_phrase(Item(name, quantity=1), "de", True).acc == f"den Artikel „{name}“"


def test_the_lint_accepts_the_notes_that_name_a_maker_before_its_noun() -> None:
    assert not item_findings([row[0] for row in NAMES], "de", wollwerk())
