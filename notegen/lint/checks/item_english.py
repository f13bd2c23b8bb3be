"""SIN206 in English, with the order: an item's name cut short, counted in the wrong number, or its verb.

- Cut: a mention that writes the first words of the name in the shop's capitals after a determiner and stops
  before the head noun, at a word that is the next word of the name cut short ("your Cast Iron Teap") or where
  the noun phrase ends (a function word, punctuation or the line's end: "your Ceramic Pour-Over is packed"
  for "Ceramic Pour-Over Set"). A name continued by a noun of the writer's own ("the Cast Iron range") and a
  lower-cased generic mention ("the teapot") are no cuts, nor is a name the note wrote whole before and takes
  up again by its first words ("the Sencha Green Tea …", then "Enjoyed the Sencha?").
- Counted as one: the head noun of the name is plural ("Running Shorts", "Jeans", "Wool Socks", as
  `notegen.language.items.head_noun`, the composer's reading, says) and the mention is counted as one
  ("a Running Shorts", "one Jeans", also with a verb or an adverb after it: "a Running Shorts today") or
  takes a singular verb ("your Slim Jeans is packed"). After "of"
  ("a pair of Running Shorts", "one of the Jeans is") the count belongs to another word: not judged.
  A singular name counted as many ("The three Honey Extractor arrived") likewise.
- The verb: a mention whose head noun stands in the plural ("the three Tin Jugs", the composer's plural of the
  name's head) takes no singular verb, and one in the singular no "are", whatever stands between the head and
  the verb: later words and sizes of the name, a size set off by commas ("the three Garden Arches, 2m, is"), a
  complement ("the two Dog Leads in Red is", "… with the brass clip is"), a size whose unit the note's tokens
  split off ("the Seed Trays 40cm was"). "were" and "have" tell a plural only after a mention that opens the
  sentence ("The Canning Jar were packed"; "if the Jug were" is a subjunctive). A mention after a preposition is
  a complement itself ("the pack of 50 Plant Labels is": the pack's verb), and one after "and" or "or" half a
  subject of two: not judged.
- A noun English does not count, sold in what it comes in, given a plural after a number above one ("The three
  Aged Goudas, 250g, are"): several are counted in packs, bags or rolls of it, as the composer writes them ("the
  three packs of Aged Gouda, 250g").
- Plurals spelt with a wrong "s": see `item_english_plural`; a learned plural the lemma table reads as the head
  ("Hippopotami" beside "Hippopotamuses") is a plural too, and a name of two nouns joined by "and" takes the
  plural on both ("a Cups and Saucers" is counted as one).
- A size of the writer's own set off by commas or brackets is passed on the way to the verb ("your Bird
  Feeders, 30cm, was"), and a mention named after its pack has the pack's verb ("The pack of 10 tea lights
  are": `item_pack`).

A word after the mention that is no noun of the writer's own ends the noun phrase: a stop word, a form of a
verb of the rule's `verbs` ("keeps", "folds"), a past form ("arrived") or an adverb in -ly (`item_english_words`).

The words that count as determiners, counts and verbs of either number are the rule's settings (data).
"""

from __future__ import annotations

from functools import lru_cache

from notegen.language.english import english_split, indefinite
from notegen.language.english_plurals import uncounted
from notegen.language.items import Head, head_noun, item_phrase
from notegen.language.phrase import split_name
from notegen.lint.checks.item_english_plural import learned_plurals, plural_before_head, plural_spelling, zero_plural
from notegen.lint.checks.item_english_subject import subject_start, verb_after, verb_told
from notegen.lint.checks.item_english_words import (
    AFTER_HEAD,
    after_of,
    after_preposition,
    back_over_name,
    hyphen_after,
    is_adverb,
    later_words,
    name_pieces,
    name_start,
    next_token,
    no_plural_noun,
    past_name,
    phrase_ends,
    singular_verb,
    verb_like,
)
from notegen.lint.checks.item_pack import pack_subject
from notegen.lint.nlp.note_view import Hit, NoteView
from notegen.lint.rules import Rule
from notegen.model import Item

