"""German items as a seed merchant, a delicatessen, an aquarium shop, a florist and a tackle shop sell them: seeds are
never one seed ("die Möhrensamen", several in bags), playing cards come in decks ("Päckchen"); a food the name says
is sliced or grated is a pack by weight, smoked salmon and bacon are sold by weight, not counted as whole fish or
sides, horseradish and caviar come in jars, a cheese with a protected designation in packs; dry food by the
millilitre comes in tins, not bottles. A colour goes before a comma part that names the pot or tube the product
comes in ("die Hortensie „Magical“ in Rosa, Topf Ø 19 cm", not "…, Topf Ø 19 cm in Rosa", a pink pot), and before
a weight or a length ("der Spinner „Aglia“ in Gold, 6 g", not "6 g in Gold", six grams of gold); a format or a style
follows with "im" ("im Hochformat"). A noun the lexicon knows only with a doubled final p is read in the
older spelling ("der Wischmop"). Names from real German shop catalogues (seed merchants, delicatessens, aquarium and
pond shops, florists, art supplies, fishing tackle, frames, cleaning), written for these tests; each named once and
three times, in every case, and named again later in a note."""

from __future__ import annotations

import pytest

from notegen.language.items import item_phrase, short_phrase
from notegen.model import Item
from tests.compose.shops import wollwerk
from tests.language.composed_lint import item_findings

# name, variant, nominative once, accusative three times, dative three times
NAMES = [
    # seeds for sowing: a bag of them, never one seed; by weight a pack
    ("Möhrensamen „Nantaise 2“", "", "die Möhrensamen „Nantaise 2“", "die drei Tüten Möhrensamen „Nantaise 2“",
     "den drei Tüten Möhrensamen „Nantaise 2“"),
    ("Radieschensamen „Eiszapfen“", "", "die Radieschensamen „Eiszapfen“",
     "die drei Tüten Radieschensamen „Eiszapfen“", "den drei Tüten Radieschensamen „Eiszapfen“"),
    ("Chiasamen, 250 g", "", "die Chiasamen, 250 g", "die drei Packungen Chiasamen, 250 g",
     "den drei Packungen Chiasamen, 250 g"),
    # a compound in -en is the noun, not an adjective in -sam ("die blumensame Bienenweide")
    ("Blumensamen Bienenweide", "", "die Blumensamen Bienenweide", "die drei Tüten Blumensamen Bienenweide",
     "den drei Tüten Blumensamen Bienenweide"),
    # playing cards: decks
    ("Pokerkarten aus Kunststoff", "", "die Pokerkarten aus Kunststoff",
     "die drei Päckchen Pokerkarten aus Kunststoff", "den drei Päckchen Pokerkarten aus Kunststoff"),
    ("Doppelkopfkarten, deutsches Blatt", "", "die Doppelkopfkarten, deutsches Blatt",
     "die drei Päckchen Doppelkopfkarten, deutsches Blatt", "den drei Päckchen Doppelkopfkarten, deutsches Blatt"),
    # sliced, grated: a pack, not three hams or three salamis; what a jar holds stays in jars
    ("Serrano-Schinken, geschnitten, 100 g", "", "der Serrano-Schinken, geschnitten, 100 g",
     "die drei Packungen Serrano-Schinken, geschnitten, 100 g",
     "den drei Packungen Serrano-Schinken, geschnitten, 100 g"),
    ("Salami in Scheiben, 80 g", "", "die Salami in Scheiben, 80 g", "die drei Packungen Salami in Scheiben, 80 g",
     "den drei Packungen Salami in Scheiben, 80 g"),
    ("Bergkäse, gerieben, 200 g", "", "der Bergkäse, gerieben, 200 g", "die drei Packungen Bergkäse, gerieben, 200 g",
     "den drei Packungen Bergkäse, gerieben, 200 g"),
    # smoked fish and bacon by weight: sold by weight, never "Wildlachse" or "Specke"
    ("Wildlachs, geräuchert, 100 g", "", "der Wildlachs, geräuchert, 100 g",
     "die drei Packungen Wildlachs, geräuchert, 100 g", "den drei Packungen Wildlachs, geräuchert, 100 g"),
    ("Frühstücksspeck, 250 g", "", "der Frühstücksspeck, 250 g", "die drei Packungen Frühstücksspeck, 250 g",
     "den drei Packungen Frühstücksspeck, 250 g"),
    ("Sahnemeerrettich, 140 g", "", "der Sahnemeerrettich, 140 g", "die drei Gläser Sahnemeerrettich, 140 g",
     "den drei Gläsern Sahnemeerrettich, 140 g"),
    ("Forellenkaviar, 50 g", "", "der Forellenkaviar, 50 g", "die drei Gläser Forellenkaviar, 50 g",
     "den drei Gläsern Forellenkaviar, 50 g"),
    # a food with a protected designation by weight: packs, also in capitals
    ("Pecorino Romano DOP, 300 g", "", "der Pecorino Romano DOP, 300 g",
     "die drei Packungen Pecorino Romano DOP, 300 g", "den drei Packungen Pecorino Romano DOP, 300 g"),
    ("PECORINO ROMANO DOP, 300 g", "", "der PECORINO ROMANO DOP, 300 g",
     "die drei Packungen PECORINO ROMANO DOP, 300 g", "den drei Packungen PECORINO ROMANO DOP, 300 g"),
    # dry food by volume: tins, from five litres sacks; never bottles
    ("Granulatfutter für Zierfische, 100 ml", "", "das Granulatfutter für Zierfische, 100 ml",
     "die drei Dosen Granulatfutter für Zierfische, 100 ml", "den drei Dosen Granulatfutter für Zierfische, 100 ml"),
    ("Koifutter, 10 l", "", "das Koifutter, 10 l", "die drei Säcke Koifutter, 10 l", "den drei Säcken Koifutter, 10 l"),
    # a colour before the pot or tube it would else be read with
    ("Hortensie „Magical“, Topf Ø 19 cm", "Rosa", "die Hortensie „Magical“ in Rosa, Topf Ø 19 cm",
     "die drei Hortensien „Magical“ in Rosa, Topf Ø 19 cm", "den drei Hortensien „Magical“ in Rosa, Topf Ø 19 cm"),
    ("Acrylfarbe seidenmatt, Tube 75 ml", "Ultramarin", "die Acrylfarbe seidenmatt in Ultramarin, Tube 75 ml",
     "die drei Tuben Acrylfarbe seidenmatt in Ultramarin, Tube 75 ml",
     "den drei Tuben Acrylfarbe seidenmatt in Ultramarin, Tube 75 ml"),
    # any colour before a weight or a length, a metal's too ("6 g in Gold" would be six grams of gold)
    ("Spinner „Aglia“, 6 g", "Gold", "der Spinner „Aglia“ in Gold, 6 g", "die drei Spinner „Aglia“ in Gold, 6 g",
     "den drei Spinnern „Aglia“ in Gold, 6 g"),
    ("Wobbler „Barsch“, 12 g", "Kupfer", "der Wobbler „Barsch“ in Kupfer, 12 g",
     "die drei Wobbler „Barsch“ in Kupfer, 12 g", "den drei Wobblern „Barsch“ in Kupfer, 12 g"),
    ("Baumwollgarn, 50 g", "Mint", "das Baumwollgarn in Mint, 50 g", "die drei Knäuel Baumwollgarn in Mint, 50 g",
     "den drei Knäueln Baumwollgarn in Mint, 50 g"),
    ("Hundeleine aus Leder, 2 m", "Silber", "die Hundeleine aus Leder in Silber, 2 m",
     "die drei Hundeleinen aus Leder in Silber, 2 m", "den drei Hundeleinen aus Leder in Silber, 2 m"),
    # a format or a style: "im"
    ("Bilderrahmen Eiche, 30 x 40 cm", "Hochformat", "der Bilderrahmen Eiche, 30 x 40 cm im Hochformat",
     "die drei Bilderrahmen Eiche, 30 x 40 cm im Hochformat", "den drei Bilderrahmen Eiche, 30 x 40 cm im Hochformat"),
    ("Wanduhr „Bahnhof“", "Retro-Design", "die Wanduhr „Bahnhof“ im Retro-Design",
     "die drei Wanduhren „Bahnhof“ im Retro-Design", "den drei Wanduhren „Bahnhof“ im Retro-Design"),
    # the spelling before 1996
    ("Wischmop mit Teleskopstiel", "", "der Wischmop mit Teleskopstiel", "die drei Wischmops mit Teleskopstiel",
     "den drei Wischmops mit Teleskopstiel"),
    ("Leifheit Bodenwischmop", "", "der Leifheit Bodenwischmop", "die drei Leifheit Bodenwischmops",
     "den drei Leifheit Bodenwischmops"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "variant", "one", "three", "dative"), NAMES)
