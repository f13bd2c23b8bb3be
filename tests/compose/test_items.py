"""Items named as a person would: articles and cases, small quantities in words, variants after the name, and
long orders summed up."""

from __future__ import annotations

from decimal import Decimal

import pytest

from notegen.language.items import item_phrase, name_items, split_name
from notegen.model import Item


def _item(name: str, quantity: int = 1, variant: str = "", price: str = "10") -> Item:
    return Item(name=name, quantity=quantity, price=Decimal(price), variant=variant)


@pytest.mark.parametrize(
    ("item", "acc", "dat"),
    [
        (
            _item("Wollschal „Fjord“", variant="Salbeigrün"),
            "den Wollschal „Fjord“ in Salbeigrün",
            "dem Wollschal „Fjord“ in Salbeigrün",
        ),
        (
            _item("Leinenschürze „Atelier“", variant="Ocker"),
            "die Leinenschürze „Atelier“ in Ocker",
            "der Leinenschürze „Atelier“ in Ocker",
        ),
        (_item("Strickset „Lichtung“"), "das Strickset „Lichtung“", "dem Strickset „Lichtung“"),
        (
            _item("Kissenhülle „Heide“", 2, "Rostrot"),
            "die beiden Kissenhüllen „Heide“ in Rostrot",
            "den beiden Kissenhüllen „Heide“ in Rostrot",
        ),
        (
            _item("Holzknöpfe", 6, "Eiche"),
            "die sechs Packungen Holzknöpfe in Eiche",
            "den sechs Packungen Holzknöpfen in Eiche",
        ),
        (
            _item("Merino-Socken", 2, "Anthrazit"),
            "die zwei Paar Merino-Socken in Anthrazit",
            "den zwei Paar Merino-Socken in Anthrazit",
        ),
        (_item("Kleine Tasse", 1), "die kleine Tasse", "der kleinen Tasse"),
        (_item("Großer Becher", 1), "den großen Becher", "dem großen Becher"),
        (_item("Handschuhe „Moor“", 1, "M"), "die Handschuhe „Moor“ in Größe M", "den Handschuhen „Moor“ in Größe M"),
        (_item("Wollschal „Fjord“", 14), "die 14 Wollschals „Fjord“", "den 14 Wollschals „Fjord“"),
    ],
)
def test_german_items_take_the_article_of_their_gender_and_case(item: Item, acc: str, dat: str) -> None:
    phrase = item_phrase(item, "de", formal=True)
    assert (phrase.acc, phrase.dat) == (acc, dat)


def test_german_possessive_follows_the_formality() -> None:
    item = _item("Wollschal „Fjord“")
    assert item_phrase(item, "de", formal=True).your == "Ihren Wollschal „Fjord“"
    assert item_phrase(item, "de", formal=False).your == "deinen Wollschal „Fjord“"
    assert item_phrase(_item("Mütze „Firn“"), "de", formal=True).about == "zur Mütze „Firn“"
    assert item_phrase(item, "de", formal=True).about == "zum Wollschal „Fjord“"


@pytest.mark.parametrize(
    ("item", "the", "yours"),
    [
        (_item("Bougie « Figuier »", 2), "les deux bougies « Figuier »", "vos deux bougies « Figuier »"),
        (_item("Coffret « Trois saisons »"), "le coffret « Trois saisons »", "votre coffret « Trois saisons »"),
        (_item("Allumettes longues"), "les allumettes longues", "vos allumettes longues"),
        (_item("Plateau en céramique", 3), "les trois plateaux en céramique", "vos trois plateaux en céramique"),
        (_item("Huile de massage"), "l'huile de massage", "votre huile de massage"),
        (_item("Housse de coussin"), "la housse de coussin", "votre housse de coussin"),
        (_item("Cloche à bougie", variant="laiton"), "la cloche à bougie en laiton", "votre cloche à bougie en laiton"),
        (_item("Vase en grès", variant="sable"), "le vase en grès sable", "votre vase en grès sable"),
        (
            _item('Bougie parfumée "Ambre"', 2),
            "les deux bougies parfumées « Ambre »",
            "vos deux bougies parfumées « Ambre »",
        ),
    ],
)
def test_french_items_take_article_elision_and_plural(item: Item, the: str, yours: str) -> None:
    phrase = item_phrase(item, "fr", formal=True)
    assert (phrase.nom, phrase.your) == (_guillemets(the), _guillemets(yours))


def _guillemets(text: str) -> str:
    """French guillemets hold their name with no-break spaces, so a line never breaks inside them."""
    return text.replace("« ", "«\xa0").replace(" »", "\xa0»")