Run = list[tuple[int, int]]
"""A stretch of the note that spells consecutive words of a name: (token, position in the name) pairs."""


def check_english(rule: Rule, ctx: NoteView, item: Item, words: tuple[str, ...], runs: list[Run]) -> list[Hit]:
    """Cut names among the runs of the item's words, and mentions of a plural name counted as one."""
    position = head_position(item.name)
    if position < 0:
        return []
    hits = [hit for run in runs if (hit := _cut(rule, ctx, words, run, position)) is not None]
    hits += [hit for run in runs if (hit := _article(ctx, item, words, run)) is not None]
    hits += plural_before_head(ctx, item, words, position)
    head = head_noun(item.name, "en")
    if head is None or (head.plural_name and "of" in (word.lower() for word in words[:position])):
        return hits  # "Watercolour Print of the Highlands": a plural after "of" is no head, whatever reads it so
    if head.plural_name:
        hits += _counted_as_one(rule, ctx, words, position)
    elif head.mass and uncounted(head.word.lower()):
        hits += _mass_counted(rule, ctx, item.name, words, position, head)
    elif head.plural and not head.mass and head.plural.lower() != head.word.lower() and not zero_plural(head.word):
        hits += _counted_as_many(rule, ctx, item.name, words, position)
    hits += _verb_number(rule, ctx, item, words, position, head)
    return hits + plural_spelling(rule, ctx, words, item.name, head)


_OPENING = frozenset("“\"‘'(")
"""Marks that may open a name between its article and its first word."""

_indefinite = lru_cache(maxsize=8192)(indefinite)
"""The composer's indefinite article of a name, remembered per name (it asks `inflect`, which is slow)."""


def _article(ctx: NoteView, item: Item, words: tuple[str, ...], run: Run) -> Hit | None:
    """ "a" before a name that takes "an", or the other way round ("an Stapler", "a A4 Sketchpad"), as the
    composer chooses it (`notegen.language.english.indefinite`), also before a quoted title that opens the name
    ("a “Autumn Leaves” Tea Towel"), and before a run of the name's later words when the note writes the name's
    text before them ("an 35mm f/2 Wide Lens", whose size the note's tokens split otherwise)."""
    first, position = run[0]
    start = name_start(ctx, item.name, words[position], first)
    if position != 0 and start == first:
        return None
    before = ctx.word_before(start)
    while before >= 0 and ctx.texts[before] in _OPENING:
        before = ctx.word_before(before)
    if before < 0 or ctx.lowers[before] not in ("a", "an"):
        return None
    name = item.name.lstrip("".join(_OPENING))  # the sound of the name's first word
    # the noun before "of" counts the name, when the composer reads the plural after it as the head
    wanted = _indefinite(name) or (_indefinite(name.split(" of ", 1)[0]) if " of " in name else "")
    if not wanted or wanted == ctx.lowers[before]:
        return None
    return Hit(*ctx.chars(before, run[-1][0] + 1), {"name": item.name, "article": wanted}, "article")


@lru_cache(maxsize=8192)
def head_position(name: str) -> int:
    """The position of the head noun's last piece among the name's pieces (`name_pieces`), -1 when the name
    has none."""
    head = head_noun(name, "en")
    if head is None:
        return -1
    noun_part, _, tail = english_split(name)
    if not noun_part and tail:  # a name that opens with a quoted title: the head is in the words after it
        noun_part = tail
    words = " ".join(noun_part.split()[: head.index + 1])
    quoted = split_name(name, "en")[1]  # a model quoted between the maker and the noun is none of the name's pieces
    return len(name_pieces(words.replace(quoted, " ") if quoted else words)) - 1


