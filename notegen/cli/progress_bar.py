"""The progress bar of `notegen render`: on stderr, with the running count of each outcome."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Any

import click


class _Bar:
    """A progress bar on stderr with running counts; hidden when stderr is not a terminal or with --quiet."""

    def __init__(self, quiet: bool) -> None:
        self.hidden = quiet or not sys.stderr.isatty()
        self.counts = {"ok": 0, "rejected": 0, "invalid": 0, "skipped": 0}
        self.bar: Any = None

    def start(self, total: int) -> None:
        if self.hidden:
            return
        self.bar = click.progressbar(
            length=total, label="notes", file=sys.stderr, show_pos=True, item_show_func=self._counts
        )
        self.bar.__enter__()

    def _counts(self, _: Any) -> str:
        return " ".join(f"{name} {count}" for name, count in self.counts.items())

    def advance(self, outcomes: Sequence[Any]) -> None:
        for outcome in outcomes:
            self.counts[outcome.status] += 1
        if self.bar is not None:
            self.bar.update(len(outcomes), outcomes[-1] if outcomes else None)

    def __enter__(self) -> _Bar:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)


def progress(quiet: bool) -> _Bar:
    return _Bar(quiet)
