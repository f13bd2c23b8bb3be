"""How fast thank-you emails are made: notegen against mailmerge on the same 10,000 orders.

Prints, in one run, the CPU time (user + system, of the whole process tree) and the wall time of:
  (a) `notegen render ORDERS --to email -o OUTBOX` for N generated orders (default 10,000), as a fresh process:
      read, compose, lint, inline CSS, write one multipart .eml and one .html per order;
  (b) mailmerge on the same N rows (`mailmerge --dry-run --no-limit --output-format raw`, its own HTML template
      with the same fields), as a fresh process;
and their ratio (goal: notegen / mailmerge <= 1.0). It also prints (c) build_email + write_email alone, in this
process, for the same orders (their notes composed beforehand, not timed), the part the email renderer owns; and
(d) the same command as (a) with the lint stage taken out (every note passes unread, spaCy is never loaded): the
floor of everything but the lint, to show how much of (a) the lint is. (d) is a measurement only; the command
has no way to skip the lint.

    .venv/bin/python tests/bench/bench_email.py [--orders 10000] [--jobs N]
"""

from __future__ import annotations

import argparse
import csv
import importlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from notegen.model import Order
from notegen.run.batch import default_jobs

ROOT = Path(__file__).resolve().parents[2]
CONFIG = ROOT / "samples" / "de-wollwerk" / "notegen.toml"
BIN = Path(sys.executable).parent
NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
SECRET = "bench-secret"

MAILMERGE_TEMPLATE = """TO: {{first_name}} {{last_name}} <{{email}}>
SUBJECT: {{first_name}}, danke für {{item}}
FROM: Katrin Vogel <katrin@wollwerk.example>
REPLY-TO: hallo@wollwerk.example
CONTENT-TYPE: text/html

<html><body style="margin:0;background:#f3f1ed">
<table role="presentation" width="100%" style="max-width:600px;background:#ffffff">
<tr><td style="background:#3b5b4c;color:#ffffff;padding:20px 32px;font-size:22px">Wollwerk</td></tr>
<tr><td style="padding:28px 32px;font-family:Helvetica,Arial,sans-serif;font-size:16px;color:#22262a">
<p>Liebe(r) {{first_name}} {{last_name}},</p>
<p>vielen Dank, dass Sie sich für {{item}} entschieden haben. Ihre Bestellung {{order_id}} ist unterwegs.</p>
<p>Herzliche Grüße<br>Katrin Vogel<br>Inhaberin, Wollwerk</p>
</td></tr></table></body></html>
"""
MAILMERGE_SERVER = "[smtp_server]\nhost = localhost\nport = 25\nratelimit = 0\n"


def generated_orders(count: int) -> list[Order]:
    """`count` realistic German orders from tests/factory.py."""
    sys.path.insert(0, str(ROOT / "tests"))
    factory = importlib.import_module("factory")
    return [order for order in factory.make_orders(count, "de", 7) if isinstance(order, Order)]


def generic(order: Order) -> dict[str, Any]:
    """The order in the generic JSON shape that `notegen render` reads."""
    customer = order.customer
    return {
        "order_id": order.order_id,
        "placed_at": order.placed_at.isoformat() if order.placed_at else "",
        "locale": order.locale or "",
        "shipping_country": order.shipping_country,
        "currency": order.currency,
        "gift": order.gift,
        "note": order.note,
        "customer": {
            "first_name": customer.first_name,
            "last_name": customer.last_name,
            "email": customer.email,
            "salutation": customer.salutation,
            "orders_count": customer.orders_count,
            "customer_since": customer.customer_since.isoformat() if customer.customer_since else None,
            "accepts_marketing": customer.accepts_marketing,
        },
        "items": [
            {"name": i.name, "variant": i.variant, "quantity": i.quantity, "price": str(i.price or "")}
            for i in order.items
        ],
    }


@dataclass(frozen=True)
class Timing:
    cpu: float
    wall: float
    ok: bool = True
    note: str = ""


