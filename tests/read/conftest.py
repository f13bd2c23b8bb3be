"""Fixtures for the reader tests: where the project's input files are, and a writer for inline inputs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

Write = Callable[[str, str | bytes], str]


@pytest.fixture
def data_dir() -> Path:
    """tests/data/readers: small input files written for the project."""
    return ROOT / "tests" / "data" / "readers"


@pytest.fixture
def real_exports() -> Path:
    """Real shop exports kept beside the project (not part of it); tests that need them skip without them."""
    folder = ROOT / ".." / "shared" / "data" / "real-exports"
    if not folder.is_dir():
        pytest.skip(f"real exports not found at {folder}")
    return folder


@pytest.fixture
def write(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Write:
    """Write a file into a fresh folder (the working directory) and return its name, as a user would type it."""
    monkeypatch.chdir(tmp_path)

    def write(name: str, content: str | bytes) -> str:
        data = content.encode("utf-8") if isinstance(content, str) else content
        (tmp_path / name).write_bytes(data)
        return name

    return write
