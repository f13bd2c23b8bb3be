"""The PDF renderer as a library user calls it: into a file they opened."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from notegen.model import Note, Order
from notegen.render.pdf.document import InsertOutcome, render_inserts


def render_to(entries: Sequence[tuple[Order, Note]], config: Any, path: Path, **layout: Any) -> list[InsertOutcome]:
    """`render_inserts` of `entries` into the file `path` (opened here, written in place)."""
    with path.open("wb") as stream:
        return render_inserts(entries, config, stream, **layout)
