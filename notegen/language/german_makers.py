"""A maker that opens a German item name before its noun: "den Samsung 65 Zoll Fernseher", "die drei Silit
Kochtöpfe 20 cm". The maker stays as the shop wrote it, and the noun after it, past any size, is the head.

A maker is a word the lexicon has no entry of its own for. One it reads only as a compound or by its ending
("Samsung": "-ung", feminine) is a maker where English text writes it as a name; one it cannot read at all is a
maker where English text does (`notegen.language.german_heads.find_head` reads those already before a noun), or
where a size follows its noun ("Silit Kochtopf 20 cm") and it ends in no noun, for a noun alone after an unknown
word names what the first is made of or for ("Abschwitzdecke Pony": a sweat rug for a pony), and a German compound
the lexicon lacks ends in a noun ("Abschwitz|decke"), or where the noun after it names a product by its form, a
compound or a tool made from a verb ("Leifheit Wäschespinne", "Rösle Schneebesen").

A maker's name may also be a German noun ("Zwilling", "Pelikan", "Adler"): it is the maker where it is a single
word English writes as a name and the noun after it names a product so ("das Zwilling Kochmesser", "der Pelikan
Füller"), never where that noun is a material ("die Kette Edelstahl"), nor where English text writes the first word
only as German text does, a few hundred times less often ("die Tasche Shopper", "die Jacke Bomber").
"""

from __future__ import annotations

from notegen.language.casing import known_name, written_as_name
from notegen.language.german_adjectives import is_adjective
from notegen.language.german_heads import GROUPS, noun_head
from notegen.language.german_lexicon import agent_noun, entries, is_first_part
from notegen.language.german_text import GERMAN_ONLY_MARGIN, reads_german
from notegen.language.phrase import Head
from notegen.language.words import words


def after_maker(words: list[str]) -> Head | None:
    """The head noun after a maker that opens the words of a name ("Fernseher" of "Samsung 65 Zoll Fernseher"),
    None when the name opens with no maker."""
    maker = words[0] if len(words) > 1 else ""
    if not maker.isalpha() or maker.isupper() or maker.lower() in GROUPS or is_adjective(maker):
        return None
    if entries(maker):  # "Zwilling Kochmesser": a maker whose name is also a noun
        return _after_noun_maker(maker, words[1])
    index = 1
    while index < len(words) - 1 and _in_size(words[index], words[index - 1]):  # "55"", "18 V", "65 Zoll"
        index += 1
    head = noun_head(words[index].rstrip(",;:"), index)
    if head is None or not head.certain:
        return None
    if known_name(maker):
        return head
    sized = index + 1 < len(words) and any(char.isdigit() for char in words[index + 1])
    named = sized or _names_product(head.word)  # "Silit Kochtopf 20 cm", "Leifheit Wäschespinne"
    return head if index == 1 and named and noun_head(maker, 0) is None and not _ends_in_noun(maker) else None


# What a thing is made of, the last part of a compound written after a noun to say so ("Kette Edelstahl", "Bürste
# Rosshaar", "Jacke Kunstleder"): never the noun of the name.
MATERIALS = tuple(
    words(
        "stahl eisen holz leder fell wolle seide leinen stoff gold silber glas haar borste guss kupfer messing "
        "keramik porzellan stein marmor gummi silikon papier filz samt"
    )
)


def _after_noun_maker(maker: str, following: str) -> Head | None:
    """The noun after a maker whose name is also a German noun ("Kochmesser" of "Zwilling Kochmesser", "Füller"
    of "Pelikan Füller"), None where that first noun is the name's own. The maker's noun is a single word that
    English text writes as a name (a brand sold abroad, a family name); the noun after it names a product, a
    compound or a tool made from a verb, not a material, a flavour, what it is for or whom ("Gießkanne Zink",
    "Striegel Pferd", "Kette Edelstahl", "Jacke Damen"); English writes "ring" and "tee" in lower case and "Kissen"
    not at all."""
    own = noun_head(maker, 0)
    if own is None or own.mass or not written_as_name(maker) or _compound(maker):  # "Honig", "Topf|lappen"
        return None
    if reads_german(maker, GERMAN_ONLY_MARGIN):  # "Tasche Shopper": English text knows "Tasche" only as German
        return None
    if following.rstrip(",;:").lower() in GROUPS:  # "Jacke Herren": a jacket for men, no maker's
        return None
    head = noun_head(following.rstrip(",;:"), 1)
    return head if head is not None and head.certain and not head.mass and _names_product(head.word) else None


def _names_product(word: str) -> bool:
    """Whether a noun names a product by its form: a compound ("Koch|messer", "Teddy|bär") or a tool or device
    made with -er from a verb ("Füller", "Akku|schrauber"); a material, a flavour or an animal is mostly a simple
    word ("Zink", "Salbei", "Pferd"), and a compound that ends in a material names one ("Edel|stahl")."""
    if word.lower().endswith(MATERIALS):
        return False
    return _ends_in_noun(word, shortest=3) or bool(agent_noun(word)[0])


def _ends_in_noun(word: str, shortest: int = 4) -> bool:
    """Whether `word` ends in a noun of `shortest` letters or more, as a German compound the lexicon lacks does
    ("Abschwitz|decke"); a maker's name seldom does ("Silit", "Rösle")."""
    return any(entries(word[start:]) for start in range(1, len(word) - shortest + 1))


def _compound(word: str) -> bool:
    """Whether `word` is a German compound: a noun of four letters or more after a part that can begin one
    ("Topf|lappen"); a simple noun whose end only looks like another is none ("Schwalbe", not "Schw|albe")."""
    return any(entries(word[start:]) and is_first_part(word[:start]) for start in range(1, len(word) - 3))


def _in_size(word: str, before: str) -> bool:
    """Whether `word` is part of a size or a model number: it holds a digit ("55"", "K5"), or it is the unit after
    a number ("V" of "18 V", "Zoll" of "65 Zoll")."""
    unit = any(char.isdigit() for char in before) and (len(word) <= 3 or word.lower() == "zoll")
    return unit or any(char.isdigit() for char in word)
