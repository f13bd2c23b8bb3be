"""Run a labelled lint corpus through `notegen lint` (its library side, `run_lint`) and print the tally.

Each case of the corpus (JSON lines: id, expect "accept"/"reject", why, order, text) is written to a note file
and an order file, linted with `--format json`, and counts as right when the exit code says what the label
says (1 for reject, 0 for accept). Usage: python tests/bench/lint_corpus.py [CORPUS.jsonl] [-v]
"""

from __future__ import annotations

import json
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from notegen.run.lint_command import run_lint

DEV = Path(__file__).resolve().parents[3] / "shared" / "lint-corpus" / "dev.jsonl"


@dataclass(frozen=True)
class Outcome:
    """One case: its id, what the label expects, what the lint said, and the codes it found."""

    case: str
    expect: str
    got: str
    codes: tuple[str, ...]
    why: str

    @property
    def right(self) -> bool:
        return self.expect == self.got


def run_case(case: dict[str, object], folder: Path) -> Outcome:
    """Lint one case through the command's code path."""
    note = folder / f"{case['id']}.txt"
    order = folder / f"{case['id']}.order.json"
    note.write_text(str(case["text"]), encoding="utf-8")
    order.write_text(json.dumps(case["order"], ensure_ascii=False), encoding="utf-8")
    output, code = run_lint([str(note)], order=str(order), fmt="json")
    findings = json.loads(output)["notes"][0]["findings"]
    codes = tuple(sorted({f["code"] for f in findings if f["severity"] == "error"}))
    return Outcome(str(case["id"]), str(case["expect"]), "reject" if code == 1 else "accept", codes, str(case["why"]))


def run_corpus(path: Path) -> list[Outcome]:
    """Every case of a corpus file."""
    cases = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    with tempfile.TemporaryDirectory() as folder:
        return [run_case(case, Path(folder)) for case in cases]


def tally(outcomes: list[Outcome]) -> str:
    """The tally: right of total, by label, and the wrong ones."""
    lines = []
    for label in ("reject", "accept"):
        chosen = [o for o in outcomes if o.expect == label]
        lines.append(f"{label}: {sum(o.right for o in chosen)}/{len(chosen)} right")
    for outcome in outcomes:
        if not outcome.right:
            lines.append(f"  wrong: {outcome.case} expected {outcome.expect}, got {outcome.got} {outcome.codes}")
    lines.append(f"total: {sum(o.right for o in outcomes)}/{len(outcomes)} right")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    """Print the tally of the corpus named in `argv` (default: the shared dev corpus); 1 when any is wrong."""
    verbose = "-v" in argv
    names = [arg for arg in argv if arg != "-v"]
    outcomes = run_corpus(Path(names[0]) if names else DEV)
    if verbose:
        for o in outcomes:
            print(f"{o.case:8} {o.expect:6} -> {o.got:6} {' '.join(o.codes):30} | {o.why}")
    print(tally(outcomes))
    return 0 if all(o.right for o in outcomes) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
