"""Compose and lint a run's orders: the shared first half of every output.

`RunOptions` carries how the run was asked for; `prepare` turns orders into notes and lint verdicts, in order.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from notegen.compose.codes import issued_codes
from notegen.compose.composer import SHORTEN_STEPS, compose
from notegen.compose.context import shop_catalog
from notegen.compose.gift_insert import OCCASION as GIFT_INSERT
from notegen.config import ShopConfig
from notegen.language.catalog import Catalog
from notegen.language.items import ITEM_WARNING
from notegen.lint import Linter, LintResult
from notegen.model import Finding, Note, Order
from notegen.run.outcome import FollowUp, Outcome

Progress = Callable[[Sequence[Outcome]], None]
__all__ = ["CHUNK", "SHORTEN_STEPS", "Prepared", "Progress", "RunOptions", "chunks", "prepare", "recomposer"]

CHUNK = 500  # orders composed and linted together: enough for the batch rules, small enough for memory


@dataclass(frozen=True)
class RunOptions:
    """How to run a batch; `output_label` is the output path as the command line named it."""

    to: str
    output: Path
    now: datetime
    output_label: str = ""
    size: str = "A6"
    skip: int = 0
    jobs: int = 1
    locale: str | None = None
    limit: int | None = None
    resume: bool = False
    secret: str | None = None

    @property
    def fit(self) -> str:
        return "email" if self.to == "email" else self.size


@dataclass(frozen=True)
class Prepared:
    """An order that passed triage, with its note (None when the lint rejected it) and its outcome so far."""

    order: Order
    note: Note | None
    outcome: Outcome


def _recompose(order: Order, shorten: int, *, config: ShopConfig, now: datetime, fit: str, secret: str | None) -> Note:
    return compose(order, config, now, fit=fit, shorten=shorten, secret=secret)


def recomposer(config: ShopConfig, options: RunOptions) -> Callable[[Order, int], Note]:
    """Compose an order again `shorten` steps shorter (up to `SHORTEN_STEPS`), for an insert that overflowed; a
    picklable function, so that the layout's worker processes can call it."""
    return functools.partial(_recompose, config=config, now=options.now, fit=options.fit, secret=options.secret)


def _for_recipient(verdict: LintResult) -> LintResult:
    """A gift insert greets the person who unwraps it, whose name the order does not give: SIN201 (the
    greeting names the buyer) does not apply to it."""
    return replace(verdict, findings=tuple(f for f in verdict.findings if f.code != "SIN201"))


@functools.cache
def _linter(threshold: int, catalog: Catalog | None) -> Linter:
    """One linter per process (and catalog): its spaCy pipelines are built once, on first use of each language;
    the shop's catalog names items as the composer named them."""
    return Linter(threshold=threshold, catalog=catalog)


def prepare(orders: Sequence[Order], config: ShopConfig, options: RunOptions) -> list[Prepared]:
    """Compose and lint each order; a note with an error finding becomes a rejected outcome."""
    notes = [compose(order, config, options.now, fit=options.fit, secret=options.secret) for order in orders]
    verdicts = _linter(config.lint.score_threshold, shop_catalog(config)).check_batch(
        [(note.text, order, note.lang) for order, note in zip(orders, notes, strict=True)]
    )
    verdicts = [_for_recipient(v) if n.occasion == GIFT_INSERT else v for n, v in zip(notes, verdicts, strict=True)]
    prepared = []
    for order, note, verdict in zip(orders, notes, verdicts, strict=True):
        naming = tuple(Finding(ITEM_WARNING, "warning", message) for message in note.attention)
        judged = Outcome(
            order.order_id,
            order.source,
            "ok",
            locale=note.lang,
            score=verdict.score,
            findings=verdict.findings + naming,
            attention=note.follow_up,
            follow_up=FollowUp.of(order) if note.follow_up else None,
            unknown_history=not order.customer.history_known,
        )
        if verdict.errors:
            failed = ", ".join(sorted({f.code for f in verdict.errors}))
            rejected = replace(judged, status="rejected", reason=f"lint errors: {failed}", rows=order.rows)
            prepared.append(Prepared(order, None, rejected))
        else:
            printed = {note.gift_code, note.referral_code} - {""}  # a code the note does not offer is not issued
            codes = tuple(
                code for code in issued_codes(order, config, options.now, secret=options.secret) if code.code in printed
            )
            prepared.append(Prepared(order, note, replace(judged, codes=codes)))
    return prepared


def chunks(items: Sequence[Order], size: int) -> Iterator[Sequence[Order]]:
    """Consecutive slices of at most `size` items."""
    for start in range(0, len(items), size):
        yield items[start : start + size]
