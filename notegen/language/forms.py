"""Lemma forms, stop words and tokenizer rules of the lint and the customer-note reading, kept in a small cache.

spacy-lookups-data ships each lemma table as one gzipped JSON file; reading a whole table costs a second or more
per language, yet a note uses a few dozen words. So the first use of a language copies its `lemma_lookup` table
into an indexed SQLite file, and every later process reads only the rows of the words it meets (each once).
The cache also keeps spaCy's stop-word lists of all three languages (the language rule compares them) and the
French tokenizer rules: importing `spacy.lang.fr` compiles a large regular expression for rare hyphenated words
that alone takes longer than a whole cold lint, so later processes load the rules without it.

Where: `$NOTEGEN_CACHE_DIR`, else `$XDG_CACHE_HOME/notegen`, else `~/.cache/notegen`; one subfolder per spaCy and
spacy-lookups-data version, so an upgrade builds a fresh cache. `python -m notegen.language.forms` builds it ahead of
time (for a container image, say). When no folder is writable, the data are read into memory instead.
"""

from __future__ import annotations

import gzip
import json
import logging
import sqlite3
import sys
from collections.abc import Callable, Iterable
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any

from notegen.language.cache import cache_base, sqlite_bytes, write_cached
from notegen.model import LANGS

log = logging.getLogger("notegen")
FORMAT = 1
MEMO_LIMIT = 200_000
SLOW_IMPORT = frozenset({"fr"})  # languages whose spaCy module is slow to import (see the module docstring)


@cache
def _versions() -> str:
    return f"spacy-{metadata.version('spacy')}-lookups-{metadata.version('spacy-lookups-data')}-f{FORMAT}"


def cache_root() -> Path:
    """The folder of this spaCy / spacy-lookups-data pair's cache (it may not exist yet)."""
    return cache_base() / "lint" / _versions()


class FormStore:
    """The lemma of each word form, read on demand from the cache (or from a dict) and remembered."""

    def __init__(self, lookup_many: Callable[[list[str]], dict[str, str]]) -> None:
        self._lookup_many = lookup_many
        self._memo: dict[str, str | None] = {}

    def lemma(self, form: str) -> str | None:
        """The lemma of `form` exactly as written, or None when the table does not list it."""
        memo = self._memo
        if form in memo:
            return memo[form]
        if len(memo) > MEMO_LIMIT:
            memo.clear()
        found = self._lookup_many([form]).get(form)
        memo[form] = found
        return found


def lookups_table(lang: str, name: str) -> dict[str, Any]:
    """A table of spacy-lookups-data for `lang` ("lemma_lookup", "lexeme_prob"), as stored (JSON, gzipped or not)."""
    import spacy_lookups_data  # type: ignore[import-untyped]

    path = Path(str(getattr(spacy_lookups_data, lang)[name]))
    path = path if path.exists() else path.with_name(path.name + ".gz")
    raw = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
    table: dict[str, Any] = json.loads(raw)
    return table


def _read_table(lang: str) -> dict[str, str]:
    table = lookups_table(lang, "lemma_lookup")
    # The French table lists several lemmas per form; spaCy's lookup lemmatizer takes the first.
    return {form: (lemma if isinstance(lemma, str) else lemma[0]) for form, lemma in table.items() if lemma}


def write_table(path: Path, table: dict[str, Any], name: str, column: str, kind: str) -> None:
    """`table` (form → value) written to the cache file `path` as the SQLite table `name`, indexed by form."""

    def build(connection: sqlite3.Connection) -> None:
        connection.execute(f"CREATE TABLE {name} (form TEXT PRIMARY KEY, {column} {kind} NOT NULL) WITHOUT ROWID")
        connection.executemany(f"INSERT INTO {name} VALUES (?, ?)", table.items())

    write_cached(path, sqlite_bytes(build))


