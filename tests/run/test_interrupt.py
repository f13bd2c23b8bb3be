"""Interrupting `render` at any moment ends it within seconds, leaves no worker and no temporary file behind, and
`--resume` then gives exactly the files of an uninterrupted run (report, codes, rejects, emails, PDF).

The moments are random (seeded, so a failure can be repeated) and bounded in number, each run in its own
process group that gets the signal, as a terminal's Ctrl-C or a service manager's SIGTERM would send it.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.run.test_resume import CONFIG, ENV, NOW, assert_same_files, orders, outbox_files, pdf_files

ENDS_WITHIN = 10.0
"""Seconds an interrupted run may take to end (it ends in well under one where the machine is not loaded)."""


def start(folder: Path, to: str, output: str, *extra: str) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "notegen", "render", "orders.json", "--to", to, "-o", output,
               "--config", "notegen.toml", "--now", NOW, "--jobs", "2", "--quiet", *extra]  # fmt: skip
    # PYTHONFAULTHANDLER: a run that hangs is sent SIGABRT and prints where each of its threads stood
    env = {**os.environ, **ENV, "PYTHONPATH": os.pathsep.join(sys.path), "PYTHONFAULTHANDLER": "1"}
    return subprocess.Popen(
        command, cwd=folder, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True
    )


def group_is_gone(group: int, within: float) -> bool:
    """Whether every process of the group (the command and its workers) has ended within `within` seconds."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            os.killpg(group, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.05)
    return False


def leftovers(folder: Path) -> list[str]:
    """Temporary files and folders of a writer (`.NAME.PID.part`, `.inserts.pdf.XXXX.tmp`)."""
    return sorted(p.name for p in folder.rglob(".*") if p.name.endswith((".part", ".tmp")))


def interrupt(folder: Path, to: str, output: str, delay: float, sig: signal.Signals) -> None:
    """Start a resuming run, send `sig` to its process group after `delay` seconds, and check how it ended."""
    run = start(folder, to, output, "--resume")
    time.sleep(delay)
    if run.poll() is None:
        os.killpg(run.pid, sig)
    began = time.monotonic()
    try:
        _, err = run.communicate(timeout=ENDS_WITHIN)
    except subprocess.TimeoutExpired:
        os.kill(run.pid, signal.SIGABRT)
        time.sleep(2)
        os.killpg(run.pid, signal.SIGKILL)
        _, err = run.communicate()
        stacks = err.decode(errors="replace")[-6000:]
        pytest.fail(
            f"{sig.name} after {delay:.2f} s: the run did not end within {ENDS_WITHIN} s; it stood at:\n{stacks}"
        )
    assert time.monotonic() - began < ENDS_WITHIN
    # 130 interrupted; 0 or 1 finished first; -sig when the signal lands as the interpreter is shutting down;
    # -SIGINT (a shell's 130 too) when a SIGINT sent again from a finaliser lands after the message was printed
    assert run.returncode in (0, 1, 130, -sig, -signal.SIGINT), err.decode()
    assert b"Traceback" not in err, err.decode()
    assert group_is_gone(run.pid, 5.0), f"{sig.name} after {delay:.2f} s: a worker outlived the run"
    assert leftovers(folder) == [], f"{sig.name} after {delay:.2f} s left temporary files"


def prepare(folder: Path, count: int) -> None:
    folder.mkdir()
    (folder / "notegen.toml").write_text(CONFIG, encoding="utf-8")
    (folder / "orders.json").write_text(json.dumps(orders(count), ensure_ascii=False), encoding="utf-8")


def timed_whole_run(folder: Path, to: str, output: str, *extra: str) -> float:
    """Run to the end (exit code 1: the invalid orders); how long it took."""
    began = time.monotonic()
    run = start(folder, to, output, *extra)
    _, err = run.communicate(timeout=600)
    assert run.returncode == 1, err.decode()
    return time.monotonic() - began


