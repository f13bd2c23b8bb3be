"""Order readers: one module per input format, a registry of them, and detection by content.

`read_orders` is the one entry point: it reads every file (``-`` is stdin), detects each file's format unless
one is named, reports repeated order ids, and counts each customer's orders when the data does not say.
A file that cannot be read raises `InputError`; a bad order never raises, it comes back as an `InvalidOrder`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from notegen.errors import InputError
from notegen.model import ReadResult
from notegen.read import generic_csv, generic_json, shopify, woocommerce
from notegen.read.merge import count_orders, drop_repeats
from notegen.read.source import InputFile, Parsed, load_file

__all__ = ["FORMATS", "UTF8_COMMAS", "Dialect", "ReadBatch", "Reader", "detect_format", "read_file", "read_orders"]

log = logging.getLogger("notegen")


@dataclass(frozen=True)
class Reader:
    """One input format: its name (as ``--input-format`` takes it), what it is, and the function that reads it."""

    name: str
    description: str
    read: Callable[[InputFile], Parsed]


FORMATS: dict[str, Reader] = {
    module.NAME: Reader(module.NAME, module.DESCRIPTION, module.read)
    for module in (generic_csv, generic_json, shopify, woocommerce)
}
GENERIC_KEYS = ("order_id", "customer", "items")
WOOCOMMERCE_KEYS = ("line_items", "billing")
NOT_AN_ORDER_OBJECT = (
    "its first object has no order_id, customer or items (generic JSON) and no line_items or billing (WooCommerce)"
)
NOT_AN_ORDERS_HEADER = (
    "its header has no order_id column (generic CSV) and no Name and Lineitem name columns (Shopify export)"
)


@dataclass(frozen=True)
class Dialect:
    """How a CSV input was written (delimiter and encoding), so that rows written back out read in the same way."""

    delimiter: str = ","
    encoding: str = "utf-8-sig"


@dataclass(frozen=True)
class ReadBatch:
    """Everything read: each order (valid or not) in input order, each file's format, the number of data rows,
    and the dialect of the first CSV input (the default where there is none)."""

    results: list[ReadResult]
    formats: dict[str, str]
    rows: int
    dialect: Dialect = Dialect()


UTF8_COMMAS = Dialect()
"""The dialect of files written when the input was not CSV."""


def _unknown(file: InputFile, why: str) -> InputError:
    names = ", ".join(FORMATS)
    return InputError(
        f"{file.name}: cannot tell the format of this file: {why}. notegen reads {names}; "
        "if the file is one of them, name it with --input-format"
    )


def detect_format(file: InputFile) -> str:
    """The format of `file` judged by its content: JSON shapes by their keys, CSV by its header."""
    if file.looks_like_json:
        documents = file.documents
        first = next((value for _, value in documents if isinstance(value, dict)), None)
        if first is None:
            if documents:
                raise _unknown(file, "its JSON holds no objects")
            return generic_json.NAME
        if any(key in first for key in WOOCOMMERCE_KEYS):
            return woocommerce.NAME
        if any(key in first for key in GENERIC_KEYS):
            return generic_json.NAME
        raise _unknown(file, NOT_AN_ORDER_OBJECT)
    columns = file.table.columns
    if all(column in columns for column in shopify.REQUIRED):
        return shopify.NAME
    if "order_id" in columns:
        return generic_csv.NAME
    raise _unknown(file, NOT_AN_ORDERS_HEADER)


def _check_format(input_format: str | None) -> None:
    if input_format is not None and input_format not in FORMATS:
        raise InputError(f"unknown input format {input_format!r}; use one of {', '.join(FORMATS)}")


def read_file(
    path: str, *, input_format: str | None = None, encoding: str | None = None, locale: str | None = None
) -> tuple[str, Parsed]:
    """Read one orders file (``-`` for stdin) as `input_format`, or as the format its content shows; `locale`
    reads the amounts and dates the file leaves open (``1.234``, ``03/04/2025``)."""
    name, parsed, _ = _read(path, input_format, encoding, locale)
    return name, parsed


def _read(
    path: str, input_format: str | None, encoding: str | None, locale: str | None
) -> tuple[str, Parsed, Dialect | None]:
    _check_format(input_format)
    file = load_file(path, encoding, locale)
    name = input_format or detect_format(file)
    parsed = FORMATS[name].read(file)
    log.info("%s: %d orders from %d rows, read as %s", file.name, len(parsed.results), parsed.rows, name)
    dialect = None if file.looks_like_json else Dialect(file.table.delimiter, file.encoding)
    return name, parsed, dialect


def read_orders(
    paths: Sequence[str],
    *,
    input_format: str | None = None,
    encoding: str | None = None,
    history: str | None = None,
    locale: str | None = None,
) -> ReadBatch:
    """Read every orders file in `paths`, in order; see the module docstring.

    `history` names a file of earlier orders (any format, detected) used only to count each customer's
    orders; its orders are not part of the result. `encoding` and `locale` (how to read the amounts and dates
    a CSV file leaves open, see `conventions`) apply to every file, the history too.
    """
    _check_format(input_format)
    results: list[ReadResult] = []
    formats: dict[str, str] = {}
    rows = 0
    dialects: list[Dialect] = []
    for path in paths:
        name, parsed, dialect = _read(path, input_format, encoding, locale)
        formats[path] = name
        results.extend(parsed.results)
        rows += parsed.rows
        dialects += [dialect] if dialect else []
    past = read_file(history, encoding=encoding, locale=locale)[1].results if history else []
    dialect = dialects[0] if dialects else UTF8_COMMAS
    return ReadBatch(count_orders(drop_repeats(results), past), formats, rows, dialect)
