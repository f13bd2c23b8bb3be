"""The reading of customers' notes on what the fourth round mended: a note written in another language than the
order's, a note that is only a date or a name, a late delivery told with a sarcastic thank-you, a present for
someone who has lost a relative, a discount not given, a reorder after the customer's own mishap; and what the sixth
round mended: a phone or order number alone, an eye-roll at someone of the customer's, fast delivery paid for and
not given, praise for a person at the shop, a death told gently, twins and ages written out."""

from __future__ import annotations

import pytest

from notegen.language.customer_notes import read_customer_note


@pytest.mark.parametrize(
    ("note", "lang", "kind", "recipient"),
    [
        ("Birthday present for my nephew", "de", "gift", "my nephew"),
        ("Geschenk für meinen Neffen", "fr", "gift", "meinen Neffen"),
        ("cadeau d'anniversaire pour mon neveu", "en", "gift", "mon neveu"),
        ("the lid is cracked, really disappointed", "fr", "complaint", ""),
    ],
)
def test_a_note_in_another_language_is_read_by_the_language_that_knows_its_words(
    note: str, lang: str, kind: str, recipient: str
) -> None:
    reading = read_customer_note(note, lang)
    assert (reading.kind, reading.recipient, reading.sure) == (kind, recipient, True), reading


def test_a_dialect_note_with_a_typo_stays_in_the_orders_language() -> None:
    """ "zerbrochn" is read as a typo of "zerbrochen"; "super" would read as praise in French, but the note is
    German: a complaint."""
    reading = read_customer_note("na super, des Glasl is zerbrochn ankommen", "de")
    assert reading.lang == "de" and reading.kind == "complaint" and reading.needs_person


@pytest.mark.parametrize(
    ("note", "lang"),
    [("3.5.", "de"), ("am 12. Feber", "de"), ("le 2 mai", "fr"), ("May 2nd", "en"), ("12/06", "en")],
)
def test_a_date_alone_is_an_instruction_a_person_reads(note: str, lang: str) -> None:
    reading = read_customer_note(note, lang)
    assert (reading.kind, reading.sure, reading.needs_person) == ("instruction", True, True), reading


@pytest.mark.parametrize(("note", "lang"), [("Johanna Pietrowski", "de"), ("Priya Raman", "en")])
def test_a_name_alone_is_an_instruction_a_person_reads(note: str, lang: str) -> None:
    reading = read_customer_note(note, lang)
    assert (reading.kind, reading.needs_person, reading.is_gift) == ("instruction", True, False), reading


@pytest.mark.parametrize(
    ("note", "lang", "problem"),
    [
        ("Spitzenservice, nur vier Wochen gebraucht", "de", "late"),
        ("merci, six semaines pour recevoir trois bougies", "fr", "late"),
        ("brilliant, took four weeks to arrive", "en", "late"),
        ("Danke auch, die Dose kam eingedellt an 🙄", "de", "damaged"),
        ("Ich hätte mir gewünscht, vorher informiert zu werden.", "de", "disappointed"),
        ("Der Newsletter-Rabatt wurde nicht abgezogen.", "de", "money"),
        ("Der neue Akkusauger saugt kaum, nach zwei Wochen.", "de", "damaged"),
        ("Die Kaffeemühle mahlt nicht gleichmäßig.", "de", "damaged"),
        ("Bin verärgert, der Deckel passt auf keine Dose.", "de", "disappointed"),
        ("Zwei Teile fehlen im Bausatz, das nervt mich wirklich.", "de", "disappointed"),
        ("la remise de bienvenue n'a pas été appliquée", "fr", "money"),
        ("the voucher didn't apply and I was charged full price", "en", "money"),
    ],
)
def test_a_complaint_told_politely_or_with_sarcasm_is_a_complaint(note: str, lang: str, problem: str) -> None:
    reading = read_customer_note(note, lang)
    assert reading.kind == "complaint" and reading.needs_person, reading
    assert problem in {hit.id for hit in reading.found if hit.kind == "complaint"}, reading


@pytest.mark.parametrize(
    ("note", "lang", "recipient"),
    [
        ("für unseren Nachbarn, seine Frau ist im Mai verstorben", "de", "unseren Nachbarn"),
        ("pour ma collègue qui a perdu son père", "fr", "ma collègue"),
        ("for my cousin, his mum passed away last month", "en", "my cousin"),
    ],
)
def test_a_present_for_someone_bereaved_is_a_quiet_gift_for_them(note: str, lang: str, recipient: str) -> None:
    """The one who died is not the recipient; "perdu son père" is no lost parcel."""
    reading = read_customer_note(note, lang)
    assert (reading.kind, reading.occasion, reading.recipient) == ("gift", "memorial", recipient), reading
    assert reading.quiet and not reading.needs_person


