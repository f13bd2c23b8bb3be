"""Whether a customer's question names a thing the order does not hold (notegen.language.asked_things)."""

from __future__ import annotations

import pytest

from notegen.language.asked_things import names_other_things, phrases_asked


@pytest.mark.parametrize(
    ("lang", "question", "names", "other"),
    [
        # a product the order does not hold
        ("de", "Kann man die Lammfellhausschuhe auch waschen?", ["Kerze „Abendrot“"], True),
        ("de", "Darf die Strickjacke in den Trockner?", ["Salzlampe, 3–5 kg"], True),
        ("fr", "La housse de coussin passe-t-elle à 40 degrés ?", ["Bougie « Figuier »"], True),
        ("fr", "Combien de temps tient la Brume d'oreiller ?", ["Baratte à beurre en bois"], True),
        ("en", "Does the oak chopping board need oiling?", ["Linen Tea Towel"], True),
        # the item bought, by a word of its name or its variant, or by a pronoun
        ("de", "Wie wasche ich den Schal am besten?", ["Wollschal „Fjord“"], False),
        ("de", "Ist das Grün eher hell oder dunkel?", ["Mütze „Firn“", "Tannengrün"], False),
        ("fr", "Est-ce que les bougies sont vegan ?", ["Bougie « Figuier »"], False),
        ("en", "Do the socks run small?", ["Merino Sock"], False),
        ("en", "Is it dishwasher safe?", ["Linen Tea Towel"], False),
        # the parcel, the order, a name: no product
        ("de", "Wann kommt das Paket an?", ["Socken"], False),
        ("de", "Ist das Geschenk für Anna rechtzeitig da?", ["Becher"], False),
        ("fr", "Quand vais-je recevoir mon colis ?", ["Tasse"], False),
        ("en", "When will my parcel arrive?", ["Mug"], False),
    ],
)
def test_a_question_about_something_the_order_does_not_hold(
    lang: str, question: str, names: list[str], other: bool
) -> None:
    assert names_other_things(question, lang, names) is other


@pytest.mark.parametrize(
    ("lang", "question", "things"),
    [
        # after an article: the words that follow, as the customer wrote them, and the article
        ("en", "Will the walnut serving board crack in the dishwasher?", [("walnut serving board", "the")]),
        ("fr", "Est-ce que la nappe enduite se lave à la main ?", [("nappe enduite", "la"), ("main", "la")]),
        ("de", "Darf die Strickjacke in den Trockner?", [("Strickjacke", "die")]),  # the dryer: a topic's word
        # a German noun by its capital alone
        ("de", "Sind Bienenwachstücher auch für Kinder geeignet?", [("Bienenwachstücher", "")]),
    ],
)
def test_the_things_a_question_names_are_read_with_the_article_before_them(
    lang: str, question: str, things: list[tuple[str, str]]
) -> None:
    assert [(found.text, found.determiner) for found in phrases_asked(question, lang)] == things


def test_a_capital_noun_after_a_preposition_is_no_subject_of_the_question() -> None:
    """ "In Ordnung?" opens with a preposition, "Sind Bienenwachstücher …?" with its verb."""
    (ordnung,) = phrases_asked("In Ordnung so?", "de")
    assert not ordnung.second and ordnung.after_small_word
    subject = phrases_asked("Sind Bienenwachstücher auch für Käse geeignet?", "de")[0]
    assert subject.second and not subject.after_small_word
