"""The checks every held-out round from the third on runs, made once for each round's folder: the library's
phrase for each name, the English article, every mention in the notes the sample shops compose once and three
times with and without the variant, Grammalecte on every French paragraph, `notegen lint --order` on every
composed note, the lint's verdict on each held-out note with and without its order, and that the round's lists
are complete and new. A round's module takes them with `globals().update(round_tests(...))`, so that each test is
named for its round (`test_round4_…`) and tests/data/blind/known_gaps.txt can name its cases."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
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

LANGS = ("de", "fr", "en")
NAMES = 40
"""Product names per language in a round."""
NOTES = 10
"""Bad and good lint notes per language in a round, each."""


def round_tests(
    folder: str, earlier: Sequence[str], false_alarms: Sequence[tuple[str, str, str]]
) -> dict[str, Callable[..., None]]:
    """The test functions of the round in `folder` (tests/data/blind/FOLDER), by their names in the round's
    module; `earlier` the folders of the rounds before it ("" is the first), whose names it must not repeat;
    `false_alarms` Grammalecte's readings of its names judged false by hand (rule kind, flagged word, words of
    the paragraph)."""

    @pytest.mark.parametrize(("row", "quantity", "variant"), naming_cases(folder))
    def the_library_names_the_item_as_a_native_writer_does(row: Row, quantity: int, variant: str) -> None:
        assert_named(row, quantity, variant)

    @pytest.mark.parametrize("row", [pytest.param(row, id=row.name) for row in rows("en", folder)])
    def english_indefinite_article(row: Row) -> None:
        assert indefinite(row.name) == row.article

    @pytest.mark.parametrize(
        "row", [pytest.param(row, id=f"{lang}-{row.name}") for lang in LANGS for row in rows(lang, folder)]
    )
    def every_mention_in_the_composed_notes_is_right(row: Row) -> None:
        wrong = []
        for entry in composed(row.lang, folder):
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
    def every_french_paragraph_passes_grammalecte() -> None:
        errors = [
            (rule, flagged, paragraph)
            for paragraph, rule, flagged, _ in grammar_errors(french_paragraphs(folder))
            if not false_alarm(
                rule, flagged, paragraph.replace("\u202f", " ").replace("\u00a0", " "), FALSE_ALARMS, false_alarms
            )
        ]
        assert not errors

    @pytest.mark.parametrize("lang", LANGS)
    def notegen_lint_accepts_every_composed_note(lang: str, tmp_path: Path) -> None:
        assert not rejected_composed_notes(lang, folder, tmp_path)

    def the_name_lists_are_complete_and_new() -> None:
        for lang in LANGS:
            names = [row.name for row in rows(lang, folder)]
            assert len(names) == NAMES and len(set(names)) == NAMES, lang
            before = {row.name for other in earlier for row in rows(lang, other)}
            assert not set(names) & before, lang  # none of the earlier rounds' names

    @pytest.mark.parametrize("case", lint_cases(folder))
    def notegen_lint_judges_the_held_out_note(case: dict[str, Any], tmp_path: Path) -> None:
        judge_with_the_order(case, tmp_path)

    def the_lint_case_lists_are_complete() -> None:
        for lang in LANGS:
            lines = (DATA / folder / f"lint_{lang}.jsonl").read_text(encoding="utf-8").splitlines()
            cases = [json.loads(line) for line in lines]
            assert sum(1 for case in cases if case["codes"]) == NOTES, lang
            assert sum(1 for case in cases if not case["codes"]) == NOTES, lang
            assert len({case["id"] for case in cases}) == len(cases), lang
            assert all(case["lang"] == lang for case in cases), lang

    @pytest.mark.parametrize("case", lint_cases(folder))
    def without_the_order_the_lint_judges_what_the_text_alone_shows(case: dict[str, Any], tmp_path: Path) -> None:
        judge_the_text_alone(case, tmp_path)

    tests = [
        the_library_names_the_item_as_a_native_writer_does,
        english_indefinite_article,
        every_mention_in_the_composed_notes_is_right,
        every_french_paragraph_passes_grammalecte,
        notegen_lint_accepts_every_composed_note,
        the_name_lists_are_complete_and_new,
        notegen_lint_judges_the_held_out_note,
        the_lint_case_lists_are_complete,
        without_the_order_the_lint_judges_what_the_text_alone_shows,
    ]
    return {f"test_{folder}_{test.__name__}": test for test in tests}
