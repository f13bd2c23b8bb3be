"""Two German nouns a shop writes apart, the product first and then the word of its line, its use or its scent
("Top Yoga", "Shirt Tennis", "Lotion Aloe", "Hose Jogger"): the first is the noun, declined and counted, and the
second follows it as the shop wrote it, for German text counts the product ("Tops", "Shirts", "Lotionen") at least
as readily as the line ("Yoga" has no plural, "Tennis" none). A loan compound, whose second noun German text counts
clearly more readily than the first, still takes its last word ("die Beauty Box"), and a noun sold in pairs after
another noun is the pair, as German writes a pair last ("die drei Paar Pinguin Socken").
Names from real German sports, fashion, cosmetics and children's shops' catalogues, written for these tests."""

from __future__ import annotations

import pytest

from notegen.language.items import item_phrase
from notegen.model import Item
from tests.compose.shops import wollwerk
from tests.language.composed_lint import item_findings

# name, nominative once, accusative three times, dative three times
NAMES = [
    ("Top Yoga", "das Top Yoga", "die drei Tops Yoga", "den drei Tops Yoga"),
    ("Shirt Fitness", "das Shirt Fitness", "die drei Shirts Fitness", "den drei Shirts Fitness"),
    ("Shirt Tennis", "das Shirt Tennis", "die drei Shirts Tennis", "den drei Shirts Tennis"),
    ("Lotion Aloe", "die Lotion Aloe", "die drei Lotionen Aloe", "den drei Lotionen Aloe"),
    ("Hose Jogger", "die Hose Jogger", "die drei Hosen Jogger", "den drei Hosen Jogger"),
    # a loan compound: "Box" is counted, "Beauty" hardly ever
    ("Beauty Box", "die Beauty Box", "die drei Beauty Boxen", "den drei Beauty Boxen"),
    # a pair after a noun: the motif, then what is sold in pairs
    ("Pinguin Socken", "die Pinguin Socken", "die drei Paar Pinguin Socken", "den drei Paar Pinguin Socken"),
    ("Einhorn Hausschuhe", "die Einhorn Hausschuhe", "die drei Paar Einhorn Hausschuhe",
     "den drei Paar Einhorn Hausschuhen"),
    ("Elefanten Hausschuhe", "die Elefanten Hausschuhe", "die drei Paar Elefanten Hausschuhe",
     "den drei Paar Elefanten Hausschuhen"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "one", "three", "dative"), NAMES)
def test_the_product_stays_the_noun_before_its_line(name: str, one: str, three: str, dative: str) -> None:
    once = item_phrase(Item(name, quantity=1), "de", True)
    thrice = item_phrase(Item(name, quantity=3), "de", True)
    assert (once.nom, thrice.acc, thrice.dat) == (one, three, dative)
    assert once.certain


def test_the_lint_accepts_the_notes_that_name_them() -> None:
    assert not item_findings([row[0] for row in NAMES], "de", wollwerk())
