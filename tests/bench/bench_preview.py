"""How long a gallery of 2,000 orders takes to write, and to open in a browser.

Prints, in one run: (a) the preview of N generated orders (default 2,000) end to end in a fresh process (read,
compose, lint, emails, inserts, images, page), with 1 and with 2 jobs; (b) the time until headless Chromium has
loaded the gallery's index.html (the first cards laid out, the emails and insert images in view loaded), the
number of elements on the page and the size of what it loads first. Goal: the gallery opens in under 3 seconds.

    .venv/bin/python tests/bench/bench_preview.py [--orders 2000]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CONFIG = ROOT / "samples" / "de-wollwerk" / "notegen.toml"
FIRST = ["Anna", "Jürgen", "Zoë", "Ömer", "Lena", "Claire", "Hélène", "Grace", "Rhys", "Mia"]
LAST = ["Müller", "Weiß", "Brontë", "Şahin", "Hoffmann", "Dubois", "Lefèvre", "Whitfield", "O'Neill", "Nguyễn"]
ITEMS = ["Wollschal „Fjord“", "Leinenschürze „Atelier“", "Merino-Socken", "Plaid „Heide“", "Mütze „Firn“"]
LANGS = ["de", "de", "de", "fr", "en"]


def orders(count: int) -> str:
    """`count` varied orders as JSON Lines, in the generic shape."""
    lines = []
    for n in range(count):
        order = {
            "order_id": str(100000 + n),
            "placed_at": "2026-11-20T14:03:00+01:00",
            "locale": LANGS[n % len(LANGS)],
            "customer": {
                "first_name": FIRST[n % len(FIRST)],
                "last_name": LAST[(n // len(FIRST)) % len(LAST)],
                "email": f"customer{n}@example.org",
                "orders_count": 1 + n % 4,
            },
            "items": [{"name": ITEMS[n % len(ITEMS)], "quantity": 1 + n % 2, "price": "49.90"}],
        }
        lines.append(json.dumps(order, ensure_ascii=False))
    return "\n".join(lines) + "\n"


WRITE = """
import sys
from datetime import datetime
from pathlib import Path
from notegen.config import load_config
from notegen.read import read_orders
from notegen.run.preview import write_preview

orders, out, config, jobs = sys.argv[1:]
results = read_orders([orders]).results
now = datetime.fromisoformat("2026-11-25T09:00:00+01:00")
write_preview(results, load_config(Path(config)), Path(out), now=now, secret="bench-secret", jobs=int(jobs))
"""


def write(orders_file: Path, out: Path, jobs: int) -> float:
    """Seconds for a fresh process to read the orders and write their gallery, as `notegen preview` does."""
    command = [sys.executable, "-c", WRITE, str(orders_file), str(out), str(CONFIG), str(jobs)]
    started = time.perf_counter()
    subprocess.run(command, check=True)
    return time.perf_counter() - started


def open_in_chromium(index: Path) -> tuple[float, int, int]:
    """Seconds to the load event, elements on the page, cards laid out."""
    path = ROOT / "tests" / "render" / "test_preview_browser.py"
    spec = importlib.util.spec_from_file_location("preview_browser", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    with tempfile.TemporaryDirectory() as profile:
        browser = module.Chromium(Path(profile))
        try:
            browser.open(index.as_uri())  # a first visit warms the browser's own caches
            seconds = browser.open(index.as_uri())
            elements = browser.evaluate("document.getElementsByTagName('*').length")
            cards = browser.evaluate("document.querySelectorAll('#cards > article').length")
        finally:
            browser.close()
    return seconds, elements, cards


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=2000)
    parser.add_argument("--jobs", type=int, nargs="*", default=[1, 2])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        orders_file = Path(work) / "orders.jsonl"
        orders_file.write_text(orders(args.orders), encoding="utf-8")
        out = Path(work) / "preview"
        for jobs in args.jobs:
            print(f"preview of {args.orders} orders, {jobs} job(s): {write(orders_file, out, jobs):.1f} s")
        first = sum((out / name).stat().st_size for name in ("index.html", "preview.css", "preview.js"))
        data = (out / "cards.js").stat().st_size
        emails = sum(path.stat().st_size for path in (out / "emails").iterdir())
        images = sum(path.stat().st_size for path in (out / "inserts").iterdir())
        print(f"first load: page {first / 1000:.0f} kB + cards {data / 1e6:.1f} MB")
        print(f"on demand: emails {emails / 1e6:.1f} MB, insert images {images / 1e6:.1f} MB")
        seconds, elements, cards = open_in_chromium(out / "index.html")
        print(f"open in Chromium: {seconds:.2f} s to the load event, {elements} elements, {cards} cards laid out")
        print(f"goal: under 3 s to open -> {'met' if seconds < 3 else 'NOT met'}")


if __name__ == "__main__":
    main()
