"""The config keys composing adds: [shop] templates and occasions, [reply] enabled, [service] complaints."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from notegen.compose.composer import compose
from notegen.config import occasion_rule, parse_config
from notegen.errors import ConfigError

from .shops import NOW, order


def _config(**sections: dict[str, Any]) -> dict[str, Any]:
    return {"shop": {"name": "Tidal Pottery", "default_locale": "en"}, "signer": {"name": "Maya Chen"}, **sections}


def test_the_new_keys_are_read() -> None:
    config = parse_config(
        _config(
            shop={"name": "Tidal Pottery", "templates": "notes", "occasions": ["xmas: 12-01..12-24"]},
            reply={"enabled": False},
            service={
                "email": "hello@tidal.example",
                "complaints": {"en": "We replace it or refund you, as you prefer."},
            },
        )
    )
    assert config.shop.templates == "notes" and config.shop.occasions == ("xmas: 12-01..12-24",)
    assert config.reply.enabled is False
    assert config.service.complaints == {"en": "We replace it or refund you, as you prefer."}


@pytest.mark.parametrize(
    ("occasions", "message"),
    [
        ("xmas: 12-01..12-24", r"\[shop\] occasions must be a list of strings"),
        (["xmas"], r"\[shop\] occasions: 'xmas' is not understood; write it as 'name: MM-DD\.\.MM-DD'"),
        (["leap: 02-30..03-01"], r"'leap: 02-30\.\.03-01' has a day that does not exist"),
        ([1], r"must be a list of strings"),
    ],
)
def test_bad_occasions_name_the_key_and_say_how_to_write_them(occasions: Any, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        parse_config(_config(shop={"name": "Tidal Pottery", "occasions": occasions}), "shop.toml")


def test_occasion_days_can_span_the_new_year_and_codes_ignore_case() -> None:
    winter = occasion_rule("winter: 12-20..01-06")
    assert winter.applies((), date(2026, 12, 31)) and winter.applies((), date(2027, 1, 6))
    assert not winter.applies((), date(2027, 1, 7)) and not winter.applies((), None)
    assert occasion_rule("comeback: code WELCOME").applies(("welcome",), None)


def test_the_shops_own_complaint_wording_replaces_the_default() -> None:
    config = parse_config(
        _config(service={"email": "hello@tidal.example", "complaints": "We replace it or refund you, as you prefer."})
    )
    note = compose(order(locale="en"), config, NOW)
    assert note.service.endswith("within two working days. We replace it or refund you, as you prefer.")
