"""The native reader's checks (SIN204 under a title, SIN206 item mentions, SIN207 replies): the labelled cases of
tests/data/lint/ come out as labelled, and no good note gets a new finding: the composer's golden notes and
the accepted notes of the shared dev corpus."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from notegen.compose.composer import compose
from notegen.lint import Linter
from tests.compose.test_golden import CASES, NOW, SECRET

from .conftest import DEV_CORPUS, ROOT, make_order

NEW_CODES = ("SIN204", "SIN206", "SIN207")
LABELLED = ROOT / "tests" / "data" / "lint"


def _cases(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


GAP = pytest.mark.xfail(strict=True, reason="a known gap of the lint (`gap` in the case)")
LABELLED_CASES = [
    pytest.param(case, id=case["id"], marks=[GAP] if case.get("gap") else [])
    for path in sorted(LABELLED.glob("*.jsonl"))
    for case in _cases(path)
]


@pytest.mark.parametrize("case", LABELLED_CASES)
def test_a_labelled_case_gets_exactly_its_codes(case: dict[str, Any]) -> None:
    order = make_order(case.get("order"), case["lang"])
    result = Linter(select=list(NEW_CODES)).check(case["text"], order, case["lang"])
    found = sorted({finding.code for finding in result.findings})
    expected = sorted(code for code in case["codes"] if code in NEW_CODES)
    assert found == expected, [(f.code, f.text, f.message) for f in result.findings]
    for finding in result.findings:
        assert finding.severity == "error" and finding.message and getattr(finding, "message_en", "")


@pytest.mark.parametrize("name", sorted(CASES))
def test_the_composers_golden_notes_get_no_new_finding(name: str) -> None:
    config_of, order_of = CASES[name]
    order = order_of()
    note = compose(order, config_of(), NOW, secret=SECRET)
    result = Linter(select=list(NEW_CODES)).check(note.text, order, note.lang)
    assert not result.findings, [(f.code, f.text) for f in result.findings]


def test_the_accepted_notes_of_the_dev_corpus_get_no_new_finding() -> None:
    accepted = [case for case in _cases(DEV_CORPUS) if case["expect"] == "accept"]
    assert accepted
    for case in accepted:
        order = make_order(case["order"], case["order"]["locale"])
        result = Linter(select=list(NEW_CODES)).check(case["text"], order, None)
        assert not result.findings, (case["id"], [(f.code, f.text) for f in result.findings])
