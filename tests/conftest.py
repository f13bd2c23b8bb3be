"""Shared fixtures: where the samples and the real exports are, and a CLI runner."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
REAL_EXPORTS = ROOT.parent / "shared" / "data" / "real-exports"


@pytest.fixture
def samples() -> Path:
    return SAMPLES


@pytest.fixture
def real_exports() -> Path:
    if not REAL_EXPORTS.is_dir():
        pytest.skip("the real exports folder ../shared/data/real-exports is absent")
    return REAL_EXPORTS


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()
