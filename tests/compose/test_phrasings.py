"""Every block of the built-in templates comes in at least six phrasings per language and formality.

The phrasings are counted from the templates themselves: each block is rendered with `vary` forced to every value
it can take, for a customer and an order where every part of the note applies, and the distinct texts are counted.
A block that writes differently for different data (a code, points or a sample; a review and a share link, or
neither) is counted in each of those situations, and each must have six. Left out: the reply (it answers what the
customer wrote), customer service and the quiet thanks after a complaint (plain on purpose), and the blocks in
`FEWER`, where a native writer would use fewer phrasings than six (tests/data/voice/EDITS.md says why); their
phrasings are checked against hand-written lists in `test_greetings.py`.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from notegen.compose.composer import choose_occasion
from notegen.compose.context import NoteContext, Offer, ReferralFacts, build_context
from notegen.compose.shop_parts import Ask, NewsletterFacts
from notegen.compose.templates import note_template
from notegen.config import ShopConfig

from .shops import NOW, SECRET, atelier, harbour, informal, order, wollwerk

COUNTED = ("subject", "preheader", "thanks", "gift", "incentive", "support", "closing", "stay_in_touch")
FEWER = {
    "greeting": "a shop greets in two or three ways per register and way of naming: 'Guten Tag Noah Weber' is the "
    "one German greeting to a full name under Sie, 'Hallo Noah' the one to a first name; French « Bonjour » and "
    "« Chère »; more would be invented ('Bonjour à vous, Sophie', 'Liebe Anna' over Sie)",
}
OCCASIONS = ("first_order", "returning", "gift", "donation")
REGISTERS = [("de", "sie"), ("de", "du"), ("fr", "vous"), ("fr", "tu"), ("en", "")]
LEAST = 6


class Forced:
    """`vary(block, n)` that answers `k` for every block (modulo n)."""

    def __init__(self, k: int) -> None:
        self.k = k

    def __call__(self, block: str, n: int) -> int:
        return self.k % max(n, 1)


def _config(lang: str, formality: str) -> ShopConfig:
    config = {"de": wollwerk, "fr": atelier, "en": harbour}[lang]()
    return informal(config) if formality in ("du", "tu") else config


def _context(lang: str, formality: str, occasion: str) -> NoteContext:
    """A returning customer with a first name, a last name and a salutation, two items, every ask on."""
    customer = {"first_name": "Anna", "last_name": "Weber", "salutation": "ms", "orders_count": 4,
                "customer_since": "2023-05-02"}  # fmt: skip
    items = [
        {"name": "Wollschal", "variant": "", "quantity": 1, "price": "49.90"},
        {"name": "Kerze", "variant": "", "quantity": 2, "price": "9.90"},
    ]
    placed = order(order_id="P-1", customer=customer, items=items, locale=lang)
    context = build_context(
        placed, _config(lang, formality), NOW, lang=lang, occasion=occasion, medium="email", secret=SECRET,
        formal=formality in ("", "sie", "vous"),
    )  # fmt: skip
    return dataclasses.replace(
        context,
        offer=Offer("code", "DANKE-ABC", "10 %", "22. Januar 2027", "", ""),
        referral=ReferralFacts("FREUND-XYZ", "15 %", "shop.example/freunde"),
        ask=Ask("shop.example/bewerten", "shop.example/teilen"),
        newsletter=NewsletterFacts("shop.example/post"),
        customer=dataclasses.replace(context.customer, address=context.customer.first_name, called_by="first_name"),
    )


def _situations(block: str, base: NoteContext) -> dict[str, list[NoteContext]]:
    """The situations a block is counted in, each a list of contexts whose texts are counted together."""
    change = dataclasses.replace
    if block == "gift":
        return {
            "code": [base],
            "points": [change(base, offer=Offer("points", "", "", "", "500", ""))],
            "sample": [change(base, offer=Offer("sample", "", "", "", "", "a sample of our candle"))],
        }
    if block == "support":
        return {
            "review and share": [base],
            "review": [change(base, ask=Ask("shop.example/bewerten", ""))],
            "share": [change(base, ask=Ask("", "shop.example/teilen"))],
            "no link": [change(base, ask=Ask("", ""))],
            "gift order": [change(base, order=change(base.order, gift=True), ask=Ask("shop.example/bewerten", ""))],
        }
    return {"every part on": [base]}


def _texts(lang: str, formality: str, occasion: str, block: str, contexts: list[NoteContext]) -> set[str]:
    """The distinct texts `block` takes over every value of `vary`, names masked."""
    template = note_template("", lang, occasion, formality)
    assert template is not None
    found = set()
    for context in contexts:
        names = [context.customer.first_name, context.customer.last_name]
        for k in range(12):
            variables: dict[str, Any] = dataclasses.replace(context, vary=Forced(k)).as_vars()
            text = " ".join(template.render(variables, "P-1").get(block, "").split())
            for number, name in enumerate(names):
                if not name:
                    continue
                text = text.replace(name, f"<name{number}>")
            if text:
                found.add(text)
    return found


def _counts(lang: str, formality: str) -> list[tuple[str, str, str, int]]:
    counts = []
    for occasion in OCCASIONS:
        base = _context(lang, formality, occasion)
        for block in COUNTED:
            for situation, contexts in _situations(block, base).items():
                counts.append((occasion, block, situation, len(_texts(lang, formality, occasion, block, contexts))))
    return counts


@pytest.mark.parametrize(("lang", "formality"), REGISTERS, ids=[f"{lang}-{f or 'en'}" for lang, f in REGISTERS])
def test_every_block_has_six_phrasings_in_each_language_and_formality(lang: str, formality: str) -> None:
    short = [f"{occasion}/{block} ({situation}): {count}" for occasion, block, situation, count
             in _counts(lang, formality) if count < LEAST]  # fmt: skip
    assert not short, f"{lang} {formality}: blocks with fewer than {LEAST} phrasings: " + "; ".join(short)


def test_a_block_with_fewer_phrasings_is_not_counted_and_says_why() -> None:
    assert not set(FEWER) & set(COUNTED)
    assert all(len(reason) > 40 for reason in FEWER.values())


def test_the_occasions_counted_are_those_a_note_can_have() -> None:
    config = wollwerk()
    seen = {occasion for data in ({"gift": True}, {}) for occasion in choose_occasion(order(**data), config, NOW)}
    assert seen <= set(OCCASIONS)
