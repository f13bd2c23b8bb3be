"""Held-out cases, twenty-first round, for item naming (#12) and the lint (#15): new names and notes from trades rounds
1 to 20 lean on little (welding, darts, cricket, padel, spices, beading, mosaic, weather instruments, car
detailing, plumbing, skateboarding, bird feeding, knitting, knife sharpening, barbering, canning and clothing sold
with shop variants), written without looking at the code's tables.

Items: 40 product names per language (tests/data/blind/round21/*_items.tsv), run through the same checks as rounds
1 to 20 (tests/blind/naming.py, notes.py, lint_cases.py): the library's phrase, the English indefinite article,
every mention in the notes the sample shops compose once and three times with and without the variant, Grammalecte
on every French paragraph, and `notegen lint --order` on every composed note. Lint: 10 bad and 10 good notes per
language (tests/data/blind/round21/lint_*.jsonl)."""

from __future__ import annotations

from tests.blind.rounds import round_tests

# Grammalecte's readings of round 21's names that a French reader would not mark, each judged by hand: rule kind,
# flagged word, and the words of the paragraph it was flagged in.
ROUND21_FALSE_ALARMS: tuple[tuple[str, str, str], ...] = (
    # « rétro », a shortened adjective, is invariable (Larousse: « rétro adj. inv. »): « des baromètres rétro »
    ("gn_les_2m", "rétro", "baromètres rétro en laiton"),
    ("gn_det_epi_plur_2m", "rétro", "baromètres rétro en laiton"),
    # « lustrant » is the noun (« un lustrant », the product that shines) and « carrosserie » the noun set beside it
    # for what it is for, as in « un nettoyant vitres »; Grammalecte reads « lustrant » as an adjective of it
    ("gn_le_2m", "carrosserie", "lustrant carrosserie"),
    ("gn_det_epi_sing_2m", "carrosserie", "lustrant carrosserie"),
    ("gn_det_epi_sing_2m", "lustrant", "lustrant carrosserie"),
)

EARLIER = (
    "", "round2", "round3", "round4", "round5", "round6", "round7", "round8", "round9", "round10", "round11", "round12",
    "round13", "round14", "round15", "round16", "round17", "round18", "round19", "round20",
)  # fmt: skip

globals().update(round_tests("round21", EARLIER, ROUND21_FALSE_ALARMS))
