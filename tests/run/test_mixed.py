"""A batch that mixes good, lint-rejected, invalid and refunded orders: every order is accounted for."""

from __future__ import annotations

import csv
import json
from email import message_from_bytes, policy
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from pypdf import PdfReader

from notegen.cli import main
from tests.run.shop_configs import NOW
from tests.run.shop_configs import WITH_SERVICE as CONFIG


def order(order_id: str, first: str, item: str, **extra: Any) -> dict[str, Any]:
    return {
        "order_id": order_id,
        "locale": "de",
        "currency": "EUR",
        "customer": {"first_name": first, "last_name": "Berg", "email": f"{order_id}@example.org"},
        "items": [{"name": item, "quantity": 1, "price": "19.90"}],
        **extra,
    }


MIXED = [
    order("A1", "Anna", "Wollschal „Fjord“"),
    order("A2", "Bernd", "Leinenschürze „Atelier“"),
    order("R1", "Clara", "{{ name }}"),  # the item name is a leaked placeholder: the lint rejects the note
    {"order_id": "I1", "customer": {"email": "no-name@example.org"}, "items": [{"name": "Mütze"}]},
    order("S1", "Dora", "Plaid „Heide“", status="refunded"),
    order("I2", "Emil", "Socken", items=[{"name": "Socken", "quantity": 0}]),
    order("A3", "Frieda", "Kissenhülle „Heide“"),
]


@pytest.fixture
def shop(tmp_path: Path) -> Path:
    (tmp_path / "notegen.toml").write_text(CONFIG, encoding="utf-8")
    (tmp_path / "orders.json").write_text(json.dumps(MIXED, ensure_ascii=False), encoding="utf-8")
    return tmp_path


def render(shop: Path, to: str, output: str) -> tuple[int, dict[str, Any], list[dict[str, str]]]:
    result = CliRunner().invoke(
        main,
        ["render", str(shop / "orders.json"), "--to", to, "-o", str(shop / output), "--jobs", "1",
         "--config", str(shop / "notegen.toml"), "--now", NOW, "--report", str(shop / f"{to}.json"),
         "--rejects", str(shop / f"{to}-rejects.csv")],
    )  # fmt: skip
    assert "Traceback" not in result.output
    report = json.loads((shop / f"{to}.json").read_text(encoding="utf-8"))
    with (shop / f"{to}-rejects.csv").open(encoding="utf-8-sig", newline="") as handle:
        rejects = list(csv.DictReader(handle))
    return result.exit_code, report, rejects


def statuses(report: dict[str, Any]) -> dict[str, str]:
    return {entry["order_id"]: entry["status"] for entry in report["orders"]}


EXPECTED = {"A1": "ok", "A2": "ok", "R1": "rejected", "I1": "invalid", "S1": "skipped", "I2": "invalid", "A3": "ok"}


@pytest.mark.parametrize(("to", "output"), [("email", "outbox"), ("pdf", "inserts.pdf")])
def test_every_order_accounted_for(shop: Path, to: str, output: str) -> None:
    code, report, rejects = render(shop, to, output)
    assert code == 1  # some orders were rejected or invalid; the others were still produced
    assert report["schema"] == "notegen.report/1"
    assert [entry["order_id"] for entry in report["orders"]] == [o["order_id"] for o in MIXED]
    assert statuses(report) == EXPECTED
    summary = report["summary"]
    assert summary == {
        "orders": 7, "ok": 3, "rejected": 1, "invalid": 2, "skipped": 1, "attention": 0,
        "unknown_history": 3}  # fmt: skip
    assert summary["ok"] + summary["rejected"] + summary["invalid"] + summary["skipped"] == summary["orders"]
    for entry in report["orders"]:
        assert "orders.json:" in entry["source"]
        if entry["status"] != "ok":
            assert entry["reason"]
    rejected = next(e for e in report["orders"] if e["order_id"] == "R1")
    assert "SIN203" in {f["code"] for f in rejected["findings"]}
    assert "refunded" in next(e for e in report["orders"] if e["order_id"] == "S1")["reason"]
    # rejects.csv: the input of each rejected and invalid order, with the reason, ready to fix and feed back
    assert sorted(json.loads(row["json"])["order_id"] for row in rejects) == ["I1", "I2", "R1"]
    assert all(row["notegen_error"] for row in rejects)
    assert "no customer name" in next(r["notegen_error"] for r in rejects if '"I1"' in r["json"])


