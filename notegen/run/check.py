"""`notegen check`: what a batch holds before anything is rendered."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from notegen.config import ShopConfig
from notegen.language.locales import choose_lang
from notegen.model import InvalidOrder, ReadResult
from notegen.run.config_texts import wrong_language
from notegen.run.outcome import unknown_history_line


@dataclass(frozen=True)
class CheckSummary:
    """Counts of a batch, and the orders that will get no note with the reason why."""

    orders: int = 0
    items: int = 0
    languages: dict[str, int] = field(default_factory=dict)
    first_time: int = 0
    returning: int = 0
    unknown_history: int = 0
    skipped: list[tuple[str, str, str]] = field(default_factory=list)  # (order id, source, reason)
    invalid: list[tuple[str, str, str]] = field(default_factory=list)
    wrong_language: list[str] = field(default_factory=list)  # config texts the notes would print in another language

    @property
    def exit_code(self) -> int:
        return 1 if self.invalid else 0


def summarise(results: Iterable[ReadResult], config: ShopConfig, today: date) -> CheckSummary:
    """Count orders, items, languages and history (as of `today`); list skipped and invalid orders with their
    reasons. `results` are taken one at a time: only counts and the listed orders are kept."""
    languages: Counter[str] = Counter()
    history: Counter[str] = Counter()
    items = orders = 0
    skipped, invalid = [], []
    for result in results:
        orders += 1
        if isinstance(result, InvalidOrder):
            invalid.append((result.order_id, result.source, result.reason))
            continue
        items += sum(item.quantity for item in result.items)
        if result.skip_reason:
            skipped.append((result.order_id, result.source, result.skip_reason))
            continue
        languages[choose_lang(result, config)] += 1
        history[result.customer.history(today)] += 1
    return CheckSummary(
        orders=orders,
        items=items,
        languages=dict(sorted(languages.items())),
        first_time=history["first"],
        returning=history["returning"],
        unknown_history=history["unknown"],
        skipped=skipped,
        invalid=invalid,
        wrong_language=[
            problem.message(str(config.path or "notegen.toml")) for problem in wrong_language(config, languages)
        ],
    )


def format_summary(summary: CheckSummary) -> str:
    """The summary as the command line prints it."""
    langs = ", ".join(f"{lang} {count}" for lang, count in summary.languages.items()) or "none"
    lines = [
        f"orders: {summary.orders}",
        f"items: {summary.items}",
        f"languages: {langs}",
        f"customers: {summary.first_time} first-time, {summary.returning} returning"
        + (f", {summary.unknown_history} unknown" if summary.unknown_history else "")
        + unknown_history_line(summary.unknown_history, "\n  "),
        f"will be skipped: {len(summary.skipped)}",
    ]
    lines += [f"  {source}: order {order_id}: {reason}" for order_id, source, reason in summary.skipped]
    lines.append(f"invalid: {len(summary.invalid)}")
    lines += [f"  {source}: order {order_id or '(no id)'}: {reason}" for order_id, source, reason in summary.invalid]
    if summary.wrong_language:
        lines.append(f"config texts in the wrong language: {len(summary.wrong_language)}")
        lines += [f"  {message}" for message in summary.wrong_language]
    return "\n".join(lines)
