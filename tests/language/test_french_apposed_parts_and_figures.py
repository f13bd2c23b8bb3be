"""French names with a noun set beside the head without « de » or « à »: a part of the product and the adjective
that tells its shape (« pull col roulé », « pantalon jambe large »), an animal or figure the product is shaped as
(« coussin chat », « tirelire cochon »), and a part named after « à » with an adjective of its own (« coffre à
serrure électronique »). Names from clothing, home, nursery and hardware catalogues, written for these tests;
each phrase written by hand as a native writer names the item, once and three times, and each composed note
accepted by the lint."""

from __future__ import annotations

import pytest

from notegen.language.items import item_phrase
from notegen.model import Item
from tests.compose.shops import atelier
from tests.language.composed_lint import item_findings

# (name, one, three, to the three)
PARTS = [
    # the adjective tells the part's shape: it stays with the part, as written
    ("Pull col roulé", "le pull col roulé", "les trois pulls col roulé", "aux trois pulls col roulé"),
    ("T-shirt col rond", "le t-shirt col rond", "les trois t-shirts col rond", "aux trois t-shirts col rond"),
    ("Pantalon jambe large", "le pantalon jambe large", "les trois pantalons jambe large",
     "aux trois pantalons jambe large"),
    ("Chaise dossier haut", "la chaise dossier haut", "les trois chaises dossier haut",
     "aux trois chaises dossier haut"),
    ("Veste capuche amovible", "la veste capuche amovible", "les trois vestes capuche amovible",
     "aux trois vestes capuche amovible"),
    ("Sac bandoulière réglable", "le sac bandoulière réglable", "les trois sacs bandoulière réglable",
     "aux trois sacs bandoulière réglable"),
    ("Montre cadran rond", "la montre cadran rond", "les trois montres cadran rond", "aux trois montres cadran rond"),
    # a colour after the part and its shape is the product's
    ("Pull col roulé noir", "le pull col roulé noir", "les trois pulls col roulé noirs",
     "aux trois pulls col roulé noirs"),
    # after « à », the part keeps an adjective that agrees with it, and the colour variant comes after
    ("Coffre-fort à serrure électronique", "le coffre-fort à serrure électronique",
     "les trois coffres-forts à serrure électronique", "aux trois coffres-forts à serrure électronique"),
    ("Boîte aux lettres à serrure magnétique", "la boîte aux lettres à serrure magnétique",
     "les trois boîtes aux lettres à serrure magnétique", "aux trois boîtes aux lettres à serrure magnétique"),
]  # fmt: skip
FIGURES = [
    # an animal the product is shaped as is a noun, though the lexicon also reads it as an adjective
    ("Coussin chat rond", "le coussin chat rond", "les trois coussins chat ronds", "aux trois coussins chat ronds"),
    ("Lampe chouette blanche", "la lampe chouette blanche", "les trois lampes chouette blanches",
     "aux trois lampes chouette blanches"),
    ("Coussin vache", "le coussin vache", "les trois coussins vache", "aux trois coussins vache"),
    ("Costume pirate rouge", "le costume pirate rouge", "les trois costumes pirate rouges",
     "aux trois costumes pirate rouges"),
]  # fmt: skip
# the product's own adjectives, after a noun that is no part, or with no noun set beside the head
OWN = [
    ("Chaise bistrot pliante", "les trois chaises bistrot pliantes"),
    ("Lampe champignon blanche", "les trois lampes champignon blanches"),
    ("Tabouret bar réglable", "les trois tabourets bar réglables"),
    ("Tapis rond blanc", "les trois tapis ronds blancs"),
    ("Coussin géant rond", "les trois coussins géants ronds"),
    ("Table basse plateau chêne", "les trois tables basses plateau chêne"),
    ("Sac à dos imperméable", "les trois sacs à dos imperméables"),
    ("Sac à poignée noire", "les trois sacs à poignée noire"),
    ("Four à pizza électrique", "les trois fours électriques à pizza"),
]
NAMES = PARTS + FIGURES


def _phrase(name: str, quantity: int, variant: str = "") -> tuple[str, str]:
    phrase = item_phrase(Item(name, quantity, variant=variant), "fr", True)
    return phrase.nom, phrase.dat


@pytest.mark.parametrize(("name", "one", "three", "three_dat"), NAMES, ids=[row[0] for row in NAMES])
def test_a_noun_beside_the_head_keeps_its_own_adjective(name: str, one: str, three: str, three_dat: str) -> None:
    """Never « les pulls col roulés », « les coussins chats ronds » nor « les coffres-forts électroniques »."""
    assert _phrase(name, 1)[0] == one
    assert _phrase(name, 3) == (three, three_dat)


@pytest.mark.parametrize(("name", "three"), OWN, ids=[row[0] for row in OWN])
def test_the_products_adjectives_still_agree_with_it(name: str, three: str) -> None:
    assert _phrase(name, 3)[0] == three


def test_a_colour_variant_follows_the_part_and_its_adjective() -> None:
    assert _phrase("Coffre-fort à serrure électronique", 3, "anthracite")[0] == (
        "les trois coffres-forts à serrure électronique anthracite"
    )


def test_the_lint_accepts_every_note_composed_for_these_names() -> None:
    """The lint reads the item as the composer names it: no SIN202 (item not found) nor SIN206 on these notes."""
    assert not item_findings([row[0] for row in NAMES + [(name, "", "", "") for name, _ in OWN]], "fr", atelier())
