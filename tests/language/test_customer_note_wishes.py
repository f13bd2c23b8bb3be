"""Whom a note's wish is for, who gives a present, and the notes that only look like complaints or presents: a
wish said to someone names them ("Happy 21st Jess!"), a present "from" someone is not for them, a name followed by
who they are is someone ("for Hannah, the midwife who …"), a price the customer finds too high is a complaint,
another shop's broken parcel is none, what the customer lost is their own, dates are no birthdays, the customer's
own stay in hospital is no get-well present, and emojis alone may say it is a present."""

from __future__ import annotations

import pytest

from notegen.language.customer_notes import read_customer_note
from notegen.language.note_text import as_typed


@pytest.mark.parametrize(
    ("note", "lang", "recipient"),
    [
        ("Happy 21st Jess!! 🥂 no receipt in the box please", "en", "Jess"),
        ("happy birthday Grandpa, from all of us", "en", "Grandpa"),
        ("Alles Gute zum 50., liebe Sabine! Bitte ohne Rechnung", "de", "Sabine"),
        ("Frohe Ostern an meine Patentante 🐣", "de", "meine Patentante"),
        ("Joyeux anniversaire papy !! pas de facture svp", "fr", "papy"),
        ("Bonne fête ma maman chérie", "fr", "ma maman chérie"),
    ],
)
def test_a_wish_said_to_someone_names_whom_the_present_is_for(note: str, lang: str, recipient: str) -> None:
    reading = read_customer_note(note, lang)
    assert (reading.kind, reading.recipient) == ("gift", recipient), reading


@pytest.mark.parametrize(
    ("note", "lang"),
    [
        ("Frohe Weihnachten an das ganze Team!", "de"),
        ("Merry Christmas to all the team x", "en"),
        ("könnt ihr bitte eine Karte reinlegen? „Alles Gute zum Geburtstag, dein Papa“", "de"),
        ("Donating as a thank you to the midwives who delivered our son", "en"),
    ],
)
def test_a_wish_to_the_shop_or_a_card_signed_by_its_giver_names_no_recipient(note: str, lang: str) -> None:
    """The shop's team is wished well, not given a present; "dein Papa" signs the card; a thank-you donation to
    the midwives is no present for them."""
    reading = read_customer_note(note, lang)
    assert reading.recipient == "" and reading.kind != "gift", reading


def test_a_secret_kept_from_the_family_names_no_recipient() -> None:
    reading = read_customer_note("colis neutre svp, personne n'est au courant pour le bébé", "fr")
    assert (reading.kind, reading.occasion, reading.recipient) == ("request", "birth", ""), reading


@pytest.mark.parametrize(
    ("note", "lang", "recipient"),
    [
        ("Ein Geschenk für die Kleine von Oma und Opa", "de", ""),
        ("for Hannah, the midwife who delivered both our girls", "en", "Hannah"),
        ("pour Nadia, la nounou de nos jumeaux, merci pour tout", "fr", "Nadia"),
        ("gift for our Maisie, she got into uni!", "en", "our Maisie"),
        ("from Pepper the cat to her favourite auntie, happy birthday", "en", "her favourite auntie"),
    ],
)
def test_who_gives_a_present_is_not_whom_it_is_for_and_a_name_with_who_they_are_is_someone(
    note: str, lang: str, recipient: str
) -> None:
    reading = read_customer_note(note, lang)
    assert reading.is_gift and reading.recipient == recipient, reading


@pytest.mark.parametrize(
    ("note", "lang", "kind"),
    [
        ("£4.99 postage for a birthday card? bit steep", "en", "complaint"),
        ("9 € Versand für einen Schlüsselanhänger ist ganz schön happig", "de", "complaint"),
        ("15 € de port pour un porte-clés, c'est abusé", "fr", "complaint"),
        ("ordered from another shop last month and it came smashed, so trying you now", "en", "nothing"),
        ("Beim anderen Shop kam die Lampe kaputt an, deshalb jetzt bei euch 🙂", "de", "nothing"),
        ("j'ai acheté ailleurs et tout est arrivé cassé, alors merci de bien l'emballer", "fr", "request"),
        ("cadeau de départ pour Julien, il va tellement nous manquer", "fr", "gift"),
    ],
)
def test_a_price_is_a_complaint_and_another_shops_parcel_or_a_colleague_missed_is_none(
    note: str, lang: str, kind: str
) -> None:
    reading = read_customer_note(note, lang)
    assert reading.kind == kind and reading.sure, reading