def test_each_item_is_named_as_the_shop_sells_it(name: str, variant: str, one: str, three: str, dative: str) -> None:
    assert item_phrase(Item(name, quantity=1, variant=variant), "de", True).nom == one
    thrice = item_phrase(Item(name, quantity=3, variant=variant), "de", True)
    assert (thrice.acc, thrice.dat) == (three, dative)


@pytest.mark.parametrize(
    ("name", "quantity", "again", "plural"),
    [
        ("Möhrensamen „Nantaise 2“", 1, "die Möhrensamen „Nantaise 2“", True),  # "Falls die Möhrensamen … überzeugen"
        ("Wildlachs, geräuchert, 100 g", 3, "den Wildlachs", False),  # never "von den Wildlachsen"
        ("Wildlachs, geräuchert, 100 g", 1, "den Wildlachs", False),
        ("Granulatfutter für Zierfische, 100 ml", 3, "das Granulatfutter", False),
        ("Spinner „Aglia“, 6 g", 3, "die Spinner", True),
    ],
)
def test_a_later_mention_keeps_the_number_of_the_noun(name: str, quantity: int, again: str, plural: bool) -> None:
    mention = short_phrase(Item(name, quantity=quantity), "de", True)
    assert (mention.acc, mention.plural) == (again, plural)


def test_the_lint_accepts_the_notes_that_name_them() -> None:
    variants = {name: variant for name, variant, *_ in NAMES if variant}
    assert not item_findings([row[0] for row in NAMES], "de", wollwerk(), variants)