@pytest.mark.parametrize(
    ("note", "lang"),
    [
        ("mein Hund hat die Vase runtergeworfen, deshalb nochmal bestellt", "de"),
        ("ma fille a fait tomber le bol, j'en reprends un", "fr"),
        ("my son knocked the last one off the shelf, so here's another order", "en"),
    ],
)
def test_a_reorder_after_the_customers_own_mishap_is_nothing_to_answer(note: str, lang: str) -> None:
    reading = read_customer_note(note, lang)
    assert (reading.kind, reading.sure, reading.needs_person) == ("nothing", True, False), reading


@pytest.mark.parametrize(
    ("note", "lang"),
    [
        ("Bitte nicht vor 15 Uhr klingeln, die Kinder schlafen", "de"),
        ("sonnez doucement, les enfants dorment", "fr"),
        ("please knock quietly, baby is napping", "en"),
    ],
)
def test_a_sleeping_baby_in_a_delivery_instruction_is_no_birth(note: str, lang: str) -> None:
    reading = read_customer_note(note, lang)
    assert reading.kind == "instruction" and reading.occasion == "", reading


@pytest.mark.parametrize(
    ("note", "lang"), [("Handy 0151 2345 6789", "de"), ("tél 07 81 22 33 44", "fr"), ("mob 07912 345678", "en")]
)
def test_a_phone_number_alone_is_for_the_courier(note: str, lang: str) -> None:
    reading = read_customer_note(note, lang)
    assert reading.kind == "instruction" and not reading.needs_person, reading


@pytest.mark.parametrize(
    ("note", "lang"), [("Auftragsnummer 55102", "de"), ("réf. commande 7781", "fr"), ("order no. 5521", "en")]
)
def test_an_order_number_alone_is_an_instruction_a_person_reads(note: str, lang: str) -> None:
    reading = read_customer_note(note, lang)
    assert reading.kind == "instruction" and reading.needs_person, reading


@pytest.mark.parametrize(
    ("note", "lang"),
    [
        ("für meinen Schwiegervater, weil mein Mann seinen Geburtstag jedes Jahr vergisst 🙄", "de"),
        ("pour ma sœur, parce que mon frère a encore oublié 🙄", "fr"),
        ("for my mum because my brother forgot again 🙄", "en"),
    ],
)
def test_an_eye_roll_at_someone_of_the_customers_is_no_complaint(note: str, lang: str) -> None:
    reading = read_customer_note(note, lang)
    assert reading.kind == "gift" and not reading.needs_person, reading


def test_an_eye_roll_at_the_shop_is_still_a_complaint() -> None:
    reading = read_customer_note("gift for my aunt, hope it's not late again like last time 🙄", "en")
    assert reading.kind == "complaint" and reading.needs_person


@pytest.mark.parametrize(
    ("note", "lang"),
    [
        ("paid extra for express shipping and got it after a week", "en"),
        ("Expresszuschlag bezahlt und nach vier Tagen geliefert", "de"),
        ("livraison express payée mais reçue après une semaine", "fr"),
    ],
)
def test_fast_delivery_paid_for_and_not_given_is_a_complaint(note: str, lang: str) -> None:
    assert read_customer_note(note, lang).kind == "complaint"


@pytest.mark.parametrize(
    ("note", "lang"),
    [
        ("Marco in customer service was super helpful", "en"),
        ("Frau Öztürk am Telefon war sehr geduldig", "de"),
        ("Sophie au service client a été très serviable", "fr"),
    ],
)
def test_praise_for_a_person_at_the_shop_is_praise(note: str, lang: str) -> None:
    reading = read_customer_note(note, lang)
    assert reading.kind == "praise" and reading.sure and not reading.needs_person, reading


@pytest.mark.parametrize(
    ("note", "lang", "recipient"),
    [
        ("für Heike, ihr Vater ist friedlich eingeschlafen", "de", "Heike"),
        ("pour Marc, son père s'est éteint lundi", "fr", "Marc"),
    ],
)
def test_a_death_told_gently_makes_a_quiet_present_for_the_bereaved(note: str, lang: str, recipient: str) -> None:
    reading = read_customer_note(note, lang)
    assert reading.is_gift and reading.occasion == "memorial" and reading.recipient == recipient, reading


def test_a_lamp_that_went_out_is_no_death() -> None:
    assert read_customer_note("la guirlande s'est éteinte au bout d'une heure", "fr").occasion != "memorial"


@pytest.mark.parametrize(
    ("note", "lang", "occasion"),
    [
        ("for my cousin, she's just had twins", "en", "birth"),
        ("pour mon parrain qui fête ses nonante ans", "fr", "birthday"),
    ],
)
def test_twins_and_ages_in_words_name_their_occasion(note: str, lang: str, occasion: str) -> None:
    assert read_customer_note(note, lang).occasion == occasion
