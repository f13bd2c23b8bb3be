"""SIN206: an item mention that a native reader would mark as wrong.

From the text alone: an article doubled ("the The Art of Bread"), a plural "s" glued to a unit ("28cms").
With the order, each item's name is looked for in the note and its mentions are checked against it: a size or
number of the name with a plural "s" ("XLs", "250gs"), a quoted product name whose casing changed
("„fjord“"), a name whose casing was changed half-way ("your sourdough Starter Kit"), a German noun of the
name written in lower case ("den wollschal"), and a capital after a French article ("la Bougie"). Gender,
number, case and elision of the words before the head noun: see `item_agreement`; a noun of the name cut short,
misspelt or lower-cased in a form the casing checks do not see ("die gießkann Zink"): see `item_cut`.

Everything the checks need to know about the words of a language is in the rule's settings (data).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from notegen.language.casing import usually_capitalised
from notegen.language.items import head_noun, split_name
from notegen.language.phrase import split_pack
from notegen.language.words import NUMBERS
from notegen.lint.checks.item_agreement import check_agreement
from notegen.lint.checks.item_catalog import catalog_entry, catalog_places, check_catalog
from notegen.lint.checks.item_cut import check_cut_names
from notegen.lint.checks.item_english import check_english, head_position
from notegen.lint.checks.item_english_words import name_pieces
from notegen.lint.checks.item_glued import glued_sizes, glued_units, inside
from notegen.lint.nlp.note_view import Hit, NoteView
from notegen.lint.rules import Rule
from notegen.model import Item

_QUOTES = "„“”«»‚‘\"'"
_PLAIN = re.compile(r"[^\W_]+(?: [^\W_]+)*")


def check_item_grammar(rule: Rule, ctx: NoteView) -> list[Hit]:
    """SIN206: doubled articles and glued plurals anywhere; with the order, each item's mentions."""
    hits = [_hit(ctx, start, end, "doubled") for start, end in ctx.spans(rule.code, "doubled")]
    hits += glued_units(rule, ctx)
    if ctx.order is not None:
        for item in ctx.order.items:
            hits += _item_hits(rule, ctx, item)
    return _one_per_place(hits)


def _item_hits(rule: Rule, ctx: NoteView, item: Item) -> list[Hit]:
    """The hits of one item's mentions; the words of the shop catalog's phrase for it are the shop's own,
    judged only for the agreement of what stands before them."""
    hits = glued_sizes(ctx, item) + _quoted_casing(ctx, item)
    words = _words(item.name, ctx.lang)
    runs = list(_runs(ctx, words)) if words else []
    hits += _name_casing(rule, ctx, item.name, words, runs)
    if ctx.lang == "en":
        hits += check_english(rule, ctx, item, words, runs)
    hits += check_agreement(rule, ctx, item)
    hits += check_cut_names(rule, ctx, item)
    entry = catalog_entry(ctx, item)
    if entry is None:
        return hits
    places = catalog_places(ctx, entry)
    spans = [ctx.chars(first, end) for first, end, _ in places]
    kept = [hit for hit in hits if not any(hit.start < end and hit.end > start for start, end in spans)]
    return kept + check_catalog(rule, ctx, entry, places)


def _hit(ctx: NoteView, start: int, end: int, variant: str, **values: str) -> Hit:
    first, last = ctx.chars(start, end)
    return Hit(first, last, values, variant)


def _one_per_place(hits: list[Hit]) -> list[Hit]:
    """The first hit at each place: a hit that overlaps an earlier one is left out (two views of one mistake,
    "+2.0s" and "2.0s", are one finding)."""
    kept: list[Hit] = []
    for hit in sorted(hits, key=lambda hit: (hit.start, -hit.end)):
        if not kept or hit.start >= kept[-1].end:
            kept.append(hit)
    return kept


def _quoted_casing(ctx: NoteView, item: Item) -> list[Hit]:
    """The quoted product name of the item, in quotes in the note but with other capitals ("„fjord“")."""
    quoted = _quoted(item.name, ctx.lang)
    if not quoted:
        return []
    hits = []
    for start in _places(ctx, quoted):
        end = start + len(quoted)
        written = ctx.text[start:end]
        quotes = ctx.text[max(0, start - 2) : start]
        changed = written not in (quoted, quoted.upper())
        if changed and any(mark in quotes for mark in _QUOTES) and inside(ctx, start):
            hits.append(Hit(start, end, {"name": quoted}, "casing"))
    return hits


