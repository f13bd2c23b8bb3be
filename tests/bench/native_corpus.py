"""Precision and recall of the native reader's codes (SIN204, SIN206, SIN207) on labelled notes.

The labelled notes of tests/data/lint/*.jsonl carry the codes they must get; the accepted notes of the shared
dev corpus (../shared/lint-corpus/dev.jsonl) must get none of them. Each note is linted with its order; a
code counts as found when the lint reports it. Prints per code: true and false positives, misses, precision
and recall, then the notes that came out wrong. Usage: python tests/bench/native_corpus.py [-v]
"""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from notegen.lint import Linter, known_codes
from notegen.model import Order
from notegen.read.validate import order_from_mapping

ROOT = Path(__file__).resolve().parents[2]
LABELLED = ROOT / "tests" / "data" / "lint"
DEV = ROOT.parent / "shared" / "lint-corpus" / "dev.jsonl"
CODES = tuple(code for code in ("SIN204", "SIN206", "SIN207") if code in known_codes())


def _order(raw: Mapping[str, Any] | None, lang: str, case: str) -> Order | None:
    if raw is None:
        return None
    return order_from_mapping({"order_id": case, "locale": lang, **raw}, case)


def cases() -> list[tuple[str, str, Order | None, str, frozenset[str]]]:
    """(id, text, order, language, expected codes) of every labelled note and every accepted dev note."""
    found = []
    for path in sorted(LABELLED.glob("*.jsonl")):
        for line in filter(str.strip, path.read_text(encoding="utf-8").splitlines()):
            case = json.loads(line)
            order = _order(case.get("order"), case["lang"], case["id"])
            found.append((case["id"], case["text"], order, case["lang"], frozenset(case["codes"]) & set(CODES)))
    for line in filter(str.strip, DEV.read_text(encoding="utf-8").splitlines()):
        case = json.loads(line)
        if case["expect"] == "accept":
            lang = case["order"]["locale"]
            found.append((case["id"], case["text"], _order(case["order"], lang, case["id"]), lang, frozenset()))
    return found


def main(argv: list[str]) -> int:
    """Print the table; 1 when any code has a false positive or a miss."""
    linter = Linter(select=list(CODES))
    tally = {code: [0, 0, 0] for code in CODES}  # true positives, false positives, misses
    wrong = []
    for case, text, order, lang, expected in cases():
        got = frozenset(finding.code for finding in linter.check(text, order, lang).findings)
        for code in CODES:
            if code in got and code in expected:
                tally[code][0] += 1
            elif code in got:
                tally[code][1] += 1
            elif code in expected:
                tally[code][2] += 1
        if got != expected:
            wrong.append(f"  {case}: expected {sorted(expected)}, got {sorted(got)}")
        elif "-v" in argv:
            print(f"  {case}: {sorted(got)}")
    print(f"{'code':8} {'found':>5} {'false':>5} {'missed':>6} {'precision':>9} {'recall':>6}")
    for code, (hits, false, missed) in tally.items():
        precision = f"{hits / (hits + false):.2f}" if hits + false else "-"
        recall = f"{hits / (hits + missed):.2f}" if hits + missed else "-"
        print(f"{code:8} {hits:5} {false:5} {missed:6} {precision:>9} {recall:>6}")
    print("\n".join(wrong) if wrong else "every note came out as labelled")
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
