"""Composing notes: salutations that never guess, one formality throughout, gift orders without prices,
donations without selling, blocks switched by the config, the length budget, links and codes."""

from __future__ import annotations

import dataclasses
import re

import pytest

from notegen.compose.composer import DROP_ORDER, FITS, SHORTEN_STEPS, compose
from notegen.config import Newsletter, Referral, Reply, Service, Support
from notegen.errors import CodesError, RenderError
from notegen.model import Note

from .shops import NOW, SECRET, atelier, harbour, informal, order, tidal, wollwerk

DU_WORDS = re.compile(r"\b(du|dich|dir|dein\w*)\b")
SIE_WORDS = re.compile(r"\b(Sie|Ihnen|Ihr|Ihre[nmrs]?)\b")
TU_WORDS = re.compile(r"\b(tu|te|toi|ton|ta|tes|t')\b|-toi\b|\bt'", re.IGNORECASE)
VOUS_WORDS = re.compile(r"\b(vous|votre|vos)\b", re.IGNORECASE)


def _first_words(note: Note) -> str:
    return note.greeting.split(",")[0]


GENDERED = {"de": {"Liebe", "Lieber"}, "fr": {"Chère", "Cher"}}
NEUTRAL = {"de": {"Hallo", "Guten"}, "fr": {"Bonjour"}}


@pytest.mark.parametrize(
    ("lang", "salutation", "expected"),
    [("de", "ms", "Liebe"), ("de", "mr", "Lieber"), ("de", "mx", None), ("de", "", None),
     ("fr", "ms", "Chère"), ("fr", "mr", "Cher"), ("fr", "mx", None), ("fr", "", None)],
)  # fmt: skip
def test_salutations_are_gendered_only_when_the_data_says_so(lang: str, salutation: str, expected: str | None) -> None:
    greetings = set()
    for index in range(40):
        customer = {"first_name": "Kim", "last_name": "Weber", "salutation": salutation}
        note = compose(order(order_id=f"S-{index}", locale=lang, customer=customer), wollwerk(), NOW, secret=SECRET)
        greetings.add(_first_words(note).split()[0])
    if expected is None:
        assert greetings <= NEUTRAL[lang]
    else:
        assert expected in greetings and not greetings & GENDERED[lang] - {expected}
        assert greetings <= NEUTRAL[lang] | {expected}


def test_a_customer_known_only_by_salutation_and_last_name_is_addressed_by_both() -> None:
    customer = {"first_name": "", "last_name": "Nakamura", "salutation": "mr"}
    for lang, expected in (("de", "Herr Nakamura"), ("fr", "Monsieur Nakamura"), ("en", "Mr Nakamura")):
        note = compose(order(locale=lang, customer=customer), tidal(), NOW, secret=SECRET)
        assert expected in note.greeting, note.greeting


@pytest.mark.parametrize("index", range(30))
def test_german_formality_is_consistent_and_sie_is_capitalised(index: int) -> None:
    customer = {"orders_count": index % 4 + 1, "customer_since": "2022-01-01" if index % 2 else None}
    source = order(
        order_id=f"F-{index}",
        locale="de",
        gift=index % 5 == 0,
        note=["", "Für meine Mutter?"][index % 2],
        customer=customer,
    )
    formal = compose(source, wollwerk(), NOW, secret=SECRET).text
    casual = compose(source, informal(wollwerk()), NOW, secret=SECRET).text
    assert SIE_WORDS.search(formal) and not DU_WORDS.search(formal)
    assert DU_WORDS.search(casual) and not SIE_WORDS.search(casual)
    assert not re.search(r"\b(ihnen|ihren)\b", formal), "Sie forms are written with a capital"


@pytest.mark.parametrize("index", range(30))
def test_french_formality_is_consistent(index: int) -> None:
    source = order(
        order_id=f"F-{index}",
        locale="fr",
        gift=index % 5 == 0,
        note=["", "Pour ma mère ?"][index % 2],
        customer={"orders_count": index % 3 + 1},
        items=[{"name": "Bougie « Figuier »", "quantity": index % 3 + 1, "price": "32"}],
    )
    formal = compose(source, atelier(), NOW, secret=SECRET).text
    casual = compose(source, informal(atelier()), NOW, secret=SECRET).text
    assert VOUS_WORDS.search(formal) and not TU_WORDS.search(formal.replace("toute", ""))
    assert TU_WORDS.search(casual) and not VOUS_WORDS.search(casual)


def test_gift_orders_show_no_prices_anywhere() -> None:
    source = order(gift=True, customer={"orders_count": 3})
    for config in (wollwerk(), tidal()):
        note = compose(source, config, NOW, secret=SECRET)
        assert note.occasion == "gift" and note.show_prices is False
        everything = " ".join([note.text, note.subject, note.preheader])
        assert "49,90" not in everything and "49.90" not in everything and "€" not in everything