def run_process(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> Timing:
    """CPU time (user + system of the process and its children) and wall time of one command."""
    before = os.times()
    started = time.perf_counter()
    done = subprocess.run(command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
    wall = time.perf_counter() - started
    after = os.times()
    cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    last = done.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] if done.returncode > 1 else []
    return Timing(cpu, wall, done.returncode <= 1, last[0] if last else "")


def notegen_cli(orders_file: Path, outbox: Path, jobs: int) -> Timing:
    """(a): the whole `notegen render --to email` process (exit 1, some orders rejected, still counts as a run)."""
    env = {**os.environ, "NOTEGEN_SECRET": SECRET}
    command = [str(BIN / "notegen"), "render", str(orders_file), "--to", "email", "-o", str(outbox)]
    timing = run_process([*command, "--config", str(CONFIG), "--jobs", str(jobs), "--quiet"], ROOT, env)
    written = len(list(outbox.glob("*.eml"))) if outbox.is_dir() else 0
    return Timing(timing.cpu, timing.wall, timing.ok and written > 0, timing.note or f"{written} messages written")


UNLINTED = """
import sys
from notegen.lint import linter
from notegen.lint.result import LintResult

def unread(self, entries):
    return [LintResult(lang or "de", (), 100) for _, _, lang in entries]

linter.Linter.check_batch = unread
from notegen.cli import main
sys.argv[0] = "notegen"
main()
"""


def notegen_unlinted(orders_file: Path, outbox: Path, jobs: int) -> Timing:
    """(d): (a) with the lint stage taken out, as a fresh process (worker processes are forked: they inherit it)."""
    env = {**os.environ, "NOTEGEN_SECRET": SECRET}
    command = [sys.executable, "-c", UNLINTED, "render", str(orders_file), "--to", "email", "-o", str(outbox)]
    timing = run_process([*command, "--config", str(CONFIG), "--jobs", str(jobs), "--quiet"], ROOT, env)
    written = len(list(outbox.glob("*.eml"))) if outbox.is_dir() else 0
    return Timing(timing.cpu, timing.wall, timing.ok and written > 0, timing.note or f"{written} messages written")


def mailmerge(orders: list[Order], folder: Path) -> Timing:
    """(b): mailmerge, dry run, every message printed raw, on the same rows."""
    (folder / "mailmerge_template.txt").write_text(MAILMERGE_TEMPLATE, encoding="utf-8")
    (folder / "mailmerge_server.conf").write_text(MAILMERGE_SERVER, encoding="utf-8")
    with (folder / "mailmerge_database.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["email", "first_name", "last_name", "item", "order_id"])
        for order in orders:
            customer = order.customer
            item = order.items[0].name
            writer.writerow([customer.email, customer.first_name, customer.last_name, item, order.order_id])
    executable = shutil.which("mailmerge", path=str(BIN)) or shutil.which("mailmerge")
    if executable is None:
        return Timing(0.0, 0.0, ok=False, note="mailmerge is not installed: .venv/bin/pip install mailmerge")
    return run_process([executable, "--dry-run", "--no-limit", "--output-format", "raw"], folder)


def renderer_alone(orders: list[Order], outbox: Path) -> tuple[Timing, Timing]:
    """(c): build_email for every order (notes composed beforehand, not timed), then write_email for each."""
    from notegen.compose.composer import compose
    from notegen.config import load_config
    from notegen.render.email.message import build_email
    from notegen.run.produce import write_email

    config = load_config(CONFIG)
    pairs = [(order, compose(order, config, NOW, fit="email", secret=SECRET)) for order in orders]
    started_cpu, started = time.process_time(), time.perf_counter()
    outputs = [build_email(order, note, config, NOW) for order, note in pairs]
    built = Timing(time.process_time() - started_cpu, time.perf_counter() - started, note=f"{len(pairs)} messages")
    started_cpu, started = time.process_time(), time.perf_counter()
    for output in outputs:
        write_email(outbox, output)
    size = sum(len(output.eml) for output in outputs) // max(1, len(outputs))
    written = Timing(time.process_time() - started_cpu, time.perf_counter() - started, note=f"{size} bytes a message")
    return built, written


def show(label: str, timing: Timing) -> None:
    figures = f"cpu {timing.cpu:6.2f} s   wall {timing.wall:6.2f} s" if timing.ok else "did not run"
    print(f"{label:<44} {figures}   {timing.note}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--orders", type=int, default=10_000)
    parser.add_argument("--jobs", type=int, default=default_jobs(), help="as notegen's --jobs (default: one per core)")
    args = parser.parse_args()
    orders = generated_orders(args.orders)
    with tempfile.TemporaryDirectory(prefix="bench-email-") as temp:
        folder = Path(temp)
        orders_file = folder / "orders.jsonl"
        lines = (json.dumps(generic(order), ensure_ascii=False) + "\n" for order in orders)
        orders_file.write_text("".join(lines), encoding="utf-8")
        (folder / "mailmerge").mkdir()
        cli = notegen_cli(orders_file, folder / "outbox-cli", args.jobs)
        merge = mailmerge(orders, folder / "mailmerge")
        built, written = renderer_alone(orders, folder / "outbox-renderer")
        floor = notegen_unlinted(orders_file, folder / "outbox-unlinted", args.jobs)
    print(f"{args.orders} orders, {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    show(f"(a) notegen render --to email --jobs {args.jobs}", cli)
    show("(b) mailmerge --dry-run --no-limit (raw)", merge)
    show("(c) build_email alone (in memory)", built)
    show("(c) write_email alone (.eml + .html)", written)
    show("(d) as (a), lint stage taken out", floor)
    if cli.ok and merge.ok and merge.cpu:
        print(f"ratio (a)/(b): cpu {cli.cpu / merge.cpu:.2f}, wall {cli.wall / merge.wall:.2f}   (goal: <= 1.0)")
    if merge.ok and merge.cpu:
        parts = f"build {built.cpu / merge.cpu:.2f}, write {written.cpu / merge.cpu:.2f}"
        print(f"ratio (c)/(b): cpu {(built.cpu + written.cpu) / merge.cpu:.2f} ({parts})")
    if floor.ok and merge.ok and merge.cpu:
        floors = f"cpu {floor.cpu / merge.cpu:.2f}, wall {floor.wall / merge.wall:.2f}"
        print(f"ratio (d)/(b): {floors}   (the floor: everything but the lint)")
    print("File creation is costly for about a minute after many files were deleted (on ext4 without a journal")
    print("new inodes skip recently freed ones): run this on a quiet machine, a minute after the last run.")


if __name__ == "__main__":
    main()
