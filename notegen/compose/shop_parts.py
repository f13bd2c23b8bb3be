"""The parts of a note's context that depend only on the shop and the language, made once per shop config and
language (`per_shop`): the shop, who signs, the review and share addresses, the newsletter, customer service,
what a donation makes possible and the shop's sample."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar, cast

from notegen.config import LocalText, ShopConfig, local
from notegen.language.words import french_spaces, number_word, web_address


@dataclass(frozen=True, slots=True)
class Ask:
    """Ways to show support the note asks for: `review` and `share` addresses (as written; "" when none)."""

    review: str
    share: str


@dataclass(frozen=True, slots=True)
class NewsletterFacts:
    """The invitation to stay in touch: `url` as written ("" when none)."""

    url: str


@dataclass(frozen=True, slots=True)
class Contact:
    """Customer service: `email`, `phone`, `hours`, `days` (working days to an answer) and `days_word`
    ("zwei"), `complaints` (how a complaint is resolved, in the shop's words; "" when not configured)."""

    email: str
    phone: str
    hours: str
    days: int
    days_word: str
    complaints: str


@dataclass(frozen=True, slots=True)
class ShopFacts:
    """The shop: `name`, `website` (as written), `nonprofit`."""

    name: str
    website: str
    nonprofit: bool


@dataclass(frozen=True, slots=True)
class SignerFacts:
    """Who signs: `name`, `first_name`, `role` (in the note's language, "" when none)."""

    name: str
    first_name: str
    role: str


@dataclass(frozen=True, slots=True)
class _ShopParts:
    """What a note says that depends only on the shop and the language, made once per shop and language."""

    shop: ShopFacts
    signer: SignerFacts
    ask: Ask | None
    newsletter: NewsletterFacts | None
    contact: Contact | None
    cause: str
    sample: str
    referral_url: str


_MEMO: dict[tuple[str, int, str], tuple[ShopConfig, Any]] = {}
T = TypeVar("T")


def per_shop(name: str, config: ShopConfig, lang: str, make: Callable[[ShopConfig, str], T]) -> T:
    """`make(config, lang)`, made once per shop config and language (configs are unhashable, so the memo
    keys on the config's identity and keeps the config alive while it holds the value)."""
    key = (name, id(config), lang)
    cached = _MEMO.get(key)
    if cached is not None and cached[0] is config:
        return cast(T, cached[1])
    value = make(config, lang)
    if len(_MEMO) > 256:  # a process sees a handful of configs; never let the memo grow without end
        _MEMO.clear()
    _MEMO[key] = (config, value)
    return value


def shop_words(text: LocalText, lang: str) -> str:
    """A text the shop wrote, in `lang`, with French no-break spaces where French needs them."""
    words = local(text, lang)
    return french_spaces(words) if lang == "fr" else words


def _contact(config: ShopConfig, lang: str) -> Contact | None:
    service = config.service
    if not service.enabled or not (service.email or service.phone):
        return None
    days = service.response_days
    hours, complaints = shop_words(service.hours, lang), shop_words(service.complaints, lang)
    return Contact(service.email, service.phone, hours, days, number_word(days, lang), complaints)


def shop_parts(config: ShopConfig, lang: str) -> _ShopParts:
    support = config.support
    return _ShopParts(
        shop=ShopFacts(config.shop.name, web_address(config.shop.website), config.shop.kind == "nonprofit"),
        signer=SignerFacts(config.signer.name, config.signer.name.split()[0], shop_words(config.signer.role, lang)),
        ask=Ask(web_address(support.review_url), web_address(support.share_url)) if support.enabled else None,
        newsletter=NewsletterFacts(web_address(config.newsletter.url)) if config.newsletter.enabled else None,
        contact=_contact(config, lang),
        cause=shop_words(config.donation.impact, lang),
        sample=shop_words(config.gift.sample, lang),
        referral_url=web_address(config.referral.url),
    )
