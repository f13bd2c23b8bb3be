"""Shared fixtures: where the samples and the real exports are, a CLI runner, and a real SMTP server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from click.testing import CliRunner

if TYPE_CHECKING:
    from tests.test_deliver import Mailbox

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


@pytest.fixture
def mailbox() -> Iterator[tuple[Mailbox, int]]:
    """A real SMTP server (aiosmtpd) on a free local port: what it received, and the port."""
    from aiosmtpd.controller import Controller

    from tests.test_deliver import Mailbox, free_port

    handler = Mailbox()
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield handler, port
    finally:
        controller.stop()
