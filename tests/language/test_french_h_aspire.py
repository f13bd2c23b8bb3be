"""French names that begin with an h: no elision before an h aspiré (« la housse », « le hamac », « ta hache »,
« de houblon »), elision before an h muet (« l'huile », « ton horloge », « d'hydromel »), and no guess when the
lexicon cannot tell (« l'article « Hyène en peluche » »).

The h of each name is written here by hand from shop catalogues, and the composed notes are judged against
Grammalecte, an oracle the code does not contain."""

from __future__ import annotations

import re

import pytest

from notegen.language.items import head_noun, item_phrase
from notegen.lint import Linter
from notegen.model import Item
from tests.language.composed_lint import Composed, french_notes, rejected
from tests.language.french_grammar import grammar_errors, needs_grammalecte, note_paragraphs

ASPIRE = [  # name, gender: the h is aspiré
    ("Hamac suspendu en toile de coton", "m"), ("Harnais en cuir pour cheval", "m"),
    ("Housse de coussin en velours", "f"), ("Hotte en cuivre martelé", "f"), ("Hublot fixe en laiton", "m"),
    ("Hache de bûcheron forgée", "f"), ("Hachette de randonnée", "f"), ("Hachoir électrique", "m"),
    ("Hamster à câliner", "m"), ("Hanneton en métal recyclé", "m"), ("Hangar de jardin en bois", "m"),
    ("Harpe irlandaise 34 cordes", "f"), ("Harpon pneumatique", "m"), ("Hautbois baroque", "m"),
    ("Haut-parleur portable étanche", "m"), ("Hayon pour utilitaire", "m"), ("Heaume de chevalier en acier", "m"),
    ("Hérisson de ramonage", "m"), ("Herse de jardin", "f"), ("Hêtre pleureur", "m"),
    ("Heurtoir de porte en fonte", "m"), ("Hibou en bois flotté", "m"), ("Hochet en tissu", "m"),
    ("Homard en plastique", "m"), ("Houblon en cônes séchés", "m"), ("Houe de maraîchage", "f"),
    ("Houlette de berger", "f"), ("Houppette en duvet", "f"), ("Houx crénelé", "m"),
    ("Huche à farine", "f"), ("Hutte de jardin pour enfants", "f"), ("Hamburger végétal", "m"),
    ("Hareng saur", "m"), ("Hachis parmentier surgelé", "m"), ("Hampe de drapeau télescopique", "f"),
    ("Hausse de ruche Langstroth", "f"), ("Havresac en toile", "m"), ("Haubert en mailles", "m"),
    ("Hors-bord électrique", "m"), ("Héron en bronze pour jardin", "m"), ("Henné neutre en poudre", "m"),
    ("Haie artificielle en rouleau", "f"), ("Husky en peluche", "m"), ("Hachoir à oignons", "m"),
    ("Hochequeue en céramique", "m"), ("Hotte à vin", "f"), ("Hulotte en bois sculpté", "f"),
    ("Hennin de princesse", "m"), ("Hourdis en béton", "m"),
    ("Haussière d'amarrage", "f"), ("Harnachement de cheval de trait", "m"),
    # no list names these: every word that begins « hâ » has an h aspiré
    ("Hâtelet en inox", "m"), ("Hâtelette de rôtisserie", "f"),
]  # fmt: skip
MUET = [  # name, gender: the h is muet
    ("Huile de pépins de raisin", "f"), ("Horloge comtoise", "f"), ("Hameçon triple", "m"),
    ("Hélice de bateau en bronze", "f"), ("Herbier de voyage", "m"), ("Haltère réglable", "m"),
    ("Harmonica chromatique", "m"), ("Hortensia grimpant", "m"), ("Hibiscus rose en pot", "m"),
    ("Hippocampe en verre soufflé", "m"), ("Hirondelle en céramique", "f"), ("Hydromel doux", "m"),
    ("Hygromètre digital", "m"), ("Humidificateur à ultrasons", "m"), ("Hélicoptère en bois", "m"),
    ("Hôtel pour abeilles solitaires", "m"), ("Hamamélis en conteneur", "m"), ("Hellébore blanc", "m"),
    ("Hydrolat de fleur d'oranger", "m"), ("Huilier en céramique", "m"), ("Hévéa en pot", "m"),
    ("Hématite polie", "f"), ("Héliotrope en pot", "m"), ("Horodateur de pointage", "m"),
]  # fmt: skip
NAMES = [(name, gender, True) for name, gender in ASPIRE] + [(name, gender, False) for name, gender in MUET]


def _head(name: str) -> str:
    return name.split()[0].lower()


