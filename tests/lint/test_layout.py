"""The parts of a note: greeting, body, signature, postscripts."""

from __future__ import annotations

import pytest

from notegen.lint.nlp.parts import layout
from notegen.lint.rules import rulebook


def parts(text: str, lang: str = "en") -> list[tuple[str, str]]:
    book = rulebook(lang)
    found = layout(text, book.word_list("salutations"), book.word_list("closings"))
    return [(part.kind, text[part.start : part.end]) for part in found.parts]


def test_a_composed_note() -> None:
    text = (
        "Hi Connor,\n\nThank you so much for the wool throw!\n\nAll the very best,\nGrace Okafor\n"
        "Head of Supporter Care, The Harbour Trust\n\nP.S. Join our letters at harbourtrust.example/news.\n\n"
        "If anything isn't right, just reply to this email. We'll put it right together with you.\n"
    )
    assert [kind for kind, _ in parts(text)] == ["greeting", "body", "signature", "postscript", "postscript"]
    assert parts(text)[2][1].startswith("All the very best,\nGrace Okafor")


@pytest.mark.parametrize(
    ("text", "signature"),
    [
        ("Hallo Lena,\n\ndie Schürze ist unterwegs.\nHerzlich, Clara", "Herzlich, Clara"),
        ("Hallo Lena,\n\ndie Schürze ist unterwegs.\n\nClara", "Clara"),
        ("Hello Daan,\n\nthird order — thank you!\n\nTim at the woodshop", "Tim at the woodshop"),
    ],
)
def test_the_signature(text: str, signature: str) -> None:
    lang = "de" if text.startswith("Hallo") else "en"
    assert ("signature", signature) in parts(text, lang)


def test_a_note_that_ends_in_prose_has_no_signature() -> None:
    text = "Hi Maya,\n\nyour starter kit is on its way, and we tucked in a recipe for your first loaf."
    assert [kind for kind, _ in parts(text)] == ["greeting", "body"]


@pytest.mark.parametrize(
    ("text", "lang", "signature", "postscript"),
    [
        (
            "Liebe Frau Berger,\n\ndie Wanderschuhe sind unterwegs.\n\nHerzliche Grüße\nJana Roth, Bergladen\n"
            "Bei Fragen erreichen Sie uns unter 030 123456; Reklamationen lösen wir in zwei Werktagen.",
            "de",
            "Herzliche Grüße\nJana Roth, Bergladen",
            "Bei Fragen erreichen Sie uns unter 030 123456; Reklamationen lösen wir in zwei Werktagen.",
        ),
        (
            "Dear Mrs Hughes,\n\nyour chopping board left today.\n\nWarm regards, Tom Price\nP.S. Oil it once a month.",
            "en",
            "Warm regards, Tom Price",
            "P.S. Oil it once a month.",
        ),
    ],
)
def test_a_service_line_right_under_the_name_is_no_part_of_the_signature(
    text: str, lang: str, signature: str, postscript: str
) -> None:
    found = parts(text, lang)
    assert ("signature", signature) in found
    assert ("postscript", postscript) in found


def test_a_signature_with_a_phone_number_beside_the_name_keeps_the_name() -> None:
    text = "Hello Daan,\n\nyour chisels left today.\n\nBest wishes,\nTim Baker · 020 1234 5678"
    assert ("signature", "Best wishes,\nTim Baker · 020 1234 5678") in parts(text)


@pytest.mark.parametrize(
    ("text", "lang", "signature", "postscript"),
    [
        (  # a closing wish written as a sentence, the name right under it
            "Hallo Miriam,\n\ndas Garn ist unterwegs.\n\nViel Freude beim Stricken!\nJana vom Wollwerk",
            "de",
            "Jana vom Wollwerk",
            None,
        ),
        (  # a card: the name under the last sentence, an emoji in the greeting
            "Hey Mia 🌲\ndeine Duftkerze ist frisch gegossen.\nDeine Luisa",
            "de",
            "Deine Luisa",
            None,
        ),
        (  # an e-mail signature under "-- "
            "Hi Leo,\n\nthe lock went out today.\n\nCheers,\nTim\n-- \nDockside Bike Workshop\n5 Quay Street, Bristol\n"
            "0117 496 0123",
            "en",
            "Cheers,\nTim",
            "-- \nDockside Bike Workshop\n5 Quay Street, Bristol\n0117 496 0123",
        ),
        (  # the shop's address, hours and web address under the name
            "Monsieur Fabre,\n\nles chaînes sont parties.\n\nSandrine Roche\nMotoculture Fabre & Fils\n"
            "12, route de Lyon, 69800 Saint-Priest\nDu lundi au vendredi, 8 h – 17 h\nwww.motoculture-fabre.fr",
            "fr",
            "Sandrine Roche\nMotoculture Fabre & Fils\n12, route de Lyon, 69800 Saint-Priest\n"
            "Du lundi au vendredi, 8 h – 17 h",
            "www.motoculture-fabre.fr",
        ),
        (  # an organisation's legal form ends the role's line with a full stop
            "Liebe Frau Schneider,\n\nwir danken Ihnen für Ihre Spende.\n\nIn stiller Verbundenheit\n"
            "Dr. Maria Albrecht\nLeiterin, Hospizverein Sonnenhof e. V.",
            "de",
            "In stiller Verbundenheit\nDr. Maria Albrecht\nLeiterin, Hospizverein Sonnenhof e. V.",
            None,
        ),
        (  # "PS:" without its full stops, ending in an emoji, is a postscript, not a signature
            "Liebe Frau Krüger,\n\ndie Wärmflasche ist unterwegs.\n\nHerzliche Grüße\nAnke Petersen\n\n"
            "PS: Schön, dass Sie bei uns bestellt haben! 😊",
            "de",
            "Herzliche Grüße\nAnke Petersen",
            "PS: Schön, dass Sie bei uns bestellt haben! 😊",
        ),
    ],
)
def test_a_hand_written_signature(text: str, lang: str, signature: str, postscript: str | None) -> None:
    found = parts(text, lang)
    assert ("signature", signature) in found
    assert [text for kind, text in found if kind == "postscript"] == ([postscript] if postscript else [])


def test_a_line_that_begins_with_ps_is_no_postscript_of_its_own() -> None:
    text = "Hi Sam,\n\nthe controller is on its way.\n\nPS5 games ship on Fridays.\n\nDan"
    assert [kind for kind, _ in parts(text)] == ["greeting", "body", "body", "signature"]
