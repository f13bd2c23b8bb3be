"""Peak memory of `notegen check` and `notegen render --limit 100` on a large export (default 200 MB).

Prints, for each command, the peak resident memory summed over the command and its workers (sampled from
/proc every 20 ms), the wall time, and the size of the input. A script that prints figures, not a test.

.venv/bin/python tests/bench/bench_memory.py [MEGABYTES]
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HEADER = (
    "order_id,first_name,last_name,email,locale,shipping_country,item_name,item_variant,item_quantity,"
    "item_price,currency,note,placed_at,customer_since,accepts_marketing\n"
)
CONFIG = '[shop]\nname = "Wollwerk"\ndefault_locale = "de"\n[signer]\nname = "Katrin Vogel"\n' \
    '[email]\nsender = "Katrin Vogel <katrin@wollwerk.example>"\n'  # fmt: skip


def write_export(path: Path, megabytes: int) -> int:
    """A generic-CSV export of about `megabytes` MB (two items an order, a note on every fifth); its orders."""
    target = megabytes * 1_000_000
    written = orders = 0
    with path.open("w", encoding="utf-8") as out:
        out.write(HEADER)
        while written < target:
            block = []
            for _ in range(1000):
                note = "Ist ein Geschenk für meine Mutter" if orders % 5 == 0 else ""
                for item in range(2):
                    block.append(
                        f"{100000 + orders},Jürgen,Weiß-{orders % 977},c{orders}@example.org,de,DE,"
                        f"Wollschal „Fjord {item}“,Salbeigrün,1,49.90,EUR,{note},2026-11-20T10:00:00+01:00,"
                        f"2023-05-02,true\n"
                    )
                orders += 1
            text = "".join(block)
            out.write(text)
            written += len(text.encode("utf-8"))
    return orders


def _tree(pid: int) -> list[int]:
    pids, todo = [], [pid]
    while todo:
        current = todo.pop()
        pids.append(current)
        try:
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as handle:
                    todo += [int(child) for child in handle.read().split()]
        except OSError:
            continue
    return pids


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as handle:
            for line in handle:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def measure(command: list[str], cwd: Path) -> tuple[float, float, int]:
    """Peak RSS of the process tree in MB, wall seconds, exit code."""
    began = time.monotonic()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = 0
    while process.poll() is None:
        peak = max(peak, sum(_rss_kb(pid) for pid in _tree(process.pid)))
        time.sleep(0.02)
    return peak / 1024, time.monotonic() - began, process.returncode


def main() -> None:
    megabytes = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        export = work / "orders.csv"
        orders = write_export(export, megabytes)
        (work / "notegen.toml").write_text(CONFIG, encoding="utf-8")
        size = export.stat().st_size / 1e6
        print(f"input: {size:.0f} MB, {orders:,} orders")
        notegen = [sys.executable, "-m", "notegen"]
        runs = {
            "check": [*notegen, "check", "orders.csv"],
            "render --limit 100 --to email --jobs 2": [
                *notegen, "render", "orders.csv", "--to", "email", "-o", "outbox", "--limit", "100", "--jobs", "2",
                "--quiet", "--now", "2026-11-25T08:00:00+01:00",
            ],
        }  # fmt: skip
        for name, command in runs.items():
            peak, seconds, code = measure(command, work)
            print(f"{name}: peak {peak:,.0f} MB (process tree), {seconds:.1f} s, exit {code}")


if __name__ == "__main__":
    main()
