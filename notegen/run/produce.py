"""The two outputs of a run, in a registry: emails into an outbox, or PDF inserts into one file.

Each producer takes the orders that passed triage and returns one `Outcome` per order, in input order.
"""

from __future__ import annotations

import hashlib
import importlib
import itertools
import logging
import re
import tempfile
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Executor, Future
from contextlib import contextmanager, nullcontext
from dataclasses import replace
from pathlib import Path
from typing import BinaryIO

from notegen.config import ShopConfig
from notegen.errors import RenderError
from notegen.files import SHARED, write_atomic, write_failure
from notegen.model import Note, Order
from notegen.render.email.message import EmailOutput, build_email
from notegen.render.pdf.document import InsertOutcome, Recompose, render_inserts
from notegen.run.outcome import Outcome, does_not_fit
from notegen.run.prepare import CHUNK, SHORTEN_STEPS, Prepared, Progress, RunOptions, chunks, prepare, recomposer
from notegen.workers import result_of, worker_pool

log = logging.getLogger("notegen")

AHEAD = 2
"""Chunks of messages being made per worker while one is written."""
_SAFE_STEM = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}")
_UNSAFE_CHARS = re.compile(r"[^A-Za-z0-9._-]+")
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}
Producer = Callable[[Sequence[Order], ShopConfig, RunOptions, Progress | None, Executor | None], list[Outcome]]


Made = tuple[Outcome, EmailOutput | None]


def message_filename(order_id: str) -> str:
    """A file stem safe on every file system for the order's messages (`#1001` -> `1001`).

    Ids that are safe as they are (after Shopify's leading "#") stay readable; any other id is cleaned and
    gets a short digest of the original, so that cleaning never makes two ids share a file.
    """
    stem = order_id.removeprefix("#")
    if _SAFE_STEM.fullmatch(stem) and stem.split(".")[0].lower() not in _RESERVED and not stem.endswith("."):
        return stem
    cleaned = _UNSAFE_CHARS.sub("_", stem).strip("._-")[:60] or "order"
    return f"{cleaned}-{hashlib.sha256(order_id.encode('utf-8')).hexdigest()[:10]}"


def write_email(outbox: Path, output: EmailOutput) -> Path:
    """Write `<stem>.html` and then `<stem>.eml` into `outbox`, each atomically; returns the `.eml` path."""
    stem = message_filename(output.order_id)
    eml = outbox / f"{stem}.eml"
    try:
        write_atomic(outbox / f"{stem}.html", output.html.encode("utf-8"))
        write_atomic(eml, output.eml)
    except OSError as error:
        raise write_failure(eml, "message", error) from None
    return eml


def _email_chunk(orders: Sequence[Order], config: ShopConfig, options: RunOptions) -> list[Made]:
    """Compose, lint and build the messages of a chunk; each outcome with its message, None where there is none."""
    made: list[Made] = []
    for item in prepare(orders, config, options):
        if item.note is None:
            made.append((item.outcome, None))
            continue
        try:
            if not item.order.customer.email:
                raise RenderError("customer.email: missing; a thank-you email needs the customer's address")
            made.append((item.outcome, build_email(item.order, item.note, config, options.now)))
        except RenderError as error:  # data the email cannot carry: the order is invalid for this output
            invalid = Outcome(
                item.order.order_id,
                item.order.source,
                "invalid",
                item.outcome.locale,
                reason=str(error),
                rows=item.order.rows,
            )
            made.append((invalid, None))
    return made


def _write_chunk(made: list[Made], options: RunOptions) -> list[Outcome]:
    """Write a chunk's messages into the outbox; the outcomes, each ok one naming its `.eml`."""
    outcomes = []
    folder = Path(options.output_label or str(options.output))
    for outcome, message in made:
        if message is None:
            outcomes.append(outcome)
        else:
            outcomes.append(replace(outcome, output=str(folder / write_email(options.output, message).name)))
    return outcomes


def _submit(pool: Executor, part: Sequence[Order], config: ShopConfig, options: RunOptions) -> Future[list[Made]]:
    if part:
        return pool.submit(_email_chunk, part, config, options)
    ready: Future[list[Made]] = Future()  # nothing to make: no round trip to a worker
    ready.set_result([])
    return ready


def _in_order(
    pool: Executor, parts: Iterable[Sequence[Order]], config: ShopConfig, options: RunOptions
) -> Iterator[list[Made]]:
    """Each part's messages, in order, from `pool`: a few parts ahead are being made while one is written, so
    the workers never wait for the writing and no more than a few parts' messages are held at once."""
    pending: deque[Future[list[Made]]] = deque()
    remaining = iter(parts)
    for part in itertools.islice(remaining, AHEAD * options.jobs):
        pending.append(_submit(pool, part, config, options))
    try:
        while pending:
            done = result_of(pending.popleft())
            following = next(remaining, None)
            if following is not None:
                pending.append(_submit(pool, following, config, options))
            yield done
    finally:
        for future in pending:
            future.cancel()


def _warm() -> None:
    """Import the lint (and spaCy with it) in a worker process, before it is given any orders."""
    importlib.import_module("notegen.lint.engine")


@contextmanager
def email_workers(jobs: int) -> Iterator[Executor | None]:
    """The worker processes of an email run (none for one job), started before the orders are read: each
    imports the lint while this process reads, so that no time is lost to it once the orders are there."""
    if jobs <= 1:
        yield None
        return
    with worker_pool(jobs) as pool:
        for _ in range(jobs):
            pool.submit(_warm)
        yield pool


