"""A pool of workers stopped by an interrupt ends at once, whatever its workers were doing, and lets the program
exit: no thread of the pool is left waiting for a worker that is gone, and a wait for a task ends with the
interrupt even when the signal reached another thread of the process."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

PROGRAM = textwrap.dedent(
    """
    import struct, sys, time
    from notegen.workers import worker_pool

    def half_a_result():
        # What a worker killed while it sends a result leaves in the pipe: a message's length and only part
        # of the message. (The result queue is found in the frame of the pool's worker loop that called this.)
        frame = sys._getframe(1)
        while "result_queue" not in frame.f_locals:
            frame = frame.f_back
        frame.f_locals["result_queue"]._writer._send(struct.pack("!i", 1000) + b"x" * 10)
        time.sleep(600)

    if __name__ == "__main__":
        try:
            with worker_pool(1) as pool:
                pool.submit(half_a_result)
                time.sleep(float(sys.argv[1]))
                raise KeyboardInterrupt
        except KeyboardInterrupt:
            print("interrupted", flush=True)
    """
)


ANOTHER_THREAD = textwrap.dedent(
    """
    import signal, threading, time
    from notegen import stops
    from notegen.workers import result_of, worker_pool

    def interrupt(signum, frame):
        stops.request()
        raise KeyboardInterrupt

    if __name__ == "__main__":
        signal.signal(signal.SIGINT, interrupt)
        began = time.monotonic()
        try:
            with worker_pool(1) as pool:
                task = pool.submit(time.sleep, 60)
                # The kernel gives a signal sent to the process to any thread that does not block it: here a
                # thread of this process gets it, as a thread of a numerical library may, while this one waits.
                threading.Timer(1, lambda: signal.pthread_kill(threading.get_ident(), signal.SIGINT)).start()
                result_of(task)
        except KeyboardInterrupt:
            print(f"interrupted after {time.monotonic() - began:.0f} s", flush=True)
    """
)


def test_a_wait_for_a_task_ends_when_the_interrupt_reaches_another_thread(tmp_path: Path) -> None:
    script = tmp_path / "other.py"
    script.write_text(ANOTHER_THREAD, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    run = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, env=env, timeout=120)
    assert run.stdout.startswith("interrupted after "), run.stderr
    assert int(run.stdout.split()[2]) < 10, "the wait went on until the task ended"


def test_an_interrupted_pool_whose_worker_died_half_way_through_a_result_lets_the_program_exit(tmp_path: Path) -> None:
    script = tmp_path / "half.py"
    script.write_text(PROGRAM, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    try:
        run = subprocess.run([sys.executable, str(script), "2"], capture_output=True, text=True, env=env, timeout=60)
    except subprocess.TimeoutExpired:
        pytest.fail("the program did not exit: a thread of the pool still waits for the rest of the result")
    assert run.stdout == "interrupted\n", run.stderr
    assert run.returncode == 0, run.stderr
