"""The rules that read the order (SIN201, SIN202, the score), the batch rules, and --select/--ignore."""

from __future__ import annotations

import pytest

from notegen.config import parse_config
from notegen.language.locales import choose_lang
from notegen.lint import Linter, lint
from notegen.model import Customer, Item, Order

from .conftest import order

LENA = order("de", "Lena", "Leinenschürze „Atelier“", customer={"last_name": "Hoffmann", "orders_count": 1})


def codes(text: str, the_order: object = None, lang: str | None = None, **options: object) -> list[str]:
    result = Linter(**options).check(text, the_order, lang)  # type: ignore[arg-type]
    return [finding.code for finding in result.findings]


@pytest.mark.parametrize(
    "greeting",
    [
        "Liebe Lena,",
        "Hallo Frau Hoffmann,",
        "Sehr geehrte Frau Dr. Hoffmann,",
        "Guten Tag Lena Hoffmann,",
        "Moin Lena!",
    ],
)
def test_the_customer_named_in_the_greeting_passes(greeting: str) -> None:
    text = f"{greeting}\n\ndie Leinenschürze ist unterwegs.\n\nClara"
    assert "SIN201" not in codes(text, LENA)


def test_another_name_in_the_greeting_is_an_error_naming_both() -> None:
    result = lint("Liebe Julia,\n\ndie Leinenschürze ist unterwegs.\n\nClara", LENA)
    finding = next(f for f in result.findings if f.code == "SIN201")
    assert finding.text == "Julia" and finding.severity == "error"
    assert "Julia" in finding.message and "Lena Hoffmann" in finding.message


def test_a_last_name_without_a_title_outside_the_greeting_does_not_name_the_customer() -> None:
    text = "Guten Tag,\n\ndie Leinenschürze für Familie Hoffmanns Küche ist unterwegs.\n\nClara"
    assert "SIN201" in codes(text, LENA)


def test_names_compare_without_case_accents_or_umlaut_spelling() -> None:
    jurgen = order("de", "Jürgen", "Bergkäse")
    for greeting in ("Lieber Juergen,", "Lieber Jurgen,", "Lieber JÜRGEN,"):
        assert "SIN201" not in codes(f"{greeting}\n\nder Bergkäse ist unterwegs.\n\nReto", jurgen)


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("die Schürze ist unterwegs.", "Leinenschürze „Atelier“"),
        ("die zwei Merinosocken sind unterwegs.", "Merino-Socken"),
        ("das Messer schneidet hauchdünn.", "Käsemesser"),
        ("die Käsemessern liegen bei.", "Käsemesser"),
    ],
)
def test_german_items_match_by_compound_head_and_inflection(text: str, item: str) -> None:
    assert "SIN202" not in codes(f"Hallo Lena,\n\n{text}\n\nClara", order("de", "Lena", item))


@pytest.mark.parametrize(
    ("lang", "text", "item"),
    [
        ("fr", "Salut Luc,\n\nles deux bougies sont parties.\n\nInès", "Bougie parfumée « Figuier »"),
        ("fr", "Salut Luc,\n\nton sac est prêt.\n\nInès", "Sac à dos « Randonnée 20 L »"),
        ("en", "Hi Maya,\n\nthe knives are sharpened.\n\nBen", "Bread knife"),
        ("en", "Hi Maya,\n\nyour kit is on its way.\n\nBen", "Sourdough starter kit"),
    ],
)
def test_items_match_by_lemma_and_head_noun(lang: str, text: str, item: str) -> None:
    assert "SIN202" not in codes(text, order(lang, "Luc" if lang == "fr" else "Maya", item))


def test_a_word_of_the_signature_or_greeting_is_no_mention_of_an_item() -> None:
    text = "Hallo Lena,\n\nvielen Dank für Ihren Einkauf bei uns!\n\nIhr Atelier-Team"
    assert "SIN202" in codes(text, LENA)


def test_an_item_of_another_order_of_the_batch_is_an_error() -> None:
    anna = order("de", "Anna", "Wollschal „Fjord“", order_id="2")
    lena = order("de", "Lena", "Leinenschürze „Atelier“", order_id="1")
    results = Linter().check_batch(
        [
            ("Hallo Lena,\n\ndie Schürze und der Wollschal „Fjord“ sind unterwegs.\n\nClara", lena, None),
            ("Hallo Anna,\n\nder Wollschal „Fjord“ ist unterwegs.\n\nKatrin", anna, None),
        ]
    )
    found = [f for f in results[0].findings if f.code == "SIN202"]
    assert [f.text for f in found] == ["Wollschal"] and "Wollschal „Fjord“" in found[0].message
    assert not [f for f in results[1].findings if f.code == "SIN202"]


