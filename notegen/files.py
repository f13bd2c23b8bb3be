"""Files at the edges of a run: atomic writes, the lock that keeps two runs off one output, and leftovers.

Every writer of the package writes through `write_atomic`: a temporary file in the same folder, then a rename,
so no reader ever sees half a file and an interrupted run leaves the old file or the whole new one.
"""

from __future__ import annotations

import errno
import os
import re
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from notegen import stops
from notegen.errors import OutputError

PRIVATE = 0o600
"""Owner only: outputs that hold customers' names and addresses (emails, reports, codes, the journal)."""
SHARED = 0o644
"""Readable by others: a PDF that a print queue run by another user must read."""
TEMP_SUFFIX = ".part"
AGAIN = "run the same command again with --resume: what was written and recorded is kept"
"""What to do after a write failed for want of space: `render` takes up where it stopped."""
_DISK_TROUBLE = {
    errno.ENOSPC: ("the disk is full", "free space on that disk (or write to another one), then {again}"),
    errno.EDQUOT: ("the disk quota is used up", "free space on that disk (or write to another one), then {again}"),
    errno.EFBIG: ("the file would be larger than this system lets a file be",
                  "raise the limit (ulimit -f) or write to another file system, then {again}"),
    errno.EIO: ("the disk reported an input/output error", "check the disk (its kernel log), then {again}"),
}  # fmt: skip
DISK_ERRNOS = frozenset(_DISK_TROUBLE)
"""The errors of a write that more room (or a working disk) would have let through."""

Content = bytes | Callable[[BinaryIO], object]


def temp_name(path: Path) -> Path:
    """The temporary file `path` is written to before the rename: hidden, named by the writing process."""
    return path.with_name(f".{path.name}.{os.getpid()}{TEMP_SUFFIX}")


def write_atomic(path: Path, data: Content, mode: int = PRIVATE) -> None:
    """Write `data` to `path` so that `path` is either the old file or the whole new one, never a part.

    `data` is the bytes, or a function that writes them into the open file (for outputs streamed as they are
    made, such as a PDF of many pages). `mode` is the new file's permissions (`PRIVATE` or `SHARED`).
    The temporary name comes from the process id (each file has one writer) and the folder is made only when
    missing: a large batch writes 20,000 files, and random names and extra checks cost a third of the time.
    """
    temp = temp_name(path)
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC
    try:
        handle = os.open(temp, flags, mode)
    except FileNotFoundError:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle = os.open(temp, flags, mode)
    try:
        if mode != PRIVATE:
            os.fchmod(handle, mode)  # the umask must not take the print queue's read access away
        if isinstance(data, bytes):
            _write_all(handle, data)
        else:
            with os.fdopen(handle, "wb", closefd=False) as stream:
                data(stream)
        os.close(handle)
        handle = -1
        stops.check()  # an interrupt that a library swallowed while `data` was made: keep the old file
        os.replace(temp, path)
    except BaseException:
        if handle >= 0:
            os.close(handle)
        temp.unlink(missing_ok=True)
        raise


def write_failure(path: Path, what: str, error: OSError, again: str = AGAIN) -> OutputError:
    """The error of a failed write of the `what` at `path`: the reason, and for a full disk, a used-up quota, a
    file size limit or an I/O error (ENOSPC, EDQUOT, EFBIG, EIO) what to do, ending in `again`."""
    reason = error.strerror or str(error)
    trouble = _DISK_TROUBLE.get(error.errno or 0)
    if trouble is None:
        return OutputError(f"{path}: cannot write the {what}: {reason}; check that its folder exists and is writable")
    cause, advice = trouble
    return OutputError(f"{path}: cannot write the {what}: {reason} ({cause}); {advice.format(again=again)}")


def _write_all(handle: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(handle, view) :]


@contextmanager
def hold_lock(lock: Path, busy: str) -> Iterator[None]:
    """Hold `lock` (a file, made when missing) for the time of the block; `OutputError(busy)` when another
    process holds it. The lock goes with the process: a killed run never leaves its output locked."""
    try:
        import fcntl
    except ImportError:  # no advisory locks on this platform
        yield
        return
    lock.parent.mkdir(parents=True, exist_ok=True)
    handle = os.open(lock, os.O_RDWR | os.O_CREAT, PRIVATE)
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise OutputError(busy) from None
        yield
    finally:
        os.close(handle)


def remove_leftovers(folder: Path, prefix: str = ".") -> None:
    """Remove what an interrupted or killed writer left in `folder`: temporary files (`.NAME.PID.part`) and
    temporary folders whose name starts with `prefix` and ends in `.tmp`. Call it only while holding the lock
    of the output, so that no running writer owns them."""
    if not folder.is_dir():
        return
    for entry in folder.iterdir():
        if not entry.name.startswith(prefix):
            continue
        if entry.name.endswith(TEMP_SUFFIX) and entry.is_file():
            entry.unlink(missing_ok=True)
        elif entry.name.endswith(".tmp") and entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)


def check_writable(path: Path, what: str) -> None:
    """Refuse to start a run whose `what` file (report, rejects, codes) could not be written at its end."""
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    problem = ""
    if path.is_dir():
        problem = "is a folder"
    elif not folder.is_dir():
        problem = f"{folder} is not a folder"
    elif not os.access(folder, os.W_OK | os.X_OK) or (path.exists() and not os.access(path, os.W_OK)):
        problem = "is not writable"
    if problem:
        raise OutputError(f"{path}: the {what} {problem}; choose another path, or make its folder writable")


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""What makes a spreadsheet program read a cell as a formula (or hide what follows)."""
_NUMBER = re.compile(r"[+-]?\d[\d.,]*")


def spreadsheet_cell(value: str) -> str:
    """A value as a CSV cell that a spreadsheet program shows and never evaluates: a customer's name or note
    beginning with `=`, `+`, `-`, `@`, tab or CR gets a leading `'` (plain numbers such as -5 stay as they are).
    `from_spreadsheet_cell` takes it off again, so that such a file reads back in as it was."""
    if value.startswith(FORMULA_STARTS) and not _NUMBER.fullmatch(value):
        return "'" + value
    return value


def from_spreadsheet_cell(value: str) -> str:
    """The value of a cell that `spreadsheet_cell` wrote (the leading `'` taken off where it added one)."""
    if value.startswith("'") and value[1:].startswith(FORMULA_STARTS) and not _NUMBER.fullmatch(value[1:]):
        return value[1:]
    return value
