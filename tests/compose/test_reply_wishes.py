"""Replies to notes that wish someone well, ask for discretion, or find a price too high: the person wished is
named as the note's language means them (French "Papi" is a grandfather, not "votre père"), never with the
customer's typo, a request for a plain box is not cheered, a price complaint gets an apology, and another shop's
broken parcel gets none."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from notegen.config import ShopConfig

from .shops import atelier, tidal, wollwerk
from .test_reply_policy import APOLOGY, JOY, _compose


@pytest.mark.parametrize(
    ("lang", "make", "note", "named", "wrong"),
    [
        ("fr", atelier, "Joyeux anniversaire Papi !! (pas de facture svp)", "votre grand-père", r"votre père"),
        ("fr", atelier, "pour Papi Michel, bonne retraite", "", r"votre père"),
        ("en", tidal, "a presnt for my brothr for his 40th, pls dont put the reciept in", "your brother", r"brothr"),
        ("de", wollwerk, "Alles Gute zum Geburtstag, liebe Oma!", "Ihrer Oma", r"Ihre\w* Mutter"),
    ],
)
def test_the_person_wished_is_named_as_the_note_means_them(
    lang: str, make: Callable[[], ShopConfig], note: str, named: str, wrong: str
) -> None:
    reply = _compose(lang, make, {"note": note}).reply
    assert not re.search(wrong, reply), reply
    assert named in reply, reply


@pytest.mark.parametrize(
    ("lang", "make", "note"),
    [
        ("en", tidal, "plain packaging please, we've not told anyone we're expecting yet 🤫"),
        ("de", wollwerk, "Bitte neutral verpacken, wir haben die Schwangerschaft noch nicht verkündet"),
        ("fr", atelier, "colis neutre svp, personne n'est au courant de la grossesse"),
    ],
)
def test_a_plain_box_asked_for_a_secret_gets_a_person_and_no_cheer(
    lang: str, make: Callable[[], ShopConfig], note: str
) -> None:
    composed = _compose(lang, make, {"note": note})
    assert composed.follow_up and not re.search(JOY[lang], composed.reply), composed.reply


@pytest.mark.parametrize(
    ("lang", "make", "note", "apology"),
    [
        ("en", tidal, "£6 postage on a single card? bit steep", True),
        ("de", wollwerk, "12 € Versand für eine Kerze ist ganz schön happig", True),
        ("fr", atelier, "10 € de frais de port pour un savon, c'est abusé", True),
        ("de", wollwerk, "Bei einem anderen Shop kam die Vase kaputt an, darum bestelle ich jetzt bei Ihnen", False),
        ("en", tidal, "another shop sent my last lamp smashed, so I'm trying you instead", False),
    ],
)
def test_a_price_complaint_gets_an_apology_and_another_shops_damage_none(
    lang: str, make: Callable[[], ShopConfig], note: str, apology: bool
) -> None:
    reply = _compose(lang, make, {"note": note}).reply
    assert bool(re.search(APOLOGY[lang], reply)) is apology, reply
    assert not re.search(JOY[lang], reply), reply
