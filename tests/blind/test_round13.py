"""Held-out cases, thirteenth round, for item naming (#12) and the lint (#15): new names and notes from trades rounds 1
to 12 lean on little (funeral and memorial goods, church and choir supplies, school and laboratory science, fancy dress
and theatre make-up, billiards and darts, archery, sailing and chandlery, western riding, fossils, vinyl and hi-fi,
watchmaking, oral care, terrarium supplies, liqueur making, juggling and kites, tattoo aftercare, overlocker parts,
flags, wedding stationery, aquarium plants, beekeeping clothing, cheesemaking), written without looking at the
code's tables.

Items: 40 product names per language (tests/data/blind/round13/*_items.tsv), run through the same checks as rounds
1 to 12 (tests/blind/naming.py, notes.py, lint_cases.py): the library's phrase, the English indefinite article,
every mention in the notes the sample shops compose once and three times with and without the variant, Grammalecte
on every French paragraph, and `notegen lint --order` on every composed note. Lint: 10 bad and 10 good notes per
language (tests/data/blind/round13/lint_*.jsonl)."""

from __future__ import annotations

from tests.blind.rounds import round_tests

# Grammalecte's readings of round 13's names that a French reader would not mark, each judged by hand: rule kind,
# flagged word, and the words of the paragraph it was flagged in.
ROUND13_FALSE_ALARMS: tuple[tuple[str, str, str], ...] = (
    # « forme basse » and « pointe acier » are invariable nouns of the shop's name (a low-form beaker, steel-tip
    # darts), not verbs
    ("conj_les_nom", "forme", "béchers forme basse"),
    ("conj_les_nom", "pointe", "fléchettes pointe acier"),
    # « gravée » agrees with « plaque », the head, not with « granit », the noun of the complement
    ("gn_pfx_en_2m", "gravée", "plaque funéraire en granit gravée"),
    ("gn_pfx_en_2m", "gravées", "plaques funéraires en granit gravées"),
    # the same reading flags the complement's noun as well: « granit » stays singular, as the shop wrote it
    ("gn_pfx_en_2m", "granit", "plaques funéraires en granit gravées"),
)

EARLIER = (
    "", "round2", "round3", "round4", "round5", "round6", "round7", "round8", "round9", "round10", "round11", "round12",
)  # fmt: skip

globals().update(round_tests("round13", EARLIER, ROUND13_FALSE_ALARMS))
