"""CSV orders files: rows with the lines they came from, grouped into orders, checked, and validated.

Line numbers are those a text editor shows (header = line 1), counted in physical lines, so a quoted cell that
spans lines does not shift the numbers of later rows.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from notegen.errors import InputError, InvalidOrderError
from notegen.files import from_spreadsheet_cell
from notegen.model import InvalidOrder, ReadResult
from notegen.read.conventions import MACHINE, Convention, decide
from notegen.read.validate import order_from_mapping

DELIMITERS = (",", ";", "\t")
_ITEM_FIELD = re.compile(r"items\[(\d+)\]")


@dataclass(frozen=True)
class CsvRow:
    """One data row: the lines it spans, its cells by the header as written, and cells beyond the header."""

    first: int
    last: int
    cells: dict[str, str]
    extra: int = 0


@dataclass(frozen=True)
class CsvTable:
    """A parsed CSV file. `columns` maps normalised column names (``lineitem_name``) to the header as written."""

    name: str
    header: tuple[str, ...]
    delimiter: str
    rows: tuple[CsvRow, ...]
    columns: dict[str, str]

    def value(self, row: CsvRow, column: str) -> str:
        """The cell of `column` (a normalised name) in `row`, trimmed; "" when the file has no such column."""
        header = self.columns.get(column)
        return row.cells.get(header, "").strip() if header is not None else ""

    def first(self, rows: Sequence[CsvRow], column: str) -> str:
        """The first non-blank cell of `column` among `rows` (order-level cells are often on one row only)."""
        header = self.columns.get(column)
        if header is None:
            return ""
        for row in rows:
            cell = row.cells.get(header, "").strip()
            if cell:
                return cell
        return ""

    def require(self, columns: Sequence[str], what: str) -> None:
        """Raise `InputError` naming the file when its header lacks any of `columns`."""
        missing = [column for column in columns if column not in self.columns]
        if missing:
            found = ", ".join(self.header[:12]) + (", ..." if len(self.header) > 12 else "")
            raise InputError(
                f"{self.name}:1: the header has no {' and no '.join(missing)} column; {what} needs "
                f"{', '.join(columns)} (the header has: {found})"
            )


def normalise(column: str) -> str:
    """A header cell as a column name: ``" Lineitem name"`` -> ``lineitem_name``, ``Order-ID`` -> ``order_id``."""
    return "_".join(column.strip().lower().replace("-", " ").split())


def sniff(header_line: str) -> str:
    """The delimiter of a CSV file, judged from its header line: the most frequent of ``,`` ``;`` and tab."""
    best = max(DELIMITERS, key=header_line.count)
    return best if header_line.count(best) else ","


def parse_table(name: str, text: str) -> CsvTable:
    """Parse CSV text; raises `InputError` with the line of a row whose quotes cannot be read."""
    end = text.find("\n")
    delimiter = sniff(text[: end if end >= 0 else len(text)])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    header: list[str] = []
    rows: list[CsvRow] = []
    start = 1
    try:
        for cells in reader:
            last = reader.line_num
            if "".join(cells).strip():
                if not header:
                    header = cells
                else:
                    rows.append(_row(header, cells, start, last))
            start = last + 1
    except csv.Error as error:
        raise InputError(
            f"{name}:{start}: this CSV row cannot be read ({error}); check that every quoted cell is closed"
        ) from None
    columns: dict[str, str] = {}
    for cell in header:
        columns.setdefault(normalise(cell), cell)
    return CsvTable(name, tuple(header), delimiter, tuple(rows), columns)


def _row(header: list[str], cells: list[str], first: int, last: int) -> CsvRow:
    cells = [from_spreadsheet_cell(cell) for cell in cells]  # a rejects.csv fed back in reads as the input did
    width = len(header)
    if len(cells) == width:
        return CsvRow(first, last, dict(zip(header, cells, strict=True)))
    if len(cells) < width:
        return CsvRow(first, last, dict(zip(header, cells + [""] * (width - len(cells)), strict=True)))
    extra = sum(1 for cell in cells[width:] if cell.strip())
    return CsvRow(first, last, dict(zip(header, cells[:width], strict=True)), extra)


def group_rows(table: CsvTable, column: str) -> list[list[CsvRow]]:
    """Rows grouped by the value of `column`, in order of first appearance; a row without a value stands alone."""
    header = table.columns[column]
    groups: dict[str, list[CsvRow]] = {}
    result: list[list[CsvRow]] = []
    for row in table.rows:
        key = row.cells[header].strip()
        group = groups.get(key) if key else None
        if group is None:
            group = [row]
            result.append(group)
            if key:
                groups[key] = group
        else:
            group.append(row)
    return result


def span(name: str, rows: Sequence[CsvRow]) -> str:
    """Where an order's rows are: ``orders.csv:2-4``, or ``orders.csv:2,9-10`` when they are apart."""
    ranges: list[list[int]] = []
    for row in rows:
        if ranges and row.first == ranges[-1][1] + 1:
            ranges[-1][1] = row.last
        else:
            ranges.append([row.first, row.last])
    lines = ",".join(str(a) if a == b else f"{a}-{b}" for a, b in ranges)
    return f"{name}:{lines}"


