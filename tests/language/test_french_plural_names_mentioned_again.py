"""A French name written in the plural, mentioned again later in the note: cut like a name in the singular, to its
noun with the adjectives and the « de » complement that stay with it (« les échasses » after « les trois paires
d'échasses en bois pour enfant », « les lunettes de lecture »), never the whole catalogue name again, nor a plural
name turned singular. Names from toy, craft, optician, grocery and hosiery catalogues, written for these tests."""

from __future__ import annotations

import pytest

from notegen.language.items import short_phrase
from notegen.model import Item
from tests.compose.shops import atelier
from tests.language.composed_lint import item_findings

AGAIN = [
    ("Échasses en bois pour enfant", "les échasses"),
    ("Chaussettes en laine mérinos", "les chaussettes"),
    ("Perles de rocaille en verre, 20 g", "les perles de rocaille"),
    ("Lunettes de lecture pliantes +2,0", "les lunettes de lecture"),
    ("Lingettes lavables en bambou", "les lingettes lavables"),
    ("Boucles d'oreilles en argent", "les boucles d'oreilles"),
    # a noun of its own with its adjective stays whole: green beans are no beans
    ("Haricots verts extra-fins", "les haricots verts"),
    # the plural told only by an adjective the cut would drop: the name stays whole, in the plural
    ("Noix de cajou grillées", "les noix de cajou grillées"),
]


@pytest.mark.parametrize(("name", "again"), AGAIN, ids=[row[0] for row in AGAIN])
@pytest.mark.parametrize("quantity", [1, 3])
def test_a_plural_name_is_mentioned_again_by_its_noun(name: str, again: str, quantity: int) -> None:
    assert short_phrase(Item(name, quantity), "fr", True).nom == again


def test_the_lint_accepts_every_note_composed_for_these_names() -> None:
    """The lint reads the item in both mentions: no SIN202 (item not found) nor SIN206 on these notes."""
    assert not item_findings([name for name, _ in AGAIN], "fr", atelier())
