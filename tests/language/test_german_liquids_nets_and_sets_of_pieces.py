"""German: a noun that says it is a liquid ("Flüssigseife") and is sold by volume comes in bottles, like a liquid
named by its adjective ("flüssige Seife"); goods sold by the net come in nets ("die drei Netze Speisezwiebeln"),
fabric by the metre in metres, read as the fabric where its noun is also another's plural ("das Bauernleinen", not
"die Leinen", ropes); a name whose noun is written alike in both numbers and that counts its parts ("Pinsel,
5-teilig") is several pieces sold as one set where German text speaks of sets of it ("Pinselset", "Messerset"):
named in the plural, several counted in sets. Of a noun nothing says comes in sets ("Raumteiler, 3-teilig": one
divider of three panels, or three dividers?) the name is quoted whole with "Artikel", which is right either way."""

from __future__ import annotations

import pytest

from notegen.language.items import item_phrase, short_phrase
from notegen.model import Item
from tests.compose.shops import wollwerk
from tests.language.composed_lint import item_findings

NAMES = [  # name, once (accusative), three times (accusative), three times (dative), said again after three
    ("Flüssigseife Lavendel, 300 ml", "die Flüssigseife Lavendel, 300 ml",
     "die drei Flaschen Flüssigseife Lavendel, 300 ml", "den drei Flaschen Flüssigseife Lavendel, 300 ml",
     "die Flüssigseife"),
    ("Flüssigwaschmittel Sensitiv, 1,5 l", "das Flüssigwaschmittel Sensitiv, 1,5 l",
     "die drei Flaschen Flüssigwaschmittel Sensitiv, 1,5 l", "den drei Flaschen Flüssigwaschmittel Sensitiv, 1,5 l",
     "das Flüssigwaschmittel"),
    # a liquid inside a noun that is no liquid itself: counted one by one
    ("Flüssigkreide-Marker, 4 Stück", "die Flüssigkreide-Marker, 4 Stück",
     "die drei Packungen Flüssigkreide-Marker, 4 Stück", "den drei Packungen Flüssigkreide-Markern, 4 Stück",
     "die Flüssigkreide-Marker"),
    ("Pinsel, 5-teilig", "die Pinsel, 5-teilig", "die drei Sets Pinsel, 5-teilig", "den drei Sets Pinseln, 5-teilig",
     "die Pinsel"),
    ("Koffer, 3-teilig", "die Koffer, 3-teilig", "die drei Sets Koffer, 3-teilig", "den drei Sets Koffern, 3-teilig",
     "die Koffer"),
    ("Speisezwiebeln, Netz 2 kg", "die Speisezwiebeln, Netz 2 kg", "die drei Netze Speisezwiebeln, Netz 2 kg",
     "den drei Netzen Speisezwiebeln, Netz 2 kg", "die Speisezwiebeln"),
    ("Anzündholz Kiefer, Netz 5 kg", "das Anzündholz Kiefer, Netz 5 kg", "die drei Netze Anzündholz Kiefer, Netz 5 kg",
     "den drei Netzen Anzündholz Kiefer, Netz 5 kg", "das Anzündholz"),
    ("Messer, 6-teilig", "die Messer, 6-teilig", "die drei Sets Messer, 6-teilig", "den drei Sets Messern, 6-teilig",
     "die Messer"),
    # fabric sold by the metre: "Leinen" the fabric, not the plural of "Leine" (ropes)
    ("Bauernleinen, Meterware", "das Bauernleinen, Meterware", "die drei Meter Bauernleinen, Meterware",
     "den drei Meter Bauernleinen, Meterware", "das Bauernleinen, Meterware"),
    # a vessel holds its volume, whatever plurals its noun has ("Gläser", "Glasen"): counted itself
    ("Longdrinkglas, 300 ml", "das Longdrinkglas, 300 ml", "die drei Longdrinkgläser, 300 ml",
     "den drei Longdrinkgläsern, 300 ml", "die Longdrinkgläser"),
    # a noun with a plural of its own is the one set it names
    ("Besteckset, 24-teilig", "das Besteckset, 24-teilig", "die drei Bestecksets, 24-teilig",
     "den drei Bestecksets, 24-teilig", "die Bestecksets"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "one", "three", "dative", "again"), NAMES)
def test_each_item_is_named_as_the_shop_sells_it(name: str, one: str, three: str, dative: str, again: str) -> None:
    assert item_phrase(Item(name, quantity=1), "de", True).acc == one
    thrice = item_phrase(Item(name, quantity=3), "de", True)
    assert (thrice.acc, thrice.dat) == (three, dative)
    assert short_phrase(Item(name, quantity=3), "de", True).acc == again


def test_a_set_of_pieces_is_one_in_the_plural() -> None:
    once = item_phrase(Item("Pinsel, 5-teilig"), "de", True)
    assert (once.plural, once.it) == (True, "sie")  # "Die Pinsel, 5-teilig, liegen …; sie sind …"


def test_the_lint_accepts_the_notes_that_name_them() -> None:
    assert not item_findings([row[0] for row in NAMES], "de", wollwerk())


@pytest.mark.parametrize("name", ["Raumteiler, 3-teilig", "Kleiderständer, 2-teilig"])
def test_pieces_of_a_noun_not_known_to_come_in_sets_are_named_whole(name: str) -> None:
    once = item_phrase(Item(name, quantity=1), "de", True)
    thrice = item_phrase(Item(name, quantity=3), "de", True)
    assert (once.acc, thrice.dat) == (f"den Artikel „{name}“", f"den drei Artikeln „{name}“")
    assert not item_findings([name], "de", wollwerk())