def sqlite_lookup(path: Path, name: str, column: str) -> Callable[[list[str]], dict[str, Any]]:
    """A look-up of many forms at once in the SQLite table `name` of the cache file `path` (read only)."""
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, check_same_thread=False)

    def lookup_many(forms: list[str]) -> dict[str, Any]:
        marks = ",".join("?" * len(forms))
        rows = connection.execute(f"SELECT form, {column} FROM {name} WHERE form IN ({marks})", forms)
        return dict(rows.fetchall())

    return lookup_many


def cached_lookup(
    file: str, read: Callable[[], dict[str, Any]], name: str, column: str, kind: str
) -> Callable[[list[str]], dict[str, Any]]:
    """A look-up of many forms at once in a table of the cache file `file` (SQLite table `name`, value `column` of
    SQLite type `kind`), built from `read()` on first use; when the cache cannot be written, the table in memory."""
    path = cache_root() / file
    if not path.is_file():
        table = read()
        try:
            write_table(path, table, name, column, kind)
        except OSError as error:
            log.info("cache %s not writable (%s); reading the table into memory", path, error)
            return lambda forms: {form: table[form] for form in forms if form in table}
    return sqlite_lookup(path, name, column)


@cache
def lemma_store(lang: str) -> FormStore:
    """The lemma forms of `lang` (spacy-lookups-data's `lemma_lookup`), built into the cache on first use."""
    path = cache_root() / f"{lang}_lemma_lookup.sqlite"
    if not path.is_file():
        table = _read_table(lang)
        try:
            write_table(path, table, "forms", "lemma", "TEXT")
        except OSError as error:
            log.info("lint cache %s not writable (%s); reading the %s lemma table into memory", path, error, lang)
            return FormStore(lambda forms: {form: table[form] for form in forms if form in table})
        log.info("built the %s lemma cache in %s", lang, path)
    try:
        return FormStore(sqlite_lookup(path, "forms", "lemma"))
    except sqlite3.Error as error:  # a damaged cache file: read the table itself, and rebuild next time
        log.warning("lint cache %s is unreadable (%s); rebuilding it next time", path, error)
        path.unlink(missing_ok=True)
        table = _read_table(lang)
        return FormStore(lambda forms: {form: table[form] for form in forms if form in table})


def _spacy_stop_words() -> dict[str, list[str]]:
    from spacy.util import get_lang_class

    return {lang: sorted(get_lang_class(lang).Defaults.stop_words) for lang in LANGS}


def _cached_json(name: str, build: Callable[[], dict[str, list[str]]]) -> dict[str, list[str]]:
    path = cache_root() / name
    try:
        data: dict[str, list[str]] = json.loads(path.read_text(encoding="utf-8"))
        return data
    except (OSError, ValueError):
        pass
    data = build()
    try:
        text = json.dumps(data, ensure_ascii=False)
        write_cached(path, text.encode("utf-8"))
    except OSError as error:
        log.info("lint cache %s not writable (%s)", path, error)
    return data


@cache
def stop_words() -> dict[str, frozenset[str]]:
    """spaCy's stop-word list of each language (lower case)."""
    data = _cached_json("stop_words.json", _spacy_stop_words)
    return {lang: frozenset(words) for lang, words in data.items()}


@cache
def tokenizer_rules(lang: str) -> bytes | None:
    """spaCy's tokenizer rules of `lang` without its `token_match` pattern, for slow-to-import languages only."""
    if lang not in SLOW_IMPORT:
        return None
    path = cache_root() / f"{lang}_tokenizer.msgpack"
    try:
        return path.read_bytes()
    except OSError:
        pass
    import spacy

    tokenizer: Any = spacy.blank(lang).tokenizer
    data: bytes = tokenizer.to_bytes(exclude=["vocab", "token_match"])
    try:
        write_cached(path, data)
    except OSError as error:
        log.info("lint cache %s not writable (%s)", path, error)
    return data


def build(langs: Iterable[str] = LANGS) -> Path:
    """Build the whole cache for `langs` now (it is otherwise built on first use); returns its folder."""
    stop_words()
    for lang in langs:
        lemma_store(lang)
        tokenizer_rules(lang)
    return cache_root()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    log.info("lint cache ready in %s", build(sys.argv[1:] or LANGS))