def test_french_informal_possessive_and_contractions() -> None:
    assert item_phrase(_item("Huile de massage"), "fr", formal=False).your == "ton huile de massage"
    assert item_phrase(_item("Bougie « Figuier »"), "fr", formal=False).your == _guillemets("ta bougie « Figuier »")
    coffret = item_phrase(_item("Coffret « Trois saisons »"), "fr", formal=True)
    assert coffret.dat == _guillemets("au coffret « Trois saisons »")
    assert item_phrase(_item("Bougie « Figuier »", 2), "fr", formal=True).of == _guillemets(
        "des deux bougies « Figuier »"
    )


@pytest.mark.parametrize(
    ("item", "the"),
    [
        (_item('Mug "Tidal"', 2, "sea green"), "the two “Tidal” mugs in sea green"),
        (_item("Candle “Fig Tree”", 1, "large"), "the large “Fig Tree” candle"),
        (_item("Sourdough starter kit"), "the sourdough starter kit"),
        (_item("Lifejacket for a volunteer", 2), "the two lifejackets for a volunteer"),
        (_item("Bread knife", 2), "the two bread knives"),
        (_item("Notebook “Field”", 1, "A5"), "the “Field” notebook in A5"),
    ],
)
def test_english_items_put_the_product_name_before_the_noun(item: Item, the: str) -> None:
    assert item_phrase(item, "en", formal=True).nom == the


def test_long_orders_name_the_two_most_expensive_items_and_sum_up_the_rest() -> None:
    items = (
        _item("Wollwaschmittel", price="8.90"),
        _item("Plaid „Heide“", variant="Rostrot", price="129"),
        _item("Holzknöpfe", 6, "Eiche", price="1.20"),
        _item("Kissenhülle „Heide“", 2, "Rostrot", price="29"),
    )
    named = name_items(items, "de", formal=True)
    assert (
        named.acc == "das Plaid „Heide“ in Rostrot, die beiden Kissenhüllen „Heide“ in Rostrot und zwei Kleinigkeiten"
    )
    assert named.rest == 2 and named.plural and named.top.nom == "das Plaid „Heide“ in Rostrot"
    assert named.first.nom == "das Plaid „Heide“" and named.short.nom == "das Plaid"
    expensive = (*items[:2], _item("Strickjacke „Halde“", price="159"), _item("Tasche aus Filz", price="45"))
    assert name_items(expensive, "de", formal=True).nom.endswith("und zwei weitere Dinge")
    assert name_items(expensive, "fr", formal=True).nom.endswith("et deux autres articles")
    assert name_items(expensive, "en", formal=True).nom.endswith("and two more things")


def test_up_to_three_items_are_all_named_with_a_list_conjunction() -> None:
    items = (_item("Bougie « Figuier »"), _item("Allumettes longues"), _item("Mèche de rechange", 3))
    assert name_items(items, "fr", formal=True).nom == (
        _guillemets("la bougie « Figuier », les allumettes longues et les trois mèches de rechange")
    )
    assert name_items(items[:1], "fr", formal=True).plural is False
    assert name_items(items[:2], "fr", formal=True).it == "elles"  # la bougie et les allumettes: elles
    assert name_items((items[0], _item("Vase en grès")), "fr", formal=True).it == "ils"


def test_ascii_quotes_become_the_languages_own() -> None:
    assert split_name('Schal "Fjord" groß', "de") == ("Schal", "„Fjord“", "groß")
    assert split_name('Bougie "Figuier"', "fr") == ("Bougie", "«\xa0Figuier\xa0»", "")
    assert split_name("Bougie «Figuier»", "fr") == ("Bougie", "«\xa0Figuier\xa0»", "")
    assert split_name('Mug "Tidal"', "en") == ("Mug", "“Tidal”", "")
    assert split_name("Bergkäse 12 Monate", "de") == ("Bergkäse 12 Monate", "", "")


def test_donation_designations_read_as_a_purpose() -> None:
    gift = Item("Monthly gift", 1, Decimal("10"), "Crew training")
    assert item_phrase(gift, "en", formal=True, donation=True).your == "your monthly gift for crew training"


def test_names_already_in_the_plural_are_counted_in_the_unit_one_piece_comes_in() -> None:
    assert item_phrase(_item("Allumettes longues", 2), "fr", formal=True).nom == "les deux lots d'allumettes longues"
    assert item_phrase(_item("Merino socks", 3), "en", formal=True).nom == "the three pairs of merino socks"
    assert item_phrase(_item("Beeswax wraps", 2), "en", formal=True).nom == "the two packs of beeswax wraps"
    assert item_phrase(_item("Merino-Socken", 3), "de", formal=True).nom == "die drei Paar Merino-Socken"
