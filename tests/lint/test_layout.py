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
