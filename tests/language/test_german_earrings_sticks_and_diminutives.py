"""German items as a jeweller, a stationer and a pasta maker sell them: hoop earrings and drop earrings are counted in
pairs ("die drei Paar Silberkreolen", never "Packungen"), whichever way the shop spells them; a count of sticks a pack
holds is said after the colour, so that the colour is the product's ("der Siegelwachs in Bordeaux, 6 Stangen", not
"6 Stangen in Bordeaux"), and several are counted in packs; a diminutive in -le takes no -n in the dative plural
("mit den Bio-Spätzle", never "Spätzlen"). Names from real German jewellers', stationers' and grocers' catalogues,
written for these tests; each named once and three times, in every case."""

from __future__ import annotations

import pytest

from notegen.language.items import item_phrase
from notegen.model import Item
from tests.compose.shops import wollwerk
from tests.language.composed_lint import item_findings

# name, variant, nominative once, accusative three times, dative three times
NAMES = [
    ("Silberkreolen, 30 mm", "", "die Silberkreolen, 30 mm", "die drei Paar Silberkreolen, 30 mm",
     "den drei Paar Silberkreolen, 30 mm"),
    ("Creolen aus Edelstahl", "", "die Creolen aus Edelstahl", "die drei Paar Creolen aus Edelstahl",
     "den drei Paar Creolen aus Edelstahl"),
    ("Ohrhänger mit Süßwasserperle", "", "die Ohrhänger mit Süßwasserperle",
     "die drei Paar Ohrhänger mit Süßwasserperle", "den drei Paar Ohrhängern mit Süßwasserperle"),
    ("Siegelwachs, 6 Stangen", "Bordeaux", "das Siegelwachs in Bordeaux, 6 Stangen",
     "die drei Packungen Siegelwachs in Bordeaux, 6 Stangen", "den drei Packungen Siegelwachs in Bordeaux, 6 Stangen"),
    ("Bio-Spätzle, 500 g", "", "die Bio-Spätzle, 500 g", "die drei Packungen Bio-Spätzle, 500 g",
     "den drei Packungen Bio-Spätzle, 500 g"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "variant", "one", "three", "dative"), NAMES)
def test_each_item_is_counted_as_the_shop_sells_it(name: str, variant: str, one: str, three: str, dative: str) -> None:
    assert item_phrase(Item(name, quantity=1, variant=variant), "de", True).nom == one
    thrice = item_phrase(Item(name, quantity=3, variant=variant), "de", True)
    assert (thrice.acc, thrice.dat) == (three, dative)


def test_a_diminutive_in_le_takes_no_n_after_a_dative_article() -> None:
    assert item_phrase(Item("Bio-Spätzle, 500 g", quantity=1), "de", True).dat == "den Bio-Spätzle, 500 g"


def test_the_lint_accepts_the_notes_that_name_them() -> None:
    variants = {name: variant for name, variant, *_ in NAMES if variant}
    assert not item_findings([row[0] for row in NAMES], "de", wollwerk(), variants)
