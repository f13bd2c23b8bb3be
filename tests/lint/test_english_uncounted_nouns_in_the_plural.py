"""SIN206 with the order: a noun English does not count, sold in what it comes in, given a plural after a number
("The three Aged Goudas, 250g, are"), where the composer counts its packs, bags or rolls; a noun whose plural
names kinds of it in use ("Rapeseed Oils") and the composer's own counted mention pass. Names from real shop
catalogues (cheesemongers, spice merchants, oil merchants), written for these tests."""

from __future__ import annotations

import pytest

from notegen.lint import Linter

from .conftest import order


def _findings(text: str, name: str, quantity: int = 3) -> list[tuple[str, str]]:
    the_order = order("en", "Alison", {"name": name, "quantity": quantity, "price": "6.50"})
    result = Linter().check(f"Hi Alison,\n\n{text}\n\nBest wishes,\nBeth", the_order, "en")
    return [(finding.code, finding.message) for finding in result.findings if finding.code == "SIN206"]


@pytest.mark.parametrize(
    ("name", "text", "counted"),
    [
        ("Aged Gouda, 250g", "The three Aged Goudas, 250g, are on their way.", "packs of Aged Gouda, 250g"),
        ("Sweet Smoked Paprika, 75g Pouch", "Your two Sweet Smoked Paprikas are packed.",
         "75g pouches of Sweet Smoked Paprika"),
    ],
)  # fmt: skip
def test_a_noun_english_does_not_count_given_a_plural_is_found(name: str, text: str, counted: str) -> None:
    """ "three Aged Goudas" reads as three kinds of cheese: the lint says to count what it comes in."""
    found = _findings(text, name)
    assert len(found) == 1 and f'"{counted}"' in found[0][1]


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("Aged Gouda, 250g", "The three packs of Aged Gouda, 250g, are on their way."),
        ("Sweet Smoked Paprika, 75g Pouch", "The three 75g pouches of Sweet Smoked Paprika are packed."),
        ("Cold Pressed Rapeseed Oil, 5 Litre Tin", "The three Cold Pressed Rapeseed Oils, 5 Litre Tin, are packed."),
        ("Aged Gouda, 250g", "Goudas from the Netherlands age well, and yours is on its way."),
    ],
)
def test_the_counted_mention_and_a_plural_in_use_pass(name: str, text: str) -> None:
    """The composer's own mention, a plural English uses for kinds ("oils") and the writer's own word pass."""
    assert _findings(text, name) == []
