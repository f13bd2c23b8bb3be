"""Customers' notes that need a person are marked in the report (`attention`), counted in its summary, listed
in attention.csv beside it and kept across --resume; nothing is lost silently."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from notegen.cli import main
from tests.run.shop_configs import NOW
from tests.run.shop_configs import WITH_SERVICE as CONFIG

NOTES = {
    "A1": "Im letzten Paket fehlte der Deckel von der Dose.",
    "A2": "Kann ich den Schal in der Maschine waschen?",
    "A3": "bitte beim Nachbarn abgeben",
    "A4": "Grüße an Bernd vom Stammtisch, er weiß Bescheid",
    "A5": "",
    "A6": '=HYPERLINK("http://x.example") bitte um Rückruf, wie besprochen',
    "A7": "Ist die Schale spülmaschinenfest?",  # the order holds a scarf, no bowl
}


def _orders() -> list[dict[str, Any]]:
    return [
        {
            "order_id": order_id,
            "locale": "de",
            "note": note,
            "customer": {"first_name": "Anna", "last_name": "Berg", "email": f"{order_id.lower()}@example.org"},
            "items": [{"name": "Wollschal „Fjord“", "quantity": 1, "price": "49.90"}],
        }
        for order_id, note in NOTES.items()
    ]


@pytest.fixture
def shop(tmp_path: Path) -> Path:
    (tmp_path / "notegen.toml").write_text(CONFIG, encoding="utf-8")
    (tmp_path / "orders.json").write_text(json.dumps(_orders(), ensure_ascii=False), encoding="utf-8")
    return tmp_path


def _render(shop: Path, *extra: str) -> tuple[str, dict[str, Any], list[dict[str, str]]]:
    result = CliRunner().invoke(
        main,
        ["render", str(shop / "orders.json"), "--to", "email", "-o", str(shop / "outbox"), "--jobs", "1",
         "--config", str(shop / "notegen.toml"), "--now", NOW, *extra],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    report = json.loads((shop / "outbox" / "report.json").read_text(encoding="utf-8"))
    with (shop / "outbox" / "attention.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return result.output, report, rows


def test_notes_that_need_a_person_are_in_report_summary_and_attention_csv(shop: Path) -> None:
    output, report, rows = _render(shop)
    marked = {entry["order_id"]: entry.get("attention", "") for entry in report["orders"]}
    assert marked == {
        "A1": "complaint",
        "A2": "question",
        "A3": "delivery instruction",  # for whoever packs the parcel
        "A4": "not understood",
        "A5": "",
        "A6": "request",  # a call-back asked for
        "A7": "question about something not in this order",
    }
    assert report["summary"]["attention"] == 6
    assert "6 for a person to follow up" in output
    assert [(row["order_id"], row["attention"], row["email"]) for row in rows] == [
        ("A1", "complaint", "a1@example.org"),
        ("A2", "question", "a2@example.org"),
        ("A3", "delivery instruction", "a3@example.org"),
        ("A4", "not understood", "a4@example.org"),
        ("A6", "request", "a6@example.org"),
        ("A7", "question about something not in this order", "a7@example.org"),
    ]
    assert rows[0]["note"] == NOTES["A1"] and rows[0]["customer"] == "Anna Berg"
    assert rows[4]["note"].startswith("'=HYPERLINK")  # safe to open in a spreadsheet program


def test_attention_survives_a_resumed_run(shop: Path) -> None:
    _render(shop)
    _, report, rows = _render(shop, "--resume")
    assert report["summary"]["attention"] == 6
    assert [row["order_id"] for row in rows] == ["A1", "A2", "A3", "A4", "A6", "A7"]
