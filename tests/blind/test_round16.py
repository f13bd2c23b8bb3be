"""Held-out cases, sixteenth round, for item naming (#12) and the lint (#15): new names and notes from trades rounds 1
to 15 lean on little (boxing, rowing, orienteering, geocaching, comics, DJ gear, embroidery, weaving, millinery,
prams and nursery furniture, toddler toys, kosher groceries, piano, rugby, curling, snooker, upholstery, picture
framing, stained glass, lapidary, chess, accordions, farriery, cider making, first aid, hairdressing and barbering,
bulk refills, veterinary supplies), written without looking at the code's tables.

Items: 40 product names per language (tests/data/blind/round16/*_items.tsv), run through the same checks as rounds
1 to 15 (tests/blind/naming.py, notes.py, lint_cases.py): the library's phrase, the English indefinite article,
every mention in the notes the sample shops compose once and three times with and without the variant, Grammalecte
on every French paragraph, and `notegen lint --order` on every composed note. Lint: 10 bad and 10 good notes per
language (tests/data/blind/round16/lint_*.jsonl)."""

from __future__ import annotations

from tests.blind.rounds import round_tests

# Grammalecte's readings of round 16's names that a French reader would not mark, each judged by hand: rule kind,
# flagged word, and the words of the paragraph it was flagged in.
# A quoted product name keeps the number the shop wrote it in (« les trois articles « Mouliné pour broderie, … » »),
# as round 1's « Économe ». An adjective after the complement agrees with the head noun, which Grammalecte takes for
# the complement's noun: « la voilette à pois pour bibi noire » (bibi is masculine: noire is the veil's), « les
# trois boucliers de plaquage pour rugby rouges », « le broyeur à pommes manuel » (the crusher is manual, not the
# apples); the complement's own noun stays singular (« pour bibi », « pour rugby »). « Ouate » takes the article
# elided or not (Académie française, Larousse: « la ouate » or « l'ouate »), so « l'ouate » and « d'ouate » are right.
ROUND16_FALSE_ALARMS: tuple[tuple[str, str, str], ...] = (
    ("gn_les_2m", "Mouliné", "articles « Mouliné pour broderie"),
    ("gn_det_epi_plur_2m", "Mouliné", "articles « Mouliné pour broderie"),
    ("gn_pfx_à_par_pour_sans_2m", "noire", "voilette à pois pour bibi noire"),
    ("gn_pfx_à_par_pour_sans_2m", "noires", "voilettes à pois pour bibi noires"),
    ("gn_pfx_à_par_pour_sans_2m", "bibi", "voilettes à pois pour bibi noires"),
    ("gn_pfx_à_par_pour_sans_2m", "rouges", "boucliers de plaquage pour rugby rouges"),
    ("gn_pfx_à_par_pour_sans_2m", "rugby", "boucliers de plaquage pour rugby rouges"),
    ("gn_pfx_à_par_pour_sans_2m", "manuel", "broyeur à pommes manuel"),
    ("gn_pfx_à_par_pour_sans_2m", "pommes", "broyeur à pommes manuel"),
    ("gn_pfx_à_par_pour_sans_2m", "manuels", "broyeurs à pommes manuels"),
    ("gn_pfx_à_par_pour_sans_2m", "pommes", "broyeurs à pommes manuels"),
    ("eleu_élisions_superflues", "l'", "l'ouate de rembourrage"),
    ("eleu_élisions_superflues", "d'", "d'ouate de rembourrage"),
)

EARLIER = (
    "", "round2", "round3", "round4", "round5", "round6", "round7", "round8", "round9", "round10", "round11", "round12",
    "round13", "round14", "round15",
)  # fmt: skip

globals().update(round_tests("round16", EARLIER, ROUND16_FALSE_ALARMS))
