"""The run's own files are safe to open and to keep: spreadsheet-safe CSV in the input's dialect, one run per
output, private journal, no leftovers, and a clear error before anything is produced when a file cannot be
written."""

from __future__ import annotations

import csv
import fcntl
import io
import json
import os
from pathlib import Path

from click.testing import CliRunner

from notegen.cli import main
from tests.run.shop_configs import NOW
from tests.run.shop_configs import PLAIN as CONFIG

HEADER = "order_id;first_name;last_name;email;item_name;item_quantity;item_price;locale\n"
ROWS = [
    "1001;Anna;Müller;anna@example.org;Wollschal „Fjord“;1;49,90;de\n",
    '1002;"=HYPERLINK(""http://x.example"";""klick"")";Berg;b@example.org;;1;19,90;de\n',
    "1003;;@SUMME(A1);c@example.org;Mütze;1;9,90;de\n",
    "1004;Jörg;-Lang;d@example.org;Plaid;1;-5;de\n",
]


def render(tmp_path: Path, source: Path, *extra: str, config: str = CONFIG) -> tuple[int, str]:
    """`notegen render` of `source` to an email outbox in `tmp_path`, with `config` (and a secret for its codes)."""
    (tmp_path / "notegen.toml").write_text(config, encoding="utf-8")
    result = CliRunner(env={"NOTEGEN_SECRET": "s" * 32}).invoke(
        main,
        ["render", str(source), "--to", "email", "-o", str(tmp_path / "outbox"), "--jobs", "1", "--now", NOW,
         "--quiet", "--config", str(tmp_path / "notegen.toml"), *extra],
    )  # fmt: skip
    assert "Traceback" not in result.output, result.output
    return result.exit_code, result.output


def test_rejects_csv_is_spreadsheet_safe_and_reads_back_in_the_inputs_dialect(tmp_path: Path) -> None:
    source = tmp_path / "bestellungen.csv"
    source.write_bytes((HEADER + "".join(ROWS)).encode("cp1252"))
    code, output = render(tmp_path, source, "--encoding", "cp1252")
    assert code == 1, output
    raw = (tmp_path / "outbox" / "rejects.csv").read_bytes()
    text = raw.decode("cp1252")  # the input's encoding, not UTF-8
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))  # the input's delimiter
    assert rows[0] == [*HEADER.strip().split(";"), "notegen_error"]
    by_id = {row[0]: row for row in rows[1:]}
    assert set(by_id) == {"1002", "1003", "1004"}
    assert by_id["1002"][1] == '\'=HYPERLINK("http://x.example";"klick")', "a formula is shown, never evaluated"
    assert by_id["1003"][2] == "'@SUMME(A1)"
    assert by_id["1002"][6] == "19,90", "the decimal comma is kept, as the input wrote it"
    assert by_id["1004"][2] == "'-Lang" and by_id["1004"][6] == "-5", "a plain number stays a number"
    cells = [cell for row in rows for cell in row if cell != "-5"]
    assert all(not cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in cells)

    # Fed back in, the file reads as the input did: the same names, one notegen_error column.
    again = tmp_path / "again"
    again.mkdir()
    code, output = render(again, tmp_path / "outbox" / "rejects.csv", "--encoding", "cp1252")
    fed_back = (again / "outbox" / "rejects.csv").read_bytes().decode("cp1252")
    back = list(csv.reader(io.StringIO(fed_back), delimiter=";"))
    assert back[0].count("notegen_error") == 1
    assert [row[:8] for row in back[1:]] == [row[:8] for row in rows[1:]]


def test_codes_csv_cells_are_spreadsheet_safe(tmp_path: Path) -> None:
    orders = [{"order_id": "@1", "locale": "de", "customer": {"first_name": "Anna", "email": "a@example.org"},
               "items": [{"name": "Wollschal", "quantity": 1, "price": "9.90"}]}]  # fmt: skip
    (tmp_path / "orders.json").write_text(json.dumps(orders), encoding="utf-8")
    code, output = render(
        tmp_path, tmp_path / "orders.json", config=CONFIG + '[gift]\nenabled = true\nkind = "code"\nprefix = "=DANKE"\n'
    )
    assert code == 0, output
    rows = list(csv.reader(io.StringIO((tmp_path / "outbox" / "codes.csv").read_text(encoding="utf-8"))))
    assert rows[1][0].startswith("'=DANKE-") and rows[1][4] == "'@1"


def test_a_second_render_into_a_held_output_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "orders.csv"
    source.write_text(HEADER + ROWS[0], encoding="utf-8")
    outbox = tmp_path / "outbox"
    outbox.mkdir()
    with (outbox / ".notegen-render.lock").open("w") as held:
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)  # as a running render holds it
        code, output = render(tmp_path, source)
    assert code == 2
    assert "Error: " in output and "another `notegen render` is writing this output" in output
    assert not list(outbox.glob("*.eml")) and not (outbox / "report.json").exists()
    assert render(tmp_path, source)[0] == 0, "once the other run has ended, the output is free"


