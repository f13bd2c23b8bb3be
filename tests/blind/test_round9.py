"""Held-out cases, ninth round, for item naming (#12) and the lint (#15): new names and notes from trades rounds 1
to 8 lean on little (hospital and care supplies, school and office supplies, hunting and outdoor, musical
instruments and accessories, baby and toddler, party supplies, sewing notions, aquaristics, horse riding, cheese and
delicatessen, shoes and shoe care, watches and straps, bathroom fittings, luxury stationery), written without
looking at the code's tables.

Items: 40 product names per language (tests/data/blind/round9/*_items.tsv), run through the same checks as rounds
1 to 8 (tests/blind/naming.py, notes.py, lint_cases.py): the library's phrase, every mention in the notes the
sample shops compose once and three times with and without the variant, Grammalecte on every French paragraph,
and `notegen lint --order` on every composed note. Lint: 10 bad and 10 good notes per language
(tests/data/blind/round9/lint_*.jsonl)."""

from __future__ import annotations

from tests.blind.rounds import round_tests

# Grammalecte's readings of round 9's names that a French reader would not mark, each judged by hand: rule kind,
# flagged word, and the words of the paragraph it was flagged in.
ROUND9_FALSE_ALARMS: tuple[tuple[str, str, str], ...] = (
    # « non poudrés » agrees with « gants », past the complement « en nitrile »: both words read right
    ("gn_pfx_en_2m", "poudrés", "en nitrile non poudrés"),
    ("gn_pfx_en_2m", "nitrile", "en nitrile non poudrés"),
    # « bleus » agrees with « classeurs » after the compound noun « classeur à levier »
    ("gn_pfx_à_par_pour_sans_2m", "bleus", "classeurs à levier bleus"),
    ("gn_pfx_à_par_pour_sans_2m", "levier", "classeurs à levier bleus"),
    # « graphite » is a noun in apposition (« crayon graphite »), not a verb after « les »
    ("conj_les_nom", "graphite", "crayons graphite"),
    # « vert d'eau » is an invariable compound colour of the bib, not « vert » agreeing with « poche »
    ("conf_ver_vers_verre_vert", "vert", "à poche vert d'eau"),
    ("gn_pfx_à_par_pour_sans_2m", "poche", "à poche vert d'eau"),
)

globals().update(
    round_tests(
        "round9", ("", "round2", "round3", "round4", "round5", "round6", "round7", "round8"), ROUND9_FALSE_ALARMS
    )
)
