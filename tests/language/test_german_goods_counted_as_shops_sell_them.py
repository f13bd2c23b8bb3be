"""German items counted as shops sell them: a tool whose name gives its own weight is counted itself ("die drei
Putzhobel Nr. 4, 1,8 kg"), small pieces by weight in packs; firewood by weight and loose bark by the litre in sacks;
a mass noun by the millilitre in bottles, but a fat, a wax or a paste in packs, as several bottles sold together
("6 x 1 l"); a shampoo whose volume closes its name without a comma in bottles; yarn in the ball, the hank or the
plait the shop names; tape by its length and width in rolls; small things alike in both numbers that no shop sells
one of read as the pack ("die Kaminanzünder", not one); a size said by an adjective in brackets ("(groß)"), never
"in Groß"; a maker whose name is a simple noun that only ends like another ("Schwalbe") before the noun it makes.
Names from real German shop catalogues (tools, kitchen, garden, fuel, stage make-up, cosmetics, drinks, yarn,
packing, coffee, Christmas decoration, bicycle parts), written for these tests; each named once and three times, in
every case, and named again later in a note."""

from __future__ import annotations

import pytest

from notegen.language.items import item_phrase, short_phrase
from notegen.model import Item
from tests.compose.shops import wollwerk
from tests.language.composed_lint import item_findings

# name, variant, nominative once, accusative three times, dative three times
NAMES = [
    ("Putzhobel Nr. 4, 1,8 kg", "", "der Putzhobel Nr. 4, 1,8 kg", "die drei Putzhobel Nr. 4, 1,8 kg",
     "den drei Putzhobeln Nr. 4, 1,8 kg"),
    ("Bräter Gusseisen, 4,5 kg", "", "der Bräter Gusseisen, 4,5 kg", "die drei Bräter Gusseisen, 4,5 kg",
     "den drei Brätern Gusseisen, 4,5 kg"),
    ("Bügeleisen, 1,2 kg", "", "das Bügeleisen, 1,2 kg", "die drei Bügeleisen, 1,2 kg",
     "den drei Bügeleisen, 1,2 kg"),
    ("Hundekuchen Lamm, 400 g", "", "der Hundekuchen Lamm, 400 g", "die drei Packungen Hundekuchen Lamm, 400 g",
     "den drei Packungen Hundekuchen Lamm, 400 g"),
    ("Brennholz Eiche, 25 kg", "", "das Brennholz Eiche, 25 kg", "die drei Säcke Brennholz Eiche, 25 kg",
     "den drei Säcken Brennholz Eiche, 25 kg"),
    ("Pinienrinde, 60 l", "", "die Pinienrinde, 60 l", "die drei Säcke Pinienrinde, 60 l",
     "den drei Säcken Pinienrinde, 60 l"),
    ("Kunstblut, 100 ml", "", "das Kunstblut, 100 ml", "die drei Flaschen Kunstblut, 100 ml",
     "den drei Flaschen Kunstblut, 100 ml"),
    # several bottles or tins of one measure sold together: the pack, counted in packs
    ("Bio-Apfelsaft, 6 x 1 l", "", "der Bio-Apfelsaft, 6 x 1 l", "die drei Packungen Bio-Apfelsaft, 6 x 1 l",
     "den drei Packungen Bio-Apfelsaft, 6 x 1 l"),
    ("Kokosmilch, 4 x 400 ml", "", "die Kokosmilch, 4 x 400 ml", "die drei Packungen Kokosmilch, 4 x 400 ml",
     "den drei Packungen Kokosmilch, 4 x 400 ml"),
    # a shampoo or a polish whose volume closes its name without a comma: the liquid, in bottles
    ("Hundeshampoo 500 ml", "", "das Hundeshampoo 500 ml", "die drei Flaschen Hundeshampoo 500 ml",
     "den drei Flaschen Hundeshampoo 500 ml"),
    ("Lederpolitur 250 ml", "", "die Lederpolitur 250 ml", "die drei Flaschen Lederpolitur 250 ml",
     "den drei Flaschen Lederpolitur 250 ml"),
    # yarn and fibre counted in the ball, the hank or the plait the shop names
    ("Baumwollgarn, Knäuel 50 g", "", "das Baumwollgarn, Knäuel 50 g", "die drei Knäuel Baumwollgarn, Knäuel 50 g",
     "den drei Knäueln Baumwollgarn, Knäuel 50 g"),
    ("Alpakawolle, Strang 100 g", "", "die Alpakawolle, Strang 100 g", "die drei Stränge Alpakawolle, Strang 100 g",
     "den drei Strängen Alpakawolle, Strang 100 g"),
    ("Kammzug Merino, Zopf 100 g", "", "der Kammzug Merino, Zopf 100 g", "die drei Zöpfe Kammzug Merino, Zopf 100 g",
     "den drei Zöpfen Kammzug Merino, Zopf 100 g"),
    # a fat, a wax or a paste by volume: a tin, a jar or a tube the name does not say, so packs
    ("Kokosfett, 500 ml", "", "das Kokosfett, 500 ml", "die drei Packungen Kokosfett, 500 ml",
     "den drei Packungen Kokosfett, 500 ml"),
    ("Hirschtalg, 100 ml", "", "der Hirschtalg, 100 ml", "die drei Packungen Hirschtalg, 100 ml",
     "den drei Packungen Hirschtalg, 100 ml"),
    ("Bartwachs, 50 ml", "", "das Bartwachs, 50 ml", "die drei Packungen Bartwachs, 50 ml",
     "den drei Packungen Bartwachs, 50 ml"),
    ("Zahnpasta Kamille, 75 ml", "", "die Zahnpasta Kamille, 75 ml", "die drei Packungen Zahnpasta Kamille, 75 ml",
     "den drei Packungen Zahnpasta Kamille, 75 ml"),
    ("Paketklebeband braun, 66 m x 50 mm", "", "das Paketklebeband braun, 66 m x 50 mm",
     "die drei Rollen Paketklebeband braun, 66 m x 50 mm", "den drei Rollen Paketklebeband braun, 66 m x 50 mm"),
    ("Gewebeband silber, 50 m x 48 mm", "", "das Gewebeband silber, 50 m x 48 mm",
     "die drei Rollen Gewebeband silber, 50 m x 48 mm", "den drei Rollen Gewebeband silber, 50 m x 48 mm"),
    ("Nussknacker „König“", "Klein", "der Nussknacker „König“ (klein)", "die drei Nussknacker „König“ (klein)",
     "den drei Nussknackern „König“ (klein)"),
    ("Blumentopf Terrakotta", "Groß", "der Blumentopf Terrakotta (groß)", "die drei Blumentöpfe Terrakotta (groß)",
     "den drei Blumentöpfen Terrakotta (groß)"),
    ("Schwalbe Fahrradschlauch 28 Zoll", "", "der Schwalbe Fahrradschlauch 28 Zoll",
     "die drei Schwalbe Fahrradschläuche 28 Zoll", "den drei Schwalbe Fahrradschläuchen 28 Zoll"),
    ("Schwalbe Faltreifen „Kojak“, 26 x 2,00", "", "der Schwalbe Faltreifen „Kojak“, 26 x 2,00",
     "die drei Schwalbe Faltreifen „Kojak“, 26 x 2,00", "den drei Schwalbe Faltreifen „Kojak“, 26 x 2,00"),
    ("Kaminanzünder aus Holzwolle", "", "die Kaminanzünder aus Holzwolle",
     "die drei Packungen Kaminanzünder aus Holzwolle", "den drei Packungen Kaminanzündern aus Holzwolle"),
    ("Kaffeefilter 1x4 naturbraun", "", "die Kaffeefilter 1x4 naturbraun",
     "die drei Packungen Kaffeefilter 1x4 naturbraun", "den drei Packungen Kaffeefiltern 1x4 naturbraun"),
    ("Brühwürfel Gemüse, 12 Stück", "", "die Brühwürfel Gemüse, 12 Stück",
     "die drei Packungen Brühwürfel Gemüse, 12 Stück", "den drei Packungen Brühwürfeln Gemüse, 12 Stück"),
    ("Wasserfilter", "", "der Wasserfilter", "die drei Wasserfilter", "den drei Wasserfiltern"),
    # a compound before a noun is the product, not a maker: what it is made of follows it
    ("Topflappen Baumwolle", "", "der Topflappen Baumwolle", "die drei Topflappen Baumwolle",
     "den drei Topflappen Baumwolle"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "variant", "one", "three", "dative"), NAMES)
