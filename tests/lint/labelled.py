"""Labelled notes of tests/data/lint/ as tests: each note with its order, its verdict ("accept" or "reject")
and the codes a bad note must get; one loader and one judge for every set of such notes.

A note the lint does not yet get right is listed with its cause in the set's known gaps: a strict expected
failure, so a listed note that comes out right fails the run until its line is removed.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from notegen.lint import Linter

from .conftest import make_order

LANGUAGES = ("de", "fr", "en")


def load(path: Path) -> list[dict[str, Any]]:
    """The cases of a JSON-lines file, one object a line."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def params(path: Path, known_gaps: dict[str, str]) -> list[Any]:
    """One test parameter a case, named by its id; a known gap is a strict expected failure."""
    gap = pytest.mark.xfail(strict=True, reason="a known gap of the lint (KNOWN_GAPS)")
    return [pytest.param(case, id=case["id"], marks=[gap] if case["id"] in known_gaps else []) for case in load(path)]


def judge(case: dict[str, Any]) -> None:
    """A good note gets no finding at all; a bad one gets an error, and the codes of its defect among them."""
    result = Linter().check(case["text"], make_order(case["order"], case["lang"]), case["lang"])
    found = [(f.code, f.text, f.message) for f in result.findings]
    if case["expect"] == "accept":
        assert not result.findings, found
    else:
        assert result.errors, found
        assert set(case["codes"]) <= {f.code for f in result.findings}, found


def check_the_set(path: Path, known_gaps: dict[str, str], good: int, bad: int) -> None:
    """Every language holds at least `good` good and `bad` bad notes, ids are unique, a bad note names its
    codes and a good one none, and every known gap is a case of the set."""
    cases = load(path)
    assert len({case["id"] for case in cases}) == len(cases)
    for lang in LANGUAGES:
        accepted = [case for case in cases if case["lang"] == lang and case["expect"] == "accept"]
        rejected = [case for case in cases if case["lang"] == lang and case["expect"] == "reject"]
        assert len(accepted) >= good and len(rejected) >= bad, lang
        assert all(case["codes"] for case in rejected) and not any(case["codes"] for case in accepted), lang
    assert set(known_gaps) <= {case["id"] for case in cases}