def _cut(rule: Rule, ctx: NoteView, words: tuple[str, ...], run: Run, head: int) -> Hit | None:
    """The hit for a run that starts the name in its capitals after a determiner and stops short of its head."""
    first, last = run[0], run[-1]
    if first[1] != 0 or last[1] >= head or ctx.kinds[first[0]] not in ("body", "postscript"):
        return None
    written = [ctx.texts[index] for index, _ in run]
    if written != [words[position] for _, position in run] or not any(w[:1].isupper() for w in written):
        return None
    if not any(len(w) > 3 and w.lower() not in ctx.stop for w in written):
        return None  # only "The" or "A" of a title: the doubled-article check speaks of it
    before = ctx.word_before(first[0])
    if before < 0 or ctx.lowers[before] not in rule.setting_set("determiners"):
        return None
    following = next_token(ctx, last[0])
    wanted = words[last[1] + 1].lower()
    end = last[0] + 1
    if following >= 0 and verb_like(rule, ctx, following):
        pass  # "Your Emergency Warning folds flat": the phrase ends before the verb
    elif following >= 0 and ctx.alpha[following] and ctx.lowers[following] != wanted:
        if len(ctx.lowers[following]) < 2 or not wanted.startswith(ctx.lowers[following]):
            if ctx.lowers[following] not in ctx.stop:
                return None  # a noun of the writer's own: "the Cast Iron range"
        else:
            end = following + 1
    elif following >= 0 and (ctx.texts[following] in "-–/&+#" or ctx.texts[following][:1] in ("'", "’")):
        return None  # the name goes on: "Pour-Over", "Beekeeper's Veil" (an apostrophe the note may curl), "#1"
    elif following >= 0 and ctx.texts[following][:1] in '“"‘':
        return None  # the model quoted between the maker and the noun: "the Dagger “Stratos” Touring Kayak"
    elif following >= 0 and ctx.lowers[following].startswith(wanted):
        return None  # the name goes on in one token: "SR-40" of "Spinning Reel SR-40"
    elif following >= 0 and ctx.texts[following][:1].isdigit() and wanted[:1].isdigit():
        return None  # the name goes on with its strength or size: "Paracetamol 500mg Tablets"
    elif following >= 0 and ctx.lowers[following].startswith(wanted) and not ctx.alpha[following]:
        return None  # the name goes on in a token of its own making: a code "FR-56" the name splits at "-"
    whole = " ".join(words[: head + 1]).replace(" - ", "-")
    if end == last[0] + 1 and whole in ctx.text[: ctx.starts[first[0]]]:
        return None  # the name written whole before, taken up by its first words: "Enjoyed the Sencha?"
    start, stop = ctx.chars(first[0], end)
    return Hit(start, stop, {"name": whole}, "cut")


def _counted_as_one(rule: Rule, ctx: NoteView, words: tuple[str, ...], head: int) -> list[Hit]:
    """Mentions of a plural head noun after "a", "one" … or before "is", "was" …."""
    hits = []
    for index in ctx.body_index.get(words[head].lower(), ()):
        start, position = index, head
        while position > 0:  # back over the words of the name before the head
            before = ctx.word_before(start)
            if before < 0 or ctx.lowers[before] != words[position - 1].lower():
                break
            start, position = before, position - 1
        before = ctx.word_before(start)
        if after_of(rule, ctx, before):
            continue
        name = " ".join(words[: head + 1]).replace(" - ", "-")
        following = past_name(ctx, words, head, index)
        ends = phrase_ends(ctx, following) or verb_like(rule, ctx, following)  # "a Waders arrived", "…Waders today"
        if (
            before >= 0
            and ctx.lowers[before] in rule.setting_set("counts_of_one")
            and (ends or is_adverb(rule, ctx, following))
        ):
            hits.append(Hit(*ctx.chars(before, index + 1), {"name": name}, "counted"))
        elif following >= 0 and singular_verb(rule, ctx, following):
            if after_preposition(rule, ctx, before):
                continue  # "The pouch for your Trail Crampons is": the verb is the pouch's
            hits.append(Hit(*ctx.chars(start, following + 1), {"name": name}, "counted"))
    return hits


