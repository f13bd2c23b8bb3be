"""How alike the notes of a batch read: for 300 varied orders per sample shop, the share of notes that contain each
sentence (outside the customer service block and the signature), and how many things each note asks for.

.venv/bin/python tests/bench/bench_voice.py
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from notegen.compose.composer import compose  # noqa: E402
from notegen.config import load_config  # noqa: E402
from notegen.model import Note  # noqa: E402
from tests.factory import make_orders  # noqa: E402

NOW_ISO = "2026-11-23T09:00:00+00:00"
SECRET = "bench-secret-for-codes"
ORDERS = 300
SHOPS = {"de-wollwerk": "de", "fr-atelier": "fr", "en-harbour-trust": "en"}
# a sentence ends at . ! ? or … and a space, but not after a number ("20. Januar") nor after "P.S." / "P.-S."
_SENTENCE_END = re.compile(r"(?<![0-9][.])(?<!P\.S\.)(?<!P\.-S\.)(?<=[.!?…])\s+")


def sentences(note: Note) -> set[str]:
    """The note's sentences, outside the customer service block and the signature."""
    parts = [note.greeting, *(text for _, text in note.body()), note.stay_in_touch]
    found: set[str] = set()
    for part in parts:
        found.update(piece.strip() for piece in _SENTENCE_END.split(part) if piece.strip())
    return found


@dataclass(frozen=True)
class Figures:
    """A shop's batch: the most shared sentences with their share, and the most asks any note makes."""

    shop: str
    notes: int
    top: list[tuple[str, float]]
    most_asks: int
    asks: Counter[tuple[str, ...]]

    @property
    def max_share(self) -> float:
        return self.top[0][1] if self.top else 0.0


def measure(shop: str, orders: int = ORDERS, seed: int = 14) -> Figures:
    """Compose `orders` varied orders for the sample `shop` and count their sentences and asks."""
    from datetime import datetime

    config = load_config(ROOT / "samples" / shop / "notegen.toml")
    now = datetime.fromisoformat(NOW_ISO)
    counts: Counter[str] = Counter()
    asks: Counter[tuple[str, ...]] = Counter()
    for order in make_orders(orders, SHOPS[shop], seed=seed):
        note = compose(order, config, now, secret=SECRET)
        counts.update(sentences(note))
        asks[note.asks] += 1
    top = [(sentence, count / orders) for sentence, count in counts.most_common(8)]
    return Figures(shop, orders, top, max(len(kinds) for kinds in asks), asks)


def main() -> None:
    for shop in SHOPS:
        figures = measure(shop)
        print(f"{shop}: {figures.notes} notes, most shared sentence in {figures.max_share:.0%}, "
              f"at most {figures.most_asks} asks a note")  # fmt: skip
        for sentence, share in figures.top[:5]:
            print(f"  {share:5.1%}  {sentence[:110]}")
        for kinds, count in figures.asks.most_common():
            print(f"  asks {' + '.join(kinds) or '(none)'}: {count}")


if __name__ == "__main__":
    main()
