"""Patterns of the native editors' ninth reading, each checked over many orders: a subject reads as a person's mail
(not the shop system's order confirmation, not a mass mailing with the name in front, not a name in capitals), a
present for someone else is not wished on the buyer and is wished in plain words ("we hope she loves it", never
"they bring them"), and the stock lines do not pile up "Freude"/"freuen" in German nor "espérer"/"apprécier" in
French."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from itertools import pairwise

import pytest

from notegen.compose.composer import compose
from notegen.compose.mentions import standalone
from notegen.config import ShopConfig, load_config
from notegen.model import Item, Note, Order
from tests.bench.bench_voice import NOW_ISO, ROOT, SECRET, SHOPS
from tests.factory import make_orders

from .shops import NOW, atelier, harbour, informal, order, wollwerk

CONFIRMATION = re.compile(r"^(?:Ihre|Deine) Bestellung bei|^(?:Votre|Ta) commande chez|^Your order from")
CONFIGS: dict[str, Callable[[], ShopConfig]] = {"de": wollwerk, "fr": atelier, "en": harbour}


def _batch(shop: str, count: int = 150) -> list[tuple[Order, Note]]:
    config = load_config(ROOT / "samples" / shop / "notegen.toml")
    now = datetime.fromisoformat(NOW_ISO)
    return [(placed, compose(placed, config, now, secret=SECRET)) for placed in make_orders(count, SHOPS[shop], seed=9)]


def _named_first(placed: Order, subject: str) -> bool:
    names = [name for name in (placed.customer.first_name, placed.customer.last_name) if name]
    head = r"^(?:(?:Herr|Frau|Ms|Mr|Mx) )?(?:" + "|".join(map(re.escape, names)) + r")(?: \S+)?, "
    return bool(names) and re.match(head, subject) is not None


def _masked(placed: Order, subject: str) -> str:
    for name in (placed.customer.first_name, placed.customer.last_name):
        subject = subject.replace(name, "<name>") if name else subject
    return subject


@pytest.mark.parametrize("shop", sorted(SHOPS))
def test_subjects_read_as_a_persons_mail_and_stay_varied(shop: str) -> None:
    """ "Ihre Bestellung bei Wollwerk: herzlichen Dank" and « Votre commande chez … : merci » read as the automatic
    order confirmation; "Alfie, thank you from …" and "Herr Schneider, vielen Dank …" as a mass mailing (the
    French editor reads « Zoé, un grand merci de la part de Camille » as a person's, so French may name first)."""
    batch = _batch(shop)
    subjects = [note.subject for _, note in batch]
    assert not [subject for subject in subjects if CONFIRMATION.search(subject)]
    if SHOPS[shop] != "fr":
        assert not [note.subject for placed, note in batch if _named_first(placed, note.subject)]
    forms = {_masked(placed, note.subject) for placed, note in batch}
    assert len(forms) >= 8, forms


@pytest.mark.parametrize(
    ("lang", "name", "plain"),
    [
        ("en", "WAXED CANVAS APRON", "Waxed Canvas Apron"),
        ("de", "ZIRBENKISSEN", "Zirbenkissen"),
        ("fr", "SAVON D'ALEP", "Savon d'Alep"),
    ],
)
def test_a_name_in_capitals_is_not_shouted_in_the_subject(lang: str, name: str, plain: str) -> None:
    assert standalone((Item(name, 2 if lang == "en" else 1),), lang, True, None) == ""
    assert standalone((Item(plain, 1),), lang, True, None)  # the same thing in the shop's usual case is named


def test_a_brand_in_capitals_before_the_noun_is_the_shops_spelling_and_stays() -> None:
    assert standalone((Item("STABILO Textmarker", 1),), "de", True, None) == "Ihr STABILO Textmarker"


PRESENT = {
    "de": ("Ein Geschenk für meine Mutter", r"hoffen, \w+ gef[aä]ll\w* (?:Ihnen|dir)|wünschen (?:Ihnen|dir) viel"),
    "fr": ("C'est un cadeau pour ma mère", r"vous plair|te plair|profite[sz]-en|que vous aimerez|que tu aimeras"),
    "en": ("It's a present for my mum", r"we hope you|Enjoy!"),
}


@pytest.mark.parametrize(
    ("lang", "register"),
    [("de", "formal"), ("de", "informal"), ("fr", "formal"), ("fr", "informal"), ("en", "formal")],
)
def test_a_present_for_someone_else_is_not_wished_on_the_buyer(lang: str, register: str) -> None:
    """The reply wishes the one the present is for; the thanks before it wishes the buyer nothing ("We hope you
    enjoy them. We wish your sister …", « nous espérons qu'ils vous plairont. Quel joli cadeau pour votre mère ! »)."""
    config = CONFIGS[lang]() if register == "formal" else informal(CONFIGS[lang]())
    text, wish = PRESENT[lang]
    for customer in ({"orders_count": 1}, {"orders_count": 6, "customer_since": "2023-04-01"}):
        for n in range(24):
            placed = order(order_id=f"N9-{n}", locale=lang, note=text, customer=customer)
            note = compose(placed, config, NOW, secret=SECRET)
            assert note.reply, note.text
            assert not re.search(wish, note.thanks), note.thanks


def test_the_english_wish_for_a_present_has_the_person_as_its_subject() -> None:
    """ "we hope they bring them a lot of joy" reads as the friend bringing the things."""
    items = [{"name": "Walnut Chopping Board", "quantity": 1, "price": "45"}]
    for text, wish in (("For my best friend's new home", "we hope they love it!"),
                       ("It's a present for my mum", "we hope she loves it!")):  # fmt: skip
        for n in range(12):
            placed = order(order_id=f"N9-{n}", locale="en", note=text, items=items, gift=True)
            note = compose(placed, harbour(), NOW, secret=SECRET)
            assert note.reply.endswith(wish), note.reply
            paragraphs = note.text.split("\n\n")
            assert sum(paragraph.startswith("How lovely") for paragraph in paragraphs) <= 1, note.text


FREUDE = re.compile(r"\b(?:Freude\w*|freu\w*|gefreut)\b")


def test_german_notes_do_not_pile_up_freude() -> None:
    """Stock lines stacked "es ist immer eine Freude …", "darüber freuen wir uns sehr", "Weil wir uns … so freuen",
    "freuen wir uns über ein paar Worte", "Hat das Geschenk Freude gemacht?": at most two in a note now."""
    stacked = [note.text for _, note in _batch("de-wollwerk") if len(FREUDE.findall(note.text)) > 2]
    assert not stacked, stacked[0]


def test_french_notes_do_not_hope_twice_in_a_row_nor_appreciate_twice() -> None:
    """The sample line « en espérant que vous l'apprécierez » came after a thanks that already hoped, and « très
    apprécié » for the mother before « vous l'apprécierez » for the buyer."""
    for _, note in _batch("fr-atelier"):
        paragraphs = note.text.split("\n\n")
        assert not any("espér" in one and "espér" in two for one, two in pairwise(paragraphs)), note.text
        assert len(re.findall(r"\bappréci", note.text)) < 2, note.text
        assert len(re.findall(r"\bcompliment", note.text)) < 2, note.text
