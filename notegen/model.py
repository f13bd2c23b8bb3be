"""The data notegen works on: orders as read, notes as composed, findings as linted.

All of it is frozen: a stage takes values and returns new ones, nothing is changed in place.
Validation of raw order data lives in `notegen.read.validate`; these classes only hold valid data.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Literal

Status = Literal["open", "cancelled", "refunded"]
Severity = Literal["error", "warning", "info"]
History = Literal["returning", "first", "unknown"]
LANGS: tuple[str, ...] = ("de", "fr", "en")

Row = Mapping[str, str]
RETURNING_AFTER_DAYS = 60
"""A customer whose order count is not known counts as returning when their account is older than this."""


@dataclass(frozen=True)
class Item:
    """One line of an order: what the customer bought, how many, at what unit price."""

    name: str
    quantity: int = 1
    price: Decimal | None = None
    variant: str = ""
    sku: str = ""


@dataclass(frozen=True)
class Customer:
    """Who placed the order. `salutation` is only set when the data gives it (ms, mr, mx)."""

    first_name: str = ""
    last_name: str = ""
    email: str = ""
    salutation: str = ""
    orders_count: int | None = None
    customer_since: date | None = None
    accepts_marketing: bool | None = None

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.first_name, self.last_name) if part)

    def history(self, today: date) -> History:
        """What the data shows of the customer's earlier orders (as of `today`): "returning" with more than one
        order, or, when no count is known, an account older than `RETURNING_AFTER_DAYS` (an account that old has
        seen an order); "first" with a count of one, or an account younger than that; "unknown" with neither a
        count nor an account date. A count made from the input alone says only whether the input holds an
        earlier order: the reading leaves a count of one unset (`notegen.read.merge`), so it stays unknown."""
        if not self.history_known:
            return "unknown"
        if self.orders_count:
            return "returning" if self.orders_count > 1 else "first"
        assert self.customer_since is not None
        return "returning" if (today - self.customer_since).days > RETURNING_AFTER_DAYS else "first"

    @property
    def history_known(self) -> bool:
        """Whether the data says anything of the customer's earlier orders (see `history`)."""
        return bool(self.orders_count) or self.customer_since is not None

    def is_returning(self, today: date) -> bool:
        """Whether the customer ordered before (see `history`)."""
        return self.history(today) == "returning"


@dataclass(frozen=True)
class Order:
    """A valid order, with where it came from (`source`, e.g. ``orders.csv:2-4``) and its raw input rows."""

    order_id: str
    customer: Customer
    items: tuple[Item, ...]
    source: str = ""
    placed_at: datetime | None = None
    locale: str | None = None
    currency: str = "EUR"
    shipping_country: str = ""
    gift: bool = False
    donation: bool = False
    note: str = ""
    discount_codes: tuple[str, ...] = ()
    status: Status = "open"
    rows: tuple[Row, ...] = field(default=(), compare=False, repr=False)

    @property
    def skip_reason(self) -> str:
        """Why this order gets no thank-you ("" when it gets one)."""
        if self.status == "cancelled":
            return "order was cancelled"
        if self.status == "refunded":
            return "order was fully refunded"
        return ""


@dataclass(frozen=True)
class InvalidOrder:
    """An order whose data is bad: it is reported with the reason, never softened into a generic note."""

    order_id: str
    source: str
    field: str
    problem: str
    rows: tuple[Row, ...] = dataclasses.field(default=(), compare=False, repr=False)

    @property
    def reason(self) -> str:
        return f"{self.field}: {self.problem}"


ReadResult = Order | InvalidOrder


@dataclass(frozen=True)
class Link:
    """A link the note offers: `kind` is review, referral, share, newsletter or service."""

    kind: str
    label: str
    url: str


@dataclass(frozen=True)
class Note:
    """A composed thank-you note, block by block, so that email and PDF can lay the blocks out.

    Empty strings are blocks that are switched off or do not apply. `text` is the note as the customer
    reads it, and what the lint judges. `attention` says what the shop should look at (an item the lexicon
    could not name with certainty); it is not part of the text. `asks` are what the note asks for (review,
    referral, share, newsletter; two at most), in the shop's order of preference: the first is the primary one.
    """

    order_id: str
    lang: str
    occasion: str
    subject: str
    greeting: str
    thanks: str
    signature: tuple[str, ...]
    reply: str = ""
    gift: str = ""
    gift_code: str = ""
    incentive: str = ""
    referral_code: str = ""
    support: str = ""
    stay_in_touch: str = ""
    service: str = ""
    preheader: str = ""
    links: tuple[Link, ...] = ()
    show_prices: bool = True
    attention: tuple[str, ...] = ()
    follow_up: str = ""
    """Why a person of the shop should read the customer's own note (complaint, question, request, not
    understood); "" when nobody needs to."""
    asks: tuple[str, ...] = ()

    BODY_BLOCKS = ("thanks", "reply", "gift", "incentive", "support")
    AFTER_SIGNATURE = ("stay_in_touch", "service")

    def body(self) -> list[tuple[str, str]]:
        """The paragraphs between greeting and signature, as (block name, text), empty ones left out."""
        return [(name, getattr(self, name)) for name in self.BODY_BLOCKS if getattr(self, name)]

    def postscript(self) -> list[tuple[str, str]]:
        """The paragraphs after the signature (staying in touch, customer service)."""
        return [(name, getattr(self, name)) for name in self.AFTER_SIGNATURE if getattr(self, name)]

    @property
    def text(self) -> str:
        parts = [self.greeting]
        parts += [text for _, text in self.body()]
        parts.append("\n".join(self.signature))
        parts += [text for _, text in self.postscript()]
        return "\n\n".join(parts) + "\n"


@dataclass(frozen=True)
class Finding:
    """One thing the lint found: `start`/`end` are character offsets into the note text (-1 when none)."""

    code: str
    severity: Severity
    message: str
    start: int = -1
    end: int = -1
    text: str = ""
