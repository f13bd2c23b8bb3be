"""Orders for the blind name lists, composed by the sample shops: each name once and three times, with and
without its variant, formal and informal (German and French), as a first order, a returning customer's or a gift."""

from __future__ import annotations

from functools import cache
from typing import Any, NamedTuple

from notegen.compose.composer import compose
from notegen.config import ShopConfig
from notegen.model import Note, Order
from notegen.read.validate import order_from_mapping
from tests.blind.grammar import Row, rows
from tests.compose.shops import NOW, SECRET, atelier, informal, tidal, wollwerk
from tests.language.french_grammar import note_paragraphs

OCCASIONS = ("first_order", "returning", "gift")
PEOPLE = {"de": ("Henrike", "Vollmer", "ms"), "fr": ("Solène", "Garnier", "ms"), "en": ("Imogen", "Pryce", "ms")}


def shops(lang: str) -> list[ShopConfig]:
    """The shops that write `lang`: formal and informal for German and French."""
    if lang == "de":
        return [wollwerk(), informal(wollwerk())]
    if lang == "fr":
        return [atelier(), informal(atelier())]
    return [tidal()]


def order_data(row: Row, quantity: int, variant: str, occasion: str, number: int) -> dict[str, Any]:
    """The order as JSON data, as `notegen lint --order` reads it."""
    first, last, salutation = PEOPLE[row.lang]
    item: dict[str, Any] = {"name": row.name, "quantity": quantity, "price": "19.90"}
    if variant:
        item["variant"] = variant
    data: dict[str, Any] = {
        "order_id": f"blind-{row.lang}-{number}",
        "placed_at": "2026-11-21T11:00:00+01:00",
        "locale": row.lang,
        "customer": {
            "first_name": first,
            "last_name": last,
            "email": "kunde@example.org",
            "salutation": salutation if number % 2 else "",
            "orders_count": 5 if occasion == "returning" else 1,
        },
        "items": [item],
        "gift": occasion == "gift",
    }
    return data


class Composed(NamedTuple):
    """One composed note and what it was composed from; `also` are the order's other lines (row, quantity,
    variant), whose mentions are judged too."""

    row: Row
    quantity: int
    variant: str
    data: dict[str, Any]
    order: Order
    note: Note
    also: tuple[tuple[Row, int, str], ...] = ()

    def lines(self) -> list[tuple[Row, int, str]]:
        """Every line of the order: (row, quantity, variant)."""
        return [(self.row, self.quantity, self.variant), *self.also]


GIFT_NOTES = {
    "de": "Ein Geschenk für meine Schwester zum Geburtstag",
    "fr": "C'est un cadeau pour ma sœur, pour son anniversaire",
    "en": "A present for my sister's birthday",
}


@cache
def composed(lang: str, folder: str = "") -> list[Composed]:
    """Every row of `lang` ×1 and ×3, without and with its variant, by each shop, in a rotating occasion; then
    each row once more as a present the customer's note names (×1), as a printed insert (×3) and in a two-line
    order with the next row (×1 and ×3). `folder`: a later round's name lists (tests/data/blind/<folder>)."""
    found = []
    number = 0
    configs = shops(lang)
    table = rows(lang, folder)
    for index, row in enumerate(table):
        for quantity in (1, 3):
            for variant in ("", row.variant) if row.variant else ("",):
                for config in configs:
                    number += 1
                    occasion = OCCASIONS[(index + number) % len(OCCASIONS)]
                    data = order_data(row, quantity, variant, occasion, number)
                    order = order_from_mapping(data, f"blind-{lang}.json:{number}")
                    note = compose(order, config, NOW, secret=SECRET)
                    found.append(Composed(row, quantity, variant, data, order, note))
    for index, row in enumerate(table):
        config = configs[index % len(configs)]
        number += 1
        data = order_data(row, 1, row.variant, "gift", number)
        data["note"] = GIFT_NOTES[lang]
        order = order_from_mapping(data, f"blind-{lang}.json:{number}")
        found.append(Composed(row, 1, row.variant, data, order, compose(order, config, NOW, secret=SECRET)))
        number += 1
        data = order_data(row, 3, "", "first_order", number)
        order = order_from_mapping(data, f"blind-{lang}.json:{number}")
        insert = compose(order, config, NOW, fit="A6", secret=SECRET)
        found.append(Composed(row, 3, "", data, order, insert))
        other = table[(index + 1) % len(table)]
        number += 1
        quantity = 1 + 2 * (index % 2)
        data = order_data(row, quantity, "", "returning", number)
        data["items"].append({"name": other.name, "quantity": 4 - quantity, "price": "9.50"})
        order = order_from_mapping(data, f"blind-{lang}.json:{number}")
        note = compose(order, config, NOW, secret=SECRET)
        found.append(Composed(row, quantity, "", data, order, note, ((other, 4 - quantity, ""),)))
    return found


def french_paragraphs(folder: str = "") -> list[str]:
    """Every distinct paragraph (and subject line) of the French notes composed for a round's names, on one line
    each, as Grammalecte reads them."""
    return note_paragraphs(entry.note for entry in composed("fr", folder))
