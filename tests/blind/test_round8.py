"""Held-out cases, eighth round, for item naming (#12) and the lint (#15): new names and notes from trades rounds 1
to 7 lean on little (furniture and lamps, art supplies, pet accessories, garden furniture and perennials, DIY paint
and varnish, kitchen textiles, board and card games, confectionery, tea, spirits and liqueurs, bicycle parts, car
care, craft beer, records and sheet music, yoga, jewellery and perfume), written without looking at the code's
tables.

Items: 40 product names per language (tests/data/blind/round8/*_items.tsv), run through the same checks as rounds
1 to 7 (tests/blind/naming.py, notes.py, lint_cases.py): the library's phrase, every mention in the notes the
sample shops compose once and three times with and without the variant, Grammalecte on every French paragraph,
and `notegen lint --order` on every composed note. Lint: 10 bad and 10 good notes per language
(tests/data/blind/round8/lint_*.jsonl)."""

from __future__ import annotations

from tests.blind.rounds import round_tests

# Grammalecte's readings of round 8's names that a French reader would not mark, each judged by hand: rule kind,
# flagged word, and the words of the paragraph it was flagged in.
ROUND8_FALSE_ALARMS: tuple[tuple[str, str, str], ...] = (
    # « puces » is a noun in apposition (stud earrings), not a verb after « les »
    ("conj_les_nom", "puces", "boucles d'oreilles puces"),
    # « coton » is the material in apposition, invariable, as the shop wrote it (« châssis entoilé coton »)
    ("gn_det_les_3m", "coton", "châssis entoilés coton"),
)

globals().update(
    round_tests("round8", ("", "round2", "round3", "round4", "round5", "round6", "round7"), ROUND8_FALSE_ALARMS)
)
