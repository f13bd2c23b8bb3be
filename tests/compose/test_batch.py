"""500 generated orders per language: every note names its customer and an item of its order, no two notes
are the same, and with names, items and codes masked no wording covers more than a fifth of the batch. The
lint passes every note of the samples and of these batches without an error."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from functools import cache

import pytest

from notegen.compose.composer import compose
from notegen.config import ShopConfig
from notegen.lint import Linter
from notegen.model import Note, Order
from tests.factory import make_orders

from .shops import NOW, SECRET, atelier, harbour, informal, sample_orders, tidal, wollwerk

BATCH = 500


def _du() -> ShopConfig:
    return informal(wollwerk())


def _tu() -> ShopConfig:
    return informal(atelier())


SHOPS: dict[str, Callable[[], ShopConfig]] = {"de": wollwerk, "fr": atelier, "en": tidal, "de-du": _du, "fr-tu": _tu}


@cache
def batch(shop: str) -> tuple[tuple[Order, Note], ...]:
    lang = shop[:2]
    config: ShopConfig = SHOPS[shop]()
    orders = make_orders(BATCH, lang, seed=3)
    return tuple((order, compose(order, config, NOW, secret=SECRET)) for order in orders)


_FOLD = str.maketrans("äöüàâéèêëîïôûç", "aouaaeeeeiiouc")


def _words(text: str) -> list[str]:
    return [w for w in re.findall(r"\w+", text.lower().translate(_FOLD)) if len(w) >= 3]


def _names_an_item(order: Order, text: str) -> bool:
    """Whether `text` names an item of the order: every word of its name, allowing for the endings that
    plurals and cases change ("Stirnbänder", "bougies", "knives")."""
    lowered = text.lower().translate(_FOLD)
    return any(all(word[: max(3, len(word) - 3)] in lowered for word in _words(item.name)) for item in order.items)


def _masked(order: Order, note: Note) -> str:
    text = note.text
    values = [order.customer.first_name, order.customer.last_name, note.gift_code, note.referral_code]
    for item in order.items:
        values += re.findall(r"\w{3,}", f"{item.name} {item.variant}")
    for value in sorted(filter(None, values), key=len, reverse=True):
        text = re.sub(re.escape(value[: max(4, len(value) - 2)]) + r"\w*", "#", text, flags=re.IGNORECASE)
    return re.sub(r"\d+", "0", text)


@pytest.mark.parametrize("shop", sorted(SHOPS))
def test_every_note_names_its_customer_and_an_item_of_its_order(shop: str) -> None:
    for order, note in batch(shop):
        names = (order.customer.first_name, order.customer.last_name)
        assert any(name and name in note.greeting for name in names), (order.order_id, note.greeting)
        assert _names_an_item(order, note.thanks), (order.order_id, note.thanks)


@pytest.mark.parametrize("shop", sorted(SHOPS))
def test_no_two_notes_of_a_batch_are_the_same(shop: str) -> None:
    texts = [note.text for _, note in batch(shop)]
    assert len(set(texts)) == len(texts)


@pytest.mark.parametrize("shop", sorted(SHOPS))
def test_with_names_and_items_masked_no_wording_covers_a_fifth_of_the_batch(shop: str) -> None:
    counts = Counter(_masked(order, note) for order, note in batch(shop))
    wording, count = counts.most_common(1)[0]
    assert count <= BATCH // 5, f"{count} notes read the same:\n{wording}"
    thanks = Counter(
        re.sub(r"[^ ]*#[^ ]*|\d+", "#", _masked(order, note).split("\n\n")[1]) for order, note in batch(shop)
    )
    assert thanks.most_common(1)[0][1] <= BATCH // 5


@pytest.mark.parametrize("shop", sorted(SHOPS))
def test_notes_are_clean_prose(shop: str) -> None:
    for order, note in batch(shop):
        for part in [note.subject, note.preheader, note.text]:
            assert not re.search(r"  |\s[.,]|[a-zäöüéèàç][.!?][A-ZÄÖÜÉ]|\(\s|\s\)|None|nan\b|\{|\}", part), (
                order.order_id,
                part,
            )
        assert note.text.count("\n\n") == len(note.body()) + len(note.postscript()) + 1
        assert note.greeting.endswith(",") and note.text.endswith("\n")


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


def _errors(linter: Linter, entries: list[tuple[Order, Note]], *, batch_rules: bool = False) -> list[str]:
    """The error findings of the lint, note by note; with `batch_rules`, also those of the batch rules, except
    SIN202 for a word of another order: notes of one shop share the shop's own words (its name, the sample it
    gives, "your gift"), which the lint cannot tell from item names, and compose never sees another order."""
    if batch_rules:
        results = linter.check_batch([(note.text, order, note.lang) for order, note in entries])
    else:
        results = [linter.check(note.text, order, note.lang) for order, note in entries]
    return [
        f"{order.order_id} {finding.code} {finding.text!r}: {finding.message}\n{note.text}"
        for (order, note), result in zip(entries, results, strict=True)
        for finding in result.findings
        if finding.severity == "error"
        and not (batch_rules and finding.code == "SIN202" and finding.text not in _own(order))
    ]


def _own(order: Order) -> str:
    return " ".join(f"{item.name} {item.variant}" for item in order.items)


@pytest.mark.parametrize("shop", sorted(SHOPS))
@pytest.mark.parametrize("batch_rules", [False, True])
def test_the_lint_finds_no_error_in_the_generated_batches(linter, shop: str, batch_rules: bool) -> None:  # type: ignore[no-untyped-def]
    errors = _errors(linter, list(batch(shop)), batch_rules=batch_rules)
    assert not errors, "\n\n".join(errors[:3])


@pytest.mark.parametrize(
    ("shop", "config"),
    [("de-wollwerk", wollwerk), ("fr-atelier", atelier), ("en-harbour-trust", harbour)],
)
@pytest.mark.parametrize("fit", ["email", "A6"])
def test_the_lint_finds_no_error_in_the_sample_notes(linter, shop: str, config, fit: str) -> None:  # type: ignore[no-untyped-def]
    shop_config = config()
    entries = [(order, compose(order, shop_config, NOW, fit=fit, secret=SECRET)) for order in sample_orders(shop)]
    errors = _errors(linter, entries) + _errors(linter, entries, batch_rules=True)
    assert not errors, "\n\n".join(errors[:3])
