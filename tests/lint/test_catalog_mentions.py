"""The shop catalog's phrases in a note: a phrase is a mention of its item (no SIN202), the words before it agree
with the gender and number the catalog gives (SIN206), and its own words are the shop's (no other SIN206)."""

from __future__ import annotations

import pytest

from notegen.language.catalog import parse_catalog
from notegen.lint import Linter

from .conftest import order

CATALOG = parse_catalog(
    "product,lang,phrase,gender,plural\n"
    "Art. 4711,de,Duftkerze Lavendel,f,Duftkerzen Lavendel\n"
    "Taschenlampe LED,de,LED-Taschenlampe,f,LED-Taschenlampen\n"
    "Leggings schwarz,de,Leggings in Schwarz,pl,\n"
    "Savon olive lot de 3,fr,lot de trois savons à l'olive,m,lots de trois savons à l'olive\n"
    "Housse 60x60,fr,housse de coussin en lin,f,housses de coussin en lin\n"
    "Art. 88,en,sage linen tea towel,,sage linen tea towels\n",
    "catalog.csv",
)
DE = "Liebe Anna,\n\n{}\n\nKatrin Vogel"
FR = "Bonjour Claire,\n\n{}\n\nInès"
EN = "Hi Maya,\n\n{}\n\nBen"
CASES = [
    (
        "de",
        "Art. 4711",
        1,
        DE.format("Ihre Duftkerze Lavendel ist schon unterwegs, wir wünschen viel Freude damit."),
        [],
    ),
    ("de", "Art. 4711", 1, DE.format("Ihren Duftkerze Lavendel haben wir schon verpackt und verschickt."), ["SIN206"]),
    ("de", "Art. 4711", 3, DE.format("die drei Duftkerzen Lavendel sind schon unterwegs zu Ihnen nach Hause."), []),
    ("de", "Art. 4711", 3, DE.format("mit dem drei Duftkerzen Lavendel wünschen wir Ihnen viel Freude."), ["SIN206"]),
    ("de", "Taschenlampe LED", 1, DE.format("die LED-Taschenlampe ist schon unterwegs zu Ihnen nach Hause."), []),
    ("de", "Leggings schwarz", 1, DE.format("die Leggings in Schwarz sind schon unterwegs zu Ihnen nach Hause."), []),
    (
        "de",
        "Leggings schwarz",
        1,
        DE.format("das Leggings in Schwarz ist schon unterwegs, viel Freude damit."),
        ["SIN206"],
    ),
    ("fr", "Savon olive lot de 3", 1, FR.format("votre lot de trois savons à l'olive est parti ce matin."), []),
    ("fr", "Savon olive lot de 3", 1, FR.format("la lot de trois savons à l'olive est partie ce matin."), ["SIN206"]),
    ("fr", "Savon olive lot de 3", 2, FR.format("les deux lots de trois savons à l'olive sont partis ce matin."), []),
    ("fr", "Housse 60x60", 1, FR.format("la housse de coussin en lin est partie ce matin."), []),
    ("fr", "Housse 60x60", 1, FR.format("le housse de coussin en lin est parti ce matin."), ["SIN206"]),
    ("en", "Art. 88", 1, EN.format("your sage linen tea towel is on its way; we hope it dries many cups."), []),
]


@pytest.mark.parametrize(("lang", "name", "quantity", "text", "codes"), CASES)
def test_a_catalog_phrase_is_a_mention_judged_by_the_catalogs_gender_and_number(
    lang: str, name: str, quantity: int, text: str, codes: list[str]
) -> None:
    first = {"de": "Anna", "fr": "Claire", "en": "Maya"}[lang]
    the_order = order(lang, first, {"name": name, "quantity": quantity, "price": "12.00"})
    result = Linter(select=["SIN202", "SIN206"], catalog=CATALOG).check(text, the_order, lang)
    assert sorted({f.code for f in result.findings}) == codes, [(f.code, f.text, f.message) for f in result.findings]
    for finding in result.findings:
        assert finding.message != finding.message_en  # in the note's language


def test_without_the_catalog_a_phrase_that_shares_no_word_with_the_name_is_no_mention() -> None:
    the_order = order("de", "Anna", {"name": "Art. 4711", "price": "12.00"})
    text = DE.format("Ihre Duftkerze Lavendel ist schon unterwegs, wir wünschen viel Freude damit.")
    assert [f.code for f in Linter(select=["SIN202"]).check(text, the_order, "de").findings] == ["SIN202"]
    assert not Linter(select=["SIN202"], catalog=CATALOG).check(text, the_order, "de").findings
