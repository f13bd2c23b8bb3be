"""Golden notes: per language every occasion, both formalities, with and without a customer note, a long
order and a gift order, composed as an email and summed up as an A6 insert.

Set NOTEGEN_UPDATE_GOLDEN=1 to rewrite the files in tests/golden/compose/; read each one aloud before
accepting it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from notegen.compose.composer import compose
from notegen.config import ShopConfig
from notegen.model import Note, Order
from tests import golden_files
from tests.golden_files import assert_golden

from .shops import NOW, SECRET, atelier, harbour, informal, order, sample_orders, tidal, wollwerk

GOLDEN = golden_files.GOLDEN / "compose"


def _sample(shop: str, order_id: str) -> Callable[[], Order]:
    return lambda: next(o for o in sample_orders(shop) if o.order_id == order_id)


def _points() -> ShopConfig:
    return tidal(gift={"enabled": True, "kind": "points", "points": 200})


_DE_DONOR = {"first_name": "Friederike", "last_name": "Lange", "email": "f.lange@example.de"}
CASES: dict[str, tuple[Callable[[], ShopConfig], Callable[[], Order]]] = {
    # German
    "de_sie_returning_gift_for_mother": (wollwerk, _sample("de-wollwerk", "1042")),
    "de_sie_first_order_austria": (wollwerk, _sample("de-wollwerk", "1043")),
    "de_sie_gift_order_wrapping": (wollwerk, _sample("de-wollwerk", "1044")),
    "de_sie_long_order": (wollwerk, _sample("de-wollwerk", "1045")),
    "de_sie_question_switzerland": (wollwerk, _sample("de-wollwerk", "1046")),
    "de_sie_french_shop": (atelier, _sample("fr-atelier", "F-304")),
    "de_du_first_order_birthday": (
        lambda: informal(wollwerk()),
        lambda: order(
            order_id="D-1",
            locale="de",
            note="Für den Geburtstag meiner Tochter – sie strickt so gern!",
            customer={"first_name": "Lukas", "last_name": "Brandt", "salutation": "mr", "orders_count": 1},
            items=[
                {"name": "Strickset „Lichtung“", "quantity": 1, "price": "64.00"},
                {"name": "Garn „Wolke“", "variant": "Taubenblau", "quantity": 3, "price": "9.50"},
            ],
        ),
    ),
    "de_du_returning_since": (
        lambda: informal(wollwerk()),
        lambda: order(
            order_id="D-2",
            locale="de",
            customer={
                "first_name": "Kim",
                "last_name": "Yılmaz",
                "orders_count": 5,
                "customer_since": "2021-03-14",
                "accepts_marketing": False,
            },
            items=[{"name": "Handschuhe „Moor“", "variant": "M", "quantity": 2, "price": "36.00"}],
        ),
    ),
    "de_du_gift_order": (
        lambda: informal(wollwerk()),
        lambda: order(
            order_id="D-3",
            locale="de",
            gift=True,
            customer={"first_name": "Sabine", "last_name": "Koch", "salutation": "ms", "orders_count": 1},
            items=[
                {"name": "Plaid „Heide“", "variant": "Moos", "quantity": 1, "price": "129.00"},
                {"name": "Duftkerze „Zeder“", "quantity": 1, "price": "28.00"},
            ],
        ),
    ),
    "de_sie_donation_memorial": (
        harbour,
        lambda: order(
            order_id="D-4",
            locale="de",
            donation=True,
            currency="EUR",
            note="In Erinnerung an meinen Vater",
            customer={**_DE_DONOR, "salutation": "ms", "orders_count": 1},
            items=[{"name": "Spende Winterhilfe", "quantity": 1, "price": "50.00"}],
        ),
    ),
    "de_du_donation_returning": (
        lambda: informal(harbour()),
        lambda: order(
            order_id="D-5",
            locale="de",
            donation=True,
            currency="EUR",
            customer={**_DE_DONOR, "orders_count": 4, "customer_since": "2022-01-10", "accepts_marketing": True},
            items=[{"name": "Monatliche Spende", "variant": "Ausbildung der Crews", "quantity": 1, "price": "15.00"}],
        ),
    ),
    # French
    "fr_vous_first_order": (atelier, _sample("fr-atelier", "F-301")),
    "fr_vous_gift_birthday_question": (atelier, _sample("fr-atelier", "F-302")),
    "fr_vous_long_order": (atelier, _sample("fr-atelier", "F-303")),
    "fr_vous_donation": (harbour, _sample("en-harbour-trust", "D-9003")),
    "fr_tu_first_order_question": (
        lambda: informal(atelier()),
        lambda: order(
            order_id="F-1",
            locale="fr",
            note="Combien de temps dure la bougie ?",
            customer={"first_name": "Luc", "last_name": "Favre", "orders_count": 1, "accepts_marketing": False},
            items=[{"name": "Bougie parfumée « Ambre »", "variant": "petit format", "quantity": 1, "price": "29.00"}],
        ),
    ),
    "fr_tu_returning_christmas": (
        lambda: informal(atelier()),
        lambda: order(
            order_id="F-2",
            locale="fr",
            note="Pour Noël, pour ma mère",
            customer={
                "first_name": "Inès",
                "last_name": "Benali",
                "salutation": "ms",
                "orders_count": 3,
                "customer_since": "2024-02-02",
            },
            items=[
                {"name": "Vase en grès", "variant": "sable", "quantity": 1, "price": "48.00"},
                {"name": "Savon au lait d'ânesse", "quantity": 2, "price": "8.00"},
            ],
        ),
    ),
    "fr_tu_gift_wrapping": (
        lambda: informal(atelier()),
        lambda: order(
            order_id="F-3",
            locale="fr",
            gift=True,
            note="Emballage cadeau svp",
            customer={"first_name": "Théo", "last_name": "Girard", "orders_count": 1},
            items=[{"name": "Coffret « Trois saisons »", "quantity": 1, "price": "58.00"}],
        ),
    ),
    # English
    "en_donation_first": (harbour, _sample("en-harbour-trust", "D-9001")),
    "en_donation_memorial": (harbour, _sample("en-harbour-trust", "D-9002")),
    "en_donation_salutation_only": (harbour, _sample("en-harbour-trust", "D-9004")),
    "en_first_order_question": (atelier, _sample("fr-atelier", "F-305")),
    "en_first_order_long": (
        tidal,
        lambda: order(
            order_id="E-1",
            locale="en",
            shipping_country="GB",
            currency="GBP",
            customer={"first_name": "Oliver", "last_name": "Hall", "orders_count": 1, "accepts_marketing": False},
            items=[
                {"name": "Teapot “Harbour”", "quantity": 1, "price": "55.00"},
                {"name": 'Mug "Tidal"', "variant": "sea green", "quantity": 2, "price": "24.00"},
                {"name": "Linen tea towel", "variant": "oat", "quantity": 1, "price": "14.00"},
                {"name": "Ceramic spoon", "quantity": 4, "price": "6.00"},
                {"name": "Beeswax wraps", "quantity": 1, "price": "15.00"},
            ],
        ),
    ),
    "en_gift_wrap_birthday": (
        tidal,
        lambda: order(
            order_id="E-2",
            locale="en",
            shipping_country="IE",
            gift=True,
            note="Please gift wrap it – it's for my husband's birthday",
            customer={"first_name": "Niamh", "last_name": "Murphy", "orders_count": 2, "accepts_marketing": True},
            items=[{"name": "Wool throw “Moorland”", "quantity": 1, "price": "120.00"}],
        ),
    ),
    "en_returning_points": (
        _points,
        lambda: order(
            order_id="E-3",
            locale="en",
            shipping_country="US",
            currency="USD",
            customer={
                "salutation": "mx",
                "first_name": "Jordan",
                "last_name": "Reyes",
                "orders_count": 7,
                "customer_since": "2023-04-18",
                "accepts_marketing": None,
            },
            items=[
                {"name": "Walnut chopping board", "quantity": 1, "price": "80.00"},
                {"name": "Board oil", "quantity": 1, "price": "12.00"},
            ],
        ),
    ),
}


def render_golden(order_: Order, note: Note, insert: Note) -> str:
    """A note as a reader checks it: the envelope, the text, and what an A6 insert keeps of it."""
    lines = [
        f"order {order_.order_id} · {note.lang} · {note.occasion} · prices {'shown' if note.show_prices else 'hidden'}",
        f"subject: {note.subject}",
        f"preheader: {note.preheader}",
    ]
    if note.gift_code or note.referral_code:
        lines.append(f"codes: gift {note.gift_code or '-'} · referral {note.referral_code or '-'}")
    lines += [f"link: {link.kind} · {link.label} · {link.url}" for link in note.links]
    kept = [name for name in ("greeting", "thanks", "reply", "gift", "incentive", "support") if getattr(insert, name)]
    kept += ["signature"] + [name for name in ("stay_in_touch", "service") if getattr(insert, name)]
    lines.append(f"A6 insert: {len(insert.text)} characters, keeps {', '.join(kept)}")
    return "\n".join(lines) + "\n\n" + note.text


@pytest.mark.parametrize("name", sorted(CASES))
def test_golden_note(name: str) -> None:
    config_of, order_of = CASES[name]
    config, order_ = config_of(), order_of()
    note = compose(order_, config, NOW, secret=SECRET)
    insert = compose(order_, config, NOW, fit="A6", secret=SECRET)
    text = render_golden(order_, note, insert)
    assert_golden(f"compose/{name}.txt", text)


def test_golden_cases_cover_every_occasion_and_formality() -> None:
    seen: set[tuple[str, ...]] = set()
    for config_of, order_of in CASES.values():
        config, order_ = config_of(), order_of()
        note = compose(order_, config, NOW, secret=SECRET)
        formality = {"de": config.formality.de, "fr": config.formality.fr}.get(note.lang, "")
        seen.add((note.lang, note.occasion))
        seen.add((note.lang, formality, "note" if order_.note else "no note"))
        seen.add((note.lang, "long" if len(order_.items) > 3 else "short"))
    for lang in ("de", "fr", "en"):
        assert {(lang, o) for o in ("first_order", "returning", "gift", "donation")} <= seen, lang
        assert (lang, "long") in seen
    for lang, formalities in (("de", ("sie", "du")), ("fr", ("vous", "tu")), ("en", ("",))):
        for formality in formalities:
            assert (lang, formality, "note") in seen or (lang, formality, "no note") in seen
        assert any((lang, f, "note") in seen for f in formalities)
        assert any((lang, f, "no note") in seen for f in formalities)
    assert sum(1 for name in CASES if name.startswith("de_")) >= 6
    assert sum(1 for name in CASES if name.startswith("fr_")) >= 6
    assert sum(1 for name in CASES if name.startswith("en_")) >= 6


def test_golden_files_have_no_stale_cases() -> None:
    on_disk = {path.stem for path in Path(GOLDEN).glob("*.txt")}
    assert on_disk <= set(CASES), f"golden files without a case: {sorted(on_disk - set(CASES))}"
