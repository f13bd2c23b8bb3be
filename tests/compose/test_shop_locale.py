"""A shop writes its own language as it speaks it, whatever the customer's country: a German shop writes "Januar"
and "10 %" to Vienna and Zurich; a shop whose locale is de-AT writes "Jänner". Another language follows the
customer's country ("22 January 2027" to the UK)."""

from __future__ import annotations

import dataclasses
import re

import pytest

from notegen.compose.composer import compose
from notegen.config import parse_config
from notegen.errors import ConfigError

from .shops import NOW, SECRET, order, tidal, wollwerk


def _gift(country: str, locale: str = "de") -> str:
    config = wollwerk()
    config = dataclasses.replace(config, shop=dataclasses.replace(config.shop, default_locale=locale))
    return compose(order(shipping_country=country, locale="de"), config, NOW, secret=SECRET).gift


@pytest.mark.parametrize("country", ["DE", "AT", "CH", "LI"])
def test_a_german_shop_writes_german_german_to_every_country(country: str) -> None:
    gift = _gift(country)
    assert "Januar 2027" in gift and "Jänner" not in gift
    assert "10\u00a0%" in gift


def test_an_austrian_shop_writes_jaenner() -> None:
    assert "Jänner 2027" in _gift("DE", "de-AT")


def test_another_language_follows_the_customers_country() -> None:
    config = tidal()
    german_shop = dataclasses.replace(config, shop=dataclasses.replace(config.shop, default_locale="de"))
    gift = compose(order(shipping_country="GB", locale="en"), german_shop, NOW, secret=SECRET).gift
    assert re.search(r"\b\d{1,2} January 2027", gift), gift  # "7 January 2027": British, not "January 7, 2027"


@pytest.mark.parametrize(("given", "kept"), [("de-AT", "de-AT"), ("fr_ch", "fr-CH"), ("en", "en")])
def test_the_shop_locale_may_name_the_shops_country(given: str, kept: str) -> None:
    config = parse_config({"shop": {"name": "Wollwerk", "default_locale": given}, "signer": {"name": "Katrin"}})
    assert config.shop.default_locale == kept
    assert config.shop.lang == kept[:2]


@pytest.mark.parametrize("given", ["es", "de-", "german", "de-AUT"])
def test_a_locale_that_is_no_note_language_is_refused_with_the_choices(given: str) -> None:
    with pytest.raises(ConfigError, match=r"notegen.toml: \[shop\] default_locale must be one of de, fr, en.*de-AT"):
        parse_config({"shop": {"name": "Wollwerk", "default_locale": given}, "signer": {"name": "Katrin"}})
