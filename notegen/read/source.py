"""An orders file as the readers see it: a file on disk, decoded a line at a time, read as often as needed.

Nothing here holds a whole file: CSV rows and JSON values are read as they are needed (see `table` and
`json_values`), so that memory is bounded by an order, not by the file. Standard input is copied into a
temporary file first, so that it can be read more than once. Everything here fails with an `InputError` that
names the file, and the line where there is one.
"""

from __future__ import annotations

import codecs
import json
import re
import shutil
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from notegen.errors import InputError
from notegen.model import ReadResult
from notegen.read.json_values import Document, json_documents
from notegen.read.table import CsvTable, parse_table

__all__ = ["ENCODING_HINT", "Document", "InputFile", "Parsed", "decode", "json_row", "load_file"]

STDIN = "-"
STDIN_NAME = "<stdin>"
ENCODING_HINT = "if it was saved by Excel or another Windows program, try --encoding cp1252"
_PEEK = 65536
_LONE_CR = re.compile(r"(?<=\r)(?!\n)")


@dataclass(frozen=True)
class Parsed:
    """What a reader made of one file: every order in it, valid or not, and how many data rows it had."""

    results: list[ReadResult]
    rows: int


class InputFile:
    """One orders file: its name as the user wrote it, where its bytes are, and how to decode them.

    `lines` decodes it a line at a time, each time it is called; `table` and `documents` parse it as CSV or JSON
    on top of that. `rows` counts the data rows (CSV) or JSON values read so far."""

    def __init__(self, name: str, path: Path, encoding: str = "utf-8-sig", locale: str | None = None) -> None:
        self.name = name
        self.path = path
        self.encoding = encoding
        """The codec the text is decoded with (``utf-8-sig`` for UTF-8 with or without BOM)."""
        self.locale = locale
        """``--locale``: how to read the amounts and dates the file itself leaves open (see `conventions`)."""
        self.rows = 0

    @cached_property
    def looks_like_json(self) -> bool:
        return self._start[:1] in ("{", "[")

    @cached_property
    def _start(self) -> str:
        """The first characters of the text after any leading white space; raises `InputError` when there are none."""
        for line in self.lines():
            if line.strip():
                return line.lstrip()
        raise InputError(f"{self.name}: the file is empty; there are no orders to read")

    @cached_property
    def table(self) -> CsvTable:
        return parse_table(self.name, self.lines, self._counted)

    def documents(self, *, count: bool = False) -> Iterator[Document]:
        """The file's JSON values that should be orders, one at a time (see `json_values`); `count` counts them as
        the file's rows (once, for the reading itself)."""
        for document in json_documents(self.name, self.lines):
            if count:
                self._counted()
            yield document

    def _counted(self) -> None:
        self.rows += 1

    def lines(self) -> Iterator[str]:
        """The decoded lines of the file, each with its line end; raises `InputError` for bytes that are not text."""
        if self.encoding.startswith(("utf-16", "utf-32")):  # no byte is a line end in these: decoded whole
            text = decode(self.path.read_bytes(), self.name, self.encoding)
            yield from text.splitlines(keepends=True)
            return
        codec = self.encoding
        with self.path.open("rb") as binary:
            for number, raw in enumerate(binary, 1):
                if b"\0" in raw:
                    raise _binary(self.name)
                try:
                    line = raw.decode(codec)
                except UnicodeDecodeError as error:
                    label = "UTF-8" if codec in ("utf-8-sig", "utf-8") else codec
                    raise InputError(
                        f"{self.name}:{number}: byte 0x{raw[error.start]:02x} is not valid {label}; {ENCODING_HINT}"
                    ) from None
                codec = "utf-8" if codec == "utf-8-sig" else codec  # a BOM only at the very start
                if "\r" in line[:-2]:  # lines ended by CR alone, as old Mac programs write them
                    yield from (part for part in _LONE_CR.split(line) if part)
                else:
                    yield line


def load_file(
    path: str, encoding: str | None = None, locale: str | None = None, spool: Path | None = None
) -> InputFile:
    """Open `path` (``-`` for stdin, copied into the folder `spool`); raises `InputError` for a missing, unreadable,
    empty or binary file, or an unknown encoding."""
    name = STDIN_NAME if path == STDIN else path
    file = _stdin_copy(spool) if path == STDIN else Path(path)
    if file.is_dir():
        raise InputError(f"{name}: is a folder, not an orders file; name the CSV or JSON file inside it")
    try:
        with file.open("rb") as handle:
            head = handle.read(_PEEK)
    except FileNotFoundError:
        raise InputError(f"{name}: no such file; check the path") from None
    except OSError as error:
        raise InputError(f"{name}: cannot be read: {error.strerror or error}") from None
    codec = _codec_of(head, encoding)
    if b"\0" in head and not codec.startswith(("utf-16", "utf-32")):
        raise _binary(name)
    input_file = InputFile(name, file, codec, locale)
    input_file.looks_like_json  # noqa: B018 (an empty file is an error before anything else)
    return input_file


def _stdin_copy(spool: Path | None) -> Path:
    if spool is None:
        raise InputError("reading orders from standard input needs a folder for its copy")
    copy = spool / "stdin"
    with copy.open("wb") as out:
        shutil.copyfileobj(sys.stdin.buffer, out)
    return copy


def _binary(name: str) -> InputError:
    return InputError(
        f"{name}: is a binary file (it contains NUL bytes), not a CSV or JSON export; "
        "if it is a spreadsheet, save it as CSV first"
    )


def _codec(encoding: str | None) -> str | None:
    if not encoding:
        return None
    try:
        codec = codecs.lookup(encoding).name
    except LookupError:
        raise InputError(f"unknown encoding {encoding!r}; use a name such as utf-8, cp1252 or latin-1") from None
    return "utf-8-sig" if codec == "utf-8" else codec


def _codec_of(data: bytes, encoding: str | None) -> str:
    """The codec `encoding` names, else UTF-16 when the data starts with its BOM, else UTF-8 (BOM or not)."""
    utf16 = data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    return _codec(encoding) or ("utf-16" if utf16 else "utf-8-sig")


def decode(data: bytes, name: str, encoding: str | None = None) -> str:
    """The text of a file's bytes: UTF-8 with or without BOM (UTF-16 with a BOM), or the `encoding` given."""
    codec = _codec_of(data, encoding)
    if b"\0" in data and not codec.startswith(("utf-16", "utf-32")):
        raise _binary(name)
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        label = "UTF-8" if codec == "utf-8-sig" else codec
        raise InputError(
            f"{name}:{line}: byte 0x{data[error.start]:02x} is not valid {label}; {ENCODING_HINT}"
        ) from None
    if not text.strip():
        raise InputError(f"{name}: the file is empty; there are no orders to read")
    return text


def json_row(value: Any) -> dict[str, str]:
    """The raw input row of one JSON order, as rejects.csv keeps it: ``{"json": <compact JSON>}``."""
    return {"json": json.dumps(value, ensure_ascii=False, separators=(",", ":"))}
