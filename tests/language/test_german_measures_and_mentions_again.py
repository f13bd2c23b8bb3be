"""Where a German note puts an item's variant and how it names the item again: a measure is no colour and goes in
brackets ("die Schraubzwingen (300 mm), 2 Stück"), a variant comes before the name's comma tail when that gives a
measure ("die Wolldecke mit Fransen in Senf, 130 x 170 cm") and before its pack ("die Kissenbezüge in Salbei,
2er-Set"), and a mass noun or a plural named again drops its complement ("der Rasendünger"). Names from real shop
catalogues (tools, home textiles, garden, kitchen), written for these tests."""

from __future__ import annotations

import pytest

from notegen.language.items import item_phrase, short_phrase
from notegen.model import Item
from tests.compose.shops import wollwerk
from tests.language.composed_lint import item_findings

# name, variant, accusative once, accusative three times
VARIANTS = [
    ("Schraubzwingen, 2 Stück", "300 mm", "die Schraubzwingen (300 mm), 2 Stück",
     "die drei Packungen Schraubzwingen (300 mm), 2 Stück"),
    ("Bratpfanne Gusseisen", "Ø 28 cm", "die Bratpfanne Gusseisen (Ø 28 cm)",
     "die drei Bratpfannen Gusseisen (Ø 28 cm)"),
    ("Akku-Heckenschere", "18 V", "die Akku-Heckenschere (18 V)", "die drei Akku-Heckenscheren (18 V)"),
    ("Gießkanne", "10 l", "die Gießkanne (10 l)", "die drei Gießkannen (10 l)"),
    ("Kissenbezüge, 2er-Set", "Salbei", "die Kissenbezüge in Salbei, 2er-Set",
     "die drei 2er-Sets Kissenbezüge in Salbei"),
    ("Geschirrtücher Halbleinen, 3 Stück", "Rot kariert", "die Geschirrtücher Halbleinen in Rot kariert, 3 Stück",
     "die drei Packungen Geschirrtücher Halbleinen in Rot kariert, 3 Stück"),
    ("Socken 3er-Pack", "Anthrazit", "die Socken in Anthrazit (3er-Pack)",
     "die drei 3er-Packs Socken in Anthrazit"),
    ("Wolldecke mit Fransen, 130 x 170 cm", "Senf", "die Wolldecke mit Fransen in Senf, 130 x 170 cm",
     "die drei Wolldecken mit Fransen in Senf, 130 x 170 cm"),
    ("Wollschal", "Salbeigrün", "den Wollschal in Salbeigrün", "die drei Wollschals in Salbeigrün"),
    ("Filzpantoffeln", "Gr. 40", "die Filzpantoffeln in Gr. 40", "die drei Paar Filzpantoffeln in Gr. 40"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "variant", "one", "three"), VARIANTS)
def test_a_measure_goes_in_brackets_and_a_variant_after_the_comma_tail_but_before_the_pack(
    name: str, variant: str, one: str, three: str
) -> None:
    assert item_phrase(Item(name, quantity=1, variant=variant), "de", True).acc == one
    assert item_phrase(Item(name, quantity=3, variant=variant), "de", True).acc == three


@pytest.mark.parametrize(
    ("name", "again"),
    [
        ("Rasendünger mit Langzeitwirkung", "der Rasendünger"),
        ("Blütenhonig aus der Region, 500 g", "der Blütenhonig"),
        ("Vogelfutter für Wildvögel", "das Vogelfutter"),
        ("Socken aus Merinowolle", "die Socken"),
    ],
)
def test_a_mass_noun_or_a_plural_named_again_drops_its_complement(name: str, again: str) -> None:
    assert short_phrase(Item(name, quantity=1), "de", True).nom == again


def test_the_lint_accepts_the_notes_that_place_the_variants_so() -> None:
    variants = {name: variant for name, variant, _, _ in VARIANTS}
    assert not item_findings(variants, "de", wollwerk(), variants)