def _counted_as_many(rule: Rule, ctx: NoteView, name: str, words: tuple[str, ...], head: int) -> list[Hit]:
    """Mentions of a singular head noun, written as the name writes it, after a number above one ("the three
    Guinea Pig Hutch"); a word in other capitals may be the writer's own ("three speckled 12oz mugs" for "Mug
    Speckled 12oz")."""
    hits = []
    many = rule.setting_set("counts_of_many")
    for index in ctx.body_index.get(words[head].lower(), ()):
        if ctx.texts[index] != words[head] or hyphen_after(ctx, index):
            continue  # "Yo" of "Yo-Yos": the first part of a hyphenated word is not its head
        start, position = back_over_name(ctx, words, index, head)
        if position > 0:  # the note's tokens split the name's words otherwise: "50mm f/1.8 Prime Lens"
            start = name_start(ctx, name, words[head], index)
        before = ctx.word_before(start)
        number = ctx.lowers[before] if before >= 0 else ""
        following = next_token(ctx, index)
        if following == index + 1 and ctx.texts[following] == "-":
            continue  # the first part of a hyphenated word: "Yo" of "Yo-Yos"
        ends = phrase_ends(ctx, following) or verb_like(rule, ctx, following) or no_plural_noun(rule, ctx, following)
        if (number in many or (number.isdigit() and int(number) > 1)) and ends:
            hits.append(Hit(*ctx.chars(before, index + 1), {"name": " ".join(words[: head + 1])}, "count"))
    return hits


def _mass_counted(rule: Rule, ctx: NoteView, name: str, words: tuple[str, ...], at: int, head: Head) -> list[Hit]:
    """Mentions of a noun English does not count, sold in what it comes in, given a plural after a number above
    one ("The three Aged Goudas, 250g, are" for "the three packs of Aged Gouda, 250g")."""
    plural = head.plural.lower()
    if not plural or plural == head.word.lower():
        return []
    hits = []
    many = rule.setting_set("counts_of_many")
    for index in ctx.body_index.get(plural, ()):
        start, _ = back_over_name(ctx, words, index, at)
        before = ctx.word_before(start)
        number = ctx.lowers[before] if before >= 0 else ""
        if number in many or (number.isdigit() and int(number) > 1):
            counted = item_phrase(Item(name, 3), "en", True).nom.split(" ", 2)[-1]  # "10m rolls of …"
            hits.append(Hit(*ctx.chars(before, index + 1), {"name": head.word, "counted": counted}, "mass"))
    return hits


def _verb_number(rule: Rule, ctx: NoteView, item: Item, words: tuple[str, ...], at: int, head: Head) -> list[Hit]:
    """Mentions of the name's head in the plural with a singular verb ("the three Tin Jugs is"), and in the
    singular with a plural one ("your Tin Jug are"), the verb found past the name's later words, a size set
    off by commas and a complement."""
    plural, singular = (words[at] if head.plural_name else head.plural).lower(), words[at].lower()
    plural = plural.rsplit("-", 1)[-1]  # "D-Shackles": the note's tokens are "D", "-", "Shackles"
    if not head.plural_name and (not plural or plural == singular):
        return []  # "Reindeer", "Sheep": the noun tells no number
    forms = {plural: "pl"} | dict.fromkeys(learned_plurals(singular), "pl")
    if not (head.plural_name or head.mass or zero_plural(singular)):
        forms[singular] = "sg"
    hits = []
    for form, number in forms.items():
        for index in ctx.body_index.get(form, ()):
            determiner, counted = subject_start(rule, ctx, (item.name, words), at, index)
            pack = _pack(rule, ctx, (item.name, words), at, index) if determiner < 0 else None
            if pack is not None:
                hits += _pack_verb(rule, ctx, item, words, (at, index), pack)
                continue
            if determiner < 0 or (number == "sg" and counted) or after_preposition(rule, ctx, determiner):
                continue
            if ctx.lowers[determiner] in rule.setting_set("counts_of_one"):
                if number == "pl" and not head.plural_name and not counted:
                    hits += _one_in_plural(rule, ctx, item, words, (determiner, index, at))
                continue  # "a Running Shorts", "this Jug": counted as one, or a singular the other check reads
            verb, direct = verb_after(rule, ctx, item, words, at, index)
            told = verb_told(rule, ctx, verb, direct, ctx.sentence_starts[determiner])
            if told is not None and told != number:
                last = head.plural.rsplit("-", 1)[-1]  # the name's words hold the hyphenated head's first parts
                name = " ".join(words[:at] + ((last,) if number == "pl" else (words[at],)))
                hits.append(Hit(*ctx.chars(determiner, verb + 1), {"name": name.replace(" - ", "-")}, "verb"))
    return hits


