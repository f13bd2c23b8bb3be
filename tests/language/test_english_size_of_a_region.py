"""English sizes given with the country whose scale they are on, in a variant of several parts ("Colour: Forest
Green, Size: UK 14", "Black / EU 42"): the note writes "UK size 14", as a British shop writes it in running text,
never "size UK 14". Variants from real shop catalogues (dresses, footwear), written for these tests; each named once
and three times, and each composed note accepted by the lint."""

from __future__ import annotations

import pytest

from notegen.language.items import item_phrase
from notegen.model import Item
from tests.compose.shops import tidal
from tests.language.composed_lint import item_findings

VARIANTS = [
    ("Linen Midi Dress", "Colour: Forest Green, Size: UK 14", "the Linen Midi Dress in Forest Green, UK size 14",
     "the three Linen Midi Dresses in Forest Green, UK size 14"),
    ("Wellington Boots", "Black / EU 42", "the Wellington Boots in Black, EU size 42",
     "the three pairs of Wellington Boots in Black, EU size 42"),
    ("Cord Pinafore Dress", "Rust / UK 10", "the Cord Pinafore Dress in Rust, UK size 10",
     "the three Cord Pinafore Dresses in Rust, UK size 10"),
    # a size with no country is as before
    ("Wellington Boots", "Black / 42", "the Wellington Boots in Black, size 42",
     "the three pairs of Wellington Boots in Black, size 42"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "variant", "one", "three"), VARIANTS, ids=[row[1] for row in VARIANTS])
def test_the_country_of_a_size_goes_before_the_word_size(name: str, variant: str, one: str, three: str) -> None:
    assert item_phrase(Item(name, 1, variant=variant), "en", True).nom == one
    assert item_phrase(Item(name, 3, variant=variant), "en", True).nom == three


def test_the_lint_accepts_every_note_composed_for_these_variants() -> None:
    """The lint reads the item as the composer names it: no SIN202 (item not found) nor SIN206 on these notes."""
    rows = VARIANTS[:3]
    assert not item_findings([row[0] for row in rows], "en", tidal(), {row[0]: row[1] for row in rows})
