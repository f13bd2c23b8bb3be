"""Who a present is for: a person named through someone else, whole ("die Lehrerin von unserem Sohn" is for the
teacher, never the son), an animal with an occasion, a thanks said to the present's recipient (the occasion, not
praise for the shop), and the words of an occasion or of a paperwork request that name no one; a celebration of
someone named after "von", "de", "of", two people joined by "and", and an order shared with someone."""

from __future__ import annotations

import pytest

from notegen.language.customer_notes import read_customer_note


@pytest.mark.parametrize(
    ("note", "lang", "recipient"),
    [
        ("for my daughter's piano teacher, thanks for all the lessons", "en", "my daughter's piano teacher"),
        ("Für den Opa von meiner Freundin zum 80. Geburtstag", "de", "den Opa von meiner Freundin"),
        ("ein kleines Dankeschön an die Nachbarin meiner Oma", "de", "die Nachbarin meiner Oma"),
        ("pour la maman de mon filleul, c'est son anniversaire", "fr", "la maman de mon filleul"),
        ("petit merci à la voisine de ma mère", "fr", "la voisine de ma mère"),
    ],
)
def test_a_person_named_through_someone_else_is_read_whole(note: str, lang: str, recipient: str) -> None:
    reading = read_customer_note(note, lang)
    assert reading.kind == "gift" and reading.recipient == recipient, reading


@pytest.mark.parametrize(
    ("note", "lang", "recipient"),
    [
        ("Geburtstagsgeschenk für unsere Katze Luna", "de", "unsere Katze Luna"),
        ("treats for our dog Milo, it's his birthday tomorrow", "en", "our dog Milo"),
        ("pour l'anniversaire de notre lapin Noisette", "fr", "notre lapin Noisette"),
    ],
)
def test_an_animal_with_an_occasion_receives_the_present(note: str, lang: str, recipient: str) -> None:
    reading = read_customer_note(note, lang)
    assert (reading.kind, reading.occasion, reading.recipient) == ("gift", "birthday", recipient), reading


@pytest.mark.parametrize(("note", "lang"), [("new bed for our kitten", "en"), ("Futter für unseren Hund", "de")])
def test_supplies_for_the_customers_own_animal_are_no_present(note: str, lang: str) -> None:
    assert not read_customer_note(note, lang).is_gift


@pytest.mark.parametrize(
    ("note", "lang"),
    [
        ("für die Tagesmutter unserer Tochter, danke für alles", "de"),
        ("pour la nounou de mon fils, merci pour tout", "fr"),
        ("for my daughter's piano teacher, thanks for all the lessons", "en"),
    ],
)
def test_thanks_said_to_the_presents_recipient_is_the_occasion_not_praise(note: str, lang: str) -> None:
    reading = read_customer_note(note, lang)
    assert reading.kind == "gift" and reading.occasion == "thanks" and "praise" not in reading.kinds, reading


@pytest.mark.parametrize(
    ("note", "lang"), [("danke für alles, ihr seid die besten", "de"), ("merci pour tout, vous êtes géniaux", "fr")]
)
def test_thanks_to_the_shop_is_still_praise(note: str, lang: str) -> None:
    assert read_customer_note(note, lang).kind == "praise"


def test_thanks_to_the_shops_team_makes_no_present() -> None:
    assert not read_customer_note("thanks to your team for the quick reply", "en").is_gift


def test_a_person_word_inside_an_occasion_names_no_one() -> None:
    reading = read_customer_note("cadeau du Père Noël 🎅", "fr")
    assert reading.occasion == "christmas" and reading.recipient == "", reading


def test_asking_for_no_invoice_does_not_hide_whom_the_present_is_for() -> None:
    reading = read_customer_note("für meinen Onkel zum Geburtstag, keine Rechnung beilegen bitte", "de")
    assert reading.kind == "gift" and reading.recipient == "meinen Onkel", reading


def test_the_customers_own_stay_in_hospital_is_no_get_well_present() -> None:
    reading = read_customer_note("thank you gift for my neighbour who fed the cat while I was in hospital", "en")
    assert reading.occasion == "thanks", reading


def test_a_title_is_no_missing_parcel() -> None:
    reading = read_customer_note("end of year present for Miss Adeyemi", "en")
    assert reading.kind == "gift" and "complaint" not in reading.kinds, reading


@pytest.mark.parametrize(
    ("note", "lang"),
    [
        ("pour mon voisin, son vieux chat est mort hier", "fr"),
        ("für meine Schwester, ihr alter Hund ist gestorben", "de"),
    ],
)
def test_a_present_for_someone_whose_pet_died_is_a_quiet_present(note: str, lang: str) -> None:
    reading = read_customer_note(note, lang)
    assert reading.kind == "gift" and reading.occasion == "memorial", reading


def test_laughing_is_no_death() -> None:
    assert read_customer_note("notre chien est mort de rire en voyant le colis", "fr").occasion != "memorial"


