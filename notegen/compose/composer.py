"""Composing a thank-you note: an order, the shop's config and "now" in, a `Note` out (pure: no clock, no
environment, no output; the templates are read once and cached).

A note is made of blocks, each a field of `Note`, in the order a person writes them: greeting → thanks for
what was bought → reply to the customer's own note → the gift, offered first → a further incentive (a code
for a friend) → ways to show support → signature; after it, the invitation to stay in touch (newsletter)
and how to reach customer service and how complaints are resolved. Every block but greeting, thanks and
signature can be switched off in the config.

Wording lives in ``templates/notes/<lang>/``: ``_common`` holds the blocks every note shares, and one
template per occasion (``first_order``, ``returning``, ``gift``, ``donation``, or a shop's own from
``[shop] occasions``) sets ``thanks`` and may set any other block again. A template named
``<name>.<formality>.txt.j2`` (``sie``/``du``, ``vous``/``tu``) wins over ``<name>.txt.j2``; a shop's own
folder (``[shop] templates``) wins over the built-in one, file by file. Templates run in Jinja2's
`SandboxedEnvironment` with `StrictUndefined`, without autoescaping (escaping HTML is the email renderer's
job), and see one context object (`notegen.compose.context.NoteContext`).

Length budget: `FITS` gives about the characters of `Note.text` each output holds: an email without limit, a
printed insert what its card holds when the note has no QR codes. The PDF renderer measures each insert and
composes a note that still overflows shorter, so a card keeps every ask that fits. When a note is longer, whole
optional blocks are dropped, in this order, before any text is ever cut:

1. ``stay_in_touch`` (the newsletter invitation: the last thing a note gives)
2. ``support`` (review and share: asks come after gifts)
3. ``incentive`` (the code for a friend)
4. ``service`` (customer service, also on the shop's website and invoice)
5. ``reply`` (the answer to the customer's note)
6. ``gift`` (the gift itself, the heart of the note, goes last)

``shorten=k`` drops k more of them than the fit alone would (the PDF renderer asks for it when a note still
overflows its insert); greeting, thanks and signature are never dropped. A note that is still too long
comes back whole, and the renderer reports it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from functools import lru_cache
from pathlib import Path

from notegen.compose.context import NoteContext, build_context
from notegen.compose.gift_insert import gift_insert
from notegen.compose.reply import gift_denied
from notegen.compose.shop_parts import per_shop
from notegen.compose.templates import NoteTemplate, note_template
from notegen.config import OccasionRule, ShopConfig, occasion_rule
from notegen.errors import ConfigError, RenderError
from notegen.language.donations import is_donation
from notegen.language.items import unsure_item_message
from notegen.language.locales import FORMAL, choose_lang, register, translate
from notegen.language.phrase import close_ends
from notegen.model import Link, Note, Order

FITS: dict[str, int] = {"email": 6000, "A6": 1400, "a4-4up": 1400, "DL": 1800, "4x6": 1450, "A5": 3000}
DROP_ORDER = ("stay_in_touch", "support", "incentive", "service", "reply", "gift")
SHORTEN_STEPS: int = len(DROP_ORDER)
REQUIRED = ("greeting", "thanks", "closing")
_RUNS = re.compile("  +")
_EXCLAMATION = re.compile("[ \u00a0\u202f]?!+")
BLOCK_OF_ASK = {"review": "support", "share": "support", "referral": "incentive", "newsletter": "stay_in_touch"}


def compose(
    order: Order, config: ShopConfig, now: datetime, *, fit: str = "email", shorten: int = 0, secret: str | None = None
) -> Note:
    """The thank-you note for `order`, sized for `fit` (a key of `FITS`) with `shorten` more blocks dropped.

    `secret` keys the gift and referral codes (the caller reads it from the environment variable named by
    ``[gift] secret_env``); `CodesError` when codes are enabled and it is missing. A broken template is a
    `ConfigError` naming the template file and line.
    """
    if fit not in FITS:
        raise RenderError(f"order {order.order_id}: unknown size {fit!r}; use one of {', '.join(FITS)}")
    lang = choose_lang(order, config)
    if fit != "email" and order.gift:  # the printed insert travels with the present: it is for the recipient
        return gift_insert(order, config, lang)
    formality = register(order, config, lang)
    template = _template(order, config, now, lang, formality)
    medium = "email" if fit == "email" else "print"
    context = build_context(
        order, config, now, lang=lang, occasion=template.occasion, medium=medium, secret=secret,
        formal=formality in ("", *FORMAL.values()),
    )  # fmt: skip
    blocks = _blocks(template, context, order.order_id)
    return _fit(blocks, FITS[fit], shorten, lambda kept: _note(order, config, context, kept))


def _shop_folder(config: ShopConfig) -> str:
    if not config.shop.templates:
        return ""
    folder = (config.base_dir / config.shop.templates).resolve()
    if not folder.is_dir():
        where = config.path or "notegen.toml"
        raise ConfigError(
            f"{where}: [shop] templates: no folder {folder}; create it with `notegen init --templates` "
            f"or remove the key to use the built-in templates"
        )
    return str(folder)


@lru_cache(maxsize=64)
def _rules(occasions: tuple[str, ...]) -> tuple[OccasionRule, ...]:
    return tuple(map(occasion_rule, occasions))


def choose_occasion(order: Order, config: ShopConfig, now: datetime, lang: str = "") -> list[str]:
    """The occasions that fit `order`, best first: donation; a shop's own; gift; returning or first order.

    An order marked as a gift is none when its note, read in `lang`, says it is the customer's own ("not a
    gift", "c'est pour moi", "can't wait to get it"), as the reply to the note reads it too."""
    if is_donation(order, config):
        return ["donation"]
    day = order.placed_at.date() if order.placed_at else None
    chosen = [rule.name for rule in _rules(config.shop.occasions) if rule.applies(order.discount_codes, day)]
    if order.gift and not (lang and gift_denied(order.note if config.reply.enabled else "", lang)):
        chosen.append("gift")
    chosen.append("returning" if order.customer.is_returning(now.date()) else "first_order")
    return chosen


