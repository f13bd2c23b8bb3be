"""Donations and a nonprofit's merchandise: each order line is thanked for what it is, a donation by its purpose as
a charity names it, merchandise as an item; celebration and memorial gifts carry no promotional ask. The expected
wording is written by hand here, not taken from the code."""

from __future__ import annotations

from typing import Any

import pytest

from notegen.compose.composer import choose_occasion, compose
from notegen.language.donations import donation_lines, is_donation, names_a_donation
from notegen.model import Item
from tests.compose.shops import NOW, SECRET, harbour, order, tidal


def _order(lang: str, *items: dict[str, Any], note: str = "", donation: bool = False) -> Any:
    lines = [{"quantity": 1, "price": "20.00", **item} for item in items]
    customer = {"first_name": "Ann", "last_name": "Lee", "orders_count": 1}
    return order(items=lines, locale=lang, note=note, donation=donation, customer=customer)


@pytest.mark.parametrize(
    ("name", "variant", "donation"),
    [
        ("Winter appeal donation", "", True),
        ("Pay-in for sponsored swim", "", True),
        ("Monthly gift", "Crew training", True),
        ("Donation", "", True),
        ("Gift to the lifeboat fund", "", True),
        ("Spende Winterfonds", "", True),
        ("Monatliche Spende", "", True),
        ("Don « Appel d'hiver »", "", True),
        ("Parrainage d'un chien guide", "", True),
        ("Hot-water bottle", "Poppy Red", False),
        ("Tote bag", "", False),
        ("Wall calendar 2027", "", False),
        ("Gift card £20", "", False),
        ("Gift box with three candles", "", False),
        ("Geschenkbox", "", False),
        ("Wärmflasche", "Mohnrot", False),
        ("Calendrier 2027", "", False),
    ],
)
def test_each_line_is_a_donation_or_merchandise_by_its_name(name: str, variant: str, donation: bool) -> None:
    assert names_a_donation(Item(name, variant=variant)) is donation


def test_the_shop_lists_its_donation_products_and_the_data_may_mark_a_whole_order() -> None:
    assert names_a_donation(Item("Lifejacket for a volunteer", sku="LJ-1"), ("LJ-1",))
    config = harbour()
    marked = _order("en", {"name": "Lifejacket for a volunteer"}, donation=True)
    assert donation_lines(marked, config) == (True,)
    mixed = _order("en", {"name": "Tote bag"}, {"name": "Donation"}, donation=True)
    assert donation_lines(mixed, config) == (False, True)
    merchandise = _order("en", {"name": "Tote bag"}, {"name": "Wall calendar 2027"})
    assert not is_donation(merchandise, config)
    assert choose_occasion(merchandise, config, NOW) != ["donation"]


@pytest.mark.parametrize(
    ("lang", "name", "variant", "expected"),
    [
        ("en", "Winter appeal donation", "", "your gift to the winter appeal"),
        ("en", "Pay-in for sponsored swim", "", "your sponsorship of the sponsored swim"),
        ("en", "Monthly gift", "Crew training", "your monthly gift for crew training"),
        ("de", "Spende Winterfonds", "", "Ihre Spende für den Winterfonds"),
        ("fr", "Don « Appel d'hiver »", "", "votre don pour l'Appel d'hiver"),
    ],
)
def test_a_donation_is_named_by_its_purpose(lang: str, name: str, variant: str, expected: str) -> None:
    note = compose(_order(lang, {"name": name, "variant": variant}), harbour(), NOW, secret=SECRET)
    assert note.occasion == "donation"
    assert expected in note.thanks
    assert name not in note.text


def test_a_nonprofits_merchandise_is_thanked_as_an_item_without_for_its_variant() -> None:
    note = compose(_order("en", {"name": "Hot-water bottle", "variant": "Poppy Red"}), harbour(), NOW, secret=SECRET)
    assert note.occasion != "donation"
    assert "for Poppy Red" not in note.text
    assert "Hot-water bottle in Poppy Red" in note.text or "hot-water bottle in Poppy Red" in note.text


def test_a_mixed_order_thanks_for_the_gift_and_the_item() -> None:
    mixed = _order("en", {"name": "Tote bag"}, {"name": "Winter appeal donation", "price": "30.00"})
    note = compose(mixed, harbour(), NOW, secret=SECRET)
    assert note.occasion == "donation"
    assert "gift to the winter appeal" in note.thanks
    assert "tote bag" in note.thanks.lower()


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "For my sister's birthday instead of presents"),
        ("en", "In memory of my father, who loved the sea"),
        ("de", "Zum Geburtstag meiner Mutter statt Geschenken"),
        ("fr", "En mémoire de ma grand-mère"),
    ],
)
def test_memorial_and_celebration_gifts_carry_no_share_or_referral_ask(lang: str, text: str) -> None:
    note = compose(_order(lang, {"name": "Donation"}, note=text), harbour(), NOW, secret=SECRET)
    assert "share" not in note.asks and "referral" not in note.asks
    assert not note.support and not note.incentive
    assert "joy with" not in note.text and "Freude mit" not in note.text


def test_a_celebration_gift_is_acknowledged_and_not_read_as_a_present() -> None:
    note = compose(
        _order("en", {"name": "Donation"}, note="For my sister's birthday instead of presents"),
        harbour(),
        NOW,
        secret=SECRET,
    )
    assert "birthday" in note.reply
    assert "!" not in note.reply


def test_a_shop_that_is_no_nonprofit_still_thanks_a_line_named_as_a_donation() -> None:
    shop = tidal()
    mixed = _order("en", {"name": "Stoneware mug"}, {"name": "Donation to the tree-planting fund", "price": "5.00"})
    assert is_donation(mixed, shop)
