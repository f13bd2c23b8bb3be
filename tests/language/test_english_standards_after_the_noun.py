"""English item names with a standard or an interface written by its number after the noun ("EN 388", "DOT 4",
"USB 3.0", "EN374"): the noun before it takes the plural, never the standard. Names from real shop catalogues
(workwear and safety, motor factors, computer shops), written for these tests; each named once and three times,
and each composed note accepted by the lint."""

from __future__ import annotations

import pytest

from notegen.language.items import item_phrase
from notegen.model import Item
from tests.compose.shops import tidal
from tests.language.composed_lint import item_findings

NAMES = [
    ("Cut Resistant Gloves EN 388", "the Cut Resistant Gloves EN 388",
     "the three pairs of Cut Resistant Gloves EN 388"),
    ("Nitrile Gloves EN374", "the Nitrile Gloves EN374", "the three pairs of Nitrile Gloves EN374"),
    ("Composite Safety Boots EN ISO 20345", "the Composite Safety Boots EN ISO 20345",
     "the three pairs of Composite Safety Boots EN ISO 20345"),
    ("Brake Fluid DOT 4, 500ml", "the Brake Fluid DOT 4, 500ml", "the three bottles of Brake Fluid DOT 4, 500ml"),
    ("Flash Drive USB 3.0", "the Flash Drive USB 3.0", "the three Flash Drives USB 3.0"),
    ("Motorcycle Helmet ECE 22.06", "the Motorcycle Helmet ECE 22.06", "the three Motorcycle Helmets ECE 22.06"),
    # the standard before the noun, or a noun in capitals before its size, is as before
    ("USB 3.0 Hub", "the USB 3.0 Hub", "the three USB 3.0 Hubs"),
    ("Portable SSD 1TB", "the Portable SSD 1TB", "the three Portable SSDs 1TB"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "one", "three"), NAMES, ids=[row[0] for row in NAMES])
def test_the_noun_before_a_standard_takes_the_plural(name: str, one: str, three: str) -> None:
    """Never "the three Cut Resistant Gloves ENs 388", "the Nitrile Gloves EN374s" or "the three Flash Drive
    USBs 3.0"."""
    assert item_phrase(Item(name, 1), "en", True).nom == one
    assert item_phrase(Item(name, 3), "en", True).nom == three


def test_the_lint_accepts_every_note_composed_for_these_names() -> None:
    """The lint reads the item as the composer names it: no SIN202 (item not found) nor SIN206 on these notes."""
    assert not item_findings([row[0] for row in NAMES], "en", tidal())
