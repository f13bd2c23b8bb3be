"""The run's written account: `report.json` (every order once), `rejects.csv` (rows to fix and feed back),
`codes.csv` (the issued gift and referral codes, to import into the shop) and `attention.csv` (the customers'
notes a person should follow up: complaints, questions, requests, notes not understood).

`Accounts` gathers them one outcome at a time into temporary files, holding only counts, so that a run of any
size writes them without keeping its outcomes in memory; the functions below write them from a list."""

from __future__ import annotations

import codecs
import csv
import io
import json
import shutil
import tempfile
import textwrap
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from notegen.compose.codes import IssuedCode
from notegen.files import Content, spreadsheet_cell, write_atomic, write_failure
from notegen.read import UTF8_COMMAS, Dialect
from notegen.run.outcome import STATUSES, Outcome, without_history

SCHEMA = "notegen.report/1"
ERROR_COLUMN = "notegen_error"
CODES_COLUMNS = ("code", "kind", "value", "expires", "order_id", "email")
ATTENTION_COLUMNS = ("order_id", "source", "status", "attention", "customer", "email", "note")
_BLOCK = 65536


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
    if without_history(outcome):
        entry["history"] = "unknown"
    return entry


def _code_row(code: IssuedCode) -> list[str]:
    expires = code.expires.isoformat() if code.expires else ""
    return [code.code, code.kind, code.value, expires, code.order_id, code.email]


def _attention_row(outcome: Outcome) -> list[str]:
    follow_up = outcome.follow_up
    return [
        outcome.order_id,
        outcome.source,
        outcome.status,
        outcome.attention,
        follow_up.name if follow_up else "",
        follow_up.email if follow_up else "",
        follow_up.note if follow_up else "",
    ]


def write_codes_csv(path: Path, codes: Iterable[IssuedCode]) -> None:
    """Write `codes` as CSV (code, kind, value, expires, order_id, email) for import into the shop, atomically."""
    _write(path, _csv_lines([CODES_COLUMNS, *map(_code_row, codes)], ",", "\r\n").encode("utf-8"), "codes file")


def _csv_lines(rows: Iterable[Sequence[str]], delimiter: str, end: str) -> str:
    """CSV with every cell made safe to open in a spreadsheet program (see `spreadsheet_cell`)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator=end)
    writer.writerows([spreadsheet_cell(str(cell)) for cell in row] for row in rows)
    return buffer.getvalue()


def _write(path: Path, data: Content, what: str) -> None:
    try:
        write_atomic(path, data)
    except OSError as error:
        raise write_failure(path, what, error) from None


@dataclass(frozen=True)
class AccountPaths:
    """Where the run's files go."""

    report: Path
    rejects: Path
    codes: Path
    attention: Path


