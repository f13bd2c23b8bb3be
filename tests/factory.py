"""Realistic generated orders for tests and benchmarks: `make_orders(n, lang, seed)`.

The orders look like a small shop's week in German, French or English: people with and without a
salutation in the data, one to six lines with variants and quantities, first orders and regulars, gift
orders, and about a third with a note of their own (a gift for someone, an occasion, a question, a request).
The same arguments always give the same orders.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone
from typing import Any

from notegen.model import Order
from notegen.read.validate import order_from_mapping

# first name, gender ("f", "m" or "" when the name says nothing)
_PEOPLE = {
    "de": (
        "Anna/f Lena/f Jürgen/m Ömer/m Zoë/f Katharina/f Lukas/m Felix/m Marie/f Sophie/f Jonas/m Paul/m Mia/f "
        "Leonie/f Hannah/f Elias/m Noah/m Emilia/f Luca/ Kim/ Charlie/ Ursula/f Dieter/m Gabriele/f Sven/m "
        "Aylin/f Mehmet/m Anja/f Torsten/m Ingrid/f Maximilian/m Friederike/f Bernd/m Sabine/f Yusuf/m",
        "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Koch Richter Klein Wolf "
        "Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Werner Krause Lehmann Köhler "
        "Weiß Şahin Yılmaz Nowak Brontë Öztürk Kowalski",
    ),
    "fr": (
        "Camille/ Hélène/f Maël/m Sophie/f Lucas/m Chloé/f Léa/f Hugo/m Louis/m Manon/f Jules/m Inès/f Théo/m "
        "Zoé/f Nathan/m Élodie/f Mathieu/m Claire/f Dominique/ Claude/ Amélie/f Bastien/m Océane/f Yanis/m "
        "Sarah/f Karim/m Margaux/f Antoine/m Aurélie/f Gaëlle/f Noël/m Céline/f",
        "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefèvre Michel "
        "Garcia David Bertrand Roux Vincent Fournier Morel Girard André Mercier Dupont Lambert Bonnet François "
        "Nguyễn Dubois-Crépin Benali Da Silva",
    ),
    "en": (
        "Grace/f Rhys/m Siobhán/f Oliver/m Amelia/f Harry/m Isla/f Jack/m Poppy/f George/m Freya/f Alfie/m "
        "Sophie/f Arthur/m Evie/f Jordan/ Alex/ Sam/ Priya/f Arjun/m Niamh/f Callum/m Aisha/f Tomasz/m Chloe/f "
        "Ethan/m Megan/f Dylan/m Hannah/f Connor/m Zara/f Kenji/m",
        "Smith Jones Taylor Brown Williams Wilson Johnson Davies Robinson Wright Thompson Evans Walker White "
        "Roberts Green Hall Wood Jackson Clarke O'Neill Llewellyn Whitfield Okafor Patel Khan Nakamura Murphy "
        "MacLeod Fitzgerald",
    ),
}

# name | variants (comma-separated, may be empty) | price
_CATALOG = {
    "de": """Wollschal „Fjord“|Salbeigrün,Nachtblau,Senf|49.90
Leinenschürze „Atelier“|Ocker,Schiefer|39.00
Merino-Socken|Anthrazit,Natur,Rost|14.50
Strickset „Lichtung“||64.00
Plaid „Heide“|Rostrot,Moos|129.00
Kissenhülle „Heide“|Rostrot,Moos|29.00
Wollwaschmittel||8.90
Holzknöpfe|Eiche,Nussbaum|1.20
Mütze „Firn“|Naturweiß,Grau|34.00
Stirnband „Brise“|Petrol,Beere|22.00
Handschuhe „Moor“|S,M,L|36.00
Garn „Wolke“|Creme,Taubenblau|9.50
Stricknadeln aus Bambus|4 mm,6 mm|12.00
Strickjacke „Halde“|S,M,L,XL|159.00
Tasche aus Filz|Grau|45.00
Duftkerze „Zeder“||28.00
Teebecher „Ruhe“|Salbei,Sand|18.00
Lavendelsäckchen||6.50
Geschenkgutschein||25.00
Kleine Tasse|Weiß|10.00
Nähset||19.00
Wolldecke „Düne“|Sand,Rauch|89.00""",
    "fr": """Bougie « Figuier »|grand format,petit format|32.00