def test_donations_thank_the_donor_say_what_it_makes_possible_and_sell_nothing() -> None:
    shop_with_offers = dataclasses.replace(tidal(), donation=harbour().donation)
    source = order(locale="en", donation=True, items=[{"name": "Winter appeal donation", "price": "25"}])
    note = compose(source, shop_with_offers, NOW, secret=SECRET)
    assert note.occasion == "donation"
    assert "helps keep our lifeboat crews trained" in note.thanks and "gift to the winter appeal" in note.thanks
    assert note.gift == note.incentive == note.gift_code == note.referral_code == ""
    assert "% off" not in note.text


def test_a_nonprofit_thanks_its_merchandise_as_merchandise() -> None:
    note = compose(order(locale="en"), harbour(), NOW)  # a scarf, not a donation (tests/compose/test_donations.py)
    assert note.occasion != "donation"


def test_returning_customers_hear_how_many_orders_or_since_when() -> None:
    seen = set()
    for index in range(12):
        customer = {"orders_count": 3, "customer_since": "2023-05-02"}
        note = compose(order(order_id=f"R-{index}", locale="en", customer=customer), tidal(), NOW, secret=SECRET)
        assert note.occasion == "returning"
        seen.add("third" in note.thanks or "May 2023" in note.thanks)
    assert seen == {True}
    only_since = order(locale="de", customer={"orders_count": None, "customer_since": "2021-06-01"})
    for index in range(12):
        only_since = order(
            order_id=f"S-{index}", locale="de", customer={"orders_count": None, "customer_since": "2021-06-01"}
        )
        assert "Juni 2021" in compose(only_since, wollwerk(), NOW, secret=SECRET).thanks


def test_the_newsletter_is_offered_only_to_customers_who_have_not_agreed_and_only_if_enabled() -> None:
    for accepts, offered in ((True, False), (False, True), (None, True)):
        note = compose(order(customer={"accepts_marketing": accepts}), tidal(), NOW, secret=SECRET)
        assert bool(note.stay_in_touch) is offered
        assert any(link.kind == "newsletter" for link in note.links) is offered
    off = dataclasses.replace(tidal(), newsletter=Newsletter(enabled=False))
    assert compose(order(customer={"accepts_marketing": False}), off, NOW, secret=SECRET).stay_in_touch == ""


def test_every_block_but_greeting_thanks_and_signature_can_be_switched_off() -> None:
    config = dataclasses.replace(
        tidal(gift={"enabled": False}),
        referral=Referral(enabled=False),
        support=Support(enabled=False),
        newsletter=Newsletter(enabled=False),
        service=Service(enabled=False),
        reply=Reply(enabled=False),
    )
    note = compose(order(locale="en", note="Is it warm?"), config, NOW)
    assert [name for name, _ in note.body()] == ["thanks"] and note.postscript() == []
    assert note.greeting and note.signature == (note.signature[0], "Maya Chen", "Potter, Tidal Pottery")
    assert note.links == ()


def test_the_gift_comes_before_any_ask_and_the_newsletter_after_the_signature() -> None:
    source = order(locale="en", customer={"accepts_marketing": False})
    note = compose(source, tidal(asks={"first_order": ["referral", "review"]}), NOW, secret=SECRET)
    text = note.text
    assert text.index(note.gift) < text.index(note.incentive) < text.index(note.support)
    assert note.gift_code in note.gift and note.referral_code in note.incentive
    note = compose(source, tidal(asks={"first_order": ["newsletter"]}), NOW, secret=SECRET)
    text = note.text
    assert text.index(note.signature[1]) < text.index(note.stay_in_touch) < text.index(note.service)


def test_the_note_answers_a_question_in_the_customers_note_without_quoting_it() -> None:
    question = "Passt die Mütze auch über einen Zopf? Ich habe sehr lange Haare und trage sie meistens geflochten."
    source = order(note=question, items=[{"name": "Mütze „Firn“", "variant": "Naturweiß", "price": "34"}])
    note = compose(source, wollwerk(), NOW, secret=SECRET)
    assert "persönlich" in note.reply and "zur Mütze „Firn“" in note.reply
    assert "Zopf" not in note.text and "Haare" not in note.text