def _pack(
    rule: Rule, ctx: NoteView, name: tuple[str, tuple[str, ...]], at: int, index: int
) -> tuple[int, int, str] | None:
    """The determiner and the pack of a mention named after its pack ("the pack of 10 tea lights"), and the
    pack's number (`item_pack.pack_subject`), or None."""
    text, words = name
    start, position = back_over_name(ctx, words, index, at)
    if position > 0:
        start = name_start(ctx, text, words[at], index)
    return pack_subject(rule, ctx, start)


def _pack_verb(
    rule: Rule, ctx: NoteView, item: Item, words: tuple[str, ...], where: tuple[int, int], pack: tuple[int, int, str]
) -> list[Hit]:
    """The hit for a verb after a mention named after its pack that does not stand in the pack's number ("The
    pack of 10 tea lights are"): the pack is the subject."""
    at, index = where
    determiner, word, number = pack
    if after_preposition(rule, ctx, determiner) or not _opens(rule, ctx, determiner):
        return []
    verb, direct = verb_after(rule, ctx, item, words, at, index)
    told = verb_told(rule, ctx, verb, direct, ctx.sentence_starts[determiner])
    if told is None or told == number:
        return []
    return [Hit(*ctx.chars(determiner, verb + 1), {"name": ctx.texts[word]}, "pack")]


def _opens(rule: Rule, ctx: NoteView, determiner: int) -> bool:
    """Whether the subject that begins at `determiner` is no second half of a subject of two ("the vase and
    the pack of 10 tea lights are")."""
    joined = ctx.word_before(determiner)
    return joined < 0 or ctx.lowers[joined] not in rule.setting_set("joined")


def _one_in_plural(
    rule: Rule, ctx: NoteView, item: Item, words: tuple[str, ...], where: tuple[int, int, int]
) -> list[Hit]:
    """The hit for the plural of a singular name counted as one ("a Hose Reels", "this Tea Caddies 20cm"), where
    the noun phrase ends after it and the name's later words and sizes (no noun of the writer's own follows:
    "a Hose Reels catalogue" is the catalogue's). `where`: the determiner's token, the head's, and the head's
    position in the name."""
    determiner, index, at = where
    sizes = later_words(item.name, item.variant)
    following, passed = next_token(ctx, index), 0
    while following >= 0 and passed < AFTER_HEAD + 2 and (ctx.numeric[following] or ctx.lowers[following] in sizes):
        following, passed = next_token(ctx, following), passed + 1
    if not (phrase_ends(ctx, following) or verb_like(rule, ctx, following) or is_adverb(rule, ctx, following)):
        return []
    name = " ".join(words[: at + 1]).replace(" - ", "-")
    return [Hit(*ctx.chars(determiner, index + 1), {"name": name}, "one")]
