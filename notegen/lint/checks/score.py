"""The personalisation score (SIN301): 0–100 from named parts, each of them in the JSON output.

The points of each part, the penalties and what counts as full are settings of the SIN301 rule file
(`weights`, `penalties`, `facts_for_full`, `items_for_full`); with the shipped files:

- `name` (25): the customer is named (SIN201 found nothing to object to);
- `items` (35): the share of the order's items the note mentions (three mentioned count as all of a long order);
- `facts` (20): other facts of this order the note takes up: how many orders (an ordinal, "again"), since when
  (a year inside a code's expiry date does not count), the customer's own note, a gift order, a donation,
  quantities, variants. Two facts give the full part; an order that offers none leaves it at 0 (the other
  parts reach any sensible threshold on their own);
- `generic` (20): less 10 for each generic salutation or boilerplate thanks, 5 for each filler phrase or
  faceless signature.

Without an order, items and facts cannot be judged: the score is then name and generic, scaled to 100, and the
result says so (`basis` "text").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection, Sequence
from functools import cache

from spacy.language import Language

from notegen.language.donations import is_donation
from notegen.lint.checks.item_mentions import analyse, find
from notegen.lint.nlp.note_view import NoteView
from notegen.lint.nlp.wordforms import forms
from notegen.lint.rules import Rule

VALIDITY_WORDS = 5
"""How many words before a year are looked at for a word of validity ("bis zum 22. Januar 2027": four)."""
VALIDITY_REACH = 2 * VALIDITY_WORDS


def _words_found(ctx: NoteView, words: Collection[str]) -> bool:
    return not ctx.body_words.isdisjoint(words)


def _number_found(ctx: NoteView, number: int, *, ordinal: bool) -> bool:
    """Whether the note says `number`: as a word of the language, or in digits ("6.", "6th", "6e" if `ordinal`)."""
    words = ctx.book.numbered("ordinals" if ordinal else "numbers").get(number, ())
    if _words_found(ctx, words):
        return True
    if str(number) not in ctx.text:
        return False
    suffix = _ordinal_suffix(ctx.book.word_list("ordinal_suffixes")) if ordinal else r"(?![\d,.]\d)\b"
    return re.search(rf"(?<![\d.,]){number}{suffix}", ctx.text) is not None


def _year_found(ctx: NoteView, year: int) -> bool:
    """Whether the note names `year` outside an expiry date: a year within a few words after a word of
    validity (words.yml `validity`: "gültig bis zum 14.01.2023", "valid until", "jusqu'au") dates a code, not
    the customer's history."""
    validity = ctx.book.word_set("validity")
    for match in re.finditer(rf"(?<!\d){year}(?!\d)", ctx.text):
        index = bisect.bisect_right(ctx.starts, match.start()) - 1
        before = [i for i in range(max(0, index - VALIDITY_REACH), index) if not ctx.space[i]]
        if not any(ctx.lowers[i] in validity for i in before[-VALIDITY_WORDS:]):
            return True
    return False


@cache
def _ordinal_suffix(suffixes: tuple[str, ...]) -> str:
    """What makes a number an ordinal in the language (words.yml `ordinal_suffixes`): "6.", "6e", "6th"."""
    ends = [re.escape(suffix) + (r"\b" if suffix[-1:].isalpha() else "") for suffix in suffixes]
    return f"(?:{'|'.join(ends)})" if ends else "(?!)"


def _facts(nlp: Language, ctx: NoteView) -> tuple[int, int]:
    """(facts the order offers, facts the note takes up)."""
    order = ctx.order
    assert order is not None
    offered = found = 0
    count = order.customer.orders_count
    if count is not None:
        offered += 1
        again = count > 1 and _words_found(ctx, ctx.book.word_set("again"))
        found += again or _number_found(ctx, count, ordinal=True)
    if order.customer.customer_since is not None:
        offered += 1
        found += _year_found(ctx, order.customer.customer_since.year)
    if order.note:
        offered += 1
        endings = ctx.words("endings")
        words = [forms(lo, no, endings) for lo, no in analyse(nlp, order.note) if len(lo) > 3 and lo not in ctx.stop]
        found += bool(words) and bool(find(ctx, words))
    for flag, name in ((order.gift, "gift_words"), (is_donation(order), "donation_words")):
        if flag:
            offered += 1
            found += _words_found(ctx, ctx.book.word_set(name))
    quantities = {item.quantity for item in order.items if item.quantity > 1}
    if quantities:
        offered += 1
        found += any(_number_found(ctx, q, ordinal=False) for q in quantities)
    variants = [words.variant for words in ctx.item_words or () if words.variant]
    if variants:
        offered += 1
        found += any(find(ctx, variant) for variant in variants)
    return offered, found


def score(nlp: Language, rule: Rule, ctx: NoteView, codes: Sequence[str]) -> tuple[int, dict[str, int], str]:
    """(score, parts, basis) of one note by the settings of `rule` (SIN301), given the codes of the findings of
    the other rules."""
    weights: dict[str, int] = rule.settings["weights"]
    penalties: dict[str, int] = rule.settings["penalties"]
    penalty = sum(penalties.get(code, 0) for code in codes)
    parts = {
        "name": weights["name"] if ctx.named and "SIN201" not in codes else 0,
        "items": 0,
        "facts": 0,
        "generic": max(0, weights["generic"] - penalty),
    }
    if ctx.order is None:
        measured = weights["name"] + weights["generic"]
        return round(100 * (parts["name"] + parts["generic"]) / measured), parts, "text"
    mentioned = sum(1 for hits in ctx.item_hits if hits)
    items_for_full = int(rule.settings["items_for_full"])
    parts["items"] = round(weights["items"] * min(1.0, mentioned / min(len(ctx.order.items), items_for_full)))
    offered, found = _facts(nlp, ctx)
    need = min(int(rule.settings["facts_for_full"]), offered)
    parts["facts"] = round(weights["facts"] * min(found, need) / need) if need else 0
    return sum(parts.values()), parts, "order"
