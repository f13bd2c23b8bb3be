"""How fast the sincerity lint is: a cold `notegen lint` of one note per language, and warm throughput.

Prints, per language:
  (a) cold: the wall time of `notegen lint NOTE --order ORDER` as a fresh process (goal: under 1.5 s), the
      median of --runs runs, after one untimed run that builds the lookup cache (`notegen.language.forms`) if needed;
  (b) warm: notes per second of `Linter.check_batch` in this process, on one core (goal: at least 5,000), for
      the labelled dev notes (short, hand-written notes, each with its order) and, when the composer and the
      order factory are there, for composed notes of generated orders (email length, several times longer);
      the best of --repeat runs, timed with the process's CPU time. German is measured twice for composed
      notes: as the shop writes ("Sie") and with `[formality] de = "du"` (row "de-du").

    .venv/bin/python tests/bench/bench_lint.py [--notes 5000] [--runs 3] [--repeat 3] [--composed-only]
        [--save FILE | --load FILE]

--composed-only skips the cold runs and the dev notes and prints only the composed notes/s. --save writes the
composed notes with their orders to FILE (pickle) and stops; --load lints the notes of FILE instead of composing
(and implies --composed-only). To compare two versions of the lint on the same notes, save them once and run
this script with each version first on PYTHONPATH, alternately:

    PYTHONPATH=. python tests/bench/bench_lint.py --save /tmp/notes.pickle
    PYTHONPATH=../other-worktree python tests/bench/bench_lint.py --load /tmp/notes.pickle

or let the script alternate them pass by pass, which a loaded machine disturbs less: --against FOLDER starts
one process with this tree's lint and one with FOLDER's, each holding the notes of --load FILE, and has them
lint each language's notes in turn, --repeat passes each (after one pass to warm up); it prints the best
notes/s of each and the ratio of their times a note. (--serve is the worker's side: it lints the notes of the
label read from each line of its input and prints the CPU seconds.)

    PYTHONPATH=. python tests/bench/bench_lint.py --load /tmp/notes.pickle --against ../base --repeat 9
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from notegen.lint import Linter
from notegen.model import LANGS, Order
from notegen.read.validate import order_from_mapping

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT.parent / "shared" / "lint-corpus" / "dev.jsonl"
BIN = Path(sys.executable).parent
CONFIGS = {
    "de": ROOT / "samples" / "de-wollwerk" / "notegen.toml",
    "fr": ROOT / "samples" / "fr-atelier" / "notegen.toml",
    "en": ROOT / "samples" / "en-harbour-trust" / "notegen.toml",
}
NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
Entry = tuple[str, Order | None, str | None]


def _cases() -> list[dict[str, object]]:
    return [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()]


def _command() -> list[str]:
    script = BIN / "notegen"
    return [str(script)] if script.exists() else [sys.executable, "-m", "notegen"]


def cold(lang: str, runs: int) -> float:
    """Median wall time of a fresh `notegen lint` process on one note of `lang` with its order."""
    case = next(c for c in _cases() if c["expect"] == "accept" and c["order"]["locale"] == lang)  # type: ignore[index]
    with tempfile.TemporaryDirectory() as folder:
        note, order = Path(folder) / "note.txt", Path(folder) / "order.json"
        note.write_text(str(case["text"]), encoding="utf-8")
        order.write_text(json.dumps(case["order"], ensure_ascii=False), encoding="utf-8")
        command = [*_command(), "lint", str(note), "--order", str(order)]
        subprocess.run(command, capture_output=True, check=False)  # builds the lookup cache on a fresh machine
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            done = subprocess.run(command, capture_output=True, check=False)
            times.append(time.perf_counter() - start)
            if done.returncode not in (0, 1):
                raise SystemExit(f"notegen lint failed: {done.stderr.decode()}")
    return statistics.median(times)


def _throughput(entries: list[Entry], repeat: int) -> float:
    linter = Linter()
    linter.check_batch(entries[:200])
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        linter.check_batch(entries)
        best = min(best, time.process_time() - start)
    return len(entries) / best


def dev_notes(lang: str, count: int) -> list[Entry]:
    """The dev notes of `lang` with their orders, repeated up to `count`."""
    chosen: list[Entry] = [
        (str(c["text"]), order_from_mapping(c["order"], "dev"), None)  # type: ignore[arg-type]
        for c in _cases()
        if c["order"]["locale"] == lang  # type: ignore[index]
    ]
    return [chosen[i % len(chosen)] for i in range(count)]


def composed_notes(lang: str, count: int, register: str | None = None) -> list[Entry] | None:
    """Notes composed for `count` generated orders of `lang` (German in `register`, "sie" or "du", if given),
    or None when the composer is not there."""
    sys.path.insert(0, str(ROOT / "tests"))
    try:
        from factory import make_orders

        from notegen.compose.composer import compose
        from notegen.config import load_config
    except ImportError:
        return None
    config = load_config(CONFIGS[lang])
    if register is not None:
        config = replace(config, formality=replace(config.formality, de=register))
    orders = make_orders(count, lang)
    return [(note.text, order, note.lang) for order in orders for note in [compose(order, config, NOW, secret="s")]]


def main(argv: list[str]) -> int:
    """Print the cold and warm figures per language."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--composed-only", action="store_true")
    parser.add_argument("--save", type=Path)
    parser.add_argument("--load", type=Path)
    parser.add_argument("--against", type=Path)
    parser.add_argument("--serve", action="store_true")
    options = parser.parse_args(argv)
    rows: list[tuple[str, str, str | None]] = [(lang, lang, None) for lang in LANGS] + [("de-du", "de", "du")]
    if options.serve:
        return _serve(pickle.loads(options.load.read_bytes()))
    if options.against:
        return _alternate(options.load, options.against, [label for label, _, _ in rows], options.repeat)
    if options.save:
        notes = {label: composed_notes(lang, options.notes // 5, register) for label, lang, register in rows}
        options.save.write_bytes(pickle.dumps(notes))
        return 0
    loaded: dict[str, list[Entry]] = pickle.loads(options.load.read_bytes()) if options.load else {}
    print(f"{'lang':5}  {'cold (s)':>9}  {'dev notes/s':>11}  {'composed notes/s':>16}")
    for label, lang, register in rows:
        seconds = dev = "-"
        if not options.composed_only and not options.load and register is None:
            seconds = f"{cold(lang, options.runs):.2f}"
            dev = f"{_throughput(dev_notes(lang, options.notes), options.repeat):.0f}"
        composed = loaded[label] if options.load else composed_notes(lang, options.notes // 5, register)
        shown = f"{_throughput(composed, options.repeat):.0f}" if composed else "(no composer)"
        print(f"{label:5}  {seconds:>9}  {dev:>11}  {shown:>16}", flush=True)
    return 0


def _serve(notes: dict[str, list[Entry]]) -> int:
    """The worker of --against: for each label read, the CPU seconds of one pass over its notes."""
    linter = Linter()
    for line in sys.stdin:
        entries = notes[line.strip()]
        start = time.process_time()
        linter.check_batch(entries)
        print(time.process_time() - start, flush=True)
    return 0


def _alternate(notes: Path, other: Path, labels: list[str], repeat: int) -> int:
    """Lint the saved notes with this tree's lint and `other`'s, pass by pass in turn; print the best of each."""
    command = [sys.executable, __file__, "--serve", "--load", str(notes)]
    trees = {"other": other.resolve(), "this": ROOT}
    workers = {
        name: subprocess.Popen(
            command,
            env={**os.environ, "PYTHONPATH": str(tree)},
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for name, tree in trees.items()
    }
    count = {label: len(entries) for label, entries in pickle.loads(notes.read_bytes()).items()}

    def one_pass(name: str, label: str) -> float:
        worker = workers[name]
        assert worker.stdin is not None and worker.stdout is not None
        worker.stdin.write(label + "\n")
        worker.stdin.flush()
        return float(worker.stdout.readline())

    print(f"{'lang':5}  {'other notes/s':>13}  {'this notes/s':>12}  {'time ×':>6}")
    for label in labels:
        best = {name: float("inf") for name in workers}
        for turn in range(repeat + 1):
            for name in ("other", "this") if turn % 2 else ("this", "other"):
                seconds = one_pass(name, label)
                best[name] = min(best[name], seconds) if turn else best[name]  # the first pass warms up
        rates = {name: count[label] / seconds for name, seconds in best.items()}
        print(
            f"{label:5}  {rates['other']:13.0f}  {rates['this']:12.0f}  {best['this'] / best['other']:6.2f}", flush=True
        )
    for worker in workers.values():
        assert worker.stdin is not None
        worker.stdin.close()
        worker.wait()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
