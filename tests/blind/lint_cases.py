"""The held-out lint notes of every round (tests/data/blind/[roundN/]lint_*.jsonl) and how each is judged: with
its order, a bad note is rejected with exactly its codes among the new ones and a message in the note's
language, a good note is accepted with no error; without the order, what the text alone shows is still found."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from notegen.run.lint_command import run_lint
from tests.blind.grammar import DATA
from tests.blind.notes import composed

NEW_CODES = {"SIN204", "SIN206", "SIN207"}
LANGS = ("de", "fr", "en")


def lint_cases(folder: str = "") -> list[Any]:
    """The notes of a round's folder ("" for the first round) as pytest parameters, by their id."""
    found = []
    for lang in LANGS:
        for line in (DATA / folder / f"lint_{lang}.jsonl").read_text(encoding="utf-8").splitlines():
            case = json.loads(line)
            found.append(pytest.param(case, id=case["id"]))
    return found


def cases_of(folder: str, lang: str) -> list[dict[str, Any]]:
    """The notes of one language of a round, as read."""
    lines = (DATA / folder / f"lint_{lang}.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def judge_with_the_order(case: dict[str, Any], tmp_path: Path) -> None:
    """Assert `notegen lint --order` on the case: a good note accepted, a bad one rejected with its codes."""
    note = tmp_path / "note.txt"
    order = tmp_path / "order.json"
    note.write_text(case["text"], encoding="utf-8")
    order.write_text(json.dumps(case["order"], ensure_ascii=False), encoding="utf-8")
    output, code = run_lint([str(note)], order=str(order), fmt="json")
    verdict = json.loads(output)["notes"][0]
    errors = [finding for finding in verdict["findings"] if finding["severity"] == "error"]
    found = sorted({finding["code"] for finding in errors})
    if not case["codes"]:  # a good note: accepted, no error of any code
        assert (code, found) == (0, []), [(f["code"], f["text"], f["message"]) for f in errors]
        return
    assert code == 1 and verdict["verdict"] == "reject"
    assert sorted(set(found) & NEW_CODES) == sorted(case["codes"]), [(f["code"], f["text"]) for f in errors]
    for finding in errors:
        if finding["code"] in case["codes"] and case["lang"] != "en":  # the message is in the note's language
            assert finding["message"] != finding["message_en"]


def judge_the_text_alone(case: dict[str, Any], tmp_path: Path) -> None:
    """Assert `notegen lint` without the order: what the text alone shows is found, good notes get no new code."""
    note = tmp_path / "note.txt"
    note.write_text(case["text"], encoding="utf-8")
    output, _ = run_lint([str(note)], lang=case["lang"], fmt="json")
    found = {f["code"] for f in json.loads(output)["notes"][0]["findings"] if f["severity"] == "error"}
    if case["text_alone"]:  # register under a title, a doubled article, a plural "s" on a unit
        assert set(case["codes"]) <= found
    elif not case["codes"]:
        assert not found & NEW_CODES


def rejected_composed_notes(lang: str, folder: str, tmp_path: Path) -> list[tuple[str, int, str, list[Any]]]:
    """The notes the sample shops compose for a round's names that `notegen lint --order` rejects, each with
    its item, quantity, variant and errors: a valid order whose note is rejected gets no note at all."""
    rejected = []
    for number, entry in enumerate(composed(lang, folder)):
        note = tmp_path / f"note-{number}.txt"
        order = tmp_path / f"order-{number}.json"
        note.write_text(entry.note.text, encoding="utf-8")
        order.write_text(json.dumps(entry.data, ensure_ascii=False), encoding="utf-8")
        output, code = run_lint([str(note)], order=str(order), fmt="json")
        if code:
            found = json.loads(output)["notes"][0]["findings"]
            errors = [(f["code"], f.get("text", "")) for f in found if f["severity"] == "error"]
            rejected.append((entry.row.name, entry.quantity, entry.variant, errors))
    return rejected
