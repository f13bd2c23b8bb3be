"""How fast and how lean printed inserts are: notegen against WeasyPrint alone, on the same generated orders.

Prints, in one run:
  (a) `notegen render ORDERS --to pdf -o inserts.pdf --jobs N` of 1,000 generated orders, end to end, as a
      fresh process (read, compose, lint, lay out, join), with --jobs 1 and with --jobs 2;
  (b) WeasyPrint alone laying out and writing the same 1,000 inserts as one document, in one fresh process
      (the insert template's HTML, made beforehand, not timed);
  (c) the ratio a/b for each number of jobs (goals: <= 1.5 with one job, < 1.0 with two);
  (d) the peak memory of (a) for 10,000 orders, as the RSS summed over the whole process tree (goal: <= 400 MB);
  (e) the cost of joining chunks into one file: ten copies of (b)'s PDF joined into one of 10,000 pages.
Wall times; the machine is shared, so trust the ratios more than the seconds.

When the command cannot run the orders (it exits with 2, or with a traceback), (a) and (d) fall back to a process
that reads, composes and lays out the same orders with `write_inserts` (no lint), and say so.

    .venv/bin/python tests/bench/bench_pdf.py [--orders 1000] [--big 10000] [--jobs 1 2] [--big-jobs 2]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
CONFIG = ROOT / "samples" / "de-wollwerk" / "notegen.toml"
BIN = Path(sys.executable).parent
NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
SECRET = "bench-secret"
FIRST = ["Anna", "Jürgen", "Zoë", "Ömer", "Lena", "Claire", "Hélène", "Grace", "Rhys", "Mia", "Łukasz", "Σοφία"]
LAST = ["Müller", "Weiß", "Brontë", "Şahin", "Hoffmann", "Dubois", "Lefèvre", "Whitfield", "O'Neill", "Nguyễn"]
ITEMS = [
    ("Wollschal „Fjord“", "Salbeigrün"),
    ("Leinenschürze „Atelier“", "Ocker"),
    ("Merino-Socken", "Anthrazit"),
    ("Plaid „Heide“", "Rostrot"),
    ("Mütze „Firn“", ""),
    ("Strickset „Lichtung“", ""),
]
NOTES = ["", "", "Ist ein Geschenk für meine Mutter", "Bitte schön verpacken, danke!", ""]
REFERENCE = "import sys, weasyprint; weasyprint.HTML(filename=sys.argv[1]).write_pdf(sys.argv[2])"


def generated_orders(count: int) -> list[dict[str, Any]]:
    """`count` varied orders in the generic shape (tests/factory.py's `make_orders` when it is there)."""
    sys.path.insert(0, str(ROOT / "tests"))
    try:
        from factory import make_orders  # type: ignore[import-not-found]
    except ImportError:
        make_orders = None
    if make_orders is not None:
        made = list(make_orders(count, "de", 7))
        if made and isinstance(made[0], Mapping):
            return [dict(order) for order in made]
    orders = []
    for n in range(count):
        items = [ITEMS[(n + k) % len(ITEMS)] for k in range(1 + n % 3)]
        orders.append(
            {
                "order_id": str(100000 + n),
                "placed_at": "2026-11-20T14:03:00+01:00",
                "locale": "de",
                "currency": "EUR",
                "gift": n % 7 == 3,
                "note": NOTES[n % len(NOTES)],
                "customer": {
                    "first_name": FIRST[n % len(FIRST)],
                    "last_name": LAST[(n // len(FIRST)) % len(LAST)],
                    "email": f"customer{n}@example.org",
                    "orders_count": 1 + n % 4,
                    "customer_since": "2023-05-02",
                    "accepts_marketing": n % 2 == 0,
                },
                "items": [
                    {"name": name, "variant": variant, "quantity": 1 + (n + k) % 2, "price": "49.90"}
                    for k, (name, variant) in enumerate(items)
                ],
            }
        )
    return orders


@dataclass
class Run:
    """One measured process: wall seconds and peak RSS (MB) of its whole tree, of itself, and of its children."""

    seconds: float
    peak_tree_mb: float
    peak_main_mb: float
    peak_children_mb: float
    returncode: int
    stderr: str


def _rss_by_pid() -> dict[int, tuple[int, int]]:
    """pid -> (parent pid, resident bytes) for every process this user can see."""
    page = os.sysconf("SC_PAGE_SIZE")
    table = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as handle:
                fields = handle.read().rsplit(b")", 1)[1].split()
            table[int(entry.name)] = (int(fields[1]), int(fields[21]) * page)
        except (OSError, IndexError, ValueError):
            continue
    return table


def _tree_rss(root: int) -> tuple[int, int]:
    """The resident bytes of `root` and all its descendants, and of `root` alone."""
    table = _rss_by_pid()
    children: dict[int, list[int]] = {}
    for pid, (parent, _) in table.items():
        children.setdefault(parent, []).append(pid)
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += table.get(pid, (0, 0))[1]
        todo += children.get(pid, [])
    return total, table.get(root, (0, 0))[1]


def measure(command: Sequence[str], env: Mapping[str, str] | None = None) -> Run:
    """Run `command`, sampling the RSS of its process tree every 50 ms."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, text=True)
    peak = [0, 0, 0]

    def sample() -> None:
        while process.poll() is None:
            total, main = _tree_rss(process.pid)
            peak[:] = max(peak[0], total), max(peak[1], main), max(peak[2], total - main)
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, stderr = process.communicate()
    seconds = time.perf_counter() - start
    sampler.join()
    tree, main, children = (value / 2**20 for value in peak)
    return Run(seconds, tree, main, children, process.returncode, stderr)


def cli_works(orders: Path, work: Path, env: Mapping[str, str]) -> str:
    """ "" when `notegen render --to pdf` runs these orders, else why not."""
    sample = work / "sample.json"
    sample.write_text(json.dumps(json.loads(orders.read_text(encoding="utf-8"))[:20]), encoding="utf-8")
    run = measure(cli_command(sample, work / "sample.pdf", 1), env)
    if run.returncode == 2 or "Traceback" in run.stderr:
        return (run.stderr.strip().splitlines() or [f"exit {run.returncode}"])[-1]
    return ""


def cli_command(orders: Path, out: Path, jobs: int) -> list[str]:
    return [str(BIN / "notegen"), "render", str(orders), "--to", "pdf", "-o", str(out), "--jobs", str(jobs),
            "--config", str(CONFIG), "--quiet", "--report", str(out.with_suffix(".json"))]  # fmt: skip


def fallback_command(orders: Path, out: Path, jobs: int) -> list[str]:
    return [sys.executable, __file__, "--render-only", str(orders), str(out), str(jobs)]


def render_only(orders: Path, out: Path, jobs: int) -> None:
    """Read, compose and lay out `orders` with `write_inserts` (the command's path without the lint)."""
    import functools

    from notegen.compose.composer import compose
    from notegen.config import load_config
    from notegen.model import Order
    from notegen.read import read_orders
    from notegen.run.produce import write_inserts

    config = load_config(CONFIG)
    read = [order for order in read_orders([str(orders)]).results if isinstance(order, Order)]
    entries = [(order, compose(order, config, NOW, fit="A6", secret=SECRET)) for order in read]
    recompose = functools.partial(_recompose, config=config)
    write_inserts(entries, config, out, jobs=jobs, recompose=recompose)


def _recompose(order: Any, shorten: int, *, config: Any) -> Any:
    from notegen.compose.composer import compose

    return compose(order, config, NOW, fit="A6", shorten=shorten, secret=SECRET)


def reference_html(orders: Path, target: Path) -> int:
    """The inserts of `orders` as one HTML document, as the insert template lays them out; returns how many."""
    from notegen.compose.composer import compose
    from notegen.config import load_config
    from notegen.model import Order
    from notegen.read import read_orders
    from notegen.render.pdf.insert import insert_style, standalone_html
    from notegen.render.pdf.sizes import SIZES

    config = load_config(CONFIG)
    read = [order for order in read_orders([str(orders)]).results if isinstance(order, Order)]
    notes = [compose(order, config, NOW, fit="A6", secret=SECRET) for order in read]
    target.write_text(standalone_html(insert_style(config, SIZES["A6"]), notes), encoding="utf-8")
    return len(notes)


def pages(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(path).pages) if path.exists() else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--orders", type=int, default=1000)
    parser.add_argument("--big", type=int, default=10000, help="orders for the memory run (0: skip it)")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--big-jobs", type=int, default=2)
    parser.add_argument("--render-only", nargs=3, metavar=("ORDERS", "OUT", "JOBS"), help=argparse.SUPPRESS)
    parser.add_argument("--join-only", nargs="+", metavar="PDF", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.render_only:
        render_only(Path(args.render_only[0]), Path(args.render_only[1]), int(args.render_only[2]))
        return
    if args.join_only:
        from notegen.render.pdf.imposition import join_pages

        with open(args.join_only[0], "wb") as target:
            join_pages([Path(name) for name in args.join_only[1:]], target, "joined")
        return
    env = {**os.environ, "NOTEGEN_SECRET": SECRET}
    with tempfile.TemporaryDirectory(prefix="bench-pdf-") as folder:
        work = Path(folder)
        orders = work / f"orders-{args.orders}.json"
        orders.write_text(json.dumps(generated_orders(args.orders), ensure_ascii=False), encoding="utf-8")
        why = cli_works(orders, work, env)
        command = fallback_command if why else cli_command
        what = "read + compose + write_inserts (no lint)" if why else "notegen render --to pdf"
        print(f"(a) is measured as: {what}" + (f"\n    the command could not run the orders: {why}" if why else ""))

        html = work / "reference.html"
        count = reference_html(orders, html)
        b = measure([sys.executable, "-c", REFERENCE, str(html), str(work / "reference.pdf")])
        print(f"(b) WeasyPrint alone, {count} inserts as one document: {b.seconds:6.1f} s, "
              f"peak {b.peak_tree_mb:5.0f} MB, {pages(work / 'reference.pdf')} pages")  # fmt: skip
        joined = work / "joined.pdf"
        e = measure([sys.executable, __file__, "--join-only", str(joined), *[str(work / "reference.pdf")] * 10])
        joined_pages = pages(joined)
        print(f"(e) joining 10 chunks into one PDF of {joined_pages} pages: {e.seconds:.1f} s, {e.peak_tree_mb:.0f} MB")
        for jobs in args.jobs:
            out = work / f"inserts-{jobs}.pdf"
            a = measure(command(orders, out, jobs), env)
            print(f"(a) {args.orders} orders, --jobs {jobs}: {a.seconds:6.1f} s, peak {a.peak_tree_mb:5.0f} MB, "
                  f"{pages(out)} pages, exit {a.returncode}")  # fmt: skip
            goal = "<= 1.5" if jobs == 1 else "< 1.0"
            print(f"(c) a/b with --jobs {jobs}: {a.seconds / b.seconds:.2f} (goal {goal})")
        if args.big:
            big = work / f"orders-{args.big}.json"
            big.write_text(json.dumps(generated_orders(args.big), ensure_ascii=False), encoding="utf-8")
            out = work / "inserts-big.pdf"
            d = measure(command(big, out, args.big_jobs), env)
            print(f"(d) {args.big} orders, --jobs {args.big_jobs}: peak {d.peak_tree_mb:.0f} MB summed over the "
                  f"process tree (goal <= 400 MB): the command's own process {d.peak_main_mb:.0f} MB, its "
                  f"worker processes {d.peak_children_mb:.0f} MB; {d.seconds:.1f} s, {pages(out)} pages, "
                  f"exit {d.returncode}")  # fmt: skip


if __name__ == "__main__":
    main()
