"""A variant as shop systems write it: Shopify's option values joined by " / " ("Navy / L"), WooCommerce's "Key:
Value" pairs ("Color: Black, Size: M", « Couleur : Noir, Taille : M »), or values after commas ("Blau, 38").

A note names the colour as a variant alone is named and the size after it, the key left out („die Sweatjacke in
Dunkelgrün, Größe M“, « la chemise en lin blanche, taille L », "the Linen Shirt in White, size M"); a size letter
keeps its capital. Where a part is neither a colour nor a size ("Recycelt", « Viscose », "Organic Cotton"), the
note cannot tell what it says and writes the variant as the shop wrote it, in brackets. A variant of one part is
named as before. The names come from clothing, knitwear and pet shops' catalogues, not from the held-out lists;
the composed notes are judged by `notegen lint` (and the French ones by Grammalecte), and the real shop exports
in ../shared/data/real-exports are named with no raw " / " or "Key:" where the note can tell every part."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import pytest

from notegen.compose.composer import compose
from notegen.language.items import item_phrase
from notegen.language.variant_parts import split_variant
from notegen.model import Item, Order
from notegen.read import read_orders
from tests.compose.shops import NOW, SECRET, atelier, harbour, wollwerk
from tests.language.composed_lint import french_notes, item_findings, rejected
from tests.language.french_grammar import grammar_errors, needs_grammalecte, note_paragraphs

NAMES = {  # lang: (name, variant, named once, named three times)
    "de": [
        ("Kapuzenpullover", "Anthrazit / XL", "der Kapuzenpullover in Anthrazit, Größe XL",
         "die drei Kapuzenpullover in Anthrazit, Größe XL"),
        ("Sweatjacke", "Farbe: Dunkelgrün, Größe: M", "die Sweatjacke in Dunkelgrün, Größe M",
         "die drei Sweatjacken in Dunkelgrün, Größe M"),
        ("Leinenhemd", "Farbe: Weiß / Größe: L", "das Leinenhemd in Weiß, Größe L",
         "die drei Leinenhemden in Weiß, Größe L"),
        ("Jeansjacke", "Blau, 38", "die Jeansjacke in Blau, Größe 38", "die drei Jeansjacken in Blau, Größe 38"),
        ("Strickmütze", "Farbe: Senfgelb", "die Strickmütze in Senfgelb", "die drei Strickmützen in Senfgelb"),
        ("Laufshirt", "Schwarz / S / Recycelt", "das Laufshirt (Schwarz / S / Recycelt)",
         "die drei Laufshirts (Schwarz / S / Recycelt)"),
        # beside the note's own "Größe", an English everyday colour in German; a colour name German shops use stays
        ("Fahrradtrikot", "Color: White, Size: L", "das Fahrradtrikot in Weiß, Größe L",
         "die drei Fahrradtrikots in Weiß, Größe L"),
        ("Funktionsshirt", "Grey / M", "das Funktionsshirt in Grau, Größe M",
         "die drei Funktionsshirts in Grau, Größe M"),
        ("Fleecejacke", "Navy / 40", "die Fleecejacke in Navy, Größe 40", "die drei Fleecejacken in Navy, Größe 40"),
    ],
    "fr": [
        ("Pull col rond", "Bleu marine / M", "le pull col rond bleu marine, taille M",
         "les trois pulls col rond bleu marine, taille M"),
        ("Chemise en lin", "Couleur : Blanc, Taille : L", "la chemise blanche en lin, taille L",
         "les trois chemises blanches en lin, taille L"),
        ("Sweat zippé", "Gris chiné, XL", "le sweat zippé gris chiné, taille XL",
         "les trois sweats zippés gris chiné, taille XL"),
        ("Jupe plissée", "Noir / 36", "la jupe plissée noire, taille 36", "les trois jupes plissées noires, taille 36"),
        ("Veste en jean", "Couleur : Indigo", "la veste en jean indigo", "les trois vestes en jean indigo"),
        ("Robe portefeuille", "Rouge / 38 / Viscose", "la robe portefeuille (Rouge / 38 / Viscose)",
         "les trois robes portefeuille (Rouge / 38 / Viscose)"),
    ],
    "en": [
        ("Crew Neck Sweatshirt", "Heather Grey / L", "the Crew Neck Sweatshirt in Heather Grey, size L",
         "the three Crew Neck Sweatshirts in Heather Grey, size L"),
        ("Linen Shirt", "Colour: White, Size: M", "the Linen Shirt in White, size M",
         "the three Linen Shirts in White, size M"),
        ("Rain Jacket", "Forest Green / 12", "the Rain Jacket in Forest Green, size 12",
         "the three Rain Jackets in Forest Green, size 12"),
        ("Dog Collar", "Small / Red", "the small Dog Collar in Red", "the three small Dog Collars in Red"),
        ("Beanie", "Colour: Mustard", "the Beanie in Mustard", "the three Beanies in Mustard"),
        ("Hoodie", "Black / XL / Organic Cotton", "the Hoodie (Black / XL / Organic Cotton)",
         "the three Hoodies (Black / XL / Organic Cotton)"),
    ],
}  # fmt: skip
ROWS = [(lang, *row) for lang, rows in NAMES.items() for row in rows]
SHOPS = {"de": wollwerk, "fr": atelier, "en": harbour}


@pytest.mark.parametrize(("lang", "name", "variant", "one", "three"), ROWS, ids=[f"{r[0]}-{r[1]}" for r in ROWS])
def test_the_colour_is_named_and_the_size_follows(lang: str, name: str, variant: str, one: str, three: str) -> None:
    forms = [item_phrase(Item(name, quantity, variant=variant), lang, True) for quantity in (1, 3)]
    assert [(phrase.nom.replace("\xa0", " "), phrase.certain) for phrase in forms] == [(one, True), (three, True)]


@pytest.mark.parametrize(
    ("variant", "lang", "lead", "after"),
    [
        ("Navy / L", "de", "Navy", ", Größe L"),  # a German shop's colour in English
        ("Grau meliert / XL", "de", "Grau meliert", ", Größe XL"),
        ("Color: Black / Size: M", "en", "Black", ", size M"),
        ("Size: 42", "en", "42", ""),  # a size alone: "in size 42", as before
        ("Material: Merino", "en", "", "(Material: Merino)"),  # a key that tells nothing: kept with its value
        ("Color: Black, Material: Merino", "en", "", "(Black, Material: Merino)"),
        ("S / M", "en", "", "(S / M)"),  # two sizes: which is what cannot be told
        ("Black / White", "en", "", "(Black / White)"),
        ("Schrot / M", "de", "", "(Schrot / M)"),  # no colour for ending like one
        ("Navy / 104", "de", "Navy", ", Größe 104"),  # a child's size by height
        ("Rosa / 110", "de", "Rosa", ", Größe 110"),  # by height in steps of 10 cm
        ("Weiß / 150", "de", "Weiß", ", Größe 150"),
        ("Black / One Size", "en", "Black", ""),  # one size for all tells nothing
        ("Farbe: Senfgelb, Größe: Einheitsgröße", "de", "Senfgelb", ""),
        ("Schwarz / 500", "de", "", "(Schwarz / 500)"),  # three figures and no height: a measure, no size
        # a German measure said by its unit or sign, not by the shop system's key; a length keeps its key
        ("Gewicht: 1,2 kg, Durchmesser: 28 cm", "de", "", "(1,2 kg, Ø 28 cm)"),
        ("Breite: 40 cm, Höhe: 60 cm", "de", "", "(Breite: 40 cm, Höhe: 60 cm)"),
        # one part, or a list after commas whose parts are not all known: as the language names it alone
        ("Salbeigrün", "de", "Salbeigrün", ""),
        ("links, Gr. M", "de", "links, Gr. M", ""),
        ("Gr. 38/39", "de", "Gr. 38/39", ""),
        ("Oak, Oiled", "en", "Oak, Oiled", ""),
    ],
)
def test_a_variant_splits_into_the_parts_a_note_can_tell(variant: str, lang: str, lead: str, after: str) -> None:
    split = split_variant(variant, lang)
    assert (split.lead, split.after) == (lead, after)


def test_a_size_letter_keeps_its_capital_in_french() -> None:
    phrase = item_phrase(Item("T-shirt basique", variant="Marine / L"), "fr", True)
    assert phrase.nom == "le t-shirt basique marine, taille L"


def test_a_donation_purpose_is_not_split() -> None:
    phrase = item_phrase(Item("Spende", variant="Rettungsboot / Ausrüstung"), "de", True, donation=True)
    assert phrase.nom.endswith("für Rettungsboot / Ausrüstung")


@pytest.mark.parametrize("lang", ["de", "fr", "en"])
def test_the_lint_accepts_every_composed_note(lang: str) -> None:
    variants = {name: variant for name, variant, *_ in NAMES[lang]}
    assert item_findings(list(variants), lang, SHOPS[lang](), variants) == []


def test_the_lint_accepts_every_composed_french_note() -> None:
    notes = french_notes((name, variant, quantity, "") for name, variant, *_ in NAMES["fr"] for quantity in (1, 3))
    assert rejected(notes, "fr") == []


@needs_grammalecte
def test_every_french_paragraph_naming_the_items_passes_grammalecte() -> None:
    notes = french_notes((name, variant, quantity, "") for name, variant, *_ in NAMES["fr"] for quantity in (1, 3))
    assert not grammar_errors(note_paragraphs(note for _, (_, note) in notes))


def _woocommerce(tmp_path: Path, name: str) -> Item:
    """The item of a WooCommerce order whose one line is a variation named `name`, as the reader reads it."""
    line = {
        "name": name,
        "quantity": 1,
        "price": "19.00",
        "product_id": 40,
        "variation_id": 41,
        "meta_data": [{"key": "pa_colour", "value": "mustard"}, {"key": "pa_size", "value": "one-size"}],
    }
    billing = {"first_name": "Ruth", "last_name": "Okafor", "email": "ruth@example.org", "country": "GB"}
    order = {
        "id": 90,
        "number": "90",
        "status": "processing",
        "currency": "GBP",
        "line_items": [line],
        "billing": billing,
    }
    path = tmp_path / "order.json"
    path.write_text(json.dumps(order), encoding="utf-8")
    [read] = read_orders([str(path)]).results
    assert isinstance(read, Order)
    return read.items[0]


def test_a_woocommerce_name_that_ends_with_its_attributes_gives_them_as_the_variant(tmp_path: Path) -> None:
    item = _woocommerce(tmp_path, "Merino Beanie &ndash; Colour: Mustard, Size: One Size")
    assert (item.name, item.variant) == ("Merino Beanie", "Colour: Mustard, Size: One Size")
    item = _woocommerce(tmp_path, "Merino Beanie &ndash; Limited")  # the name shows other words: both kept
    assert (item.name, item.variant) == ("Merino Beanie – Limited", "mustard, one-size")


def test_a_shopify_line_item_name_ends_with_its_variant_title(tmp_path: Path) -> None:
    path = tmp_path / "orders_export.csv"
    rows = ["Basic Tee - Navy / L", "Merino Beanie - Mustard", "Gift Card - $25"]
    lines = [f"#1201,ida@example.org,Ida Krause,{name},2,2025-05-11 09:55:16 -0400,DE" for name in rows]
    path.write_text("Name,Email,Billing Name,Lineitem name,Lineitem quantity,Created at,Billing Country\n"
                    + "\n".join(lines) + "\n", encoding="utf-8")  # fmt: skip
    [order] = read_orders([str(path)]).results
    assert isinstance(order, Order)
    # Shopify's option values after " - ": the variant; one value alone cannot be told from a part of the name
    assert [(item.name, item.variant) for item in order.items] == [
        ("Basic Tee", "Navy / L"), ("Merino Beanie - Mustard", ""), ("Gift Card - $25", "")
    ]  # fmt: skip
    assert item_phrase(order.items[0], "en", True).nom == "the two Basic Tees in Navy, size L"


_KEYS = re.compile(r"([^\W\d_][^:,/;|]{0,24}?)\s?:\s")


def test_no_note_for_a_real_export_names_a_known_variant_raw(real_exports: Path) -> None:
    orders = [
        order
        for name in ("shopify_orders_export.csv", "woocommerce_rest_v3_order.json")
        for order in read_orders([str(real_exports / name)]).results
        if isinstance(order, Order) and order.customer.first_name
    ]
    told = 0
    for lang in ("de", "fr", "en"):
        for order in (replace(order, locale=lang) for order in orders):
            text = compose(order, SHOPS[lang](), NOW, secret=SECRET).text
            for item in order.items:
                if not item.variant or not split_variant(item.variant, lang).lead:
                    continue  # none, or one the note writes as the shop did, in brackets
                told += 1
                raw = [" / ", item.variant, *(f"{key}:" for key in _KEYS.findall(item.variant))]
                phrase = item_phrase(item, lang, True).acc
                assert [piece for piece in raw if piece in phrase or piece in text] == [], (lang, text)
    assert told == 3  # the WooCommerce variation, "Color: Black, Size: M Test", in each language
