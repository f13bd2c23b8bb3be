"""Held-out cases, nineteenth round, for item naming (#12) and the lint (#15): new names and notes from trades rounds
1 to 18 lean on little (caving, snowboarding, figure skating, pétanque, judo and karate, sourdough baking, tofu
making, worm composting and bokashi, rainwater collection, block paving and garden edging, airbrushing, fly and
coarse fishing, guitar making, vinegar making, alpine cowbells, garden ornaments, the tea ceremony), written without
looking at the code's tables.

Items: 40 product names per language (tests/data/blind/round19/*_items.tsv), run through the same checks as rounds
1 to 18 (tests/blind/naming.py, notes.py, lint_cases.py): the library's phrase, the English indefinite article,
every mention in the notes the sample shops compose once and three times with and without the variant, Grammalecte
on every French paragraph, and `notegen lint --order` on every composed note. Lint: 10 bad and 10 good notes per
language (tests/data/blind/round19/lint_*.jsonl)."""

from __future__ import annotations

from tests.blind.rounds import round_tests

# Grammalecte's readings of round 19's names that a French reader would not mark, each judged by hand: rule kind,
# flagged word, and the words of the paragraph it was flagged in.
# « Réutilisables » agrees with « pochoirs », the head, past its complement « pour aérographe » (a stencil is
# reusable, not the airbrush): the plural adjective is right, and « aérographe » stays singular after « pour ».
ROUND19_FALSE_ALARMS: tuple[tuple[str, str, str], ...] = (
    ("gn_pfx_à_par_pour_sans_2m", "réutilisables", "pochoirs pour aérographe réutilisables"),
    ("gn_pfx_à_par_pour_sans_2m", "aérographe", "pochoirs pour aérographe réutilisables"),
)

EARLIER = (
    "", "round2", "round3", "round4", "round5", "round6", "round7", "round8", "round9", "round10", "round11", "round12",
    "round13", "round14", "round15", "round16", "round17", "round18",
)  # fmt: skip

globals().update(round_tests("round19", EARLIER, ROUND19_FALSE_ALARMS))
