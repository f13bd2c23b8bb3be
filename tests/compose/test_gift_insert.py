"""The printed insert of a gift order is for the person who unwraps it: a gift message (the buyer's quoted
words, else the occasion's wish), "from <the buyer's first name>", no prices, no codes, no asks; the buyer's
email still thanks the buyer."""

from __future__ import annotations

import pytest

from notegen.compose.composer import compose
from notegen.compose.gift_insert import gift_message

from .shops import NOW, SECRET, atelier, order, tidal, wollwerk

CODES = {"gift": {"enabled": True, "kind": "code"}, "referral": {"enabled": True}}


def test_the_insert_speaks_to_the_recipient_and_shows_nothing_of_the_buyers() -> None:
    source = order(locale="en", gift=True, note="Birthday present for my husband - please don't include the receipt!")
    shop = tidal(**CODES)
    insert = compose(source, shop, NOW, fit="A6", secret=SECRET)
    email = compose(source, shop, NOW, secret=SECRET)
    assert insert.greeting == "Hello,"
    assert insert.thanks == "Very happy birthday!"
    assert insert.signature == ("From Anna",)
    assert not (insert.gift_code or insert.referral_code or insert.links or insert.show_prices)
    for blocks in ("gift", "incentive", "support", "stay_in_touch", "service"):
        assert getattr(insert, blocks) == ""
    assert "receipt" not in insert.text and "49" not in insert.text
    assert email.greeting.endswith("Anna,") and email.gift_code  # the buyer's email still thanks the buyer


@pytest.mark.parametrize(
    ("note", "lang", "message"),
    [
        (
            "Can you add a card saying 'Happy 40th Jess, love from Sam & the kids'?",
            "en",
            "Happy 40th Jess, love from Sam & the kids",
        ),
        (
            "pouvez-vous ajouter une carte avec « Joyeux anniversaire Mamie, on t'aime » ?",
            "fr",
            "Joyeux anniversaire Mamie, on t'aime",
        ),
        ("Karte bitte mit „Alles Liebe, deine Steffi“ beilegen", "de", "Alles Liebe, deine Steffi"),
        ("Weihnachtsgeschenk für meinen Schwiegervater", "de", "Frohe Weihnachten!"),
        ("bitte beim Nachbarn abgeben, Tor ist offen", "de", "Von Herzen alles Gute!"),
        ("the last parcel was crushed, 'not again' please", "en", "With warmest wishes!"),
        ("", "fr", "Avec toute notre affection\u202f!"),
    ],
)
def test_the_gift_message_is_the_buyers_quoted_words_or_the_occasions_wish(note: str, lang: str, message: str) -> None:
    assert gift_message(order(locale=lang, gift=True, note=note), lang) == message


@pytest.mark.parametrize(
    ("shop", "lang", "sender"), [(wollwerk, "de", "Von Anna"), (atelier, "fr", "De la part d'Anna")]
)
def test_the_insert_is_signed_by_the_buyer(shop: object, lang: str, sender: str) -> None:
    insert = compose(order(locale=lang, gift=True), shop(), NOW, fit="A6", secret=SECRET)  # type: ignore[operator]
    assert insert.signature == (sender,) and insert.lang == lang