def test_each_item_is_counted_as_the_shop_sells_it(name: str, variant: str, one: str, three: str, dative: str) -> None:
    assert item_phrase(Item(name, quantity=1, variant=variant), "de", True).nom == one
    thrice = item_phrase(Item(name, quantity=3, variant=variant), "de", True)
    assert (thrice.acc, thrice.dat) == (three, dative)


@pytest.mark.parametrize(
    ("name", "again"),
    [
        ("Tonpapier, 50 x 70 cm, 10 Blatt", "das Tonpapier"),  # its size said once, its comma closed
        ("Pinienrinde, 60 l", "die Pinienrinde"),
        ("Paketklebeband braun, 66 m x 50 mm", "das Paketklebeband"),  # not "das Paketklebeband braun"
        ("Kunstblut, 100 ml", "das Kunstblut"),
        ("Putzhobel Nr. 4, 1,8 kg", "die Putzhobel"),
    ],
)
def test_a_later_mention_names_the_goods_themselves_without_the_tail(name: str, again: str) -> None:
    assert short_phrase(Item(name, quantity=3), "de", True).acc == again


def test_the_lint_accepts_the_notes_that_name_them() -> None:
    variants = {name: variant for name, variant, *_ in NAMES if variant}
    assert not item_findings([row[0] for row in NAMES], "de", wollwerk(), variants)
