"""Config texts in the wrong language (an English `[service] hours` in German notes) are reported by
`notegen check --config` and by `notegen lint --templates`, with the file, line and key and how to fix it."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from notegen.cli import main
from notegen.config import load_config
from notegen.run.config_texts import text_language, wrong_language

ROOT = Path(__file__).resolve().parents[2]
ORDERS = ROOT / "samples" / "de-wollwerk" / "orders.csv"
GERMAN_SHOP = """[shop]
name = "Wollstube"
default_locale = "de"

[signer]
name = "Jana Roth"
role = "Inhaberin"

[service]
email = "hallo@wollstube.example"
hours = "Monday to Friday, 9am to 5pm"
"""


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Monday to Friday, 9am to 5pm", "en"), ("Mon–Fri 9am–5pm", "en"), ("Mo–Fr 9–17 Uhr", "de"),
     ("du lundi au vendredi, de 9 h à 17 h", "fr"), ("we replace it or refund you", "en"),
     ("wir ersetzen es oder erstatten den Betrag", "de"), ("Owner", None), ("Inhaberin", None)],
)  # fmt: skip
def test_the_language_of_a_shops_short_text(text: str, lang: str | None) -> None:
    assert text_language(text) == lang


def test_check_reports_an_english_text_that_german_notes_would_print(tmp_path: Path) -> None:
    config = tmp_path / "notegen.toml"
    config.write_text(GERMAN_SHOP, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(ORDERS), "--config", str(config)])
    assert result.exit_code == 0, result.output
    assert "config texts in the wrong language: 1" in result.output
    assert f"{config}:11: [service] hours: 'Monday to Friday, 9am to 5pm' reads as English, but German notes" in (
        result.output
    )
    assert 'hours = { de = "…", en = ' in result.output


def test_the_template_lint_reports_it_on_the_config_file(tmp_path: Path) -> None:
    config = tmp_path / "notegen.toml"
    config.write_text(GERMAN_SHOP, encoding="utf-8")
    result = CliRunner().invoke(main, ["lint", "--templates", "--config", str(config), "--exit-zero"])
    assert result.exit_code == 0, result.output
    lines = [line for line in result.output.splitlines() if "notegen.toml:11:" in line]
    assert lines and all("SIN205 warning [service] hours" in line for line in lines)
    assert {"German notes", "French notes"} <= {part for line in lines for part in ("German notes", "French notes")
                                                if part in line}  # fmt: skip


@pytest.mark.parametrize("shop", ["de-wollwerk", "fr-atelier", "en-harbour-trust"])
def test_the_sample_shops_give_each_language_its_own_text(shop: str) -> None:
    assert wrong_language(load_config(ROOT / "samples" / shop / "notegen.toml")) == []
