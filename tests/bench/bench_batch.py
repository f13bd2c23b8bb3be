"""What a batch run's bookkeeping costs, and how well it uses two cores.

Prints, in one run:
  (a) the overhead of the report, rejects.csv, codes.csv and the journal (goal: under 5 %), two ways:
      end to end, the same 2,000 orders to email produced in one warm process in pairs of runs, once with them
      (`render_batch`) and once without (`batch.run` alone), as the median of the pairs' CPU and wall overheads;
      and piece by piece, each piece of bookkeeping timed alone on a run's outcomes, against the CPU time of a
      run without them. The end-to-end figure carries the noise of creating 4,000 files a run (a few per cent
      either way on a shared machine); the piece-by-piece figure does not;
  (b) `notegen render --to pdf` of 2,000 orders as a process with --jobs 1 and with --jobs 2, and the speed-up
      (goal: at least 1.6x).
Wall times on a shared machine: trust the ratios more than the seconds.

    .venv/bin/python tests/bench/bench_batch.py [--orders 2000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))

from factory import make_orders  # noqa: E402

from notegen.config import load_config  # noqa: E402
from notegen.model import Order  # noqa: E402
from notegen.read import read_orders  # noqa: E402
from notegen.run.batch import run  # noqa: E402
from notegen.run.outcome import Outcome  # noqa: E402
from notegen.run.prepare import CHUNK, RunOptions  # noqa: E402
from notegen.run.run_journal import RunJournal  # noqa: E402
from notegen.run.runner import RenderRequest, render_batch, side_path, write_accounts  # noqa: E402

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


def _timed(action: Callable[..., object], *args: Any) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of one call."""
    cpu, wall = time.process_time(), time.perf_counter()
    action(*args)
    return time.process_time() - cpu, time.perf_counter() - wall


def _spread(values: list[float]) -> str:
    return f"{min(values):+.1f} to {max(values):+.1f}"


def end_to_end(folder: Path, orders: Path, repeat: int) -> tuple[float, list[Outcome]]:
    """(a1): the same orders produced without and with the bookkeeping, in pairs, in one warm process.
    Returns the median CPU time of a run without, and the outcomes of a run."""
    config = load_config(CONFIG)
    results = read_orders([str(orders)]).results
    bare: list[tuple[float, float]] = []
    full: list[tuple[float, float]] = []
    outcomes: list[Outcome] = []
    for attempt in range(repeat + 1):  # the first round warms the pipelines up and is not counted
        # Alternate which run goes first: creating thousands of files gets slower right after many were deleted.
        for kind in ("bare", "full") if attempt % 2 else ("full", "bare"):
            if kind == "bare":
                options = RunOptions(to="email", output=folder / f"bare{attempt}", now=NOW, jobs=1, secret=SECRET)
                started = time.process_time(), time.perf_counter()
                outcomes = run(results, config, options)
                bare.append((time.process_time() - started[0], time.perf_counter() - started[1]))
            else:
                output = str(folder / f"full{attempt}")
                request = RenderRequest(orders=[str(orders)], to="email", output=output, now=NOW, jobs=1, secret=SECRET)
                reading = _timed(read_orders, [str(orders)])  # render_batch reads too: not bookkeeping
                cpu, wall = _timed(render_batch, request, config)
                full.append((cpu - reading[0], wall - reading[1]))
    pairs = list(zip(bare[1:], full[1:], strict=True))
    cpu_share = [100 * (f[0] - b[0]) / b[0] for b, f in pairs]
    wall_share = [100 * (f[1] - b[1]) / b[1] for b, f in pairs]
    print(f"(a) {len(results)} orders to email, --jobs 1, in one process; goal: bookkeeping under 5 %")
    print(f"    end to end, {repeat} pairs of runs without/with report+journal: median overhead "
          f"cpu {statistics.median(cpu_share):+.1f} % ({_spread(cpu_share)}), "
          f"wall {statistics.median(wall_share):+.1f} % ({_spread(wall_share)})")  # fmt: skip
    return statistics.median(b[0] for b, _ in pairs), outcomes


def _journal(path: Path, done: list[tuple[Order, Outcome]]) -> None:
    """What a run does with its journal: open it, record each chunk as it is written, close it."""
    journal = RunJournal(path, "0" * 64)
    for start in range(0, len(done), CHUNK):
        journal.record(done[start : start + CHUNK], "email", "email")
    journal.close()


def pieces(folder: Path, orders: Path, outcomes: list[Outcome], base: float, repeat: int) -> None:
    """(a2): each piece of bookkeeping alone, as a run does it, on the outcomes of a run (best of `repeat`)."""
    results = read_orders([str(orders)]).results
    by_id = {r.order_id: r for r in results if isinstance(r, Order)}
    done = [(by_id[o.order_id], o) for o in outcomes if o.status == "ok"]
    times: dict[str, list[float]] = {"journal": [], "report, rejects, codes": []}
    for attempt in range(repeat):
        request = RenderRequest(orders=[str(orders)], to="email", output=str(folder / f"pieces{attempt}"), now=NOW,
                                secret=SECRET)  # fmt: skip
        (folder / f"pieces{attempt}").mkdir()
        times["journal"].append(_timed(_journal, side_path(request, "journal.sqlite"), done)[0])
        times["report, rejects, codes"].append(_timed(write_accounts, request, outcomes)[0])
    best = {name: min(values) for name, values in times.items()}
    total = sum(best.values())
    shown = ", ".join(f"{name} {1000 * value:.0f} ms" for name, value in best.items())
    print(f"    piece by piece, best of {repeat}: {shown}; together {1000 * total:.0f} ms of the {base:.2f} s CPU a "
          f"run without them takes = {100 * total / base:.1f} %")  # fmt: skip


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
        base, outcomes = end_to_end(folder, orders, args.repeat)
        pieces(folder, orders, outcomes, base, args.repeat)
        scaling(folder, orders, args.orders)


if __name__ == "__main__":
    main()
