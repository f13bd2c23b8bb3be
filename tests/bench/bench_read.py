"""How fast orders are read: 10,000 generic-CSV orders (15,000 rows), best of 3.

.venv/bin/python tests/bench/bench_read.py
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from notegen.read import read_orders

HEADER = "order_id,first_name,last_name,email,item_name,item_price,placed_at\n"


def main() -> None:
    lines = [HEADER]
    for number in range(10_000):
        for item in range(1 + number % 2):
            lines.append(
                f"{number},Jürgen,Weiß,c{number % 3000}@example.org,Socken {item},14.50,2026-11-20T10:00:00Z\n"
            )
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.csv"
        path.write_text("".join(lines), encoding="utf-8")
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            batch = read_orders([str(path)])
            best = min(best, time.perf_counter() - start)
    print(f"read: {len(batch.results)} orders ({batch.rows} rows) of generic CSV in {best:.2f} s (best of 3)")


if __name__ == "__main__":
    main()