class Accounts:
    """The run's files, gathered an outcome at a time into a private temporary folder inside `folder` (named
    `prefix` + ``notegen-account-….tmp``, so that what a killed run leaves is recognised as a leftover), holding
    only counts in memory, and written by `write`: the report (every order once, in input order), rejects.csv
    (the input rows of rejected and invalid orders with the reason in a `notegen_error` column, replacing the one
    a rejects file fed back in has), attention.csv and codes.csv; every CSV cell safe to open in a spreadsheet."""

    def __init__(self, folder: Path, prefix: str = ".") -> None:
        try:
            self.folder = Path(tempfile.mkdtemp(prefix=f"{prefix}notegen-account-", suffix=".tmp", dir=folder))
        except OSError as error:
            raise write_failure(folder, "temporary copy of the report", error) from None
        self._entries, self._rejects, self._codes, self._attention = (
            (self.folder / name).open("w+", encoding="utf-8", newline="")
            for name in ("report", "rejects", "codes", "attention")
        )
        self.statuses: Counter[str] = Counter()
        self.attention = 0
        self.unknown_history = 0
        self.codes = 0
        self._header: dict[str, None] = {}

    @property
    def counts(self) -> dict[str, int]:
        """Counts per status, the total under "orders", the orders for a person to follow up ("attention") and
        the notes written without a known order history ("unknown_history"), as `outcome.tally` counts them."""
        total = sum(self.statuses.values())
        statuses: dict[str, int] = {s: self.statuses.get(s, 0) for s in STATUSES}
        return {"orders": total, **statuses, "attention": self.attention, "unknown_history": self.unknown_history}

    def add(self, outcomes: Iterable[Outcome]) -> None:
        """Account for `outcomes`, in input order."""
        try:
            self._add(outcomes)
        except OSError as error:
            raise write_failure(self.folder, "temporary copy of the report", error) from None

    def _add(self, outcomes: Iterable[Outcome]) -> None:
        for outcome in outcomes:
            self.statuses[outcome.status] += 1
            self._entries.write(json.dumps(_order_entry(outcome), ensure_ascii=False) + "\n")
            if outcome.status in ("rejected", "invalid"):
                rows = outcome.rows or ({"order_id": outcome.order_id},)
                self._header.update((key, None) for row in rows for key in row if key != ERROR_COLUMN)
                error = f"{outcome.source}: {outcome.reason}"
                rejected = [{**row, ERROR_COLUMN: error} for row in rows]
                self._rejects.write(json.dumps(rejected, ensure_ascii=False) + "\n")
            self.unknown_history += without_history(outcome)
            if outcome.attention:
                self.attention += 1
                self._attention.write(_csv_lines([_attention_row(outcome)], ",", "\r\n"))
            if outcome.status == "ok" and outcome.codes:
                self.codes += len(outcome.codes)
                self._codes.write(_csv_lines(map(_code_row, outcome.codes), ",", "\r\n"))

    def write(self, paths: AccountPaths, fmt: str, output: str, dialect: Dialect = UTF8_COMMAS) -> None:
        """Write the report, rejects.csv (in the input's `dialect`: delimiter and encoding, so that it reads back
        in as it is), attention.csv and, when a code was issued, codes.csv, each atomically."""
        _write(paths.report, self._report(fmt, output), "report")
        _write(paths.rejects, self._rejects_csv(dialect), "rejects file")
        _write(paths.attention, _copy("\ufeff" + _csv_lines([ATTENTION_COLUMNS], ",", "\r\n"), self._attention),
               "attention file")  # fmt: skip
        if self.codes:
            _write(paths.codes, _copy(_csv_lines([CODES_COLUMNS], ",", "\r\n"), self._codes), "codes file")

    def _report(self, fmt: str, output: str) -> Content:
        """The report (schema `notegen.report/1`, see DESIGN.md), as `json.dumps(..., indent=2)` writes it."""
        head = json.dumps(
            {"schema": SCHEMA, "format": fmt, "output": output, "summary": self.counts, "orders": []},
            ensure_ascii=False,
            indent=2,
        )

        def report(out: IO[bytes]) -> None:
            self._entries.seek(0)
            if not self.statuses:
                out.write((head + "\n").encode("utf-8"))
                return
            out.write(head.removesuffix("[]\n}").encode("utf-8") + b"[\n")
            for number, line in enumerate(self._entries):
                entry = textwrap.indent(json.dumps(json.loads(line), ensure_ascii=False, indent=2), "    ")
                out.write(((",\n" if number else "") + entry).encode("utf-8"))
            out.write(b"\n  ]\n}\n")

        return report

    def _rejects_csv(self, dialect: Dialect) -> Content:
        header = [*self._header, ERROR_COLUMN]

        def rejects(out: IO[bytes]) -> None:
            self._rejects.seek(0)
            encode = codecs.getincrementalencoder(dialect.encoding)(errors="replace").encode  # one BOM, at the start
            out.write(encode(_csv_lines([header], dialect.delimiter, "\n")))
            for line in self._rejects:
                rows = ([str(row.get(key, "")) for key in header] for row in json.loads(line))
                out.write(encode(_csv_lines(rows, dialect.delimiter, "\n")))

        return rejects

    def close(self) -> None:
        for handle in (self._entries, self._rejects, self._codes, self._attention):
            handle.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    def __enter__(self) -> Accounts:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _copy(start: str, rows: IO[str]) -> Content:
    """`start`, then the rows gathered in `rows`, as UTF-8."""

    def copy(out: IO[bytes]) -> None:
        rows.seek(0)
        out.write(start.encode("utf-8"))
        for block in iter(lambda: rows.read(_BLOCK), ""):
            out.write(block.encode("utf-8"))

    return copy