def _template(order: Order, config: ShopConfig, now: datetime, lang: str, formality: str) -> NoteTemplate:
    """The template of the first occasion that fits the order and has a template in its language."""
    folder = _shop_folder(config)
    occasions = choose_occasion(order, config, now, lang)
    for occasion in occasions:
        template = note_template(folder, lang, occasion, formality)
        if template is not None:
            return template
    raise ConfigError(
        f"order {order.order_id}: no template {lang}/{occasions[-1]}.txt.j2; copy it from the built-in ones"
    )


def note_files(config: ShopConfig, lang: str, occasion: str, formality: str) -> tuple[Path, ...]:
    """The template files a note of `occasion` is composed from, its own first (none when it has no template)."""
    template = note_template(_shop_folder(config), lang, occasion, formality)
    return template.files if template else ()


def _paragraphs(raw: dict[str, str]) -> dict[str, str]:
    """Each block as one paragraph: runs of spaces become one (no-break spaces stay) and no space stands before
    a full stop or comma. The templates' line breaks are spaces already, and French no-break spaces are in
    place (see `notegen.compose.templates`); the blocks are cleaned in one pass, joined by a character no block
    can contain (customer data has no control characters)."""
    text = "\x00".join(value.replace("\x00", "") for value in raw.values())
    if "\n" in text or "\t" in text:  # a line break written by a value or a {% raw %} block
        text = text.replace("\n", " ").replace("\t", " ")
    text = _RUNS.sub(" ", text).replace(" .", ".").replace(" ,", ",")
    return dict(zip(raw, (part.strip(" ") for part in text.split("\x00")), strict=True))


def _blocks(template: NoteTemplate, context: NoteContext, order_id: str) -> dict[str, str]:
    """The note's blocks as paragraphs, without those that are off; the required ones must be there."""
    off = _switched_off(context)
    raw = template.render(context.as_vars(), order_id)
    blocks = _paragraphs({name: text for name, text in raw.items() if name not in off})
    if context.items.ends:  # "die Ausstechformen, 5 Stück, machen Ihnen Freude"
        blocks = {name: close_ends(text, context.items.ends) for name, text in blocks.items()}
    quiet_thanks = blocks.pop("quiet_thanks", "")
    if context.asked.quiet:  # a complaint or a memorial: plain thanks, and not one exclamation in the whole note
        blocks["thanks"] = quiet_thanks or blocks.get("thanks", "")
        blocks = {name: _EXCLAMATION.sub(".", text) for name, text in blocks.items()}
    for name in REQUIRED:
        if not blocks.get(name):
            where = template.parts[-1][0]
            raise ConfigError(f"{where}: order {order_id}: the note has no {name!r}; set it in the template")
    return blocks


