"""`notegen catalog`: draft the shop's catalog from an order file, every product with the phrase notegen would
use and whether the lexicon was certain of it, for the shop to confirm or correct (see
`notegen.language.catalog` for the file's columns)."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass

from notegen.compose.context import shop_catalog
from notegen.config import ShopConfig
from notegen.language.catalog import COLUMNS
from notegen.language.items import head_noun, item_phrase
from notegen.language.locales import choose_lang
from notegen.model import Item, Order, ReadResult

DRAFT_COLUMNS = (*COLUMNS, "certain", "example")


@dataclass(frozen=True)
class DraftEntry:
    """One product in one language as notegen would name it; `certain` false when the lexicon could not tell
    (the shop fills in `gender` and `plural`); `example` the phrase a note would write for one piece."""

    product: str
    lang: str
    phrase: str
    gender: str
    plural: str
    certain: bool
    example: str


def _without_article(text: str, lang: str, count: int = 0) -> str:
    """A nominative phrase without its article (and count): "die drei Gießkannen" → "Gießkannen"."""
    if lang == "fr" and text.startswith("l'"):
        text = text[2:]
    elif lang != "en" or text.startswith("the "):
        text = text.split(" ", 1)[1]
    return text.split(" ", 1)[1] if count else text


def draft_entry(item: Item, lang: str, config: ShopConfig) -> DraftEntry:
    """How notegen names `item` in `lang`, as a catalog line; the shop's catalog, when it has one, wins."""
    product = item.sku or item.name
    catalog = shop_catalog(config)
    entry = catalog.find(item, lang) if catalog is not None else None
    one = item_phrase(Item(item.name, sku=item.sku), lang, True, False, catalog)
    if entry is not None:
        return DraftEntry(product, lang, entry.phrase, entry.gender, entry.plural, True, one.acc)
    head = head_noun(item.name, lang)
    if head is None:
        return DraftEntry(product, lang, item.name, "", "", False, one.acc)
    phrase = _without_article(one.nom, lang)
    gender = "pl" if head.plural_name else head.gender
    plural = "-" if head.mass else ""
    if not head.plural_name and not head.mass:
        three = item_phrase(Item(item.name, quantity=3, sku=item.sku), lang, True, False, catalog)
        plural = _without_article(three.nom, lang, count=1)
    return DraftEntry(product, lang, phrase, gender, plural, True, one.acc)


def draft_catalog(results: Sequence[ReadResult], config: ShopConfig) -> list[DraftEntry]:
    """Every distinct product (by SKU, else name) of the valid orders, in each language it is ordered in, in
    order of first appearance."""
    seen: dict[tuple[str, str], DraftEntry] = {}
    for order in results:
        if not isinstance(order, Order):
            continue
        lang = choose_lang(order, config)
        for item in order.items:
            key = ((item.sku or item.name).casefold(), lang)
            if key not in seen:
                seen[key] = draft_entry(Item(item.name, sku=item.sku), lang, config)
    return list(seen.values())


def catalog_csv(entries: Sequence[DraftEntry]) -> str:
    """The draft as CSV text with a header line (product names are the shop's own, written as they are)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(DRAFT_COLUMNS)
    for e in entries:
        row = (e.product, e.lang, e.phrase, e.gender, e.plural, "yes" if e.certain else "no", e.example)
        writer.writerow(row)
    return out.getvalue()
