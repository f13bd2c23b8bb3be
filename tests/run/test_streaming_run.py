"""An email run takes its orders a chunk at a time and writes its account from temporary files: the report is
the same JSON, every order is in it once, and nothing of the reading stays behind."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from click.testing import CliRunner

from notegen.cli import main
from tests.run.shop_configs import NOW
from tests.run.shop_configs import PLAIN as CONFIG

HEADER = "order_id,first_name,last_name,email,item_name,item_price\n"


def render(tmp_path: Path, source: Path, *extra: str, stdin: str | None = None) -> tuple[int, str]:
    (tmp_path / "notegen.toml").write_text(CONFIG, encoding="utf-8")
    result = CliRunner().invoke(
        main,
        ["render", str(source), "--to", "email", "-o", str(tmp_path / "outbox"), "--jobs", "1", "--now", NOW,
         "--quiet", "--config", str(tmp_path / "notegen.toml"), *extra],
        input=stdin,
    )  # fmt: skip
    assert "Traceback" not in result.output, result.output
    return result.exit_code, result.output


def orders_csv(count: int) -> str:
    rows = []
    for number in range(1, count + 1):
        name = "" if number % 7 == 0 else "Jürgen"  # every seventh order has no customer name: invalid
        rows.append(f"{number},{name},Weiß,c{number}@example.org,Wollschal „Fjord“,49.90\n")
    return HEADER + "".join(rows)


def test_a_limited_run_accounts_for_every_order_in_input_order(tmp_path: Path) -> None:
    source = tmp_path / "orders.csv"
    source.write_text(orders_csv(1200), encoding="utf-8")  # more than two chunks of 500
    code, output = render(tmp_path, source, "--limit", "5")
    assert code == 1, output
    text = (tmp_path / "outbox" / "report.json").read_text(encoding="utf-8")
    report = json.loads(text)
    assert text == json.dumps(report, ensure_ascii=False, indent=2) + "\n", "the report is written as it always was"
    assert [entry["order_id"] for entry in report["orders"]] == [str(n) for n in range(1, 1201)]
    assert report["summary"] == {
        "orders": 1200, "ok": 5, "rejected": 0, "invalid": 171, "skipped": 1024, "attention": 0,
        "unknown_history": 5}  # fmt: skip
    assert {e["reason"] for e in report["orders"] if e["status"] == "skipped"} == {"beyond --limit 5"}
    assert len(list((tmp_path / "outbox").glob("*.eml"))) == 5
    rejects = (tmp_path / "outbox" / "rejects.csv").read_bytes()
    assert rejects.startswith(b"\xef\xbb\xbf") and rejects.count(b"\xef\xbb\xbf") == 1, "one BOM, at the start"
    rows = list(csv.DictReader(io.StringIO(rejects.decode("utf-8-sig"))))
    assert [row["order_id"] for row in rows] == [str(n) for n in range(7, 1201, 7)]
    assert rows[0]["notegen_error"].startswith(f"{source}:8: customer.first_name: no customer name")
    leftovers = [p.name for p in (tmp_path / "outbox").iterdir() if p.name.endswith(".tmp")]
    assert leftovers == [], "the reading's and the account's temporary folders are removed"


def test_orders_from_standard_input_render_like_a_file(tmp_path: Path) -> None:
    code, output = render(tmp_path, Path("-"), stdin=orders_csv(3))
    assert code == 0, output
    report = json.loads((tmp_path / "outbox" / "report.json").read_text(encoding="utf-8"))
    assert [(e["order_id"], e["source"], e["status"]) for e in report["orders"]] == [
        ("1", "<stdin>:2", "ok"), ("2", "<stdin>:3", "ok"), ("3", "<stdin>:4", "ok")]  # fmt: skip


def test_a_run_removes_the_reading_a_killed_run_left_behind(tmp_path: Path) -> None:
    source = tmp_path / "orders.csv"
    source.write_text(orders_csv(2), encoding="utf-8")
    outbox = tmp_path / "outbox"
    for name in (".notegen-read-k2j3.tmp", ".notegen-account-x8y9.tmp"):
        (outbox / name).mkdir(parents=True)
        (outbox / name / "orders.pickle").write_bytes(b"customer data of a killed run")
    assert render(tmp_path, source)[0] == 0
    assert sorted(p.name for p in outbox.iterdir() if p.name.startswith(".")) == [".notegen-render.lock"]
