"""The pack phrase and the count of an item's name: the pack phrase taken off the name ("Teelicht 10er-Pack"),
whether it counts the pieces one item holds ("Besteckset, 24 Stück") or several items counted in bottles, a bare
unit or a case of a drink, and a phrase said again without its count or its pack."""

from __future__ import annotations

import re
from dataclasses import replace

from notegen.language.casing import common_frequency, common_word
from notegen.language.english import english_split
from notegen.language.english_materials import substance
from notegen.language.english_words import CASE_OF, DRINKS
from notegen.language.phrase import (
    Head,
    Phrase,
    bare_pair,
    bare_unit,
    count_word,
    in_bottles,
    join,
    pack_count,
    rewritten,
    split_name,
    split_pack,
)
from notegen.model import Item


def unpacked(item: Item, lang: str, head: Head | None) -> tuple[Item, Head | None, str]:
    """The item without the pack phrase at the end of its name, its head, and the pack phrase, which the note
    writes after the variant ("les chaussettes anthracite (lot de 3)"). A pack of several pieces of a noun
    written in the singular names them in the plural ("Teelicht 10er-Pack" → "die Teelichter (10er-Pack)"); a pack
    that says only "pair" makes them a pair, several counted in pairs ("die drei Paar Steigbügel, Paar"). English
    names one such pack as the shop does ("the Tealight (10 Pack)"), several in the plural ("the three packs of
    Tealights (10 Pack)"): a noun a trade uses as a mass noun ("Comb Foundation") is no plural of pieces."""
    base, pack = split_pack(item.name, lang)
    if not pack:
        return item, head, ""
    if head is not None and counted_in_pack(pack, item.name, head, lang) and not head.plural_name:
        return replace(item, name=base), replace(head, mass=True), pack
    paired = head is not None and bare_pair(pack)  # "Steigbügel Aluminium, Paar": several counted in pairs
    holds = head is not None and holds_pieces(pack, head, lang)  # "Besteckset, 24 Stück": one set of 24
    kept = paired and head is not None and _plural_unknown(head, lang)  # "Judo Tabi (Pair)": as the shop wrote it
    if (
        head is not None
        and not kept
        and (lang != "en" or item.quantity > 1 or paired)  # "the Candle (Set of 2)": one, as the shop names it
        and pack_count(pack) > 1
        and not head.plural_name
        and head.plural
        and not head.mass
        and not holds
    ):
        noun_part, quoted, tail = split_name(base, lang)
        words = noun_part.split()
        written = words[head.index]
        plural = head.plural[:1].upper() + head.plural[1:] if written[:1].isupper() else head.plural
        words[head.index] = plural + written[len(head.word) :]  # "Teelicht," keeps its comma
        base = join(" ".join(words), quoted, tail)
        head = replace(head, word=head.plural, plural_name=True, pair=False)
    if paired and head is not None:  # "Steigbügel Aluminium, Paar": several are counted in pairs
        head = replace(
            head,
            word=head.word if head.plural_name or kept else head.plural or head.word,
            plural_name=True,
            pair=True,
        )
    return replace(item, name=base), head, pack


def _plural_unknown(head: Head, lang: str) -> bool:
    """Whether English can tell nothing of the plural of a noun the shop wrote in the singular before "(Pair)": the
    word table lacks it, as a loan whose plural may be itself ("zori", "tabi"); a pair of it keeps the shop's word."""
    return lang == "en" and not head.plural_name and common_frequency(head.word.lower()) is None


_PIECES = re.compile(r"\d+\s*(?:Stück|Stk\.?)", re.IGNORECASE)


# German nouns of a whole made of pieces: a count of pieces after one ("Besteckset, 24 Stück") counts what it holds.
_COLLECTIVES = ("set", "box", "kit", "sortiment", "koffer", "kassette")


def holds_pieces(pack: str, head: Head, lang: str) -> bool:
    """Whether the pack phrase counts the pieces the item holds rather than the items in a pack: "2 Stück" after a
    set ("Tischtennisschläger-Set, 2 Stück" is one set of two bats), never "die Tischtennisschläger-Sets"."""
    return lang == "de" and bool(_PIECES.search(pack)) and head.word.lower().endswith(_COLLECTIVES)


def counted_in_pack(pack: str, name: str, head: Head, lang: str) -> bool:
    """Whether several of the item are counted in what its pack phrase names, the item itself staying in the
    singular: the bottles or cans of a crate, a bare unit ("Bund", "Bunch", "Punnet"), a case of a drink, or an
    English pack of several of a substance ("the three 3-packs of Hand Cream", "the three packs of Smoked Tofu" of
    "Smoked Tofu (Pack of 2)", never "… Hand Creams", "… of 2 Smoked Tofus")."""
    if lang == "en" and pack_count(pack) > 1 and not bare_pair(pack) and substance(head.word.lower()):
        return True
    return in_bottles(pack) or bare_unit(pack) or _drink_case(pack, name, head, lang)


def _drink_case(pack: str, name: str, head: Head, lang: str) -> bool:
    """Whether an English pack is a case of a drink, in bottles ("Rioja Crianza (Case of 12)"): a drink's noun, or
    a wine's name English does not write as a word of its own ("Crémant de Loire", "Rioja Crianza"); a case of
    "Squash Balls" holds balls."""
    if lang != "en" or not CASE_OF.search(pack):
        return False
    before = english_split(split_pack(name, lang)[0])[0].split()[: head.index]
    lower = head.word.lower()
    return lower in DRINKS or not common_word(lower) or (bool(before) and not any(map(common_word, before)))


def without_count(phrase: Phrase, item: Item, lang: str) -> Phrase:
    """`phrase` without the item's count ("die Gartenschläuche" of "die drei Gartenschläuche")."""
    if item.quantity <= 1:
        return phrase  # no count to take out
    counts = (f" {count_word(item.quantity, lang)} ", " beiden ")
    return rewritten(phrase, lambda text: _replaced_once(text, counts, " "))


def without_pack(phrase: Phrase, name: str, lang: str) -> Phrase:
    """`phrase` without the pack phrase of `name` ("die Spucktücher" of "die Spucktücher, 3er-Pack"; "the Bodyboard
    Fins" of "the pair of Bodyboard Fins")."""
    pack = split_pack(name, lang)[1].lstrip(", ")
    if not pack:
        return phrase
    paired = lang == "en" and bare_pair(pack)
    return rewritten(
        phrase,
        lambda text: _replaced_once(
            _replaced_once(text, (f" ({pack})", f", {pack}", f" {pack}"), ""), (" pair of ",) if paired else (), " "
        ),
    )


def _replaced_once(text: str, olds: tuple[str, ...], new: str) -> str:
    """`text` with the first of each of `olds`, in turn, replaced by `new`."""
    for old in olds:
        text = text.replace(old, new, 1)
    return text
