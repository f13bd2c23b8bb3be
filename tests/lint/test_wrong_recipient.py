"""SIN207 on a present for someone the customer names through another person: a reply that makes it the other
person's ("your daughter" for "my daughter's teacher") contradicts the note; one that names the recipient as the
customer did does not."""

from __future__ import annotations

import pytest

from notegen.lint import Linter

from .conftest import order


@pytest.mark.parametrize(
    ("lang", "note", "text", "wrong"),
    [
        ("en", "for my daughter's teacher, end of term thank you", "We hope your daughter loves it.", True),
        ("en", "for my daughter's teacher, end of term thank you", "We hope your daughter's teacher loves it.", False),
        ("de", "für die Trainerin von meinem Sohn, als Dankeschön", "Wir wünschen Ihrem Sohn viel Freude damit.", True),
        (
            "de",
            "für die Trainerin von meinem Sohn, als Dankeschön",
            "Wir hoffen, der Trainerin Ihres Sohnes gefällt es.",
            False,
        ),
        ("fr", "pour l'infirmière de mon père, en remerciement", "Nous espérons que votre père l'aimera.", True),
        (
            "fr",
            "pour l'infirmière de mon père, en remerciement",
            "Nous espérons que l'infirmière de votre père l'aimera.",
            False,
        ),
    ],
)
def test_the_present_made_the_other_persons_contradicts_the_note(lang: str, note: str, text: str, wrong: bool) -> None:
    greeting = {"en": "Hi Sam,", "de": "Hallo Jonas,", "fr": "Bonjour Claire,"}[lang]
    letter = f"{greeting}\n\n{text}\n\nKatrin"
    found = Linter(select=["SIN207"]).check(letter, order(lang, "Sam", "Leinenkissen", note=note), lang).findings
    assert bool(found) is wrong, [(f.code, f.text) for f in found]
