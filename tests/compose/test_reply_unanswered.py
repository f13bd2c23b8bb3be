"""Customer notes a stock reply used to leave unanswered or misplace: a question about a product the order does
not hold, a question about when the parcel comes, a delivery instruction, and a customer who can't wait. Each
is composed as a real note in every language and formality, and the composed note passes the lint."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

import pytest

from notegen.compose.composer import compose
from notegen.compose.follow_up import DELIVERY_NOTE, ELSEWHERE
from notegen.compose.reply import read_note
from notegen.config import ShopConfig
from notegen.language.catalog import parse_catalog
from notegen.lint import Linter
from notegen.model import Item, Note, Order

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
    (
        "de-sie",
        "Kann man die Lammfellhausschuhe auch waschen?",
        "Kerze „Abendrot“",
        "Ihre Frage zu den Lammfellhausschuhen",
    ),
    ("de-du", "Ist die Kuscheldecke aus echter Schurwolle?", "Becher „Ruhe“", "deine Frage zur Kuscheldecke"),
    (
        "de-sie",
        "Sind Bienenwachstücher auch für Käse geeignet?",
        "Becher „Ruhe“",
        "Ihre Frage zu den Bienenwachstüchern",
    ),
    (
        "fr-vous",
        "Est-ce que le tablier en lin rétrécit au lavage ?",
        "Tasse « Galet »",
        "votre question sur le tablier",
    ),
    ("fr-tu", "La housse de coussin passe-t-elle à 40 degrés ?", "Bougie « Figuier »", "ta question sur la housse"),
    ("en", "Does the oak chopping board need oiling?", "Linen Tea Towel", "your question about the oak chopping board"),
]
"""A question about one thing the order does not hold, which the lexicon names with certainty: named."""
UNNAMED = [
    ("de-sie", "Kann man den Wollschal in der Maschine waschen?", "Kerze „Abendrot“", "betrifft etwas, das"),
    ("de-du", "Habt ihr auch Handschuhe mit Fleecefutter?", "Becher „Ruhe“", "Deine Frage betrifft"),
    ("de-sie", "Passen Filzgleiter auch unter Stühle aus Metall?", "Becher „Ruhe“", "Ihre Frage betrifft"),
    ("fr-vous", "Combien de temps tient la Brume d'oreiller ?", "Tasse « Galet »", "Votre question porte"),
    ("fr-tu", "Est-ce que Brume d'oreiller se garde longtemps ?", "Bougie « Figuier »", "Ta question porte"),
    ("en", "Does Driftwood Lamp come with a bulb?", "Linen Tea Towel", "isn't part of this order"),
]
"""Two things, a set phrase, a product's own name whose end the words cannot tell: said to be about something
else than this order, as before."""


@pytest.mark.parametrize(("shop", "text", "item", "said"), OTHER_PRODUCT + UNNAMED)
def test_a_question_about_a_product_not_in_the_order_names_it_or_says_so_and_is_marked_for_a_person(
    linter: Linter, shop: str, text: str, item: str, said: str
) -> None:
    """The reply names what was asked about where notegen can name it with certainty, else says the question is
    about something else than this order; it names no topic that would read as a question about the item bought,
    and the report asks a person to answer it, with or without a promise."""
    source, note = _compose(shop, text, item)
    bought = item.split()[0].lower()
    assert said in note.reply and bought not in note.reply.lower(), note.reply
    assert note.follow_up == ELSEWHERE
    _clean(linter, source, note)
    _, silent = _compose(shop, text, item, answered_by="")
    assert silent.reply == "" and silent.follow_up == ELSEWHERE


def test_a_product_the_shops_catalog_names_is_named_from_the_customers_words() -> None:
    """A product typed as the shop lists it ("Coffee grinder"), which the words alone cannot cut from the
    sentence, is named when the shop's catalog names it."""
    catalog = parse_catalog(
        "product,lang,phrase,gender,plural\nHand Coffee Grinder,en,hand coffee grinder,,hand coffee grinders\n",
        "catalog.csv",
    )
    items = [Item("Linen Tea Towel")]
    asked = read_note("Could you tell me how long the Hand Coffee Grinder lasts?", "en", True, items, False, False,
                      answered_by="Grace Okafor", catalog=catalog)  # fmt: skip
    assert asked.elsewhere and asked.about == "about the hand coffee grinder"
    unknown = read_note("Could you tell me how long the Hand Coffee Grinder lasts?", "en", True, items, False, False,
                        answered_by="Grace Okafor")  # fmt: skip
    assert unknown.elsewhere and unknown.about == ""


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
    _, unknown = _compose(shop, text, "Wollschal „Fjord“", answered_by="", delivery={})
    assert unknown.reply == "" and unknown.follow_up == "question"


