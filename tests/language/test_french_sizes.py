"""French size variants as shops send them, written after the name as a French note writes them: « en taille 6
mois », never « en 6 mois » (which reads as a time: "in six months"); the phrases are written by hand. A size a
name gives after « taille » or « pointure » is the size's, never agreed with several of the product (« les trois
bonnets taille unique », never « … taille uniques »); the composed notes are judged by `notegen lint` and
Grammalecte."""

from __future__ import annotations

import pytest

from notegen.language.items import item_phrase
from notegen.model import Item
from tests.compose.shops import atelier
from tests.language.composed_lint import french_notes, item_findings, rejected
from tests.language.composed_lint import named as subject_forms
from tests.language.french_grammar import grammar_errors, needs_grammalecte, note_paragraphs

SIZES = [
    ("Body manches courtes", "3 mois", "le body manches courtes en taille 3 mois"),
    ("Pyjama en velours", "3-6 mois", "le pyjama en velours (taille 3-6 mois)"),
    ("Gigoteuse", "12 mois", "la gigoteuse en taille 12 mois"),
    ("Salopette", "18M", "la salopette en taille 18M"),
    ("Robe à smocks", "2 ans", "la robe à smocks en taille 2 ans"),
    ("Manteau", "4-5 ans", "le manteau en taille 4-5 ans"),
    ("Combinaison", "1 an", "la combinaison en taille 1 an"),
    ("Bonnet de naissance", "Naissance", "le bonnet de naissance en taille naissance"),
    ("Jupe plissée", "Taille 38", "la jupe plissée en taille 38"),
    ("Jupe plissée", "38", "la jupe plissée en taille 38"),
    ("Chemise", "T2", "la chemise en taille T2"),
    ("Pull à capuche", "XL", "le pull à capuche en taille XL"),
    ("Pull à capuche", "3XL", "le pull à capuche en taille 3XL"),
    ("Collant", "S/M", "le collant en taille S/M"),
    ("Jean droit", "W32 L34", "le jean droit en taille W32 L34"),
    ("Soutien-gorge", "85C", "le soutien-gorge en taille 85C"),
    ("Baskets", "Pointure 41", "les baskets en pointure 41"),
    ("Casquette", "Taille unique", "la casquette en taille unique"),
    ("Casquette", "TU", "la casquette en taille unique"),
    ("Gigoteuse", "Nouveau-né", "la gigoteuse en taille nouveau-né"),
    ("Baskets", "EU 42", "les baskets en taille EU 42"),
    ("Culotte lavable", "Taille 2 (4-9 kg)", "la culotte lavable en taille 2 (4-9 kg)"),
]


@pytest.mark.parametrize(("name", "variant", "phrase"), SIZES)
def test_a_size_variant_is_written_en_taille(name: str, variant: str, phrase: str) -> None:
    named = item_phrase(Item(name, variant=variant), "fr", True)
    assert named.nom == phrase
    assert named.certain and not named.unsure


@pytest.mark.parametrize("variant", ["6 mois", "3-6 mois", "2 ans", "12 mois", "18 mois", "3 à 6 mois"])
def test_an_age_is_never_written_as_a_time(variant: str) -> None:
    for quantity in (1, 3):
        named = item_phrase(Item("Body", quantity=quantity, variant=variant), "fr", False).nom
        assert f"en taille {variant}" in named and named.count(" en ") == named.count(" en taille ")


def test_a_size_for_a_donation_is_no_size() -> None:
    named = item_phrase(Item("Don", variant="6 mois"), "fr", True, donation=True).nom
    assert "taille" not in named


IN_THE_NAME = [  # names from hat, bathrobe and sportswear shops' catalogues: the subject form for one, for three
    ("Bonnet taille unique", "le bonnet taille unique", "les trois bonnets taille unique"),
    ("Bandeau, taille unique", "le bandeau, taille unique", "les trois bandeaux, taille unique"),
    ("Cape de bain taille unique", "la cape de bain taille unique", "les trois capes de bain taille unique"),
]


@pytest.mark.parametrize(("name", "one", "three"), IN_THE_NAME, ids=[row[0] for row in IN_THE_NAME])
def test_a_size_in_the_name_is_never_agreed_with_the_product(name: str, one: str, three: str) -> None:
    assert subject_forms(name, "fr") == (one, three)


def test_the_lint_accepts_the_notes_naming_a_size_in_the_name() -> None:
    names = [name for name, *_ in IN_THE_NAME]
    assert item_findings(names, "fr", atelier()) == []
    assert rejected(french_notes((name, "", quantity, "") for name in names for quantity in (1, 3)), "fr") == []


@needs_grammalecte
def test_the_notes_naming_a_size_in_the_name_pass_grammalecte() -> None:
    notes = french_notes((name, "", quantity, "") for name, *_ in IN_THE_NAME for quantity in (1, 3))
    assert not grammar_errors(note_paragraphs(note for _, (_, note) in notes))
