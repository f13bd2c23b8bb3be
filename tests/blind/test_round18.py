"""Held-out cases, eighteenth round, for item naming (#12) and the lint (#15): new names and notes from trades rounds
1 to 17 lean on little (model rocketry, drywall and plastering, gilding, brass instruments, mountaineering and
winter walking, firewood and chimney sweeping, drip irrigation, baseball, sledging, fire safety, home security,
pizza ovens, sushi making, cheese making, macramé, pyrography, enamelling and silversmithing, parasols, dolls'
houses, fur fabric, paragliding, typewriters, shoe repair, pipes and cigars, scouting, flagpoles, dried flowers),
written without looking at the code's tables.

Items: 40 product names per language (tests/data/blind/round18/*_items.tsv), run through the same checks as rounds
1 to 17 (tests/blind/naming.py, notes.py, lint_cases.py): the library's phrase, the English indefinite article,
every mention in the notes the sample shops compose once and three times with and without the variant, Grammalecte
on every French paragraph, and `notegen lint --order` on every composed note. Lint: 10 bad and 10 good notes per
language (tests/data/blind/round18/lint_*.jsonl)."""

from __future__ import annotations

from tests.blind.rounds import round_tests

# Grammalecte's readings of round 18's names that a French reader would not mark, each judged by hand: rule kind,
# flagged word, and the words of the paragraph it was flagged in.
# « Lyre à caillé » is the cheesemaker's name of the tool that cuts the curd: « caillé » is a noun there (le caillé,
# Le Robert), not a past participle after a mistaken « à » for « a », in the singular as in the plural (« les trois
# lyres à caillé »).
ROUND18_FALSE_ALARMS: tuple[tuple[str, str, str], ...] = (
    ("conf_a_à_verbe", "à", "lyre à caillé"),
    ("conf_a_à_verbe", "caillé", "lyre à caillé"),
    ("conf_a_à_verbe", "à", "lyres à caillé"),
    ("conf_a_à_verbe", "caillé", "lyres à caillé"),
)

EARLIER = (
    "", "round2", "round3", "round4", "round5", "round6", "round7", "round8", "round9", "round10", "round11", "round12",
    "round13", "round14", "round15", "round16", "round17",
)  # fmt: skip

globals().update(round_tests("round18", EARLIER, ROUND18_FALSE_ALARMS))
