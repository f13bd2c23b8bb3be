"""The one context object the note templates see: everything a note may say about an order, ready to print.

Every value is prepared here (names, items in the grammatical forms a sentence needs, money and dates
formatted by Babel for the order's locale), so the templates hold wording and nothing else. Customer data
only ever arrives as values; no part of it is ever read as template source. `templates/notes/CONTEXT.md`
describes the same fields for the people who edit the templates.

A switched-off part of the note comes as ``None`` (`offer`, `referral`, `ask`, `newsletter`, `contact`),
so a template writes ``{% if offer %}…{% endif %}`` and never prints a missing value.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, fields
from datetime import datetime
from decimal import Decimal
from functools import partial
from hashlib import sha256
from typing import Any

from notegen.compose.asks import ask_rule, choose_asks
from notegen.compose.codes import gift_expiry, issued_codes
from notegen.compose.mentions import Deferred, standalone
from notegen.compose.reply import Asked, gift_denied, read_note
from notegen.compose.shop_parts import (
    Ask,
    Contact,
    NewsletterFacts,
    ShopFacts,
    SignerFacts,
    per_shop,
    shop_parts,
    shop_words,
)
from notegen.config import ShopConfig
from notegen.language.catalog import Catalog, load_catalog
from notegen.language.donations import is_donation, named_lines
from notegen.language.items import Items, Phrase, name_items
from notegen.language.locales import day, money, month, note_locale, number, percent
from notegen.language.words import ordinal
from notegen.model import Order

_MASK = (1 << 64) - 1
_TITLES = {
    "de": {"ms": "Frau", "mr": "Herr"},
    "fr": {"ms": "Madame", "mr": "Monsieur"},
    "en": {"ms": "Ms", "mr": "Mr", "mx": "Mx"},
}
_DEAR = {"de": {"ms": "Liebe", "mr": "Lieber"}, "fr": {"ms": "Chère", "mr": "Cher"}}


@dataclass(frozen=True, slots=True)
class CustomerFacts:
    """Who the note is for. `name` is what the note calls them (the first name, else "Frau Müller");
    `address` the name the greeting and the subject both use, and `called_by` which it is: "first_name"
    ("Anna"), "title" ("Frau Müller") or "full_name" ("Anna Müller"; only in the formal register, for a customer
    whose title is not on file, when the shop's `[formality] de_name`/`fr_name` is "full");
    `full_name` ("Anna Müller", else "Frau Müller"); `title_name` ("Frau Müller", "Madame Dubois", "Ms
    Müller"; "" without a salutation in the data); `dear` the warm address that needs the salutation
    ("Liebe"/"Lieber", "Chère"/"Cher"; "" when the data does not give it; "Dear" in English); `orders` how
    many orders they have placed (0 when unknown), `ordinal` this order as a word ("dritte", "troisième",
    "third"; "" when unknown), `since` the month they first ordered ("Mai 2023"; "" when unknown), `years`
    whole years since then, `returning` whether they ordered before, `first` whether the data shows this is
    their first order (neither when it does not say: `Customer.history`)."""

    first_name: str
    last_name: str
    name: str
    address: str
    called_by: str
    full_name: str
    title_name: str
    dear: str
    orders: int
    ordinal: str
    since: str
    years: int
    returning: bool
    first: bool


@dataclass(frozen=True, slots=True)
class OrderFacts:
    """The order: `id`, `placed` (its date, "20. November 2026"), `total` (money, "" for gift orders or
    when prices are missing), `gift` (a present: marked as one, and its note does not say it is the customer's
    own), `donation`."""

    id: str
    placed: str
    total: str
    gift: bool
    donation: bool


@dataclass(frozen=True, slots=True)
class Offer:
    """The gift given first: `kind` code, points or sample; `code` and `percent` ("10 %") and `expires`
    ("22. Januar 2027") for a code; `points` ("200") for points; `sample` (the shop's words) for a sample."""

    kind: str
    code: str
    percent: str
    expires: str
    points: str
    sample: str


@dataclass(frozen=True, slots=True)
class ReferralFacts:
    """The further incentive, for a friend: `code`, `percent` ("15 %"), `url` (as written, no https://)."""

    code: str
    percent: str
    url: str


@dataclass(frozen=True, slots=True)
class NoteContext:
    """The context of every note template (see the classes above and in `shop_parts` for the fields of each part).

    `lang` de/fr/en; `formal` Sie/vous (True) or du/tu (False), always True in English; `occasion`;
    `medium` "email" or "print" (a printed insert cannot be replied to or clicked); `cause` what a donation
    makes possible (a phrase that follows "Ihre Spende …", "Votre don …", "Your gift …"); `asked` what the
    customer wrote (`notegen.compose.reply.Asked`); `items` what they bought, in the order's line order
    (`notegen.language.items.Items`); `mention` the one thing bought said short, for the subject ("Ihre
    Bienenwachskerzen"; "" when unsafe: `notegen.compose.mentions.standalone`, made when a template first reads
    it); `vary(block, n)` a number from
    0 to n-1, fixed per order and block, to choose between phrasings; `asks` the asks this note makes, in the
    shop's order of preference (at most two of review, referral, share, newsletter: `referral`, `ask` and
    `newsletter` are off unless chosen).
    """

    lang: str
    formal: bool
    occasion: str
    medium: str
    shop: ShopFacts
    signer: SignerFacts
    customer: CustomerFacts
    order: OrderFacts
    items: Items
    mention: Deferred
    asked: Asked
    offer: Offer | None
    referral: ReferralFacts | None
    ask: Ask | None
    newsletter: NewsletterFacts | None
    contact: Contact | None
    cause: str
    asks: tuple[str, ...]
    vary: Variation

    def as_vars(self) -> dict[str, Any]:
        """The template variables: one per field."""
        return {name: getattr(self, name) for name in _CONTEXT_NAMES}


_SALTS: dict[str, int] = {}


class Variation:
    """`vary(block, n)` for one order: a number from 0 to n-1, stable across runs and different per block.

    The order id is hashed once (SHA-256, never Python's salted hash()); each block name mixes in its
    CRC-32 through a SplitMix64 step, so that the choices of different blocks are independent."""

    __slots__ = ("_seed",)

    def __init__(self, order_id: str) -> None:
        self._seed = int.from_bytes(sha256(order_id.encode()).digest()[:8])

    def __call__(self, block: str, n: int) -> int:
        salt = _SALTS.get(block)
        if salt is None:
            salt = _SALTS[block] = zlib.crc32(block.encode()) * 0x9E3779B97F4A7C15
        x = (self._seed ^ salt) & _MASK
        x = ((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9) & _MASK
        x = ((x ^ (x >> 27)) * 0x94D049BB133111EB) & _MASK
        return (x ^ (x >> 31)) % max(n, 1)


def _customer(
    order: Order, lang: str, locale: str, now: datetime, *, formal: bool, names: str, vary: Variation
) -> CustomerFacts:
    person = order.customer
    title = _TITLES[lang].get(person.salutation, "")
    title_name = f"{title} {person.last_name}" if title and person.last_name else ""
    name = person.first_name or title_name or person.last_name
    full_name = person.full_name if person.first_name else name
    address, called_by = _address(person.first_name, full_name, title_name, formal and lang != "en", names, vary)
    dear = "Dear" if lang == "en" else _DEAR[lang].get(person.salutation, "")
    count = person.orders_count or 0
    since = person.customer_since
    history = person.history(now.date())
    returning = history == "returning"
    years = (now.date() - since).days // 365 if since else 0
    return CustomerFacts(
        first_name=person.first_name,
        last_name=person.last_name,
        name=name,
        address=address,
        called_by=called_by,
        full_name=full_name,
        title_name=title_name,
        dear=dear,
        orders=count,
        ordinal=ordinal(count, lang) if count > 1 else "",
        since=month(since, locale) if since and returning else "",
        years=max(years, 0),
        returning=returning,
        first=history == "first",
    )


def _address(first: str, full: str, title: str, formal: bool, names: str, vary: Variation) -> tuple[str, str]:
    """The name greeting and subject use and what it is (see `CustomerFacts`). A formal note calls a customer
    whose title is on file by it ("full") or, chosen per order, by it or the first name ("first"); one without a
    title by the full name or the first name, as the shop's `names` says ("Guten Tag Noah Weber", "Hallo Noah")."""
    if not first:
        return (title, "title") if title else (full, "first_name")
    if not formal:
        return first, "first_name"
    if title and (names == "full" or vary("address", 2) == 0):
        return title, "title"
    if names == "full" and full != first:
        return full, "full_name"
    return first, "first_name"


def _total(order: Order, locale: str) -> str:
    if order.gift or any(item.price is None for item in order.items):
        return ""
    amount = sum((item.price or Decimal(0)) * item.quantity for item in order.items)
    return money(amount, order.currency, locale)


def _offer(
    order: Order, config: ShopConfig, now: datetime, locale: str, codes: dict[str, str], sample: str
) -> Offer | None:
    gift = config.gift
    donation = is_donation(order, config)
    if not gift.enabled or (donation and gift.kind != "sample"):
        return None
    if gift.kind == "code":
        expires = day(gift_expiry(config, now), locale)
        return Offer("code", codes["gift"], percent(gift.percent, locale), expires, "", "")
    if gift.kind == "points":
        return Offer("points", "", "", "", number(gift.points, locale), "")
    return Offer("sample", "", "", "", "", sample) if sample else None


def build_context(
    order: Order,
    config: ShopConfig,
    now: datetime,
    *,
    lang: str,
    occasion: str,
    medium: str,
    secret: str | None,
    formal: bool = True,
) -> NoteContext:
    """Everything the templates may say about `order`, in `lang`, for an email or a printed insert; `formal`
    is the register (`notegen.language.locales.register`)."""
    parts = per_shop("context", config, lang, shop_parts)
    locale = note_locale(lang, config, order.shipping_country)
    donation = is_donation(order, config)
    codes = {code.kind: code.code for code in issued_codes(order, config, now, secret=secret)}
    placed = day(order.placed_at.date(), locale) if order.placed_at else ""
    vary = Variation(order.order_id)
    lines, catalog = named_lines(order, config, lang), shop_catalog(config)
    customer = _customer(order, lang, locale, now, formal=formal, names=config.formality.name(lang), vary=vary)
    own = gift_denied(order.note if config.reply.enabled else "", lang)  # "not a gift", "can't wait to get it"
    asked = read_note(
        order.note if config.reply.enabled else "",
        lang,
        formal,
        order.items,
        order.gift,
        donation,
        answered_by=config.reply.answered_by,
        carer=config.signer.name,
        catalog=catalog,
        delivery=shop_words(config.reply.delivery, lang),
    )
    support = parts.ask
    newsletter = parts.newsletter if order.customer.accepts_marketing is not True else None
    can = {
        "review": bool(support and support.review),
        "share": support is not None,
        "referral": "referral" in codes,
        "newsletter": newsletter is not None,
    }
    rule = ask_rule(config, occasion, customer.returning)
    asks = choose_asks(rule, config.asks.most, can, quiet=asked.no_asks)
    ask = None
    if support and ("review" in asks or "share" in asks):
        ask = Ask(support.review if "review" in asks else "", support.share if "share" in asks else "")
    return NoteContext(
        lang=lang,
        formal=formal,
        occasion=occasion,
        medium=medium,
        shop=parts.shop,
        signer=parts.signer,
        customer=customer,
        order=OrderFacts(order.order_id, placed, _total(order, locale), order.gift and not own, donation),
        items=name_items(lines, lang, formal, False, catalog),
        mention=Deferred(partial(standalone, lines, lang, formal, catalog)),
        asked=asked,
        offer=_offer(order, config, now, locale, codes, parts.sample),
        referral=ReferralFacts(codes["referral"], percent(config.referral.percent, locale), parts.referral_url)
        if "referral" in asks
        else None,
        ask=ask,
        newsletter=newsletter if "newsletter" in asks else None,
        contact=parts.contact,
        cause=parts.cause if donation else "",
        asks=asks,
        vary=vary,
    )


_CONTEXT_NAMES = tuple(f.name for f in fields(NoteContext))
CONTEXT_FIELDS: dict[type, frozenset[str]] = {
    cls: frozenset(f.name for f in fields(cls))
    for cls in (
        CustomerFacts,
        OrderFacts,
        Offer,
        ReferralFacts,
        Ask,
        NewsletterFacts,
        Contact,
        ShopFacts,
        SignerFacts,
        Items,
        Phrase,
        Asked,
    )
}
"""The data classes templates read, with their fields (the sandbox reads these without further checks)."""


def shop_catalog(config: ShopConfig) -> Catalog | None:
    """The shop's catalog (`[shop] catalog`), read once per version of the file; None when it has none."""
    return load_catalog(config.base_dir / config.shop.catalog) if config.shop.catalog else None