def test_the_shop_s_own_words_in_every_note_are_no_item_of_another_order() -> None:
    items = ["Bougie « Figuier »", "Plaid en laine", "Carafe « Source »", "Savon au lait"]
    entries = []
    for number, item in enumerate(items):
        text = (
            f"Bonjour Luc,\n\nvotre {item.split(' ')[0].lower()} part aujourd'hui de L'Atelier Figuier, avec une "
            f"bougie en échantillon.\n\nCamille"
        )
        entries.append((text, order("fr", "Luc", item, order_id=str(number)), None))
    assert not [f for result in Linter().check_batch(entries) for f in result.errors]


def test_a_form_letter_batch_is_flagged_once_names_and_items_are_masked() -> None:
    names = [("Anna", "Wollschal"), ("Lena", "Schürze"), ("Jürgen", "Bergkäse"), ("Zoë", "Strickset")]
    entries = [
        (
            f"Hallo {name},\n\n{item} ist unterwegs. Wir hoffen, es gefällt Ihnen.\n\nKatrin",
            order("de", name, item, order_id=name),
            None,
        )
        for name, item in names
    ]
    results = Linter().check_batch(entries)
    assert all("SIN302" in [f.code for f in result.warnings] for result in results)
    assert all(not result.errors for result in results)


def test_placeholders_are_caught_without_an_order() -> None:
    for text in ("Hi {{ first_name }},", "Hi [FIRST NAME],", "Hi %NAME%,", "Hi ,", "Hi undefined,", "Hi *|FNAME|*,"):
        assert "SIN203" in codes(f"{text}\n\nyour kit is on its way.\n\nBen", lang="en")


def test_the_score_has_its_parts_and_the_threshold_is_the_caller_s() -> None:
    text = "Hallo Lena,\n\ndie Leinenschürze ist unterwegs. Zögern Sie nicht, uns zu schreiben.\n\nIhr Team"
    result = Linter(threshold=50).check(text, LENA)
    assert set(result.parts) == {"name", "items", "facts", "generic"} and result.basis == "order"
    assert result.score == sum(result.parts.values()) == 25 + 35 + 0 + 10
    assert "SIN301" not in [f.code for f in result.findings]
    assert "SIN301" in codes(text, LENA, threshold=80)


def test_without_an_order_the_score_is_scaled_from_what_the_text_shows() -> None:
    result = lint("Hallo Lena,\n\ndie Leinenschürze ist unterwegs.\n\nClara")
    assert result.basis == "text" and result.score == 100 and result.parts["items"] == 0
    generic = lint("Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihren Einkauf.\n\nIhr Team")
    assert generic.score < 50 and "SIN301" in [f.code for f in generic.findings]


def test_select_and_ignore_take_codes_and_prefixes() -> None:
    text = "Liebe Kundin,\n\nvielen Dank für Ihren Einkauf.\n\nIhr Team"
    assert set(codes(text, LENA, select=["SIN2"])) == {"SIN201", "SIN202"}
    assert "SIN101" not in codes(text, LENA, ignore=["sin101"])
    assert codes(text, LENA, select=["SIN104"]) == ["SIN104"]


def test_the_note_language_is_the_order_s_else_the_one_the_text_is_in() -> None:
    assert lint("Bonjour Luc,\n\nvotre sac à dos est parti ce matin.\n\nInès").lang == "fr"
    english_order = order("en", "Daan", "Walnut chopping board")
    result = lint("Hallo Daan,\n\ndas Schneidebrett aus Walnuss ist unterwegs.\n\nTim", english_order)
    assert result.lang == "en" and "SIN205" in [f.code for f in result.errors]
    assert "SIN205" in codes("Hallo Daan,\n\ndas Schneidebrett aus Walnuss ist unterwegs.\n\nTim", lang="fr")


@pytest.mark.parametrize(
    ("text", "mixed"),
    [
        ("Hallo Anna,\n\ndein Schal ist unterwegs. Sie ist aus Merino und hält warm.\n\nKatrin", False),
        ("Hallo Anna,\n\ndein Schal ist unterwegs. Wir hoffen, er gefällt Ihnen.\n\nKatrin", True),
        ("Hallo Anna,\n\ndein Schal ist unterwegs; sie hat ihn selbst gestrickt.\n\nDeine Katrin", False),
        ("Sehr geehrte Frau Müller,\n\nIhr Schal ist unterwegs.\n\nDein Team", True),
        ("Sehr geehrte Frau Müller,\n\nder Schal ist zu Ihnen unterwegs.\n\nDein Team", True),
    ],
)
def test_german_formality(text: str, mixed: bool) -> None:
    assert ("SIN204" in codes(text, lang="de")) is mixed


