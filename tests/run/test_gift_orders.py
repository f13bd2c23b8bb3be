"""Gift orders on paper: the printed insert is for the recipient (no price, no code, no ask for the buyer);
`[insert] gift = false` prints none, and the order is reported as skipped with the reason."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from notegen.cli import main

NOW = "2026-11-25T08:00:00+01:00"
CONFIG = """
[shop]
name = "Wollwerk"
default_locale = "de"
website = "https://wollwerk.example"
[signer]
name = "Katrin Vogel"
[gift]
enabled = true
kind = "code"
[referral]
enabled = true
url = "https://wollwerk.example/freunde"
[support]
review_url = "https://wollwerk.example/bewerten"
[service]
email = "hallo@wollwerk.example"
"""
ORDERS = [
    {"order_id": "G1", "locale": "de", "gift": True, "currency": "EUR",
     "note": "Geschenk für meine Freundin Jana – könnt ihr bitte eine Karte mit „Alles Liebe, deine Steffi“ beilegen?",
     "customer": {"first_name": "Steffi", "last_name": "Berg", "email": "steffi@example.org"},
     "items": [{"name": "Wollschal „Fjord“", "quantity": 1, "price": "49.90"}]},
    {"order_id": "B1", "locale": "de", "currency": "EUR",
     "customer": {"first_name": "Anna", "last_name": "Berg", "email": "anna@example.org"},
     "items": [{"name": "Mütze „Firn“", "quantity": 1, "price": "34.00"}]},
]  # fmt: skip


def _render(tmp_path: Path, config: str) -> dict[str, Any]:
    (tmp_path / "notegen.toml").write_text(config, encoding="utf-8")
    (tmp_path / "orders.json").write_text(json.dumps(ORDERS, ensure_ascii=False), encoding="utf-8")
    result = CliRunner().invoke(
        main,
        ["render", str(tmp_path / "orders.json"), "--to", "pdf", "-o", str(tmp_path / "inserts.pdf"), "--jobs", "1",
         "--config", str(tmp_path / "notegen.toml"), "--now", NOW],
        env={"NOTEGEN_SECRET": "a-long-test-secret-for-codes"},
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    report: dict[str, Any] = json.loads((tmp_path / "inserts.report.json").read_text(encoding="utf-8"))
    return report


def _text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True).stdout


def test_the_gift_insert_is_for_the_recipient(tmp_path: Path) -> None:
    report = _render(tmp_path, CONFIG)
    assert [entry["status"] for entry in report["orders"]] == ["ok", "ok"]
    gift_page, buyer_page = _text(tmp_path / "inserts.pdf").split("\f")[:2]
    assert (  # one of the phrasings of locales/de/gift_insert.yml, chosen by the order's hash
        gift_page.split("\n\n")[1].split(",")[0] in ("Hallo", "Guten Tag", "Hallöchen")
        and "Wollwerk" in gift_page.split("\n\n")[1]
        and "den Wollschal „Fjord“" in gift_page
        and "Alles Liebe, deine Steffi" in gift_page
        and "Steffi" in gift_page.split("\n\n")[1].splitlines()[-1]
    )
    assert "49,90" not in gift_page and "THANKS-" not in gift_page and "FRIEND-" not in gift_page
    assert "bewerten" not in gift_page and "Liebe Steffi" not in gift_page and "Guten Tag Steffi" not in gift_page
    assert "THANKS-" in buyer_page  # the buyer's own order still carries their gift


def test_no_gift_insert_when_the_shop_prints_none(tmp_path: Path) -> None:
    report = _render(tmp_path, CONFIG + "[insert]\ngift = false\n")
    gift, buyer = report["orders"]
    assert gift["status"] == "skipped" and "[insert] gift = false" in gift["reason"]
    assert buyer["status"] == "ok" and buyer["output"].endswith("#page=1")
