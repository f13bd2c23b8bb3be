"""Agreement before a noun, judged against the hand-checked genders, plurals and h aspiré of
tests/data/language/ (an oracle the code does not read): the articles a native writer uses pass, the
others are named for what is wrong."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from notegen.language.agreement import forms_of, french_problem, german_problem
from notegen.language.items import head_noun

DATA = Path(__file__).resolve().parents[1] / "data" / "language"
DE_RIGHT = {"m": ("der", "den", "dem", "Ihren", "einem"), "f": ("die", "der", "Ihre", "eine"), "n": ("das", "dem")}
DE_RIGHT["pl"] = ("die", "den", "der", "Ihre", "deine")
DE_WRONG = {"m": ("die", "das", "Ihre"), "f": ("den", "das", "dem", "Ihren"), "n": ("die", "den", "Ihre")}
DE_WRONG["pl"] = ("das", "dem", "ein", "einen")


def _rows(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8") as file:
        return list(csv.DictReader(file, delimiter="\t"))


@pytest.mark.parametrize("row", _rows("de_items.tsv"), ids=lambda row: row["name"])
def test_german_articles_agree_with_the_dictionary_gender(row: dict[str, str]) -> None:
    gender = row["gender"]
    for article in DE_RIGHT[gender]:
        assert german_problem(article, [], {gender}) is None, article
    for article in DE_WRONG[gender]:
        assert german_problem(article, [], {gender}) == "article", article


def test_german_adjective_endings_follow_the_article() -> None:
    assert german_problem("den", ["warmen"], {"m"}) is None
    assert german_problem("ein", ["warmer"], {"m"}) is None
    assert german_problem("dein", ["kleines"], {"n"}) is None
    assert german_problem("der", ["kleinen"], {"f"}) is None  # dative
    assert german_problem("dem", ["großer"], {"m"}) == "adjective"
    assert german_problem("die", ["kleinen"], {"f"}) == "adjective"
    assert german_problem("die", ["kleinen"], {"pl"}) is None


def _french_article(row: dict[str, str]) -> tuple[str, str]:
    """The definite article a French writer puts before the head, and the wrong one."""
    head = row["head"]
    if row["number"] == "pl":
        return "les", "la" if row["gender"] == "f" else "le"
    vowel = head[:1] in "aeiouyéèêàâîôûœ" or (head[:1] == "h" and row["h_aspire"] == "no")
    full = "la" if row["gender"] == "f" else "le"
    return ("l'", full) if vowel else (full, "l'")


@pytest.mark.parametrize("row", _rows("fr_items.tsv"), ids=lambda row: row["name"])
def test_french_articles_agree_with_the_dictionary(row: dict[str, str]) -> None:
    right, wrong = _french_article(row)
    numbers = {"pl"} if row["number"] == "pl" else {"sg"}
    aspirated = row["h_aspire"] == "yes"
    head, gender = row["head"], row["gender"]
    assert french_problem(right, head, gender, numbers, aspirated) is None
    assert french_problem(wrong, head, gender, numbers, aspirated) is not None
    other = {"m": "la", "f": "le"}[gender]
    if row["number"] == "sg" and not (head[:1] in "aeiouyéèêàâîôûœ" or head[:1] == "h"):
        assert french_problem(other, head, gender, numbers, aspirated) == "gender"


def test_the_forms_of_a_head_noun_in_singular_and_plural() -> None:
    wollschal = head_noun("Wollschal „Fjord“", "de")
    assert wollschal is not None
    assert forms_of(wollschal, "de") == (
        frozenset({"wollschal", "wollschals", "wollschales"}),
        frozenset({"wollschals"}),
    )
    socken = head_noun("Merino-Socken", "de")
    assert socken is not None and forms_of(socken, "de")[0] == frozenset()
    housse = head_noun("Housse de coussin", "fr")
    assert housse is not None and housse.aspirated
    assert forms_of(housse, "fr") == (frozenset({"housse"}), frozenset({"housses"}))


def test_german_agreement_in_the_case_a_preposition_asks_for() -> None:
    dative, both = frozenset({"dat"}), frozenset({"dat", "acc"})
    assert german_problem("den", [], {"m"}, dative) == "case"  # mit den Fahrradkorb
    assert german_problem("dem", [], {"m"}, dative) is None
    assert german_problem("der", [], {"m", "pl"}, both) == "case"  # an der Zauberwürfel
    assert german_problem("den", [], {"m", "pl"}, dative) is None  # mit den (drei) Rasenmähern
    assert german_problem("Ihrem", ["warmen"], {"m"}, dative) is None
    assert german_problem("Ihren", [], {"m"}, dative) == "case"
    assert german_problem("einen", [], {"m"}, frozenset({"acc"})) is None
