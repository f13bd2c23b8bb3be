"""A German noun in -en that is a singular of its own and the plural of another noun of another gender ("der
Stollen" and "die Stolle", "der Streifen" and "die Streife"): a product name means the singular where German text
declines it about as often as it writes the other noun ("des Stollens"), so one is "der Butterstollen" and three
are "die drei Butterstollen", never "die drei Packungen Butterstollen". Where text hardly declines the singular, the
name stays the other noun's plural ("die Hundeleinen, 2 Stück": ropes, not "das Leinen", the fabric).
Names from real German bakeries', cyclists' and pet shops' catalogues, written for these tests."""

from __future__ import annotations

import pytest

from notegen.language.items import item_phrase
from notegen.model import Item
from tests.compose.shops import wollwerk
from tests.language.composed_lint import item_findings

# name, nominative once, accusative three times, dative three times
NAMES = [
    ("Butterstollen, 1 kg", "der Butterstollen, 1 kg", "die drei Butterstollen, 1 kg",
     "den drei Butterstollen, 1 kg"),
    ("Mohnstollen", "der Mohnstollen", "die drei Mohnstollen", "den drei Mohnstollen"),
    ("Reflektorstreifen", "der Reflektorstreifen", "die drei Reflektorstreifen", "den drei Reflektorstreifen"),
    # the plural of another noun: a pack of leads
    ("Hundeleinen, 2 Stück", "die Hundeleinen, 2 Stück", "die drei Packungen Hundeleinen, 2 Stück",
     "den drei Packungen Hundeleinen, 2 Stück"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "one", "three", "dative"), NAMES)
def test_a_singular_german_declines_is_named_in_the_singular(name: str, one: str, three: str, dative: str) -> None:
    assert item_phrase(Item(name, quantity=1), "de", True).nom == one
    thrice = item_phrase(Item(name, quantity=3), "de", True)
    assert (thrice.acc, thrice.dat) == (three, dative)


def test_the_lint_accepts_the_notes_that_name_them() -> None:
    assert not item_findings([row[0] for row in NAMES], "de", wollwerk())