NOTED = {
    "de-sie": "Ihren Hinweis zur Zustellung haben wir notiert.",
    "de-du": "Deinen Hinweis zur Zustellung haben wir notiert.",
    "fr-vous": "Nous avons bien noté vos indications pour la livraison.",
    "fr-tu": "Nous avons bien noté tes indications pour la livraison.",
    "en": "We've made a note of your delivery instructions.",
}


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
def test_a_delivery_instruction_is_noted_in_the_email_and_marked_for_whoever_packs(
    linter: Linter, shop: str, text: str
) -> None:
    """The email says the instruction was noted, which the report's line for whoever packs makes true, and
    promises nothing of the courier; the printed insert, read once the parcel is there, says nothing of it."""
    source, note = _compose(shop, text, "Wollschal „Fjord“")
    assert note.reply == NOTED[shop] and note.follow_up == DELIVERY_NOTE
    assert not GIFT_WORDS.search(note.text), note.text
    _clean(linter, source, note)
    printed = compose(source, SHOPS[shop](), NOW, fit="A6", secret=SECRET)
    assert printed.reply == "" and printed.follow_up == DELIVERY_NOTE


MIXED = [
    ("de-sie", "Für meinen Bruder zum Geburtstag. Bitte nicht klingeln, wir schlafen tagsüber", "Bruder", ""),
    ("de-du", "Ist der Schal kratzig? Falls keiner da ist, bitte beim Nachbarn abgeben", "Frage", "question"),
    ("fr-vous", "C'est pour l'anniversaire de mon père. Merci de laisser le colis chez la voisine", "père", ""),
    (
        "fr-tu",
        "Il est lavable en machine ? Si je suis absent, déposez-le dans la boîte aux lettres",
        "question",
        "question",
    ),
    ("en", "It's for my nephew's birthday. Please leave it round the back if no one answers", "nephew", ""),
]


@pytest.mark.parametrize(("shop", "text", "answered", "main"), MIXED)
def test_a_delivery_instruction_beside_another_point_leaves_both_answered_and_marked(
    linter: Linter, shop: str, text: str, answered: str, main: str
) -> None:
    """A birthday present or a question with a delivery instruction after it: the reply answers the main point
    and notes the instruction, and the report lists both reasons, so that neither hides the other."""
    source, note = _compose(shop, text, "Wollschal „Fjord“")
    assert answered in note.reply and note.reply.endswith(NOTED[shop]), note.reply
    assert note.follow_up == "; ".join(reason for reason in (main, DELIVERY_NOTE) if reason)
    _clean(linter, source, note)


@pytest.mark.parametrize(
    ("shop", "text"),
    [
        ("de-sie", "Kleines Dankeschön für unsere Nachbarn, die den Garten gegossen haben"),
        ("fr-vous", "Vous pouvez laisser la facture dans le colis, c'est pour mon travail"),
        ("en", "The last parcel arrived damaged, please leave it with the neighbour this time"),
    ],
)
def test_words_of_delivery_that_tell_no_delivery_instruction_are_not_said_to_be_noted(shop: str, text: str) -> None:
    """A present for the neighbours, an invoice to put in the parcel, a complaint (which a person answers whole):
    the note says nothing of a delivery instruction noted."""
    _, note = _compose(shop, text, "Wollschal „Fjord“")
    assert NOTED[shop] not in note.reply, note.reply


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
