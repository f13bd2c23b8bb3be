"""The one golden-file check of the tests: a text against its file in tests/golden/.

Set NOTEGEN_UPDATE_GOLDEN=1 to write the files instead; then read each difference (`git diff tests/golden`)
before accepting it: a golden file freezes what the code said, right or wrong.
"""

from __future__ import annotations

import os
from pathlib import Path

GOLDEN = Path(__file__).resolve().parent / "golden"
UPDATE = "NOTEGEN_UPDATE_GOLDEN"


def assert_golden(name: str, actual: str) -> None:
    """Compare `actual` with tests/golden/`name` (e.g. "lint/two-notes.json"); rewrite it when asked to."""
    path = GOLDEN / name
    if os.environ.get(UPDATE) == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
    assert path.is_file(), f"no golden file {path}; run with {UPDATE}=1 once and read it before accepting it"
    expected = path.read_text(encoding="utf-8")
    assert actual == expected, f"{path} differs; if the change is meant, rerun with {UPDATE}=1 and read the diff"
