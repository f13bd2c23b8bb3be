"""Asks and register: at most two asks a note, chosen by the shop's readable rules in [asks]; a customer known by
title and last name is addressed formally whatever the shop's default, and subject and greeting agree."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from notegen.compose.composer import compose
from notegen.config import parse_config
from notegen.errors import ConfigError

from .shops import NOW, SECRET, atelier, informal, order, tidal, wollwerk
from .test_compose import DU_WORDS, SIE_WORDS, TU_WORDS, VOUS_WORDS


@pytest.mark.parametrize("count", [1, 2, 5])
def test_no_note_asks_for_more_than_two_things_though_the_shop_offers_four(count: int) -> None:
    for index in range(30):
        source = order(order_id=f"A-{count}-{index}", locale="en", customer={"orders_count": count})
        note = compose(source, tidal(), NOW, secret=SECRET)
        assert len(note.asks) == 2
        made = [name for name in ("incentive", "support", "stay_in_touch") if getattr(note, name)]
        assert len(made) <= 2
        assert [link.kind for link in note.links if link.kind != "service"] == [
            ask for ask in note.asks if ask != "share" or note.support
        ]


def test_the_rules_choose_by_occasion_and_skip_what_does_not_apply() -> None:
    first = compose(order(locale="en", customer={"accepts_marketing": False}), tidal(), NOW, secret=SECRET)
    assert first.asks == ("newsletter", "share") and first.stay_in_touch and not first.incentive
    subscribed = compose(order(locale="en", customer={"accepts_marketing": True}), tidal(), NOW, secret=SECRET)
    assert subscribed.asks == ("share", "review") and not subscribed.stay_in_touch
    returning = compose(order(locale="en", customer={"orders_count": 4}), tidal(), NOW, secret=SECRET)
    assert (
        returning.asks == ("review", "referral") and returning.incentive and "tidal.example/review" in returning.support
    )
    assert "tidal.example/share" not in returning.text


def test_a_shop_can_ask_less_and_in_its_own_order() -> None:
    shop = tidal(asks={"most": 1, "returning": ["referral", "review"]})
    note = compose(order(locale="en", customer={"orders_count": 4}), shop, NOW, secret=SECRET)
    assert note.asks == ("referral",) and note.incentive and not note.support and not note.stay_in_touch
    quiet = compose(order(locale="en"), tidal(asks={"most": 0}), NOW, secret=SECRET)
    assert quiet.asks == () and not (quiet.incentive or quiet.support or quiet.stay_in_touch) and quiet.gift


def test_a_memorial_gift_is_thanked_without_asking_for_anything() -> None:
    source = order(locale="en", note="In memory of my father, who loved the sea", customer={"orders_count": 3})
    note = compose(source, tidal(), NOW, secret=SECRET)
    assert note.asks == () and not (note.incentive or note.support or note.stay_in_touch)


@pytest.mark.parametrize(
    ("asks", "message"),
    [({"most": 3}, r"\[asks\] most must be 0, 1 or 2"),
     ({"gift": ["review", "like"]}, r"\[asks\] gift: unknown ask 'like'")],
)  # fmt: skip
def test_bad_ask_rules_are_errors_that_name_the_key(asks: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        parse_config({"shop": {"name": "S"}, "signer": {"name": "A B"}, "asks": asks}, "shop.toml")


@pytest.mark.parametrize(
    ("lang", "formal", "informal_words"), [("de", SIE_WORDS, DU_WORDS), ("fr", VOUS_WORDS, TU_WORDS)]
)
def test_a_customer_known_by_title_and_last_name_is_addressed_formally_under_an_informal_shop(
    lang: str, formal: re.Pattern[str], informal_words: re.Pattern[str]
) -> None:
    for index in range(24):
        customer = {"first_name": "", "last_name": "Albers", "salutation": "ms" if index % 2 else "mr",
                    "orders_count": index % 3 + 1}  # fmt: skip
        source = order(order_id=f"R-{index}", locale=lang, customer=customer, gift=index % 5 == 0)
        for shop in (informal(wollwerk()), informal(atelier())):
            note = compose(source, shop, NOW, secret=SECRET)
            words = note.text + note.subject + note.preheader
            assert formal.search(words) and not informal_words.search(words), words


NAMES = re.compile(r"\b(?:Frau|Herr|Madame|Monsieur) [A-ZÄÖÜ]\w+|\bAnna\b")


@pytest.mark.parametrize("lang", ["de", "fr", "en"])
def test_subject_and_greeting_call_the_customer_the_same(lang: str) -> None:
    """With `de_name`/`fr_name` "first" a formal note calls a customer whose title is on file now by it, now by
    the first name; subject and greeting agree in each note."""
    titles = set()
    shop = wollwerk()
    config = replace(shop, formality=replace(shop.formality, de_name="first", fr_name="first"))
    for index in range(60):
        customer = {"first_name": "Anna", "last_name": "Albers", "salutation": "ms"}
        note = compose(order(order_id=f"N-{index}", locale=lang, customer=customer), config, NOW, secret=SECRET)
        in_subject = set(NAMES.findall(note.subject))
        in_greeting = set(NAMES.findall(note.greeting))
        assert not in_subject or in_subject == in_greeting, (note.subject, note.greeting)
        titles |= in_greeting
    assert ("Anna" in titles) and (lang == "en" or len(titles) == 2)
