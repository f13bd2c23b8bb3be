"""The per-user cache of the language data: a lexicon index is built once, written whole through the package's
one atomic writer (readable by others, no temporary file left), and read back row by row."""

from __future__ import annotations

import stat
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path

import pytest

from notegen.language.lexicon import FORMAT, open_lexicon


def test_a_lexicon_index_is_built_once_and_read_back_in_the_order_of_its_rows(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("NOTEGEN_CACHE_DIR", str(tmp_path))
    built = []

    def rows() -> Iterator[tuple[str, str]]:
        built.append(True)
        yield from [("katze", "f"), ("hund", "m"), ("katze", "pl")]

    assert open_lexicon("test", "spacy", rows).get("katze") == ("f", "pl")
    files = list((tmp_path / "language").iterdir())
    assert [path.name for path in files] == [f"test-spacy-{metadata.version('spacy')}-f{FORMAT}.sqlite"]
    assert stat.S_IMODE(files[0].stat().st_mode) == 0o644, "a cache in a container image serves every user"
    again = open_lexicon("test", "spacy", rows)
    assert again.get("hund") == ("m",) and again.get("maus") == ()
    assert built == [True], "the second process reads the index, not the package"


def test_without_a_writable_cache_the_lexicon_is_kept_in_memory(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("NOTEGEN_CACHE_DIR", str(blocked))
    lexicon = open_lexicon("test", "spacy", lambda: iter([("hund", "m")]))
    assert lexicon.get("hund") == ("m",)
    assert blocked.read_text(encoding="utf-8") == "not a folder"
