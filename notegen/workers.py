"""Worker processes that never outlive the run: every process pool of the package is made here.

A worker ends with its parent, however the parent ends: on Linux the kernel kills it when the parent dies
(even by `kill -9`), and elsewhere it notices at its next task. Workers ignore Ctrl-C and SIGTERM: the parent
alone decides, and when it is interrupted it kills its workers instead of waiting for them. (Waiting can last
for ever: a worker that has finished a chunk blocks writing it into the result pipe, which nobody reads once
the parent stops.) The signals are blocked while a worker starts, so that an interrupt at that moment cannot
end it half-started, with a traceback. The parent waits for its tasks in short steps (`result_of`, `wait_first`):
the kernel may give an interrupt to any thread of the process that does not block it (a numerical library starts
threads of its own), and a thread sleeping in a wait would not see it until the task ends.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import multiprocessing
import os
import signal
import sys
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures import process as futures_process
from contextlib import contextmanager
from typing import Any, Literal, TypeVar

from notegen import stops

T = TypeVar("T")
WAIT_STEP = 0.2
"""Seconds between two looks at a stop while waiting for a task."""

STOPS = (signal.SIGINT, signal.SIGTERM)
PR_SET_PDEATHSIG = 1
"""prctl(2): the signal a process gets when the thread that made it ends."""


def _die_with_parent(parent: int) -> None:
    """A worker's first act: leave the stop signals to the parent, and end when the parent ends."""
    for number in STOPS:
        signal.signal(number, signal.SIG_IGN)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, STOPS)
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:  # the parent died before the line above: nobody waits for this worker
        os._exit(1)


class Pool(ProcessPoolExecutor):
    """A `ProcessPoolExecutor` whose workers start with the stop signals blocked and die with their parent."""

    def submit(self, fn: Any, /, *args: Any, **kwargs: Any) -> Future[Any]:
        # A submit may start worker processes: they inherit the blocked signals until `_die_with_parent` runs.
        previous = signal.pthread_sigmask(signal.SIG_BLOCK, STOPS)
        try:
            return super().submit(fn, *args, **kwargs)
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, previous)

    def kill(self) -> None:
        """End at once: kill the workers, whatever they are doing, and drop the waiting tasks."""
        processes = list((getattr(self, "_processes", None) or {}).values())
        for process in processes:
            if process.is_alive():
                process.kill()
        for process in processes:
            process.join(timeout=5)
        calls, results = getattr(self, "_call_queue", None), getattr(self, "_result_queue", None)
        if calls is not None:
            calls.cancel_join_thread()  # tasks still on their way to the dead workers are dropped
        if results is not None:
            # A worker killed while it sent a result left half a message in the pipe, and the pool's manager
            # thread would wait for the rest for ever (this process holds the pipe's other end, so no end of
            # file comes), keeping the program from exiting. Closing that end lets it read the end instead.
            results._writer.close()
        manager = getattr(self, "_executor_manager_thread", None)
        self.shutdown(wait=False, cancel_futures=True)
        if manager is not None:
            manager.join(timeout=5)  # quick: it sees the workers gone, and closes the task pipe's reading end
            if manager.is_alive() and calls is not None:
                # A Python that does not close it leaves the thread that writes the tasks blocked on a full pipe
                # that nobody reads, and the manager waiting for it. Closing it here while the manager may close
                # it too could close a descriptor twice: another file's, opened since under the same number.
                calls._reader.close()
                manager.join(timeout=5)
        # At exit, Python 3.11 wakes every pool's manager thread through a pipe that this pool has closed by
        # now, and prints the error; a pool that is done needs no waking.
        getattr(futures_process, "_threads_wakeups", {}).pop(manager, None)


def result_of(future: Future[T]) -> T:
    """The result of a task, waited for in short steps, so that a stop asked for while this process waits is seen
    at once: a signal may reach one of the pool's threads rather than the waiting one, which then sleeps on until
    the task ends, and a library may swallow the interrupt (see `notegen.stops`)."""
    wait_first((future,))
    return future.result()


def wait_first(futures: Iterable[Future[Any]]) -> None:
    """Wait until one of `futures` is done, in short steps like `result_of`."""
    waiting = list(futures)
    while not wait(waiting, timeout=WAIT_STEP, return_when=FIRST_COMPLETED).done:
        stops.check()


@contextmanager
def worker_pool(jobs: int, start: Literal["fork", "spawn"] = "fork") -> Iterator[Pool]:
    """A pool of `jobs` workers for the time of the block. On leaving normally it waits for the work to end; on
    an error or an interrupt it kills the workers. `start` is how workers begin: `fork` (a copy of this process,
    quick) or `spawn` (a fresh interpreter, without this process's memory)."""
    context = multiprocessing.get_context(start)
    pool = Pool(max_workers=jobs, mp_context=context, initializer=_die_with_parent, initargs=(os.getpid(),))
    try:
        yield pool
    except BaseException:
        pool.kill()
        raise
    pool.shutdown(wait=True)
