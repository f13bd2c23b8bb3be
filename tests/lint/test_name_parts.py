"""The lint judges an item's name, not the pack or strength the shop wrote after it: "ein paar Worte" is no
lower-cased "…, Paar", and "the Paracetamol 500mg Tablets" is no name cut short at "Paracetamol"; the same checks
still find a noun of the name lower-cased or a name cut short."""

from __future__ import annotations

import pytest

from notegen.compose.composer import compose
from notegen.lint.linter import lint
from tests.compose.shops import NOW, SECRET, harbour, informal, order, wollwerk


def _errors(text: str, name: str, lang: str, quantity: int = 1) -> list[str]:
    made = order(items=[{"name": name, "quantity": quantity}], locale=lang)
    return [finding.code for finding in lint(text, made, lang).findings if finding.severity == "error"]


@pytest.mark.parametrize(
    ("lang", "name"),
    [
        ("de", "Steigbügel Aluminium, Paar"),
        ("de", "Angelhaken Gr. 8, 25 Stück"),
        ("en", "Paracetamol 500mg Tablets (16 Pack)"),
    ],
)
def test_the_composers_notes_for_names_with_a_pack_or_strength_pass(lang: str, name: str) -> None:
    shops = [wollwerk(), informal(wollwerk())] if lang == "de" else [harbour()]
    for shop in shops:
        for number in range(12):
            for quantity in (1, 3):
                made = order(order_id=f"N-{number}", items=[{"name": name, "quantity": quantity}], locale=lang)
                text = compose(made, shop, NOW, secret=SECRET).text
                assert "SIN206" not in _errors(text, name, lang, quantity), text


def test_a_few_words_are_no_lowered_pair_but_a_lowered_noun_of_the_name_is_found() -> None:
    name = "Steigbügel Aluminium, Paar"
    good = "Hallo Anna,\n\ndanke für die Steigbügel Aluminium, Paar! Über ein paar Worte freuen wir uns.\n\nKatrin"
    bad = "Hallo Anna,\n\ndanke für die steigbügel Aluminium, Paar! Über ein paar Worte freuen wir uns.\n\nKatrin"
    assert "SIN206" not in _errors(good, name, "de")
    assert "SIN206" in _errors(bad, name, "de")


def test_a_name_cut_before_its_head_is_still_found() -> None:
    name = "Paracetamol 500mg Tablets (16 Pack)"
    cut = "Hi Anna,\n\nthank you for the Paracetamol. We hope they help.\n\nGrace"
    whole = "Hi Anna,\n\nthank you for the Paracetamol 500mg Tablets. We hope they help.\n\nGrace"
    assert "SIN206" in _errors(cut, name, "en")
    assert "SIN206" not in _errors(whole, name, "en")


def test_the_article_a_quoted_title_begins_with_is_no_lower_cased_word_of_the_name() -> None:
    name = "Klavierauszüge „Die Zauberflöte“"
    good = "Hallo Anna,\n\nwenn Ihnen die Klavierauszüge gefallen, freuen wir uns über ein paar Worte.\n\nKatrin"
    bad = "Hallo Anna,\n\ndanke für die Klavierauszüge zauberflöte! Viel Freude beim Üben.\n\nKatrin"
    assert "SIN206" not in _errors(good, name, "de")
    assert "SIN206" in _errors(bad, name, "de")


@pytest.mark.parametrize("name", ["Erste-Hilfe-Tasche für Hunde", "Rote-Bete-Saft, 0,5 l"])
def test_an_adjective_that_begins_a_compound_is_no_lowered_noun_of_the_name(name: str) -> None:
    for number in range(12):
        for quantity in (1, 3):
            made = order(order_id=f"N-{number}", items=[{"name": name, "quantity": quantity}], locale="de")
            text = compose(made, wollwerk(), NOW, secret=SECRET).text  # "eine erste Bestellung …"
            assert "SIN206" not in _errors(text, name, "de", quantity), text
    first = "Hallo Anna,\n\neine erste Bestellung ist etwas Besonderes: danke für die {}!\n\nKatrin"
    assert "SIN206" not in _errors(first.format("Erste-Hilfe-Tasche für Hunde"), "Erste-Hilfe-Tasche für Hunde", "de")
    for lowered in ("Erste-Hilfe-Tasche für hunde", "erste hilfe tasche für Hunde"):  # still found
        assert "SIN206" in _errors(first.format(lowered), "Erste-Hilfe-Tasche für Hunde", "de")
