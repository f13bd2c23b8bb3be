"""Orders kept on disk between the reading and the run: pickled in blocks into one private temporary file.

Blocks of a few hundred orders make pickling cheap (each class is named once a block) while memory holds one
block at a time. An order is found again by its place (block and index), for the rare repeated order id.
"""

from __future__ import annotations

import pickle
from collections.abc import Iterator
from pathlib import Path

from notegen.model import ReadResult

BLOCK = 256


class Spool:
    """Results appended in input order, then read back in that order (or one by its place) from `path`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._out = path.open("wb")
        self._blocks: list[int] = []  # where each written block starts
        self._pending: list[ReadResult] = []
        self.count = 0

    def append(self, result: ReadResult) -> int:
        """Keep `result`; its place."""
        place = self.count
        self._pending.append(result)
        self.count += 1
        if len(self._pending) == BLOCK:
            self._flush()
        return place

    def _flush(self) -> None:
        if self._pending:
            self._blocks.append(self._out.tell())
            pickle.dump(self._pending, self._out, pickle.HIGHEST_PROTOCOL)
            self._pending = []

    def get(self, place: int) -> ReadResult:
        """The result kept at `place`."""
        block, index = divmod(place, BLOCK)
        if block == len(self._blocks):
            return self._pending[index]
        self._out.flush()
        with self.path.open("rb") as spool:
            spool.seek(self._blocks[block])
            results: list[ReadResult] = pickle.load(spool)
        return results[index]

    def close(self) -> None:
        """Finish writing (`__iter__` reads only what is written)."""
        if not self._out.closed:
            self._flush()
            self._out.close()

    def __iter__(self) -> Iterator[ReadResult]:
        with self.path.open("rb") as spool:
            for _ in self._blocks:
                yield from pickle.load(spool)
