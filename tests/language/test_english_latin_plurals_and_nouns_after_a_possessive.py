"""English names whose noun is a Latin plural in -ae ("Bloodworm Larvae", "Mosaic Tesserae") or a material noun after
whose it is ("Gardener's Jute"): the plural takes no "a" and is counted as a plural, the material is the noun of the
name and takes "a" (never the possessive read as a plural). A word in -ae English writes as a singular, more often
than a singular in -a, stays one ("a Hot Fudge Sundae"). Names from real shop catalogues (aquatics, mosaic and craft
suppliers, garden shops, ice-cream parlours), written for these tests; each named once and three times, and each
composed note accepted by the lint."""

from __future__ import annotations

import pytest

from notegen.language.english import indefinite
from notegen.language.items import item_phrase
from notegen.model import Item
from tests.compose.shops import tidal
from tests.language.composed_lint import item_findings, named

NAMES = [
    ("Freeze-Dried Bloodworm Larvae", "", "the Freeze-Dried Bloodworm Larvae",
     "the three packs of Freeze-Dried Bloodworm Larvae"),
    ("Glass Mosaic Tesserae, 500g Bag", "", "the Glass Mosaic Tesserae, 500g Bag",
     "the three 500g bags of Glass Mosaic Tesserae"),
    ("Gardener's Jute, 250g Ball", "a", "the Gardener's Jute, 250g Ball", "the three 250g balls of Gardener's Jute"),
    ("Hot Fudge Sundae", "a", "the Hot Fudge Sundae", "the three Hot Fudge Sundaes"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "article", "one", "three"), NAMES, ids=[row[0] for row in NAMES])
def test_a_latin_plural_takes_no_article_and_a_material_after_a_possessive_takes_one(
    name: str, article: str, one: str, three: str
) -> None:
    """Never "a Freeze-Dried Bloodworm Larvae", nor "Gardener's Jute" without "a" as if "Gardener's" were a plural."""
    assert indefinite(name) == article
    assert named(name, "en") == (one, three)


def test_a_latin_plural_is_several() -> None:
    """One order line of larvae is "they", as any name in the plural."""
    phrase = item_phrase(Item("Freeze-Dried Bloodworm Larvae", 1), "en", True)
    assert (phrase.it, phrase.plural) == ("they", True)


def test_the_lint_accepts_every_note_composed_for_these_names() -> None:
    """The lint reads the item as the composer names it: no SIN202 (item not found) nor SIN206 on these notes."""
    assert not item_findings([row[0] for row in NAMES], "en", tidal())
