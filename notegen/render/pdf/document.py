"""Print-ready PDF inserts: one insert per note, in pick order, as one PDF a warehouse prints in one go.

The notes are laid out in chunks (`CHUNK` notes), each chunk as one WeasyPrint document, by this process and
`jobs` - 1 worker processes (`notegen.render.pdf.insert`), each chunk's pages kept in a scratch folder; the chunks'
pages are then joined in order into the stream the caller passes (`notegen.run.produce.write_inserts` passes
that of the one atomic writer), or placed four to an A4 sheet (`notegen.render.pdf.imposition`). A note that
does not fit its insert is composed shorter, and rejected with `PDF001` when even its shortest form does not fit:
never cut off, never spilled onto a second page.
"""

from __future__ import annotations

import math
import tempfile
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from notegen.config import ShopConfig
from notegen.errors import RenderError
from notegen.model import Finding, Note, Order
from notegen.render.pdf.imposition import impose, join_pages
from notegen.render.pdf.insert import Chunk, ChunkResult, InsertStyle, Recompose, insert_style, lay_out_chunk
from notegen.render.pdf.sizes import SIZES, PageSize
from notegen.workers import wait_first, worker_pool

__all__ = ["SIZES", "InsertOutcome", "PageSize", "Recompose", "render_inserts"]

CHUNK = 50
"""Notes per WeasyPrint document. One document per note costs some 20 times more per page; from 50 notes on, the
cost per page no longer falls (it rises again past a few hundred), while the memory a worker holds until the
chunk is written grows with every page (about 105 MB a worker at 50, 160 MB at 200)."""


@dataclass(frozen=True)
class InsertOutcome:
    """Where an order's insert went: its 1-based page (the sheet, for N-up) or the finding that rejected it."""

    order_id: str
    page: int | None
    finding: Finding | None


def render_inserts(
    entries: Sequence[tuple[Order, Note]],
    config: ShopConfig,
    out: BinaryIO,
    *,
    work: Path | None = None,
    size: str = "A6",
    skip: int = 0,
    jobs: int = 1,
    recompose: Recompose | None = None,
    shorten_steps: int = 0,
    progress: Callable[[int], None] | None = None,
) -> list[InsertOutcome]:
    """Write one PDF into the open binary stream `out`, one insert per entry, in input order; one outcome per
    entry, in input order.

    `size` is a key of `SIZES`; `skip` is the number of slots already used on the first sheet (N-up sizes only).
    A note that overflows its insert is composed again with `recompose(order, k)` for k = 1..`shorten_steps`;
    when it still does not fit it gets no page and a `PDF001` finding. `progress(n)` is called in this process
    with the number of entries of each chunk as it finishes. The chunks' PDFs hold customer data: they go to the
    private folder `work` (the caller's to remove), else to a private temporary folder removed before this returns.

    With `jobs` > 1 the chunks are laid out in fresh (spawned) processes, so the calling program's main module
    must be importable without side effects: the usual ``if __name__ == "__main__":`` guard.
    """
    page = _page_size(size, skip)
    style = insert_style(config, page)
    steps = shorten_steps if recompose else 0
    scratch_folder = nullcontext(str(work)) if work else tempfile.TemporaryDirectory(prefix="notegen-inserts.")
    with scratch_folder as scratch:
        chunks = [
            Chunk(part, style, Path(scratch) / f"chunk-{number:05d}.pdf", recompose, steps)
            for number, part in enumerate(_split(entries, jobs))
        ]
        results = _lay_out(chunks, jobs, progress)
        _write(results, out, style, skip)
    return _outcomes(entries, results, page, skip)


def _page_size(size: str, skip: int) -> PageSize:
    page = SIZES.get(size)
    if page is None:
        raise RenderError(f"unknown insert size {size!r}; use one of {', '.join(SIZES)}")
    if not 0 <= skip < page.slots:
        if page.slots == 1:
            raise RenderError(f"--skip {skip} applies only to sheets with several inserts (a4-4up), not to {size}")
        raise RenderError(f"--skip {skip}: a {size} sheet has {page.slots} slots; skip 0 to {page.slots - 1} of them")
    return page


def _split(entries: Sequence[tuple[Order, Note]], jobs: int) -> Iterator[Sequence[tuple[Order, Note]]]:
    """Chunks of about `CHUNK` entries, as many as a multiple of `jobs` so that the workers finish together."""
    if not entries:
        return
    count = math.ceil(len(entries) / CHUNK)
    count = max(jobs, math.ceil(count / jobs) * jobs) if jobs > 1 else count
    size = math.ceil(len(entries) / min(count, len(entries)))
    for start in range(0, len(entries), size):
        yield entries[start : start + size]


def _lay_out(chunks: list[Chunk], jobs: int, progress: Callable[[int], None] | None) -> list[ChunkResult]:
    """Lay out every chunk, here and in `jobs` - 1 other processes; results in chunk order, progress as they finish.

    This process lays out chunks too (it would only wait otherwise, and a worker fewer is some 100 MB less).
    Each worker has chunks queued, so that it does not wait for this process to hand it the next one.
    """
    todo = deque(enumerate(chunks))
    done: dict[int, ChunkResult] = {}

    def finished(number: int, result: ChunkResult) -> None:
        done[number] = result
        if progress:
            progress(len(chunks[number].entries))

    workers = min(jobs, len(chunks)) - 1
    if workers < 1:
        while todo:
            number, chunk = todo.popleft()
            finished(number, lay_out_chunk(chunk))
        return [done[number] for number in range(len(chunks))]
    # Fresh processes: they need WeasyPrint, not the memory of this one (language pipelines, orders).
    # Leaving the block after an error or an interrupt kills them: the chunks not yet laid out are dropped.
    sent: dict[Future[ChunkResult], int] = {}
    with worker_pool(workers, "spawn") as pool:
        while todo or sent:
            for future in [future for future in sent if future.done()]:
                finished(sent.pop(future), future.result())
            # Two chunks queued per worker keep it busy; near the end one, so that no one waits long for the last.
            depth = 2 if len(todo) > 4 * workers else 1
            while todo and len(sent) < depth * workers:
                number, chunk = todo.popleft()
                sent[pool.submit(lay_out_chunk, chunk)] = number
            if todo:
                number, chunk = todo.popleft()
                finished(number, lay_out_chunk(chunk))
            elif sent:
                wait_first(sent)
    return [done[number] for number in range(len(chunks))]


def _write(results: list[ChunkResult], out: BinaryIO, style: InsertStyle, skip: int) -> None:
    """Join the chunks' pages into `out`."""
    files = [result.path for result in results if result.pages]
    title = f"{style.name}: inserts"
    if style.page.sheet:
        impose(files, out, title, style.page, skip)
    else:
        join_pages(files, out, title)


def _outcomes(
    entries: Sequence[tuple[Order, Note]], results: list[ChunkResult], page: PageSize, skip: int
) -> list[InsertOutcome]:
    findings = [finding for result in results for finding in result.findings]
    outcomes = []
    placed = 0
    for (order, _), finding in zip(entries, findings, strict=True):
        if finding is None:
            outcomes.append(InsertOutcome(order.order_id, (skip + placed) // page.slots + 1, None))
            placed += 1
        else:
            outcomes.append(InsertOutcome(order.order_id, None, finding))
    return outcomes
