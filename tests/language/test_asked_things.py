"""Whether a customer's question names a thing the order does not hold (notegen.language.asked_things)."""

from __future__ import annotations

import pytest

from notegen.language.asked_things import names_other_things


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
