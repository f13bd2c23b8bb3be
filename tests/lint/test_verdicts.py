"""Verdicts stay put: 1,000 composed notes per language (and German in "du") plus the labelled dev corpus,
linted as batches, must give exactly the findings and scores recorded in tests/golden/lint/verdicts-*.jsonl.

The lint's fast paths (paragraphs tokenized once per batch, words read once per vocabulary) must never change
a verdict; these files were recorded with the plain path. A change of the composer's wording changes the
notes, so after one rewrite them with NOTEGEN_UPDATE_GOLDEN=1 and read the differences.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import replace
from datetime import UTC, datetime
from functools import cache

import pytest

from notegen.language.pipeline import pipeline
from notegen.lint import Linter, LintResult
from notegen.lint.engine import setup
from notegen.model import Order
from notegen.read.validate import order_from_mapping
from tests.golden_files import assert_golden

from .conftest import DEV_CORPUS, ROOT

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
COUNT = 1000
CONFIGS = {
    "de": ("de", "samples/de-wollwerk/notegen.toml", None),
    "de-du": ("de", "samples/de-wollwerk/notegen.toml", "du"),
    "fr": ("fr", "samples/fr-atelier/notegen.toml", None),
    "en": ("en", "samples/en-harbour-trust/notegen.toml", None),
}
Entry = tuple[str, Order | None, str | None]


@cache
def composed(name: str) -> tuple[list[str], list[Entry]]:
    """(labels, entries) of COUNT notes composed for generated orders of configuration `name`."""
    sys.path.insert(0, str(ROOT / "tests"))
    from factory import make_orders

    from notegen.compose.composer import compose
    from notegen.config import load_config

    lang, path, register = CONFIGS[name]
    config = load_config(ROOT / path)
    if register is not None:
        config = replace(config, formality=replace(config.formality, de=register))
    entries: list[Entry] = []
    for order in make_orders(COUNT, lang, 3):
        note = compose(order, config, NOW, fit="email", secret="x")
        entries.append((note.text, order, note.lang))
    return [order.order_id for _, order, _ in entries if order is not None], entries


def _lines(labels: list[str], results: list[LintResult]) -> str:
    lines = []
    for label, result in zip(labels, results, strict=True):
        found = [[f.code, f.severity, f.start, f.end, f.text] for f in result.findings]
        record = {"note": label, "score": result.score, "parts": result.parts, "findings": found}
        lines.append(json.dumps(record, ensure_ascii=False, sort_keys=True))
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("name", sorted(CONFIGS))
def test_composed_notes_keep_their_verdicts(name: str) -> None:
    labels, entries = composed(name)
    assert len(entries) == COUNT
    results = Linter().check_batch(entries)
    assert_golden(f"lint/verdicts-{name}.jsonl", _lines(labels, results))
    # each note against the next note's order: wrong names and items, other orders' items, lower scores
    crossed = [(text, entries[(i + 1) % COUNT][1], lang) for i, (text, _, lang) in enumerate(entries)]
    results = Linter().check_batch(crossed)
    assert sum(len(result.findings) for result in results) >= COUNT
    assert_golden(f"lint/verdicts-{name}-crossed.jsonl", _lines(labels, results))


def test_dev_corpus_keeps_its_verdicts() -> None:
    if not DEV_CORPUS.is_file():
        pytest.skip(f"the labelled corpus {DEV_CORPUS} is absent")
    cases = [json.loads(line) for line in DEV_CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
    entries: list[Entry] = [(c["text"], order_from_mapping(c["order"], c["id"]), None) for c in cases]
    labels = [c["id"] for c in cases]
    one_by_one = [Linter().check(*entry) for entry in entries]
    assert_golden("lint/verdicts-dev.jsonl", _lines(labels, one_by_one))
    # The corpus's own labels, written by hand: the verdict ("expect") and the codes its reason ("why") names,
    # note by note and as one batch.
    expected = {c["id"]: (c["expect"], set(re.findall(r"SIN\d{3}", c["why"]))) for c in cases}
    for results in (one_by_one, Linter().check_batch(entries)):
        found = {
            label: ("reject" if result.errors else "accept", {f.code for f in result.findings})
            for label, result in zip(labels, results, strict=True)
        }
        assert {label: verdict for label, (verdict, _) in found.items()} == {
            label: verdict for label, (verdict, _) in expected.items()
        }
        missed = {label: named - found[label][1] for label, (_, named) in expected.items() if named - found[label][1]}
        assert not missed, f"codes the labels name but the lint did not find: {missed}"


AWKWARD = [
    "",
    "\n",
    "Hallo Anna,\n\nder Schal ist unterwegs.\n\nKatrin",
    "  Hallo  \n \n\n  Anna \r\n\tz.B. 10 %\n(Mo.–Fr.)\n\xa0\nwollwerk.example/post,\n:)\n",
    "Grüße\nKatrin Vogel\nInhaberin, Wollwerk\n\nP.S. Wer mag…\n“Brise”\u2028Zeile\x0bEnde \n",
    "d’accord\nl’écharpe\nc'est-à-dire\nhttps://atelier.example/avis?x=1\n\n\n",
]


@pytest.mark.parametrize("name", sorted(CONFIGS))
def test_notes_read_line_by_line_as_a_whole(name: str) -> None:
    """A note put together from its lines has the tokens of the whole text as spaCy makes them, and the same
    phrase matches as the whole text's `Doc`."""
    lang = CONFIGS[name][0]
    nlp, ready = pipeline(lang), setup(lang)
    texts = [text for text, _, _ in composed(name)[1]] + AWKWARD
    if DEV_CORPUS.is_file():
        texts += [json.loads(line)["text"] for line in DEV_CORPUS.read_text(encoding="utf-8").splitlines() if line]
    for text in texts:
        whole = nlp(text)
        tokens = ready.reader.read(text)
        spaces = [" " if space else "" for space in tokens.spaces]
        assert "".join(word + space for word, space in zip(tokens.words, spaces, strict=True)) == text
        assert list(zip(tokens.words, tokens.starts, spaces, strict=True)) == [
            (t.text, t.idx, t.whitespace_) for t in whole
        ]
        assert tokens.ends == [t.idx + len(t) for t in whole]
        assert tokens.columns.norms == [t.norm_ for t in whole]  # normal forms, as the pipeline sets them
        assert sorted(tokens.phrases) == sorted(ready.matchers.phrase_matches(whole))
