"""What a batch run's bookkeeping costs, and how well it uses two cores.

Prints, in one run:
  (a) the overhead of the report, rejects.csv and the journal: the same 2,000 orders to email, produced in one
      warm process once with them (`render_batch`) and once without (`batch.run` alone, no journal, no report);
      goal: under 5 %;
  (b) `notegen render --to pdf` of 2,000 orders as a process with --jobs 1 and with --jobs 2, and the speed-up
      (goal: at least 1.6x).
Wall times on a shared machine: trust the ratios more than the seconds.

    .venv/bin/python tests/bench/bench_batch.py [--orders 2000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))

from factory import make_orders  # noqa: E402

from notegen.batch import run  # noqa: E402
from notegen.config import load_config  # noqa: E402
from notegen.prepare import RunOptions  # noqa: E402
from notegen.readers import read_orders  # noqa: E402
from notegen.runner import RenderRequest, render_batch  # noqa: E402

CONFIG = ROOT / "samples" / "de-wollwerk" / "notegen.toml"
NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
SECRET = "bench-secret"


def write_orders(folder: Path, count: int) -> Path:
    """`count` generated German orders as generic JSON."""
    path = folder / "orders.json"
    orders = []
    for order in make_orders(count, "de", seed=7):
        customer = order.customer
        orders.append(
            {
                "order_id": order.order_id,
                "locale": order.locale,
                "note": order.note,
                "gift": order.gift,
                "customer": {
                    "first_name": customer.first_name,
                    "last_name": customer.last_name,
                    "email": customer.email or f"c{order.order_id}@example.org",
                    "salutation": customer.salutation,
                    "orders_count": customer.orders_count,
                },
                "items": [
                    {"name": i.name, "variant": i.variant, "quantity": i.quantity, "price": str(i.price or "")}
                    for i in order.items
                ],
            }
        )
    path.write_text(json.dumps(orders, ensure_ascii=False), encoding="utf-8")
    return path


def overhead(folder: Path, orders: Path, repeat: int) -> None:
    config = load_config(CONFIG)
    results = read_orders([str(orders)]).results
    bare, full = [], []
    for attempt in range(repeat + 1):  # the first round warms the pipelines up and is not counted
        # Alternate which run goes first: creating thousands of files gets slower right after many were deleted.
        for kind in ("bare", "full") if attempt % 2 else ("full", "bare"):
            start = time.perf_counter()
            if kind == "bare":
                options = RunOptions(to="email", output=folder / f"bare{attempt}", now=NOW, jobs=1, secret=SECRET)
                run(results, config, options)
                bare.append(time.perf_counter() - start)
            else:
                output = str(folder / f"full{attempt}")
                request = RenderRequest(orders=[str(orders)], to="email", output=output, now=NOW, jobs=1, secret=SECRET)
                render_batch(request, config)
                full.append(time.perf_counter() - start)
    # render_batch also reads the orders file: take that out, it is not bookkeeping
    start = time.perf_counter()
    read_orders([str(orders)])
    reading = time.perf_counter() - start
    b, f = min(bare[1:]), min(full[1:]) - reading
    print(f"(a) {len(results)} orders to email, best of {repeat}: without report+journal {b:.2f} s, "
          f"with {f:.2f} s -> overhead {100 * (f - b) / b:+.1f} % (goal < 5 %)")  # fmt: skip


def scaling(folder: Path, orders: Path, count: int) -> None:
    times = {}
    env = {**os.environ, "NOTEGEN_SECRET": SECRET}
    for jobs in (1, 2):
        out = folder / f"inserts{jobs}.pdf"
        command = [str(Path(sys.executable).parent / "notegen"), "render", str(orders), "--to", "pdf", "-o", str(out),
                   "--config", str(CONFIG), "--jobs", str(jobs), "--quiet", "--now", NOW.isoformat()]  # fmt: skip
        start = time.perf_counter()
        done = subprocess.run(command, env=env, capture_output=True, text=True)
        times[jobs] = time.perf_counter() - start
        if done.returncode not in (0, 1):
            raise SystemExit(f"notegen render failed: {done.stderr}")
    print(f"(b) {count} orders to PDF as a process: --jobs 1 {times[1]:.1f} s, --jobs 2 {times[2]:.1f} s "
          f"-> speed-up {times[1] / times[2]:.2f}x (goal >= 1.6x)")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        orders = write_orders(folder, args.orders)
        overhead(folder, orders, args.repeat)
        scaling(folder, orders, args.orders)


if __name__ == "__main__":
    main()
