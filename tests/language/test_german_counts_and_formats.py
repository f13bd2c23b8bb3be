"""German item names counted in what they are sold in, named in capitals, read as compounds, and with a book's
format as the variant: product names from shop catalogues (wine merchants, stationers, delicatessens, pet and
garden shops, bookshops), each phrase written by hand as a native writer names the item, not taken from the code."""

from __future__ import annotations

import pytest

from notegen.language.items import head_noun, item_phrase, short_phrase
from notegen.model import Item


def _acc(name: str, quantity: int = 1, variant: str = "") -> str:
    return item_phrase(Item(name, quantity, variant=variant), "de", True).acc


def _dat(name: str, quantity: int = 1, variant: str = "") -> str:
    return item_phrase(Item(name, quantity, variant=variant), "de", True).dat


@pytest.mark.parametrize(
    ("name", "quantity", "acc", "dat"),
    [
        # a case or crate of bottles: counted in cases, the wine or juice in the singular
        (
            "Grauburgunder Spätlese, Karton mit 6 Flaschen", 3,
            "die drei Kartons Grauburgunder Spätlese, Karton mit 6 Flaschen",
            "den drei Kartons Grauburgunder Spätlese, Karton mit 6 Flaschen",
        ),
        (
            "Apfelsaft naturtrüb, Kiste mit 12 Flaschen", 2,
            "die beiden Kisten Apfelsaft naturtrüb, Kiste mit 12 Flaschen",
            "den beiden Kisten Apfelsaft naturtrüb, Kiste mit 12 Flaschen",
        ),
        (
            "Spätburgunder, Holzkiste mit 3 Flaschen", 3,
            "die drei Kisten Spätburgunder, Holzkiste mit 3 Flaschen",
            "den drei Kisten Spätburgunder, Holzkiste mit 3 Flaschen",
        ),
        # compartments are no contents: a box with compartments is one piece
        ("Schmuckkästchen, Box mit 6 Fächern", 3, "die drei Schmuckkästchen, Box mit 6 Fächern",
         "den drei Schmuckkästchen, Box mit 6 Fächern"),
        # a set of several glasses: the glasses in the plural, several sets counted in sets
        ("Sektglas Kristall, Set mit 6 Gläsern", 1, "die Sektgläser Kristall, Set mit 6 Gläsern",
         "den Sektgläsern Kristall, Set mit 6 Gläsern"),
        ("Sektglas Kristall, Set mit 6 Gläsern", 3, "die drei Sets Sektgläser Kristall, Set mit 6 Gläsern",
         "den drei Sets Sektgläsern Kristall, Set mit 6 Gläsern"),
        ("Kräutertee, Packung mit 20 Beuteln", 3, "die drei Packungen Kräutertee, Packung mit 20 Beuteln",
         "den drei Packungen Kräutertee, Packung mit 20 Beuteln"),
        # sheets of card sold by the pack; a pad whose sheets are counted is one pad
        ("Fotokarton A4, 300 g/m², 25 Blatt", 3, "die drei Packungen Fotokarton A4, 300 g/m², 25 Blatt",
         "den drei Packungen Fotokarton A4, 300 g/m², 25 Blatt"),
        ("Collegeblock A4, 80 Blatt", 3, "die drei Collegeblöcke A4, 80 Blatt", "den drei Collegeblöcken A4, 80 Blatt"),
        # small pieces alike in both numbers, sold by weight: packs
        ("Hundekuchen Huhn, 400 g", 3, "die drei Packungen Hundekuchen Huhn, 400 g",
         "den drei Packungen Hundekuchen Huhn, 400 g"),
        ("Hundekuchen Huhn, 400 g", 1, "den Hundekuchen Huhn, 400 g", "dem Hundekuchen Huhn, 400 g"),
        ("Katzensnack Thunfisch, 60 g", 3, "die drei Packungen Katzensnack Thunfisch, 60 g",
         "den drei Packungen Katzensnack Thunfisch, 60 g"),
        # a piece that is weighed is still counted in pieces
        ("Olivenseife Lavendel, 100 g", 3, "die drei Olivenseifen Lavendel, 100 g",
         "den drei Olivenseifen Lavendel, 100 g"),
        # preserved vegetables by volume, or said to be pickled: jars
        ("Silberzwiebeln süß-sauer, 370 ml", 2, "die beiden Gläser Silberzwiebeln süß-sauer, 370 ml",
         "den beiden Gläsern Silberzwiebeln süß-sauer, 370 ml"),
        ("Rotkohl mit Apfel, 720 ml", 3, "die drei Gläser Rotkohl mit Apfel, 720 ml",
         "den drei Gläsern Rotkohl mit Apfel, 720 ml"),
        ("Kapern in Salzlake", 3, "die drei Gläser Kapern in Salzlake", "den drei Gläsern Kapern in Salzlake"),
        ("Eingelegte Perlzwiebeln, 190 g", 3, "die drei Gläser eingelegte Perlzwiebeln, 190 g",
         "den drei Gläsern eingelegten Perlzwiebeln, 190 g"),
        # rusks and crispbread are sold by the pack: two rusks are two slices
        ("ZWIEBACK DINKEL", 2, "die beiden Packungen ZWIEBACK DINKEL", "den beiden Packungen ZWIEBACK DINKEL"),
        ("Vollkorn-Knäckebrot Sesam", 3, "die drei Packungen Vollkorn-Knäckebrot Sesam",
         "den drei Packungen Vollkorn-Knäckebrot Sesam"),
    ],
)  # fmt: skip
def test_an_item_sold_in_a_pack_is_counted_in_packs(name: str, quantity: int, acc: str, dat: str) -> None:
    assert (_acc(name, quantity), _dat(name, quantity)) == (acc, dat)


