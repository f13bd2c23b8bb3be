"""How many notes were written without knowing whether the customer ordered before, and what would tell it: in
`notegen check`, at the end of a run and in its report."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from notegen.cli import main
from tests.run.shop_configs import NOW, PLAIN


def order(order_id: str, first: str, email: str, placed: str, **customer: Any) -> dict[str, Any]:
    return {
        "order_id": order_id,
        "locale": "de",
        "placed_at": placed,
        "customer": {"first_name": first, "last_name": "Brandt", "email": email, **customer},
        "items": [{"name": "Emaille-Becher", "variant": "Dunkelgrün", "quantity": 1, "price": "14.50"}],
    }


# A day's export: Jana's count is given, Malte ordered twice today, Lotte and Ruth once, with no count.
TODAY = [
    order("5101", "Jana", "jana@example.org", "2026-11-24T09:12:00+01:00", orders_count=1),
    order("5102", "Malte", "malte@example.org", "2026-11-24T10:40:00+01:00"),
    order("5103", "Lotte", "lotte@example.org", "2026-11-24T11:05:00+01:00"),
    order("5104", "Malte", "malte@example.org", "2026-11-24T16:30:00+01:00"),
    order("5105", "Ruth", "ruth@example.org", "2026-11-24T17:45:00+01:00"),
]
# The shop's earlier orders: Lotte ordered in the spring; Ruth never did.
EARLIER = [order("4890", "Lotte", "lotte@example.org", "2026-04-02T14:00:00+02:00")]


def write(folder: Path) -> tuple[Path, Path]:
    (folder / "notegen.toml").write_text(PLAIN, encoding="utf-8")
    (folder / "today.json").write_text(json.dumps(TODAY), encoding="utf-8")
    (folder / "earlier.json").write_text(json.dumps(EARLIER), encoding="utf-8")
    return folder / "today.json", folder / "earlier.json"


def check(folder: Path, *args: str) -> str:
    result = CliRunner().invoke(main, ["check", *args, "--config", str(folder / "notegen.toml")])
    assert result.exit_code == 0, result.output
    return result.output


def test_check_counts_a_first_order_in_the_input_alone_as_unknown_and_says_what_would_tell(tmp_path: Path) -> None:
    today, earlier = write(tmp_path)
    alone = check(tmp_path, str(today))
    # Jana's count says first; Malte's second order today is a return; Malte's first, Lotte and Ruth: unknown
    assert "customers: 1 first-time, 1 returning, 3 unknown\n" in alone
    assert "  3 notes without a known order history" in alone
    assert "--history" in alone.split("customers:")[1].split("\n")[1]
    with_history = check(tmp_path, str(today), "--history", str(earlier))
    # with the earlier orders: Malte's first order and Ruth's are first ones, Lotte returns
    assert "customers: 3 first-time, 2 returning\n" in with_history
    assert "without a known order history" not in with_history


def test_the_report_counts_and_marks_the_notes_written_without_a_known_history(tmp_path: Path) -> None:
    today, earlier = write(tmp_path)
    for history, unknown in (([], ["5102", "5103", "5105"]), (["--history", str(earlier)], [])):
        report = tmp_path / "report.json"
        result = CliRunner().invoke(
            main,
            ["render", str(today), "--to", "email", "-o", str(tmp_path / "outbox"), "--jobs", "1", "--now", NOW,
             "--config", str(tmp_path / "notegen.toml"), "--report", str(report), *history],
        )  # fmt: skip
        assert result.exit_code == 0, result.output
        data = json.loads(report.read_text(encoding="utf-8"))
        assert data["summary"]["ok"] == 5
        assert data["summary"]["unknown_history"] == len(unknown)
        assert [entry["order_id"] for entry in data["orders"] if entry.get("history") == "unknown"] == unknown
        told = f"{len(unknown)} notes without a known order history" in result.output
        assert told == bool(unknown), result.output
