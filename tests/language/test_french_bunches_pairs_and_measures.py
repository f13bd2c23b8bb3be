"""French names with a florist's bunch, footwear, a container that says what it holds, a verb + noun compound,
capitals, an adjective of relation and an adjective before a noun spelt alike in both numbers, as a native writer
names them once and three times: a bunch counted in bunches (« les trois bottes de 10 anémones de Caen »); shoes
counted in pairs (« les trois paires de babouches en cuir »); what a container holds said once, before the name
(« les trois sacs de 5 kg de farine d'épeautre T70 », never « …, sac de 5 kg » after « sacs »); the verb of a
compound left as it is (« les trois guide-lames »), a person's « garde » in the plural as the dictionary gives it
(« les trois gardes-côtes »); a name in capitals but for its unit agreed in capitals (« les trois BOUGIES
PARFUMÉES 200 g », never « bougies PARFUMÉE »); an adjective of relation in « -aire » left with the complement's
noun it classes (« les trois sprays de protection solaire »); « petits » telling a name is plural (« les petits
oignons grelots », never « le petits oignons »); a later mention without the pack, the material or what the
container holds (« les lanternes », « le café moulu »).

The names come from florist, shoe, bakery, grocery, tool and toy shops' catalogues, not from
the held-out lists; the composed notes are judged by Grammalecte and by `notegen lint`."""

from __future__ import annotations

import pytest

from notegen.language.items import short_phrase
from notegen.model import Item
from tests.compose.shops import atelier
from tests.language.composed_lint import french_notes, item_findings, named
from tests.language.french_grammar import grammar_errors, needs_grammalecte, note_paragraphs

NAMES = [  # name, the subject form for one, for three
    # a florist's bunch
    ("Anémones de Caen, botte de 10", "les anémones de Caen, botte de 10", "les trois bottes de 10 anémones de Caen"),
    # footwear in pairs
    ("Babouches en cuir", "les babouches en cuir", "les trois paires de babouches en cuir"),
    ("Socques en bois", "les socques en bois", "les trois paires de socques en bois"),
    # what a container holds, said once
    ("Farine d'épeautre T70, sac de 5 kg", "la farine d'épeautre T70, sac de 5 kg",
     "les trois sacs de 5 kg de farine d'épeautre T70"),
    ("Café moulu, paquet de 250 g", "le café moulu, paquet de 250 g", "les trois paquets de 250 g de café moulu"),
    ("Lentilles corail (sachet de 500 g)", "les lentilles corail (sachet de 500 g)",
     "les trois sachets de 500 g de lentilles corail"),
    # verb + noun: the verb never takes the plural; a person's « garde » does
    ("Guide-lame pour scie circulaire", "le guide-lame pour scie circulaire",
     "les trois guide-lames pour scie circulaire"),
    ("Garde-côte télécommandé", "le garde-côte télécommandé", "les trois gardes-côtes télécommandés"),
    # a name in capitals but for its unit: every word agreed and kept in capitals, the unit as written
    ("BOUGIE PARFUMÉE 200 g", "la BOUGIE PARFUMÉE 200 g", "les trois BOUGIES PARFUMÉES 200 g"),
    # an adjective of relation in « -aire » after a complement's noun is that noun's
    ("Spray de protection solaire", "le spray de protection solaire", "les trois sprays de protection solaire"),
    # an adjective before the head tells the name is plural
    ("Petits oignons grelots", "les petits oignons grelots", "les trois lots de petits oignons grelots"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "one", "three"), NAMES, ids=[row[0] for row in NAMES])
def test_the_item_is_named_as_a_native_writer_names_it(name: str, one: str, three: str) -> None:
    assert named(name, "fr") == (one, three)


@pytest.mark.parametrize(
    ("name", "again"),
    [
        ("Lanternes en papier, lot de 6", "les lanternes"),
        ("Bougies d'anniversaire torsadées, boîte de 24", "les bougies d'anniversaire"),
        ("Café moulu, paquet de 250 g", "le café moulu"),
    ],
)
def test_a_later_mention_is_cut_as_a_name_without_its_pack(name: str, again: str) -> None:
    """Never « les lanternes en papier » again, nor « les sachets de 250 g de café moulu »: the material, the
    pack and what the container holds are said once."""
    assert short_phrase(Item(name, 1), "fr", True).nom == again


def test_the_lint_accepts_every_composed_note() -> None:
    assert item_findings([name for name, _, _ in NAMES], "fr", atelier()) == []


@needs_grammalecte
def test_every_paragraph_naming_the_items_passes_grammalecte() -> None:
    notes = french_notes((name, "", quantity, "") for name, _, _ in NAMES for quantity in (1, 3))
    assert not grammar_errors(note_paragraphs(note for _, (_, note) in notes))
