"""The run's written account: `report.json` (every order once), `rejects.csv` (rows to fix and feed back) and
`codes.csv` (the issued gift and referral codes, to import into the shop)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from notegen.compose.codes import IssuedCode
from notegen.errors import RenderError
from notegen.files import write_atomic
from notegen.run.outcome import Outcome, tally

SCHEMA = "notegen.report/1"
ERROR_COLUMN = "notegen_error"
CODES_COLUMNS = ("code", "kind", "value", "expires", "order_id", "email")


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
    return entry


def write_report(path: Path, outcomes: Sequence[Outcome], fmt: str, output: str) -> None:
    """Write `report.json` atomically."""
    text = json.dumps(report_data(outcomes, fmt, output), ensure_ascii=False, indent=2) + "\n"
    write_atomic(path, text.encode("utf-8"))


def rejects_text(outcomes: Sequence[Outcome]) -> str:
    """The input rows of rejected and invalid orders, each with the reason in an added `notegen_error` column."""
    failed = [o for o in outcomes if o.status in ("rejected", "invalid")]
    header: list[str] = []
    for outcome in failed:
        for row in outcome.rows or ({"order_id": outcome.order_id},):
            header += [key for key in row if key not in header]
    header.append(ERROR_COLUMN)
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=header, lineterminator="\n")
    writer.writeheader()
    for outcome in failed:
        for row in outcome.rows or ({"order_id": outcome.order_id},):
            writer.writerow({**row, ERROR_COLUMN: f"{outcome.source}: {outcome.reason}"})
    return buffer.getvalue()


def write_rejects(path: Path, outcomes: Sequence[Outcome]) -> None:
    """Write `rejects.csv` atomically (UTF-8 with BOM, so spreadsheet programs read the umlauts right)."""
    write_atomic(path, rejects_text(outcomes).encode("utf-8-sig"))


def write_codes_csv(path: Path, codes: Iterable[IssuedCode]) -> None:
    """Write `codes` as CSV (code, kind, value, expires, order_id, email) for import into the shop.

    The file appears complete or not at all: it is written to a temporary file beside `path` and renamed.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CODES_COLUMNS)
    for code in codes:
        expires = code.expires.isoformat() if code.expires else ""
        writer.writerow([code.code, code.kind, code.value, expires, code.order_id, code.email])
    try:
        write_atomic(path, buffer.getvalue().encode("utf-8"))
    except OSError as error:
        raise RenderError(f"{path}: cannot write the codes file: {error.strerror}") from None
