"""German item names counted in what they are sold in, as the name says after a comma ("…, Rolle 50 m",
"…, Paket 1,9 m²") or as the kind of goods and its measure say (mortar by the 25 kg sack, filament on spools, wire
on rolls), and names that open with a maker before a size or a noun ("Bosch 18 V Akkuschrauber", "Silit Kochtopf
20 cm"). Names from DIY, flooring, paint, 3D-printing, haberdashery, kitchen and electronics shops, written for these
tests; each phrase written by hand as a native writer names the item, once and three times, in the accusative and
the dative, and each composed note accepted by the lint."""

from __future__ import annotations

import pytest

from notegen.language.items import item_phrase
from notegen.model import Item
from tests.compose.shops import wollwerk
from tests.language.composed_lint import item_findings

# (name, accusative for one, accusative for three, dative for three)
CONTAINERS = [
    # a container word after a comma, before the measure: counted in containers, the product in the singular
    ("Raufasertapete, Rolle 33,5 x 0,53 m", "die Raufasertapete, Rolle 33,5 x 0,53 m",
     "die drei Rollen Raufasertapete, Rolle 33,5 x 0,53 m", "den drei Rollen Raufasertapete, Rolle 33,5 x 0,53 m"),
    ("Kreppband, Rolle 50 m", "das Kreppband, Rolle 50 m", "die drei Rollen Kreppband, Rolle 50 m",
     "den drei Rollen Kreppband, Rolle 50 m"),
    ("Klickparkett Buche, Paket 1,9 m²", "das Klickparkett Buche, Paket 1,9 m²",
     "die drei Pakete Klickparkett Buche, Paket 1,9 m²", "den drei Paketen Klickparkett Buche, Paket 1,9 m²"),
    ("Acrylfarbe Ultramarin, Tube 75 ml", "die Acrylfarbe Ultramarin, Tube 75 ml",
     "die drei Tuben Acrylfarbe Ultramarin, Tube 75 ml", "den drei Tuben Acrylfarbe Ultramarin, Tube 75 ml"),
    # building materials by weight: sacks from 5 kg, buckets when ready mixed, packs below
    ("Zementmörtel, 25 kg", "den Zementmörtel, 25 kg", "die drei Säcke Zementmörtel, 25 kg",
     "den drei Säcken Zementmörtel, 25 kg"),
    ("Kalkputz innen, 25 kg", "den Kalkputz innen, 25 kg", "die drei Säcke Kalkputz innen, 25 kg",
     "den drei Säcken Kalkputz innen, 25 kg"),
    ("Fertigspachtel, 20 kg", "den Fertigspachtel, 20 kg", "die drei Eimer Fertigspachtel, 20 kg",
     "den drei Eimern Fertigspachtel, 20 kg"),
    ("Reparaturmörtel, 1 kg", "den Reparaturmörtel, 1 kg", "die drei Packungen Reparaturmörtel, 1 kg",
     "den drei Packungen Reparaturmörtel, 1 kg"),
    # inks, in bottles: with an adjective of its own, declined strong after the count
    ("Füllhaltertinte Königsblau, 30 ml", "die Füllhaltertinte Königsblau, 30 ml",
     "die drei Flaschen Füllhaltertinte Königsblau, 30 ml", "den drei Flaschen Füllhaltertinte Königsblau, 30 ml"),
    ("Japanische Zeichentusche, 60 ml", "die japanische Zeichentusche, 60 ml",
     "die drei Flaschen japanische Zeichentusche, 60 ml", "den drei Flaschen japanischer Zeichentusche, 60 ml"),
    # a cartridge and a mascara are counted themselves, though their nouns end like the ink's
    ("Volumen-Wimperntusche schwarz", "die Volumen-Wimperntusche schwarz", "die drei Volumen-Wimperntuschen schwarz",
     "den drei Volumen-Wimperntuschen schwarz"),
    ("Butangas-Kartusche 227 g", "die Butangas-Kartusche 227 g", "die drei Butangas-Kartuschen 227 g",
     "den drei Butangas-Kartuschen 227 g"),
    # wall paint by the bucket
    ("Wandfarbe matt, 10 l", "die Wandfarbe matt, 10 l", "die drei Eimer Wandfarbe matt, 10 l",
     "den drei Eimern Wandfarbe matt, 10 l"),
    # wound goods: filament on spools, wire on rolls, yarn on spools by length and in balls by weight
    ("ABS-Filament, 2,85 mm, 750 g", "das ABS-Filament, 2,85 mm, 750 g",
     "die drei Spulen ABS-Filament, 2,85 mm, 750 g", "den drei Spulen ABS-Filament, 2,85 mm, 750 g"),
    ("Bindedraht verzinkt, 50 m", "den Bindedraht verzinkt, 50 m", "die drei Rollen Bindedraht verzinkt, 50 m",
     "den drei Rollen Bindedraht verzinkt, 50 m"),
    ("Maschinenstickgarn, 1000 m", "das Maschinenstickgarn, 1000 m", "die drei Spulen Maschinenstickgarn, 1000 m",
     "den drei Spulen Maschinenstickgarn, 1000 m"),
    ("Sockengarn, 100 g", "das Sockengarn, 100 g", "die drei Knäuel Sockengarn, 100 g",
     "den drei Knäueln Sockengarn, 100 g"),
]  # fmt: skip
MAKERS = [
    # a maker English writes as a name, a size between it and the noun
    ("Samsung 65 Zoll Fernseher", "den Samsung 65 Zoll Fernseher", "die drei Samsung 65 Zoll Fernseher",
     "den drei Samsung 65 Zoll Fernsehern"),
    ("Bosch 18 V Akkuschrauber", "den Bosch 18 V Akkuschrauber", "die drei Bosch 18 V Akkuschrauber",
     "den drei Bosch 18 V Akkuschraubern"),
    # a maker read by its ending ("-ung"), without a size: not "die drei Samsungen Kühlschrank"
    ("Samsung Kühlschrank", "den Samsung Kühlschrank", "die drei Samsung Kühlschränke",
     "den drei Samsung Kühlschränken"),
    # a maker neither the lexicon nor English knows, before a noun and its size, stays as the shop wrote it
    ("Silit Kochtopf 20 cm", "den Silit Kochtopf 20 cm", "die drei Silit Kochtöpfe 20 cm",
     "den drei Silit Kochtöpfen 20 cm"),
    ("Rösle Schneebesen 27 cm", "den Rösle Schneebesen 27 cm", "die drei Rösle Schneebesen 27 cm",
     "den drei Rösle Schneebesen 27 cm"),
    ("Kärcher Hochdruckreiniger K5", "den Kärcher Hochdruckreiniger K5", "die drei Kärcher Hochdruckreiniger K5",
     "den drei Kärcher Hochdruckreinigern K5"),
    # a maker ending in -er is no adjective: never "das ravensburge Puzzle"
    ("Ravensburger Puzzle 1000 Teile", "das Ravensburger Puzzle 1000 Teile",
     "die drei Ravensburger Puzzles 1000 Teile", "den drei Ravensburger Puzzles 1000 Teile"),
]  # fmt: skip
NAMES = CONTAINERS + MAKERS


