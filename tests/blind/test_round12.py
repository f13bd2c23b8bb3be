"""Held-out cases, twelfth round, for item naming (#12) and the lint (#15): new names and notes from trades rounds 1
to 11 lean on little (perfumery and cosmetics, wine and spirits, bookbinding and paper, electrical and lighting, car
and motorbike accessories, climbing and mountaineering, haberdashery, furniture and upholstery, nurseries, board
games and hobby, dog and horse grooming, baby, pharmacy, plumbing, outdoor optics, bakery equipment), written without
looking at the code's tables.

Items: 40 product names per language (tests/data/blind/round12/*_items.tsv), run through the same checks as rounds
1 to 11 (tests/blind/naming.py, notes.py, lint_cases.py): the library's phrase, the English indefinite article,
every mention in the notes the sample shops compose once and three times with and without the variant, Grammalecte
on every French paragraph, and `notegen lint --order` on every composed note. Lint: 10 bad and 10 good notes per
language (tests/data/blind/round12/lint_*.jsonl)."""

from __future__ import annotations

from tests.blind.rounds import round_tests

# Grammalecte's readings of round 12's names that a French reader would not mark, each judged by hand: rule kind,
# flagged word, and the words of the paragraph it was flagged in.
ROUND12_FALSE_ALARMS: tuple[tuple[str, str, str], ...] = (
    # « vinylique » agrees with « colle », the noun of the complement, not with « pots »
    ("gn_det_epi_plur_2m", "vinylique", "pots de colle vinylique"),
    ("gn_les_2m", "vinylique", "pots de colle vinylique"),
    # « fibre » is the invariable noun of the shop's name (« joints fibre »: fibre washers), not a verb
    ("conj_les_nom", "fibre", "joints fibre 20/27"),
)

EARLIER = ("", "round2", "round3", "round4", "round5", "round6", "round7", "round8", "round9", "round10", "round11")

globals().update(round_tests("round12", EARLIER, ROUND12_FALSE_ALARMS))
