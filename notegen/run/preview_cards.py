"""The preview gallery's data: one card per input order, as plain values that the page's script lays out.

Pure: no files, no clock. `card_data` turns what happened to one order (its outcome, its note, the files of its
email and insert) into a JSON-ready mapping; `highlight` cuts a note's text at its findings so that the page can
mark each finding where it stands; `tallies` counts the cards by status, language, finding code and attention
(why a person should follow the customer's note up) for the top of the page. The page sets every value as text,
never as HTML, so nothing here needs escaping.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from notegen.model import LANGS, Finding, InvalidOrder, Note, ReadResult
from notegen.run.outcome import STATUSES, Outcome

NO_LANG = "none"
"""The language filter's value for cards without a language (invalid orders)."""


@dataclass(frozen=True)
class CardSource:
    """Everything the gallery knows about one input order.

    `n` is its 1-based place in the input; `note` is the note as linted (rejected ones too); `email` and `insert`
    are the paths, relative to the gallery folder, of its email file and of the image of its insert's page;
    `email_problem` says why a produced order has no email (e.g. the customer has no address).
    """

    n: int
    result: ReadResult
    outcome: Outcome
    lang: str = ""
    note: Note | None = None
    email: str = ""
    email_problem: str = ""
    insert: str = ""
    page: int | None = None


def highlight(text: str, findings: Sequence[Finding]) -> list[tuple[str, list[int]]]:
    """`text` cut into (piece, indexes of the findings that cover the piece), in order, covering all of it.

    Findings without a place in `text` (start -1, or offsets outside it) cover nothing; overlapping findings
    cut the text at every edge, so that each piece knows all the findings it belongs to.
    """
    spans = [(i, f.start, f.end) for i, f in enumerate(findings) if 0 <= f.start < f.end <= len(text)]
    edges = sorted({0, len(text), *(start for _, start, _ in spans), *(end for _, _, end in spans)})
    pieces = []
    for start, end in pairwise(edges):
        covering = [i for i, first, last in spans if first <= start and end <= last]
        pieces.append((text[start:end], covering))
    return pieces


def customer_name(result: ReadResult) -> str:
    """The name the gallery shows and searches for the order ("" for an invalid order)."""
    if isinstance(result, InvalidOrder):
        return ""
    customer = result.customer
    return customer.full_name or " ".join(part for part in (customer.salutation, customer.last_name) if part)


def _finding(finding: Finding, text_length: int) -> dict[str, Any]:
    placed = 0 <= finding.start < finding.end <= text_length
    return {
        "code": finding.code,
        "severity": finding.severity,
        "message": finding.message,
        "text": finding.text,
        "placed": placed,
    }


def card_data(source: CardSource) -> dict[str, Any]:
    """The card of one order, as the page's script reads it (keys documented in templates/preview/preview.js)."""
    outcome = source.outcome
    note = source.note
    text = note.text if note else ""
    findings = outcome.findings
    return {
        "n": source.n,
        "id": outcome.order_id,
        "name": customer_name(source.result),
        "status": outcome.status,
        "lang": source.lang,
        "score": outcome.score,
        "source": outcome.source,
        "reason": outcome.reason,
        "attention": outcome.attention,
        "subject": note.subject if note else "",
        "asks": list(note.asks) if note else [],
        "email": source.email,
        "emailProblem": source.email_problem,
        "insert": source.insert,
        "page": source.page,
        "codes": sorted({finding.code for finding in findings}),
        "findings": [_finding(finding, len(text)) for finding in findings],
        "text": highlight(text, findings) if text else [],
    }


@dataclass(frozen=True)
class Tallies:
    """How many cards there are by status (every status), by language, by finding code and by why a person
    should follow the customer's note up (`attention`), in display order."""

    total: int
    statuses: list[tuple[str, int]]
    langs: list[tuple[str, int]]
    codes: list[tuple[str, int]]
    attention: list[tuple[str, int]] = dataclasses.field(default_factory=list)

    @property
    def needs_person(self) -> int:
        """How many cards a person should follow up."""
        return sum(count for _, count in self.attention)

    @property
    def by_status(self) -> dict[str, int]:
        return dict(self.statuses)


def tallies(cards: Sequence[dict[str, Any]]) -> Tallies:
    """Count `cards` (as made by `card_data`) for the counts and filters at the top of the page."""
    statuses = Counter(card["status"] for card in cards)
    langs = Counter(card["lang"] or NO_LANG for card in cards)
    codes = Counter(code for card in cards for code in card["codes"])
    attention = Counter(card["attention"] for card in cards if card.get("attention"))
    lang_order = [*LANGS, *sorted(lang for lang in langs if lang not in LANGS and lang != NO_LANG), NO_LANG]
    return Tallies(
        total=len(cards),
        statuses=[(status, statuses.get(status, 0)) for status in STATUSES],
        langs=[(lang, langs[lang]) for lang in lang_order if langs.get(lang)],
        codes=sorted(codes.items()),
        attention=sorted(attention.items()),
    )
