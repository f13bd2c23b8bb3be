"""The run's written account: `report.json` (every order once), `rejects.csv` (rows to fix and feed back),
`codes.csv` (the issued gift and referral codes, to import into the shop) and `attention.csv` (the customers'
notes a person should follow up: complaints, questions, requests, notes not understood)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from notegen.compose.codes import IssuedCode
from notegen.files import spreadsheet_cell, write_atomic, write_failure
from notegen.read import UTF8_COMMAS, Dialect
from notegen.run.outcome import Outcome, tally

SCHEMA = "notegen.report/1"
ERROR_COLUMN = "notegen_error"
CODES_COLUMNS = ("code", "kind", "value", "expires", "order_id", "email")
ATTENTION_COLUMNS = ("order_id", "source", "status", "attention", "customer", "email", "note")


def report_data(outcomes: Sequence[Outcome], fmt: str, output: str) -> dict[str, Any]:
    """The report as JSON-ready data (schema `notegen.report/1`, see DESIGN.md)."""
    return {
        "schema": SCHEMA,
        "format": fmt,
        "output": output,
        "summary": tally(list(outcomes)),
        "orders": [_order_entry(outcome) for outcome in outcomes],
    }


def _order_entry(outcome: Outcome) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "order_id": outcome.order_id,
        "source": outcome.source,
        "status": outcome.status,
        "locale": outcome.locale,
        "score": outcome.score,
        "output": outcome.output,
        "findings": [
            {
                "code": f.code,
                "severity": f.severity,
                "message": f.message,
                "start": f.start,
                "end": f.end,
                "text": f.text,
            }
            for f in outcome.findings
        ],
    }
    if outcome.reason:
        entry["reason"] = outcome.reason
    if outcome.attention:
        entry["attention"] = outcome.attention
    return entry


def write_report(path: Path, outcomes: Sequence[Outcome], fmt: str, output: str) -> None:
    """Write `report.json` atomically."""
    text = json.dumps(report_data(outcomes, fmt, output), ensure_ascii=False, indent=2) + "\n"
    _write(path, text.encode("utf-8"), "report")


def rejects_text(outcomes: Sequence[Outcome], delimiter: str = ",") -> str:
    """The input rows of rejected and invalid orders, each with the reason in an added `notegen_error` column
    (replacing the one a rejects file fed back in already has), every cell safe to open in a spreadsheet."""
    failed = [o for o in outcomes if o.status in ("rejected", "invalid")]
    header: list[str] = []
    for outcome in failed:
        for row in outcome.rows or ({"order_id": outcome.order_id},):
            header += [key for key in row if key not in header and key != ERROR_COLUMN]
    header.append(ERROR_COLUMN)
    rows = (
        {**row, ERROR_COLUMN: f"{outcome.source}: {outcome.reason}"}
        for outcome in failed
        for row in outcome.rows or ({"order_id": outcome.order_id},)
    )
    return _csv_text(header, ([row.get(key, "") for key in header] for row in rows), delimiter, "\n")


def write_rejects(path: Path, outcomes: Sequence[Outcome], dialect: Dialect = UTF8_COMMAS) -> None:
    """Write `rejects.csv` atomically, in the dialect of the input (its delimiter and encoding), so that it reads
    back in as it is; UTF-8 input gets a BOM, so that spreadsheet programs read the umlauts right."""
    text = rejects_text(outcomes, dialect.delimiter)
    _write(path, text.encode(dialect.encoding, errors="replace"), "rejects file")


def write_codes_csv(path: Path, codes: Iterable[IssuedCode]) -> None:
    """Write `codes` as CSV (code, kind, value, expires, order_id, email) for import into the shop, atomically."""
    rows = (
        [code.code, code.kind, code.value, code.expires.isoformat() if code.expires else "", code.order_id, code.email]
        for code in codes
    )
    _write(path, _csv_text(CODES_COLUMNS, rows, ",", "\r\n").encode("utf-8"), "codes file")


def attention_text(outcomes: Sequence[Outcome]) -> str:
    """The orders whose customer's note a person should read, with why, who wrote it and what (every cell safe
    to open in a spreadsheet); only the header when there are none."""
    rows = (
        [
            outcome.order_id,
            outcome.source,
            outcome.status,
            outcome.attention,
            outcome.follow_up.name if outcome.follow_up else "",
            outcome.follow_up.email if outcome.follow_up else "",
            outcome.follow_up.note if outcome.follow_up else "",
        ]
        for outcome in outcomes
        if outcome.attention
    )
    return _csv_text(ATTENTION_COLUMNS, rows, ",", "\r\n")


def write_attention(path: Path, outcomes: Sequence[Outcome]) -> None:
    """Write `attention.csv` (see `attention_text`) atomically, UTF-8 with a BOM for spreadsheet programs."""
    _write(path, ("\ufeff" + attention_text(outcomes)).encode("utf-8"), "attention file")


def _csv_text(header: Sequence[str], rows: Iterable[Sequence[str]], delimiter: str, end: str) -> str:
    """CSV with every cell made safe to open in a spreadsheet program (see `spreadsheet_cell`)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator=end)
    writer.writerow([spreadsheet_cell(cell) for cell in header])
    writer.writerows([spreadsheet_cell(str(cell)) for cell in row] for row in rows)
    return buffer.getvalue()


def _write(path: Path, data: bytes, what: str) -> None:
    try:
        write_atomic(path, data)
    except OSError as error:
        raise write_failure(path, what, error) from None
