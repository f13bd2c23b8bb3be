"""A French name that ends in a capital X and a number names a model (« Hache à fendre X27 », a maker's range),
not a count: one item is one piece (« la hache à fendre X27 », never « les haches à fendre X27 »), and several are
counted themselves; a small x before a number is the shop's count of pieces in the pack (« les pinces à linge en
bois x24 », « les trois lots de pinces à linge en bois x24 »), and so is an X in a name the shop wrote in capitals.

The names come from garden, tool and household shops' catalogues, not from the held-out lists; the composed notes
are judged by Grammalecte and by `notegen lint`."""

from __future__ import annotations

import pytest

from tests.compose.shops import atelier
from tests.language.composed_lint import french_notes, item_findings, named
from tests.language.french_grammar import grammar_errors, needs_grammalecte, note_paragraphs

NAMES = [  # name, the subject form for one, for three
    ("Hache à fendre X27", "la hache à fendre X27", "les trois haches à fendre X27"),
    ("Sécateur de jardin X10", "le sécateur de jardin X10", "les trois sécateurs de jardin X10"),
    ("Pinces à linge en bois x24", "les pinces à linge en bois x24", "les trois lots de pinces à linge en bois x24"),
    ("BOUGIES CHAUFFE-PLAT X50", "les BOUGIES CHAUFFE-PLAT X50", "les trois lots de BOUGIES CHAUFFE-PLAT X50"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "one", "three"), NAMES, ids=[row[0] for row in NAMES])
def test_a_capital_x_and_a_number_is_a_model_a_small_x_a_count(name: str, one: str, three: str) -> None:
    assert named(name, "fr") == (one, three)


def test_the_lint_accepts_every_composed_note() -> None:
    assert item_findings([name for name, _, _ in NAMES], "fr", atelier()) == []


@needs_grammalecte
def test_every_paragraph_naming_the_items_passes_grammalecte() -> None:
    notes = french_notes((name, "", quantity, "") for name, _, _ in NAMES for quantity in (1, 3))
    assert not grammar_errors(note_paragraphs(note for _, (_, note) in notes))
