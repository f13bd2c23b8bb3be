"""An interrupt that a library catches and goes past still stops the run before a damaged output is kept.

WeasyPrint draws each SVG image (the inserts' QR codes) inside ``except BaseException`` and leaves the image
out when anything is raised there, a `KeyboardInterrupt` included: an interrupt landing at that moment used to
be lost, and the run went on to write an insert without its QR code, which `--resume` then kept.
"""

from __future__ import annotations

import contextlib
import signal
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

import pytest

from notegen.cli.interrupts import stopping_on_signals
from notegen.files import write_atomic


def swallowing(action: Callable[[], None]) -> None:
    """What WeasyPrint does around drawing an SVG image."""
    with contextlib.suppress(BaseException):
        action()


def interrupted_writer(stream: BinaryIO) -> None:
    stream.write(b"an insert drawn without its QR code")
    swallowing(lambda: signal.raise_signal(signal.SIGINT))


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_a_swallowed_interrupt_keeps_the_old_file_and_stops_the_run(tmp_path: Path, sig: signal.Signals) -> None:
    path = tmp_path / "inserts.pdf"
    path.write_bytes(b"the inserts of the last whole run")

    def writer(stream: BinaryIO) -> None:
        stream.write(b"an insert drawn without its QR code")
        swallowing(lambda: signal.raise_signal(sig))

    with stopping_on_signals(), pytest.raises(KeyboardInterrupt):
        write_atomic(path, writer)
    assert path.read_bytes() == b"the inserts of the last whole run"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["inserts.pdf"], "the temporary file stayed"


def test_the_stop_is_forgotten_when_the_run_ends(tmp_path: Path) -> None:
    """A program that uses notegen as a library renders again after an interrupted run, in the same process."""
    path = tmp_path / "report.json"
    with stopping_on_signals(), pytest.raises(KeyboardInterrupt):
        write_atomic(path, interrupted_writer)
    write_atomic(path, b"{}")
    assert path.read_bytes() == b"{}"


def test_signals_get_their_handlers_back_after_the_run() -> None:
    before = signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM)
    with stopping_on_signals():
        pass
    assert (signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM)) == before
