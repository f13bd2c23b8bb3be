"""The reply to the customer's own note: the person a present is for named in the note's language and
formality, whatever language the customer wrote in; the policy fields the templates and the composer read."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from notegen.compose.composer import compose
from notegen.compose.reply import Asked, read_note
from notegen.model import Item

from .shops import NOW, SECRET, atelier, harbour, order, wollwerk

ITEMS = (Item("Mütze „Firn“", 1, Decimal("34"), "Naturweiß"), Item("Candle “Fig Tree”", 1, Decimal("32"), "large"))


def _read(note: str, lang: str = "de", formal: bool = True, gift: bool = False, answered_by: str = "Eva") -> Asked:
    return read_note(note, lang, formal, ITEMS, gift, False, answered_by=answered_by, carer="Katrin Vogel")


def test_no_note_asks_nothing() -> None:
    asked = _read("   ")
    assert not asked.any and not asked.answer and not asked.question and asked.who == ""


@pytest.mark.parametrize(
    ("note", "lang", "formal", "who", "to_whom"),
    [
        ("Ist ein Geschenk für meine Mutter", "de", True, "Ihre Mutter", "Ihrer Mutter"),
        ("für meinen Vater zu Weihnachten", "de", False, "dein Vater", "deinem Vater"),
        ("C'est pour ma sœur", "fr", True, "votre sœur", "à votre sœur"),
        ("cadeau pour mon amie Julie", "fr", False, "ton amie", "à ton amie"),
        # an English note keeps the customer's own word for the relation
        ("A present for my mum", "en", True, "your mum", "your mum"),
        ("Christmas present for my grandad", "en", True, "your grandad", "your grandad"),
        ("It's for my nan, she loves the garden", "en", True, "your nan", "your nan"),
        ("A present for my mother", "en", True, "your mother", "your mother"),
        ("a present for my mum", "de", True, "Ihre Mutter", "Ihrer Mutter"),
        ("Geschenk für meine Eltern", "fr", True, "vos parents", "à vos parents"),
        ("Hochzeitsgeschenk für Anna & Tom", "de", True, "Anna & Tom", "Anna & Tom"),
        ("Thank you gift for our dog sitter", "en", True, "your dog sitter", "your dog sitter"),
    ],
)
def test_the_person_a_gift_is_for_is_named_in_the_notes_language(
    note: str, lang: str, formal: bool, who: str, to_whom: str
) -> None:
    asked = _read(note, lang, formal)
    assert (asked.who, asked.to_whom, asked.gift, asked.answer) == (who, to_whom, True, True)


def test_a_person_whose_gender_the_language_would_need_to_guess_is_not_named() -> None:
    asked = _read("a present for my best friend", "de")
    assert asked.who == "" and asked.gift is True and not asked.answer  # neither recipient nor occasion: silence
    assert _read("a present for my best friend", "en").who == "your friend"
    assert _read("a present for my best friend", "en").them == "them"


@pytest.mark.parametrize("note", ["birthday present for my cousin", "end of term gift for our teacher"])
def test_an_english_relation_without_a_gender_is_named_in_english_only(note: str) -> None:
    """ "cousin" and "teacher" say no gender: English names them, German and French (which need one) do not."""
    assert _read(note, "en").who in ("your cousin", "your teacher")
    assert _read(note, "de").who == "" and _read(note, "fr").who == ""


@pytest.mark.parametrize(
    ("note", "lang", "wish", "for_occasion"),
    [
        ("Geburtstagsgeschenk für meine Schwester", "de", "alles Gute zum Geburtstag", "zum Geburtstag"),
        ("Cadeau d'anniversaire pour ma sœur", "fr", "un très joyeux anniversaire", "pour un anniversaire"),
        ("Christmas present for my dad", "en", "a merry Christmas", "for Christmas"),
        (
            "for my wife, our 25th wedding anniversary is on saturday",
            "en",
            "every happiness",
            "for a celebration of two",
        ),
    ],
)
def test_a_gifts_occasion_is_wished_in_the_notes_language(note: str, lang: str, wish: str, for_occasion: str) -> None:
    asked = _read(note, lang)
    assert (asked.wish, asked.for_occasion, asked.answer) == (wish, for_occasion, True)


def test_a_birthday_that_may_be_someone_elses_is_not_wished_to_the_customer() -> None:
    assert not _read("pour les 40 ans de ma cousine", "fr").wish or _read("pour les 40 ans de ma cousine", "fr").gift
    assert _read("treating myself for my birthday 🥳", "en").wish == "a very happy birthday"
    assert _read("Birthday cake decorations for the party", "en").answer is False


@pytest.mark.parametrize(
    ("note", "lang", "question", "asks", "wrap"),
    [
        ("Passt die Mütze auch über einen Zopf?", "de", True, False, False),
        ("Könnt ihr bitte eine Karte beilegen?", "de", False, True, False),
        ("Bitte hübsch als Geschenk verpacken", "de", False, True, True),
        ("Merci de l'emballer en papier cadeau", "fr", False, True, True),
        ("Please gift wrap it!", "en", False, True, True),
    ],
)
def test_questions_requests_and_wrapping(note: str, lang: str, question: bool, asks: bool, wrap: bool) -> None:
    asked = _read(note, lang)
    assert (asked.question, asked.request, asked.wrap) == (question, asks, wrap)
    assert asked.carer == "Eva" and asked.answer and asked.attention in ("question", "request")


def test_questions_get_no_promise_unless_someone_reads_them() -> None:
    asked = _read("Is the mug dishwasher safe?", "en", answered_by="")
    assert asked.question and not asked.answer and asked.carer == "" and asked.attention.startswith("question")


def test_a_question_about_an_item_names_that_item_without_its_variant() -> None:
    assert _read("Passt die Mütze auch über einen Zopf?").about == "zur Mütze „Firn“"
    assert _read("How long does the candle burn?", "en").about == "about the “Fig Tree” candle"
    assert _read("Wann kommt das Paket?").about == "zur Lieferzeit"  # no item named: the topic
    assert _read("Ist die Mütze waschbar?").about == "zur Mütze „Firn“"  # the item is the more concrete
    assert _read("Ist das so in Ordnung?").about == ""


@pytest.mark.parametrize(
    ("note", "lang", "formal", "about"),
    [
        ("Kommt das noch vor Weihnachten an?", "de", True, "zur Lieferzeit"),
        ("fällt der Pulli eher klein aus?", "de", False, "zur Größe"),
        ("est-ce que la taille 40 taille petit ?", "fr", True, "sur la taille"),
        ("vous livrez en Belgique ?", "fr", False, "sur la livraison à l'étranger"),
        ("do these come in other colours?", "en", True, "about colours"),
        ("is it suitable for a 3 year old?", "en", True, "about the right age"),
        ("Can I have it in blue, and when will it arrive?", "en", True, ""),  # two topics: none named
        # a topic inside a longer one's words gives way: "wie lange" of sizes inside "wie lange dauert"
        ("Wie lange dauert der Versand ungefähr?", "de", True, "zur Lieferzeit"),
        ("ça arrive quand à peu près ?", "fr", False, "sur le délai de livraison"),
        ("When will my parcel arrive?", "en", True, "about the delivery time"),
    ],
)
def test_a_question_is_named_by_its_topic_when_the_note_names_one(
    note: str, lang: str, formal: bool, about: str
) -> None:
    asked = _read(note, lang, formal)
    assert (asked.question, asked.about) == (True, about)


@pytest.mark.parametrize(
    ("note", "lang", "formal", "requested"),
    [
        ("bitte eine Karte beilegen", "de", True, "Ihre Bitte um eine Karte"),
        ("könnt ihr das gravieren?", "de", False, "deine Bitte um eine Gravur"),
        ("pourriez-vous ajouter des échantillons ?", "fr", True, "votre demande d'échantillons"),
        ("please remove the price tags", "en", True, "your request to remove the prices"),
        ("please add a card and send it together with my other order", "en", True, ""),  # two requests
    ],
)
def test_a_request_is_named_when_the_note_names_one(note: str, lang: str, formal: bool, requested: str) -> None:
    asked = _read(note, lang, formal)
    assert (asked.request, asked.requested) == (True, requested)


def test_a_complaint_is_quiet_names_its_problem_and_who_takes_care() -> None:
    asked = _read("the last parcel arrived crushed", "en", answered_by="")
    assert (asked.complaint, asked.quiet, asked.problem, asked.carer, asked.answer) == (
        True,
        True,
        "damaged",
        "Katrin Vogel",
        True,
    )
    assert asked.attention == "complaint" and not asked.gift


def test_memorial_gifts_are_quiet_and_not_taken_for_presents() -> None:
    asked = _read("In memory of my father, who served on the Tenby boat.", "en")
    assert asked.memorial and asked.quiet and not asked.gift and asked.whom == "your father"
    assert _read("In Erinnerung an meine Oma").memorial
    assert _read("En mémoire de mon grand-père", "fr").who == "votre grand-père"


@pytest.mark.parametrize("note", ["ok", "Rechnung an die Firma Müller GmbH", "danke"])
def test_instructions_and_noise_get_no_reply(note: str) -> None:
    asked = _read(note)
    assert asked.any and not asked.answer and not asked.gift and not asked.noted


def test_a_delivery_instruction_is_only_noted() -> None:
    """The reply may say the instruction was noted (the report lists it for whoever packs), and nothing else."""
    asked = _read("bitte beim Nachbarn abgeben")
    assert asked.answer and asked.noted and not (asked.gift or asked.question or asked.wish)
    assert asked.attention == "delivery instruction"


def test_a_note_not_understood_gets_no_reply_and_goes_to_a_person() -> None:
    asked = _read("Grüße an Bernd vom Stammtisch, er weiß Bescheid")
    assert asked.other and not asked.answer and asked.attention == "not understood"


def test_a_gift_order_is_a_gift_even_without_a_note() -> None:
    assert _read("", gift=True).gift is True
    assert _read("not a gift", "en", gift=True).gift is False


@pytest.mark.parametrize(
    ("note", "lang", "praised"),
    [
        ("Super schneller Versand, danke!", "de", "fast"),
        ("Ich bin Stammkundin und bestelle immer wieder gern", "de", "loyal"),
        ("Ich liebe euren Laden!", "de", "love"),
        ("Toller Laden!", "de", "great"),
        ("livraison rapide, merci", "fr", "fast"),
        ("cliente depuis des années", "fr", "loyal"),
        ("j'adore votre boutique", "fr", "love"),
        ("continuez comme ça !!", "fr", "great"),
        ("really fast delivery last time, thanks", "en", "fast"),
        ("regular customer here", "en", "loyal"),
        ("love your shop!!", "en", "love"),
        ("keep up the great work x", "en", "loyal"),
        ("Gorgeous candles, as always", "en", "great"),
    ],
)
def test_praise_is_read_for_what_it_praises(note: str, lang: str, praised: str) -> None:
    asked = _read(note, lang)
    assert (asked.praise, asked.answer, asked.praised) == (True, True, praised)
    assert _read("Bitte an der Tür abstellen", "de").praised == ""


@pytest.mark.parametrize(
    ("lang", "note", "gift"),
    [
        ("en", "Can't wait to get it!", False),
        ("en", "not a gift", False),
        ("en", "a present for my mum, she'll love it", True),
        ("de", "freu mich schon riesig drauf", False),
        ("de", "Geschenk für meinen Bruder", True),
        ("fr", "J'ai hâte de le recevoir !", False),
        ("fr", "c'est pour offrir à ma sœur", True),
    ],
)
def test_an_order_marked_as_a_gift_is_none_when_its_note_says_it_is_the_customers_own(
    lang: str, note: str, gift: bool
) -> None:
    shop = {"de": wollwerk, "fr": atelier, "en": harbour}[lang]()
    composed = compose(order(locale=lang, gift=True, note=note), shop, NOW, secret=SECRET)
    assert (composed.occasion == "gift") is gift, composed.text
    assert _read(note, lang, gift=True).gift is gift
    if not gift:  # nor does the asks' paragraph speak of a present
        assert not re.search(r"present|gift|Geschenk|cadeau", composed.text, re.IGNORECASE), composed.text
