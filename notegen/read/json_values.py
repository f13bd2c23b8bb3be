"""The orders of a JSON file, one value at a time: one object, a list, ``{"orders": [...]}``, or JSON Lines.

A list is split into its values with `json.JSONDecoder.raw_decode` over a buffer that holds one value and what
follows it, so that a file of any size is read in the memory of one order. Each value comes with where it is:
``orders.json:[3]``, ``orders.json:orders[3]``, ``orders.json`` (one object), ``orders.jsonl:4`` (a line).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from typing import Any

from notegen.errors import InputError

Document = tuple[str, Any]
"""One JSON value that should be an order, with its location (``orders.json:[3]``, ``orders.jsonl:4``)."""

Lines = Callable[[], Iterator[str]]
MAX_VALUE = 16_000_000
"""Characters one order may take; a value not complete within them is reported where the decoder stopped."""
_DECODER = json.JSONDecoder()
_SPACE = re.compile(r"[ \t\n\r]*")
_ORDERS_KEY = re.compile(r'\{[ \t\n\r]*"orders"[ \t\n\r]*:[ \t\n\r]*\[')


class _Text:
    """The text of a file read in blocks: `buffer` holds what is read and not yet passed, `pos` where reading is."""

    def __init__(self, name: str, lines: Iterator[str]) -> None:
        self.name = name
        self._lines = lines
        self.buffer = ""
        self.pos = 0
        self._line = 1  # the line `buffer` starts on, and the column of its first character
        self._column = 1
        self.ended = False

    def more(self, at_least: int = 65536) -> bool:
        """Read at least `at_least` more characters (fewer at the end); False when there was nothing left."""
        self._forget()
        parts, size = [], 0
        for line in self._lines:
            parts.append(line)
            size += len(line)
            if size >= at_least:
                break
        else:
            self.ended = True
        self.buffer += "".join(parts)
        return size > 0

    def _forget(self) -> None:
        """Drop the buffer before `pos`, keeping count of its lines and columns."""
        gone = self.buffer[: self.pos]
        newlines = gone.count("\n")
        self._line += newlines
        self._column = self.pos - gone.rfind("\n") if newlines else self._column + self.pos
        self.buffer = self.buffer[self.pos :]
        self.pos = 0

    def at(self, char: str) -> bool:
        """Whether the next character is `char`; passes it when it is."""
        if self.buffer.startswith(char, self.pos):
            self.pos += 1
            return True
        return False

    @property
    def done(self) -> bool:
        return self.pos >= len(self.buffer)

    def skip_space(self) -> None:
        """Pass white space, reading on as needed."""
        while True:
            self.pos = _SPACE.match(self.buffer, self.pos).end()  # type: ignore[union-attr]
            if self.pos < len(self.buffer) or not self.more():
                return

    def error(self, message: str, position: int | None = None) -> InputError:
        position = self.pos if position is None else position
        before = self.buffer[:position]
        newlines = before.count("\n")
        column = position - before.rfind("\n") if newlines else self._column + position
        return InputError(f"{self.name}:{self._line + newlines}:{column}: not valid JSON: {message}")

    def value(self, where: str) -> Any:
        """Decode the value at `pos` (after `skip_space`), reading on until it is complete."""
        while True:
            try:
                value, end = _DECODER.raw_decode(self.buffer, self.pos)
            except json.JSONDecodeError as error:
                if self.ended or len(self.buffer) - self.pos > MAX_VALUE:
                    raise self.error(error.msg, error.pos) from None
                self.more(max(65536, len(self.buffer) - self.pos))
                continue
            except RecursionError:
                raise too_deep(where) from None
            if end == len(self.buffer) and not self.ended and self.more():
                continue  # a number may go on in the next block
            self.pos = end
            return value


def too_deep(where: str) -> InputError:
    return InputError(
        f"{where}: the JSON is nested too deeply to be an order (an order is a few levels deep); check the export"
    )


def json_documents(name: str, lines: Lines) -> Iterator[Document]:
    """The orders of a JSON file, as values with their locations; raises `InputError` for text that is not JSON."""
    text = _Text(name, lines())
    text.skip_space()
    if text.at("["):
        yield from _values(text, f"{name}:")
        _end(text)
        return
    key = _ORDERS_KEY.match(text.buffer, text.pos)
    if key:
        text.pos = key.end()
        yield from _values(text, f"{name}:orders")
        _rest_of_object(text)
        return
    first = text.value(name)
    text.skip_space()
    if text.done:
        yield from _whole(name, first)
    elif isinstance(first, dict) and text.buffer.startswith("{", text.pos):
        yield from _json_lines(name, lines)
    else:
        raise text.error("Extra data")


def _values(text: _Text, prefix: str) -> Iterator[Document]:
    """The values of a list whose ``[`` is read already, up to and including its ``]``."""
    text.skip_space()
    if text.at("]"):
        return
    index = 0
    while True:
        text.skip_space()
        if text.done:
            raise text.error("Expecting value")
        where = f"{prefix}[{index}]"
        yield where, text.value(where)
        index += 1
        text.skip_space()
        if text.at("]"):
            return
        if not text.at(","):
            raise text.error("Expecting ',' delimiter")


def _end(text: _Text) -> None:
    text.skip_space()
    if not text.done:
        raise text.error("Extra data")


def _rest_of_object(text: _Text) -> None:
    """After ``{"orders": [...]``: the object's other keys (read and dropped) and its ``}``."""
    text.skip_space()
    if text.buffer.startswith(",", text.pos):
        text.buffer = text.buffer[: text.pos] + "{" + text.buffer[text.pos + 1 :]  # the rest as an object of its own
        text.value(text.name)
    elif not text.at("}"):
        raise text.error("Expecting ',' delimiter")
    _end(text)


def _whole(name: str, data: Any) -> Iterator[Document]:
    if isinstance(data, list):
        yield from ((f"{name}:[{index}]", value) for index, value in enumerate(data))
    elif isinstance(data, dict):
        orders = data.get("orders")
        if isinstance(orders, list):
            yield from ((f"{name}:orders[{index}]", value) for index, value in enumerate(orders))
        else:
            yield name, data
    else:
        raise InputError(
            f"{name}: the JSON holds a {type(data).__name__}; expected an order object or a list of orders"
        )


def _json_lines(name: str, lines: Lines) -> Iterator[Document]:
    """One value a line; line numbers as an editor shows them."""
    for number, line in enumerate(lines(), 1):
        if not line.strip():
            continue
        try:
            yield f"{name}:{number}", json.loads(line[:-1] if line.endswith("\n") else line)
        except json.JSONDecodeError as error:
            raise InputError(f"{name}:{number}:{error.colno}: not valid JSON: {error.msg}") from None
        except RecursionError:
            raise too_deep(f"{name}:{number}") from None
