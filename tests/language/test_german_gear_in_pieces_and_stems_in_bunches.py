"""German goods counted as a shop counts them where the noun has no plural in use, names a liquid by its volume
or the name counts what one holds. Protective gear named by "-schutz" ("Kapselgehörschutz", "Knieschutz") is
counted in pieces: "die zwei Stück Kapselgehörschutz", never "die zwei Kapselgehörschutze", a plural German text
does not write. A bath, a shampoo or a lotion whose name gives its volume is the liquid, counted in bottles ("die
drei Flaschen Stoppbad, 500 ml"); a bird bath is a thing ("die drei Vogelbäder"). Cut or dried stems sold as a
bunch (", 10 Stiele", ", 3 Zweige") are counted in bunches, the noun in the singular: "die drei Bund Eukalyptus,
getrocknet, 10 Stiele", not "die drei Eukalypten" whose tail then says ten stems each; a colour follows the part
that counts, not in brackets between the name's own parts ("der Lavendel, getrocknet, 20 Stiele in Lila"). A
later mention names the goods themselves: "der Kapselgehörschutz". Names from real German work-safety, garden,
darkroom, body care and dried-flower shops' catalogues, written for these tests."""

from __future__ import annotations

import pytest

from notegen.language.items import item_phrase, short_phrase
from notegen.model import Item
from tests.compose.shops import wollwerk
from tests.language.composed_lint import item_findings

# name, variant, nominative once, accusative twice, dative three times
NAMES = [
    ("Kapselgehörschutz, SNR 31 dB", "", "der Kapselgehörschutz, SNR 31 dB",
     "die zwei Stück Kapselgehörschutz, SNR 31 dB", "den drei Stück Kapselgehörschutz, SNR 31 dB"),
    ("Knieschutz für die Gartenarbeit", "", "der Knieschutz für die Gartenarbeit",
     "die zwei Stück Knieschutz für die Gartenarbeit", "den drei Stück Knieschutz für die Gartenarbeit"),
    ("Eukalyptus, getrocknet, 10 Stiele", "", "der Eukalyptus, getrocknet, 10 Stiele",
     "die zwei Bund Eukalyptus, getrocknet, 10 Stiele", "den drei Bund Eukalyptus, getrocknet, 10 Stiele"),
    ("Schleierkraut, 5 Stiele", "Weiß", "das Schleierkraut in Weiß, 5 Stiele",
     "die zwei Bund Schleierkraut in Weiß, 5 Stiele", "den drei Bund Schleierkraut in Weiß, 5 Stiele"),
    # a liquid named by a noun that is a thing too, where the name gives its volume: counted in bottles
    ("Stoppbad, 500 ml", "", "das Stoppbad, 500 ml", "die beiden Flaschen Stoppbad, 500 ml",
     "den drei Flaschen Stoppbad, 500 ml"),
    ("Schaumbad Lavendel, 750 ml", "", "das Schaumbad Lavendel, 750 ml",
     "die beiden Flaschen Schaumbad Lavendel, 750 ml", "den drei Flaschen Schaumbad Lavendel, 750 ml"),
    ("Bodylotion Sheabutter, 400 ml", "", "die Bodylotion Sheabutter, 400 ml",
     "die beiden Flaschen Bodylotion Sheabutter, 400 ml", "den drei Flaschen Bodylotion Sheabutter, 400 ml"),
    ("Vogelbad aus Gusseisen", "", "das Vogelbad aus Gusseisen", "die beiden Vogelbäder aus Gusseisen",
     "den drei Vogelbädern aus Gusseisen"),
    # the colour after the parts that count, never in brackets between the name's own parts
    ("Lavendel, getrocknet, 20 Stiele", "Lila", "der Lavendel, getrocknet, 20 Stiele in Lila",
     "die zwei Bund Lavendel, getrocknet, 20 Stiele in Lila", "den drei Bund Lavendel, getrocknet, 20 Stiele in Lila"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "variant", "one", "two", "dative"), NAMES)
def test_the_goods_are_counted_as_the_shop_counts_them(
    name: str, variant: str, one: str, two: str, dative: str
) -> None:
    assert item_phrase(Item(name, quantity=1, variant=variant), "de", True).nom == one
    assert item_phrase(Item(name, quantity=2, variant=variant), "de", True).acc == two
    assert item_phrase(Item(name, quantity=3, variant=variant), "de", True).dat == dative


@pytest.mark.parametrize(
    ("name", "again"),
    [
        ("Kapselgehörschutz, SNR 31 dB", "der Kapselgehörschutz"),
        ("Eukalyptus, getrocknet, 10 Stiele", "der Eukalyptus"),
    ],
)
def test_a_later_mention_names_the_goods_in_the_singular(name: str, again: str) -> None:
    later = short_phrase(Item(name, quantity=2), "de", True)
    assert (later.nom, later.it, later.plural) == (again, "er", False)


def test_the_lint_accepts_the_notes_that_name_them() -> None:
    variants = {name: variant for name, variant, *_ in NAMES if variant}
    assert not item_findings([row[0] for row in NAMES], "de", wollwerk(), variants)
