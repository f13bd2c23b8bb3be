"""A present for someone the customer names through another person is answered naming them as the customer did,
the possessive turned to the reader's ("die Lehrerin von unserem Sohn" → "die Lehrerin Ihres Sohnes"), or not
named at all: never as the other person ("Ihren Sohn"). An animal is wished well as the customer's animal."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from notegen.config import ShopConfig

from .shops import atelier, harbour, informal, tidal, wollwerk
from .test_reply_policy import _compose


@pytest.mark.parametrize(
    ("lang", "make", "note", "named", "wrong"),
    [
        (
            "de",
            wollwerk,
            "für die Tagesmutter von unserem Sohn, als Dankeschön",
            "die Tagesmutter Ihres Sohnes",
            "Ihren Sohn",
        ),
        (
            "de",
            lambda: informal(wollwerk()),
            "für die Tagesmutter von unserem Sohn, als Dankeschön",
            "die Tagesmutter deines Sohnes",
            "deinen Sohn",
        ),
        ("de", wollwerk, "für den Trainer meiner Tochter zum Saisonende", "den Trainer Ihrer Tochter", "Ihre Tochter "),
        (
            "fr",
            atelier,
            "pour la maîtresse de ma fille, en remerciement",
            "la maîtresse de votre fille",
            "votre maîtresse",
        ),
        (
            "fr",
            lambda: informal(atelier()),
            "pour la maîtresse de ma fille, en remerciement",
            "la maîtresse de ta fille",
            "ta maîtresse",
        ),
        ("en", tidal, "for my dad's carer, as a thank you", "your dad's carer", "your father"),
        ("en", harbour, "birthday present for my boss's husband", "your boss's husband", "your husband"),
    ],
)
def test_a_person_named_through_someone_else_is_named_as_the_customer_did(
    lang: str, make: Callable[[], ShopConfig], note: str, named: str, wrong: str
) -> None:
    reply = _compose(lang, make, {"note": note}).reply
    assert named in reply and wrong not in reply, reply


def test_someone_named_through_another_person_in_another_language_is_not_named() -> None:
    reply = _compose("en", tidal, {"note": "für die Lehrerin von meinem Sohn, als Dankeschön"}).reply
    assert "son" not in reply and "teacher" not in reply, reply


def test_a_pets_birthday_is_wished_to_the_customers_pet() -> None:
    note = _compose("en", tidal, {"note": "birthday present for our dog Rolo"})
    assert "your dog Rolo" in note.reply and note.reply.count("birthday") == 1, note.reply


def test_the_teacher_alone_is_no_teacher_of_the_customers() -> None:
    """ "la maîtresse" is someone's teacher; "votre maîtresse" would be the reader's mistress."""
    reply = _compose("fr", atelier, {"note": "pour la maîtresse, fin d'année 🍎"}).reply
    assert "votre maîtresse" not in reply, reply
