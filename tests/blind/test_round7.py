"""Held-out cases, seventh round, for item naming (#12) and the lint (#15): new names and notes from trades rounds 1
to 6 lean on little (kitchen and baking, baby shop, stationery and office, party supplies, camping, aquaristics and
terraristics, photography, sewing and crafts, pharmacy, sports nutrition, hardware and plumbing, lighting, car and
bike accessories, toys, wine, coffee roasters, cheese and delicatessen, bedding and towels, shoes and bags, watches,
fishing and equestrian shops), written without looking at the code's tables.

Items: 40 product names per language (tests/data/blind/round7/*_items.tsv), run through the same checks as rounds
1 to 6 (tests/blind/naming.py, notes.py, lint_cases.py): the library's phrase, every mention in the notes the
sample shops compose once and three times with and without the variant, Grammalecte on every French paragraph,
and `notegen lint --order` on every composed note. Lint: 10 bad and 10 good notes per language
(tests/data/blind/round7/lint_*.jsonl)."""

from __future__ import annotations

from tests.blind.rounds import round_tests

# Grammalecte's readings of round 7's names that a French reader would not mark, each judged by hand: rule kind,
# flagged word, and the words of the paragraph it was flagged in.
ROUND7_FALSE_ALARMS: tuple[tuple[str, str, str], ...] = (
    # « moule à manqué » is the name of a cake tin, not « a manqué »
    ("conf_a_à_verbe", "à", "à manqué"),
    ("conf_a_à_verbe", "manqué", "à manqué"),
    # « métallique » is the tin's (la boîte), not the biscuits'
    ("gn_pfx_à_par_pour_sans_2m", "métallique", "boîte à biscuits métallique"),
    ("gn_pfx_à_par_pour_sans_2m", "biscuits", "boîte à biscuits métallique"),
    # inside the shop's quoted name: « bébé » a noun in apposition, invariable; « bloc-notes » is one pad
    ("gn_det_les_3m", "bébé", "« Bodys bébé manches courtes »"),
    ("gn_det_epi_plur_3m", "bébé", "« Bodys bébé manches courtes »"),
    ("gn_det_les_3m", "quadrillé", "« Bloc-notes quadrillé A5 »"),
    # « blanc chaud » is a compound colour, invariable
    ("gn_nombre_chiffres_1m", "blanc", "100 LED blanc chaud"),
    # a flavour in apposition stays invariable (« des yaourts fraise »)
    ("gn_det_les_3m", "cacahuète", "barres énergétiques cacahuète"),
    # « rayées » is the straws' (les pailles), not the paper's
    ("gn_pfx_en_2m", "rayées", "pailles en papier rayées"),
    ("gn_pfx_en_2m", "papier", "pailles en papier rayées"),
)

globals().update(round_tests("round7", ("", "round2", "round3", "round4", "round5", "round6"), ROUND7_FALSE_ALARMS))
