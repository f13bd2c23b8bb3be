"""Run the pipeline over many orders: triage, compose, lint, render; every order ends with an `Outcome`.

Order of work, a chunk of orders at a time for emails (a PDF is laid out whole): orders that are invalid,
cancelled/refunded, beyond `--limit` or already done (`--resume`) are settled first; the rest are composed and
linted (a note with an error finding is rejected, never rendered),
then rendered to the chosen output. The run journal records each produced order (by order id and a digest of
its content) once its output is safely written, so that `--resume` skips exactly what is done.
"""

from __future__ import annotations

import itertools
import os
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Executor
from dataclasses import replace

from notegen.config import ShopConfig
from notegen.model import InvalidOrder, Order, ReadResult
from notegen.run.outcome import Outcome
from notegen.run.prepare import CHUNK, Progress, RunOptions
from notegen.run.produce import PRODUCERS, email_parts
from notegen.run.run_journal import RunJournal

NO_GIFT_INSERT = "gift order: no insert is printed for gift orders ([insert] gift = false)"


def default_jobs() -> int:
    """One worker per core this process may use."""
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


def _settle(
    result: ReadResult, options: RunOptions, journal: RunJournal | None, gift_inserts: bool, taken: int
) -> Outcome | Order:
    """What becomes of one result: an `Outcome` when it needs no note (or was done before), else the `Order` to
    produce; `taken` is how many orders are to be produced before it (for `--limit`)."""
    if isinstance(result, InvalidOrder):
        return Outcome(result.order_id, result.source, "invalid", reason=result.reason, rows=result.rows)
    order = replace(result, locale=options.locale) if options.locale else result
    reason = order.skip_reason
    if not reason and order.gift and options.to == "pdf" and not gift_inserts:
        reason = NO_GIFT_INSERT
    if not reason and options.limit is not None and taken >= options.limit:
        reason = f"beyond --limit {options.limit}"
    if reason:
        return Outcome(order.order_id, order.source, "skipped", reason=reason, rows=order.rows)
    done = journal.done(order, options.to, options.fit) if journal else None
    return done or order


def triage(
    results: Sequence[ReadResult], options: RunOptions, journal: RunJournal | None, gift_inserts: bool = True
) -> tuple[list[Outcome | Order], list[Order]]:
    """Settle what needs no note: each result's slot (an Outcome, or the Order to produce), and the todo list.

    With a journal (`--resume`), an order produced before from the same data keeps its recorded outcome. A PDF
    is one file: it is kept only when every order in it is done; otherwise it is made again, whole."""
    slots: list[Outcome | Order] = []
    todo: list[Order] = []
    for result in results:
        slot = _settle(result, options, journal, gift_inserts, len(todo))
        slots.append(slot)
        if isinstance(slot, Order):
            todo.append(slot)
    kept = sum(isinstance(slot, Outcome) and slot.status == "ok" for slot in slots)
    if options.to == "pdf" and kept and (todo or not options.output.is_file()):
        return triage(results, options, None, gift_inserts)  # the PDF lacks some of its pages: it is made again, whole
    return slots, todo


def run(
    results: Sequence[ReadResult],
    config: ShopConfig,
    options: RunOptions,
    progress: Progress | None = None,
    journal: RunJournal | None = None,
    workers: Executor | None = None,
) -> list[Outcome]:
    """Produce a note for every order that should get one; returns one `Outcome` per result, in input order.
    `workers` are worker processes started already (see `produce.email_workers`)."""
    return list(run_stream(results, config, options, progress, journal, workers))


def run_stream(
    results: Iterable[ReadResult],
    config: ShopConfig,
    options: RunOptions,
    progress: Progress | None = None,
    journal: RunJournal | None = None,
    workers: Executor | None = None,
) -> Iterator[Outcome]:
    """`run`, giving each outcome as soon as its order is settled, in input order. An email run takes `results` a
    chunk at a time, as it goes: memory is bounded by a few chunks. A PDF is one file, laid out whole: its
    orders are all taken first."""
    if options.to == "pdf":
        yield from _pdf_run(list(results), config, options, progress, journal, workers)
        return
    resume = journal if options.resume else None
    waiting: deque[list[Outcome | Order]] = deque()  # the slots of each part handed to the producer, in order

    def parts() -> Iterator[list[Order]]:
        taken = 0
        for chunk in _batched(results, CHUNK):
            slots: list[Outcome | Order] = []
            for result in chunk:
                slot = _settle(result, options, resume, config.insert.gift, taken)
                taken += isinstance(slot, Order)
                slots.append(slot)
            waiting.append(slots)
            yield [slot for slot in slots if isinstance(slot, Order)]

    for made in email_parts(parts(), config, options, workers):
        slots = waiting.popleft()
        produced = iter(made)
        outcomes = [slot if isinstance(slot, Outcome) else next(produced) for slot in slots]
        if journal is not None:  # the part's messages are written: an interrupted run resumes after them
            done = zip(slots, outcomes, strict=True)
            journal.record(
                [(s, o) for s, o in done if isinstance(s, Order) and o.status == "ok"], options.to, options.fit
            )
        if progress:
            progress(outcomes)
        yield from outcomes


def _batched(items: Iterable[ReadResult], size: int) -> Iterator[list[ReadResult]]:
    """Consecutive lists of at most `size` items, taken from `items` as they are needed."""
    remaining = iter(items)
    while chunk := list(itertools.islice(remaining, size)):
        yield chunk


def _pdf_run(
    results: Sequence[ReadResult],
    config: ShopConfig,
    options: RunOptions,
    progress: Progress | None,
    journal: RunJournal | None,
    workers: Executor | None,
) -> list[Outcome]:
    slots, todo = triage(results, options, journal if options.resume else None, config.insert.gift)
    settled = [slot for slot in slots if isinstance(slot, Outcome)]
    if progress and settled:
        progress(settled)
    by_id = {order.order_id: order for order in todo}

    def advance(outcomes: Sequence[Outcome]) -> None:
        # Producers report outcomes only once their outputs are safely written: record them as done right away.
        if journal is not None:
            done = [(by_id[o.order_id], o) for o in outcomes if o.status == "ok" and o.order_id in by_id]
            journal.record(done, options.to, options.fit)
        if progress:
            progress(outcomes)

    if not todo and any(isinstance(slot, Outcome) and slot.status == "ok" for slot in slots):
        return settled  # all done before: the output stays as it is
    if journal is not None:
        journal.forget(options.to)  # the PDF is written anew: the orders of an earlier one are in it no more
    produced = iter(PRODUCERS[options.to](todo, config, options, advance, workers))
    return [slot if isinstance(slot, Outcome) else next(produced) for slot in slots]