@dataclass(frozen=True)
class Conflict:
    """Two rows of one order that disagree on who the customer is."""

    field: str
    problem: str


def find_conflict(
    table: CsvTable, rows: Sequence[CsvRow], columns: Sequence[tuple[str, str]], *, ignore_case: Sequence[str] = ()
) -> Conflict | None:
    """The first disagreement between non-blank cells of `columns` (column, field) among the rows of one order."""
    if len(rows) < 2:
        return None
    for column, field in columns:
        fold: Callable[[str], str] = str.casefold if column in ignore_case else str
        seen: tuple[int, str] | None = None
        for row in rows:
            value = table.value(row, column)
            if not value:
                continue
            if seen is None:
                seen = (row.first, value)
            elif fold(value) != fold(seen[1]):
                problem = (
                    f"line {row.first} gives {value!r} but line {seen[0]} gives {seen[1]!r}; "
                    "all rows of one order must name the same customer"
                )
                return Conflict(field, problem)
    return None


def convention_of(table: CsvTable, amounts: Sequence[str], dates: Sequence[str], locale: str | None) -> Convention:
    """How `table` writes amounts and dates, decided once from the cells of its `amounts` and `dates` columns
    (normalised names), else by `locale` (see `conventions.decide`)."""

    def cells(columns: Sequence[str]) -> Iterator[tuple[int, str]]:
        headers = [table.columns[column] for column in columns if column in table.columns]
        return ((row.first, row.cells[header]) for row in table.rows for header in headers)

    return decide(table.name, cells(amounts), cells(dates), locale)


def order_from_rows(
    table: CsvTable,
    rows: Sequence[CsvRow],
    data: dict[str, Any],
    conflict: Conflict | None = None,
    convention: Convention = MACHINE,
) -> ReadResult:
    """Validate the generic `data` made from `rows`, read by the file's `convention`; a problem becomes an
    `InvalidOrder` naming the line."""
    source = span(table.name, rows)
    raw = tuple(row.cells for row in rows)
    order_id = str(data.get("order_id") or "")
    for row in rows:
        if row.extra:
            problem = (
                f"line {row.first} has more cells than the header ({len(table.header)}); "
                f"put cells that contain {table.delimiter!r} in double quotes"
            )
            return InvalidOrder(order_id, source, "row", problem, raw)
    if conflict is not None:
        return InvalidOrder(order_id, source, conflict.field, conflict.problem, raw)
    try:
        return order_from_mapping(data, source, raw, convention)
    except InvalidOrderError as error:
        problem = error.problem
        match = _ITEM_FIELD.match(error.field)
        if match and len(rows) > 1 and int(match[1]) < len(rows):
            problem = f"{problem} (line {rows[int(match[1])].first})"
        return InvalidOrder(error.order_id, error.source, error.field, problem, raw)
