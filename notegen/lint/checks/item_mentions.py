"""Which items of the order a note mentions (SIN202).

An item is matched on the normalised content words of its name: each word's lemma, its lower-case form and its
stem (common endings removed), so that "bougies" matches « Bougie », "boards" matches "board". Where the
language builds compounds (German), the head or the modifier of a compound matches too: "Schürze" and
"Leinenschürze", "Käsemesser" and "Messer". Words that name no particular thing ("Set", "gift", "taille",
sizes, units) are left out, unless they are the head noun of the name ("your kit" names a "Sourdough starter
kit"). The head noun also matches in every form the composer writes it ("Gartenschläuche", "hiboux"), as
`notegen.language.items.head_forms` gives them. Items of other orders of a batch: see `batch`.

The words of an item and the forms of a word are worked out once per process and remembered: a batch names
the same items and uses the same words again and again.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import cast

from spacy.language import Language

from notegen.language.items import head_forms
from notegen.language.pipeline import NORMALISER, Normaliser
from notegen.lint.nlp.note_view import Hit, NoteView
from notegen.lint.nlp.wordforms import MIN_STEM, forms, hyphen_parts
from notegen.lint.rules import Rule
from notegen.model import Item, Order

MEMO_LIMIT = 50_000
_BARE_NAME = re.compile(r"\s*(?:\d|[„“”«»\"'(\[,/]|\s[-–—]\s)")
_ANALYSED: dict[tuple[str, str], tuple[tuple[str, str], ...]] = {}
_ITEMS: dict[tuple[str, str, str, str], ItemWords] = {}


@dataclass(frozen=True)
class ItemWords:
    """The words an item is recognised by: the forms of each distinctive word of its name and variant;
    `complete` when it has none, so that all its words must appear; `every` holds the forms of all its words."""

    item: Item
    words: tuple[frozenset[str], ...]
    variant: tuple[frozenset[str], ...]
    complete: bool
    every: frozenset[str] = frozenset()
    union: frozenset[str] = frozenset()
    compounds: dict[str, bool] = field(default_factory=dict, compare=False, repr=False)


def _remember(memo: dict[object, object], limit: int = MEMO_LIMIT) -> None:
    if len(memo) > limit:
        memo.clear()


def analyse(nlp: Language, text: str) -> tuple[tuple[str, str], ...]:
    """The (lower, norm) pairs of the words of a short text (hyphenated words in parts), remembered per text."""
    key = (str(nlp.lang), text)
    found = _ANALYSED.get(key)
    if found is None:
        _remember(_ANALYSED)  # type: ignore[arg-type]
        normalise = cast(Normaliser, nlp.get_pipe(NORMALISER)).norm
        words = []
        for token in nlp(text):
            if token.is_alpha:
                words.append((token.lower_, token.norm_))
            else:
                words += [(part.lower(), normalise(part)) for part in hyphen_parts(token.text)]
        found = _ANALYSED[key] = tuple(words)
    return found


def item_words(nlp: Language, ctx: NoteView, item: Item) -> ItemWords:
    """The distinctive words of an item's name and variant; the head noun of the name counts even when it is
    a generic word ("your kit" names a "Sourdough starter kit", "your gift" a "Monthly gift")."""
    entry = ctx.catalog.find(item, ctx.lang) if ctx.catalog is not None else None
    phrase = entry.phrase if entry is not None else ""
    key = (ctx.lang, item.name, item.variant, phrase)
    found = _ITEMS.get(key)
    if found is not None:
        return found if found.item == item else _with_item(found, item)
    generic = ctx.book.word_set("item_generic")
    endings = ctx.words("endings")

    def distinctive(text: str) -> list[tuple[str, str]]:
        return [(lo, no) for lo, no in analyse(nlp, text) if len(lo) >= 3 and lo not in ctx.stop]

    name = distinctive(item.name)
    chosen = [(lo, no) for lo, no in name if lo not in generic and no not in generic]
    bare = distinctive(_BARE_NAME.split(item.name, 1)[0])
    if bare:
        head = bare[0] if ctx.book.words.get("head") == "first" else bare[-1]
        chosen += [head] if head not in chosen else []
    variant = [(lo, no) for lo, no in distinctive(item.variant) if lo not in generic and no not in generic]
    every = frozenset().union(*(forms(lo, no, endings) for lo, no in analyse(nlp, f"{item.name} {item.variant}")))
    words = tuple(forms(lo, no, endings) for lo, no in (chosen or name))
    # the forms the composer writes for the head noun ("Gartenschläuche", "hiboux"): one knowledge, notegen.language
    heads = head_forms(item.name, ctx.lang)
    words = tuple(found | heads if not found.isdisjoint(heads) else found for found in words)
    if not words and heads:  # a name of short words only ("Jo-Jo")
        words, chosen = (heads,), [(item.name.lower(), item.name.lower())]
    if phrase:  # the shop catalog's phrase for the item is a mention of it too
        named = [forms(lo, no, endings) for lo, no in distinctive(phrase) if lo not in generic and no not in generic]
        words += tuple(named)
        every |= frozenset().union(*named)
        chosen += [(phrase.lower(), phrase.lower())] if named else []
    _remember(_ITEMS)  # type: ignore[arg-type]
    found = _ITEMS[key] = ItemWords(
        item,
        words,
        tuple(forms(lo, no, endings) for lo, no in variant),
        complete=not chosen,
        every=every,
        union=frozenset().union(*words),
    )
    return found


def _with_item(words: ItemWords, item: Item) -> ItemWords:
    return ItemWords(item, words.words, words.variant, words.complete, words.every, words.union, words.compounds)


def _compound(note: frozenset[str], union: frozenset[str]) -> bool:
    """Whether a word of the note is a compound of the item's word: one ends with the other ("Leinenschürze",
    "Schürze"), or the note's is the writer's own compound of the same last part and a first part the item's
    compound holds ("Sägekette" for "Kettensägenkette"; not "Teekanne" for "Kaffeekanne")."""
    return any(
        len(a) >= MIN_STEM and len(b) >= MIN_STEM and (a.endswith(b) or b.endswith(a) or _own_compound(a, b))
        for a in note
        for b in union
    )


def _own_compound(note: str, item: str) -> bool:
    """Whether `note` and `item` end in the same part of MIN_STEM letters or more, and what comes before it in
    `note`, MIN_STEM letters or more, is found in what comes before it in `item`."""
    size = 0
    while size < min(len(note), len(item)) and note[-1 - size] == item[-1 - size]:
        size += 1
    first = note[:-size] if size >= MIN_STEM else ""
    return len(first) >= MIN_STEM and first in item[:-size]


def find(ctx: NoteView, words: Iterable[frozenset[str]]) -> list[int]:
    """The tokens of the note's body and postscripts that match any of `words` (no compounds)."""
    union = frozenset().union(*words)
    return [index for index, note in ctx.body_forms.items() if not note.isdisjoint(union)]


