"""Held-out cases, tenth round, for item naming (#12) and the lint (#15): new names and notes from trades rounds 1
to 8 lean on little (beekeeping, fishing, pottery and ceramics supplies, camping and caravanning, home brewing,
electronics and cables, tools and hardware, cosmetics, hats and gloves, wine accessories, bakery supplies, herbs and
spices, clocks and frames, dance and ballet, gardening tools, toys), written without looking at the code's tables.

Items: 40 product names per language (tests/data/blind/round10/*_items.tsv), run through the same checks as rounds
1 to 8 (tests/blind/naming.py, notes.py, lint_cases.py): the library's phrase, every mention in the notes the
sample shops compose once and three times with and without the variant, Grammalecte on every French paragraph,
and `notegen lint --order` on every composed note. Lint: 10 bad and 10 good notes per language
(tests/data/blind/round10/lint_*.jsonl)."""

from __future__ import annotations

from tests.blind.rounds import round_tests

# Grammalecte's readings of round 10's names that a French reader would not mark, each judged by hand: rule kind,
# flagged word, and the words of the paragraph it was flagged in.
ROUND10_FALSE_ALARMS: tuple[tuple[str, str, str], ...] = ()

globals().update(
    round_tests(
        "round10",
        ("", "round2", "round3", "round4", "round5", "round6", "round7", "round8", "round9"),
        ROUND10_FALSE_ALARMS,
    )
)
