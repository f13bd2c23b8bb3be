"""The printed insert of a gift order is for the person who unwraps it: a gift message (the buyer's quoted
words, else the occasion's wish), "from <the buyer's first name>", no prices, no codes, no asks; the buyer's
email still thanks the buyer."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from notegen.compose.composer import compose
from notegen.compose.gift_insert import gift_message, insert_words
from notegen.errors import ConfigError

from .shops import NOW, SECRET, atelier, order, tidal, wollwerk

CODES = {"gift": {"enabled": True, "kind": "code"}, "referral": {"enabled": True}}
# The plain wishes of locales/<lang>/gift_insert.yml in the formal register, written out here again
PLAIN = {
    "de": (
        "Von Herzen alles Gute!",
        "Wir wünschen Ihnen viel Freude damit!",
        "Alles Liebe und viel Freude beim Auspacken!",
    ),
    "fr": (
        "Avec toute notre affection\u202f!",
        "Profitez bien de ce cadeau\u202f!",
        "Tous nos vœux, et belle découverte\u202f!",
    ),
    "en": ("With warmest wishes!", "Enjoy your present!", "Wishing you lots of joy with it!"),
}


def test_the_insert_speaks_to_the_recipient_and_shows_nothing_of_the_buyers() -> None:
    source = order(locale="en", gift=True, note="Birthday present for my husband - please don't include the receipt!")
    shop = tidal(**CODES)
    insert = compose(source, shop, NOW, fit="A6", secret=SECRET)
    email = compose(source, shop, NOW, secret=SECRET)
    assert insert.greeting in ("Hello,", "Hi there,", "Hello there,")
    assert insert.thanks == "Very happy birthday!"
    assert insert.signature[0] in ("From Anna", "With best wishes from Anna", "Warmly, Anna")
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
        ("bitte beim Nachbarn abgeben, Tor ist offen", "de", PLAIN["de"]),
        ("the last parcel was crushed, 'not again' please", "en", PLAIN["en"]),
        ("", "fr", PLAIN["fr"]),
    ],
)
def test_the_gift_message_is_the_buyers_quoted_words_or_the_occasions_wish(
    note: str, lang: str, message: str | tuple[str, ...]
) -> None:
    found = gift_message(order(locale=lang, gift=True, note=note), lang)
    assert found in message if isinstance(message, tuple) else found == message


@pytest.mark.parametrize(
    ("shop", "lang", "senders"),
    [
        (wollwerk, "de", ("Von Anna", "Herzlich, Anna", "Mit lieben Grüßen von Anna")),
        (atelier, "fr", ("De la part d'Anna", "Avec toute l'affection d'Anna", "Bien affectueusement, Anna")),
    ],
)
def test_the_insert_is_signed_by_the_buyer(shop: object, lang: str, senders: tuple[str, ...]) -> None:
    insert = compose(order(locale=lang, gift=True), shop(), NOW, fit="A6", secret=SECRET)  # type: ignore[operator]
    assert insert.signature[0] in senders and insert.lang == lang


@pytest.mark.parametrize(("shop", "lang"), [(wollwerk, "de"), (atelier, "fr"), (tidal, "en")])
def test_inserts_of_a_batch_vary_their_words_and_each_order_keeps_its_own(shop: object, lang: str) -> None:
    """Several phrasings per block, chosen per order by a stable hash: twenty orders use more than one of each,
    and the same order always gets the same insert."""
    config = shop()  # type: ignore[operator]
    inserts = [
        compose(order(locale=lang, gift=True, order_id=f"G-{n}"), config, NOW, fit="A6", secret=SECRET)
        for n in range(20)
    ]
    for block in ("greeting", "reply", "thanks", "signature"):
        if (lang, block) != ("fr", "greeting"):  # French greets a stranger with "Bonjour" alone
            assert len({getattr(note, block) for note in inserts}) > 1, block
    again = compose(order(locale=lang, gift=True, order_id="G-3"), config, NOW, fit="A6", secret=SECRET)
    assert again.text == inserts[3].text
    assert all(config.shop.name in note.reply and "Anna" in note.signature[0] for note in inserts)


def test_the_plain_wish_speaks_in_the_shops_formality() -> None:
    formal = {gift_message(order(locale="de", gift=True, order_id=f"G-{n}"), "de", True) for n in range(30)}
    informal = {gift_message(order(locale="de", gift=True, order_id=f"G-{n}"), "de", False) for n in range(30)}
    assert "Wir wünschen Ihnen viel Freude damit!" in formal and not any("dir" in wish for wish in formal)
    assert "Wir wünschen dir viel Freude damit!" in informal and not any("Ihnen" in wish for wish in informal)


def test_a_broken_phrasings_file_says_which_list(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "de").mkdir()
    (tmp_path / "de" / "gift_insert.yml").write_text("greeting: [Hallo]\npacked: Hallo\n", encoding="utf-8")
    monkeypatch.setattr(sys.modules[insert_words.__module__], "locales_dir", lambda: tmp_path)
    insert_words.cache_clear()
    try:
        with pytest.raises(ConfigError, match=r"gift_insert.yml: packed: give a list of phrases"):
            insert_words("de")
    finally:
        insert_words.cache_clear()
