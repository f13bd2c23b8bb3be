"""The lint's reading of notes the composer writes for a list of names: each name ordered once and three times,
composed by a sample shop and linted with its order, so that a test can assert that the lint finds every item as
the composer names it (`item_findings`); the French sample shop's notes for rows of names in every occasion
(`french_notes`), the lint's errors on composed notes (`rejected`), and an item's subject form once and three
times (`named`)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from notegen.compose.composer import compose
from notegen.config import ShopConfig
from notegen.language.items import item_phrase
from notegen.lint import Linter
from notegen.model import Item, Note, Order
from notegen.read.validate import order_from_mapping
from tests.compose.shops import NOW, SECRET, atelier

Composed = tuple[str, tuple[Order, Note]]
"""A name with the order that bought it and the note composed for it."""


def item_findings(
    names: Iterable[str], lang: str, config: ShopConfig, variants: Mapping[str, str] | None = None
) -> list[tuple[str, int, str, str]]:
    """(name, quantity, code, message) of each SIN202 (item not found) and SIN206 (item agreement) the lint gives
    the notes `config` composes for `names`, each ordered once and three times, with its variant in `variants`."""
    notes = []
    for number, name in enumerate(names):
        line = {"name": name, "price": "24.00", "variant": (variants or {}).get(name, "")}
        for quantity in (1, 3):
            data = {
                "order_id": f"{lang}-named-{number}-{quantity}",
                "placed_at": "2026-11-20T10:00:00+00:00",
                "locale": lang,
                "customer": {"first_name": "Ruth", "last_name": "Okafor", "email": "ruth@example.org"},
                "items": [{**line, "quantity": quantity}],
            }
            order = order_from_mapping(data, "test")
            notes.append((compose(order, config, NOW, secret=SECRET).text, order, lang))
    results = Linter().check_batch(notes)
    return [
        (order.items[0].name, order.items[0].quantity, finding.code, finding.message)
        for (_, order, _), result in zip(notes, results, strict=True)
        for finding in result.findings
        if finding.code in ("SIN202", "SIN206")
    ]


def french_notes(rows: Iterable[tuple[str, str, int, str]]) -> list[Composed]:
    """The notes the French sample shop composes for each of `rows` (name, variant, quantity, …; the same name,
    variant and quantity once), in every occasion: a first order, a returning customer's, a gift."""
    notes: list[Composed] = []
    for number, (name, variant, quantity) in enumerate(dict.fromkeys((n, v, q) for n, v, q, _ in rows)):
        for occasion in ("first_order", "returning", "gift"):
            data: dict[str, Any] = {
                "order_id": f"S{number}-{occasion}",
                "placed_at": "2026-11-20T10:00:00+01:00",
                "locale": "fr",
                "customer": {"first_name": "Anna", "last_name": "Roux", "email": "anna@example.org",
                             "orders_count": 6 if occasion == "returning" else 1},
                "items": [{"name": name, "variant": variant, "quantity": quantity, "price": "24.00"}],
                "gift": occasion == "gift",
            }  # fmt: skip
            order = order_from_mapping(data, "test")
            notes.append((name, (order, compose(order, atelier(), NOW, secret=SECRET))))
    return notes


def rejected(notes: Sequence[Composed], lang: str) -> list[tuple[str, list[tuple[str, str]]]]:
    """(name, [(code, message)…]) of each composed note the lint, given its order, rejects (any error)."""
    results = Linter().check_batch([(note.text, order, lang) for _, (order, note) in notes])
    return [
        (name, [(finding.code, finding.message) for finding in result.findings if finding.severity == "error"])
        for (name, _), result in zip(notes, results, strict=True)
        if any(finding.severity == "error" for finding in result.findings)
    ]


def named(name: str, lang: str, certain: bool = True) -> tuple[str, str]:
    """The subject form the library gives `name` ordered once and three times (no-break spaces as plain ones),
    each asserted certain, or with `certain=False` the fallback a person should check."""
    forms = []
    for quantity in (1, 3):
        phrase = item_phrase(Item(name, quantity), lang, True)
        assert phrase.certain == certain, (name, quantity, phrase.nom)
        forms.append(phrase.nom.replace("\xa0", " "))
    return forms[0], forms[1]
