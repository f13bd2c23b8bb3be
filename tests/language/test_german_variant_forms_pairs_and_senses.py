"""German variants as a writer sets them: one that says which side the product is for ("links", "rechts, Gr. 9") is
no colour and cannot follow "in" („den Reithandschuh in Links“): it goes in brackets, as a size label, in lower case
(„den Reithandschuh (links, Gr. 9)“). After a part of the name set off by a comma that is no measure ("kurz",
"wadenlang") a variant goes in brackets too, never glued to it („den Trachtenrock, wadenlang (Gr. 38)“, not
„wadenlang in Gr. 38“); of a size and a colour the colour comes first („in Petrol, Größe L“, not „in Gr. L, Petrol“).
Shoe and boot trees are sold in pairs („die drei Paar Stiefelspanner“). A noun of several genders is read in the
sense a shop sells: „die Single“ (a record), not „der Single“ (a person living alone). Names from real riding, golf,
orthopaedic, costume, outdoor, shoe care and record shops' catalogues."""

from __future__ import annotations

import pytest

from notegen.language.items import item_phrase
from notegen.model import Item
from tests.compose.shops import wollwerk
from tests.language.composed_lint import item_findings

SIDES = [  # name, variant, once (accusative), three times (dative)
    ("Reithandschuh Leder", "links, Gr. 9", "den Reithandschuh Leder (links, Gr. 9)",
     "den drei Reithandschuhen Leder (links, Gr. 9)"),
    ("Daumenbandage", "Rechts", "die Daumenbandage (rechts)", "den drei Daumenbandagen (rechts)"),
    ("Knöchelorthese", "rechts, Gr. M", "die Knöchelorthese (rechts, Gr. M)",
     "den drei Knöchelorthesen (rechts, Gr. M)"),
    # a colour still follows "in", and "für" needs none
    ("Reithandschuh Leder", "schwarz, Gr. 9", "den Reithandschuh Leder in Schwarz, Größe 9",
     "den drei Reithandschuhen Leder in Schwarz, Größe 9"),
    ("Golfhandschuh", "für Damen", "den Golfhandschuh für Damen", "den drei Golfhandschuhen für Damen"),
    # after a part set off by a comma
    ("Trachtenrock, wadenlang", "Gr. 38", "den Trachtenrock, wadenlang (Gr. 38)",
     "den drei Trachtenröcken, wadenlang (Gr. 38)"),
    ("Wanderhose, abzippbar", "Oliv", "die Wanderhose, abzippbar (Oliv)", "den drei Wanderhosen, abzippbar (Oliv)"),
    ("Tischdecke, fleckabweisend, 130 x 220 cm", "Salbei", "die Tischdecke, fleckabweisend (Salbei), 130 x 220 cm",
     "den drei Tischdecken, fleckabweisend (Salbei), 130 x 220 cm"),
    # a size and a colour: the colour first
    ("Funktionsshirt „Trail“", "Gr. L, Petrol", "das Funktionsshirt „Trail“ in Petrol, Größe L",
     "den drei Funktionsshirts „Trail“ in Petrol, Größe L"),
    # sold in pairs
    ("Stiefelspanner aus Buche", "", "die Stiefelspanner aus Buche", "den drei Paar Stiefelspannern aus Buche"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "variant", "one", "dative"), SIDES)
def test_a_variant_is_set_where_a_writer_sets_it(name: str, variant: str, one: str, dative: str) -> None:
    assert item_phrase(Item(name, quantity=1, variant=variant), "de", True).acc == one
    assert item_phrase(Item(name, quantity=3, variant=variant), "de", True).dat == dative


def test_the_lint_accepts_the_notes_that_name_them() -> None:
    names = {name: variant for name, variant, _, _ in SIDES[:3] + SIDES[5:]}
    assert not item_findings(names, "de", wollwerk(), names)


@pytest.mark.parametrize(
    ("name", "one", "three"),
    [
        ("Vinyl Single „Herbstlaub“", "die Vinyl Single „Herbstlaub“", "den drei Vinyl Singles „Herbstlaub“"),
        ("Single", "die Single", "den drei Singles"),
    ],
)
def test_a_single_is_the_record(name: str, one: str, three: str) -> None:
    assert item_phrase(Item(name, quantity=1), "de", True).acc == one
    assert item_phrase(Item(name, quantity=3), "de", True).dat == three
    assert not item_findings([name], "de", wollwerk())
