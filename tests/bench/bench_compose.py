"""How fast notes are composed: 10,000 notes in three languages, once the templates are compiled (CPU time).

.venv/bin/python tests/bench/bench_compose.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from notegen.compose.composer import compose  # noqa: E402
from tests.compose.shops import NOW, SECRET, atelier, tidal, wollwerk  # noqa: E402
from tests.factory import make_orders  # noqa: E402

NOTES = 10_000


def main() -> None:
    configs = {"de": wollwerk(), "fr": atelier(), "en": tidal()}
    work = [(order, configs[lang]) for lang in configs for order in make_orders(NOTES // 3 + 1, lang, seed=11)][:NOTES]
    for order, config in work[:1000]:
        compose(order, config, NOW, secret=SECRET)
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        for order, config in work:
            compose(order, config, NOW, secret=SECRET)
        best = min(best, time.process_time() - start)
    print(f"compose: {NOTES} notes in {best:.2f} s of CPU, {best / NOTES * 1000:.3f} ms a note (best of 3)")


if __name__ == "__main__":
    main()
