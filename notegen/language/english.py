"""An English item named with its number: "the “Fig Tree” candle", "two pairs of Merino socks"."""

from __future__ import annotations

from notegen.language.nouns import EN_WORDS, english_is_plural, english_plural
from notegen.language.phrase import PREPOSITIONS, Head, Phrase, count_word, join, split_name, variant_text
from notegen.language.words import words
from notegen.model import Item

_EN_PAIRS = frozenset(words("socks gloves mittens earrings slippers jeans trousers shorts tights boots shoes sandals"))
_EN_SIZES = frozenset(words("small medium large big little mini tall short long regular extra x-large xl"))


def english_phrase(item: Item, donation: bool) -> Phrase:
    noun_part, quoted, tail = split_name(item.name, "en")
    words = noun_part.split()
    if words and words[0].lower() in EN_WORDS and not words[0].isupper():
        words[0] = words[0][:1].lower() + words[0][1:]
    cut = next((i for i, w in enumerate(words) if i and w.lower() in PREPOSITIONS["en"]), len(words))
    plural_form = bool(words[:cut] and english_is_plural(words[cut - 1]))
    plural = item.quantity > 1 or plural_form
    if item.quantity > 1 and cut and not plural_form:
        words[cut - 1] = english_plural(words[cut - 1])
    size = ""
    variant = item.variant.strip()
    if variant and not donation and variant.split()[0].lower() in _EN_SIZES:
        size, variant = variant.lower(), ""
    if quoted and words:
        if words[0][:1].isupper() and words[0].lower() in EN_WORDS:
            words[0] = words[0].lower()
        core = join(quoted, " ".join(words[:cut]), " ".join(words[cut:]), tail)
    else:
        core = join(" ".join(words), quoted, tail)
    core = join(size, core, variant_text(Item(item.name, variant=variant), "en", donation, EN_WORDS) if variant else "")
    if item.quantity > 1 and plural_form:  # "Merino socks" three times: three pairs, not three socks
        core = ("pairs of " if words[cut - 1].lower() in _EN_PAIRS else "packs of ") + core
    if item.quantity > 1:
        core = f"{count_word(item.quantity, 'en')} {core}"
    the = f"the {core}"
    it, it_acc = ("they", "them") if plural else ("it", "it")
    return Phrase(
        the,
        the,
        the,
        f"your {core}",
        f"of {the}",
        f"about {the}",
        it,
        it_acc,
        "pl" if plural else "n",
        plural,
        True,
        (),
    )


def english_head(name: str) -> Head | None:
    """The head noun of an English item name: the last word before a preposition, size or dash."""
    noun_part, _, _ = split_name(name, "en")
    words = noun_part.split()
    cut = next((i for i, w in enumerate(words) if i and w.lower() in PREPOSITIONS["en"]), len(words))
    if not cut:
        return None
    word = words[cut - 1]
    plural_name = english_is_plural(word)
    return Head(word, cut - 1, "", plural_name, word if plural_name else english_plural(word))
