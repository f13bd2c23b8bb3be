"""A French participle or adjective after « être » whose subject is an item agrees with the item's head noun
(SIN206): « Votre bouilloire est partie », « Vos serviettes sont parties », « a été expédiée ». Only where the
mention is surely the subject and the lexicon knows the noun's gender; a participle after « avoir » alone, an
invariable adjective, a participle of another subject and a noun of unknown gender are left alone."""

from __future__ import annotations

import pytest

from notegen.lint.linter import lint
from tests.compose.shops import order


def _findings(sentence: str, name: str, quantity: int = 1) -> list[tuple[str, str]]:
    text = f"Bonjour Anna,\n\nmerci pour votre commande. {sentence}\n\nBien à vous,\nCamille"
    made = order(items=[{"name": name, "quantity": quantity}], locale="fr")
    found = lint(text, made, "fr").findings
    return [(finding.code, finding.message) for finding in found if finding.severity == "error"]


@pytest.mark.parametrize(
    ("name", "quantity", "sentence", "right"),
    [
        ("Bouilloire électrique en inox", 1, "Votre bouilloire électrique en inox est parti ce matin.", "partie"),
        ("Serviettes de table en lin", 1, "Vos serviettes de table en lin sont partis ce matin.", "parties"),
        ("Planche à découper en noyer", 1, "Votre planche à découper en noyer a été expédié hier.", "expédiée"),
        ("Nappe en lin lavé", 1, "Votre nappe en lin lavé est bien arrivé, j'espère.", "arrivée"),
        ("Gants de jardinage en cuir", 1, "Vos gants de jardinage en cuir sont parties ce matin.", "partis"),
        ("Moulin à poivre en bois", 3, "Les trois moulins à poivre en bois sont déjà emballées.", "emballés"),
        ("Carafe à décanter en verre soufflé", 1, "La carafe à décanter en verre soufflé sera livré lundi.", "livrée"),
    ],
)
def test_a_participle_that_does_not_agree_with_the_item_is_found(
    name: str, quantity: int, sentence: str, right: str
) -> None:
    found = _findings(sentence, name, quantity)
    assert [code for code, _ in found] == ["SIN206"]
    assert f"« {right} »" in found[0][1]


@pytest.mark.parametrize(
    ("name", "sentence"),
    [
        ("Bouilloire électrique en inox", "Votre bouilloire électrique en inox est partie ce matin."),
        ("Serviettes de table en lin", "Vos serviettes de table en lin sont parties ce matin."),
        ("Planche à découper en noyer", "Votre planche à découper en noyer a été expédiée hier."),
        ("Moulin à poivre en bois", "Votre moulin à poivre en bois est bien arrivé, j'espère."),
        ("Gants de jardinage en cuir", "Vos gants de jardinage en cuir sont partis ce matin."),
        # « avoir » alone: the participle does not agree with the subject
        ("Bouilloire électrique en inox", "Votre bouilloire électrique en inox a voyagé dans un carton double."),
        # an invariable adjective agrees with any noun
        ("Nappe en lin lavé", "Votre nappe en lin lavé est marron, comme sur la photo."),
        # the participle of another subject
        ("Bouilloire électrique en inox", "Votre bouilloire électrique en inox et le moulin sont partis ce matin."),
        ("Nappe en lin lavé", "Votre nappe en lin lavé ? Le carton qui la contient est parti ce matin."),
        ("Carafe à décanter en verre soufflé", "La carafe à décanter en verre soufflé, Paul l'a emballé hier."),
    ],
)
def test_a_participle_that_agrees_or_is_not_the_items_passes(name: str, sentence: str) -> None:
    assert _findings(sentence, name) == []


def test_a_noun_of_unknown_gender_is_not_judged() -> None:
    assert _findings("Votre kendama en hêtre est parti ce matin.", "Kendama en hêtre") == []
    assert _findings("Votre kendama en hêtre est partie ce matin.", "Kendama en hêtre") == []