@pytest.mark.parametrize(
    ("name", "one", "three"),
    [
        # nouns made with a prefix take the gender and plural of their last part (der Wurf, der Satz, der Hang)
        ("Bettüberwurf Waffelpiqué", "den Bettüberwurf Waffelpiqué", "die drei Bettüberwürfe Waffelpiqué"),
        ("Schreibtischaufsatz Holz", "den Schreibtischaufsatz Holz", "die drei Schreibtischaufsätze Holz"),
        ("Milchaufschäumer", "den Milchaufschäumer", "die drei Milchaufschäumer"),
        # a first part the lexicon knows only with its final e ("Garten|dusche|kopf")
        ("Gartenduschkopf Messing", "den Gartenduschkopf Messing", "die drei Gartenduschköpfe Messing"),
        ("Beistellbett mit Matratze", "das Beistellbett mit Matratze", "die drei Beistellbetten mit Matratze"),
        # "ss" for "ß", as Swiss shops write it
        ("Fussmatte Kokos", "die Fussmatte Kokos", "die drei Fussmatten Kokos"),
        # an unknown noun before a material or an animal is no brand: the material is no head, the name is quoted
        ("Krail Edelstahl", "den Artikel „Krail Edelstahl“", "die drei Artikel „Krail Edelstahl“"),
        ("Simperl Peddigrohr", "den Artikel „Simperl Peddigrohr“", "die drei Artikel „Simperl Peddigrohr“"),
        # the shop's own quotes inside the quoted name take the single marks, as a quotation within a quotation
        ("Simperl „Bayern“ Peddigrohr", "den Artikel „Simperl ‚Bayern‘ Peddigrohr“",
         "die drei Artikel „Simperl ‚Bayern‘ Peddigrohr“"),
        # a brand English text knows stands before the noun it sells
        ("Opinel Klappmesser Nr. 8", "das Opinel Klappmesser Nr. 8", "die drei Opinel Klappmesser Nr. 8"),
    ],
)  # fmt: skip
def test_a_compound_or_a_name_is_read_by_its_last_part(name: str, one: str, three: str) -> None:
    assert (_acc(name), _acc(name, 3)) == (one, three)


def test_a_name_in_capitals_keeps_them_in_every_form() -> None:
    assert _acc("TOR FÜR KINDERFUSSBALL", 3) == "die drei TORE FÜR KINDERFUSSBALL"
    assert _dat("TOR FÜR KINDERFUSSBALL", 3) == "den drei TOREN FÜR KINDERFUSSBALL"
    assert _acc("KLEINE GIESSKANNE ZINK", 3) == "die drei KLEINEN GIESSKANNEN ZINK"
    assert _dat("FUSSMATTE KOKOS", 2) == "den beiden FUSSMATTEN KOKOS"
    # "GROSSER", "WEISSE": adjectives written with "ss" for "ß", declined, not read as nouns ("die Weiße", a beer)
    assert _dat("GROSSER BRÄTER GUSSEISEN", 3) == "den drei GROSSEN BRÄTERN GUSSEISEN"
    assert _acc("WEISSE MÜSLISCHALE", 3) == "die drei WEISSEN MÜSLISCHALEN"


