"""Run the pipeline over many orders: triage, compose, lint, render; every order ends with an `Outcome`.

Order of work: orders that are invalid, cancelled/refunded, beyond `--limit` or already done (`--resume`) are
settled first; the rest are composed and linted (a note with an error finding is rejected, never rendered),
then rendered to the chosen output. The run journal records each produced order (by order id and a digest of
its content) once its output is safely written, so that `--resume` skips exactly what is done.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from concurrent.futures import Executor
from dataclasses import replace

from notegen.config import ShopConfig
from notegen.model import InvalidOrder, Order, ReadResult
from notegen.run.outcome import Outcome
from notegen.run.prepare import Progress, RunOptions
from notegen.run.produce import PRODUCERS
from notegen.run.run_journal import RunJournal

NO_GIFT_INSERT = "gift order: no insert is printed for gift orders ([insert] gift = false)"


def default_jobs() -> int:
    """One worker per core this process may use."""
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


def triage(
    results: Sequence[ReadResult], options: RunOptions, journal: RunJournal | None, gift_inserts: bool = True
) -> tuple[list[Outcome | Order], list[Order]]:
    """Settle what needs no note: each result's slot (an Outcome, or the Order to produce), and the todo list.

    With a journal (`--resume`), an order produced before from the same data keeps its recorded outcome. A PDF
    is one file: it is kept only when every order in it is done; otherwise it is made again, whole."""
    slots: list[Outcome | Order] = []
    todo: list[Order] = []
    for result in results:
        if isinstance(result, InvalidOrder):
            slots.append(Outcome(result.order_id, result.source, "invalid", reason=result.reason, rows=result.rows))
            continue
        order = replace(result, locale=options.locale) if options.locale else result
        reason = order.skip_reason
        if not reason and order.gift and options.to == "pdf" and not gift_inserts:
            reason = NO_GIFT_INSERT
        if not reason and options.limit is not None and len(todo) >= options.limit:
            reason = f"beyond --limit {options.limit}"
        done = journal.done(order, options.to, options.fit) if journal and not reason else None
        if reason:
            slots.append(Outcome(order.order_id, order.source, "skipped", reason=reason, rows=order.rows))
        else:
            slots.append(done or order)
            if done is None:
                todo.append(order)
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
    `workers` are worker processes started already (see `outputs.email_workers`)."""
    slots, todo = triage(results, options, journal if options.resume else None, config.insert.gift)
    settled = [slot for slot in slots if isinstance(slot, Outcome)]
    if progress and settled:
        progress(settled)
    by_id = {order.order_id: order for order in todo}

    def advance(outcomes: Sequence[Outcome]) -> None:
        # Producers report outcomes only once their outputs are safely written: record them as done right away,
        # so that an interrupted run resumes after the last finished chunk.
        if journal is not None:
            done = [(by_id[o.order_id], o) for o in outcomes if o.status == "ok" and o.order_id in by_id]
            journal.record(done, options.to, options.fit)
        if progress:
            progress(outcomes)

    if not todo and any(isinstance(slot, Outcome) and slot.status == "ok" for slot in slots):
        return [slot for slot in slots if isinstance(slot, Outcome)]  # all done before: the output stays as it is
    if options.to == "pdf" and journal is not None:
        journal.forget(options.to)  # the PDF is written anew: the orders of an earlier one are in it no more
    produced = PRODUCERS[options.to](todo, config, options, advance, workers)
    made = iter(produced)
    return [slot if isinstance(slot, Outcome) else next(made) for slot in slots]