@pytest.mark.parametrize(
    ("note", "lang", "recipient"),
    [
        ("Zur Taufe von unserer Enkelin Marie", "de", "unserer Enkelin Marie"),
        ("zur Jugendweihe von meinem Neffen Tim", "de", "meinem Neffen Tim"),
        ("zur Firmung von Jakob", "de", "Jakob"),
        ("pour le baptême de notre petite-fille Jeanne", "fr", "notre petite-fille Jeanne"),
        ("pour la communion de Mathis", "fr", "Mathis"),
        ("for the christening of our grandson Alfie", "en", "our grandson Alfie"),
    ],
)
def test_a_celebration_of_someone_is_a_present_for_them(note: str, lang: str, recipient: str) -> None:
    """No "for" names the person, but the celebration is theirs ("von", "de", "of", a German genitive)."""
    reading = read_customer_note(note, lang)
    assert reading.kind == "gift" and reading.recipient == recipient and reading.sure, reading


def test_the_patience_of_someone_at_the_shop_is_no_celebration() -> None:
    assert read_customer_note("merci pour la patience de Julien", "fr").kind == "praise"


@pytest.mark.parametrize(
    ("note", "lang", "recipient"),
    [
        ("für Tante Rosi und Onkel Kurt", "de", "Tante Rosi und Onkel Kurt"),
        ("pour mon frère et sa femme", "fr", "mon frère et sa femme"),
        ("for my nan and grandad", "en", "my nan and grandad"),
        ("xmas present for the in-laws", "en", "the in-laws"),
        ("for my wife and I, we love your candles", "en", "my wife"),
    ],
)
def test_two_people_joined_by_and_receive_the_present_together(note: str, lang: str, recipient: str) -> None:
    """ "Oma und Opa" is one recipient, not "Oma"; "my wife and I" is the wife; a hyphenated word ("in-laws") is
    one word."""
    assert read_customer_note(note, lang).recipient == recipient


@pytest.mark.parametrize(
    ("note", "lang", "recipient"),
    [
        ("one for me, one for my best friend", "en", "my best friend"),
        ("eine für mich und eine für meine Mutter", "de", "meine Mutter"),
        ("une pour moi, l'autre pour ma voisine", "fr", "ma voisine"),
    ],
)
def test_an_order_shared_with_someone_is_a_present_for_them(note: str, lang: str, recipient: str) -> None:
    reading = read_customer_note(note, lang)
    assert reading.is_gift and not reading.denied and reading.recipient == recipient, reading


def test_an_order_for_the_customer_alone_is_still_no_present() -> None:
    reading = read_customer_note("this one is for me", "en")
    assert reading.denied and not reading.is_gift


@pytest.mark.parametrize(
    ("note", "lang", "recipient"),
    [
        ("für Leyla zum Zuckerfest", "de", "Leyla"),
        ("pour Rania pour l'Aïd", "fr", "Rania"),
        ("for Arjun for Diwali", "en", "Arjun"),
    ],
)
def test_a_name_with_a_festival_is_the_presents_recipient(note: str, lang: str, recipient: str) -> None:
    reading = read_customer_note(note, lang)
    assert reading.kind == "gift" and reading.recipient == recipient and reading.sure, reading


def test_a_name_alone_after_for_is_still_not_taken_for_a_present() -> None:
    assert not read_customer_note("order for Sam Jones", "en").is_gift


@pytest.mark.parametrize(
    ("note", "lang", "recipient", "occasion"),
    [
        ("for my neighbours, thanks for having me over", "en", "my neighbours", "thanks"),
        ("pressie for me nan for christmas", "en", "me nan", "christmas"),
        ("for the Wilsons, their cat died last week", "en", "the Wilsons", "memorial"),
        (
            "für den Arzt von meiner Mutter, als Dankeschön für die Operation",
            "de",
            "den Arzt von meiner Mutter",
            "thanks",
        ),
        ("pour toute l'équipe de la crèche, merci pour cette année", "fr", "toute l'équipe de la crèche", "thanks"),
    ],
)
def test_whom_a_present_thanks_or_comforts_is_read_whole(note: str, lang: str, recipient: str, occasion: str) -> None:
    """A favour done for the customer ("having me over") is no order for them; "me nan" is "my nan"; a family's
    name in the plural; thanks for an operation is thanks, not a get-well present; "toute l'équipe" whole."""
    reading = read_customer_note(note, lang)
    assert (reading.is_gift, reading.recipient, reading.occasion) == (True, recipient, occasion), reading


def test_love_told_of_someone_else_is_no_praise_for_the_shop() -> None:
    reading = read_customer_note("got my sister one last year and she loved it, so this time it's for me", "en")
    assert reading.kind == "nothing" and reading.denied, reading


@pytest.mark.parametrize(
    ("note", "lang", "recipient"),
    [
        ("for the whole team at the warehouse for christmas", "en", "the whole team at the warehouse"),
        ("für die Kollegen im Lager zu Weihnachten", "de", "die Kollegen im Lager"),
        ("cadeau à la retraite de ma collègue Odile", "fr", "ma collègue Odile"),
    ],
)
def test_a_group_keeps_its_place_and_a_retirement_is_someones(note: str, lang: str, recipient: str) -> None:
    """ "the team at the warehouse" is which team; "à la retraite de ma collègue" is her retirement (occasion none:
    a leaving present is no thanks)."""
    reading = read_customer_note(note, lang)
    assert reading.is_gift and reading.recipient == recipient, reading


def test_a_sister_somewhere_is_still_the_sister() -> None:
    assert read_customer_note("for my sister in Leeds", "en").recipient == "my sister"
