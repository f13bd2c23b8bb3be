"""German: several packs the shop counts by their number are counted in that pack, said once before the name ("die
drei 3er-Packs Sportsocken", never "die drei Packungen Sportsocken, 3er-Pack"); goods counted in what they come in
are named again by their noun, in the singular ("das Vollkornmehl" after "die drei Packungen Vollkornmehl Type
1700, 1 kg"); and a later mention stops before an adjective the shop wrote after the noun ("die Modelliermasse" of
"Modelliermasse weiß")."""

from __future__ import annotations

import pytest

from notegen.language.items import item_phrase, short_phrase
from notegen.model import Item
from tests.compose.shops import wollwerk
from tests.language.composed_lint import item_findings, named

PACKS = [  # name, variant, once, three times, three times in the dative
    ("Sportsocken, 3er-Pack", "Gr. 43–46", "die Sportsocken in Gr. 43–46, 3er-Pack",
     "die drei 3er-Packs Sportsocken in Gr. 43–46", "den drei 3er-Packs Sportsocken in Gr. 43–46"),
    ("Müslischalen, 4er-Set", "Grau", "die Müslischalen in Grau, 4er-Set", "die drei 4er-Sets Müslischalen in Grau",
     "den drei 4er-Sets Müslischalen in Grau"),
    ("Frischhaltedosen (3er-Set)", "", "die Frischhaltedosen (3er-Set)", "die drei 3er-Sets Frischhaltedosen",
     "den drei 3er-Sets Frischhaltedosen"),
    ("Mignon-Akkus AA, Doppelpack", "", "die Mignon-Akkus AA, Doppelpack", "die drei Doppelpacks Mignon-Akkus AA",
     "den drei Doppelpacks Mignon-Akkus AA"),
    # an adjective after the pack stands on its own, strong, as after "Packungen"
    ("Kurze Sportsocken, 5er-Pack", "", "die kurzen Sportsocken, 5er-Pack", "die drei 5er-Packs kurze Sportsocken",
     "den drei 5er-Packs kurzen Sportsocken"),
    # the shop's capitals stay on its name; the pack is the note's own word
    ("SPORTSOCKEN, 3ER-PACK", "", "die SPORTSOCKEN, 3ER-PACK", "die drei 3er-Packs SPORTSOCKEN",
     "den drei 3er-Packs SPORTSOCKEN"),
    # a count of pieces is no pack of its own: it stays after the name
    ("Spüllappen gestreift, 3 Stück", "", "die Spüllappen gestreift, 3 Stück",
     "die drei Packungen Spüllappen gestreift, 3 Stück", "den drei Packungen Spüllappen gestreift, 3 Stück"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "variant", "one", "three", "dative"), PACKS)
def test_several_numbered_packs_are_counted_in_the_pack_said_once(
    name: str, variant: str, one: str, three: str, dative: str
) -> None:
    assert item_phrase(Item(name, quantity=1, variant=variant), "de", True).acc == one
    thrice = item_phrase(Item(name, quantity=3, variant=variant), "de", True)
    assert (thrice.acc, thrice.dat) == (three, dative)


def test_two_numbered_packs_are_both() -> None:
    assert item_phrase(Item("Müslischalen, 4er-Set", 2, variant="Grau"), "de", True).nom == (
        "die beiden 4er-Sets Müslischalen in Grau"
    )


@pytest.mark.parametrize(
    ("name", "quantity", "again", "about", "plural"),
    [
        ("Vollkornmehl Type 1700, 1 kg", 3, "das Vollkornmehl", "zum Vollkornmehl", False),  # not "die Packungen …"
        ("Vollkornmehl Type 1700, 1 kg", 1, "das Vollkornmehl", "zum Vollkornmehl", False),
        ("Sonnenblumenöl, 1 l", 2, "das Sonnenblumenöl", "zum Sonnenblumenöl", False),
        ("Modelliermasse weiß, 500 g", 1, "die Modelliermasse", "zur Modelliermasse", False),  # never "zur … weiß"
        ("Modelliermasse weiß, 500 g", 3, "die Modelliermasse", "zur Modelliermasse", False),
        ("Spüllappen gestreift, 3 Stück", 3, "die Spüllappen", "zu den Spüllappen", True),
        ("Sportsocken, 3er-Pack", 3, "die Sportsocken", "zu den Sportsocken", True),
        ("Holzdübel 8 mm, 100 Stück", 3, "die Holzdübel 8 mm", "zu den Holzdübeln 8 mm", True),  # a measure stays
    ],
)
def test_a_later_mention_names_the_noun_without_what_the_shop_wrote_after_it(
    name: str, quantity: int, again: str, about: str, plural: bool
) -> None:
    """The templates agree the verb with the mention ("Falls das Vollkornmehl Sie überzeugt")."""
    mention = short_phrase(Item(name, quantity=quantity), "de", True)
    assert (mention.nom, mention.about, mention.plural) == (again, about, plural)


def test_the_subject_forms_are_certain() -> None:
    assert named("Müslischalen, 4er-Set", "de") == ("die Müslischalen, 4er-Set", "die drei 4er-Sets Müslischalen")


def test_the_lint_accepts_the_notes_that_name_them() -> None:
    names = [row[0] for row in PACKS] + ["Vollkornmehl Type 1700, 1 kg", "Modelliermasse weiß, 500 g"]
    variants = {name: variant for name, variant, *_ in PACKS if variant}
    assert not item_findings(names, "de", wollwerk(), variants)
