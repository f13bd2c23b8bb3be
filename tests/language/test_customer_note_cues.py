"""The reading of customers' notes on what the fourth round mended: a note written in another language than the
order's, a note that is only a date or a name, a late delivery told with a sarcastic thank-you, a present for
someone who has lost a relative, a discount not given, a reorder after the customer's own mishap."""

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
