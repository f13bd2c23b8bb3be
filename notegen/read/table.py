"""CSV orders files: rows with the lines they came from, grouped into orders, checked, and validated.

Line numbers are those a text editor shows (header = line 1), counted in physical lines, so a quoted cell that
spans lines does not shift the numbers of later rows.
"""

from __future__ import annotations

import csv
import dataclasses
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from notegen.errors import InputError, InvalidOrderError
from notegen.files import from_spreadsheet_cell
from notegen.model import InvalidOrder, ReadResult
from notegen.read.conventions import MACHINE, Convention, day_first_of, decide, mark_of
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
    """A CSV file's header, and its data rows read anew, one at a time, by each call of `rows`. `columns` maps
    normalised column names (``lineitem_name``) to the header as written."""

    name: str
    header: tuple[str, ...]
    delimiter: str
    columns: dict[str, str]
    _records: Callable[[], Iterator[tuple[int, int, list[str]]]] = dataclasses.field(repr=False, compare=False)
    _counted: Callable[[], None] = dataclasses.field(repr=False, compare=False)

    def records(self) -> Iterator[tuple[int, int, list[str]]]:
        """Every non-blank record, the header first: its first and last line and its cells as written."""
        return self._records()

    def rows(self, *, count: bool = False) -> Iterator[CsvRow]:
        """The data rows, in file order; `count` counts them as the file's rows (once, for the reading itself)."""
        width = len(self.header)
        records = self._records()
        next(records)  # the header
        for first, last, cells in records:
            if count:
                self._counted()
            yield _row(width, self.header, cells, first, last)

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


def parse_table(name: str, lines: Callable[[], Iterator[str]], counted: Callable[[], None]) -> CsvTable:
    """The header of the CSV text `lines` gives; raises `InputError` with the line of a record that cannot be
    read (its rows are read by `CsvTable.rows`, each time anew)."""
    first = next((line for line in lines() if line.strip()), "")
    delimiter = sniff(first.rstrip("\r\n"))

    def records() -> Iterator[tuple[int, int, list[str]]]:
        reader = csv.reader(lines(), delimiter=delimiter, strict=True)
        start = 1
        try:
            for cells in reader:
                last = reader.line_num
                if "".join(cells).strip():
                    yield start, last, cells
                start = last + 1
        except csv.Error as error:
            raise InputError(
                f"{name}:{start}: this CSV row cannot be read ({error}); check that every quoted cell is closed"
            ) from None

    header = next(records(), (0, 0, []))[2]
    columns: dict[str, str] = {}
    for cell in header:
        columns.setdefault(normalise(cell), cell)
    return CsvTable(name, tuple(header), delimiter, columns, records, counted)


def _row(width: int, header: tuple[str, ...], cells: list[str], first: int, last: int) -> CsvRow:
    cells = [from_spreadsheet_cell(cell) for cell in cells]  # a rejects.csv fed back in reads as the input did
    if len(cells) == width:
        return CsvRow(first, last, dict(zip(header, cells, strict=True)))
    if len(cells) < width:
        return CsvRow(first, last, dict(zip(header, cells + [""] * (width - len(cells)), strict=True)))
    extra = sum(1 for cell in cells[width:] if cell.strip())
    return CsvRow(first, last, dict(zip(header, cells[:width], strict=True)), extra)


def group_rows(table: CsvTable, column: str) -> Iterator[list[CsvRow]]:
    """The file's rows grouped by the value of `column`, reading on: consecutive rows with one value form a group;
    a row without a value stands alone. (A later group with the value of an earlier one is a repeat of its id.)"""
    header = table.columns[column]
    group: list[CsvRow] = []
    key = ""
    for row in table.rows(count=True):
        value = row.cells[header].strip()
        if group and value and value == key:
            group.append(row)
            continue
        if group:
            yield group
        group, key = [row], value
    if group:
        yield group


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
    (normalised names), else by `locale` (see `conventions.decide`): one pass over the rows, up to the first
    amount and the first slashed date that show their way."""
    amount_at = [table.header.index(table.columns[column]) for column in amounts if column in table.columns]
    date_at = [table.header.index(table.columns[column]) for column in dates if column in table.columns]
    amount: list[tuple[int, str]] = []
    date: list[tuple[int, str]] = []
    records = table.records() if amount_at or date_at else iter(())
    next(records, None)  # the header
    for first, _, cells in records:  # raw cells: only a few are looked at
        values = [from_spreadsheet_cell(cells[i]) if i < len(cells) else "" for i in (*amount_at, *date_at)]
        if not amount:
            amount = [(first, value) for value in values[: len(amount_at)] if mark_of(value)][:1]
        if not date:
            date = [(first, value) for value in values[len(amount_at) :] if day_first_of(value) is not None][:1]
        if (amount or not amount_at) and (date or not date_at):
            break
    return decide(table.name, amount, date, locale)


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
