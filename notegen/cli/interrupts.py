"""Stopping a run on Ctrl-C or SIGTERM: the handlers the command line installs while a run lasts, an interrupt
that landed in a finaliser sent again, and the signals still on their way once the run has stopped ignored."""

from __future__ import annotations

import os
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from notegen import stops

REDELIVERY_DELAY = 0.02
"""Seconds after which an interrupt that landed in a finaliser is sent again (see `_interrupt_again`)."""
_redeliveries: list[threading.Timer] = []


def _interrupt(signum: int, frame: object) -> None:
    """Ctrl-C and SIGTERM end a run: outputs already written stay whole, the journal stays consistent. The stop
    is remembered too, in case a library swallows the `KeyboardInterrupt` (see `notegen.stops`)."""
    stops.request()
    raise KeyboardInterrupt


def _interrupt_again(unraisable: Any) -> None:
    """An interrupt that landed where Python cannot raise it (a finaliser, the clean-up of an import) would be
    printed as "Exception ignored" with a traceback and then lost; deliver it again instead, so that the run
    still stops, with its usual message. It is sent from another thread a moment later: sent from here, its
    handler would raise inside this hook, which Python reports with a traceback too. Should it never arrive
    (a process that is already shutting down starts no thread), the stop is remembered (`notegen.stops`)."""
    if not isinstance(unraisable.exc_value, KeyboardInterrupt):
        sys.__unraisablehook__(unraisable)
        return
    timer = threading.Timer(REDELIVERY_DELAY, os.kill, (os.getpid(), signal.SIGINT))
    timer.daemon = True
    try:
        timer.start()
    except RuntimeError:
        return
    _redeliveries.append(timer)


def ignore_late_signals() -> None:
    """Once a run is stopped, a signal still on its way (sent again by `_interrupt_again`, or a second Ctrl-C)
    must not turn the orderly exit with its message and code 130 into a death by the signal."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)


@contextmanager
def stopping_on_signals() -> Iterator[None]:
    """SIGTERM and SIGINT stop the run quietly while it lasts; the process's own handlers come back after it."""
    previous = signal.signal(signal.SIGTERM, _interrupt), signal.signal(signal.SIGINT, _interrupt)
    hook = sys.unraisablehook
    sys.unraisablehook = _interrupt_again
    try:
        yield
    finally:
        for timer in _redeliveries:  # the run has ended: a stop still on its way has nothing left to stop
            timer.cancel()
        _redeliveries.clear()
        signal.signal(signal.SIGTERM, previous[0])
        signal.signal(signal.SIGINT, previous[1])
        sys.unraisablehook = hook
        stops.clear()
