"""SIN206 with the order: a noun that may take a classical plural ("cactus" → "cacti", "antenna" → "antennae")
given an "s" on it as well ("Cactis", "Antennaes") is a plural English does not write; either plural alone, and a
word of its own that looks alike ("operas"), passes. Names from real garden, radio and lab suppliers' catalogues,
written for these tests."""

from __future__ import annotations

import pytest

from notegen.lint import Linter

from .conftest import order


def _plurals(text: str, name: str, quantity: int = 3) -> list[str]:
    the_order = order("en", "Alison", {"name": name, "quantity": quantity, "price": "12.00"})
    result = Linter().check(f"Hi Alison,\n\n{text}\n\nBest wishes,\nBeth", the_order, "en")
    return [finding.text for finding in result.findings if finding.code == "SIN206"]


@pytest.mark.parametrize(
    ("name", "text", "wrong"),
    [
        ("Mini Cactus in Terracotta Pot", "The three Mini Cactis in Terracotta Pots left today.", "Cactis"),
        ("Telescopic FM Antenna", "The three Telescopic FM Antennaes are packed.", "Antennaes"),
        ("Agar Plate Culture Medium, 500g", "The Culture Mediums and the Culture Medias are packed.", "Medias"),
    ],
)
def test_an_s_on_a_classical_plural_is_an_error(name: str, text: str, wrong: str) -> None:
    assert wrong in _plurals(text, name)


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("Mini Cactus in Terracotta Pot", "The three Mini Cacti in Terracotta Pots left today."),
        ("Mini Cactus in Terracotta Pot", "The three Mini Cactuses in Terracotta Pots left today."),
        ("Telescopic FM Antenna", "The three Telescopic FM Antennae are packed."),
        ("Telescopic FM Antenna", "The three Telescopic FM Antennas are packed, and we hope you enjoy the operas."),
    ],
)
def test_either_plural_alone_passes(name: str, text: str) -> None:
    assert _plurals(text, name) == []
