"""Templates are the shop's to edit: its own folder wins file by file, its own occasions, clear errors with
file and line, the sandbox, and notes composed from a copy of the templates."""

from __future__ import annotations

from pathlib import Path

import pytest

from notegen.compose.composer import compose
from notegen.config import load_config
from notegen.errors import ConfigError
from notegen.run.init import copy_templates

from .shops import NOW, SECRET, order

CONFIG = """
[shop]
name = "Tidal Pottery"
default_locale = "en"
templates = "notes"
occasions = ["christmas: 12-01..12-24", "comeback: code WELCOME-BACK"]

[signer]
name = "Maya Chen"
"""


def _shop(tmp_path: Path, templates: dict[str, str]) -> Path:
    (tmp_path / "notegen.toml").write_text(CONFIG, encoding="utf-8")
    for name, text in templates.items():
        path = tmp_path / "notes" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return tmp_path / "notegen.toml"


def test_a_shop_template_replaces_the_built_in_one_and_keeps_the_other_blocks(tmp_path: Path) -> None:
    config = load_config(
        _shop(
            tmp_path,
            {
                "en/first_order.txt.j2": (
                    "{% set thanks %}\nThanks a million for {{ items.acc }}, {{ customer.first_name }} –\n"
                    "  every piece is thrown by hand.\n{% endset %}\n{% set closing %}Cheers,{% endset %}\n"
                )
            },
        )
    )
    note = compose(order(locale="en"), config, NOW, secret=SECRET)
    assert (
        note.thanks == "Thanks a million for the „Fjord“ Wollschal in Salbeigrün, Anna – every piece is thrown by hand."
    )
    assert note.signature[0] == "Cheers," and note.greeting.endswith("Anna,")
    returning = compose(order(locale="en", customer={"orders_count": 4}), config, NOW, secret=SECRET)
    assert "fourth order" in returning.thanks, "occasions the shop did not write stay built-in"


def test_a_shop_occasion_applies_by_date_or_discount_code(tmp_path: Path) -> None:
    config = load_config(
        _shop(
            tmp_path,
            {
                "en/christmas.txt.j2": "{% set thanks %}A Christmas thank-you for {{ items.acc }}.{% endset %}",
                "en/comeback.txt.j2": "{% set thanks %}Welcome back, and thank you for {{ items.acc }}.{% endset %}",
            },
        )
    )
    december = compose(order(locale="en", placed_at="2026-12-03T10:00:00+01:00"), config, NOW)
    assert (december.occasion, december.thanks[:11]) == ("christmas", "A Christmas")
    coded = compose(order(locale="en", discount_codes=["welcome-back"]), config, NOW)
    assert coded.occasion == "comeback"
    in_german = compose(order(locale="de", placed_at="2026-12-03T10:00:00+01:00"), config, NOW)
    assert in_german.occasion == "first_order", "a language without the shop's template keeps the usual occasion"


def test_a_syntax_error_names_the_shops_file_and_line(tmp_path: Path) -> None:
    source = "{% set thanks %}\nThanks for {{ items.acc }}.\n{% if customer.name %}\n{% endset %}"
    config = load_config(_shop(tmp_path, {"en/first_order.txt.j2": source}))
    with pytest.raises(ConfigError, match=r"notes/en/first_order\.txt\.j2:4: .*endset"):
        compose(order(locale="en"), config, NOW)


def test_a_missing_value_names_the_file_line_and_order(tmp_path: Path) -> None:
    config = load_config(
        _shop(
            tmp_path,
            {
                "en/first_order.txt.j2": (
                    "{% set thanks %}\nThanks for {{ items.acc }}.\nYour code: {{ offer.code }}\n{% endset %}"
                )
            },
        )
    )
    with pytest.raises(ConfigError, match=r"first_order\.txt\.j2:3: order T-1: .*if"):
        compose(order(locale="en"), config, NOW)


def test_a_note_without_thanks_is_refused(tmp_path: Path) -> None:
    config = load_config(_shop(tmp_path, {"en/first_order.txt.j2": "{% set thanks %}  {% endset %}"}))
    with pytest.raises(ConfigError, match="no 'thanks'"):
        compose(order(locale="en"), config, NOW)


def test_the_sandbox_keeps_templates_away_from_python_internals(tmp_path: Path) -> None:
    config = load_config(
        _shop(
            tmp_path,
            {
                "en/first_order.txt.j2": (
                    "{% set thanks %}{{ customer.__class__.__init__.__globals__ }} {{ items.acc }}{% endset %}"
                )
            },
        )
    )
    with pytest.raises(ConfigError, match="order T-1"):
        compose(order(locale="en"), config, NOW)


def test_a_missing_template_folder_is_a_config_error(tmp_path: Path) -> None:
    (tmp_path / "notegen.toml").write_text(CONFIG, encoding="utf-8")
    with pytest.raises(ConfigError, match=r"\[shop\] templates: no folder .*notegen init --templates"):
        compose(order(locale="en"), load_config(tmp_path / "notegen.toml"), NOW)


def test_copied_templates_compose_the_same_notes(tmp_path: Path) -> None:
    config_path = _shop(tmp_path, {})
    copy_templates(tmp_path / "notes")
    config = load_config(config_path)
    for lang in ("de", "fr", "en"):
        source = order(locale=lang, note="Für meine Mutter?")
        assert compose(source, config, NOW, secret=SECRET).text
