"""Notes shops write by hand (tests/data/lint/handwritten.jsonl): the lint lets the good ones through without a
finding, and blocks each bad one with the code of its defect.

The good notes have the shapes of real mail: links, a signature with a role, a phone number or the shop's
address under it, "Name, Shop" on one line, a P.S. before or after the signature, an e-mail signature under
"-- ", a card of three lines, bullet and numbered lists, items named by a short name, answers to the customer's
own note, a charity's thanks. A note the lint does not yet get right is listed in KNOWN_GAPS with its cause: a
strict expected failure, so a listed note that comes out right fails the run until its line is removed.
"""

from __future__ import annotations

from typing import Any

import pytest

from .conftest import ROOT
from .labelled import check_the_set, judge, params

CASES = ROOT / "tests" / "data" / "lint" / "handwritten.jsonl"

KNOWN_GAPS: dict[str, str] = {}


@pytest.mark.parametrize("case", params(CASES, KNOWN_GAPS))
def test_a_handwritten_note_gets_its_verdict(case: dict[str, Any]) -> None:
    judge(case)


def test_the_set_holds_good_and_bad_notes_of_every_language() -> None:
    check_the_set(CASES, KNOWN_GAPS, good=20, bad=10)
