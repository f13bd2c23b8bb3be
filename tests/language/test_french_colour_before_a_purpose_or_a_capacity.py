"""Where a French note puts a colour the shop gives as the variant of a name with « pour », « en » or a capacity in
figures.

After the head, a complement « pour » or « en » whose noun the colour would not agree with takes the colour before
it: « la housse noire pour ordinateur portable », never « … pour ordinateur portable noire », which reads as a
gender error or as the computer's colour; « le gilet gris en laine », never « le gilet en laine gris ». A colour of
the same form for both nouns (« rouge ») or after a « pour » and a noun of the head's gender keeps its place after
the name; after « en » and a material, a form the material would not take, of the other gender or in the plural,
goes before it (« la lampe noire en métal », « les trois vestes bleues en toile »), never after it, where it reads
as the material's colour mis-agreed.
Several of a name with a capacity that counts things in figures (« 4 tasses », « 3 places ») never have the colour,
in the plural, before the capacity or after it (« noires 4 tasses » reads as four black cups): it follows the whole
name as the shop's « coloris ». One keeps the colour before the capacity, in the singular, which no plural count
can take (« la multiprise blanche 4 prises »), but not a pack, whose number counts the goods the colour is of (« le
coffret 3 bougies parfumées, coloris ivoire », never « le coffret ivoire 3 bougies parfumées »).

The names come from computer, shoe, pet, clothing, linen, lighting, camping, tea, candle and lingerie shops'
catalogues, not from the held-out lists; the composed notes are judged by `notegen lint` and Grammalecte."""

from __future__ import annotations

import pytest

from notegen.language.items import item_phrase
from notegen.model import Item
from tests.compose.shops import atelier
from tests.language.composed_lint import french_notes, item_findings, rejected
from tests.language.french_grammar import grammar_errors, needs_grammalecte, note_paragraphs

NAMES = [  # name, colour, the subject form for one, for three
    ("Housse pour ordinateur portable", "Noir", "la housse noire pour ordinateur portable",
     "les trois housses noires pour ordinateur portable"),
    ("Sac pour chaussures", "Blanc", "le sac blanc pour chaussures", "les trois sacs blancs pour chaussures"),
    # the same form for both nouns, or a noun of the head's gender: after the name, as before
    ("Gamelle pour chien", "Rouge", "la gamelle pour chien rouge", "les trois gamelles pour chien rouges"),
    ("Coussin pour chien", "Beige", "le coussin pour chien beige", "les trois coussins pour chien beiges"),
    # « en » and a material: before it where the material would take another form; the same form: after the name
    ("Gilet en laine", "Gris", "le gilet gris en laine", "les trois gilets gris en laine"),
    ("Sac à main en cuir", "Marron", "le sac à main en cuir marron", "les trois sacs à main en cuir marron"),
    ("Veste en toile", "Bleu", "la veste en toile bleue", "les trois vestes bleues en toile"),
    ("Lampe en métal", "Noir", "la lampe noire en métal", "les trois lampes noires en métal"),
    ("Tablier en lin", "Rouge", "le tablier en lin rouge", "les trois tabliers rouges en lin"),
    ("Nuisette en satin", "Noir", "la nuisette noire en satin", "les trois nuisettes noires en satin"),
    # a capacity in figures
    ("Tente de camping 3 places", "Vert", "la tente de camping verte 3 places",
     "les trois tentes de camping 3 places, coloris vert"),
    ("Théière en fonte 4 tasses", "Noir", "la théière en fonte noire 4 tasses",
     "les trois théières en fonte 4 tasses, coloris noir"),
    # a pack of so many goods: the colour is theirs, once as for several
    ("Coffret 3 bougies parfumées", "Ivoire", "le coffret 3 bougies parfumées, coloris ivoire",
     "les trois coffrets 3 bougies parfumées, coloris ivoire"),
    ("Pack 2 brassières de sport", "Noir", "le pack 2 brassières de sport, coloris noir",
     "les trois packs 2 brassières de sport, coloris noir"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "colour", "one", "three"), NAMES, ids=[row[0] for row in NAMES])
def test_the_colour_goes_where_it_reads_as_the_items(name: str, colour: str, one: str, three: str) -> None:
    forms = [item_phrase(Item(name, quantity, variant=colour), "fr", True) for quantity in (1, 3)]
    assert [(phrase.nom, phrase.certain) for phrase in forms] == [(one, True), (three, True)]


def test_the_lint_accepts_every_composed_note() -> None:
    colours = {name: colour for name, colour, *_ in NAMES}
    assert item_findings(list(colours), "fr", atelier(), colours) == []
    notes = french_notes((name, colour, quantity, "") for name, colour in colours.items() for quantity in (1, 3))
    assert rejected(notes, "fr") == []


@needs_grammalecte
def test_every_paragraph_naming_the_items_passes_grammalecte() -> None:
    notes = french_notes((name, colour, quantity, "") for name, colour, *_ in NAMES for quantity in (1, 3))
    # « les trois gamelles pour chien rouges », « coussins … beiges »: Grammalecte reads the colour with « chien »,
    # judged wrong by hand (the colour agrees with the head), as in tests/language/test_composed_notes.py
    alarms = [("gn_pfx_à_par_pour_sans_2m", word) for word in ("chien", "rouges", "beiges")]
    assert not grammar_errors(note_paragraphs(note for _, (_, note) in notes), alarms)