def mentioned(ctx: NoteView, words: ItemWords) -> list[int]:
    """The tokens that mention this item (all its words must appear when it has no distinctive one)."""
    tokens = ctx.body_forms
    if words.complete:
        per_word = [[i for i, note in tokens.items() if not note.isdisjoint(word)] for word in words.words]
        return sorted(index for hits in per_word for index in hits) if per_word and all(per_word) else []
    compounds = bool(ctx.book.words.get("compounds"))
    hits = []
    for index, note in tokens.items():
        if not note.isdisjoint(words.union):
            hits.append(index)
        elif compounds:
            lower = ctx.lowers[index]
            known = words.compounds.get(lower)
            if known is None:
                _remember(words.compounds)  # type: ignore[arg-type]
                known = words.compounds[lower] = _compound(note, words.union)
            if known:
                hits.append(index)
    return hits


def order_items(nlp: Language, ctx: NoteView, order: Order) -> list[ItemWords]:
    """The words of every item of `order`."""
    return [item_words(nlp, ctx, item) for item in order.items]


def check_items(rule: Rule, ctx: NoteView) -> list[Hit]:
    """SIN202: no item of this order is mentioned (items of other orders of a batch: see `batch`)."""
    if ctx.order is None or ctx.item_words is None:
        return []
    if any(ctx.item_hits):
        return []
    return [Hit(values={"items": ", ".join(item.name for item in ctx.order.items)})]
