"""What a note calls the one thing bought on its own, in the subject line.

- `standalone(lines, lang, formal, catalog)`: the short mention a subject line can stand on ("Ihre
  Bienenwachskerzen", "Ihr Kaminholz", "your Darjeeling"), or "" when it cannot be said safely.
- `Deferred(make)`: a text made the first time a template reads it, for the context's `mention`: most subjects
  do not use it, and naming a new item short costs as much as naming it in full.
"""

from __future__ import annotations

import re
from collections import UserString
from collections.abc import Callable

from notegen.language.catalog import Catalog
from notegen.language.containers import measure
from notegen.language.items import head_noun, item_phrase, short_phrase
from notegen.language.packs import counted_in_pack
from notegen.language.phrase import split_pack
from notegen.model import Item

# What a subject must not carry from the catalogue line: sizes and counts (digits), pack tails and codes (commas,
# brackets, slashes), the shop's quoted model names, and a fallback that quotes the whole name.
_CATALOGUE = re.compile(r"[\d,;:()\[\]/„“”«»\"‚‘]|(?:^|\s)['’]")
_LONGEST = 5  # words, with the possessive: "Ihr Schwarztee Assam Second Flush"
_GERMAN_YOUR = {
    True: {"der": "Ihr", "das": "Ihr", "die": "Ihre"},
    False: {"der": "dein", "das": "dein", "die": "deine"},
}


def standalone(lines: tuple[Item, ...], lang: str, formal: bool, catalog: Catalog | None) -> str:
    """What was bought, said short with its possessive for a line that stands on its own, such as the subject:
    the head noun with the words that belong to it, without the count, sizes, pack tail, quoted model or
    variant ("Ihre Bienenwachskerzen" for two sets of "Bienenwachskerzen, 4er-Set"). Goods sold by weight, or
    named by the lexicon as a mass, are named themselves, in the singular ("Ihr Kaminholz" for a sack of
    "Kaminholz Buche, kammergetrocknet, 20 kg", "your Single Estate Darjeeling" for three packs; German and French
    possessives say one, so several of them get no mention); anything else keeps its number ("Ihre
    Aktenvernichter" for two). "" for an order of several lines (one of them alone would leave the others
    out), wherever the mention would still read as a catalogue line or the lexicon could not tell the noun, and for
    a name in capitals, which a subject line would shout."""
    if len(lines) != 1:
        return ""
    line = lines[0]
    head = head_noun(line.name, lang)
    uncounted = (head is not None and head.mass) or measure(line.name) in ("kg", "g")
    if lang == "en" and head is not None:  # "your Hand Cream" for three 3-packs, its packs said in the note
        uncounted = uncounted or counted_in_pack(split_pack(line.name, lang)[1], line.name, head, lang)
    if uncounted and line.quantity > 1 and lang != "en":  # "Ihr", « votre » say one; "your" says no number
        return ""
    item = Item(line.name, 1 if uncounted else line.quantity, sku=line.sku)
    short = short_phrase(item, lang, formal, False, catalog)
    mention = _german_your(short.nom, formal) if lang == "de" else short.your
    mention = _cased_as(mention, item_phrase(Item(line.name, line.quantity), lang, formal, False, catalog).nom)
    if not short.certain or not mention or _CATALOGUE.search(mention) or len(mention.split()) > _LONGEST:
        return ""
    if _shouts(mention):
        return ""
    return mention


def _shouts(mention: str) -> bool:
    """Whether the words after the possessive are all in capitals ("your WOOL FELT FEDORAS", "Ihr EMMENTALER AOP"):
    a shop's capitals read well in the note, but in an inbox's subject line they read as shouting or as spam. A
    brand in capitals before a noun ("Ihre SPAX Universalschrauben") is the shop's spelling and stays."""
    words = mention.split()[1:]
    return bool(words) and not any(letter.islower() for word in words for letter in word)


def _german_your(nom: str, formal: bool) -> str:
    """The German possessive in the nominative, which a subject needs ("Ihr Funkwecker", "Ihre Radlerhose"), from
    the nominative with its article; "" where an adjective would have to change its ending after "Ihr" ("der
    kleine Igel", "Ihr kleiner Igel")."""
    article, _, rest = nom.partition(" ")
    your = _GERMAN_YOUR[formal].get(article)
    if your is None or not rest or (article != "die" and rest[:1].islower()):
        return ""
    return f"{your} {rest}"


def _cased_as(mention: str, first: str) -> str:
    """`mention` with each word the first mention of the item writes in lower case written so too: "your candle"
    after "the “Fig Tree” candle" of "Candle “Fig Tree”", never "Your Candle"."""
    lower = {word for word in first.split() if word.islower()}
    return " ".join(word.lower() if word.lower() in lower else word for word in mention.split())


class Deferred(UserString):
    """A text that `make()` gives the first time anything reads it (`str()`, `if`, a filter, a method), and that
    behaves as that text from then on; `Deferred("text")` is one made already (what its own methods return)."""

    def __init__(self, seq: object) -> None:  # the name `seq` is UserString's: its methods pass their result here
        self._make: Callable[[], str] | None = seq if callable(seq) else None
        self._text = "" if callable(seq) else str(seq)

    @property
    def data(self) -> str:
        """The text, made on first use."""
        if self._make is not None:
            self._text, self._make = self._make(), None
        return self._text

    @data.setter
    def data(self, value: str) -> None:
        self._text, self._make = value, None
