"""English products by the litre counted in bottles: biocides, whose name says what they are ("herbicide",
"fungicide"), and the pool, pond and garden treatments and workshop solvents a shop bottles; what holds litres is
counted itself. Names from real shop catalogues (garden and pond centres, pool supplies, hardware), written for
these tests; each named once and three times, and each composed note accepted by the lint."""

from __future__ import annotations

import pytest

from notegen.language.items import item_phrase, short_phrase
from notegen.model import Item
from tests.compose.shops import tidal
from tests.language.composed_lint import item_findings

NAMES = [
    # a biocide, a pond or pool treatment, a solvent by the litre comes in bottles; what holds litres is counted
    ("Selective Lawn Herbicide, 1 Litre", "", "the Selective Lawn Herbicide, 1 Litre",
     "the three bottles of Selective Lawn Herbicide, 1 Litre"),
    ("Systemic Fungicide, 250ml", "", "the Systemic Fungicide, 250ml",
     "the three bottles of Systemic Fungicide, 250ml"),
    ("Pond Clarifier, 2.5 Litre", "", "the Pond Clarifier, 2.5 Litre",
     "the three bottles of Pond Clarifier, 2.5 Litre"),
    ("Patio Biocide, 5 Litre", "", "the Patio Biocide, 5 Litre", "the three bottles of Patio Biocide, 5 Litre"),
    ("Brake Fluid, 1 Litre", "", "the Brake Fluid, 1 Litre", "the three bottles of Brake Fluid, 1 Litre"),
    ("White Spirit, 2 Litre", "", "the White Spirit, 2 Litre", "the three bottles of White Spirit, 2 Litre"),
    ("Pressure Sprayer, 5 Litre", "", "the Pressure Sprayer, 5 Litre", "the three Pressure Sprayers, 5 Litre"),
    ("Paraffin Heater, 10 Litre", "", "the Paraffin Heater, 10 Litre", "the three Paraffin Heaters, 10 Litre"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "variant", "one", "three"), NAMES, ids=[row[0] for row in NAMES])
def test_a_liquid_by_the_litre_comes_in_bottles(name: str, variant: str, one: str, three: str) -> None:
    """Never "the three Selective Lawn Herbicides, 1 Litre" nor "the three bottles of Pressure Sprayer"."""
    assert item_phrase(Item(name, 1, variant=variant), "en", True).nom == one
    assert item_phrase(Item(name, 3, variant=variant), "en", True).nom == three


def test_the_bottles_said_again_without_their_volume() -> None:
    """Named again later in the note, three bottles are "the bottles of Pond Clarifier", the litres said once."""
    assert short_phrase(Item("Pond Clarifier, 2.5 Litre", 3), "en", True).nom == "the bottles of Pond Clarifier"


def test_the_lint_accepts_every_note_composed_for_these_names() -> None:
    """The lint reads the item as the composer names it: no SIN202 (item not found) nor SIN206 on these notes."""
    assert not item_findings([row[0] for row in NAMES], "en", tidal())
