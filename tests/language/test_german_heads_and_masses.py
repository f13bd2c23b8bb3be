"""German heads the lexicon reads in two ways, and goods sold by weight or volume counted in what they come in:
a noun in -e that is a weak masculine person and a feminine thing is the thing a shop sells ("die Achatdruse", not
"den Achatdrusen"); a liquid and a mass noun with an adjective of its own are counted in bottles or packs ("die
drei Flaschen flüssigen Süßstoff"), the adjective standing alone, strong; a name the lexicon cannot read keeps its
inner quotes; a brand in -heit or -ung is no noun. Names from German shop catalogues (minerals, SUP and darts,
groceries, fabric, toys, household goods); forms from Duden's grammar."""

from __future__ import annotations

import pytest

from notegen.language.items import head_noun, item_phrase
from notegen.model import Item


def forms(name: str, quantity: int) -> tuple[str, str, str]:
    phrase = item_phrase(Item(name, quantity), "de", True)
    return phrase.nom, phrase.acc, phrase.dat


# A feminine thing, not the weak masculine person of the same spelling ("der Druse", "der Finne")
THINGS = [  # name, accusative once, dative once, accusative three times, dative three times
    ("Achatdruse aus Brasilien, 2 kg", "die Achatdruse aus Brasilien, 2 kg", "der Achatdruse aus Brasilien, 2 kg",
     "die drei Achatdrusen aus Brasilien, 2 kg", "den drei Achatdrusen aus Brasilien, 2 kg"),
    ("Seitenfinne für SUP-Board", "die Seitenfinne für SUP-Board", "der Seitenfinne für SUP-Board",
     "die drei Seitenfinnen für SUP-Board", "den drei Seitenfinnen für SUP-Board"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "acc", "dat", "acc3", "dat3"), THINGS)
def test_a_thing_in_e_is_not_read_as_a_weak_masculine_person(
    name: str, acc: str, dat: str, acc3: str, dat3: str
) -> None:
    assert forms(name, 1)[1:] == (acc, dat)
    assert forms(name, 3)[1:] == (acc3, dat3)


def test_a_weak_masculine_with_no_other_reading_stays_weak() -> None:
    assert forms("Plüschhase Hoppel", 1)[1:] == ("den Plüschhasen Hoppel", "dem Plüschhasen Hoppel")


# Counted in what they come in, the adjective alone and strong, in the gender of the noun and the case
COUNTED = [  # name, nominative, accusative, dative three times
    ("Flüssiger Süßstoff, 200 ml", "die drei Flaschen flüssiger Süßstoff, 200 ml",
     "die drei Flaschen flüssigen Süßstoff, 200 ml", "den drei Flaschen flüssigem Süßstoff, 200 ml"),
    ("Flüssige Seife Lavendel, 500 ml", "die drei Flaschen flüssige Seife Lavendel, 500 ml",
     "die drei Flaschen flüssige Seife Lavendel, 500 ml", "den drei Flaschen flüssiger Seife Lavendel, 500 ml"),
    ("Gemahlener Zimt Ceylon, 100 g", "die drei Packungen gemahlener Zimt Ceylon, 100 g",
     "die drei Packungen gemahlenen Zimt Ceylon, 100 g", "den drei Packungen gemahlenem Zimt Ceylon, 100 g"),
    ("Kaltgepresstes Leinöl, 250 ml", "die drei Flaschen kaltgepresstes Leinöl, 250 ml",
     "die drei Flaschen kaltgepresstes Leinöl, 250 ml", "den drei Flaschen kaltgepresstem Leinöl, 250 ml"),
    ("Gewalkter Wollstoff, Meterware", "die drei Meter gewalkter Wollstoff, Meterware",
     "die drei Meter gewalkten Wollstoff, Meterware", "den drei Meter gewalktem Wollstoff, Meterware"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "nom", "acc", "dat"), COUNTED)
def test_goods_sold_by_weight_or_volume_with_an_adjective_keep_their_count(
    name: str, nom: str, acc: str, dat: str
) -> None:
    assert forms(name, 3) == (nom, acc, dat)


def test_one_of_them_is_named_alone_with_its_adjective_declined_weak() -> None:
    assert forms("Flüssiger Süßstoff, 200 ml", 1) == (
        "der flüssige Süßstoff, 200 ml",
        "den flüssigen Süßstoff, 200 ml",
        "dem flüssigen Süßstoff, 200 ml",
    )
    assert item_phrase(Item("Flüssiger Süßstoff, 200 ml", 3), "de", True).your == (
        "Ihre drei Flaschen flüssigen Süßstoff, 200 ml"
    )


def test_darts_with_an_english_first_part_are_a_set_of_darts() -> None:
    name = "Softdarts „Club Brass“, 16 g, 3er-Set"
    assert forms(name, 1)[1:] == (f"die {name}", f"den {name}")
    three = "drei 3er-Sets Softdarts „Club Brass“, 16 g"  # the set said once, before the name
    assert forms(name, 3)[1:] == (f"die {three}", f"den {three}")


def test_a_plural_is_not_read_as_a_noun_without_one_of_the_same_spelling() -> None:
    # "Keile" is also a noun without a plural (a beating); "Türkeile" are door wedges
    assert forms("Türkeile aus Gummi, 2 Stück", 1)[1:] == (
        "die Türkeile aus Gummi, 2 Stück",
        "den Türkeilen aus Gummi, 2 Stück",
    )


def test_a_name_the_lexicon_cannot_read_keeps_its_inner_quotes_as_a_quotation_within_a_quotation() -> None:
    name, quoted = "Kendama „Pro“, Buche", "„Kendama ‚Pro‘, Buche“"  # Duden: the inner quotes take the single marks
    assert forms(name, 1)[1:] == (f"den Artikel {quoted}", f"dem Artikel {quoted}")
    assert forms(name, 3)[1] == f"die drei Artikel {quoted}"


@pytest.mark.parametrize("name", ["Leifheit Bodenwischer", "Leifheit Wäscheständer"])
def test_a_brand_in_heit_is_no_feminine_noun(name: str) -> None:
    phrase = item_phrase(Item(name, 3), "de", True)
    assert "Leifheiten" not in phrase.acc and "Leifheit" in phrase.acc


def test_a_noun_made_with_ung_the_lexicon_lacks_is_still_feminine() -> None:
    head = head_noun("Rohrummantelung, 2 m", "de")
    assert head is not None and (head.gender, head.plural) == ("f", "Rohrummantelungen")
