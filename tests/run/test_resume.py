"""A run stopped part way and resumed gives exactly the files of a run that was never stopped.

These tests stop a run at a chosen point (`--limit`) rather than by a signal, so that what exists when the run
stops never depends on timing; `test_interrupt.py` stops runs by signals at random moments.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader

NOW = "2026-11-25T08:00:00+01:00"
CONFIG = """
[shop]
name = "Wollwerk"
default_locale = "de"
[signer]
name = "Katrin Vogel"
[gift]
enabled = true
kind = "code"
percent = 10
expires_days = 60
prefix = "DANKE"
[referral]
enabled = true
percent = 15
url = "https://wollwerk.example/freunde"
prefix = "FREUND"
[email]
sender = "Katrin Vogel <katrin@wollwerk.example>"
"""
FIRST = ["Anna", "Bernd", "Clara", "Dora", "Emil", "Frieda", "Gustav", "Hanna", "Ida", "Jonas"]
ITEMS = ["Wollschal „Fjord“", "Leinenschürze „Atelier“", "Mütze „Firn“", "Plaid „Heide“", "Merino-Socken"]
ENV = {"NOTEGEN_SECRET": "a long random secret for the tests"}


def orders(n: int, start: int = 0) -> list[dict[str, object]]:
    """`n` orders; every seventh has no customer name (invalid), so that rejects.csv has rows too."""
    return [
        {
            "order_id": f"{1000 + i}",
            "locale": "de",
            "placed_at": "2026-11-20T10:00:00+01:00",
            "customer": {"first_name": "" if i % 7 == 3 else FIRST[i % 10], "last_name": f"Berg{i}",
                         "email": f"c{i}@example.org"},
            "items": [{"name": ITEMS[i % 5], "quantity": 1 + i % 3, "price": "19.90"}],
        }
        for i in range(start, start + n)
    ]  # fmt: skip


def setup(tmp_path: Path, data: list[dict[str, object]]) -> None:
    tmp_path.mkdir(exist_ok=True)
    (tmp_path / "notegen.toml").write_text(CONFIG, encoding="utf-8")
    (tmp_path / "orders.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def render(folder: Path, to: str, output: str, *extra: str) -> subprocess.CompletedProcess[str]:
    """`notegen render` run in `folder`, with the paths relative to it as a user types them."""
    command = [sys.executable, "-m", "notegen", "render", "orders.json", "--to", to, "-o", output,
               "--config", "notegen.toml", "--now", NOW, "--jobs", "1", "--quiet", *extra]  # fmt: skip
    env = {**os.environ, **ENV, "PYTHONPATH": os.pathsep.join(sys.path)}
    return subprocess.run(command, capture_output=True, text=True, env=env, cwd=folder, timeout=300)


def outbox_files(folder: Path) -> dict[str, bytes]:
    """Every file a user keeps from an email run: messages, pages, report, rejects and codes."""
    keep = (".eml", ".html", ".json", ".csv")
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.suffix in keep}


def pdf_files(folder: Path, stem: str) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.glob(f"{stem}*")) if p.suffix in (".pdf", ".json", ".csv")}


def assert_same_files(got: dict[str, bytes], expected: dict[str, bytes]) -> None:
    """Each file of `expected` is in `got`, byte for byte; a difference names the file (the bytes are not shown)."""
    assert sorted(got) == sorted(expected), "a resumed run made other files than an uninterrupted one"
    differ = [name for name in expected if got[name] != expected[name]]
    assert differ == [], f"files that differ from an uninterrupted run's: {differ}"


def test_email_run_stopped_by_limit_then_resumed_gives_the_files_of_one_run(tmp_path: Path) -> None:
    whole, parts = tmp_path / "whole", tmp_path / "parts"
    for folder in (whole, parts):
        setup(folder, orders(30))
    assert render(whole, "email", "outbox").returncode == 1  # the invalid orders
    assert render(parts, "email", "outbox", "--limit", "8").returncode == 1
    assert render(parts, "email", "outbox", "--resume", "--limit", "9").returncode == 1
    assert render(parts, "email", "outbox", "--resume").returncode == 1
    expected = outbox_files(whole / "outbox")
    assert_same_files(outbox_files(parts / "outbox"), expected)
    codes = expected["codes.csv"].decode("utf-8").splitlines()
    assert len(codes) == 1 + 2 * 26, "a gift and a referral code for each of the 26 produced orders"
    assert len(expected["rejects.csv"].decode("utf-8-sig").splitlines()) == 1 + 4


def test_pdf_run_stopped_by_limit_then_resumed_gives_the_files_of_one_run(tmp_path: Path) -> None:
    whole, parts = tmp_path / "whole", tmp_path / "parts"
    for folder in (whole, parts):
        setup(folder, orders(12))
    assert render(whole, "pdf", "inserts.pdf").returncode == 1
    assert render(parts, "pdf", "inserts.pdf", "--limit", "4").returncode == 1
    assert render(parts, "pdf", "inserts.pdf", "--resume").returncode == 1
    assert_same_files(pdf_files(parts, "inserts"), pdf_files(whole, "inserts"))
    assert len(PdfReader(parts / "inserts.pdf").pages) == 10


def test_resume_of_a_finished_pdf_run_keeps_the_pdf(tmp_path: Path) -> None:
    setup(tmp_path, orders(6))
    render(tmp_path, "pdf", "inserts.pdf")
    before = pdf_files(tmp_path, "inserts")
    assert len(PdfReader(tmp_path / "inserts.pdf").pages) == 5
    again = render(tmp_path, "pdf", "inserts.pdf", "--resume")
    assert again.returncode == 1, again.stderr
    assert_same_files(pdf_files(tmp_path, "inserts"), before)


def test_a_second_pdf_run_into_one_file_makes_resume_redo_the_first_orders(tmp_path: Path) -> None:
    setup(tmp_path, orders(3))
    render(tmp_path, "pdf", "inserts.pdf")
    (tmp_path / "orders.json").write_text(json.dumps(orders(2, start=10), ensure_ascii=False), encoding="utf-8")
    render(tmp_path, "pdf", "inserts.pdf")
    (tmp_path / "orders.json").write_text(json.dumps(orders(3), ensure_ascii=False), encoding="utf-8")
    render(tmp_path, "pdf", "inserts.pdf", "--resume")
    report = json.loads((tmp_path / "inserts.report.json").read_text(encoding="utf-8"))
    assert [o["output"] for o in report["orders"]] == [f"inserts.pdf#page={n}" for n in (1, 2, 3)]
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "inserts.pdf").pages)
    assert "Anna" in text and "Clara" in text and "Berg10" not in text


def test_resume_redoes_orders_whose_data_changed(tmp_path: Path) -> None:
    data = orders(5)
    setup(tmp_path, data)
    render(tmp_path, "email", "out")
    first = (tmp_path / "out" / "1002.html").read_text(encoding="utf-8")
    data[2]["items"] = [{"name": "Plaid „Heide“", "quantity": 1, "price": "129.00"}]
    setup(tmp_path, data)
    render(tmp_path, "email", "out", "--resume")
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert [o["status"] for o in report["orders"]] == ["ok", "ok", "ok", "invalid", "ok"]
    assert "Plaid" in (tmp_path / "out" / "1002.html").read_text(encoding="utf-8") and "Plaid" not in first
