"""The held-out cases notegen does not meet yet, listed with their cause in tests/data/blind/known_gaps.txt, are
strict expected failures: the run shows how many gaps remain, and a case that starts to pass fails until its line
is taken out of the list."""

from __future__ import annotations

from pathlib import Path

import pytest

GAPS = Path(__file__).resolve().parents[1] / "data" / "blind" / "known_gaps.txt"


def _gaps() -> dict[str, str]:
    """Test id → the cause of the gap, from the list (`id  # cause` a line; `#` lines are comments)."""
    gaps = {}
    for line in GAPS.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            test_id, _, cause = line.partition("  # ")
            gaps[test_id.strip()] = cause.strip()
    return gaps


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark each listed case as a strict expected failure, with its cause as the reason."""
    gaps = _gaps()
    for item in items:
        cause = gaps.get(item.nodeid.split("::", 1)[1]) if "tests/blind/" in item.nodeid else None
        if cause is not None:
            item.add_marker(pytest.mark.xfail(reason=f"known gap: {cause}", strict=True))