def _phrase(name: str, quantity: int) -> tuple[str, str]:
    phrase = item_phrase(Item(name, quantity), "de", True)
    return phrase.acc, phrase.dat


@pytest.mark.parametrize(("name", "one", "three", "three_dat"), CONTAINERS, ids=[row[0] for row in CONTAINERS])
def test_several_are_counted_in_what_they_are_sold_in(name: str, one: str, three: str, three_dat: str) -> None:
    """Never "die drei Kreppbänder, Rolle 50 m", "die drei Zementmörtel, 25 kg" or "die drei ABS-Filamente"."""
    assert _phrase(name, 1)[0] == one
    assert _phrase(name, 3) == (three, three_dat)


@pytest.mark.parametrize(("name", "one", "three", "three_dat"), MAKERS, ids=[row[0] for row in MAKERS])
def test_a_maker_before_a_size_or_a_noun_is_no_noun(name: str, one: str, three: str, three_dat: str) -> None:
    """The noun after the maker is the head; the maker keeps the shop's spelling in every case."""
    assert _phrase(name, 1)[0] == one
    assert _phrase(name, 3) == (three, three_dat)


@pytest.mark.parametrize(
    ("name", "three"),
    [
        # an unknown word before a noun alone names what it is for: the name is not read as the noun's
        ("Abschwitzdecke Pony", "die drei Artikel „Abschwitzdecke Pony“"),
        # nor with a size, where the unknown word ends in a noun, as a German compound does
        ("Abschwitzdecke Pony 125 cm", "die drei Artikel „Abschwitzdecke Pony 125 cm“"),
        # glass after a comma before a size is what the piece is made of, not a jar
        ("Tischvase, Glas 25 cm", "die drei Tischvasen, Glas 25 cm"),
        # a noun before a material and a size stays the head
        ("Bräter Gusseisen 30 cm", "die drei Bräter Gusseisen 30 cm"),
        # a noun before a brush size and the hair it is made of stays the head
        ("Pinsel 12 Rotmarder", "die drei Pinsel 12 Rotmarder"),
    ],
)
def test_no_maker_or_container_where_the_name_has_none(name: str, three: str) -> None:
    assert _phrase(name, 3)[0] == three


def test_the_lint_accepts_every_note_composed_for_these_names() -> None:
    """The lint reads the item as the composer names it: no SIN202 (item not found) nor SIN206 on these notes."""
    assert not item_findings([row[0] for row in NAMES], "de", wollwerk())
