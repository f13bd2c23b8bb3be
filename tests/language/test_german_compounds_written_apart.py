"""German compounds a shop writes in two words, and English names in a German shop. "Edelstahl Brotdose" is a
Brotdose made of steel, as "Edelstahlbrotdose" would be: the noun is the second word ("die Edelstahl Brotdose",
never "der Edelstahl Brotdose"); so where the two make a word of the dictionary ("Wasser Flasche") or where both are
English nouns too, a loan compound ("Yoga Matte", "Tee Set"), or where German text writes them as one word ("Spiel
Teppich"). A noun followed by its material, its kind or whom it is for stays the noun ("die Brotdose Edelstahl",
"der Tee Kamille": German writes "Kamillentee"; "die Weste Damen"). A name in English ("Gift Card", "Tote Bag",
"The Art of Baking") has no German noun the lexicon can trust ("das Gift" is poison, "der Tote" a dead man): it is
named whole, in quotes, with "Artikel".
Names from real German kitchen, fashion, sports and gift shops' catalogues, written for these tests."""

from __future__ import annotations

import pytest

from notegen.language.items import item_phrase
from notegen.lint import Linter
from notegen.model import Item
from tests.compose.shops import wollwerk
from tests.language.composed_lint import item_findings
from tests.lint.conftest import order

# name, nominative once, accusative three times, dative three times
NAMES = [
    # a material first
    ("Edelstahl Brotdose", "die Edelstahl Brotdose", "die drei Edelstahl Brotdosen", "den drei Edelstahl Brotdosen"),
    ("Holz Kochlöffel", "der Holz Kochlöffel", "die drei Holz Kochlöffel", "den drei Holz Kochlöffeln"),
    ("Kork Pinnwand, 40 x 60 cm", "die Kork Pinnwand, 40 x 60 cm", "die drei Kork Pinnwände, 40 x 60 cm",
     "den drei Kork Pinnwänden, 40 x 60 cm"),
    ("Jute Einkaufstasche", "die Jute Einkaufstasche", "die drei Jute Einkaufstaschen",
     "den drei Jute Einkaufstaschen"),
    ("Merino Mütze", "die Merino Mütze", "die drei Merino Mützen", "den drei Merino Mützen"),
    ("Glas Karaffe 1 l", "die Glas Karaffe 1 l", "die drei Glas Karaffen 1 l", "den drei Glas Karaffen 1 l"),
    # two words the dictionary knows as one
    ("Wasser Flasche", "die Wasser Flasche", "die drei Wasser Flaschen", "den drei Wasser Flaschen"),
    ("Bett Decke 135 x 200 cm", "die Bett Decke 135 x 200 cm", "die drei Bett Decken 135 x 200 cm",
     "den drei Bett Decken 135 x 200 cm"),
    ("Geschenk Box", "die Geschenk Box", "die drei Geschenk Boxen", "den drei Geschenk Boxen"),
    # two words German text writes as one, which the dictionary lacks
    ("Spiel Teppich", "der Spiel Teppich", "die drei Spiel Teppiche", "den drei Spiel Teppichen"),
    ("Tier Figur", "die Tier Figur", "die drei Tier Figuren", "den drei Tier Figuren"),
    ("Wein Regal", "das Wein Regal", "die drei Wein Regale", "den drei Wein Regalen"),
    # loan compounds: both words are English nouns too
    ("Yoga Matte", "die Yoga Matte", "die drei Yoga Matten", "den drei Yoga Matten"),
    ("Tee Set", "das Tee Set", "die drei Tee Sets", "den drei Tee Sets"),
    ("Mystery Box", "die Mystery Box", "die drei Mystery Boxen", "den drei Mystery Boxen"),
    ("Ski Helm", "der Ski Helm", "die drei Ski Helme", "den drei Ski Helmen"),
    # the noun first, its material or model after it: unchanged
    ("Brotdose Edelstahl", "die Brotdose Edelstahl", "die drei Brotdosen Edelstahl", "den drei Brotdosen Edelstahl"),
    ("Kerze Vanille", "die Kerze Vanille", "die drei Kerzen Vanille", "den drei Kerzen Vanille"),
    ("Rucksack Classic", "der Rucksack Classic", "die drei Rucksäcke Classic", "den drei Rucksäcken Classic"),
    ("Kaminholz Eiche, 15 kg", "das Kaminholz Eiche, 15 kg", "die drei Säcke Kaminholz Eiche, 15 kg",
     "den drei Säcken Kaminholz Eiche, 15 kg"),
    # German text writes the two the other way round ("Kamillentee"): the first is the noun, the second its kind
    ("Tee Kamille", "der Tee Kamille", "die drei Packungen Tee Kamille", "den drei Packungen Tee Kamille"),
    ("Tee Mate", "der Tee Mate", "die drei Packungen Tee Mate", "den drei Packungen Tee Mate"),
    # nor is it English, though both words are English: German writes "Alepposeife", "Geraniumöl"
    ("Seife Aleppo", "die Seife Aleppo", "die drei Seifen Aleppo", "den drei Seifen Aleppo"),
    ("Ätherisches Öl Geranium, 10 ml", "das ätherische Öl Geranium, 10 ml",
     "die drei Flaschen ätherisches Öl Geranium, 10 ml", "den drei Flaschen ätherischem Öl Geranium, 10 ml"),
    # whom it is for, and a scent: "Seife" is no English noun, so the two make no loan compound
    ("Weste Damen", "die Weste Damen", "die drei Westen Damen", "den drei Westen Damen"),
    ("Seife Rose", "die Seife Rose", "die drei Seifen Rose", "den drei Seifen Rose"),
]  # fmt: skip

