"""Held-out cases, eleventh round, for item naming (#12): new names from trades rounds 1 to 10 lean on little
(opticians and reading glasses, orthopaedic and medical aids, school uniforms and workwear, bridal and formal wear,
kitchen appliances and spare parts, tableware in sets, cleaning products, bird and small pet supplies, bathroom
textiles, carnival wigs, surf and swim, ski and snow, model making and railway, religious goods, organic grocery,
calligraphy), written without looking at the code's tables.

Items: 30 product names per language (tests/data/blind/round11/*_items.tsv), run through the same checks as rounds
1 to 10 (tests/blind/naming.py, notes.py, lint_cases.py): the library's phrase, the English indefinite article,
every mention in the notes the sample shops compose once and three times with and without the variant,
Grammalecte on every French paragraph, and `notegen lint --order` on every composed note. This round has no
held-out lint notes (its lint_*.jsonl files are empty), so the lint-case tests of `round_tests` are left out."""

from __future__ import annotations

from tests.blind.grammar import rows
from tests.blind.rounds import LANGS, round_tests

# Grammalecte's readings of round 11's names that a French reader would not mark, each judged by hand: rule kind,
# flagged word, and the words of the paragraph it was flagged in.
ROUND11_FALSE_ALARMS: tuple[tuple[str, str, str], ...] = (
    # a colour after the head's complement agrees with the head (« la canne … en hêtre noire »), not the wood's
    ("gn_pfx_en_2m", "noire", "canne de marche en hêtre noire"),
    ("gn_pfx_en_2m", "noires", "cannes de marche en hêtre noires"),
    ("gn_pfx_en_2m", "hêtre", "cannes de marche en hêtre noires"),
    # a quoted model name does not agree with the noun before it
    ("gn_la_2m", "Bistrot", "ménagère « Bistrot »"),
    ("gn_les_2m", "Bistrot", "ménagères « Bistrot »"),
    ("gn_les_2m", "ménagères", "ménagères « Bistrot »"),
    ("gn_det_epi_plur_2m", "Bistrot", "ménagères « Bistrot »"),
    ("gn_det_epi_plur_2m", "ménagères", "ménagères « Bistrot »"),
    # « arc-en-ciel » as a colour is an invariable adjective (Le Robert)
    ("gn_la_3m", "arc-en-ciel", "perruque afro arc-en-ciel"),
    ("gn_det_epi_sing_3m", "arc-en-ciel", "perruque afro arc-en-ciel"),
    ("gn_det_les_3m", "arc-en-ciel", "perruques afro arc-en-ciel"),
    ("gn_det_epi_plur_3m", "arc-en-ciel", "perruques afro arc-en-ciel"),
    # « rembourrée » agrees with « housse », past its complement « à skis »
    ("gn_pfx_à_par_pour_sans_2m", "rembourrée", "housse à skis rembourrée"),
    ("gn_pfx_à_par_pour_sans_2m", "skis", "housse à skis rembourrée"),
    ("gn_pfx_à_par_pour_sans_2m", "rembourrées", "housses à skis rembourrées"),
    ("gn_pfx_à_par_pour_sans_2m", "skis", "housses à skis rembourrées"),
)

EARLIER = ("", "round2", "round3", "round4", "round5", "round6", "round7", "round8", "round9", "round10")
NAMES = 30
"""Product names per language in this round."""

_LEFT_OUT = (
    "the_name_lists_are_complete_and_new",  # counts 40 names; this round has 30 (checked below)
    "notegen_lint_judges_the_held_out_note",  # no lint notes this round
    "the_lint_case_lists_are_complete",
    "without_the_order_the_lint_judges_what_the_text_alone_shows",
)

globals().update(
    {
        name: test
        for name, test in round_tests("round11", EARLIER, ROUND11_FALSE_ALARMS).items()
        if not name.endswith(_LEFT_OUT)
    }
)


def test_round11_the_name_lists_are_complete_and_new() -> None:
    """Thirty distinct names per language, none of them in an earlier round."""
    for lang in LANGS:
        names = [row.name for row in rows(lang, "round11")]
        assert len(names) == NAMES and len(set(names)) == NAMES, lang
        before = {row.name for other in EARLIER for row in rows(lang, other)}
        assert not set(names) & before, lang
