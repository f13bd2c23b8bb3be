"""German adjectives of place in -er before a noun ("Thüringer", "Lübecker", "Schwarzwälder"): the lexicon lists each
as the noun for a person from there, but in a name it says where the product comes from, keeps its capital and
its form, and the noun after it is the head: "die Thüringer Rostbratwurst" (never "der Thüringer Rostbratwurst"),
"die drei Thüringer Rostbratwürste", "mit den drei Wiener Würstchen"; "Original" before a noun takes no ending
either ("die drei Original Schweizer Offiziersmesser", never "die drei Originale"). A noun of its own that a
place's name only looks like stays the noun ("der Hammer", plural "Hämmer", is no one from Hamm). Names from real
German butchers', bakers', delicatessens' and hardware catalogues, written for these tests; each named once and
three times, in every case, and named again later in a note."""

from __future__ import annotations

import pytest

from notegen.language.items import item_phrase, short_phrase
from notegen.model import Item
from tests.compose.shops import wollwerk
from tests.language.composed_lint import item_findings

# name, nominative once, accusative three times, dative three times
NAMES = [
    ("Thüringer Rostbratwurst, grob", "die Thüringer Rostbratwurst, grob", "die drei Thüringer Rostbratwürste, grob",
     "den drei Thüringer Rostbratwürsten, grob"),
    ("Münchner Weißwurst", "die Münchner Weißwurst", "die drei Münchner Weißwürste", "den drei Münchner Weißwürsten"),
    ("Frankfurter Kranz mit Buttercreme", "der Frankfurter Kranz mit Buttercreme",
     "die drei Frankfurter Kränze mit Buttercreme", "den drei Frankfurter Kränzen mit Buttercreme"),
    ("Zuger Kirschtorte", "die Zuger Kirschtorte", "die drei Zuger Kirschtorten", "den drei Zuger Kirschtorten"),
    # a region the lexicon lists as a noun without a plural, not as a place ("Rheinland")
    ("Rheinländer Senftopf", "der Rheinländer Senftopf", "die drei Rheinländer Senftöpfe",
     "den drei Rheinländer Senftöpfen"),
    # by weight or named in the plural: packs, and the adjective of place before the noun still
    ("Lübecker Edelmarzipan, 200 g", "das Lübecker Edelmarzipan, 200 g",
     "die drei Packungen Lübecker Edelmarzipan, 200 g", "den drei Packungen Lübecker Edelmarzipan, 200 g"),
    ("Aachener Kräuterprinten, 250 g", "die Aachener Kräuterprinten, 250 g",
     "die drei Packungen Aachener Kräuterprinten, 250 g", "den drei Packungen Aachener Kräuterprinten, 250 g"),
    ("Wiener Würstchen im Glas, 6 Stück", "die Wiener Würstchen im Glas, 6 Stück",
     "die drei Packungen Wiener Würstchen im Glas, 6 Stück", "den drei Packungen Wiener Würstchen im Glas, 6 Stück"),
    ("Spreewälder Senfgurken, 720 ml", "die Spreewälder Senfgurken, 720 ml",
     "die drei Gläser Spreewälder Senfgurken, 720 ml", "den drei Gläsern Spreewälder Senfgurken, 720 ml"),
    # "Original" before a noun takes no ending either
    ("Original Schweizer Offiziersmesser", "das Original Schweizer Offiziersmesser",
     "die drei Original Schweizer Offiziersmesser", "den drei Original Schweizer Offiziersmessern"),
    ("Original Ersatzakku für Zahnbürsten", "der Original Ersatzakku für Zahnbürsten",
     "die drei Original Ersatzakkus für Zahnbürsten", "den drei Original Ersatzakkus für Zahnbürsten"),
    # a noun of its own that only looks like one from a place stays the noun; a material follows it
    ("Hammer Eschenstiel", "der Hammer Eschenstiel", "die drei Hämmer Eschenstiel", "den drei Hämmern Eschenstiel"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "one", "three", "dative"), NAMES)
def test_the_noun_after_an_adjective_of_place_is_the_head(name: str, one: str, three: str, dative: str) -> None:
    assert item_phrase(Item(name, quantity=1), "de", True).nom == one
    thrice = item_phrase(Item(name, quantity=3), "de", True)
    assert (thrice.acc, thrice.dat) == (three, dative)


def test_a_later_mention_keeps_the_adjective_of_place() -> None:
    assert short_phrase(Item("Thüringer Rostbratwurst, grob", quantity=3), "de", True).acc == (
        "die Thüringer Rostbratwürste"
    )


def test_the_lint_accepts_the_notes_that_name_them() -> None:
    assert not item_findings([row[0] for row in NAMES], "de", wollwerk())
