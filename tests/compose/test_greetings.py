"""The greeting fits the register and the way the customer is named, and the shop decides how a formal note greets a
customer known by first and last name but not by title (`[formality] de_name`, `fr_name`).

Each test composes the same customer under 60 order ids (the phrasing is chosen by a hash of the id, so every
phrasing of the greeting comes up) and compares the greetings seen with a hand-checked list of what a native
writer would put there: under Sie a first name is greeted with "Hallo" only ("Liebe Anna, … Ihre …" mixes the
registers), "Guten Tag" stands before a title or a full name, « Bonjour à vous » is gone.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from notegen.compose.composer import compose
from notegen.config import Formality, ShopConfig, parse_config
from notegen.errors import ConfigError
from notegen.model import Note

from .shops import NOW, SECRET, atelier, order, wollwerk

IDS = [f"G-{n}" for n in range(60)]
NOAH = {"first_name": "Noah", "last_name": "Weber", "email": "noah@example.org", "salutation": ""}
ANNA = {"first_name": "Anna", "last_name": "Weber", "email": "anna@example.org", "salutation": "ms"}
SOPHIE = {"first_name": "Sophie", "last_name": "Martin", "email": "sophie@example.org", "salutation": ""}
CLAIRE = {"first_name": "Claire", "last_name": "Martin", "email": "claire@example.org", "salutation": "ms"}


def _shop(lang: str, **formality: str) -> ShopConfig:
    config = wollwerk() if lang == "de" else atelier()
    return dataclasses.replace(config, formality=dataclasses.replace(config.formality, **formality))


def _notes(config: ShopConfig, lang: str, customer: dict[str, Any]) -> list[Note]:
    return [compose(order(order_id=i, locale=lang, customer=customer), config, NOW, secret=SECRET) for i in IDS]


def _greetings(config: ShopConfig, lang: str, customer: dict[str, Any]) -> set[str]:
    return {note.greeting for note in _notes(config, lang, customer)}


@pytest.mark.parametrize(
    ("lang", "names", "customer", "expected"),
    [
        ("de", "full", NOAH, {"Guten Tag Noah Weber,"}),
        ("de", "first", NOAH, {"Hallo Noah,"}),
        ("fr", "full", SOPHIE, {"Bonjour Sophie Martin,"}),
        ("fr", "first", SOPHIE, {"Bonjour Sophie,"}),
    ],
)
def test_a_formal_note_greets_a_customer_without_a_title_as_the_shop_says(
    lang: str, names: str, customer: dict[str, Any], expected: set[str]
) -> None:
    assert _greetings(_shop(lang, **{f"{lang}_name": names}), lang, customer) == expected


@pytest.mark.parametrize(("lang", "customer"), [("de", NOAH), ("fr", SOPHIE)])
def test_the_subject_agrees_with_the_greeting(lang: str, customer: dict[str, Any]) -> None:
    """A full-name greeting goes with a subject that names no one ("Danke, Noah Weber!" reads as a form); a
    first-name greeting with subjects that use the first name, never the full name."""
    first, last = customer["first_name"], customer["last_name"]
    full = [note.subject for note in _notes(_shop(lang, **{f"{lang}_name": "full"}), lang, customer)]
    assert not [subject for subject in full if first in subject or last in subject]
    by_first = [note.subject for note in _notes(_shop(lang, **{f"{lang}_name": "first"}), lang, customer)]
    assert any(first in subject for subject in by_first)
    assert not [subject for subject in by_first if last in subject]


@pytest.mark.parametrize(
    ("lang", "names", "customer", "expected"),
    [
        ("de", "full", ANNA, {"Liebe Frau Weber,", "Guten Tag Frau Weber,", "Hallo Frau Weber,"}),
        ("de", "first", ANNA, {"Liebe Frau Weber,", "Guten Tag Frau Weber,", "Hallo Frau Weber,", "Hallo Anna,"}),
        ("fr", "full", CLAIRE, {"Chère Madame Martin,", "Bonjour Madame Martin,"}),
        ("fr", "first", CLAIRE, {"Chère Madame Martin,", "Bonjour Madame Martin,", "Chère Claire,", "Bonjour Claire,"}),
    ],
)
def test_a_title_on_file_is_used_and_a_first_name_under_sie_gets_hallo_only(
    lang: str, names: str, customer: dict[str, Any], expected: set[str]
) -> None:
    """Neither "Liebe Anna" nor "Guten Tag Anna" ever stands over a note in Sie; French « Chère Claire » does, as a
    French letter writes it."""
    assert _greetings(_shop(lang, **{f"{lang}_name": names}), lang, customer) == expected


@pytest.mark.parametrize(
    ("lang", "customer", "expected"),
    [
        ("de", ANNA, {"Liebe Anna,", "Hallo liebe Anna,", "Hi Anna,", "Moin Anna,", "Hey Anna,", "Hallo Anna,"}),
        ("fr", CLAIRE, {"Chère Claire,", "Salut Claire,", "Bonjour Claire,"}),
    ],
)
def test_the_informal_greetings_are_to_the_first_name(lang: str, customer: dict[str, Any], expected: set[str]) -> None:
    config = _shop(lang)
    informal = dataclasses.replace(config, formality=Formality(de="du", fr="tu"))
    assert _greetings(informal, lang, customer) == expected


def test_the_setting_defaults_to_the_full_name_in_german_and_the_first_name_in_french() -> None:
    config = parse_config({"shop": {"name": "Wollwerk"}, "signer": {"name": "Katrin Vogel"}})
    assert (config.formality.name("de"), config.formality.name("fr")) == ("full", "first")


def test_an_unknown_setting_is_an_error_naming_the_file_and_key() -> None:
    data = {"shop": {"name": "Wollwerk"}, "signer": {"name": "Katrin Vogel"}, "formality": {"de_name": "Vorname"}}
    with pytest.raises(ConfigError, match=r"shop\.toml: \[formality\] de_name must be one of full, first"):
        parse_config(data, "shop.toml")


def test_a_french_note_to_a_title_closes_courteously() -> None:
    """« Très amicalement » or « Chaleureusement » under « Chère Madame Martin » reads too familiar."""
    config = _shop("fr", fr_name="full")
    closings = {note.signature[0] for note in _notes(config, "fr", CLAIRE)}
    assert closings == {"Bien cordialement,", "Bien à vous,", "Belle journée à vous,"}