def email_parts(
    parts: Iterable[Sequence[Order]], config: ShopConfig, options: RunOptions, workers: Executor | None = None
) -> Iterator[list[Outcome]]:
    """Compose, lint and build one message per order of each part, in `options.jobs` processes (`workers` when
    started already); this process writes each `.eml` (and `.html`), in input order, while the workers make the
    next parts, and gives each part's outcomes once its messages are safely written. Parts are taken from `parts`
    only a few ahead of the writing. (Files are created by one process: creating files in one folder from several
    processes at once costs more than it saves.)"""
    options.output.mkdir(parents=True, exist_ok=True)
    remaining = iter(parts)
    first = list(itertools.islice(remaining, 2))
    parts = itertools.chain(first, remaining)
    if workers is None and (options.jobs <= 1 or len(first) <= 1):
        for part in parts:
            yield _write_chunk(_email_chunk(part, config, options), options) if part else []
        return
    with email_workers(options.jobs) if workers is None else nullcontext(workers) as pool:
        assert pool is not None
        for made in _in_order(pool, parts, config, options):
            yield _write_chunk(made, options)


def produce_email(
    orders: Sequence[Order],
    config: ShopConfig,
    options: RunOptions,
    progress: Progress | None,
    workers: Executor | None = None,
) -> list[Outcome]:
    """`email_parts` of `orders` a chunk at a time; `progress` hears of each chunk once it is written."""
    outcomes: list[Outcome] = []
    for done in email_parts(chunks(orders, CHUNK), config, options, workers):
        outcomes.extend(done)
        if progress:
            progress(done)
    return outcomes


def _notes_of(orders: Sequence[Order], config: ShopConfig, options: RunOptions) -> list[tuple[Note | None, Outcome]]:
    """`prepare` without the orders themselves: the caller has them, and sending them back would double them."""
    return [(item.note, item.outcome) for item in prepare(orders, config, options)]


def _prepare_all(orders: Sequence[Order], config: ShopConfig, options: RunOptions) -> list[Prepared]:
    """Compose and lint a chunk at a time. A large batch does it in a helper process that ends before the layout
    starts, so that the spaCy pipelines never sit in memory beside the layout engine's workers."""
    parts = list(chunks(orders, CHUNK))
    if len(parts) <= 1:
        return [item for part in parts for item in prepare(part, config, options)]
    with worker_pool(1, "spawn") as pool:
        futures = [pool.submit(_notes_of, part, config, options) for part in parts]
        done = (result_of(future) for future in futures)
        return [
            Prepared(order, note, outcome)
            for part, results in zip(parts, done, strict=True)
            for order, (note, outcome) in zip(part, results, strict=True)
        ]


def write_inserts(
    entries: Sequence[tuple[Order, Note]],
    config: ShopConfig,
    out: Path,
    *,
    size: str = "A6",
    skip: int = 0,
    jobs: int = 1,
    recompose: Recompose | None = None,
    shorten_steps: int = 0,
    progress: Callable[[int], None] | None = None,
) -> list[InsertOutcome]:
    """Lay out `entries` as one PDF at `out` (`render_inserts`, whose options these are), written atomically and
    readable by others, for a print queue run by another user; one outcome per entry.

    The chunks' PDFs go to a private folder beside `out`, removed on every exit; one that a killed run left
    behind is removed by the next run into this output (`notegen.files.remove_leftovers`).
    """
    placed: list[InsertOutcome] = []
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=out.parent, prefix=f".{out.name}.", suffix=".tmp") as work:

            def fill(stream: BinaryIO) -> None:
                layout = render_inserts(
                    entries, config, stream, work=Path(work), size=size, skip=skip, jobs=jobs,
                    recompose=recompose, shorten_steps=shorten_steps, progress=progress,
                )  # fmt: skip
                placed.extend(layout)

            write_atomic(out, fill, SHARED)
    except OSError as error:
        raise write_failure(out, "inserts", error) from None
    if placed and all(outcome.page is None for outcome in placed):
        log.warning("%s: no note fits its insert; the PDF has no pages", out)
    return placed


def produce_pdf(
    orders: Sequence[Order],
    config: ShopConfig,
    options: RunOptions,
    progress: Progress | None,
    workers: Executor | None = None,
) -> list[Outcome]:
    """Compose and lint, then lay out every accepted note as one insert page of one PDF, in pick order."""
    prepared = _prepare_all(orders, config, options)
    rejected = [item.outcome for item in prepared if item.note is None]
    if progress and rejected:
        progress(rejected)
    recompose = recomposer(config, options)
    placed = iter(
        write_inserts(
            [(item.order, item.note) for item in prepared if item.note is not None],
            config,
            options.output,
            size=options.size,
            skip=options.skip,
            jobs=options.jobs,
            recompose=recompose,
            shorten_steps=SHORTEN_STEPS,
        )
    )
    label = options.output_label or str(options.output)
    outcomes = []
    for item in prepared:
        if item.note is None:
            outcomes.append(item.outcome)
            continue
        result = next(placed)
        if result.page is not None:
            outcomes.append(replace(item.outcome, output=f"{label}#page={result.page}"))
        else:
            outcomes.append(does_not_fit(item.outcome, result.finding, item.order.rows))
    if progress:
        progress([outcome for item, outcome in zip(prepared, outcomes, strict=True) if item.note is not None])
    return outcomes


PRODUCERS: dict[str, Producer] = {"email": produce_email, "pdf": produce_pdf}
