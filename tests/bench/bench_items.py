"""What naming items costs a note: composing notes whose items the process has never named, once the templates
are compiled and the lexicons are open (warm), against composing the same notes again (every item remembered);
and what the lexicons cost in it: naming new items through the lexicons, against naming the same items when a
shop catalog gives each one's noun, gender and plural (no lexicon lookup, the same phrase building).

Each note orders one product of the hand-checked name lists (tests/data/language), under a name made unique,
so that no note finds its item phrase already made; the lexicons' words are met again, as in a real shop.
Run it with the code of two commits to see what a change costs (CPU time, best of 3):

.venv/bin/python tests/bench/bench_items.py
"""

from __future__ import annotations

import csv
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from notegen.compose.composer import compose  # noqa: E402
from notegen.language.catalog import Catalog, CatalogEntry  # noqa: E402
from notegen.language.items import head_noun, name_items  # noqa: E402
from notegen.model import Item  # noqa: E402
from notegen.read.validate import order_from_mapping  # noqa: E402
from tests.compose.shops import NOW, SECRET, atelier, tidal, wollwerk  # noqa: E402

DATA = ROOT / "tests" / "data" / "language"
ROUNDS = 3


def _names(lang: str) -> list[str]:
    with (DATA / f"{lang}_items.tsv").open(encoding="utf-8", newline="") as handle:
        return [row["name"] for row in csv.DictReader(handle, delimiter="\t")]


def _orders(lang: str, round_: int) -> list[object]:
    orders = []
    for index, name in enumerate(_names(lang)):
        data = {
            "order_id": f"{lang}-{round_}-{index}",
            "locale": lang,
            "customer": {"first_name": "Anna", "email": "anna@example.org", "orders_count": 1 + index % 3},
            "items": [{"name": f"{name} {round_}{index}", "quantity": 1 + 2 * (index % 2), "price": "20"}],
        }
        orders.append(order_from_mapping(data, "bench"))
    return orders


def main() -> None:
    configs = {"de": wollwerk(), "fr": atelier(), "en": tidal()}
    for lang, config in configs.items():  # compile the templates, open the lexicons
        for order in _orders(lang, 99)[:50]:
            compose(order, config, NOW, secret=SECRET)  # type: ignore[arg-type]
    fresh, again = float("inf"), float("inf")
    count = 0
    for round_ in range(ROUNDS):
        work = [(order, config) for lang, config in configs.items() for order in _orders(lang, round_)]
        count = len(work)
        start = time.process_time()
        for order, config in work:
            compose(order, config, NOW, secret=SECRET)  # type: ignore[arg-type]
        fresh = min(fresh, time.process_time() - start)
        start = time.process_time()
        for order, config in work:
            compose(order, config, NOW, secret=SECRET)  # type: ignore[arg-type]
        again = min(again, time.process_time() - start)
    print(
        f"compose {count} notes: new items {fresh / count * 1000:.3f} ms a note, "
        f"items already named {again / count * 1000:.3f} ms a note (CPU, best of {ROUNDS})"
    )
    naming = float("inf")
    for round_ in range(ROUNDS):
        items = [
            (Item(f"{name} {round_}x{index}", quantity=1 + 2 * (index % 2)), lang)
            for lang in configs
            for index, name in enumerate(_names(lang))
        ]
        start = time.process_time()
        for item, lang in items:
            name_items((item,), lang, True)
        naming = min(naming, time.process_time() - start)
    print(f"name {len(items)} new items alone: {naming / len(items) * 1000:.3f} ms an item (CPU, best of {ROUNDS})")
    _lexicon_cost(configs)


def _catalog(items: list[tuple[Item, str]]) -> Catalog:
    """A catalog that names each item by the head the lexicon finds for it (the name itself where none)."""
    entries = {}
    for item, lang in items:
        head = head_noun(item.name, lang)
        gender = "pl" if head is None or head.plural_name else head.gender
        plural = item.name if head is None or head.plural_name else head.plural or "-"
        entries[item.name.casefold(), lang] = CatalogEntry(item.name, lang, item.name, gender, plural)
    return Catalog(entries)


def _lexicon_cost(configs: dict[str, object]) -> None:
    """New items named through the lexicons against the same items named through a catalog (best of ROUNDS)."""
    with_lexicon, with_catalog = float("inf"), float("inf")
    count = 0
    for round_ in range(ROUNDS):
        names = [(lang, index, name) for lang in configs for index, name in enumerate(_names(lang))]
        first = [(Item(f"{name} {round_}c{index}"), lang) for lang, index, name in names]
        second = [(Item(f"{name} {round_}l{index}"), lang) for lang, index, name in names]
        catalog = _catalog(first)
        count = len(first)
        start = time.process_time()
        for item, lang in first:
            name_items((item,), lang, True, False, catalog)
        with_catalog = min(with_catalog, time.process_time() - start)
        start = time.process_time()
        for item, lang in second:
            name_items((item,), lang, True)
        with_lexicon = min(with_lexicon, time.process_time() - start)
    print(
        f"name {count} new items: through the lexicons {with_lexicon / count * 1000:.3f} ms an item, through a "
        f"catalog {with_catalog / count * 1000:.3f} ms (the lexicons' cost: "
        f"{(with_lexicon - with_catalog) / count * 1000:+.3f} ms an item; CPU, best of {ROUNDS})"
    )


if __name__ == "__main__":
    main()
