"""Reading the customer's own note in German, French and English, whatever the note's language."""

from __future__ import annotations

from decimal import Decimal

import pytest

from notegen.compose.reply import read_note
from notegen.model import Item

ITEMS = (Item("Mütze „Firn“", 1, Decimal("34"), "Naturweiß"), Item("Candle “Fig Tree”", 1, Decimal("32"), "large"))


def _read(note: str, lang: str = "de", formal: bool = True, gift: bool = False) -> dict[str, object]:
    asked = read_note(note, lang, formal, ITEMS, gift, False)
    return {name: getattr(asked, name) for name in asked.__slots__}


def test_no_note_asks_nothing() -> None:
    asked = _read("   ")
    assert not asked["any"] and not asked["question"] and asked["who"] == ""


@pytest.mark.parametrize(
    ("note", "lang", "formal", "who", "to_whom"),
    [
        ("Ist ein Geschenk für meine Mutter", "de", True, "Ihre Mutter", "Ihrer Mutter"),
        ("für meinen Vater zu Weihnachten", "de", False, "dein Vater", "deinem Vater"),
        ("C'est pour ma sœur", "fr", True, "votre sœur", "à votre sœur"),
        ("pour mon amie Julie", "fr", False, "ton amie", "à ton amie"),
        ("A present for my mum", "en", True, "your mother", "your mother"),
        ("for my mum", "de", True, "Ihre Mutter", "Ihrer Mutter"),
        ("für meine Eltern", "fr", True, "vos parents", "à vos parents"),
    ],
)
def test_the_person_a_gift_is_for_is_named_in_the_notes_language(
    note: str, lang: str, formal: bool, who: str, to_whom: str
) -> None:
    asked = _read(note, lang, formal)
    assert (asked["who"], asked["to_whom"], asked["gift"]) == (who, to_whom, True)


def test_a_person_whose_gender_the_language_would_need_to_guess_is_not_named() -> None:
    asked = _read("for my best friend", "de")
    assert asked["who"] == "" and asked["gift"] is True
    assert _read("for my best friend", "en")["who"] == "your friend"
    assert _read("for my best friend", "en")["them"] == "them"


@pytest.mark.parametrize(
    ("note", "occasion"),
    [
        ("Zum Geburtstag meiner Schwester", "birthday"),
        ("Pour l'anniversaire de mariage de mes parents", "anniversary"),
        ("Christmas present", "christmas"),
        ("Für die Hochzeit meines Bruders", "wedding"),
        ("Cadeau pour la fête des mères", "mothers_day"),
        ("get well soon!", "get_well"),
    ],
)
def test_occasions_are_found_in_every_language(note: str, occasion: str) -> None:
    assert _read(note)["occasion"] == occasion


def test_the_wish_is_written_in_the_notes_language() -> None:
    assert _read("For my sister's birthday", "de")["wish"] == "alles Gute zum Geburtstag"
    assert _read("Für den Geburtstag", "fr")["wish"] == "un très joyeux anniversaire"
    assert _read("Pour Noël", "en")["wish"] == "a merry Christmas"


@pytest.mark.parametrize(
    ("note", "question", "asks", "wrap"),
    [
        ("Passt die Mütze auch über einen Zopf?", True, False, False),
        ("Ist ein Geschenk für meine Mutter", False, False, False),
        ("Können Sie eine Karte beilegen", True, False, False),
        ("Bitte nicht klingeln, Baby schläft", False, True, False),
        ("Bitte hübsch verpacken", False, True, True),
        ("Merci de l'emballer pour offrir", False, True, True),
        ("Please gift wrap it!", False, True, True),
        ("Could you tell me how long the candle burns", True, False, False),
    ],
)
def test_questions_requests_and_wrapping(note: str, question: bool, asks: bool, wrap: bool) -> None:
    asked = _read(note)
    assert (asked["question"], asked["request"], asked["wrap"]) == (question, asks, wrap)


def test_a_question_about_an_item_names_that_item_without_its_variant() -> None:
    assert _read("Passt die Mütze auch über einen Zopf?")["about"] == "zur Mütze „Firn“"
    assert _read("How long does the candle burn?", "en")["about"] == "about the “Fig Tree” candle"
    assert _read("Wann kommt das Paket?")["about"] == ""


def test_memorial_gifts_are_recognised_and_not_taken_for_presents() -> None:
    asked = _read("In memory of my father, who served on the Tenby boat.", "en")
    assert asked["memorial"] and not asked["gift"] and asked["whom"] == "your father"
    assert _read("In Erinnerung an meine Oma")["memorial"]
    assert _read("En mémoire de mon grand-père", "fr")["whom"] == "votre grand-père"


def test_a_note_none_of_this_fits_is_still_answered_and_never_quoted() -> None:
    asked = _read("Freue mich schon sehr!")
    assert asked["other"] and asked["any"]
    assert all("Freue" not in str(value) for value in asked.values())


def test_a_gift_order_is_a_gift_even_without_a_note() -> None:
    assert _read("", gift=True)["gift"] is True
