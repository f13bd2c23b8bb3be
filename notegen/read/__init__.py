"""Order readers: one module per input format, a registry of them, and detection by content.

`stream_orders` is the one entry point: it reads every file (``-`` is stdin), detects each file's format unless
one is named, reports repeated order ids, and counts each customer's orders when the data does not say. It reads
the files through once when it is called, keeping on disk what it read (the orders, their ids and each
customer's timeline), and then gives the orders one at a time: memory is bounded by an order, not by the input.
`read_orders` is the same as a list, for small inputs. A file that cannot be read raises `InputError` before any
order is given; a bad order never raises, it comes back as an `InvalidOrder`.
"""

from __future__ import annotations

import errno
import logging
import resource
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from notegen.errors import InputError, OutputError
from notegen.files import write_failure
from notegen.model import ReadResult
from notegen.read import generic_csv, generic_json, shopify, woocommerce
from notegen.read.merge import OrderIndex, counted
from notegen.read.source import InputFile, Parsed, load_file
from notegen.read.spool import Spool

__all__ = [
    "FORMATS", "UTF8_COMMAS", "Dialect", "OrderStream", "ReadBatch", "Reader", "detect_format", "read_file",
    "read_orders", "stream_orders",
]  # fmt: skip

log = logging.getLogger("notegen")
_SQLITE_FULL = 13


@dataclass(frozen=True)
class Reader:
    """One input format: its name (as ``--input-format`` takes it), what it is, and the function that reads it."""

    name: str
    description: str
    read: Callable[[InputFile], Iterator[ReadResult]]


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
        values = (value for _, value in file.documents())
        first = None
        empty = True
        for value in values:
            empty = False
            if isinstance(value, dict):
                first = value
                break
        if first is None:
            if not empty:
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
    """Read one orders file as `input_format`, or as the format its content shows; `locale` reads the amounts and
    dates the file leaves open (``1.234``, ``03/04/2025``). The orders are as the file has them: no repeats
    dropped, no counts filled in."""
    _check_format(input_format)
    with tempfile.TemporaryDirectory(prefix="notegen-") as folder:
        file = load_file(path, encoding, locale, Path(folder))
        name = input_format or detect_format(file)
        results = list(FORMATS[name].read(file))
        return name, Parsed(results, file.rows)


class OrderStream:
    """The orders of a reading, read through once already and given again one at a time, in input order.

    `formats` (each file's), `rows` (data rows), `dialect` (of the first CSV input) and `total` (orders) are known
    from the start. Use it in a ``with`` block: its temporary folder is removed at the end."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.formats: dict[str, str] = {}
        self.rows = 0
        self.dialect = UTF8_COMMAS
        self.total = 0
        self._spool = Spool(folder / "orders.pickle")
        self._index = OrderIndex(folder)

    def read(self, paths: Sequence[str], input_format: str | None, encoding: str | None, locale: str | None,
             history: str | None) -> None:  # fmt: skip
        dialects: list[Dialect] = []
        if history:
            self._index.with_history = True
            for result in _results(history, None, encoding, locale, self.folder)[2]:
                self._index.history(result)
        for path in paths:
            file, file_format, results = _results(path, input_format, encoding, locale, self.folder)
            self.formats[path] = file_format
            for result in results:
                self._spool.append(self._index.admit(result, self._spool.count, self._spool.get))
            self.rows += file.rows
            log.info("%s: %d data rows, read as %s", file.name, file.rows, file_format)
            dialects += [] if file.looks_like_json else [Dialect(file.table.delimiter, file.encoding)]
        self._spool.close()
        self.total = self._spool.count
        self.dialect = dialects[0] if dialects else UTF8_COMMAS

    def __iter__(self) -> Iterator[ReadResult]:
        ranks = self._index.ranks()
        rank = next(ranks, None)
        for position, result in enumerate(self._spool):
            if rank is not None and rank[0] == position:
                result = counted(result, rank[1])
                rank = next(ranks, None)
            yield result

    def close(self) -> None:
        self._spool.close()
        self._index.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    def __enter__(self) -> OrderStream:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _results(
    path: str, input_format: str | None, encoding: str | None, locale: str | None, folder: Path
) -> tuple[InputFile, str, Iterator[ReadResult]]:
    """The file `path`, its format, and its orders as they are read."""
    file = load_file(path, encoding, locale, folder)
    name = input_format or detect_format(file)
    return file, name, FORMATS[name].read(file)


def stream_orders(
    paths: Sequence[str],
    *,
    input_format: str | None = None,
    encoding: str | None = None,
    history: str | None = None,
    locale: str | None = None,
    folder: Path | None = None,
    prefix: str = ".",
) -> OrderStream:
    """Read every orders file in `paths`, in order, through once (see the module docstring); the orders come from
    iterating the stream. Its temporary files go into a new private folder inside `folder` (the system's
    temporary folder by default) whose name is `prefix` + ``notegen-read-…`` + ``.tmp``, removed when the stream
    is closed (and by `files.remove_leftovers` after a killed run).

    `history` names a file of earlier orders (any format, detected) used only to count each customer's
    orders; its orders are not part of the result. `encoding` and `locale` (how to read the amounts and dates
    a CSV file leaves open, see `conventions`) apply to every file, the history too.
    """
    _check_format(input_format)
    try:
        work = Path(tempfile.mkdtemp(prefix=f"{prefix}notegen-read-", suffix=".tmp", dir=folder))
    except OSError as error:
        raise write_failure(folder or Path(tempfile.gettempdir()), "temporary copy of the orders", error) from None
    try:
        stream = OrderStream(work)
    except (OSError, sqlite3.Error) as error:
        shutil.rmtree(work, ignore_errors=True)
        raise _temporary_failure(work, error) from None
    try:
        stream.read(paths, input_format, encoding, locale, history)
    except (OSError, sqlite3.Error) as error:
        stream.close()
        raise _temporary_failure(work, error) from None
    except BaseException:
        stream.close()
        raise
    return stream


def _temporary_failure(folder: Path, error: OSError | sqlite3.Error) -> OutputError:
    """The error of a failed write into the reading's temporary folder (a full disk most often)."""
    if isinstance(error, sqlite3.Error):  # SQLite says "database or disk is full" or "disk I/O error", no errno
        code = getattr(error, "sqlite_errorcode", 0) & 0xFF
        limited = resource.getrlimit(resource.RLIMIT_FSIZE)[0] != resource.RLIM_INFINITY  # a write past it fails
        cause = errno.ENOSPC if code == _SQLITE_FULL else errno.EFBIG if limited else errno.EIO
        error = OSError(cause, str(error))
    return write_failure(folder, "temporary copy of the orders", error)


def read_orders(
    paths: Sequence[str],
    *,
    input_format: str | None = None,
    encoding: str | None = None,
    history: str | None = None,
    locale: str | None = None,
) -> ReadBatch:
    """Every order of `paths` as a list (see `stream_orders`, which takes the same options)."""
    with stream_orders(paths, input_format=input_format, encoding=encoding, history=history, locale=locale) as stream:
        return ReadBatch(list(stream), stream.formats, stream.rows, stream.dialect)