@pytest.mark.parametrize(("name", "gender", "aspire"), NAMES)
def test_the_article_elides_before_an_h_muet_and_never_before_an_h_aspire(name: str, gender: str, aspire: bool) -> None:
    phrase = item_phrase(Item(name), "fr", False)
    head = _head(name)
    the = {"m": "le ", "f": "la "}[gender] if aspire else "l'"
    your = {"m": "ton ", "f": "ta "}[gender] if aspire else "ton "
    dat = {"m": "au ", "f": "à la "}[gender] if aspire else "à l'"
    of = {"m": "du ", "f": "de la "}[gender] if aspire else "de l'"
    forms = (phrase.nom, phrase.your, phrase.dat, phrase.of)
    assert phrase.certain and forms == tuple(
        form if form.startswith(start + head) else f"{start}{head}…"
        for form, start in zip(forms, (the, your, dat, of), strict=True)
    )


COUNTED = [  # name sold by weight or in the plural, three of it: « de » before an h aspiré, « d' » before an h muet
    ("Houblon aromatique, sachet de 100 g", True), ("Henné rouge, sachet de 100 g", True),
    ("Haricots beurre extra-fins", True), ("Harengs saurs", True), ("Hachettes de scout", True),
    ("Huile de noisette, bouteille de 50 cl", False), ("Huile de chanvre, flacon de 250 ml", False),
    ("Hameçons à carpe", False), ("Haltères en néoprène", False), ("Hâtelettes de rôtisserie", True),
]  # fmt: skip


@pytest.mark.parametrize(("name", "aspire"), COUNTED)
def test_three_of_a_noun_counted_in_what_it_comes_in_take_de_before_an_h_aspire(name: str, aspire: bool) -> None:
    words = item_phrase(Item(name, 3), "fr", False).nom
    head = _head(name)
    assert re.search(rf" (de |d'){head}", words), words
    assert (f" de {head}" in words) == aspire and (f" d'{head}" in words) != aspire


@pytest.mark.parametrize("name", ["Hyène en peluche", "Hoodie zippé en coton bio"])
def test_a_name_whose_h_the_lexicon_cannot_tell_is_named_without_an_article_that_elides(name: str) -> None:
    assert head_noun(name, "fr") is None
    phrase = item_phrase(Item(name), "fr", False)
    assert not phrase.certain and phrase.nom.startswith("l'article ")


@pytest.mark.parametrize(("word", "aspire"), [("Hachoirs", True), ("HOUSSES", True), ("Hélices", False)])
def test_the_h_of_a_name_written_in_capitals_or_in_the_plural_is_read_from_its_singular(
    word: str, aspire: bool
) -> None:
    head = head_noun(f"{word} en inox", "fr")
    assert head is not None and head.aspirated == aspire


def _notes() -> list[Composed]:
    return french_notes((name, "", quantity, "") for name, _, _ in NAMES for quantity in (1, 3))


def test_the_lint_accepts_every_composed_note() -> None:
    assert not rejected(_notes(), "fr")


def _wrong_elision(text: str, name: str, gender: str, aspire: bool) -> str:
    """The note with its first article before the head turned wrong: « l'housse », « la huile »."""
    head = _head(name)
    right, wrong = ({"m": "le ", "f": "la "}[gender], "l'") if aspire else ("l'", {"m": "le ", "f": "la "}[gender])
    found = re.search(rf"\b{re.escape(right)}{head}\b", text, re.IGNORECASE)
    assert found, (text, right + head)
    start = found.start()
    return text[:start] + wrong + text[start + len(right) :]


@pytest.mark.parametrize(("name", "gender", "aspire"), NAMES)
def test_the_lint_flags_an_elision_before_an_h_aspire_and_a_missing_one_before_an_h_muet(
    name: str, gender: str, aspire: bool
) -> None:
    _, _, (_, (order, note)) = french_notes([(name, "", 1, "")])  # the gift note: « pour offrir le hamac »
    results = Linter().check_batch([(_wrong_elision(note.text, name, gender, aspire), order, "fr")])
    assert "SIN206" in {finding.code for finding in results[0].findings}


@needs_grammalecte
def test_every_paragraph_naming_the_items_passes_grammalecte() -> None:
    assert not grammar_errors(note_paragraphs(note for _, (_, note) in _notes()))


@pytest.mark.parametrize("article", ["la ", "l'"])
def test_the_lint_accepts_either_article_before_a_name_whose_h_the_lexicon_cannot_tell(article: str) -> None:
    _, _, (_, (order, note)) = french_notes([("Hyène en peluche", "", 1, "")])
    text = note.text.replace("l'article «\xa0Hyène en peluche\xa0»", f"{article}hyène en peluche")
    assert text != note.text
    results = Linter().check_batch([(text, order, "fr")])
    assert not [finding.code for finding in results[0].findings if finding.severity == "error"]