@pytest.mark.parametrize(
    ("name", "variant", "acc"),
    [
        ("Kochbuch „Alpenküche“", "Hardcover", "das Kochbuch „Alpenküche“ als Hardcover"),
        ("Reiseführer „Masuren“", "E-Book", "den Reiseführer „Masuren“ als E-Book"),
        ("Hörspiel „Die Insel“", "Audio-CD", "das Hörspiel „Die Insel“ als Audio-CD"),
        ("Roman „Nachtzug“", "Hörbuch", "den Roman „Nachtzug“ als Hörbuch"),
        ("Roman „Nachtzug“", "broschiert", "den Roman „Nachtzug“ in der broschierten Ausgabe"),
        ("Bildband „Küstenlicht“", "gebunden", "den Bildband „Küstenlicht“ in der gebundenen Ausgabe"),
    ],
)
def test_a_book_format_follows_the_name_with_als(name: str, variant: str, acc: str) -> None:
    assert _acc(name, 1, variant) == acc
    three = item_phrase(Item(name, 3, variant=variant), "de", True)
    assert three.acc.endswith(acc.split("“", 1)[1]) and three.plural


def test_a_colour_variant_still_follows_with_in() -> None:
    assert _acc("Bildband „Küstenlicht“", 1, "Schwarz") == "den Bildband „Küstenlicht“ in Schwarz"


def test_a_later_mention_of_several_cases_names_the_wine_itself() -> None:
    later = short_phrase(Item("Grauburgunder Spätlese, Karton mit 6 Flaschen", 3), "de", True)
    assert (later.acc, later.plural) == ("den Grauburgunder", False)


def test_fresh_produce_sold_by_weight_comes_in_no_jar() -> None:
    assert "Gläser" not in _acc("Kirschtomaten, 250 g", 3)
    head = head_noun("Rotkohl, 1 kg", "de")
    assert head is not None and not head.mass


@pytest.mark.parametrize(
    ("name", "quantity", "acc"),
    [
        # a bunch: counted in "Bund", which keeps its form, the plant or herb in the singular
        ("Schnittlauch, Bund", 3, "die drei Bund Schnittlauch, Bund"),
        ("Schnittlauch, Bund", 1, "den Schnittlauch, Bund"),
        # an instrument in -meter is neuter, as "das Thermometer"
        ("Niederschlagsmeter", 1, "das Niederschlagsmeter"),
        ("Niederschlagsmeter", 3, "die drei Niederschlagsmeter"),
        # "Formen" is the moulds, not "das Formen" (the verb as a noun)
        ("Pralinenformen Silikon", 1, "die Pralinenformen Silikon"),
        # a verb in -ieren as a compound's first part
        ("Jonglierbälle, 3 Stück", 3, "die drei Packungen Jonglierbälle, 3 Stück"),
    ],
)
def test_bunches_instruments_and_moulds(name: str, quantity: int, acc: str) -> None:
    assert _acc(name, quantity) == acc


@pytest.mark.parametrize(
    ("name", "three"),
    [
        ("Aquarienkies Natur, 5 kg", "die drei Säcke Aquarienkies Natur, 5 kg"),
        ("Reptiliensubstrat Rindenmulch, 20 l", "die drei Säcke Reptiliensubstrat Rindenmulch, 20 l"),
        ("Flüssigdünger für Kräuter, 250 ml", "die drei Flaschen Flüssigdünger für Kräuter, 250 ml"),
    ],
)
def test_substrates_come_in_sacks_and_liquids_in_bottles(name: str, three: str) -> None:
    assert item_phrase(Item(name, 3), "de", True).acc == three


@pytest.mark.parametrize(
    ("name", "one", "three", "later"),
    [
        ("Grillbesteck-Set, 3 Stück", "das Grillbesteck-Set, 3 Stück", "die drei Grillbesteck-Sets, 3 Stück",
         "die Grillbesteck-Sets"),
        ("Bit-Box, 32 Stück", "die Bit-Box, 32 Stück", "die drei Bit-Boxen, 32 Stück", "die Bit-Boxen"),
    ],
)  # fmt: skip
def test_a_count_of_pieces_after_a_set_counts_what_the_set_holds(name: str, one: str, three: str, later: str) -> None:
    """One "Grillbesteck-Set, 3 Stück" is one set of three pieces, never "die Grillbesteck-Sets"."""
    assert item_phrase(Item(name, 1), "de", True).acc == one
    assert item_phrase(Item(name, 3), "de", True).acc == three
    assert short_phrase(Item(name, 3), "de", True).acc == later
