"""A maker that opens a German item name before its noun: "den Samsung 65 Zoll Fernseher", "die drei Silit
Kochtöpfe 20 cm". The maker stays as the shop wrote it, and the noun after it, past any size, is the head.

A maker is a word the lexicon has no entry of its own for. One it reads only as a compound or by its ending
("Samsung": "-ung", feminine) is a maker where English text writes it as a name; one it cannot read at all is a
maker where English text does (`notegen.language.german_lexicon.find_head` reads those already before a noun), or
where a size follows its noun ("Silit Kochtopf 20 cm") and it ends in no noun, for a noun alone after an unknown
word names what the first is made of or for ("Abschwitzdecke Pony": a sweat rug for a pony), and a German compound
the lexicon lacks ends in a noun ("Abschwitz|decke").
"""

from __future__ import annotations

from notegen.language.casing import known_name
from notegen.language.german_adjectives import is_adjective
from notegen.language.german_lexicon import GROUPS, entries, noun_head
from notegen.language.phrase import Head


def after_maker(words: list[str]) -> Head | None:
    """The head noun after a maker that opens the words of a name ("Fernseher" of "Samsung 65 Zoll Fernseher"),
    None when the name opens with no maker."""
    maker = words[0] if len(words) > 1 else ""
    if not maker.isalpha() or maker.isupper() or maker.lower() in GROUPS or entries(maker) or is_adjective(maker):
        return None
    index = 1
    while index < len(words) - 1 and _in_size(words[index], words[index - 1]):  # "55"", "18 V", "65 Zoll"
        index += 1
    head = noun_head(words[index].rstrip(",;:"), index)
    if head is None or not head.certain:
        return None
    if known_name(maker):
        return head
    sized = index + 1 < len(words) and any(char.isdigit() for char in words[index + 1])
    return head if index == 1 and sized and noun_head(maker, 0) is None and not _ends_in_noun(maker) else None


def _ends_in_noun(word: str) -> bool:
    """Whether `word` ends in a noun of four letters or more, as a German compound the lexicon lacks does
    ("Abschwitz|decke"); a maker's name seldom does ("Silit", "Rösle")."""
    return any(entries(word[start:]) for start in range(1, len(word) - 3))


def _in_size(word: str, before: str) -> bool:
    """Whether `word` is part of a size or a model number: it holds a digit ("55"", "K5"), or it is the unit after
    a number ("V" of "18 V", "Zoll" of "65 Zoll")."""
    unit = any(char.isdigit() for char in before) and (len(word) <= 3 or word.lower() == "zoll")
    return unit or any(char.isdigit() for char in word)
