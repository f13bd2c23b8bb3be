"""Precision and recall of the customer-note reading per kind and language, against the hand-written notes.

    PYTHONPATH=. python tests/bench/bench_replies.py [--lang de] [--set fresh] [--misses]

The sets: ``oracle`` (``tests/data/replies/<lang>.yml``, tuned on), ``heldout`` (``tests/language/
heldout_<lang>.yml``, written after the first rules, never tuned on) and ``fresh`` (``tests/data/replies/
fresh_<lang>.yml``, written before the second round of the reading changed, never tuned on) and ``blind``
(``tests/data/replies/blind_<lang>.yml``, written with them, its misreadings left unread until the round's
changes were made) and ``notes3`` (``tests/data/replies/notes3_<lang>.yml``, the third round's notes of the
kinds the blind test misread, written before that round changed the reading) and ``notes4``
(``tests/data/replies/notes4_<lang>.yml``, the fourth round's notes: sarcasm, complaints inside thanks, returns,
price and stock questions, packaging, sympathy and baby loss, notes in another language, written before that round
changed the reading) and ``notes5`` (``tests/data/replies/notes5_<lang>.yml``, the fifth round's notes: recipients
named through someone else, pets, groups, festivals, dialect and typos, questions in disguise, complaints inside a
gift order, written before that round changed the reading) and ``notes6`` (``tests/data/replies/notes6_<lang>.yml``,
the sixth round's notes: two recipients, clients, praise for a person at the shop, gift wrapping inside a gift note,
surprises, births, housewarmings, exams, religious and seasonal festivals, apology and sympathy presents, lone
numbers, complaints put as questions, sarcasm and jokes, written before that round changed the reading) and ``notes7``
(``tests/data/replies/notes7_<lang>.yml``, the seventh round's notes: a wish to the recipient beside an instruction,
presents from pets, replacements, retirements and farewells, Easter, name days, a pregnancy kept quiet, hospital
stays and moves, price and late-delivery complaints, stock, call-backs, emojis only, dialect, card texts, long
mixed notes and irony, written before that round changed the reading); all nine without ``--set``.
``--misses`` lists every wrong reading.

Beside the table, the errors the reply policy weighs most: a complaint read as anything else (the worst:
it may be answered with joy or not flagged as a complaint), and a note with nothing to answer (noise or an
instruction) that the note answers anyway.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from notegen.language.customer_notes import CustomerNote, read_customer_note  # noqa: E402
from notegen.language.note_rules import KINDS  # noqa: E402

SETS = {
    "oracle": "tests/data/replies/{lang}.yml",
    "heldout": "tests/language/heldout_{lang}.yml",
    "fresh": "tests/data/replies/fresh_{lang}.yml",
    "blind": "tests/data/replies/blind_{lang}.yml",
    "notes3": "tests/data/replies/notes3_{lang}.yml",
    "notes4": "tests/data/replies/notes4_{lang}.yml",
    "notes5": "tests/data/replies/notes5_{lang}.yml",
    "notes6": "tests/data/replies/notes6_{lang}.yml",
    "notes7": "tests/data/replies/notes7_{lang}.yml",
}
SILENT = ("nothing", "instruction")
"""Kinds the note never answers."""


def oracle(lang: str, which: str = "oracle") -> list[dict[str, object]]:
    """The entries of set `which` (a key of `SETS`) in `lang`."""
    path = ROOT / SETS[which].format(lang=lang)
    entries: list[dict[str, object]] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return entries


def answered(reading: CustomerNote) -> bool:
    """Whether the reading would let the note answer the customer's note at all."""
    return reading.sure and reading.kind not in SILENT


def scores(
    entries: list[dict[str, object]], lang: str
) -> tuple[dict[str, tuple[float, float, int]], list[str], Counter[str]]:
    """Per kind: (precision, recall, support); the misses as lines; the weighted errors by name."""
    true_pos: Counter[str] = Counter()
    predicted: Counter[str] = Counter()
    actual: Counter[str] = Counter()
    errors: Counter[str] = Counter()
    misses = []
    for entry in entries:
        reading = read_customer_note(str(entry["note"]), lang)
        want, got = str(entry["kind"]), reading.kind
        actual[want] += 1
        predicted[got] += 1
        errors["complaint misread"] += want == "complaint" and got != "complaint"
        errors["silent note answered"] += want in SILENT and answered(reading)
        errors["flag missed"] += bool(entry["needs_person"]) and not reading.needs_person
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
    return table, misses, errors


def main() -> None:
    """Print the tables (and the misses with --misses)."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", action="append")
    parser.add_argument("--set", action="append", choices=sorted(SETS), dest="sets")
    parser.add_argument("--misses", action="store_true")
    args = parser.parse_args()
    for which in args.sets or list(SETS):
        for lang in args.lang or ["de", "fr", "en"]:
            entries = oracle(lang, which)
            table, misses, errors = scores(entries, lang)
            right = len(entries) - sum(1 for line in misses if line.split()[0] != line.split()[1])
            print(
                f"{which} {lang}: {right}/{len(entries)} kinds right; "
                + ", ".join(f"{k} {v}" for k, v in errors.items())
            )
            for kind, (precision, recall, support) in table.items():
                print(f"  {kind:<12} precision {precision:5.2f}  recall {recall:5.2f}  ({support})")
            if args.misses:
                print("\n".join("   " + line for line in misses))


if __name__ == "__main__":
    main()
