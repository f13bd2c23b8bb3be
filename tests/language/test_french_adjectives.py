"""French adjectives agreed after the head noun, judged against a list written by hand from a French grammar
(Grevisse, Le Bon Usage: agreement of adjectives and of colour words), not from the lexicon the code reads."""

from __future__ import annotations

import pytest

from notegen.language.french import adjective_form
from notegen.language.items import item_phrase, noun_phrase, unsure_item_message
from notegen.model import Item

# adjective as a shop writes it: masculine singular, masculine plural, feminine singular, feminine plural
AGREEING = """
noir noirs noire noires
blanc blancs blanche blanches
bleu bleus bleue bleues
vert verts verte vertes
gris gris grise grises
violet violets violette violettes
roux roux rousse rousses
beige beiges beige beiges
rose roses rose roses
mauve mauves mauve mauves
écru écrus écrue écrues
doré dorés dorée dorées
argenté argentés argentée argentées
ligné lignés lignée lignées
quadrillé quadrillés quadrillée quadrillées
uni unis unie unies
naturel naturels naturelle naturelles
brut bruts brute brutes
ancien anciens ancienne anciennes
long longs longue longues
doux doux douce douces
frais frais fraîche fraîches
neuf neufs neuve neuves
épais épais épaisse épaisses
sec secs sèche sèches
léger légers légère légères
réglable réglables réglable réglables
lavable lavables lavable lavables
isotherme isothermes isotherme isothermes
artisanal artisanaux artisanale artisanales
original originaux originale originales
rond ronds ronde rondes
carré carrés carrée carrées
brodé brodés brodée brodées
tricoté tricotés tricotée tricotées
parfumé parfumés parfumée parfumées
"""
ROWS = [line.split() for line in AGREEING.strip().splitlines()]
# Colour nouns and compound colours stay invariable (Grevisse §555).
COLOUR_NOUNS = "marron,orange,crème,sable,ocre,kaki,bordeaux,turquoise,anthracite,moutarde,ivoire,prune,corail"
INVARIABLE = [
    *COLOUR_NOUNS.split(","),
    *("bleu marine", "vert sauge", "gris clair", "bleu ciel", "blanc cassé", "vert d'eau", "gris-bleu"),
    *("rose poudré", "jaune moutarde", "bleu nuit", "vert olive"),
]


@pytest.mark.parametrize("row", ROWS, ids=lambda row: row[0])
def test_adjectives_agree_in_gender_and_number(row: list[str]) -> None:
    word, m_pl, f_sg, f_pl = row
    found = [adjective_form(word, g, p) for g, p in (("m", False), ("m", True), ("f", False), ("f", True))]
    assert found == [word, m_pl, f_sg, f_pl]


@pytest.mark.parametrize("colour", INVARIABLE)
def test_colour_nouns_and_compound_colours_are_invariable(colour: str) -> None:
    assert {adjective_form(colour, g, p) for g in "mf" for p in (False, True)} == {colour}


def test_a_capital_is_kept_and_an_unknown_word_is_no_guess() -> None:
    assert adjective_form("Noir", "f", True) == "Noires"
    assert adjective_form("bluxien", "f", True) is None
    assert adjective_form("fjord profond", "m", False) is None
    with pytest.raises(ValueError, match="gender"):
        adjective_form("noir", "n", False)


@pytest.mark.parametrize(
    ("name", "variant", "quantity", "expected"),
    [
        ("Carnet A5 ligné", "", 3, "les trois carnets A5 lignés"),
        ("Carnet A5 ligné", "", 1, "le carnet A5 ligné"),
        ("Théière en fonte", "Noir", 1, "la théière en fonte noire"),
        ("Théière", "Noir", 1, "la théière noire"),
        ("Bol", "Bleu", 2, "les deux bols bleus"),
        ("Bol", "Bleu marine", 2, "les deux bols bleu marine"),
        ("Bol", "Marron", 2, "les deux bols marron"),
        ("Tasse", "Crème", 3, "les trois tasses crème"),
        ("Tasse", "Orange", 1, "la tasse orange"),
        ("Nappe", "Blanc cassé", 1, "la nappe blanc cassé"),
        ("Nappe", "Lin", 1, "la nappe en lin"),
        ("Tablier", "Taille M", 1, "le tablier en taille M"),
        ("Robe manches longues", "", 1, "la robe manches longues"),  # the sleeves are long, not the dress
        ("Tee-shirt manches courtes", "", 3, "les trois tee-shirts manches courtes"),
        ("Lampe tempête noire", "", 2, "les deux lampes tempête noires"),  # of both nouns: the head's
    ],
)
def test_the_note_agrees_what_follows_the_head(name: str, variant: str, quantity: int, expected: str) -> None:
    assert noun_phrase(Item(name, quantity, variant=variant), "fr", "acc") == expected


def test_a_colour_after_a_noun_the_lexicon_cannot_tell_needs_no_agreement_and_is_reported() -> None:
    item = Item("Xyzzle", 1, variant="Noir")
    phrase = item_phrase(item, "fr", True)
    assert phrase.acc == "l'article «\xa0Xyzzle\xa0» (coloris\xa0: noir)"
    assert phrase.unsure == ("Xyzzle",)
    assert "cannot tell" in unsure_item_message("Xyzzle", "fr")


@pytest.mark.parametrize(
    ("name", "variant", "expected"),
    [
        ("Lampe de chevet", "Laiton", "la lampe de chevet en laiton"),
        ("Carnet", "Petit format", "le carnet en petit format"),
        ("Vase en grès", "Grand modèle", "le vase en grès (grand modèle)"),
        ("Tablier", "XL", "le tablier en taille XL"),
        ("Bougie parfumée", "Provence", "la bougie parfumée en Provence"),
        ("Tasse à café", "Paris", "la tasse à café en Paris"),
    ],
)
def test_a_variant_of_common_words_is_written_in_lower_case_and_a_name_keeps_its_capital(
    name: str, variant: str, expected: str
) -> None:
    """Catalogues capitalise their variants; a French sentence writes "en laiton", not "en Laiton", and keeps
    the capital of a name the lexicon does not know as a common word in that form ("Paris", "Provence")."""
    assert item_phrase(Item(name=name, variant=variant), "fr", formal=True).acc == expected
