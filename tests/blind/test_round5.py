"""Held-out cases, fifth round, for item naming (#12) and the lint (#15): new names and notes from trades rounds 1
to 4 lean on little (wine and spirits, cheese and deli, butcher and fishmonger, florist, office stationery, art
supplies, instruments and their accessories, kitchenware, bed and bath linen, curtains, furniture and lamps, shoes
and bags, watches, hats and scarves, camping and fishing, horse riding, gardening tools and plants, toys and games,
baby clothes, medical aids and orthopaedics, hair care, nail care, perfume), written without looking at the code's
tables.

Items: 40 product names per language (tests/data/blind/round5/*_items.tsv), run through the same checks as rounds
1 to 4 (tests/blind/naming.py, notes.py, lint_cases.py): the library's phrase, every mention in the notes the
sample shops compose once and three times with and without the variant, Grammalecte on every French paragraph,
and `notegen lint --order` on every composed note. Lint: 10 bad and 10 good notes per language
(tests/data/blind/round5/lint_*.jsonl)."""

from __future__ import annotations

from tests.blind.rounds import round_tests

# Grammalecte's readings of round 5's names that a French reader would not mark, each judged by hand: rule kind,
# flagged word, and the words of the paragraph it was flagged in. An adjective after a complement in « à » agrees with
# the head, not with the complement's noun, which Grammalecte takes for its noun (« le hachoir à viande manuel », as
# « le lustre à pampilles doré » in round 4); the plural « hachoirs à viande manuel » stays an error.
ROUND5_FALSE_ALARMS = (
    ("gn_pfx_à_par_pour_sans_2m", "manuel", "hachoir à viande manuel"),
    ("gn_pfx_à_par_pour_sans_2m", "viande", "hachoir à viande manuel"),
)

globals().update(round_tests("round5", ("", "round2", "round3", "round4"), ROUND5_FALSE_ALARMS))