Coffret « Trois saisons »||58.00
Allumettes longues||4.50
Mèche de rechange||2.00
Cloche à bougie|laiton,verre|24.00
Plateau en céramique||36.00
Bougie parfumée « Ambre »|grand format,petit format|29.00
Diffuseur « Garrigue »||42.00
Vase en grès|sable,blanc|48.00
Tasse « Matin »|vert sauge,bleu nuit|16.00
Bol à thé||22.00
Savon au lait d'ânesse||8.00
Photophore en verre||19.00
Carafe « Source »||39.00
Housse de coussin|lin naturel,terracotta|27.00
Plaid en laine|gris,ocre|95.00
Carnet de notes||12.00
Huile de massage||21.00
Brume d'oreiller « Nuit »||18.00
Recharge de cire||14.00""",
    "en": """Mug “Tidal”|sea green,sand|24.00
Candle “Fig Tree”|large,small|32.00
Walnut chopping board||80.00
Board oil||12.00
Sourdough starter kit||29.00
Linen tea towel|oat,sage,charcoal|14.00
Teapot “Harbour”||55.00
Stoneware bowl|white,speckled|18.00
Merino socks|grey,navy|16.00
Wool throw “Moorland”||120.00
Beeswax wraps||15.00
Serving platter “Shore”||65.00
Notebook “Field”|A5,A6|11.00
Coffee grinder||48.00
Vase “Drift”|blue,white|38.00
Apron “Workshop”|mustard,navy|42.00
Gift voucher||25.00
Ceramic spoon||6.00
Scented soap “Sea Salt”||7.50
Picnic blanket||75.00""",
}

_NOTES = {
    "de": (
        "Ist ein Geschenk für meine Mutter",
        "Bitte hübsch verpacken – es ist für meine Schwester!",
        "Für den Geburtstag meines Mannes",
        "Passt {item} auch in die Waschmaschine?",
        "Bitte nicht klingeln, Baby schläft",
        "Zu Weihnachten für meinen Vater",
        "Wann kommt das Paket an?",
        "Danke für den tollen Service beim letzten Mal!",
        "Für unsere Tochter zum Einzug",
        "Können Sie eine Karte beilegen?",
        "Freue mich schon sehr!",
        "Gute Besserung, Oma – ein Geschenk für meine Oma",
    ),
    "fr": (
        "C'est pour l'anniversaire de ma sœur, pouvez-vous ajouter un petit mot ?",
        "Pour ma mère, merci !",
        "Merci de l'emballer pour offrir",
        "Combien de temps dure {item} ?",
        "Pour Noël, pour mon père",
        "Livraison chez la voisine svp",
        "J'ai hâte de le recevoir !",
        "Un cadeau pour ma meilleure amie",
        "Pour le mariage de mon frère",
        "Est-ce que {item} passe au lave-vaisselle ?",
    ),
    "en": (
        "It's a present for my mum",
        "Could you tell me how long {item} lasts?",
        "Please gift wrap it!",
        "For my sister's birthday",
        "Please leave it with the neighbour",
        "Christmas present for my dad",
        "So excited for this!",
        "For my best friend's new home",
        "Is {item} dishwasher safe?",
        "Get well soon present for my grandma",
    ),
}
_COUNTRIES = {
    "de": ("DE", "DE", "DE", "AT", "CH"),
    "fr": ("FR", "FR", "FR", "BE", "LU", "CH"),
    "en": ("GB", "GB", "IE", "US"),
}
_CURRENCY = {
    "DE": "EUR",
    "AT": "EUR",
    "CH": "CHF",
    "FR": "EUR",
    "BE": "EUR",
    "LU": "EUR",
    "GB": "GBP",
    "IE": "EUR",
    "US": "USD",
}
_SALUTATION = {"f": "ms", "m": "mr"}


def _people(lang: str) -> tuple[list[tuple[str, str]], list[str]]:
    firsts, lasts = _PEOPLE[lang]
    return [tuple(entry.split("/")) for entry in firsts.split()], lasts.split()  # type: ignore[misc]


def _catalog(lang: str) -> list[tuple[str, list[str], str]]:
    rows = []
    for line in _CATALOG[lang].splitlines():
        name, variants, price = line.split("|")
        rows.append((name, [v for v in variants.split(",") if v], price))
    return rows


def _customer(rng: random.Random, lang: str, placed: datetime) -> dict[str, Any]:
    people, lasts = _people(lang)
    first, gender = rng.choice(people)
    last = rng.choice(lasts)
    customer: dict[str, Any] = {
        "first_name": first,
        "last_name": last,
        "email": f"customer{rng.randrange(10**6)}@example.org",
    }
    roll = rng.random()
    if gender and roll < 0.4:
        customer["salutation"] = _SALUTATION[gender]
    elif roll < 0.45:
        customer["salutation"] = "mx"
    if gender and rng.random() < 0.05:  # a few give only a salutation and a last name
        customer.update(first_name="", salutation=_SALUTATION[gender])
    count = rng.choices([None, 1, rng.randint(2, 15)], weights=[20, 45, 35])[0]
    customer["orders_count"] = count
    if (count or 0) > 1 and rng.random() < 0.7:
        customer["customer_since"] = (placed - timedelta(days=rng.randint(90, 2500))).date().isoformat()
    customer["accepts_marketing"] = rng.choice([True, True, False, False, None])
    return customer


def _items(rng: random.Random, lang: str) -> list[dict[str, Any]]:
    lines = rng.choices([1, 2, 3, 4, 5, 6], weights=[50, 25, 12, 6, 4, 3])[0]
    items = []
    for name, variants, price in rng.sample(_catalog(lang), lines):
        quantity = rng.choices([1, 2, 3, rng.randint(4, 12)], weights=[75, 15, 6, 4])[0]
        item = {"name": name, "quantity": quantity, "price": price}
        if variants:
            item["variant"] = rng.choice(variants)
        items.append(item)
    return items


def make_orders(n: int, lang: str, seed: int = 0) -> list[Order]:
    """`n` realistic, valid orders whose customers write in `lang` (de, fr, en); the same arguments give the
    same orders, and order ids are unique per (lang, seed)."""
    rng = random.Random(f"notegen-orders:{lang}:{seed}")
    start = datetime(2026, 11, 2, 8, 0, tzinfo=timezone(timedelta(hours=1)))
    orders = []
    for index in range(n):
        placed = start + timedelta(minutes=rng.randint(0, 60 * 24 * 20))
        country = rng.choice(_COUNTRIES[lang])
        items = _items(rng, lang)
        data: dict[str, Any] = {
            "order_id": f"{lang.upper()}{seed}-{index + 1:05d}",
            "placed_at": placed.isoformat(),
            "locale": lang if rng.random() < 0.8 else "",
            "shipping_country": country,
            "currency": _CURRENCY[country],
            "gift": rng.random() < 0.12,
            "customer": _customer(rng, lang, placed),
            "items": items,
        }
        if rng.random() < 0.33:
            item = items[0]["name"].split("„")[0].split("«")[0].split("“")[0].strip()
            data["note"] = rng.choice(_NOTES[lang]).format(item=item)
        orders.append(order_from_mapping(data, f"generated-{lang}.json:{index + 1}"))
    return orders
