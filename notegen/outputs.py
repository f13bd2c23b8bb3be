"""The two outputs of a run, in a registry: emails into an outbox, or PDF inserts into one file.

Each producer takes the orders that passed triage and returns one `Outcome` per order, in input order.
"""

from __future__ import annotations

import functools
import multiprocessing
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from datetime import datetime
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
        if item.note is None or item.outcome is None or item.outcome.status != "ok":
            assert item.outcome is not None
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
        outcomes.append(_with_output(item.outcome, label))
    return outcomes


def _with_output(outcome: Outcome, output: str) -> Outcome:
    return Outcome(
        outcome.order_id, outcome.source, outcome.status, outcome.locale, outcome.score, outcome.findings, output
    )


def produce_email(
    orders: Sequence[Order], config: ShopConfig, options: RunOptions, progress: Progress | None
) -> list[Outcome]:
    """Compose, lint and write one `.eml` (and `.html`) per order, chunk by chunk, in `options.jobs` processes."""
    options.output.mkdir(parents=True, exist_ok=True)
    parts = list(chunks(orders, CHUNK if options.jobs > 1 else max(1, min(CHUNK, len(orders)))))
    outcomes: list[Outcome] = []
    if options.jobs <= 1 or len(parts) <= 1:
        for part in parts:
            done = _email_chunk(part, config, options)
            outcomes += done
            if progress:
                progress(done)
        return outcomes
    with ProcessPoolExecutor(max_workers=options.jobs) as pool:
        for done in pool.map(_email_chunk, parts, [config] * len(parts), [options] * len(parts)):
            outcomes += done
            if progress:
                progress(done)
    return outcomes


def _recompose(order: Order, shorten: int, *, config: ShopConfig, now: datetime, fit: str, secret: str | None) -> Note:
    return compose(order, config, now, fit=fit, shorten=shorten, secret=secret)


def _notes_of(orders: Sequence[Order], config: ShopConfig, options: RunOptions) -> list[tuple[Note | None, Outcome]]:
    """`prepare` without the orders themselves: the caller has them, and sending them back would double them."""
    return [(item.note, item.outcome) for item in prepare(orders, config, options) if item.outcome is not None]


def _prepare_all(orders: Sequence[Order], config: ShopConfig, options: RunOptions) -> list[Prepared]:
    """Compose and lint a chunk at a time. A large batch does it in a helper process that ends before the layout
    starts, so that the spaCy pipelines never sit in memory beside the layout engine's workers."""
    parts = list(chunks(orders, CHUNK))
    if len(parts) <= 1:
        return [item for part in parts for item in prepare(part, config, options)]
    with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn")) as pool:
        done = pool.map(_notes_of, parts, [config] * len(parts), [options] * len(parts))
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
    rejected = [item.outcome for item in prepared if item.note is None and item.outcome is not None]
    if progress and rejected:
        progress(rejected)
    accepted = [item for item in prepared if item.note is not None]
    recompose = functools.partial(_recompose, config=config, now=options.now, fit=options.fit, secret=options.secret)
    placed = render_inserts(
        [(item.order, item.note) for item in accepted if item.note is not None],
        config,
        options.output,
        size=options.size,
        skip=options.skip,
        jobs=options.jobs,
        recompose=recompose,
    )
    by_id: dict[str, Outcome] = {}
    label = options.output_label or str(options.output)
    for item, result in zip(accepted, placed, strict=True):
        assert item.outcome is not None
        if result.page is not None:
            by_id[id_key(item.order)] = _with_output(item.outcome, f"{label}#page={result.page}")
        else:
            findings = (*item.outcome.findings, *([result.finding] if result.finding else []))
            by_id[id_key(item.order)] = Outcome(
                item.order.order_id,
                item.order.source,
                "rejected",
                item.outcome.locale,
                item.outcome.score,
                findings,
                reason="PDF001: the note does not fit its insert, even in its shortest form",
                rows=item.order.rows,
            )
    if progress:
        progress(list(by_id.values()))
    return [by_id.get(id_key(item.order)) or item.outcome for item in prepared if item.outcome is not None]


def id_key(order: Order) -> str:
    """A key that tells orders apart within one run (order ids are unique once the readers have run)."""
    return f"{order.order_id}\x00{order.source}"


PRODUCERS: dict[str, Producer] = {"email": produce_email, "pdf": produce_pdf}
