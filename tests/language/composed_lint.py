"""The lint's reading of notes the composer writes for a list of names: each name ordered once and three times,
composed by a sample shop and linted with its order, so that a test can assert that the lint finds every item as
the composer names it."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from notegen.compose.composer import compose
from notegen.config import ShopConfig
from notegen.lint import Linter
from notegen.read.validate import order_from_mapping
from tests.compose.shops import NOW, SECRET


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