def test_facts_of_the_order_count_towards_the_score() -> None:
    mugs = order("en", "Maya", {"name": "Tidal mug", "quantity": 2}, customer={"orders_count": 3})
    plain = lint("Hi Maya,\n\nyour Tidal mugs are on their way.\n\nBen", mugs)
    specific = lint("Hi Maya,\n\nyour third order: the 2 Tidal mugs are on their way.\n\nBen", mugs)
    assert plain.parts["facts"] == 0 and specific.parts["facts"] == 20
    gift = order("fr", "Sophie", "Bougie « Figuier »", gift=True)
    assert lint("Chère Sophie,\n\nla bougie « Figuier » est emballée pour offrir.\n\nInès", gift).parts["facts"] == 20


def test_a_donation_is_a_fact_when_its_line_says_so_as_when_the_data_marks_it() -> None:
    """The lint asks what compose asks (`is_donation`): a line named as a donation makes the order one."""
    named = order("en", "Maya", "Donation to the winter appeal")
    marked = order("en", "Maya", "Lifejacket for a volunteer", donation=True)
    thanked = "Hi Maya,\n\nthank you for your generous donation: it goes straight to the crew.\n\nBen"
    silent = "Hi Maya,\n\nit goes straight to the crew.\n\nBen"
    assert lint(thanked, named).parts["facts"] == lint(thanked, marked).parts["facts"] == 20
    assert lint(silent, named).parts["facts"] == lint(silent, marked).parts["facts"] == 0


@pytest.mark.parametrize(
    ("text", "mixed"),
    [
        ("Hallo Anna,\n\nSie haben den Wollschal gewählt – danke dir dafür!\n\nKatrin", True),
        ("Hallo Anna,\n\ndein Wollschal ist unterwegs.\n\nIhre Katrin", True),
        ("Hallo Anna,\n\ndie Socken sind gestrickt. Sie sind aus Merino und halten dich warm.\n\nKatrin", False),
    ],
)
def test_a_sentence_opening_sie_counts_where_nothing_else_can_be_meant(text: str, mixed: bool) -> None:
    assert ("SIN204" in codes(text, lang="de")) is mixed


@pytest.mark.parametrize(
    "text", ["", "   \n\n  ", "!!!", "😀 🎁", "Hallo Lena,", "Hi ,\n\n,\n\n,", "a" * 5000, "P.S. Tim"]
)
@pytest.mark.parametrize("lang", [None, "de", "fr", "en"])
def test_odd_notes_get_a_verdict_not_an_exception(text: str, lang: str | None) -> None:
    result = lint(text, LENA, lang)
    assert 0 <= result.score <= 100 and result.errors


@pytest.mark.parametrize(("locale", "country", "lang"), [("fr", "DE", "fr"), (None, "BE", "fr"), (None, "AT", "de")])
def test_the_lint_judges_a_note_in_the_language_compose_writes_it_in(
    locale: str | None, country: str, lang: str
) -> None:
    the_order = Order("L-1", Customer("Anna"), (Item("Schal"),), locale=locale, shipping_country=country)
    english_shop = parse_config({"shop": {"name": "Tidal", "default_locale": "en"}, "signer": {"name": "Maya"}})
    assert choose_lang(the_order, english_shop) == lang
    assert Linter().check("Thank you so much for your order, Anna!\n\nMaya", the_order).lang == lang


@pytest.mark.parametrize(
    ("lang", "text", "credited"),
    [
        ("de", "Liebe Lena,\n\nseit 2023 bestellen Sie bei uns, danke! Ihr Wollschal ist unterwegs.\n\nKatrin", True),
        ("de", "Liebe Lena,\n\nIhr Wollschal ist unterwegs. Ihr Code gilt bis zum 14.01.2023.\n\nKatrin", False),
        ("de", "Liebe Lena,\n\nIhr Wollschal ist unterwegs, Code gültig bis zum 14. Januar 2023.\n\nKatrin", False),
        ("fr", "Chère Lena,\n\nvotre écharpe est partie, et le code est valable jusqu'au 14/01/2023.\n\nInès", False),
        ("fr", "Chère Lena,\n\nvous êtes cliente depuis 2023 : votre écharpe est partie.\n\nInès", True),
        ("en", "Hi Lena,\n\nyour scarf is on its way; the code is valid until January 14, 2023.\n\nBen", False),
        ("en", "Hi Lena,\n\nyou have been with us since 2023, and your scarf is on its way.\n\nBen", True),
        ("en", "Hi Lena,\n\nyour scarf is on its way; the code is valid until 14 January 12023.\n\nBen", False),
    ],
)
def test_a_year_only_inside_a_code_s_expiry_date_is_not_the_customer_s_history(
    lang: str, text: str, credited: bool
) -> None:
    item = {"de": "Wollschal", "fr": "Écharpe en laine", "en": "Wool scarf"}[lang]
    since = order(lang, "Lena", item, customer={"customer_since": "2023-03-01"})
    assert lint(text, since).parts["facts"] == (20 if credited else 0)
