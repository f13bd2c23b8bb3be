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

from tests.blind.rounds import round_tests

# Grammalecte's readings of round 6's names that a French reader would not mark, each judged by hand: rule kind,
# flagged word, and the words of the paragraph it was flagged in (none so far).
ROUND6_FALSE_ALARMS: tuple[tuple[str, str, str], ...] = ()

globals().update(round_tests("round6", ("", "round2", "round3", "round4", "round5"), ROUND6_FALSE_ALARMS))
