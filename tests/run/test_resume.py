"""Killing a run and starting it again with --resume gives the same outputs as an uninterrupted run."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

NOW = "2026-11-25T08:00:00+01:00"
CONFIG = """
[shop]
name = "Wollwerk"
default_locale = "de"
[signer]
name = "Katrin Vogel"
[email]
sender = "Katrin Vogel <katrin@wollwerk.example>"
"""
FIRST = ["Anna", "Bernd", "Clara", "Dora", "Emil", "Frieda", "Gustav", "Hanna", "Ida", "Jonas"]
ITEMS = ["Wollschal „Fjord“", "Leinenschürze „Atelier“", "Mütze „Firn“", "Plaid „Heide“", "Merino-Socken"]


def orders(n: int) -> list[dict[str, object]]:
    return [
        {
            "order_id": f"{1000 + i}",
            "locale": "de",
            "customer": {"first_name": FIRST[i % 10], "last_name": f"Berg{i}", "email": f"c{i}@example.org"},
            "items": [{"name": ITEMS[i % 5], "quantity": 1 + i % 3, "price": "19.90"}],
        }
        for i in range(n)
    ]


def command(tmp_path: Path, outbox: str, *extra: str) -> list[str]:
    return [sys.executable, "-m", "notegen", "render", str(tmp_path / "orders.json"), "--to", "email",
            "-o", str(tmp_path / outbox), "--config", str(tmp_path / "notegen.toml"), "--now", NOW,
            "--jobs", "1", "--quiet", *extra]  # fmt: skip


def contents(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.suffix in (".eml", ".html")}


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_killed_run_resumes_to_the_same_outputs(tmp_path: Path, sig: signal.Signals) -> None:
    (tmp_path / "notegen.toml").write_text(CONFIG, encoding="utf-8")
    (tmp_path / "orders.json").write_text(json.dumps(orders(2500), ensure_ascii=False), encoding="utf-8")
    subprocess.run(command(tmp_path, "whole"), check=True, capture_output=True)

    run = subprocess.Popen(command(tmp_path, "killed"), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(list((tmp_path / "killed").glob("*.eml"))) < 600:
        time.sleep(0.02)
    os.kill(run.pid, sig)
    _, err = run.communicate(timeout=60)
    assert run.returncode != 0, "the run finished before it could be interrupted"
    assert b"Traceback" not in err
    partial = len(list((tmp_path / "killed").glob("*.eml")))
    assert 0 < partial < 2500
    assert not list((tmp_path / "killed").glob(".*.part")), "an interrupted run left a half-written file"

    resumed = subprocess.run(command(tmp_path, "killed", "--resume"), capture_output=True, text=True)
    assert resumed.returncode == 0, resumed.stderr
    report = json.loads((tmp_path / "killed" / "report.json").read_text(encoding="utf-8"))
    skipped = [o for o in report["orders"] if o["status"] == "skipped"]
    assert skipped and all(o["reason"] == "already done (--resume)" for o in skipped)
    assert report["summary"]["orders"] == 2500
    assert contents(tmp_path / "killed") == contents(tmp_path / "whole")


def test_resume_redoes_orders_whose_data_changed(tmp_path: Path) -> None:
    (tmp_path / "notegen.toml").write_text(CONFIG, encoding="utf-8")
    data = orders(5)
    (tmp_path / "orders.json").write_text(json.dumps(data), encoding="utf-8")
    subprocess.run(command(tmp_path, "out"), check=True, capture_output=True)
    data[2]["items"] = [{"name": "Plaid „Heide“", "quantity": 1, "price": "129.00"}]
    (tmp_path / "orders.json").write_text(json.dumps(data), encoding="utf-8")
    subprocess.run(command(tmp_path, "out", "--resume"), check=True, capture_output=True)
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert [o["status"] for o in report["orders"]] == ["skipped", "skipped", "ok", "skipped", "skipped"]
    assert "Plaid" in (tmp_path / "out" / "1002.eml").read_bytes().decode("ascii", "replace") or "Plaid" in (
        tmp_path / "out" / "1002.html"
    ).read_text(encoding="utf-8")
