"""The item-naming checks every held-out round shares: the cases (each name once and three times, with and
without its variant), the library's phrase judged against the hand-written ones, and Grammalecte's readings judged
wrong by hand."""

from __future__ import annotations

from typing import Any

import pytest

from notegen.language.items import item_phrase
from notegen.model import Item
from tests.blind.grammar import Row, expected, normal, rows

SLOT = {"de": "acc", "fr": "nom", "en": "nom"}  # the form the phrases of the name lists are written in


def naming_cases(folder: str = "") -> list[Any]:
    """Each name of a round's lists ("" for the first round) once and three times, with and without its variant."""
    found = []
    for lang in ("de", "fr", "en"):
        for row in rows(lang, folder):
            for quantity in (1, 3):
                for variant in ("", row.variant) if row.variant else ("",):
                    found.append(
                        pytest.param(row, quantity, variant, id=f"{row.name}-x{quantity}-{variant or 'plain'}")
                    )
    return found


def unsure(phrase: str) -> bool:
    """The construction that needs no agreement ("den Artikel „…“", "l'article « … »"): allowed, not a guess."""
    return "Artikel „" in phrase or "article «" in phrase or "articles «" in phrase


def assert_named(row: Row, quantity: int, variant: str) -> None:
    """Assert that the library names the item as one of the hand-written phrases (or without agreement)."""
    phrase = getattr(item_phrase(Item(row.name, quantity=quantity, variant=variant), row.lang, True), SLOT[row.lang])
    if not unsure(phrase):
        assert normal(phrase) in expected(row, quantity, variant)


def false_alarm(
    rule: str, flagged: str, paragraph: str, alarms: set[tuple[str, str]], in_words: tuple[tuple[str, str, str], ...]
) -> bool:
    """Whether a Grammalecte reading was judged wrong by hand: its rule kind and flagged word are in `alarms`, or
    in `in_words` with the words of the paragraph it was flagged in."""
    kind = rule.split("__")[1]
    if (kind, flagged) in alarms:
        return True
    return any(kind == k and flagged == f and words in paragraph for k, f, words in in_words)
