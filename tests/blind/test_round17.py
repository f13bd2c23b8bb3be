"""Held-out cases, seventeenth round, for item naming (#12) and the lint (#15): new names and notes from trades rounds
1 to 16 lean on little (ten-pin bowling and skittles, volleyball, handball, lacrosse, trampolines, saunas, swimming
pools, pigeon racing, handbells, glassblowing, bonsai, cocktail bars, puppetry, bagpipes and bowed strings, foot care,
massage, costumes, cake decorating, preserving, barbecue, sausage making, felting, circus, marquees, party helium),
written without looking at the code's tables.

Items: 40 product names per language (tests/data/blind/round17/*_items.tsv), run through the same checks as rounds
1 to 16 (tests/blind/naming.py, notes.py, lint_cases.py): the library's phrase, the English indefinite article,
every mention in the notes the sample shops compose once and three times with and without the variant, Grammalecte
on every French paragraph, and `notegen lint --order` on every composed note. Lint: 10 bad and 10 good notes per
language (tests/data/blind/round17/lint_*.jsonl)."""

from __future__ import annotations

from tests.blind.rounds import round_tests

# Grammalecte's readings of round 17's names that a French reader would not mark, each judged by hand: rule kind,
# flagged word, and the words of the paragraph it was flagged in.
# An adjective after the complement agrees with the head noun, which Grammalecte takes for the complement's noun:
# « la sourdine en caoutchouc pour violon noire » (violon is masculine: noire is the mute's), « les poches à douille
# jetables », also counted in lots (« les trois lots de 100 poches à douille jetables »: the bags are thrown away,
# not the nozzle), « le stérilisateur à bocaux électrique » (the sterilizer is electric, not the jars); the
# complement's own noun stays as the trade writes it (« pour violon », « à douille », «
# à bocaux »). A quoted product name keeps the number the shop wrote it in, and « l'article « Poches à douille
# jetables », lot de 100, lui plaira » has « l'article » for its subject, as round 1's « Économe ».
ROUND17_FALSE_ALARMS: tuple[tuple[str, str, str], ...] = (
    ("gn_pfx_à_par_pour_sans_2m", "noire", "sourdine en caoutchouc pour violon noire"),
    ("gn_pfx_à_par_pour_sans_2m", "noires", "sourdines en caoutchouc pour violon noires"),
    ("gn_pfx_à_par_pour_sans_2m", "violon", "sourdines en caoutchouc pour violon noires"),
    ("gn_pfx_à_par_pour_sans_2m", "jetables", "Poches à douille jetables"),
    ("gn_pfx_à_par_pour_sans_2m", "douille", "Poches à douille jetables"),
    ("gn_pfx_à_par_pour_sans_2m", "jetables", "lots de 100 poches à douille jetables"),
    ("gn_pfx_à_par_pour_sans_2m", "douille", "lots de 100 poches à douille jetables"),
    ("gn_pfx_à_par_pour_sans_2m", "électrique", "stérilisateur à bocaux électrique"),
    ("gn_pfx_à_par_pour_sans_2m", "bocaux", "stérilisateur à bocaux électrique"),
    ("conj_le_la_leur_nom", "Poches", "l'article « Poches à douille jetables », lot de 100, lui plaira"),
)

EARLIER = (
    "", "round2", "round3", "round4", "round5", "round6", "round7", "round8", "round9", "round10", "round11", "round12",
    "round13", "round14", "round15", "round16",
)  # fmt: skip

globals().update(round_tests("round17", EARLIER, ROUND17_FALSE_ALARMS))
