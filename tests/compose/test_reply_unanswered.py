"""Customer notes a stock reply used to leave unanswered or misplace: a question about a product the order does
not hold, a question about when the parcel comes, a delivery instruction, and a customer who can't wait. Each
is composed as a real note in every language and formality, and the composed note passes the lint."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

import pytest

from notegen.compose.composer import compose
from notegen.compose.reply import DELIVERY_NOTE, ELSEWHERE
from notegen.config import ShopConfig
from notegen.lint import Linter
from notegen.model import Note, Order

from .shops import NOW, SECRET, atelier, harbour, informal, order, wollwerk

SHOPS: dict[str, Callable[[], ShopConfig]] = {
    "de-sie": wollwerk,
    "de-du": lambda: informal(wollwerk()),
    "fr-vous": atelier,
    "fr-tu": lambda: informal(atelier()),
    "en": harbour,
}
DELIVERY = {
    "de": "Wir verschicken jedes Paket innerhalb von zwei Werktagen, die Sendungsnummer kommt dann per E-Mail.",
    "fr": "Nous expédions chaque colis sous deux jours ouvrés, et le numéro de suivi suit par e-mail.",
    "en": "Every parcel leaves us within two working days, and the tracking link follows by email.",
}
GIFT_WORDS = re.compile(r"present|gift|unwrap|Geschenk|auspack|cadeau|déball|offrir", re.IGNORECASE)


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


SAMPLE = {
    "de": "eine Probe unserer Handcreme",
    "fr": "un échantillon de notre crème pour les mains",
    "en": "a sample of our hand cream",
}


def _compose(
    shop: str, note: str, item: str, *, number: int = 1, sample: bool = False, **reply: object
) -> tuple[Order, Note]:
    config = SHOPS[shop]()
    if sample:
        config = replace(config, gift=replace(config.gift, enabled=True, kind="sample", sample=SAMPLE))
    if reply:
        config = replace(config, reply=replace(config.reply, **reply))
    lang = shop[:2]
    source = order(
        order_id=f"R13-{number}",
        locale=lang,
        note=note,
        customer={"accepts_marketing": True, "orders_count": 2},
        items=[{"name": item, "quantity": 1, "price": "24.00"}],
    )
    return source, compose(source, config, NOW, secret=SECRET)


def _clean(linter: Linter, source: Order, note: Note) -> None:
    findings = linter.check(note.text, source, note.lang).findings
    assert not findings, [(f.code, f.text, f.message) for f in findings]


OTHER_PRODUCT = [
    ("de-sie", "Kann man die Lammfellhausschuhe auch waschen?", "Kerze „Abendrot“", "Kerze", "betrifft etwas, das"),
    ("de-du", "Ist die Kuscheldecke aus echter Schurwolle?", "Becher „Ruhe“", "Becher", "Deine Frage betrifft"),
    ("fr-vous", "Est-ce que le tablier en lin rétrécit au lavage ?", "Tasse « Galet »", "tasse", "Votre question"),
    ("fr-tu", "La housse de coussin passe-t-elle à 40 degrés ?", "Bougie « Figuier »", "bougie", "Ta question porte"),
    ("en", "Does the oak chopping board need oiling?", "Linen Tea Towel", "Tea Towel", "isn't part of this order"),
]


@pytest.mark.parametrize(("shop", "text", "item", "bought", "said"), OTHER_PRODUCT)
def test_a_question_about_a_product_not_in_the_order_says_so_and_is_marked_for_a_person(
    linter: Linter, shop: str, text: str, item: str, bought: str, said: str
) -> None:
    """The reply says the question is about something else than this order, names no topic that would read as a
    question about the item bought, and the report asks a person to answer it, with or without a promise."""
    source, note = _compose(shop, text, item)
    assert said in note.reply and bought.lower() not in note.reply.lower(), note.reply
    assert note.follow_up == ELSEWHERE
    _clean(linter, source, note)
    _, silent = _compose(shop, text, item, answered_by="")
    assert silent.reply == "" and silent.follow_up == ELSEWHERE


@pytest.mark.parametrize(
    ("shop", "text", "item"),
    [
        ("de-sie", "Kann man die Kerze nachfüllen?", "Kerze „Abendrot“"),
        ("fr-vous", "Est-ce que la tasse va au lave-vaisselle ?", "Tasse « Galet »"),
        ("en", "How warm can I wash the tea towel?", "Linen Tea Towel"),
        ("en", "Is it dishwasher safe?", "Linen Tea Towel"),
    ],
)
def test_a_question_about_the_item_bought_is_no_question_about_something_else(shop: str, text: str, item: str) -> None:
    _, note = _compose(shop, text, item)
    assert note.follow_up == "question" and note.reply
    assert not re.search(r"isn't part|betrifft etwas|autre chose", note.reply), note.reply


PARCEL = [
    ("de-sie", "Wann ist mein Paket ungefähr da?", "Sie fragen, wann Ihr Paket ankommt: "),
    ("de-du", "Wie lange dauert der Versand?", "Du fragst, wann dein Paket ankommt: "),
    ("fr-vous", "Quand vais-je recevoir ma commande ?", "Vous nous demandez quand arrivera votre colis. "),
    ("fr-tu", "Quand est-ce que je vais recevoir le colis ?", "Tu nous demandes quand arrivera ton colis. "),
    ("en", "Roughly when will this arrive?", "You asked when your parcel will arrive. "),
]


@pytest.mark.parametrize(("shop", "text", "opening"), PARCEL)
def test_a_question_about_the_parcel_is_answered_in_the_shops_own_words(
    linter: Linter, shop: str, text: str, opening: str
) -> None:
    """With `[reply] delivery` the shop's own sentence answers, and nobody need follow the note up; without it
    the note promises no date, and the question is marked for a person."""
    answer = DELIVERY[shop[:2]]
    source, note = _compose(shop, text, "Wollschal „Fjord“", delivery={shop[:2]: answer})
    assert note.reply.replace("\u00a0", " ") == opening + answer and note.follow_up == ""
    _clean(linter, source, note)
    _, unknown = _compose(shop, text, "Wollschal „Fjord“", answered_by="")
    assert unknown.reply == "" and unknown.follow_up == "question"


@pytest.mark.parametrize(
    ("shop", "text"),
    [
        ("de-sie", "Bitte beim Nachbarn in Nr. 5 abgeben, falls niemand da ist"),
        ("de-du", "bitte in die Garage stellen"),
        ("fr-vous", "Merci de déposer le colis chez la gardienne"),
        ("fr-tu", "Si je ne suis pas là, laisser chez le voisin svp"),
        ("en", "If no one's in, please leave it in the porch"),
    ],
)
def test_a_delivery_instruction_gets_no_reply_and_is_marked_for_whoever_packs(
    linter: Linter, shop: str, text: str
) -> None:
    source, note = _compose(shop, text, "Wollschal „Fjord“")
    assert note.reply == "" and note.follow_up == DELIVERY_NOTE
    assert not GIFT_WORDS.search(note.text), note.text
    _clean(linter, source, note)


EAGER = [
    ("de-sie", "Bin schon so gespannt, kann es kaum erwarten!"),
    ("de-du", "freu mich schon drauf 😊"),
    ("fr-vous", "Vivement que ça arrive !"),
    ("fr-tu", "trop hâte de l'essayer"),
    ("en", "Really looking forward to using it"),
]


@pytest.mark.parametrize(("shop", "text"), EAGER)
def test_a_customer_who_cannot_wait_gets_a_short_wish_that_varies_across_the_batch(
    linter: Linter, shop: str, text: str
) -> None:
    """A warm line of the shop's own, never a gift reading and no person needed; the batch does not share one
    sentence."""
    replies = set()
    for number in range(1, 9):
        source, note = _compose(shop, text, "Wollschal „Fjord“", number=number)
        assert note.reply and note.follow_up == "" and not GIFT_WORDS.search(note.reply), note.reply
        _clean(linter, source, note)
        replies.add(note.reply)
    assert len(replies) >= 2


@pytest.mark.parametrize(
    ("shop", "text", "own"),
    [
        ("de-sie", "Bitte als Geschenk verpacken", "nur für Sie"),
        ("de-du", "kannst du es bitte als Geschenk einpacken?", "nur für dich"),
        ("fr-vous", "Pouvez-vous faire un paquet cadeau ?", "rien que pour vous"),
        ("fr-tu", "Merci de faire un paquet cadeau, c'est pour ma sœur", "rien que pour toi"),
        ("en", "Could you gift wrap it please? It's for my sister", "just for you"),
    ],
)
def test_the_sample_in_a_present_is_not_said_to_be_just_for_the_buyer(shop: str, text: str, own: str) -> None:
    """A parcel wrapped to be given away is opened by someone else: the shop's sample in it is not "just for
    you"; a parcel for the buyer keeps the words."""
    gifts = [_compose(shop, text, "Wollschal „Fjord“", number=n, sample=True)[1].gift for n in range(1, 25)]
    plain = [_compose(shop, "", "Wollschal „Fjord“", number=n, sample=True)[1].gift for n in range(1, 25)]
    assert any(own in gift for gift in plain)
    assert all(gift and own not in gift for gift in gifts), gifts
