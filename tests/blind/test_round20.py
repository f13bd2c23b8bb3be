"""Held-out cases, twentieth round, for item naming (#12) and the lint (#15): new names and notes from trades rounds
1 to 19 lean on little (sewing machines, roofing, dental practice supplies, tractors and farm parts, the darkroom,
bobbin lace, olive oil, chocolate making, mushroom growing, candle making, boat rigging, bridal wear and basic
clothing sold with shop variants), written without looking at the code's tables.

Items: 30 product names per language (tests/data/blind/round20/*_items.tsv), run through the same checks as rounds
1 to 19 (tests/blind/naming.py, notes.py, lint_cases.py): the library's phrase, the English indefinite article,
every mention in the notes the sample shops compose once and three times with and without the variant, Grammalecte
on every French paragraph, and `notegen lint --order` on every composed note. Lint: 10 bad and 10 good notes per
language (tests/data/blind/round20/lint_*.jsonl)."""

from __future__ import annotations

from tests.blind.rounds import round_tests

# Grammalecte's readings of round 20's names that a French reader would not mark, each judged by hand: rule kind,
# flagged word, and the words of the paragraph it was flagged in.
ROUND20_FALSE_ALARMS: tuple[tuple[str, str, str], ...] = ()

EARLIER = (
    "", "round2", "round3", "round4", "round5", "round6", "round7", "round8", "round9", "round10", "round11", "round12",
    "round13", "round14", "round15", "round16", "round17", "round18", "round19",
)  # fmt: skip

globals().update(round_tests("round20", EARLIER, ROUND20_FALSE_ALARMS))
