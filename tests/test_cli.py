"""The command line: help on every command, clear errors without tracebacks, the check summary, init."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from notegen.cli import main
from notegen.config import load_config

COMMANDS = sorted(main.commands)


def test_every_command_exists() -> None:
    assert COMMANDS == ["catalog", "check", "init", "lint", "preview", "render", "send"]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(runner: CliRunner, command: str) -> None:
    result = runner.invoke(main, [command, "--help"])
    assert result.exit_code == 0
    assert "Usage: main " + command in result.output or f"Usage: notegen {command}" in result.output
    assert len(main.commands[command].help or "") > 40


def test_check_summarises_the_samples(runner: CliRunner, samples: Path) -> None:
    result = runner.invoke(main, ["check", str(samples / "de-wollwerk" / "orders.csv")])
    assert result.exit_code == 0, result.output
    assert "orders: 5\n" in result.output
    assert "languages: de 5" in result.output
    assert "invalid: 0" in result.output


def test_check_reports_invalid_orders_with_exit_1(runner: CliRunner, tmp_path: Path) -> None:
    orders = tmp_path / "orders.json"
    orders.write_text(
        '[{"order_id": "1", "customer": {"first_name": "Anna"}, "items": [{"name": "Schal"}]},'
        ' {"order_id": "2", "customer": {"email": "x@example.org"}, "items": [{"name": "Schal"}]}]',
        encoding="utf-8",
    )
    result = runner.invoke(main, ["check", str(orders)])
    assert result.exit_code == 1
    assert "invalid: 1" in result.output
    assert "order 2: customer.first_name: no customer name" in result.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["check", "does-not-exist.csv"], "does-not-exist.csv"),
        (["render", "x.csv", "--to", "pdf", "-o", "x.pdf", "--config", "absent.toml"], "absent.toml: no such config"),
    ],
)
def test_errors_are_one_line_without_traceback(runner: CliRunner, args: list[str], message: str) -> None:
    result = runner.invoke(main, args)
    assert result.exit_code == 2
    assert result.output.startswith("Error: ")
    assert message in result.output
    assert "Traceback" not in result.output


def test_render_refuses_codes_without_secret(
    runner: CliRunner, samples: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("NOTEGEN_SECRET", raising=False)
    shop = samples / "de-wollwerk"
    result = runner.invoke(
        main,
        ["render", str(shop / "orders.csv"), "--to", "email", "-o", str(tmp_path / "outbox"),
         "--config", str(shop / "notegen.toml")],
    )  # fmt: skip
    assert result.exit_code == 2
    assert "$NOTEGEN_SECRET is not set" in result.output
    assert not (tmp_path / "outbox").exists()


def test_render_without_config_is_a_usage_error(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NOTEGEN_CONFIG", raising=False)
    result = runner.invoke(main, ["render", "orders.csv", "--to", "pdf", "-o", "x.pdf"])
    assert result.exit_code == 2
    assert "no notegen.toml here" in result.output


def test_init_writes_a_starter_that_loads(runner: CliRunner, tmp_path: Path) -> None:
    args = ["init", str(tmp_path), "--shop", "Bäckerei Kühn", "--signer", "Jörg Kühn", "--phone", "+49 30 555"]
    result = runner.invoke(main, args)
    assert result.exit_code == 0, result.output
    config = load_config(tmp_path / "notegen.toml")
    assert config.shop.name == "Bäckerei Kühn"
    assert config.signer.name == "Jörg Kühn"
    assert config.service.phone == "+49 30 555" and config.gift.enabled and not config.referral.enabled
    again = runner.invoke(main, ["init", str(tmp_path), "--email", "a@example.org"])
    assert again.exit_code == 2
    assert "already exists; pass --force" in again.output


@pytest.mark.parametrize(
    ("shop", "orders"),
    [("de-wollwerk", "orders.csv"), ("fr-atelier", "orders.json"), ("en-harbour-trust", "orders.jsonl")],
)
def test_every_sample_order_becomes_an_email_as_make_demo_shows(
    runner: CliRunner, samples: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shop: str, orders: str
) -> None:
    """The samples are a new user's first look: every order produces a note (a charity's "every gift like yours"
    is not taken for another donor's "Monthly gift")."""
    monkeypatch.setenv("NOTEGEN_SECRET", "demo-secret")
    folder = samples / shop
    result = runner.invoke(
        main,
        ["render", str(folder / orders), "--to", "email", "-o", str(tmp_path / "outbox"),
         "--config", str(folder / "notegen.toml"), "--now", "2026-11-25T08:00:00+01:00", "--jobs", "1"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    report = json.loads((tmp_path / "outbox" / "report.json").read_text(encoding="utf-8"))
    assert report["summary"]["rejected"] == 0 and report["summary"]["ok"] == report["summary"]["orders"]
