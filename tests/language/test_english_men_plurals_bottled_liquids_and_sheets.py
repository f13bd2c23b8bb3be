"""English names in an irregular plural in -men ("Gingerbread Men", "Knitted Snowmen"): counted in packs, never
given an "s"; liquids English sells only in bottles ("Danish Teak Oil"), counted in bottles without a measure too;
a material closed up with another word ("Buttermilk", "Overglaze") counted in what it comes in, as the material
is; a paper size before "Sheet" closing the name, said once before the goods ("the three A4 sheets of Marbled
Paper"). Names from real shop catalogues (bakeries, Christmas and craft shops, woodcare, delis, dairies, pottery and
paper suppliers), written for these tests; each named once and three times, and each composed note accepted by the
lint."""

from __future__ import annotations

import pytest

from notegen.language.items import item_phrase, short_phrase
from notegen.model import Item
from tests.compose.shops import tidal
from tests.language.composed_lint import item_findings

NAMES = [
    # a plural in -men of a noun in -man: no "s", no "a", several in packs; "specimen" and "cyclamen" are singulars
    ("Iced Gingerbread Men", "", "the Iced Gingerbread Men", "the three packs of Iced Gingerbread Men"),
    ("Knitted Snowmen", "", "the Knitted Snowmen", "the three packs of Knitted Snowmen"),
    ("Botanical Specimen Jar", "", "the Botanical Specimen Jar", "the three Botanical Specimen Jars"),
    ("Hardy Cyclamen", "", "the Hardy Cyclamen", "the three Hardy Cyclamens"),
    # oils, vinegars and wines come in bottles with no measure in the name; an oil painting is counted itself
    ("Danish Teak Oil", "", "the Danish Teak Oil", "the three bottles of Danish Teak Oil"),
    ("Sherry Vinegar", "", "the Sherry Vinegar", "the three bottles of Sherry Vinegar"),
    ("Oil on Canvas, Framed", "", "the Oil on Canvas, Framed", "the three Oils on Canvas, Framed"),
    # a material closed up with another word is counted as the material
    ("Cultured Buttermilk 1L", "", "the Cultured Buttermilk 1L", "the three cartons of Cultured Buttermilk 1L"),
    ("Clear Overglaze, 500ml", "", "the Clear Overglaze, 500ml", "the three bottles of Clear Overglaze, 500ml"),
    # a paper size before "Sheet": sheets, said once before the goods; a colour goes before the sheet
    ("Marbled Paper, A4 Sheet", "", "the Marbled Paper, A4 Sheet", "the three A4 sheets of Marbled Paper"),
    ("Marbled Paper, A4 Sheet", "Indigo", "the Marbled Paper in Indigo, A4 Sheet",
     "the three A4 sheets of Marbled Paper in Indigo"),
    ("Kraft Card, A3 Sheet", "", "the Kraft Card, A3 Sheet", "the three A3 sheets of Kraft Card"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "variant", "one", "three"), NAMES, ids=[f"{r[0]} {r[1]}" for r in NAMES])
def test_counted_as_english_counts_it(name: str, variant: str, one: str, three: str) -> None:
    """Never "the three Knitted Snowmens", "the three Danish Teak Oils" nor "the three Marbled Papers, A4 Sheet"."""
    assert item_phrase(Item(name, 1, variant=variant), "en", True).nom == one
    assert item_phrase(Item(name, 3, variant=variant), "en", True).nom == three


def test_a_plural_in_men_takes_no_article() -> None:
    """The name is in the plural: "the Knitted Snowmen are", not "a Knitted Snowmen"."""
    assert item_phrase(Item("Knitted Snowmen", 1), "en", True).plural


def test_the_sheets_named_again_without_their_size() -> None:
    """Named again later in the note, three sheets are "the sheets of Marbled Paper", the size said once."""
    assert short_phrase(Item("Marbled Paper, A4 Sheet", 3), "en", True).nom == "the sheets of Marbled Paper"


def test_the_lint_accepts_every_note_composed_for_these_names() -> None:
    """The lint reads the item as the composer names it: no SIN202 (item not found) nor SIN206 on these notes."""
    variants = {name: variant for name, variant, _, _ in NAMES if variant}
    assert not item_findings(dict.fromkeys(name for name, *_ in NAMES), "en", tidal(), variants)