def test_email_outputs_match_the_report(shop: Path) -> None:
    _, report, _ = render(shop, "email", "outbox")
    made = sorted(p.name for p in (shop / "outbox").glob("*.eml"))
    assert made == ["A1.eml", "A2.eml", "A3.eml"]
    for entry in report["orders"]:
        if entry["status"] == "ok":
            message = message_from_bytes(Path(entry["output"]).read_bytes(), policy=policy.default)
            assert "Berg" in str(message["To"])


def test_pdf_pages_match_the_report(shop: Path) -> None:
    _, report, _ = render(shop, "pdf", "inserts.pdf")
    reader = PdfReader(shop / "inserts.pdf")
    assert len(reader.pages) == 3
    names = {"A1": "Anna", "A2": "Bernd", "A3": "Frieda"}
    for entry in report["orders"]:
        if entry["status"] == "ok":
            page = int(entry["output"].rsplit("#page=", 1)[1])
            assert names[entry["order_id"]] in reader.pages[page - 1].extract_text()


def test_a_large_pdf_batch_composes_in_a_helper_process(shop: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import notegen.run.produce

    monkeypatch.setattr(notegen.run.produce, "CHUNK", 2)  # seven orders make four chunks: the helper process runs
    _, report, rejects = render(shop, "pdf", "inserts.pdf")
    assert statuses(report) == EXPECTED
    reader = PdfReader(shop / "inserts.pdf")
    assert len(reader.pages) == 3
    assert "Frieda" in reader.pages[2].extract_text()
    assert sorted(json.loads(row["json"])["order_id"] for row in rejects) == ["I1", "I2", "R1"]


@pytest.mark.parametrize(
    ("to", "output", "codes"), [("email", "outbox", "outbox/codes.csv"), ("pdf", "inserts.pdf", "inserts.codes.csv")]
)
def test_codes_csv_lists_the_codes_of_the_produced_notes_only(
    shop: Path, monkeypatch: pytest.MonkeyPatch, to: str, output: str, codes: str
) -> None:
    config = shop / "notegen.toml"
    config.write_text(
        CONFIG + '[gift]\nenabled = true\nkind = "code"\npercent = 10\nprefix = "DANKE"\n'
        '[referral]\nenabled = true\npercent = 15\nurl = "https://wollwerk.example/freunde"\nprefix = "FREUND"\n'
        '[asks]\nfirst_order = ["referral"]\nreturning = ["referral"]\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("NOTEGEN_SECRET", "a test secret")
    _, report, _ = render(shop, to, output)
    assert statuses(report) == EXPECTED
    with (shop / codes).open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(row["order_id"], row["kind"]) for row in rows] == [
        (order_id, kind) for order_id in ("A1", "A2", "A3") for kind in ("gift", "referral")
    ]
    if to == "email":  # each code is the one the customer reads in the message
        for row in rows:
            text = (shop / "outbox" / f"{row['order_id']}.eml").read_text(encoding="utf-8")
            assert row["code"] in text and row["email"] == f"{row['order_id']}@example.org"


def test_a_note_too_long_for_its_insert_is_rejected_with_pdf001_in_the_report_and_rejects(tmp_path: Path) -> None:
    # Names and item names as long as an order may have them: no shorter form of the note fits an A6 card.
    long_name = order("L1", ("Anna" + "maria" * 100)[:500], "Wollschal")
    long_name["customer"]["last_name"] = ("Müller" + "lüdenscheid" * 50)[:500]
    long_name["items"] = [{"name": ("Wollschal " + "Fjordblau" * 60)[:500]} for _ in range(6)]
    (tmp_path / "notegen.toml").write_text(CONFIG, encoding="utf-8")
    orders = [order("A1", "Anna", "Wollschal „Fjord“"), long_name]
    (tmp_path / "orders.json").write_text(json.dumps(orders, ensure_ascii=False), encoding="utf-8")
    code, report, rejects = render(tmp_path, "pdf", "inserts.pdf")
    assert code == 1
    assert statuses(report) == {"A1": "ok", "L1": "rejected"}
    too_long = report["orders"][1]
    assert too_long["reason"] == "PDF001: the note does not fit its insert, even in its shortest form"
    assert [f["code"] for f in too_long["findings"]] == ["PDF001"]
    assert [json.loads(row["json"])["order_id"] for row in rejects] == ["L1"]  # the order as it came in
    assert rejects[0]["notegen_error"].endswith(
        "orders.json:[1]: PDF001: the note does not fit its insert, even in its shortest form"
    )
    assert len(PdfReader(tmp_path / "inserts.pdf").pages) == 1
