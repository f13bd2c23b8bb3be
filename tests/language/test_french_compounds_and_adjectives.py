"""French names whose number or agreement turns on which noun a word belongs to, as a native writer names them:
a verb + noun compound whose noun is spelt alike in both numbers names one object (« le protège-avant-bras », « les
trois protège-avant-bras », never « les trois paires de … »), while one whose noun is written in the plural is
still worn in pairs (« les protège-genoux »); in « HEAD NOUN NOUN ADJ » without preposition, an adjective after
the second noun in apposition that can agree with it is that noun's and stays as written (« les trois mitigeurs
évier bec orientable »: the spout turns), but not after a noun of whom the product is for, of what it is made of,
or one that makes a compound with the first (« les trois vestes pluie femme imperméables », « les trois tapis
salle bain antidérapants »); a word in -ant the lexicon lacks agrees as a verbal adjective when it ends in a verb's
present participle or an adjective (« les trois vestes déperlantes »), and is a name otherwise (« les trois COUQUES
DINANT », never « DINANTES »).

The names come from sports, bathroom, kitchen, household appliance, outdoor clothing, cosmetics and biscuit
catalogues, not from the held-out lists; the composed notes are judged by Grammalecte and by `notegen lint`."""

from __future__ import annotations

import pytest

from notegen.language.items import head_noun, item_phrase
from notegen.model import Item
from tests.language.composed_lint import french_notes, rejected
from tests.language.french_grammar import grammar_errors, needs_grammalecte, note_paragraphs

NAMES = [  # name, variant, quantity, the subject form
    # a verb + noun compound whose noun is spelt alike in both numbers: one object, counted by the quantity
    ("Protège-avant-bras en cuir", "", 1, "le protège-avant-bras en cuir"),
    ("Protège-avant-bras en cuir", "", 3, "les trois protège-avant-bras en cuir"),
    ("Protège-nez de ski", "", 3, "les trois protège-nez de ski"),
    ("Couvre-bras en dentelle", "", 1, "le couvre-bras en dentelle"),
    ("Couvre-bras en dentelle", "", 3, "les trois couvre-bras en dentelle"),
    # its noun written in the plural: worn on paired limbs, sold and counted in pairs
    ("Protège-genoux de roller", "", 1, "les protège-genoux de roller"),
    ("Protège-genoux de roller", "", 3, "les trois paires de protège-genoux de roller"),
    # an adjective after the second noun in apposition, that can agree with it, is that noun's
    ("Mitigeur évier bec orientable", "", 1, "le mitigeur évier bec orientable"),
    ("Mitigeur évier bec orientable", "", 3, "les trois mitigeurs évier bec orientable"),
    ("Aspirateur balai batterie amovible", "", 3, "les trois aspirateurs balai batterie amovible"),
    ("ROBINET CUISINE BEC ORIENTABLE", "", 3, "les trois ROBINETS CUISINE BEC ORIENTABLE"),
    # but the product's after a noun of whom it is for, of what it is made of, or of a compound with the first
    ("Veste pluie femme imperméable", "", 3, "les trois vestes pluie femme imperméables"),
    ("Coque téléphone silicone transparente", "", 3, "les trois coques téléphone silicone transparentes"),
    ("Tapis salle bain antidérapant", "", 3, "les trois tapis salle bain antidérapants"),
    # one noun in apposition: the adjective is still the product's where it can be
    ("Table bistrot pliante", "", 3, "les trois tables bistrot pliantes"),
    # a word in -ant the lexicon does not know is a verbal adjective only when it ends in a verb's present
    # participle or an adjective, in either gender; else it is a name and stays as written
    ("Veste déperlante", "", 3, "les trois vestes déperlantes"),
    ("Poudre matifiante", "", 3, "les trois poudres matifiantes"),
    ("Spray antiadhérant", "", 3, "les trois sprays antiadhérants"),
    ("COUQUE DINANT", "", 1, "la COUQUE DINANT"),
    ("COUQUE DINANT", "", 3, "les trois COUQUES DINANT"),
]


@pytest.mark.parametrize(("name", "variant", "quantity", "expected"), NAMES)
def test_the_item_is_named_as_a_native_writer_does(name: str, variant: str, quantity: int, expected: str) -> None:
    assert item_phrase(Item(name, quantity, variant=variant), "fr", True).nom.replace("’", "'") == expected


@pytest.mark.parametrize("name", ["Protège-avant-bras en cuir", "Couvre-bras en dentelle", "Protège-nez de ski"])
def test_a_compound_of_a_noun_spelt_alike_in_both_numbers_is_one_object(name: str) -> None:
    head = head_noun(name, "fr")
    assert head is not None and not head.plural_name and not head.pair
    phrase = item_phrase(Item(name), "fr", True)
    assert (phrase.plural, phrase.it) == (False, "il")


def test_the_lint_accepts_every_composed_note() -> None:
    assert not rejected(french_notes(NAMES), "fr")


@needs_grammalecte
def test_every_paragraph_naming_the_items_passes_grammalecte() -> None:
    assert not grammar_errors(note_paragraphs(note for _, (_, note) in french_notes(NAMES)))