def interrupted_then_resumed(
    tmp_path: Path, to: str, output: str, count: int, seed: int, signals: tuple[signal.Signals, ...]
) -> tuple[Path, Path]:
    """An uninterrupted run (`whole`), and the same run interrupted once per signal of `signals` at a random
    moment within its length, each time resumed, then resumed to the end (`parts`)."""
    whole, parts = tmp_path / "whole", tmp_path / "parts"
    prepare(whole, count)
    prepare(parts, count)
    took = timed_whole_run(whole, to, output)
    moments = random.Random(seed)
    for sig in signals:
        interrupt(parts, to, output, moments.uniform(0.3, took), sig)
    timed_whole_run(parts, to, output, "--resume")
    return whole, parts


@pytest.mark.slow
def test_email_run_interrupted_at_random_moments_resumes_to_the_same_files(tmp_path: Path) -> None:
    signals = (signal.SIGTERM, signal.SIGINT) * 2 + (signal.SIGTERM,)
    whole, parts = interrupted_then_resumed(tmp_path, "email", "outbox", 1000, 17, signals)
    assert_same_files(outbox_files(parts / "outbox"), outbox_files(whole / "outbox"))


@pytest.mark.slow
def test_pdf_run_interrupted_at_random_moments_resumes_to_the_same_files(tmp_path: Path) -> None:
    signals = (signal.SIGINT, signal.SIGTERM, signal.SIGINT)
    whole, parts = interrupted_then_resumed(tmp_path, "pdf", "inserts.pdf", 40, 29, signals)
    assert_same_files(pdf_files(parts, "inserts"), pdf_files(whole, "inserts"))


def test_killed_pdf_run_leaves_no_worker_and_its_temporary_folder_goes_on_resume(tmp_path: Path) -> None:
    whole, parts = tmp_path / "whole", tmp_path / "parts"
    prepare(whole, 40)
    prepare(parts, 40)
    timed_whole_run(whole, "pdf", "inserts.pdf")
    run = start(parts, "pdf", "inserts.pdf")
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not list(parts.glob(".inserts.pdf.*.tmp/chunk-*")) and run.poll() is None:
        time.sleep(0.02)
    assert run.poll() is None, "the run ended before its workers were laying out the inserts"
    os.kill(run.pid, signal.SIGKILL)  # the command only, as the OOM killer would: its workers get no signal
    run.communicate()
    assert group_is_gone(run.pid, 5.0), "a worker outlived the killed command"
    assert list(parts.glob(".inserts.pdf.*.tmp")), "the killed run left its folder of chunk PDFs"
    timed_whole_run(parts, "pdf", "inserts.pdf", "--resume")
    assert leftovers(parts) == []
    assert_same_files(pdf_files(parts, "inserts"), pdf_files(whole, "inserts"))


def test_killed_email_run_leaves_no_worker(tmp_path: Path) -> None:
    folder = tmp_path / "run"
    prepare(folder, 1000)
    run = start(folder, "email", "outbox")
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not list((folder / "outbox").glob("*.eml")) and run.poll() is None:
        time.sleep(0.02)
    assert run.poll() is None, "the run ended before it was killed"
    os.kill(run.pid, signal.SIGKILL)
    run.communicate()
    assert group_is_gone(run.pid, 5.0), "a worker outlived the killed command"


FINALISER_INTERRUPTED = """
import os, signal, sys, time
from notegen.cli import interrupts

class Interrupted:
    def __del__(self):
        os.kill(os.getpid(), signal.SIGINT)  # the handler raises here, where Python cannot raise it
        for _ in range(1000):
            pass

try:
    with interrupts.stopping_on_signals():
        Interrupted()
        {after}
    print("ran to the end")
except KeyboardInterrupt:
    print("stopped")
time.sleep(0.2)  # a stop still on its way would land here, outside the run
print("exited")
"""


@pytest.mark.parametrize(
    ("after", "printed"),
    [
        ("time.sleep(2)", "stopped\nexited\n"),  # the run goes on: the interrupt is delivered again and stops it
        ("pass", "ran to the end\nexited\n"),  # the run ends first: nothing is left to stop, nothing is printed
    ],
)
def test_an_interrupt_landing_in_a_finaliser_stops_the_run_without_a_traceback(after: str, printed: str) -> None:
    script = FINALISER_INTERRUPTED.format(after=after)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    run = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60)
    assert (run.returncode, run.stdout, run.stderr) == (0, printed, "")
