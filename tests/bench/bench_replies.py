"""Precision and recall of the customer-note reading per kind and language, against the hand-written oracles.

    PYTHONPATH=. python tests/bench/bench_replies.py [--lang de] [--misses]

The oracles are ``tests/data/replies/<lang>.yml`` (tuned on) and, with ``--heldout``, the held-out notes of
``tests/language/heldout_<lang>.yml`` (never tuned on); ``--misses`` lists every wrong reading.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from notegen.language.customer_notes import read_customer_note  # noqa: E402
from notegen.language.note_rules import KINDS  # noqa: E402


def oracle(lang: str, heldout: bool = False) -> list[dict[str, object]]:
    """The oracle entries of `lang` (the held-out ones with `heldout`)."""
    path = ROOT / "tests/language" / f"heldout_{lang}.yml" if heldout else ROOT / "tests/data/replies" / f"{lang}.yml"
    entries: list[dict[str, object]] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return entries


def scores(entries: list[dict[str, object]], lang: str) -> tuple[dict[str, tuple[float, float, int]], list[str]]:
    """Per kind: (precision, recall, support), and the misses as lines."""
    true_pos: Counter[str] = Counter()
    predicted: Counter[str] = Counter()
    actual: Counter[str] = Counter()
    misses = []
    for entry in entries:
        reading = read_customer_note(str(entry["note"]), lang)
        want, got = str(entry["kind"]), reading.kind
        actual[want] += 1
        predicted[got] += 1
        occasion = str(entry.get("occasion", "none")).replace("none", "")
        if want == got:
            true_pos[want] += 1
        if want != got or occasion != reading.occasion or bool(entry["needs_person"]) != reading.needs_person:
            misses.append(
                f"{want:>11} {got:<11} occ {occasion or '-'}/{reading.occasion or '-'} "
                f"person {entry['needs_person']}/{reading.needs_person} rec {entry.get('recipient', '')!r}/"
                f"{reading.recipient!r}  {entry['note']}"
            )
    table = {
        kind: (
            true_pos[kind] / predicted[kind] if predicted[kind] else 1.0,
            true_pos[kind] / actual[kind] if actual[kind] else 1.0,
            actual[kind],
        )
        for kind in KINDS
    }
    return table, misses


def main() -> None:
    """Print the table (and the misses with --misses)."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", action="append")
    parser.add_argument("--misses", action="store_true")
    parser.add_argument("--heldout", action="store_true", help="the held-out notes instead of the oracle")
    args = parser.parse_args()
    for lang in args.lang or ["de", "fr", "en"]:
        entries = oracle(lang, args.heldout)
        table, misses = scores(entries, lang)
        right = len(entries) - sum(1 for line in misses if line.split()[0] != line.split()[1])
        print(f"{lang}: {right}/{len(entries)} kinds right")
        for kind, (precision, recall, support) in table.items():
            print(f"  {kind:<12} precision {precision:5.2f}  recall {recall:5.2f}  ({support})")
        if args.misses:
            print("\n".join("   " + line for line in misses))


if __name__ == "__main__":
    main()