@lru_cache(maxsize=8192)
def _quoted(name: str, lang: str) -> str:
    """The quoted product name of an item name, without its quotation marks ("" when it has no letter)."""
    quoted = split_name(name, lang)[1].strip(_QUOTES + " \xa0")
    return quoted if any(char.isalpha() for char in quoted) else ""


def _places(ctx: NoteView, quoted: str) -> Iterator[int]:
    """Where the note spells `quoted` in any case, between quotation marks or spaces. A name of plain words
    is found through the note's word index, at its first word; any other by a search of the text."""
    if not _PLAIN.fullmatch(quoted):
        pattern = rf"(?<=[{_QUOTES}\s]){re.escape(quoted)}(?=[{_QUOTES}\s])"
        yield from (match.start() for match in re.finditer(pattern, ctx.text, re.IGNORECASE))
        return
    lower = quoted.lower()
    for index in ctx.body_index.get(lower.split(" ", 1)[0], ()):
        start = ctx.starts[index]
        end = start + len(quoted)
        if ctx.text[start:end].lower() == lower and _bounds(ctx.text, start - 1) and _bounds(ctx.text, end):
            yield start


def _bounds(text: str, offset: int) -> bool:
    """Whether the character at `offset` is a quotation mark or a space (not the text's start or end)."""
    return 0 <= offset < len(text) and (text[offset] in _QUOTES or text[offset].isspace())


def _runs(ctx: NoteView, words: tuple[str, ...]) -> Iterator[list[tuple[int, int]]]:
    """Stretches of the note that spell consecutive words of the name: (token, word of the name) pairs;
    quotation marks inside a stretch are passed over."""
    where = _positions(words)
    found = ctx.body_index
    starts = sorted(index for lower in where for index in found.get(lower, ()))
    count = len(ctx.lowers)
    done = -1
    for index in starts:
        if index <= done:
            continue
        run = [(index, where[ctx.lowers[index]])]
        following = index + 1
        while True:
            while following < count and (ctx.space[following] or ctx.texts[following] in _QUOTES):
                following += 1
            wanted = run[-1][1] + 1
            following = _past_abbreviation(ctx, run[-1][0], following)  # "Veritas No. 4 Bench Plane"
            if following >= count or wanted >= len(words) or ctx.lowers[following] != words[wanted].lower():
                break
            run.append((following, wanted))
            following += 1
        done = run[-1][0]
        yield run


def _past_abbreviation(ctx: NoteView, last: int, dot: int) -> int:
    """The token after the full stop of a short word in capitals the name abbreviates ("No", "Nr", "Mk": the
    stretch of "Veritas No. 4 Bench Plane" goes on past "No."), else `dot` itself."""
    word = ctx.texts[last]
    if dot != last + 1 or dot + 1 >= len(ctx.texts) or ctx.texts[dot] != ".":
        return dot
    glued = ctx.starts[dot] == ctx.starts[last] + len(word)
    return dot + 1 if glued and len(word) <= 3 and word[:1].isupper() and word.isalpha() else dot


@lru_cache(maxsize=8192)
def _positions(words: tuple[str, ...]) -> dict[str, int]:
    """The first position of each word of a name, by its lower case (remembered per name)."""
    where: dict[str, int] = {}
    for position, word in enumerate(words):
        if word != "-":  # a stretch starts at a word, never at a hyphen
            where.setdefault(word.lower(), position)
    return where


def _name_casing(
    rule: Rule, ctx: NoteView, name: str, words: tuple[str, ...], runs: list[list[tuple[int, int]]]
) -> list[Hit]:
    """Casing of the name's `words` in its `runs` in the note: German nouns never lower-cased; elsewhere a name
    written half in its own capitals and half lower-cased ("sourdough Starter Kit", "the ceramic Pour-Over
    Set"); French: no capital after an article ("la Bougie")."""
    nouns = _german_nouns(words) if ctx.lang == "de" else set()
    pack = split_pack(name, ctx.lang)[1].strip(", ()")  # "ein paar Worte" is no lower-cased "…, Paar"
    if pack:
        nouns -= set(range(len(words) - len(name_pieces(pack)), len(words)))
    hits = []
    for run in runs:
        if len(run) == 1 and run[0][1] > 0 and run[0][1] not in nouns:
            continue  # one word from inside the name: nothing half changed, no capital after an article to judge
        if len(run) == 1 and _adjective_part(words, run[0][1]):
            continue  # "eine erste Bestellung" beside the "Erste-Hilfe-Set" is no lower-cased name
        marks = [_change(ctx, index, words[position]) for index, position in run]
        # a capital at a sentence's start is the sentence's, not a change of the name
        marks = [
            "kept" if m == "raised" and ctx.sentence_starts[i] else m for (i, _), m in zip(run, marks, strict=True)
        ]
        for (index, position), mark in zip(run, marks, strict=True):
            if mark == "lowered" and position in nouns:
                hits.append(_hit(ctx, index, index + 1, "lowered", name=words[position]))
        if ctx.lang == "fr" and run[0][1] == 0 and _french_common_first(rule, ctx, name, words, run[0][0], marks):
            hits.append(_hit(ctx, run[0][0], run[0][0] + 1, "capital", name=words[0]))
        half = _half_changed(marks) and not _lowered_before_complement(rule, words, run, marks)
        if (ctx.lang != "de" and half) or (ctx.lang == "en" and _head_lowered(ctx, name, run, marks)):
            named = " ".join(words[run[0][1] : run[-1][1] + 1]).replace(" - ", "-")
            hits.append(_hit(ctx, run[0][0], run[-1][0] + 1, "half", name=named))
    return hits


