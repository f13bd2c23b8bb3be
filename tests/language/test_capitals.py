"""Names a shop writes in capitals keep them, and the words around them agree as they would with the name in its
usual case: "den REITHANDSCHUHEN", « les trois BOUGIES PARFUMÉES », "the three WOOL SCARVES"."""

from __future__ import annotations

import pytest

from notegen.compose.composer import compose
from notegen.language.items import item_phrase, name_items, short_phrase
from notegen.lint.linter import lint
from notegen.model import Item
from tests.compose.shops import NOW, SECRET, atelier, harbour, order, wollwerk

CAPITALS = [  # lang, name, quantity, slot, expected
    ("de", "WOLLSCHAL MERINO", 3, "nom", "die drei WOLLSCHALS MERINO"),
    ("de", "KOCHTOPF EDELSTAHL", 3, "dat", "den drei KOCHTÖPFEN EDELSTAHL"),
    ("de", "REITHANDSCHUHE WINTER", 1, "dat", "den REITHANDSCHUHEN WINTER"),
    ("de", "REITHANDSCHUHE WINTER", 3, "acc", "die drei Paar REITHANDSCHUHE WINTER"),
    ("de", "SCHNEIDEBRETT EICHE", 1, "acc", "das SCHNEIDEBRETT EICHE"),
    ("de", "TEELICHTER UNPARFÜMIERT, 50 STÜCK", 3, "nom", "die drei Packungen TEELICHTER UNPARFÜMIERT, 50 STÜCK"),
    ("fr", "BOUGIE PARFUMÉE", 3, "nom", "les trois BOUGIES PARFUMÉES"),
    ("fr", "HUILE D'OLIVE", 1, "nom", "l'HUILE D'OLIVE"),
    ("fr", "HACHE DE CAMPING", 1, "nom", "la HACHE DE CAMPING"),
    ("fr", "SAC À DOS IMPERMÉABLE", 3, "nom", "les trois SACS À DOS IMPERMÉABLES"),
    ("fr", "JEU DE CARTES", 2, "dat", "aux deux JEUX DE CARTES"),
    ("fr", "GANTS D'ÉQUITATION", 3, "nom", "les trois paires de GANTS D'ÉQUITATION"),
    ("en", "WOOL SCARF", 3, "nom", "the three WOOL SCARVES"),
    ("en", "WINTER RIDING GLOVES", 2, "nom", "the two pairs of WINTER RIDING GLOVES"),
    ("en", "LED BULB E27", 3, "nom", "the three LED BULBS E27"),
]


@pytest.mark.parametrize(("lang", "name", "quantity", "slot", "expected"), CAPITALS)
def test_a_name_in_capitals_keeps_them_and_agrees(
    lang: str, name: str, quantity: int, slot: str, expected: str
) -> None:
    assert getattr(item_phrase(Item(name, quantity), lang, True), slot) == expected


def test_a_later_mention_of_a_name_in_capitals_keeps_its_adjective() -> None:
    assert short_phrase(Item("BOUGIE PARFUMÉE", 3), "fr", True).nom == "les BOUGIES PARFUMÉES"
    assert short_phrase(Item("BACKFORM GUGELHUPF 22 CM", 3), "de", True).nom == "die BACKFORMEN"


def test_a_variant_keeps_its_own_case_and_an_unknown_name_is_reported_as_the_shop_wrote_it() -> None:
    assert item_phrase(Item("SAC À DOS", 1, variant="Noir"), "fr", True).nom == "le SAC À DOS noir"
    assert name_items((Item("XQZWORT FLUMBO"),), "de", True).unsure == ("XQZWORT FLUMBO",)


@pytest.mark.parametrize("lang", ["de", "fr", "en"])
def test_the_lint_accepts_the_notes_composed_for_names_in_capitals(lang: str) -> None:
    shop = {"de": wollwerk, "fr": atelier, "en": harbour}[lang]()
    names = [name for code, name, *_ in CAPITALS if code == lang]
    for number, name in enumerate(names):
        for quantity in (1, 3):
            made = order(order_id=f"K-{number}-{quantity}", items=[{"name": name, "quantity": quantity}], locale=lang)
            note = compose(made, shop, NOW, secret=SECRET)
            result = lint(note.text, made, lang)
            errors = [(f.code, f.message) for f in result.findings if f.severity == "error"]
            assert not errors, (name, quantity, note.text)


@pytest.mark.parametrize("name", ["ℕℕℕℕ", "A B C D", "ǅǅǅǅ", "ẞẞẞẞ"])
def test_a_name_whose_capitals_have_no_usual_case_is_named_without_looping(name: str) -> None:
    for lang in ("de", "fr", "en"):
        for quantity in (1, 3):
            assert item_phrase(Item(name, quantity), lang, True).nom
            assert short_phrase(Item(name, quantity), lang, True).nom
