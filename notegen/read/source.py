"""An orders file as the readers see it: its bytes checked and decoded, then parsed once as CSV or JSON.

Everything here fails with an `InputError` that names the file, and the line where there is one: a file that
cannot be read at all stops the run before anything is written.
"""

from __future__ import annotations

import codecs
import json
import sys
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from notegen.errors import InputError
from notegen.model import ReadResult
from notegen.read.table import CsvTable, parse_table

STDIN = "-"
STDIN_NAME = "<stdin>"
ENCODING_HINT = "if it was saved by Excel or another Windows program, try --encoding cp1252"

Document = tuple[str, Any]
"""One JSON value that should be an order, with its location (``orders.json:[3]``, ``orders.jsonl:4``)."""


@dataclass(frozen=True)
class Parsed:
    """What a reader made of one file: every order in it, valid or not, and how many data rows it had."""

    results: list[ReadResult]
    rows: int


class InputFile:
    """The decoded text of one orders file, with its CSV table and JSON values parsed on first use."""

    def __init__(self, name: str, text: str, encoding: str = "utf-8-sig", locale: str | None = None) -> None:
        self.name = name
        self.text = text
        self.encoding = encoding
        """The codec the text was decoded with (``utf-8-sig`` for UTF-8 with or without BOM)."""
        self.locale = locale
        """``--locale``: how to read the amounts and dates the file itself leaves open (see `conventions`)."""

    @property
    def looks_like_json(self) -> bool:
        return self.text.lstrip()[:1] in ("{", "[")

    @cached_property
    def table(self) -> CsvTable:
        return parse_table(self.name, self.text)

    @cached_property
    def documents(self) -> list[Document]:
        return parse_json(self.name, self.text)


def load_file(path: str, encoding: str | None = None, locale: str | None = None) -> InputFile:
    """Read `path` (``-`` for stdin) and decode it; raises `InputError` for missing, empty, binary, undecodable."""
    name = STDIN_NAME if path == STDIN else path
    data = _read_bytes(path, name)
    codec = _codec_of(data, encoding)
    return InputFile(name, decode(data, name, codec), codec, locale)


def _read_bytes(path: str, name: str) -> bytes:
    if path == STDIN:
        return sys.stdin.buffer.read()
    file = Path(path)
    if file.is_dir():
        raise InputError(f"{name}: is a folder, not an orders file; name the CSV or JSON file inside it")
    try:
        return file.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{name}: no such file; check the path") from None
    except OSError as error:
        raise InputError(f"{name}: cannot be read: {error.strerror or error}") from None


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
        raise InputError(
            f"{name}: is a binary file (it contains NUL bytes), not a CSV or JSON export; "
            "if it is a spreadsheet, save it as CSV first"
        )
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


def parse_json(name: str, text: str) -> list[Document]:
    """The orders of a JSON file: one object, a list, ``{"orders": [...]}``, or JSON Lines (one object a line)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        if error.msg == "Extra data" and text.lstrip().startswith("{"):
            return _json_lines(name, text)
        raise InputError(f"{name}:{error.lineno}:{error.colno}: not valid JSON: {error.msg}") from None
    except RecursionError:
        raise _too_deep(name) from None
    if isinstance(data, list):
        return [(f"{name}:[{index}]", value) for index, value in enumerate(data)]
    if isinstance(data, dict):
        orders = data.get("orders")
        if isinstance(orders, list):
            return [(f"{name}:orders[{index}]", value) for index, value in enumerate(orders)]
        return [(name, data)]
    raise InputError(f"{name}: the JSON holds a {type(data).__name__}; expected an order object or a list of orders")


def _too_deep(where: str) -> InputError:
    return InputError(
        f"{where}: the JSON is nested too deeply to be an order (an order is a few levels deep); check the export"
    )


def _json_lines(name: str, text: str) -> list[Document]:
    documents: list[Document] = []
    for number, line in enumerate(text.split("\n"), 1):  # "\n" only: line numbers as an editor shows them
        if not line.strip():
            continue
        try:
            documents.append((f"{name}:{number}", json.loads(line)))
        except json.JSONDecodeError as error:
            raise InputError(f"{name}:{number}:{error.colno}: not valid JSON: {error.msg}") from None
        except RecursionError:
            raise _too_deep(f"{name}:{number}") from None
    return documents


def json_row(value: Any) -> dict[str, str]:
    """The raw input row of one JSON order, as rejects.csv keeps it: ``{"json": <compact JSON>}``."""
    return {"json": json.dumps(value, ensure_ascii=False, separators=(",", ":"))}
