"""Language per order, and money, dates and numbers as each locale writes them (Babel)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from notegen.language.locales import babel_locale, choose_lang, day, money, month, number, percent, translate

from .shops import order, tidal, wollwerk


@pytest.mark.parametrize(
    ("locale", "country", "expected"),
    [("fr", "DE", "fr"), ("", "AT", "de"), ("", "LI", "de"), ("", "MC", "fr"), ("", "CH", "de"), ("", "NL", "de")],
)
def test_language_order_locale_then_country_then_shop_default(locale: str, country: str, expected: str) -> None:
    assert choose_lang(order(locale=locale, shipping_country=country), wollwerk()) == expected


def test_switzerland_follows_the_order_else_the_shop() -> None:
    assert choose_lang(order(locale="fr", shipping_country="CH"), wollwerk()) == "fr"
    assert choose_lang(order(shipping_country="CH"), tidal()) == "en"


def test_money_as_each_language_writes_it() -> None:
    amount = Decimal("49.90")
    assert money(amount, "EUR", babel_locale("de")) == "49,90\xa0€"
    assert money(amount, "EUR", babel_locale("fr")) == "49,90\xa0€"
    assert money(Decimal("1049.90"), "EUR", babel_locale("fr")) == "1\u202f049,90\xa0€"
    assert money(amount, "EUR", babel_locale("en")) == "€49.90"
    assert money(amount, "GBP", babel_locale("en", "GB")) == "£49.90"


def test_dates_numbers_and_percentages_follow_the_country() -> None:
    assert day(date(2027, 1, 19), babel_locale("de", "DE")) == "19. Januar 2027"
    assert day(date(2027, 1, 19), babel_locale("de", "AT")) == "19. Jänner 2027"
    assert day(date(2027, 1, 19), babel_locale("en", "GB")) == "19 January 2027"
    assert day(date(2027, 1, 19), babel_locale("en", "US")) == "January 19, 2027"
    assert month(date(2023, 5, 2), babel_locale("fr")) == "mai 2023"
    assert number(1000, babel_locale("de")) == "1.000"
    assert percent(10, babel_locale("de")) == "10\xa0%"
    assert percent(10, babel_locale("en")) == "10%"
    assert babel_locale("de", "XX") == "de_DE"


def test_fixed_strings_come_from_the_catalogs() -> None:
    assert translate("de", "Write a review") == "Bewertung schreiben"
    assert translate("fr", "a very happy birthday") == "un très joyeux anniversaire"
    assert translate("en", "Share") == "Share"
    assert translate("de", "a string nobody translated") == "a string nobody translated"
