"""The per-user cache of the language data (noun lexicon indexes, lemma tables, stop words, tokenizer rules).

Where: `$NOTEGEN_CACHE_DIR`, else `$XDG_CACHE_HOME/notegen`, else `~/.cache/notegen`. Its files are written as
every other file of the package, by `notegen.files.write_atomic`, and readable by others (a cache built into a
container image serves every user). A SQLite index is built in memory and written as one file.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

from notegen.files import SHARED, write_atomic


def cache_base() -> Path:
    """The folder of the whole cache (it may not exist yet); each kind of data has a subfolder."""
    base = os.environ.get("NOTEGEN_CACHE_DIR") or ""
    if not base:
        xdg = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
        base = str(Path(xdg) / "notegen")
    return Path(base)


def write_cached(path: Path, data: bytes) -> None:
    """Write a cache file atomically, readable by others; `OSError` when its folder is not writable."""
    write_atomic(path, data, SHARED)


def sqlite_bytes(build: Callable[[sqlite3.Connection], object]) -> bytes:
    """The bytes of a SQLite database that `build` fills (in memory, in one transaction)."""
    connection = sqlite3.connect(":memory:")
    try:
        with connection:
            build(connection)
        return connection.serialize()
    finally:
        connection.close()