def _switched_off(context: NoteContext) -> set[str]:
    """The blocks that are off in the config or do not apply to this order."""
    quiet = context.asked.no_asks  # a complaint, a memorial or a note not understood: no promotional ask
    off = {
        "reply": not context.asked.answer,
        "gift": context.offer is None or quiet,
        "incentive": context.referral is None or quiet,
        "support": context.ask is None or quiet,
        "stay_in_touch": context.newsletter is None or quiet,
        "service": context.contact is None,
    }
    return {name for name, is_off in off.items() if is_off}


def _note(order: Order, config: ShopConfig, context: NoteContext, blocks: dict[str, str]) -> Note:
    role = ", ".join(part for part in (context.signer.role, config.shop.name) if part)
    offer, referral = context.offer, context.referral
    asks = tuple(ask for ask in context.asks if blocks.get(BLOCK_OF_ASK[ask]))
    return Note(
        order_id=order.order_id,
        lang=context.lang,
        occasion=context.occasion,
        subject=blocks.get("subject", ""),
        greeting=blocks["greeting"],
        thanks=blocks["thanks"],
        signature=(blocks["closing"], config.signer.name, role),
        reply=blocks.get("reply", ""),
        gift=blocks.get("gift", ""),
        gift_code=offer.code if offer and offer.code and blocks.get("gift") else "",
        incentive=blocks.get("incentive", ""),
        referral_code=referral.code if referral and blocks.get("incentive") else "",
        support=blocks.get("support", ""),
        stay_in_touch=blocks.get("stay_in_touch", ""),
        service=blocks.get("service", ""),
        preheader=blocks.get("preheader", ""),
        links=_links(blocks, config, context.lang, asks),
        show_prices=not order.gift,
        attention=tuple(unsure_item_message(name, context.lang) for name in context.items.unsure),
        follow_up=context.asked.attention,
        asks=asks,
    )


def _fit(blocks: dict[str, str], budget: int, shorten: int, make: Callable[[dict[str, str]], Note]) -> Note:
    """The note with optional blocks dropped in `DROP_ORDER` until its text fits `budget`, then `shorten`
    more; the text itself is never cut."""
    note = make(blocks)
    present = [name for name in DROP_ORDER if blocks.get(name)]
    dropped = 0
    while dropped < len(present) and len(note.text) > budget:
        blocks[present[dropped]] = ""
        dropped += 1
        note = make(blocks)
    if shorten > 0 and dropped < len(present):
        for name in present[dropped : dropped + shorten]:
            blocks[name] = ""
        note = make(blocks)
    return note


_LABELS = {"review": "Write a review", "share": "Share", "referral": "Recommend us", "newsletter": "Stay in touch",
           "service": "Write to us"}  # fmt: skip


def _links(blocks: dict[str, str], config: ShopConfig, lang: str, asks: tuple[str, ...]) -> tuple[Link, ...]:
    """The links the email and the insert offer: those of the asks the note kept, the primary one first, then
    customer service when its block is there."""
    offered = {link.kind: link for link in per_shop("links", config, lang, _offered_links)}
    kinds = [*asks, "service"] if blocks.get("service") else list(asks)
    return tuple(offered[kind] for kind in kinds if kind in offered)


def _offered_links(config: ShopConfig, lang: str) -> tuple[Link, ...]:
    """Every link the shop offers in `lang`."""
    urls = {
        "review": config.support.review_url,
        "share": config.support.share_url,
        "referral": config.referral.url,
        "newsletter": config.newsletter.url,
        "service": f"mailto:{config.service.email}" if config.service.email else "",
    }
    return tuple(Link(kind, translate(lang, _LABELS[kind]), url) for kind, url in urls.items() if url)
