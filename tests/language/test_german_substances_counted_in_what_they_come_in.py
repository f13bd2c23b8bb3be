"""German substances sold by weight or volume, counted in what they come in and never as kinds of them: fondant,
marzipan, yeast, starch, pastes and gelatine in packs ("die drei Packungen Blütenfondant, 500 g", never "die drei
Blütenfondants"), glitter and other powders and sprays in tins, sauna infusions, concentrates, sauces, flavourings and
balloon gas in bottles, jellies, chutneys and stocks in jars, pigeon grit in packs, feed from five kilos and lava rock
by the litre in sacks; chocolate drops are a pack of drops, never one drop. A small bag, a small pack, a box or a tub
named with its measure counts several ("die drei Päckchen Backpulver, Päckchen 18 g"). Names from real German shop
catalogues (cake decorating, baking supplies, delicatessens, sauna and pool shops, party shops, bonsai nurseries,
pigeon fanciers), written for these tests; each named once and three times, in every case, and named again later in
a note."""

from __future__ import annotations

import pytest

from notegen.language.items import item_phrase, short_phrase
from notegen.model import Item
from tests.compose.shops import wollwerk
from tests.language.composed_lint import item_findings

# name, nominative once, accusative three times, dative three times
NAMES = [
    # fondant, marzipan and pastes: packs, whether the lexicon lists the compound or only its last part
    ("Blütenfondant weiß, 500 g", "der Blütenfondant weiß, 500 g", "die drei Packungen Blütenfondant weiß, 500 g",
     "den drei Packungen Blütenfondant weiß, 500 g"),
    ("Fondant Schwarz, 250 g", "der Fondant Schwarz, 250 g", "die drei Packungen Fondant Schwarz, 250 g",
     "den drei Packungen Fondant Schwarz, 250 g"),
    ("Marzipan-Rohmasse, 200 g", "die Marzipan-Rohmasse, 200 g", "die drei Packungen Marzipan-Rohmasse, 200 g",
     "den drei Packungen Marzipan-Rohmasse, 200 g"),
    ("Modelliermasse weiß, 1 kg", "die Modelliermasse weiß, 1 kg", "die drei Packungen Modelliermasse weiß, 1 kg",
     "den drei Packungen Modelliermasse weiß, 1 kg"),
    ("Marzipan mit Pistazien, 400 g", "das Marzipan mit Pistazien, 400 g",
     "die drei Packungen Marzipan mit Pistazien, 400 g", "den drei Packungen Marzipan mit Pistazien, 400 g"),
    ("Modellierpaste für Tortendeko, 250 g", "die Modellierpaste für Tortendeko, 250 g",
     "die drei Packungen Modellierpaste für Tortendeko, 250 g",
     "den drei Packungen Modellierpaste für Tortendeko, 250 g"),
    ("Blattgelatine rot, 10 Blatt", "die Blattgelatine rot, 10 Blatt", "die drei Packungen Blattgelatine rot, 10 Blatt",
     "den drei Packungen Blattgelatine rot, 10 Blatt"),
    # baking: yeast and starch in packs, or in what the name says they come in
    ("Backhefe, 500 g", "die Backhefe, 500 g", "die drei Packungen Backhefe, 500 g",
     "den drei Packungen Backhefe, 500 g"),
    ("Kartoffelstärke, 1 kg", "die Kartoffelstärke, 1 kg", "die drei Packungen Kartoffelstärke, 1 kg",
     "den drei Packungen Kartoffelstärke, 1 kg"),
    ("Weinstein-Backpulver, Päckchen 18 g", "das Weinstein-Backpulver, Päckchen 18 g",
     "die drei Päckchen Weinstein-Backpulver, Päckchen 18 g", "den drei Päckchen Weinstein-Backpulver, Päckchen 18 g"),
    ("Sahnejoghurt Natur, 500 g Becher", "der Sahnejoghurt Natur, 500 g Becher",
     "die drei Becher Sahnejoghurt Natur, 500 g Becher", "den drei Bechern Sahnejoghurt Natur, 500 g Becher"),
    # glitter in tins; chocolate drops are never one drop: the name stands for the pack
    ("Glitzerpuder Rosé, 5 g", "der Glitzerpuder Rosé, 5 g", "die drei Dosen Glitzerpuder Rosé, 5 g",
     "den drei Dosen Glitzerpuder Rosé, 5 g"),
    ("Schokoladentropfen Zartbitter, 200 g", "die Schokoladentropfen Zartbitter, 200 g",
     "die drei Packungen Schokoladentropfen Zartbitter, 200 g",
     "den drei Packungen Schokoladentropfen Zartbitter, 200 g"),
    # the sauna and the pool: infusions and concentrates in bottles
    ("Saunaaufguss Birke, 1 l", "der Saunaaufguss Birke, 1 l", "die drei Flaschen Saunaaufguss Birke, 1 l",
     "den drei Flaschen Saunaaufguss Birke, 1 l"),
    ("Algenschutz-Konzentrat, 500 ml", "das Algenschutz-Konzentrat, 500 ml",
     "die drei Flaschen Algenschutz-Konzentrat, 500 ml", "den drei Flaschen Algenschutz-Konzentrat, 500 ml"),
    # the pigeon loft: grit in packs
    ("Taubengrit mit Anis, 2,5 kg", "der Taubengrit mit Anis, 2,5 kg", "die drei Packungen Taubengrit mit Anis, 2,5 kg",
     "den drei Packungen Taubengrit mit Anis, 2,5 kg"),
    # the delicatessen: sauces in bottles, jellies, chutneys and stocks in jars, stock powder and lard in packs
    ("Tomatenketchup, 500 ml", "der Tomatenketchup, 500 ml", "die drei Flaschen Tomatenketchup, 500 ml",
     "den drei Flaschen Tomatenketchup, 500 ml"),
    ("Johannisbeergelee, 250 g", "das Johannisbeergelee, 250 g", "die drei Gläser Johannisbeergelee, 250 g",
     "den drei Gläsern Johannisbeergelee, 250 g"),
    ("Wildfond, 400 ml", "der Wildfond, 400 ml", "die drei Gläser Wildfond, 400 ml",
     "den drei Gläsern Wildfond, 400 ml"),
    ("Backaroma Bittermandel, 20 ml", "das Backaroma Bittermandel, 20 ml",
     "die drei Flaschen Backaroma Bittermandel, 20 ml", "den drei Flaschen Backaroma Bittermandel, 20 ml"),
    ("Hühnerbrühe, Pulver, 250 g", "die Hühnerbrühe, Pulver, 250 g", "die drei Packungen Hühnerbrühe, Pulver, 250 g",
     "den drei Packungen Hühnerbrühe, Pulver, 250 g"),
    # sprays in tins, balloon gas in bottles, lava rock by the litre in sacks
    ("Pflegespray für Saunabänke, 400 ml", "der Pflegespray für Saunabänke, 400 ml",
     "die drei Dosen Pflegespray für Saunabänke, 400 ml", "den drei Dosen Pflegespray für Saunabänke, 400 ml"),
    ("Ballongas für 50 Ballons", "das Ballongas für 50 Ballons", "die drei Flaschen Ballongas für 50 Ballons",
     "den drei Flaschen Ballongas für 50 Ballons"),
    ("Lavagestein für Bonsai, 10 l", "das Lavagestein für Bonsai, 10 l", "die drei Säcke Lavagestein für Bonsai, 10 l",
     "den drei Säcken Lavagestein für Bonsai, 10 l"),
    # feed by weight: from five kilos in sacks, less in packs
    ("Brieftaubenfutter Zucht, 25 kg", "das Brieftaubenfutter Zucht, 25 kg",
     "die drei Säcke Brieftaubenfutter Zucht, 25 kg", "den drei Säcken Brieftaubenfutter Zucht, 25 kg"),
    ("Hundetrockenfutter Lamm, 2 kg", "das Hundetrockenfutter Lamm, 2 kg",
     "die drei Packungen Hundetrockenfutter Lamm, 2 kg", "den drei Packungen Hundetrockenfutter Lamm, 2 kg"),
    # counted things of the same trades stay counted
    ("Tortenplatte aus Glas, 30 cm", "die Tortenplatte aus Glas, 30 cm", "die drei Tortenplatten aus Glas, 30 cm",
     "den drei Tortenplatten aus Glas, 30 cm"),
    ("Saunakübel aus Lärche, 4 l", "der Saunakübel aus Lärche, 4 l", "die drei Saunakübel aus Lärche, 4 l",
     "den drei Saunakübeln aus Lärche, 4 l"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "one", "three", "dative"), NAMES)
def test_each_item_is_counted_in_what_it_comes_in(name: str, one: str, three: str, dative: str) -> None:
    assert item_phrase(Item(name, quantity=1), "de", True).nom == one
    thrice = item_phrase(Item(name, quantity=3), "de", True)
    assert (thrice.acc, thrice.dat) == (three, dative)


@pytest.mark.parametrize(
    ("name", "quantity", "again"),
    [
        ("Blütenfondant, 500 g", 3, "den Blütenfondant"),  # never "die Blütenfondants"
        ("Blütenfondant, 500 g", 1, "den Blütenfondant"),
        ("Saunaaufguss Birke, 1 l", 3, "den Saunaaufguss"),
    ],
)
def test_a_later_mention_names_the_substance_in_the_singular(name: str, quantity: int, again: str) -> None:
    assert short_phrase(Item(name, quantity=quantity), "de", True).acc == again


def test_the_lint_accepts_the_notes_that_name_them() -> None:
    assert not item_findings([row[0] for row in NAMES], "de", wollwerk())
