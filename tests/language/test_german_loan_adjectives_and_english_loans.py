"""German leading adjectives of Latin or French origin are declined and written in lower case like any other
("die drei analogen Küchenwaagen", never "die drei Analoge Küchenwaagen"), though the lemma table lists few of their
forms in -e; an English loan in -phone after an English word is a neuter singular with its plural in -s ("das
Video-Babyphone", "die drei Video-Babyphones"), not the plural of its German spelling in -phon, while German nouns in
-phone stay plurals. Names from real German shop catalogues (kitchen, storage, bags, DIY, lighting, blinds, table
linen, baby monitors, music), written for these tests; each named once and three times, in every case."""

from __future__ import annotations

import pytest

from notegen.language.items import item_phrase, short_phrase
from notegen.model import Item
from tests.compose.shops import wollwerk
from tests.language.composed_lint import item_findings

# name, nominative once, accusative three times, dative three times
NAMES = [
    ("Analoge Küchenwaage", "die analoge Küchenwaage", "die drei analogen Küchenwaagen",
     "den drei analogen Küchenwaagen"),
    ("Manuelle Kaffeemühle", "die manuelle Kaffeemühle", "die drei manuellen Kaffeemühlen",
     "den drei manuellen Kaffeemühlen"),
    ("Transparente Aufbewahrungsbox", "die transparente Aufbewahrungsbox", "die drei transparenten Aufbewahrungsboxen",
     "den drei transparenten Aufbewahrungsboxen"),
    ("Elegante Abendtasche", "die elegante Abendtasche", "die drei eleganten Abendtaschen",
     "den drei eleganten Abendtaschen"),
    ("Stabile Trittleiter", "die stabile Trittleiter", "die drei stabilen Trittleitern",
     "den drei stabilen Trittleitern"),
    ("Flexible Schreibtischlampe", "die flexible Schreibtischlampe", "die drei flexiblen Schreibtischlampen",
     "den drei flexiblen Schreibtischlampen"),
    ("Horizontale Jalousie", "die horizontale Jalousie", "die drei horizontalen Jalousien",
     "den drei horizontalen Jalousien"),
    ("Ovale Tischdecke", "die ovale Tischdecke", "die drei ovalen Tischdecken", "den drei ovalen Tischdecken"),
    # an English loan in -phone
    ("Video-Babyphone mit Nachtlicht", "das Video-Babyphone mit Nachtlicht",
     "die drei Video-Babyphones mit Nachtlicht", "den drei Video-Babyphones mit Nachtlicht"),
    # German nouns in -phone are plurals, counted in packs
    ("Mikrofone, 2 Stück", "die Mikrofone, 2 Stück", "die drei Packungen Mikrofone, 2 Stück",
     "den drei Packungen Mikrofonen, 2 Stück"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "one", "three", "dative"), NAMES)
def test_each_item_is_named_as_a_native_writer_does(name: str, one: str, three: str, dative: str) -> None:
    assert item_phrase(Item(name, quantity=1), "de", True).nom == one
    thrice = item_phrase(Item(name, quantity=3), "de", True)
    assert (thrice.acc, thrice.dat) == (three, dative)


def test_a_later_mention_and_the_pronoun_keep_the_loans_number_and_gender() -> None:
    once = item_phrase(Item("Video-Babyphone mit Nachtlicht", quantity=1), "de", True)
    assert (once.your, once.it, once.plural) == ("Ihr Video-Babyphone mit Nachtlicht", "es", False)
    assert short_phrase(Item("Analoge Küchenwaage", quantity=3), "de", True).acc == "die analogen Küchenwaagen"


def test_the_lint_accepts_the_notes_that_name_them() -> None:
    assert not item_findings([row[0] for row in NAMES], "de", wollwerk())
