"""The two outputs of a run, in a registry: emails into an outbox, or PDF inserts into one file.

Each producer takes the orders that passed triage and returns one `Outcome` per order, in input order.
"""

from __future__ import annotations

import functools
import multiprocessing
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from datetime import datetime
from itertools import repeat
from pathlib import Path

from .compose import compose
from .config import ShopConfig
from .errors import RenderError
from .model import Note, Order
from .outcome import Outcome
from .prepare import CHUNK, Prepared, Progress, RunOptions, chunks, prepare
from .render.email import build_email, write_email
from .render.pdf import render_inserts

Producer = Callable[[Sequence[Order], ShopConfig, RunOptions, Progress | None], list[Outcome]]


def _email_chunk(orders: Sequence[Order], config: ShopConfig, options: RunOptions) -> list[Outcome]:
    outcomes = []
    for item in prepare(orders, config, options):
        if item.note is None:
            outcomes.append(item.outcome)
            continue
        try:
            if not item.order.customer.email:
                raise RenderError("customer.email: missing; a thank-you email needs the customer's address")
            message = build_email(item.order, item.note, config, options.now)
        except RenderError as error:  # data the email cannot carry: the order is invalid for this output
            outcomes.append(
                Outcome(
                    item.order.order_id,
                    item.order.source,
                    "invalid",
                    item.outcome.locale,
                    reason=str(error),
                    rows=item.order.rows,
                )
            )
            continue
        path = write_email(options.output, message)
        label = str(Path(options.output_label or str(options.output)) / path.name)
        outcomes.append(replace(item.outcome, output=label))
    return outcomes


def _collect(done_parts: Iterable[list[Outcome]], progress: Progress | None) -> list[Outcome]:
    """The outcomes of each chunk as it finishes, in order, reported to `progress` chunk by chunk."""
    outcomes: list[Outcome] = []
    for done in done_parts:
        outcomes += done
        if progress:
            progress(done)
    return outcomes


def produce_email(
    orders: Sequence[Order], config: ShopConfig, options: RunOptions, progress: Progress | None
) -> list[Outcome]:
    """Compose, lint and write one `.eml` (and `.html`) per order, chunk by chunk, in `options.jobs` processes."""
    options.output.mkdir(parents=True, exist_ok=True)
    parts = list(chunks(orders, CHUNK))
    if options.jobs <= 1 or len(parts) <= 1:
        return _collect(map(_email_chunk, parts, repeat(config), repeat(options)), progress)
    with ProcessPoolExecutor(max_workers=options.jobs) as pool:
        return _collect(pool.map(_email_chunk, parts, repeat(config), repeat(options)), progress)


def _recompose(order: Order, shorten: int, *, config: ShopConfig, now: datetime, fit: str, secret: str | None) -> Note:
    return compose(order, config, now, fit=fit, shorten=shorten, secret=secret)


def _notes_of(orders: Sequence[Order], config: ShopConfig, options: RunOptions) -> list[tuple[Note | None, Outcome]]:
    """`prepare` without the orders themselves: the caller has them, and sending them back would double them."""
    return [(item.note, item.outcome) for item in prepare(orders, config, options)]


def _prepare_all(orders: Sequence[Order], config: ShopConfig, options: RunOptions) -> list[Prepared]:
    """Compose and lint a chunk at a time. A large batch does it in a helper process that ends before the layout
    starts, so that the spaCy pipelines never sit in memory beside the layout engine's workers."""
    parts = list(chunks(orders, CHUNK))
    if len(parts) <= 1:
        return [item for part in parts for item in prepare(part, config, options)]
    with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn")) as pool:
        done = pool.map(_notes_of, parts, repeat(config), repeat(options))
        return [
            Prepared(order, note, outcome)
            for part, results in zip(parts, done, strict=True)
            for order, (note, outcome) in zip(part, results, strict=True)
        ]


def produce_pdf(
    orders: Sequence[Order], config: ShopConfig, options: RunOptions, progress: Progress | None
) -> list[Outcome]:
    """Compose and lint, then lay out every accepted note as one insert page of one PDF, in pick order."""
    prepared = _prepare_all(orders, config, options)
    rejected = [item.outcome for item in prepared if item.note is None]
    if progress and rejected:
        progress(rejected)
    recompose = functools.partial(_recompose, config=config, now=options.now, fit=options.fit, secret=options.secret)
    placed = iter(
        render_inserts(
            [(item.order, item.note) for item in prepared if item.note is not None],
            config,
            options.output,
            size=options.size,
            skip=options.skip,
            jobs=options.jobs,
            recompose=recompose,
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
            outcomes.append(
                replace(
                    item.outcome,
                    status="rejected",
                    findings=(*item.outcome.findings, *([result.finding] if result.finding else [])),
                    reason="PDF001: the note does not fit its insert, even in its shortest form",
                    rows=item.order.rows,
                )
            )
    if progress:
        progress([outcome for item, outcome in zip(prepared, outcomes, strict=True) if item.note is not None])
    return outcomes


PRODUCERS: dict[str, Producer] = {"email": produce_email, "pdf": produce_pdf}
