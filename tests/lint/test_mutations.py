"""Recall of item agreement errors, measured with an oracle the code does not contain.

The correct notes and their mutations are built by `tests.lint.mutations` from the held-out item oracles. Every
correct note must pass without a SIN2xx error, and every mutation must get SIN206, unless the note is listed with
its cause in tests/data/lint/mutation_misses.txt (strict: a listed note that comes out right fails too).
`python -m tests.lint.test_mutations` prints the recall per language and mutation kind.
"""

from __future__ import annotations

import sys
from collections import Counter
from functools import cache
from pathlib import Path

import pytest

from notegen.lint import Linter
from notegen.read.validate import order_from_mapping
from tests.lint.mutations import Note, notes

MISSES = Path(__file__).resolve().parents[1] / "data" / "lint" / "mutation_misses.txt"
LANGS = ("de", "fr", "en")


@cache
def verdicts(lang: str) -> tuple[tuple[Note, frozenset[str], tuple[str, ...]], ...]:
    """Each note of `lang` with the SIN2xx error codes the lint gives it (linted with its order) and what
    they say."""
    linter = Linter()
    found = []
    for number, note in enumerate(notes(lang)):
        order = order_from_mapping(note.order(number), f"M-{number}")
        findings = [f for f in linter.check(note.text, order, lang).findings if f.severity == "error"]
        errors = [f for f in findings if f.code.startswith("SIN2")]
        said = tuple(f"{f.code} {f.text!r}: {f.message_en}" for f in errors)
        found.append((note, frozenset(f.code for f in errors), said))
    return tuple(found)


def listed_misses() -> dict[str, str]:
    """The misses allowed, by their label (`Note.label`, after the language), each with its cause."""
    found = {}
    for line in MISSES.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            label, _, cause = line.partition("  # ")
            found[label.strip()] = cause
    return found


@pytest.mark.parametrize("lang", LANGS)
def test_the_correct_notes_pass(lang: str) -> None:
    """No correct note built from the oracle's phrases gets a SIN2xx error, but the false alarms listed with
    their cause (strict: a listed one that passes fails too)."""
    listed = listed_misses()
    alarms, passing = [], []
    for note, codes, said in verdicts(lang):
        key = f"{lang} {note.label}"
        if note.kind == "correct" and codes and key not in listed:
            alarms.append(f"{key}: {said}")
        elif note.kind == "correct" and not codes and key in listed:
            passing.append(key)
    assert not alarms, "\n".join(alarms)
    assert not passing, "accepted now, take out of mutation_misses.txt:\n" + "\n".join(passing)


@pytest.mark.parametrize("lang", LANGS)
def test_the_mutations_are_caught(lang: str) -> None:
    """Every mutation gets SIN206, except the misses listed with their cause; a listed miss that is caught
    fails as well (take its line out)."""
    listed = listed_misses()
    missed, caught_listed = [], []
    for note, codes, _ in verdicts(lang):
        if note.kind == "correct":
            continue
        key = f"{lang} {note.label}"
        if "SIN206" not in codes and key not in listed:
            missed.append(key)
        elif "SIN206" in codes and key in listed:
            caught_listed.append(key)
    assert not missed, "missed:\n" + "\n".join(missed)
    assert not caught_listed, "caught now, take out of mutation_misses.txt:\n" + "\n".join(caught_listed)


def test_every_listed_note_is_made() -> None:
    """Each line of the list of misses names a note the builder makes: a line left behind when a mutation is no
    longer made (it turned out to be a right form) fails, so that the list says what the lint misses now."""
    made = {f"{lang} {note.label}" for lang in LANGS for note, _, _ in verdicts(lang)}
    assert not listed_misses().keys() - made, "\n".join(sorted(listed_misses().keys() - made))


def test_every_kind_of_mutation_is_made() -> None:
    """Each language has correct notes and every kind of its mutations, so that a broken builder cannot pass."""
    kinds = {lang: Counter(note.kind for note, _, _ in verdicts(lang)) for lang in LANGS}
    assert kinds["de"].keys() >= {"correct", "de-gender", "de-case-after-mit", "de-article-number"}
    assert kinds["fr"].keys() >= {"correct", "fr-gender", "fr-les-singular", "fr-elision-dropped", "fr-plural-head"}
    assert kinds["en"].keys() >= {"correct", "en-a-an", "en-size-s", "en-the-the", "en-plural-a"}
    assert all(count >= 20 for lang in LANGS for kind, count in kinds[lang].items() if kind != "de-adjective-number")


def main() -> None:
    """Print recall per language and mutation kind, the false alarms, and (with -v) each miss."""
    for lang in LANGS:
        total: Counter[str] = Counter()
        hits: Counter[str] = Counter()
        for note, codes, said in verdicts(lang):
            total[note.kind] += 1
            if note.kind == "correct":
                hits[note.kind] += bool(codes)
                if codes:
                    print(f"  false alarm: {note.label}: {said}")
            else:
                hits[note.kind] += "SIN206" in codes
                if "SIN206" not in codes and "-v" in sys.argv:
                    print(f"  miss: {lang} {note.label}")
        for kind in sorted(total):
            share = hits[kind] / total[kind]
            what = "false alarms" if kind == "correct" else "recall"
            print(f"{lang} {kind:22} {hits[kind]:4}/{total[kind]:<4} {what} {share:.2f}")


if __name__ == "__main__":
    main()