def test_the_journal_and_every_output_are_private(tmp_path: Path) -> None:
    source = tmp_path / "orders.csv"
    source.write_text(HEADER + ROWS[0], encoding="utf-8")
    assert render(tmp_path, source)[0] == 0
    for path in (tmp_path / "outbox").iterdir():
        if not path.name.startswith(".notegen"):
            assert path.stat().st_mode & 0o077 == 0, f"{path.name} is readable by others"
    assert (tmp_path / "outbox" / "journal.sqlite").is_file()


def test_a_run_removes_what_a_killed_run_left_behind(tmp_path: Path) -> None:
    source = tmp_path / "orders.csv"
    source.write_text(HEADER + ROWS[0], encoding="utf-8")
    left = tmp_path / ".inserts.pdf.k2j3.tmp"
    left.mkdir()
    (left / "chunk-00000.pdf").write_bytes(b"%PDF-1.7 customer data")
    (tmp_path / ".inserts.pdf.4242.part").write_bytes(b"half a PDF")
    (tmp_path / "notegen.toml").write_text(CONFIG, encoding="utf-8")
    result = CliRunner().invoke(
        main,
        ["render", str(source), "--to", "pdf", "-o", str(tmp_path / "inserts.pdf"), "--jobs", "1", "--now", NOW,
         "--quiet", "--resume", "--config", str(tmp_path / "notegen.toml")],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".inserts.pdf")) == [
        ".inserts.pdf.notegen-render.lock"
    ]


def test_unwritable_report_path_is_an_error_before_anything_is_produced(tmp_path: Path) -> None:
    source = tmp_path / "orders.csv"
    source.write_text(HEADER + ROWS[0], encoding="utf-8")
    (tmp_path / "a-file").write_text("not a folder", encoding="utf-8")
    code, output = render(tmp_path, source, "--report", str(tmp_path / "a-file" / "report.json"))
    assert code == 2
    assert output.startswith("Error: ") and "a-file/report.json: the report" in output
    assert not list((tmp_path / "outbox").glob("*.eml")), "nothing is produced that the report would not account for"


def test_an_unusable_journal_is_an_error_not_a_traceback(tmp_path: Path) -> None:
    source = tmp_path / "orders.csv"
    source.write_text(HEADER + ROWS[0], encoding="utf-8")
    (tmp_path / "outbox" / "journal.sqlite").mkdir(parents=True)
    code, output = render(tmp_path, source)
    assert code == 2
    assert output.startswith("Error: ") and "journal.sqlite: cannot use the journal" in output


def test_an_output_folder_that_cannot_be_made_is_an_error(tmp_path: Path) -> None:
    source = tmp_path / "orders.csv"
    source.write_text(HEADER + ROWS[0], encoding="utf-8")
    (tmp_path / "a-file").write_text("", encoding="utf-8")
    result = CliRunner().invoke(
        main,
        ["render", str(source), "--to", "email", "-o", str(tmp_path / "a-file" / "outbox"), "--now", NOW,
         "--config", str(tmp_path / "notegen.toml")],
    )  # fmt: skip
    assert result.exit_code == 2 and result.output.startswith("Error: "), result.output
    assert os.path.isfile(tmp_path / "a-file")


def test_gift_codes_expire_counted_from_the_run_not_from_an_old_order_date(tmp_path: Path) -> None:
    orders = [{"order_id": "1", "locale": "de", "placed_at": "2025-01-02T10:00:00+01:00",
               "customer": {"first_name": "Anna", "email": "a@example.org"},
               "items": [{"name": "Wollschal", "quantity": 1, "price": "9.90"}]}]  # fmt: skip
    (tmp_path / "orders.json").write_text(json.dumps(orders), encoding="utf-8")
    code, output = render(
        tmp_path, tmp_path / "orders.json", config=CONFIG + '[gift]\nenabled = true\nkind = "code"\nexpires_days = 30\n'
    )
    assert code == 0, output
    rows = list(csv.reader(io.StringIO((tmp_path / "outbox" / "codes.csv").read_text(encoding="utf-8"))))
    assert rows[1][3] == "2026-12-25", "30 days after --now (2026-11-25), valid when the email arrives"
    assert "25. Dezember 2026" in (tmp_path / "outbox" / "1.html").read_text(encoding="utf-8")


def test_deeply_nested_json_is_an_error_naming_the_file(tmp_path: Path) -> None:
    deep = "[" * 100_000 + "]" * 100_000
    (tmp_path / "orders.json").write_text('{"order_id": "1", "extra": ' + deep + "}", encoding="utf-8")
    (tmp_path / "orders.jsonl").write_text(
        '{"order_id": "1"}\n{"order_id": "2", "x": ' + deep + "}\n", encoding="utf-8"
    )
    for name, where in (("orders.json", "orders.json"), ("orders.jsonl", "orders.jsonl:2")):
        result = CliRunner().invoke(main, ["check", str(tmp_path / name)])
        assert result.exit_code == 2, result.output
        assert result.output.startswith("Error: ") and f"{where}: the JSON is nested too deeply" in result.output
