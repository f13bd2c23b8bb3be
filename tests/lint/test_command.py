"""`notegen lint` from the outside: the output formats, exit codes, and the errors a user can cause."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from notegen.cli import main
from notegen.errors import InputError
from notegen.lint import RuleError
from notegen.run.lint_command import run_lint
from tests.golden_files import assert_golden

LENA: dict[str, Any] = {
    "order_id": "1187",
    "locale": "de",
    "customer": {"first_name": "Lena", "last_name": "Hoffmann", "orders_count": 1},
    "items": [{"name": "Leinenschürze „Atelier“", "variant": "Ocker", "quantity": 1, "price": "39.00"}],
}
GENERIC = (
    "Hallo Lena,\n\nvielen Dank für Ihre Bestellung. Wir wünschen Ihnen viel Freude mit Ihrem Einkauf.\n\nIhr Team\n"
)
PERSONAL = (
    "Liebe Lena,\n\ndie Leinenschürze „Atelier“ in Ocker ist heute zu Ihnen unterwegs. Clara hat sie vor dem "
    "Versand noch einmal gebügelt.\n\nAls Dankeschön für Ihre erste Bestellung: 10 % auf die nächste.\n\n"
    "Herzlich, Clara\n"
)


def _masked(text: str, folder: Path) -> str:
    return text.replace(str(folder), "<tmp>")


def test_text_output_names_file_line_column_code_severity(note_file, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    note, order = note_file(GENERIC, LENA)
    output, code = run_lint([note], order=order)
    assert code == 1
    lines = output.splitlines()
    assert f"{note}:3:1: SIN102 error Floskelhafter Dank „vielen Dank für Ihre Bestellung“" in lines[2]
    assert all(re.match(rf"{re.escape(note)}:\d+:\d+: SIN\d{{3}} (error|warning) ", line) for line in lines[:-1])
    assert lines[-1] == f"{note}: score 25/100 (name 25, items 0, facts 0, generic 0): reject"


def test_a_personal_note_exits_0_and_exit_zero_always_does(note_file) -> None:  # type: ignore[no-untyped-def]
    note, order = note_file(PERSONAL, LENA)
    assert run_lint([note], order=order)[1] == 0
    generic, _ = note_file(GENERIC, name="generic")
    assert run_lint([generic], order=order, exit_zero=True)[1] == 0


def test_json_output(note_file, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    generic, order = note_file(GENERIC, LENA, name="generic")
    personal, _ = note_file(PERSONAL, name="personal")
    output, code = run_lint([generic, personal], order=order, fmt="json")
    assert code == 1
    data = json.loads(output)
    assert data["schema"] == "notegen.lint/1" and data["summary"]["rejected"] == 1
    assert_golden("lint/two-notes.json", _masked(output, tmp_path))


def test_sarif_output_for_code_hosts(note_file) -> None:  # type: ignore[no-untyped-def]
    note, order = note_file(GENERIC, LENA)
    data = json.loads(run_lint([note], order=order, fmt="sarif")[0])
    assert data["version"] == "2.1.0"
    run = data["runs"][0]
    assert {rule["id"] for rule in run["tool"]["driver"]["rules"]} == {"SIN102", "SIN103", "SIN104", "SIN202", "SIN301"}
    filler = next(rule for rule in run["tool"]["driver"]["rules"] if rule["id"] == "SIN103")
    assert (filler["name"], filler["defaultConfiguration"]["level"]) == ("corporate-filler", "warning")
    thanks = next(result for result in run["results"] if result["ruleId"] == "SIN102")
    assert thanks["level"] == "error"
    assert thanks["message"]["text"].startswith('Boilerplate thanks "vielen Dank für Ihre Bestellung"')
    location = thanks["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == note
    assert location["region"] == {"startLine": 3, "startColumn": 1, "endLine": 3, "endColumn": 32}


def test_a_note_from_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("Dear customer,\n\nthank you for your order.\n\nThe Team\n"))
    output, code = run_lint(["-"])
    assert code == 1
    assert '<stdin>:1:1: SIN101 error Generic salutation "Dear customer"' in output.splitlines()[1]


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("{not json", "not valid JSON"),
        ('[{"order_id": "1"}, {"order_id": "2"}]', "holds 2 orders; --order takes a file with exactly one"),
        ('{"order_id": "1", "customer": {"email": "a@example.org"}, "items": [{"name": "Schal"}]}', "no customer name"),
        ('"an order"', "expected an order object"),
    ],
)
def test_a_bad_order_file_is_an_input_error_naming_the_file(
    note_file, tmp_path: Path, content: str, problem: str
) -> None:  # type: ignore[no-untyped-def]
    note, _ = note_file(GENERIC)
    order = tmp_path / "order.json"
    order.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=re.escape(str(order))) as error:
        run_lint([note], order=str(order))
    assert problem in str(error.value)


def test_missing_and_unreadable_notes_are_input_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"nope\.txt: no such note file"):
        run_lint([str(tmp_path / "nope.txt")])
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Grüße".encode("latin-1"))
    with pytest.raises(InputError, match=r"latin\.txt: not UTF-8 text"):
        run_lint([str(latin)])


def test_unknown_codes_and_formats_are_refused(note_file) -> None:  # type: ignore[no-untyped-def]
    note, _ = note_file(GENERIC)
    with pytest.raises(RuleError, match="unknown rule code 'SIN000'"):
        run_lint([note], select=["SIN000"])
    with pytest.raises(InputError, match="unknown lint output format 'xml'"):
        run_lint([note], fmt="xml")


def test_the_command_line(note_file) -> None:  # type: ignore[no-untyped-def]
    note, order = note_file(GENERIC, LENA)
    runner = CliRunner()
    result = runner.invoke(main, ["lint", note, "--order", order, "--format", "json"])
    assert result.exit_code == 1
    assert json.loads(result.output)["notes"][0]["verdict"] == "reject"
    result = runner.invoke(main, ["lint", note, "--order", order, "--select", "SIN104", "--exit-zero"])
    assert result.exit_code == 0 and "SIN104 warning" in result.output and "SIN102" not in result.output
    result = runner.invoke(main, ["lint", note, "--order", note])
    assert result.exit_code == 2 and f"Error: {note}:1:1: not valid JSON" in result.output