@pytest.mark.parametrize(
    ("note", "lang"),
    [
        ("replacing the umbrella I left on the tube 🙈", "en"),
        ("Ersatz für das Fahrradschloss, das uns gestohlen wurde", "de"),
        ("je rachète le même bonnet, j'ai perdu le mien au ski", "fr"),
    ],
)
def test_what_the_customer_lost_is_their_own_order(note: str, lang: str) -> None:
    reading = read_customer_note(note, lang)
    assert (reading.kind, reading.denied, reading.sure) == ("nothing", True, True), reading


@pytest.mark.parametrize(
    ("note", "lang", "occasion"),
    [
        ("please deliver on the 23rd, we're away till then", "en", ""),
        ("my order from the 1st finally turned up on the 17th, great stuff 🙄", "en", ""),
        ("for my nephew's 18th on the 4th", "en", "birthday"),
        ("I'm in hospital till Friday so please leave it with number 3", "en", ""),
        ("Ich liege noch bis Montag im Krankenhaus, bitte beim Nachbarn abgeben", "de", ""),
        ("je suis hospitalisée cette semaine, merci de déposer le colis chez ma voisine", "fr", ""),
        ("pour Gérard, 40 ans à la SNCF, bonne retraite !", "fr", ""),
    ],
)
def test_dates_years_of_service_and_the_customers_own_hospital_stay_are_no_occasion(
    note: str, lang: str, occasion: str
) -> None:
    assert read_customer_note(note, lang).occasion == occasion


def test_a_delivery_told_by_its_dates_is_a_late_complaint() -> None:
    reading = read_customer_note("my order from the 1st finally turned up on the 17th, great stuff 🙄", "en")
    assert reading.kind == "complaint", reading


@pytest.mark.parametrize(
    ("note", "lang", "kind", "occasion"),
    [("🎁", "en", "gift", ""), ("🎂🎁", "de", "gift", "birthday"), ("🎄🎅", "fr", "occasion", "christmas")],
)
def test_emojis_alone_may_say_it_is_a_present_or_name_an_occasion(
    note: str, lang: str, kind: str, occasion: str
) -> None:
    reading = read_customer_note(note, lang)
    assert (reading.kind, reading.occasion, reading.sure) == (kind, occasion, True), reading


@pytest.mark.parametrize("note", ["🙄", "😍😍", "👍", "🙏🙏"])
def test_other_emojis_alone_say_nothing(note: str) -> None:
    assert read_customer_note(note, "en").kind == "nothing"


def test_a_recipient_keeps_the_customers_spelling_and_the_reply_gets_the_word_meant() -> None:
    reading = read_customer_note("a presnt for my brothr, pls dont put the reciept in", "en")
    assert (reading.recipient, reading.recipient_meant) == ("my brothr", "my brother"), reading


@pytest.mark.parametrize(
    ("phrase", "meant", "typed", "found"),
    [
        ("my brother", "a gift for my brother, thanks", "a gift for my brothr, thanks", "my brothr"),
        ("meine Nichte", "(für meine Nichte)", "(für meien Nichte)", "meien Nichte"),
        ("Oma", "für Oma", "für Oma", "Oma"),
        ("nobody", "für Oma", "für Oma", "nobody"),
    ],
)
def test_a_phrase_of_the_corrected_note_is_found_as_typed(phrase: str, meant: str, typed: str, found: str) -> None:
    assert as_typed(phrase, meant, typed) == found


@pytest.mark.parametrize(
    ("note", "lang", "kind"),
    [
        ("could you give me a ring before it ships? 07700 900555", "en", "request"),
        ("Rufen Sie mich bitte wegen der Farbe zurück", "de", "request"),
        ("pouvez-vous me rappeler pour la gravure ?", "fr", "request"),
        ("we're moving on Friday, could you send it to the new address?", "en", "request"),
        ("on déménage, merci d'envoyer à la nouvelle adresse", "fr", "request"),
        ("please send it in a plain box, it's a surprise for my wife", "en", "request"),
        ("she did it!! gift for my daughter, she passed her finals", "en", "gift"),
    ],
)
def test_call_backs_moves_and_plain_boxes_are_requests_and_a_told_success_no_question(
    note: str, lang: str, kind: str
) -> None:
    reading = read_customer_note(note, lang)
    assert reading.kind == kind, reading
