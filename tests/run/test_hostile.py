"""Hostile input is inert: escaped, never evaluated, never fetched, never a header; every order is reported."""

from __future__ import annotations

import json
import re
import subprocess
from email import message_from_bytes, policy
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from notegen.cli import main
from tests.run.shop_configs import NOW
from tests.run.shop_configs import PLAIN as CONFIG


def order(order_id: str, first: str = "Anna", item: str = "Wollschal „Fjord“", **extra: Any) -> dict[str, Any]:
    customer = {"first_name": first, "last_name": "Berg", "email": f"{order_id.lower()}@example.org"}
    customer.update(extra.pop("customer", {}))
    return {
        "order_id": order_id,
        "locale": "de",
        "customer": customer,
        "items": extra.pop("items", [{"name": item, "quantity": 1, "price": "19.90"}]),
        **extra,
    }


def run(tmp_path: Path, orders: list[dict[str, Any]], to: str) -> tuple[Any, dict[str, dict[str, Any]]]:
    (tmp_path / "notegen.toml").write_text(CONFIG, encoding="utf-8")
    source = tmp_path / "orders.json"
    source.write_text(json.dumps(orders, ensure_ascii=False), encoding="utf-8")
    output = tmp_path / ("outbox" if to == "email" else "inserts.pdf")
    result = CliRunner().invoke(
        main,
        ["render", str(source), "--to", to, "-o", str(output), "--jobs", "1", "--now", NOW,
         "--config", str(tmp_path / "notegen.toml"), "--report", str(tmp_path / "report.json")],
    )  # fmt: skip
    assert "Traceback" not in result.output, result.output
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert report["summary"]["orders"] == len(orders)
    return result, {entry["order_id"]: entry for entry in report["orders"]}


def test_markup_in_names_and_notes_is_escaped_in_html(tmp_path: Path) -> None:
    hostile = order(
        "H1",
        item="Becher <script>alert(1)</script>",
        note="<img src=x onerror=alert(2)> danke!",
        customer={"last_name": "<b>Berg</b> & Söhne"},
    )
    _, report = run(tmp_path, [hostile], "email")
    assert report["H1"]["status"] == "ok", report["H1"]
    html = (tmp_path / "outbox" / "H1.html").read_text(encoding="utf-8")
    assert "<script>alert(1)" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<b>Berg</b>" not in html
    assert "onerror=alert" not in html.replace("&lt;img src=x onerror=alert(2)&gt;", "")
    message = message_from_bytes((tmp_path / "outbox" / "H1.eml").read_bytes(), policy=policy.default)
    assert message["To"].addresses[0].display_name == "Anna <b>Berg</b> & Söhne"
    text = message.get_body(preferencelist=("plain",))
    assert text is not None and "<script>alert(1)</script>" in text.get_content()


def test_template_syntax_in_data_stays_literal(tmp_path: Path) -> None:
    orders = [order("T1", item="Becher {{ 7*7 }}"), order("T2", first="{% raw %}Ida", note="{{ config }}")]
    _, report = run(tmp_path, orders, "email")
    for entry in report.values():
        assert entry["status"] in ("ok", "rejected")
        if entry["status"] == "ok":
            eml = (tmp_path / "outbox" / f"{entry['order_id']}.eml").read_bytes()
            message = message_from_bytes(eml, policy=policy.default)
            body = message.get_body(preferencelist=("plain",))
            assert body is not None
            text = body.get_content()
            assert not re.search(r"\b49\b", text)
            assert "Becher {{ 7*7 }}" in text or "{% raw %}Ida" in text
        else:
            assert {f["code"] for f in entry["findings"]} & {"SIN203"}