def _head_lowered(ctx: NoteView, name: str, run: list[tuple[int, int]], marks: list[str]) -> bool:
    """Whether an English name was written with its own capitals up to its head noun, and the head noun alone
    lower-cased ("Your Cashmere scarf" for "Cashmere Scarf"). Words that English writes with a capital anyway,
    places and brands, keep it before a lower-cased noun ("your Shetland jumper", "your Harris Tweed cap"); so
    does the first word of a sentence: only a name whose capitals before the head are all the shop's is judged."""
    if len(run) < 2 or run[-1][1] != head_position(name) or marks[-1] != "lowered":
        return False
    if any(mark not in ("kept", "kept-capital") for mark in marks[:-1]):
        return False
    kept = [index for (index, _), mark in zip(run, marks, strict=True) if mark == "kept-capital"]
    kept = [index for index in kept if not ctx.sentence_starts[index]]
    return bool(kept) and not any(usually_capitalised(ctx.texts[index]) for index in kept)


COUNTED = frozenset({"de", "d'"})  # after a count and its unit: « trois paires d'oreillettes »


def _french_common_first(
    rule: Rule, ctx: NoteView, name: str, words: tuple[str, ...], first: int, marks: list[str]
) -> bool:
    """Whether the name's first word, a common noun, kept its capital after an article at token `first` ("la
    Serfouette"), or, alike in both numbers, after an article and a count (« les trois coupe-vent »). Written in
    lower case there, it is no change of the name: its mark becomes "kept", so that "la lampe Kvist" is not read
    as half lower-cased."""
    after = rule.setting_set("determiners") | COUNTED  # "la Serfouette", "trois lots de boules de Noël"
    placed = _after(ctx, first, after) or _after_count(ctx, first)
    counted = _alike_in_both_numbers(name) and _after_number(ctx, first, rule.setting_set("determiners"))
    placed = placed or counted  # « les trois coupe-vent Trail »
    if marks[0] not in ("kept-capital", "lowered") or not placed:
        return False
    if not _common_noun(rule, name, words):
        return False
    capital = marks[0] == "kept-capital"
    marks[0] = "kept"
    return capital


@lru_cache(maxsize=8192)
def _words(name: str, lang: str) -> tuple[str, ...]:
    """The words of an item name outside its quoted product name, as the note's tokens split them
    (remembered per name)."""
    noun_part, _, tail = split_name(name, lang)
    return tuple(name_pieces(f"{noun_part} {tail}"))


def _half_changed(marks: list[str]) -> bool:
    """Whether a word of the name was lower-cased before one that kept its capital ("your sourdough Starter
    Kit"), or a lower-case word of the name was given a capital beside one that kept its small letter ("the
    Recycled Glass carafe" for "Recycled glass carafe")."""
    if "raised" in marks and "kept-lower" in marks:
        return True
    if "lowered" not in marks:
        return False
    return "kept-capital" in marks[marks.index("lowered") + 1 :]


def _lowered_before_complement(
    rule: Rule, words: tuple[str, ...], run: list[tuple[int, int]], marks: list[str]
) -> bool:
    """Whether only the words before a preposition of the name were lower-cased, its complement keeping its
    capitals ("a donation to Books for Every Child", "a bag of Sloe Gin Truffles"): the complement is a title
    of its own, and the noun before it is written as a common noun (the prepositions: the rule's
    `complement_links`)."""
    if "raised" in marks:
        return False
    last = max(position for position, mark in enumerate(marks) if mark == "lowered")
    capital = next(position for position in range(last + 1, len(marks)) if marks[position] == "kept-capital")
    links = rule.setting_set("complement_links")
    return any(words[run[k][1]] in links and marks[k] in ("kept", "kept-lower") for k in range(last + 1, capital))


