"""Held-out cases for item naming (#12) and the lint (#15), written without looking at the code's tables.

Items: 80 product names per language (tests/data/blind/*_items.tsv) with the phrase a native writer uses for one
and for three, checked by hand; each is named through the library, composed by the sample shops once and three
times, with and without its variant, and every mention in the subject and the text is judged by the tests' own
grammar (tests/blind/grammar.py); French paragraphs go through Grammalecte and every note through
`notegen lint --order`. Lint: 30 bad and 30 good notes per language (tests/data/blind/lint_*.jsonl) with the
codes the lint must find."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from notegen.language.english import indefinite
from tests.blind.grammar import DATA, Row, judge, rows
from tests.blind.lint_cases import judge_the_text_alone, judge_with_the_order, lint_cases, rejected_composed_notes
from tests.blind.naming import assert_named, naming_cases
from tests.blind.notes import composed, french_paragraphs
from tests.language.french_grammar import grammar_errors, needs_grammalecte

ROOT = Path(__file__).resolve().parents[2]
# Grammalecte's readings that a French reader would not mark, each judged by hand: a colour after a complement
# ("housses de couette en percale blanches", "tipis pour enfant écrus") agrees with the head noun, which
# Grammalecte takes for the complement's noun; a quoted product name keeps its number ("articles « Économe »");
# a noun in apposition naming a register stays as written ("les ukulélés soprano", like "les stations météo");
# an adjective after a noun in apposition is that noun's ("les bodies manches longues": the sleeves are long).
FALSE_ALARMS = {
    ("gn_les_2m", "soprano"),
    ("gn_det_les_3m", "longues"),
    ("gn_pfx_en_2m", "blanches"),
    ("gn_pfx_en_2m", "percale"),
    ("gn_pfx_à_par_pour_sans_2m", "écrus"),
    ("gn_pfx_à_par_pour_sans_2m", "enfant"),
    ("gn_les_2m", "Économe"),
    ("gn_det_epi_plur_2m", "Économe"),
}


@pytest.mark.parametrize(("row", "quantity", "variant"), naming_cases())
def test_the_library_names_the_item_as_a_native_writer_does(row: Row, quantity: int, variant: str) -> None:
    assert_named(row, quantity, variant)


@pytest.mark.parametrize("row", [pytest.param(row, id=row.name) for row in rows("en")])
def test_english_indefinite_article(row: Row) -> None:
    assert indefinite(row.name) == row.article


def _rows_of(lang: str) -> list[Any]:
    return [pytest.param(row, id=f"{lang}-{row.name}") for row in rows(lang)]


@pytest.mark.parametrize("row", _rows_of("de") + _rows_of("fr") + _rows_of("en"))
def test_every_mention_in_the_composed_notes_is_right(row: Row) -> None:
    wrong = []
    for entry in composed(row.lang):
        for line, quantity, variant in entry.lines():
            if line != row:
                continue
            for part, text in (("subject", entry.note.subject), ("text", entry.note.text)):
                for mention in judge(row, quantity, variant, text):
                    if mention.why == "the item is not named as expected" and (part == "subject" or entry.also):
                        continue  # a subject line, or a note for several items, need not name each one
                    if not mention.ok:
                        wrong.append((quantity, variant, part, mention.why, mention.text))
    assert not wrong


@needs_grammalecte
def test_every_french_paragraph_passes_grammalecte() -> None:
    paragraphs = french_paragraphs("")
    errors = [
        (rule, flagged, paragraph)
        for paragraph, rule, flagged, _ in grammar_errors(paragraphs)
        if (rule.split("__")[1], flagged) not in FALSE_ALARMS
    ]
    assert not errors


@pytest.mark.parametrize("lang", ["de", "fr", "en"])
def test_notegen_lint_accepts_every_composed_note(lang: str, tmp_path: Path) -> None:
    assert not rejected_composed_notes(lang, "", tmp_path)


def test_the_name_lists_are_complete() -> None:
    for lang in ("de", "fr", "en"):
        names = [row.name for row in rows(lang)]
        assert len(names) == 80 and len(set(names)) == 80, lang
    assert DATA.is_dir()


def _lint_cases() -> list[Any]:
    return lint_cases("")


@pytest.mark.parametrize("case", _lint_cases())
def test_notegen_lint_judges_the_held_out_note(case: dict[str, Any], tmp_path: Path) -> None:
    judge_with_the_order(case, tmp_path)


def test_the_lint_case_lists_are_complete() -> None:
    for lang in ("de", "fr", "en"):
        cases = [json.loads(line) for line in (DATA / f"lint_{lang}.jsonl").read_text(encoding="utf-8").splitlines()]
        assert sum(1 for case in cases if case["codes"]) == 30, lang
        assert sum(1 for case in cases if not case["codes"]) >= 30, lang
        assert len({case["id"] for case in cases}) == len(cases), lang


@pytest.mark.parametrize("case", _lint_cases())
def test_without_the_order_the_lint_judges_what_the_text_alone_shows(case: dict[str, Any], tmp_path: Path) -> None:
    judge_the_text_alone(case, tmp_path)