@pytest.mark.parametrize(
    "customer",
    [
        {"email": "anna@example.org\r\nBcc: everyone@example.net"},
        {"first_name": "Anna\r\nBcc: everyone@example.net"},
        {"last_name": "Berg\nSubject: win"},
    ],
)
def test_line_breaks_never_reach_a_header(tmp_path: Path, customer: dict[str, str]) -> None:
    _, report = run(tmp_path, [order("X1", customer=customer), order("X2")], "email")
    assert report["X1"]["status"] == "invalid"
    assert "control character" in report["X1"]["reason"] or "not a valid email" in report["X1"]["reason"]
    assert not (tmp_path / "outbox" / "X1.eml").exists()
    assert report["X2"]["status"] == "ok"
    for eml in (tmp_path / "outbox").glob("*.eml"):
        assert b"everyone@example.net" not in eml.read_bytes()


def test_urls_in_data_are_never_fetched(tmp_path: Path) -> None:
    orders = [
        order("U1", item="file:///etc/passwd", note='<img src="file:///etc/passwd"> http://127.0.0.1:9/p.png'),
        order("U2", first='<img src="http://127.0.0.1:9/x.png">'),
    ]
    _, report = run(tmp_path, orders, "pdf")
    assert all(entry["status"] in ("ok", "rejected") for entry in report.values())
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "inserts.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "root:x:0:0" not in text
    assert (tmp_path / "inserts.pdf").read_bytes().count(b"root:x:0") == 0


def test_oversized_and_crowded_orders(tmp_path: Path) -> None:
    many = [{"name": f"Knopf Nr. {n}", "quantity": 1, "price": f"{n}.50"} for n in range(1, 81)]
    orders = [order("L1", item="Schal " + "x" * 5000), order("L2", items=many), order("L3")]
    _, report = run(tmp_path, orders, "pdf")
    assert report["L1"]["status"] == "invalid"
    assert "5006 characters long" in report["L1"]["reason"]
    assert report["L2"]["status"] in ("ok", "rejected")
    assert report["L3"]["status"] == "ok"


def test_emoji_and_right_to_left_names(tmp_path: Path) -> None:
    orders = [order("E1", first="Zoë 🌸"), order("E2", first="سارا", customer={"last_name": "عباسی"})]
    _, report = run(tmp_path, orders, "email")
    assert report["E1"]["status"] == "ok" and report["E2"]["status"] == "ok", report
    message = message_from_bytes((tmp_path / "outbox" / "E2.eml").read_bytes(), policy=policy.default)
    assert message["To"].addresses[0].display_name == "سارا عباسی"


def test_duplicate_ids_with_conflicting_customers(tmp_path: Path) -> None:
    orders = [order("D1"), order("D1", first="Mallory")]
    (tmp_path / "notegen.toml").write_text(CONFIG, encoding="utf-8")
    source = tmp_path / "orders.json"
    source.write_text(json.dumps(orders), encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(source)])
    assert result.exit_code == 1
    assert "invalid: 1" in result.output


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"\x00\x01\x02PK\x03\x04binary", "binary"),
        (b'[{"order_id": "1", "customer": {"first_name": "Anna"}, "items": [{"na', ":1:67: not valid JSON"),
    ],
)
def test_empty_binary_and_truncated_files(tmp_path: Path, content: bytes, message: str) -> None:
    (tmp_path / "notegen.toml").write_text(CONFIG, encoding="utf-8")
    source = tmp_path / "orders.json"
    source.write_bytes(content)
    result = CliRunner().invoke(
        main,
        [
            "render",
            str(source),
            "--to",
            "pdf",
            "-o",
            str(tmp_path / "x.pdf"),
            "--config",
            str(tmp_path / "notegen.toml"),
        ],
    )
    assert result.exit_code == 2
    assert result.output.startswith("Error: ") and str(source) in result.output
    assert message in result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "x.pdf").exists()


def test_an_order_without_an_address_is_invalid_for_email_but_printed(tmp_path: Path) -> None:
    orders = [order("N1", customer={"email": ""}), order("N2")]
    _, report = run(tmp_path, orders, "email")
    assert report["N1"]["status"] == "invalid"
    assert "customer.email: missing" in report["N1"]["reason"]
    assert report["N2"]["status"] == "ok"
    _, printed = run(tmp_path, orders, "pdf")
    assert printed["N1"]["status"] == "ok"