def _common_noun(rule: Rule, name: str, words: tuple[str, ...]) -> bool:
    """Whether a French name begins with a common noun, which takes no capital inside a sentence: one the
    rule lists, a name in sentence case ("Bougie parfumée"), or a name whose first word is its head noun as
    the composer reads it ("Serfouette", "Lampe Kvist"). A name of one word is a common noun too, known or
    not ("Grelinette"): its capital is the name's start. The capital of a name's later word ("Kvist"), of a
    word with capitals inside ("iPad") and of a quoted product name is the name's own."""
    if words[0].lower() in rule.setting_set("common_nouns") or (len(words) > 1 and words[1][:1].islower()):
        return True
    return _begins_with_noun(name, words[0])


@lru_cache(maxsize=8192)
def _begins_with_noun(name: str, first: str) -> bool:
    """Whether the first word of a French name is a common noun: the name's head noun, or its only word
    (without capitals inside), remembered per name."""
    if any(char.isupper() for char in first[1:]):
        return False
    head = head_noun(name, "fr")
    if head is not None:
        return head.index == 0 and head.source != "unknown"
    return len(_words(name, "fr")) == 1 and first.isalpha()


def _change(ctx: NoteView, index: int, word: str) -> str:
    """How token `index` is cased against the name's `word`: kept, kept-capital, kept-lower (a lower-case word
    of more than three letters, as written), lowered, raised (a lower-case word given a capital) or other."""
    text = ctx.texts[index]
    if text == word:
        if word[:1].isupper() and not word.isupper():
            return "kept-capital"
        return "kept-lower" if word.isalpha() and word.islower() and len(word) > 3 else "kept"
    if text == word.lower():
        return "lowered"
    if word.islower() and text == word[:1].upper() + word[1:]:
        return "raised"
    return "other"


def _after(ctx: NoteView, index: int, determiners: frozenset[str]) -> bool:
    """Whether token `index` follows a determiner (with or without a space: "l'", "d'")."""
    before = index - 1
    while before >= 0 and ctx.space[before]:
        before -= 1
    return before >= 0 and ctx.lowers[before].replace("’", "'") in determiners


@lru_cache(maxsize=8192)
def _alike_in_both_numbers(name: str) -> bool:
    """Whether a French name begins with its head noun, written alike in both numbers (« coupe-vent », « pare-soleil
    »), as the naming module reads it: after a count it stands as in the singular."""
    head = head_noun(name, "fr")
    return head is not None and head.index == 0 and not head.plural_name and head.plural == head.word


def _after_number(ctx: NoteView, index: int, determiners: frozenset[str]) -> bool:
    """Whether token `index` follows a French count after a determiner (« les trois coupe-vent », « vos deux
    pare-soleil »): a noun alike in both numbers stands there as the name writes it."""
    before = index - 1
    while before >= 0 and ctx.space[before]:
        before -= 1
    count = before >= 0 and (ctx.lowers[before] in NUMBERS["fr"] or ctx.lowers[before].isdigit())
    return count and _after(ctx, before, determiners)


def _after_count(ctx: NoteView, index: int) -> bool:
    """Whether token `index` follows the number of a pack after « de » (« trois boîtes de 4 pipettes »)."""
    before = index - 1
    while before >= 0 and ctx.space[before]:
        before -= 1
    return before >= 0 and ctx.lowers[before].isdigit() and _after(ctx, before, COUNTED)


def _adjective_part(words: tuple[str, ...], position: int) -> bool:
    """Whether the name's word at `position` is an adjective that begins its compound ("Erste" of "Erste-Hilfe-Set",
    "Rote" of "Rote-Bete-Saft"): written alone in a note, it is that adjective, not the name."""
    return position == 0 and words[1:2] == ("-",) and words[0].lower().endswith(("e", "er", "es", "en"))


def _german_nouns(words: tuple[str, ...]) -> set[int]:
    """The positions of the nouns among the capitalised words of a German name: all of them, except a first
    word that reads as an adjective before a noun ("Kleine Gießkanne")."""
    nouns = {i for i, word in enumerate(words) if word[:1].isupper() and not word.isupper() and len(word) > 3}
    if len(words) > 1 and 0 in nouns and words[1][:1].isupper() and words[0].lower().endswith(("e", "er", "es", "en")):
        nouns.discard(0)
    return nouns
