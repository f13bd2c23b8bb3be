"""Held-out cases, fourteenth round, for item naming (#12) and the lint (#15): new names and notes from trades rounds 1
to 13 lean on little (model railways, calligraphy, soap making, leatherwork, scuba diving, roller skating and
skateboarding, cross-country skiing, ice hockey, magic tricks, home brewing, coffee roasting, Asian groceries, pest
control, work clothing, scaffolding, tiles and grout, wallpaper by the roll, flooring by the pack, locks and safes,
solar panels, lighting, cables by the metre, network gear, 3D printing filament, drones, telescopes and microscopes,
maps, hearing aids, aids for care at home, magnets, flagpoles, glazing), written without looking at the code's
tables.

Items: 40 product names per language (tests/data/blind/round14/*_items.tsv), run through the same checks as rounds
1 to 13 (tests/blind/naming.py, notes.py, lint_cases.py): the library's phrase, the English indefinite article,
every mention in the notes the sample shops compose once and three times with and without the variant, Grammalecte
on every French paragraph, and `notegen lint --order` on every composed note. Lint: 10 bad and 10 good notes per
language (tests/data/blind/round14/lint_*.jsonl)."""

from __future__ import annotations

from tests.blind.rounds import round_tests

# Grammalecte's readings of round 14's names that a French reader would not mark, each judged by hand: rule kind,
# flagged word, and the words of the paragraph it was flagged in.
# « stratifié » after « paquets de » is the noun (laminate flooring), not a participle wanting an infinitive.
ROUND14_FALSE_ALARMS: tuple[tuple[str, str, str], ...] = (
    ("infi_de_verbe", "stratifié", "paquets de stratifié chêne naturel"),
)

EARLIER = (
    "", "round2", "round3", "round4", "round5", "round6", "round7", "round8", "round9", "round10", "round11", "round12",
    "round13",
)  # fmt: skip

globals().update(round_tests("round14", EARLIER, ROUND14_FALSE_ALARMS))
