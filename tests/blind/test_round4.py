"""Held-out cases, fourth round, for item naming (#12) and the lint (#15): new names and notes from trades rounds 1
to 3 lean on little (pharmacy and drugstore, baby care, pet supplies for aquarium, terrarium and birds, car
accessories, bicycle parts, photography, DIY hardware, plumbing, lighting, tea and coffee, bakery supplies, garden
seeds and bulbs, crafts, sewing notions, party supplies, office furniture, outdoor, swimming, dance, martial arts,
model making, jewellery), written without looking at the code's tables.

Items: 40 product names per language (tests/data/blind/round4/*_items.tsv), run through the same checks as rounds
1 to 3 (tests/blind/naming.py, notes.py, lint_cases.py): the library's phrase, every mention in the notes the
sample shops compose once and three times with and without the variant, Grammalecte on every French paragraph,
and `notegen lint --order` on every composed note. Lint: 10 bad and 10 good notes per language
(tests/data/blind/round4/lint_*.jsonl)."""

from __future__ import annotations

from tests.blind.rounds import round_tests

# Grammalecte's readings of round 4's names that a French reader would not mark, each judged by hand: rule kind,
# flagged word, and the words of the paragraph it was flagged in. A colour after a complement in « à » agrees with
# the head, not with the complement's noun, which Grammalecte takes for its noun (« le lustre à pampilles doré », « le
# caisson de bureau à roulettes blanc », as « la sangle à bagages verte » in round 3); « grain 120 » is a grade and
# stays in the singular after a plural noun, as « taille 40 » does.
ROUND4_FALSE_ALARMS = (
    ("gn_pfx_à_par_pour_sans_2m", "doré", "lustre à pampilles doré"),
    ("gn_pfx_à_par_pour_sans_2m", "pampilles", "lustre à pampilles doré"),
    ("gn_pfx_à_par_pour_sans_2m", "dorés", "lustres à pampilles dorés"),
    ("gn_pfx_à_par_pour_sans_2m", "pampilles", "lustres à pampilles dorés"),
    ("gn_pfx_à_par_pour_sans_2m", "blanc", "caisson de bureau à roulettes blanc"),
    ("gn_pfx_à_par_pour_sans_2m", "roulettes", "caisson de bureau à roulettes blanc"),
    ("gn_pfx_à_par_pour_sans_2m", "blancs", "caissons de bureau à roulettes blancs"),
    ("gn_pfx_à_par_pour_sans_2m", "roulettes", "caissons de bureau à roulettes blancs"),
    ("gn_det_les_3m", "grain", "abrasifs grain 120"),
)

globals().update(round_tests("round4", ("", "round2", "round3"), ROUND4_FALSE_ALARMS))
