"""`notegen lint --templates`: the templates rendered with sample orders, and suppressions in template files; and
notes of shops' own templates filled in for one customer (tests/data/lint/templates.jsonl): the good ones pass
without a finding, each bad one is blocked with the code of its defect.

The good notes have the shapes of a shop's or a charity's own wording: several items named in one sentence, a
discount code in capitals, a points balance, a review link, a referral offer, a donor's amount and project, a
volunteer's hours, answers to a birthday present, a delivery instruction, an illness, a death, a late parcel and
a question, signatures in lower case, by initials, by two people or by a team and a person, du and « tu » under a
first name, formal notes under "Prof.", « Maître », "Dr". A note the lint does not yet get right is listed in
KNOWN_GAPS with its cause (and `gap` in the case, for the native reader's tests): a strict expected failure.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from notegen.config import load_config
from notegen.lint.suppress import apply, parse, unused
from notegen.model import Finding
from notegen.run.init import copy_templates
from notegen.run.lint_command import run_lint_templates

from .conftest import ROOT
from .labelled import check_the_set, judge, load, params

CONFIG = ROOT / "samples" / "en-harbour-trust" / "notegen.toml"
NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
FILLED = ROOT / "tests" / "data" / "lint" / "templates.jsonl"

KNOWN_GAPS: dict[str, str] = {}


@pytest.mark.parametrize("shop", ["de-wollwerk", "fr-atelier", "en-harbour-trust"])
def test_the_built_in_templates_pass_with_every_sample_order(shop: str) -> None:
    config = load_config(ROOT / "samples" / shop / "notegen.toml")
    output, code = run_lint_templates(None, config, fmt="json", now=NOW)
    data = json.loads(output)
    assert code == 0, [f for note in data["notes"] for f in note["findings"] if f["severity"] == "error"]
    notes = [note for note in data["notes"] if note["kind"] == "note"]
    languages = {note["lang"] for note in notes}
    assert languages == {"de", "fr", "en"} and len(notes) == 6 * (2 + 2 + 1)
    assert all(note["path"].endswith(".txt.j2") and note["order_id"].startswith("S-") for note in notes)


def _shop_templates(tmp_path: Path, header: str) -> Path:
    folder = tmp_path / "templates"
    copy_templates(folder)
    common = folder / "en" / "_common.txt.j2"
    text = common.read_text(encoding="utf-8").replace(
        "{% set service %}\n", "{% set service %}\n  Don't hesitate to contact us.\n", 1
    )
    common.write_text(header + text, encoding="utf-8")
    return folder


def _findings(output: str) -> list[dict[str, object]]:
    return [finding for note in json.loads(output)["notes"] for finding in note["findings"]]


def test_a_generic_phrase_in_a_template_is_found_in_the_template_file(tmp_path: Path) -> None:
    folder = _shop_templates(tmp_path, "")
    output, code = run_lint_templates(str(folder), load_config(CONFIG), fmt="json", now=NOW)
    fillers = [f for f in _findings(output) if f["code"] == "SIN103"]
    assert code == 0 and len(fillers) == 6  # one per English sample order
    assert {f["path"] for f in fillers} == {str(folder / "en" / "_common.txt.j2")}
    line = (
        (folder / "en" / "_common.txt.j2")
        .read_text(encoding="utf-8")
        .splitlines()
        .index("  Don't hesitate to contact us.")
    )
    assert {(f["line"], f["column"], f["text"]) for f in fillers} == {(line + 1, 3, "Don't hesitate")}


def test_a_suppression_silences_its_codes_and_hygiene_is_linted(tmp_path: Path) -> None:
    header = (
        '{# notegen: ignore[SIN103] reason="our service line, agreed with the owner" #}\n'
        '{# notegen: ignore[SIN101] reason="kept from an older version" #}\n'
        "{# notegen: ignore SIN104 #}\n"
        '{# notegen: ignore[SIN999, SIN901] reason="typo" #}\n'
    )
    folder = _shop_templates(tmp_path, header)
    output, code = run_lint_templates(str(folder), load_config(CONFIG), fmt="json", now=NOW)
    found = _findings(output)
    assert code == 0
    assert not [f for f in found if f["code"] == "SIN103"]
    hygiene = sorted((f["code"], f["line"]) for f in found if str(f["code"]).startswith("SIN9"))
    assert hygiene == [("SIN901", 3), ("SIN902", 4), ("SIN903", 2)]


def test_suppressions_parse_apply_and_report_unused() -> None:
    source = '{# notegen: ignore[SIN103, SIN104] reason="signed by the whole crew on purpose" #}\nHallo'
    suppressions, problems = parse("first_order.txt.j2", source)
    assert not problems and suppressions[0].codes == ("SIN103", "SIN104")
    kept = apply([Finding("SIN104", "warning", "faceless"), Finding("SIN202", "error", "no item")], suppressions)
    assert [f.code for f in kept] == ["SIN202"]
    idle = unused(suppressions, source)
    assert [(f.code, f.message) for f in idle] == [
        ("SIN903", "unused suppression of SIN103: no note rendered from this template has it; remove it")
    ]


def test_a_suppression_needs_a_reason() -> None:
    _, problems = parse("t.txt.j2", '{# notegen: ignore[SIN103] reason="" #}')
    assert [f.code for f in problems] == ["SIN901"]


def test_a_missing_templates_folder_is_an_input_error(tmp_path: Path) -> None:
    from notegen.errors import InputError

    with pytest.raises(InputError, match="no such templates folder"):
        run_lint_templates(str(tmp_path / "nope"), load_config(CONFIG))


def test_the_command_line_lints_the_templates() -> None:
    from click.testing import CliRunner

    from notegen.cli import main

    config = ROOT / "samples" / "de-wollwerk" / "notegen.toml"
    result = CliRunner().invoke(main, ["lint", "--templates", "--config", str(config)])
    assert result.exit_code == 0, result.output
    assert "templates/notes/de/first_order.sie.txt.j2 (order S-DE-1): score" in result.output


@pytest.mark.parametrize("case", params(FILLED, KNOWN_GAPS))
def test_a_note_of_a_shops_own_template_gets_its_verdict(case: dict[str, Any]) -> None:
    judge(case)


def test_the_filled_templates_hold_good_and_bad_notes_of_every_language() -> None:
    check_the_set(FILLED, KNOWN_GAPS, good=20, bad=10)
    assert {case["id"] for case in load(FILLED) if case.get("gap")} == set(KNOWN_GAPS)
