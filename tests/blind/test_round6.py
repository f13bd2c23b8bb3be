"""Held-out cases, sixth round, for item naming (#12) and the lint (#15): new names and notes from trades rounds 1
to 5 lean on little (bookshop, organic grocery, zero-waste shop, wool and haberdashery, garden centre, pet food,
cosmetics, jewellery, homeware, cycling clothing, running shoes, ski gear, diving, climbing, instruments, paper,
electronics, tools, games and puzzles), written without looking at the code's tables.

Items: 40 product names per language (tests/data/blind/round6/*_items.tsv), run through the same checks as rounds
1 to 5 (tests/blind/naming.py, notes.py, lint_cases.py): the library's phrase, every mention in the notes the
sample shops compose once and three times with and without the variant, Grammalecte on every French paragraph,
and `notegen lint --order` on every composed note. Lint: 10 bad and 10 good notes per language
(tests/data/blind/round6/lint_*.jsonl)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from notegen.language.english import indefinite
from tests.blind import test_round2 as round2
from tests.blind.grammar import DATA, Row, judge, rows
from tests.blind.lint_cases import judge_the_text_alone, judge_with_the_order, lint_cases, rejected_composed_notes
from tests.blind.naming import assert_named, false_alarm, naming_cases
from tests.blind.notes import composed, french_paragraphs
from tests.blind.test_blind import FALSE_ALARMS
from tests.language.french_grammar import grammar_errors, needs_grammalecte

ROUND = "round6"
LANGS = ("de", "fr", "en")
# Grammalecte's readings of round 6's names that a French reader would not mark, each judged by hand: rule kind,
# flagged word, and the words of the paragraph it was flagged in (none so far).
ROUND6_FALSE_ALARMS: tuple[tuple[str, str, str], ...] = ()


def _false_alarm(rule: str, flagged: str, paragraph: str) -> bool:
    return false_alarm(rule, flagged, paragraph, FALSE_ALARMS, ROUND6_FALSE_ALARMS)


@pytest.mark.parametrize(("row", "quantity", "variant"), naming_cases(ROUND))
def test_round6_the_library_names_the_item_as_a_native_writer_does(row: Row, quantity: int, variant: str) -> None:
    assert_named(row, quantity, variant)


@pytest.mark.parametrize("row", [pytest.param(row, id=row.name) for row in rows("en", ROUND)])
def test_round6_english_indefinite_article(row: Row) -> None:
    assert indefinite(row.name) == row.article


def _rows_of(lang: str) -> list[Any]:
    return [pytest.param(row, id=f"{lang}-{row.name}") for row in rows(lang, ROUND)]


@pytest.mark.parametrize("row", _rows_of("de") + _rows_of("fr") + _rows_of("en"))
def test_round6_every_mention_in_the_composed_notes_is_right(row: Row) -> None:
    wrong = []
    for entry in composed(row.lang, ROUND):
        for line, quantity, variant in entry.lines():
            if line != row:
                continue
            for part, text in (("subject", entry.note.subject), ("text", entry.note.text)):
                for mention in judge(row, quantity, variant, round2._whole_name_quoted(row, text)):
                    if mention.why == round2.NOT_NAMED and (part == "subject" or entry.also):
                        continue  # a subject line, or a note for several items, need not name each one
                    if not mention.ok:
                        wrong.append((quantity, variant, part, mention.why, mention.text))
    assert not wrong


@needs_grammalecte
def test_round6_every_french_paragraph_passes_grammalecte() -> None:
    paragraphs = french_paragraphs(ROUND)
    errors = [
        (rule, flagged, paragraph)
        for paragraph, rule, flagged, _ in grammar_errors(paragraphs)
        if not _false_alarm(rule, flagged, paragraph.replace("\u202f", " ").replace("\u00a0", " "))
    ]
    assert not errors


@pytest.mark.parametrize("lang", LANGS)
def test_round6_notegen_lint_accepts_every_composed_note(lang: str, tmp_path: Path) -> None:
    assert not rejected_composed_notes(lang, ROUND, tmp_path)


def test_round6_the_name_lists_are_complete_and_new() -> None:
    for lang in LANGS:
        names = [row.name for row in rows(lang, ROUND)]
        assert len(names) == 40 and len(set(names)) == 40, lang
        folders = ("", "round2", "round3", "round4", "round5")
        earlier = {row.name for folder in folders for row in rows(lang, folder)}
        assert not set(names) & earlier, lang  # none of rounds 1 to 5's names


def _lint_cases() -> list[Any]:
    return lint_cases(ROUND)


@pytest.mark.parametrize("case", _lint_cases())
def test_round6_notegen_lint_judges_the_held_out_note(case: dict[str, Any], tmp_path: Path) -> None:
    judge_with_the_order(case, tmp_path)


def test_round6_the_lint_case_lists_are_complete() -> None:
    for lang in LANGS:
        lines = (DATA / ROUND / f"lint_{lang}.jsonl").read_text(encoding="utf-8").splitlines()
        cases = [json.loads(line) for line in lines]
        assert sum(1 for case in cases if case["codes"]) == 10, lang
        assert sum(1 for case in cases if not case["codes"]) == 10, lang
        assert len({case["id"] for case in cases}) == len(cases), lang
        assert all(case["lang"] == lang for case in cases), lang


@pytest.mark.parametrize("case", _lint_cases())
def test_round6_without_the_order_the_lint_judges_what_the_text_alone_shows(
    case: dict[str, Any], tmp_path: Path
) -> None:
    judge_the_text_alone(case, tmp_path)