# "Dome" and "Phone" are German only as the plurals of "Dom" and "Phon"; "light" is an English adjective too
ENGLISH = ["Gift Card", "Tote Bag", "The Art of Baking", "Gift Card - 25 €", "Ski Wax Universal", "Dome Light",
           "Phone Light"]  # fmt: skip


@pytest.mark.parametrize(("name", "one", "three", "dative"), NAMES)
def test_the_noun_of_a_compound_written_apart_is_its_last_word(name: str, one: str, three: str, dative: str) -> None:
    assert item_phrase(Item(name, quantity=1), "de", True).nom == one
    thrice = item_phrase(Item(name, quantity=3), "de", True)
    assert (thrice.acc, thrice.dat) == (three, dative)


@pytest.mark.parametrize("name", ENGLISH)
def test_a_name_in_english_is_named_whole(name: str) -> None:
    once = item_phrase(Item(name, quantity=1), "de", True)
    thrice = item_phrase(Item(name, quantity=3), "de", True)
    assert once.acc == f"den Artikel „{name}“"
    assert thrice.dat == f"den drei Artikeln „{name}“"
    assert not once.certain


def test_the_lint_accepts_the_notes_that_name_them() -> None:
    assert not item_findings([row[0] for row in NAMES] + ENGLISH, "de", wollwerk())


@pytest.mark.parametrize(
    ("name", "quantity", "sentence", "codes"),
    [
        ("Edelstahl Brotdose", 1, "Ihre Edelstahl Brotdose ist schon unterwegs.", []),
        ("Edelstahl Brotdose", 1, "Ihren Edelstahl Brotdose haben wir schon verschickt.", ["SIN206"]),
        ("Yoga Matte", 3, "Mit den drei Yoga Matten wünschen wir viel Freude.", []),
        ("Yoga Matte", 1, "Ihren Yoga Matte haben wir schon verschickt.", ["SIN206"]),
    ],
)
def test_the_lint_judges_the_article_by_the_last_word(
    name: str, quantity: int, sentence: str, codes: list[str]
) -> None:
    the_order = order("de", "Anna", {"name": name, "quantity": quantity, "price": "24.00"})
    text = f"Liebe Anna,\n\n{sentence}\n\nKatrin Vogel"
    findings = Linter(select=["SIN206"]).check(text, the_order, "de").findings
    assert [f.code for f in findings] == codes, [(f.code, f.text) for f in findings]