def test_the_insert_drops_optional_blocks_in_the_documented_order_and_never_cuts_text() -> None:
    source = order(locale="en", note="For my mum's birthday", customer={"accepts_marketing": False})
    complaints = "Should anything arrive broken, send us a photo and we will replace it, no questions asked. " * 8
    shop = tidal(service={"email": "hello@tidal.example", "phone": "+44 117 496 0000", "complaints": complaints})
    email = compose(source, shop, NOW, fit="A5", secret=SECRET)
    insert = compose(source, shop, NOW, fit="A6", secret=SECRET)
    assert len(email.text) > FITS["A6"] >= len(insert.text)
    assert compose(source, shop, NOW, secret=SECRET).text.count("\n\n") == email.text.count("\n\n")
    dropped = [name for name in DROP_ORDER if getattr(email, name) and not getattr(insert, name)]
    assert dropped == list(DROP_ORDER[: len(dropped)])
    for name in ("greeting", "thanks", "reply", "gift"):
        assert getattr(insert, name) == getattr(email, name)


def test_shorten_drops_more_blocks_but_never_greeting_thanks_or_signature() -> None:
    source = order(locale="en", note="For my mum", customer={"accepts_marketing": False})
    previous = compose(source, tidal(), NOW, fit="A5", secret=SECRET)
    for steps in range(1, SHORTEN_STEPS + 2):
        shorter = compose(source, tidal(), NOW, fit="A5", shorten=steps, secret=SECRET)
        assert len(shorter.text) <= len(previous.text)
        assert shorter.greeting and shorter.thanks and shorter.signature == previous.signature
        previous = shorter
    assert [name for name, _ in previous.body()] == ["thanks"] and previous.postscript() == []
    assert previous.gift_code == previous.referral_code == "" and previous.links == ()


def test_print_wording_does_not_ask_to_reply_to_an_email() -> None:
    source = order(locale="de")
    assert "E-Mail" in compose(source, wollwerk(), NOW, secret=SECRET).service
    printed = compose(source, wollwerk(), NOW, fit="A5", secret=SECRET)
    assert "E-Mail" not in printed.text and "hallo@wollwerk.example" in printed.service


def test_links_are_those_of_the_chosen_asks_the_primary_first_then_service() -> None:
    returning = order(locale="fr", customer={"accepts_marketing": False, "orders_count": 3})
    note = compose(returning, atelier(), NOW, secret=SECRET)
    assert note.asks == ("review", "referral")
    assert [(link.kind, link.label) for link in note.links] == [
        ("review", "Donner un avis"),
        ("referral", "Nous recommander"),
        ("service", "Nous écrire"),
    ]
    first = compose(order(locale="fr", customer={"accepts_marketing": False}), atelier(), NOW, secret=SECRET)
    assert first.asks == ("newsletter", "share") and first.incentive == ""
    assert [link.kind for link in first.links] == ["newsletter", "service"]  # no share address: "tell a friend"


def test_the_same_order_always_gives_the_same_note_and_other_orders_differ() -> None:
    first = compose(order(order_id="A-1"), wollwerk(), NOW, secret=SECRET)
    assert compose(order(order_id="A-1"), wollwerk(), NOW, secret=SECRET) == first
    others = {compose(order(order_id=f"A-{i}"), wollwerk(), NOW, secret=SECRET).text for i in range(2, 12)}
    assert len(others) == 10 and first.text not in others


def test_codes_need_the_secret_and_the_error_names_the_variable() -> None:
    with pytest.raises(CodesError, match="NOTEGEN_SECRET"):
        compose(order(), wollwerk(), NOW)
    custom = tidal(gift={"enabled": True, "secret_env": "TIDAL_SECRET"})
    with pytest.raises(CodesError, match="TIDAL_SECRET"):
        compose(order(), custom, NOW, secret="")
    without_codes = tidal(gift={"enabled": True, "kind": "points", "points": 50}, referral={"enabled": False})
    assert "50 bonus points" in compose(order(locale="en"), without_codes, NOW).gift


def test_an_unknown_fit_is_refused() -> None:
    with pytest.raises(RenderError, match="A7"):
        compose(order(), wollwerk(), NOW, fit="A7", secret=SECRET)


@pytest.mark.parametrize(("country", "lang"), [("AT", "de"), ("BE", "fr"), ("LU", "fr"), ("CH", "en"), ("US", "en")])
def test_the_language_follows_the_shipping_country_when_the_order_has_no_locale(country: str, lang: str) -> None:
    note = compose(order(shipping_country=country), tidal(), NOW, secret=SECRET)
    assert note.lang == lang


def test_customer_data_is_only_ever_a_value_never_template_source() -> None:
    customer = {"first_name": "Anna {{ 7 * 7 }}", "last_name": "{% raw %}"}
    source = order(locale="en", customer=customer, items=[{"name": "Mug {{ shop.name }}", "price": "10"}])
    note = compose(source, tidal(), NOW, secret=SECRET)
    assert "{{ 7 * 7 }}" in note.greeting and "49" not in note.greeting
    assert "{{ shop.name }}" in note.thanks
