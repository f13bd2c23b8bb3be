"""A stop asked for by Ctrl-C or SIGTERM, remembered until the run that asked for it ends.

The signal raises `KeyboardInterrupt` wherever the program is. A library may catch it and go on: WeasyPrint
draws an SVG image inside ``except BaseException`` and leaves the image out, so an interrupt landing there
would be lost, and an insert without its QR code would be written as if nothing had happened. So the stop is
also remembered here, and `check` is called before an output is committed (`notegen.files.write_atomic`, a
chunk of inserts): an interrupt that something swallowed still stops the run there, before the damaged output
is kept.
"""

from __future__ import annotations

_requested = False


def request() -> None:
    """Remember that a stop was asked for (called by the signal handler, which then raises)."""
    global _requested
    _requested = True


def clear() -> None:
    """Forget it: the run that was asked to stop has ended."""
    global _requested
    _requested = False


def requested() -> bool:
    """Whether a stop was asked for and the run has not ended yet."""
    return _requested


def check() -> None:
    """Raise `KeyboardInterrupt` if a stop was asked for: what was made since may be damaged."""
    if _requested:
        raise KeyboardInterrupt
