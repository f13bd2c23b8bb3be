"""SIN206 with the order: a name whose noun comes after a model number written with a full stop ("Veritas No. 4
Bench Plane") is read whole across the stop, and a mention that stops before its noun is still cut short. Names
from real tool makers' catalogues, written for these tests."""

from __future__ import annotations

import pytest

from notegen.lint import Linter

from .conftest import order


def _cut(text: str, name: str) -> list[str]:
    the_order = order("en", "Alison", {"name": name, "quantity": 1, "price": "89.00"})
    result = Linter().check(f"Hi Alison,\n\n{text}\n\nBest wishes,\nBeth", the_order, "en")
    return [finding.text for finding in result.findings if finding.code == "SIN206"]


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("Veritas No. 4 Bench Plane", "The Veritas No. 4 Bench Plane will be with you soon."),
        ("Clifton No. 3 Smoothing Plane", "We hope the Clifton No. 3 Smoothing Plane serves you well."),
    ],
)
def test_a_model_number_with_a_full_stop_is_part_of_the_name(name: str, text: str) -> None:
    """ "No." is the name's own abbreviation, not the end of the mention: no "cut short" on "Veritas No"."""
    assert _cut(text, name) == []


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        ("Your Veritas No. 4 Bench is lovely.", "Veritas No. 4 Bench"),
        ("Your Veritas No. is packed.", "Veritas No"),
    ],
)
def test_a_mention_that_stops_before_the_noun_is_still_cut_short(text: str, cut: str) -> None:
    """Past the model number, a mention that never reaches "Plane" is cut short as before."""
    assert _cut(text, "Veritas No. 4 Bench Plane") == [cut]
