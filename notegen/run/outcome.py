"""What happened to each input order in a run: produced, rejected, invalid or skipped, and why."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Literal

from notegen.compose.codes import IssuedCode
from notegen.model import Finding, Order, Row

OutcomeStatus = Literal["ok", "rejected", "invalid", "skipped"]
STATUSES: tuple[OutcomeStatus, ...] = ("ok", "rejected", "invalid", "skipped")
DOES_NOT_FIT = "PDF001: the note does not fit its insert, even in its shortest form"


@dataclass(frozen=True)
class Outcome:
    """One input order's fate. `reason` explains every status but ok; `output` says where the note went.

    `rows` (the order's input rows, for `rejects.csv`) and `codes` are carried along for the run's files; they
    are made where the note is made, in a worker process, so that the run ends without doing them again."""

    order_id: str
    source: str
    status: OutcomeStatus
    locale: str = ""
    score: int | None = None
    findings: tuple[Finding, ...] = ()
    output: str = ""
    reason: str = ""
    rows: tuple[Row, ...] = field(default=(), compare=False, repr=False)
    codes: tuple[IssuedCode, ...] = field(default=(), compare=False, repr=False)
    """The gift and referral codes the note gives (an ok outcome's), for `codes.csv`."""
    attention: str = ""
    """Why a person should read the customer's own order note (complaint, question, request, not understood)."""
    follow_up: FollowUp | None = field(default=None, compare=False, repr=False)
    """Who wrote that note and what, for `attention.csv` (with `attention` only)."""
    unknown_history: bool = False
    """Whether the data says nothing of the customer's earlier orders (no order count, no account date, see
    `Customer.history`): the note thanks without calling the order a first one."""


@dataclass(frozen=True)
class FollowUp:
    """What a person needs to follow a customer's note up: the customer's name and email, and the note."""

    name: str
    email: str
    note: str

    @classmethod
    def of(cls, order: Order) -> FollowUp:
        """Who wrote `order`'s note, how to reach them, and the note."""
        return cls(order.customer.full_name, order.customer.email, order.note)


def does_not_fit(outcome: Outcome, finding: Finding | None, rows: tuple[Row, ...]) -> Outcome:
    """`outcome` of a note that got no insert page (PDF001): rejected, with the renderer's finding."""
    findings = (*outcome.findings, *([finding] if finding else []))
    return replace(outcome, status="rejected", findings=findings, reason=DOES_NOT_FIT, rows=rows)


def tally(outcomes: list[Outcome]) -> dict[str, int]:
    """Counts per status, always with every status, the total under "orders", under "attention" the orders
    whose customer's note a person should read and under "unknown_history" the notes produced for customers
    whose earlier orders the data does not tell (see `unknown_history`)."""
    counts = Counter(outcome.status for outcome in outcomes)
    attention = sum(1 for outcome in outcomes if outcome.attention)
    unknown = sum(1 for outcome in outcomes if without_history(outcome))
    return {
        "orders": len(outcomes),
        **{status: counts.get(status, 0) for status in STATUSES},
        "attention": attention,
        "unknown_history": unknown,
    }


def without_history(outcome: Outcome) -> bool:
    """Whether `outcome` is a note produced for a customer whose earlier orders the data does not tell."""
    return outcome.status == "ok" and outcome.unknown_history


def summary_line(outcomes: list[Outcome]) -> str:
    """The summary printed at the end of a run (see `summary_of`)."""
    return summary_of(tally(outcomes))


def summary_of(counts: dict[str, int]) -> str:
    """The summary of a run's counts (see `tally`): one line, and one more when notes were written without a known
    order history, saying what would tell it."""
    orders = f"{counts['orders']} order{'' if counts['orders'] == 1 else 's'}"
    attention = f", {counts['attention']} for a person to follow up" if counts["attention"] else ""
    return (
        f"{orders}: {counts['ok']} produced, {counts['rejected']} rejected, "
        f"{counts['invalid']} invalid, {counts['skipped']} skipped{attention}"
        + unknown_history_line(counts.get("unknown_history", 0), "\n")
    )


def unknown_history_line(count: int, before: str) -> str:
    """What `count` notes written without knowing whether the customer ordered before tell the shop, after
    `before`; "" when there are none."""
    if not count:
        return ""
    notes = f"{count} note{'' if count == 1 else 's'}"
    return (
        f"{before}{notes} without a known order history (no orders_count or customer_since): they thank without "
        "calling it a first order; give the count, or earlier orders with --history FILE"
    )
