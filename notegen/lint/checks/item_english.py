"""SIN206 in English, with the order: an item's name cut short, and a plural name counted as one thing.

- Cut: a mention that writes the first words of the name in the shop's capitals after a determiner and stops
  before the head noun, at a word that is the next word of the name cut short ("your Cast Iron Teap") or where
  the noun phrase ends (a function word, punctuation or the line's end: "your Ceramic Pour-Over is packed"
  for "Ceramic Pour-Over Set"). A name continued by a noun of the writer's own ("the Cast Iron range") and a
  lower-cased generic mention ("the teapot") are no cuts.
- A plural made with an "s" where the noun takes another: "Felt Elfs" (Elves), "Childs", and an "s" on a
  plural of its own: "the Mices". The plural is the composer's (`Head.plural`); a plural name's wrong forms are
  its own with an "s" and the regular plurals of its singular, by the rule's `irregular_endings`.
- Counted as one: the head noun of the name is plural ("Running Shorts", "Jeans", "Wool Socks", as
  `notegen.language.items.head_noun`, the composer's reading, says) and the mention is counted as one
  ("a Running Shorts", "one Jeans") or takes a singular verb ("your Slim Jeans is packed"). After "of"
  ("a pair of Running Shorts", "one of the Jeans is") the count belongs to another word: not judged.
  A singular name counted as many ("The three Honey Extractor arrived") likewise.

A word after the mention that is no noun of the writer's own ends the noun phrase: a stop word, a form of a
verb of the rule's `verbs` ("keeps", "folds"), a past form ("arrived") or an adverb in -ly.

The words that count as determiners, counts and singular verbs are the rule's settings (data).
"""

from __future__ import annotations

import re
from functools import lru_cache

from notegen.language.english import indefinite
from notegen.language.items import Head, head_noun
from notegen.language.phrase import split_name
from notegen.lint.nlp.note_view import Hit, NoteView
from notegen.lint.rules import Rule
from notegen.model import Item

Run = list[tuple[int, int]]
"""A stretch of the note that spells consecutive words of a name: (token, position in the name) pairs."""
_PIECE = re.compile(r"[+±−]?\d+(?:[.,]\d+)*[^\W_]*|[^\W_]+|-")
AFTER_HEAD = 3
"""How many sizes or words of the name after its head noun are passed over to find the verb."""


def check_english(rule: Rule, ctx: NoteView, item: Item, words: tuple[str, ...], runs: list[Run]) -> list[Hit]:
    """Cut names among the runs of the item's words, and mentions of a plural name counted as one."""
    position = head_position(item.name)
    if position < 0:
        return []
    hits = [hit for run in runs if (hit := _cut(rule, ctx, words, run, position)) is not None]
    hits += [hit for run in runs if (hit := _article(ctx, item, run)) is not None]
    head = head_noun(item.name, "en")
    if head is None:
        return hits
    if head.plural_name:
        hits += _counted_as_one(rule, ctx, words, position)
    elif head.plural and not head.mass and head.plural.lower() != head.word.lower() and not _zero_plural(head.word):
        hits += _counted_as_many(rule, ctx, item.name, words, position)
    hits += _glued_to_name(ctx, words) + _regular_s(rule, ctx, head)
    return hits + [hit for other in _other_nouns(item.name, head.word) for hit in _regular_s(rule, ctx, other)]


def _regular_s(rule: Rule, ctx: NoteView, head: Head) -> list[Hit]:
    """A noun of the name given a plural "s" it does not take: "Elfs" for "Elves", "Mices" for "Mice"."""
    hits = []
    endings = rule.settings.get("irregular_endings", {})
    for form in _wrong_plurals(head, tuple((ending, tuple(forms)) for ending, forms in sorted(endings.items()))):
        for index in ctx.body_index.get(form, ()):
            hits.append(Hit(*ctx.chars(index, index + 1), {"name": head.plural or head.word}, "irregular"))
    return hits


@lru_cache(maxsize=8192)
def _other_nouns(name: str, head: str) -> tuple[Head, ...]:
    """The words of a name besides its head noun read as nouns of their own, those whose plural takes no plain
    "s" ("Sheep" of "Sheep Wool Blanket", "Bookshelf" of "Bookshelf Speaker Stand"): a writer who makes such a
    word plural gives it the wrong "s" as readily as a head noun ("Sheeps", "Bookshelfs")."""
    found = []
    for word in split_name(name, "en")[0].split():
        if not word.isalpha() or word.lower() == head.lower() or len(word) < 3:
            continue
        noun = head_noun(word, "en")
        if noun is not None and noun.plural and noun.plural.lower() not in (word.lower() + "s", word.lower() + "es"):
            found.append(noun)
    return tuple(found)


@lru_cache(maxsize=8192)
def _wrong_plurals(head: Head, endings: tuple[tuple[str, tuple[str, ...]], ...]) -> frozenset[str]:
    """The plurals in "s" that a head noun does not take (lower case): its own with an "s" when its plural is
    not made so; for a plural name, also the "s" plurals of its singular by the irregular `endings`
    ("elves" → "elfs", "elfes"; "mice" → "mouses")."""
    word, plural = head.word.lower(), (head.plural or "").lower()
    if head.mass or not plural:
        return frozenset()
    if not head.plural_name:
        return frozenset() if plural in (word + "s", word + "es") else frozenset({word + "s"})
    # "Jeans", "Chinos": an "s" after their own is `_glued_to_name`'s
    wrong = set() if word.endswith("s") else {word + "s"}
    for ending, regular in endings:
        if word.endswith(ending):
            wrong |= {word[: -len(ending)] + form for form in regular}
    return frozenset(wrong)


def _zero_plural(word: str) -> bool:
    """Whether a noun may keep its form in the plural, so that a count before it is no error: Latin names of
    plants in -is ("three Clematis", beside "three Clematises")."""
    return word.lower().endswith("is") and len(word) > 4


def _glued_to_name(ctx: NoteView, words: tuple[str, ...]) -> list[Hit]:
    """A word of the name that ends in "s" written with another "s" ("Chinoss", "Highlighter Penss"): a
    plural made of a word that is plural already."""
    hits = []
    for word in words:
        if len(word) > 2 and word.isalpha() and word.endswith("s"):
            for index in ctx.body_index.get(f"{word.lower()}s", ()):
                hits.append(Hit(*ctx.chars(index, index + 1), {"name": word}, "plural_again"))
    return hits


_indefinite = lru_cache(maxsize=8192)(indefinite)
"""The composer's indefinite article of a name, remembered per name (it asks `inflect`, which is slow)."""


def _article(ctx: NoteView, item: Item, run: Run) -> Hit | None:
    """ "a" before a name that takes "an", or the other way round ("an Stapler", "a A4 Sketchpad"), as the
    composer chooses it (`notegen.language.english.indefinite`)."""
    before = ctx.word_before(run[0][0])
    if run[0][1] != 0 or before < 0 or ctx.lowers[before] not in ("a", "an"):
        return None
    wanted = _indefinite(item.name)
    if not wanted or wanted == ctx.lowers[before]:
        return None
    return Hit(*ctx.chars(before, run[-1][0] + 1), {"name": item.name, "article": wanted}, "article")


def name_pieces(text: str) -> list[str]:
    """The words of (part of) an item name as the note's tokens split them: a hyphenated word in its parts and
    hyphens ("Pour", "-", "Over"), a signed or decimal number whole with its unit ("+2.0", "28cm")."""
    return _PIECE.findall(text)


@lru_cache(maxsize=8192)
def head_position(name: str) -> int:
    """The position of the head noun's last piece among the name's pieces (`name_pieces`), -1 when the name
    has none."""
    head = head_noun(name, "en")
    if head is None:
        return -1
    noun_words = split_name(name, "en")[0].split()
    return len(name_pieces(" ".join(noun_words[: head.index + 1]))) - 1


def _next(ctx: NoteView, index: int) -> int:
    """The next token after `index` that is no space; -1 at a line break or the note's end."""
    following = index + 1
    while following < len(ctx.texts) and ctx.space[following]:
        if "\n" in ctx.texts[following]:
            return -1
        following += 1
    return following if following < len(ctx.texts) else -1


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
    following = _next(ctx, last[0])
    wanted = words[last[1] + 1].lower()
    end = last[0] + 1
    if following >= 0 and _verb_like(rule, ctx, following):
        pass  # "Your Emergency Warning folds flat": the phrase ends before the verb
    elif following >= 0 and ctx.alpha[following] and ctx.lowers[following] != wanted:
        if len(ctx.lowers[following]) < 2 or not wanted.startswith(ctx.lowers[following]):
            if ctx.lowers[following] not in ctx.stop:
                return None  # a noun of the writer's own: "the Cast Iron range"
        else:
            end = following + 1
    elif following >= 0 and (ctx.texts[following] in "-–/&+" or ctx.texts[following][:1] in ("'", "’")):
        return None  # the name goes on: "Pour-Over", "Beekeeper's Veil" (an apostrophe the note may curl)
    elif following >= 0 and ctx.texts[following][:1].isdigit() and wanted[:1].isdigit():
        return None  # the name goes on with its strength or size: "Paracetamol 500mg Tablets"
    start, stop = ctx.chars(first[0], end)
    return Hit(start, stop, {"name": " ".join(words[: head + 1]).replace(" - ", "-")}, "cut")


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
        if _after_of(rule, ctx, before):
            continue
        name = " ".join(words[: head + 1]).replace(" - ", "-")
        following = _past_name(ctx, words, head, index)
        if before >= 0 and ctx.lowers[before] in rule.setting_set("counts_of_one") and _ends(ctx, following):
            hits.append(Hit(*ctx.chars(before, index + 1), {"name": name}, "counted"))
        elif following >= 0 and _singular_verb(rule, ctx, following):
            if _complement(rule, ctx, before):
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
        if ctx.texts[index] != words[head]:
            continue
        start, position = index, head
        while position > 0:
            before = ctx.word_before(start)
            if before < 0 or ctx.lowers[before] != words[position - 1].lower():
                break
            start, position = before, position - 1
        if position > 0:  # the note's tokens split the name's words otherwise: "50mm f/1.8 Prime Lens"
            start = _name_start(ctx, name, words[head], index)
        before = ctx.word_before(start)
        number = ctx.lowers[before] if before >= 0 else ""
        following = _next(ctx, index)
        ends = _ends(ctx, following) or _verb_like(rule, ctx, following) or _no_plural_noun(rule, ctx, following)
        if (number in many or (number.isdigit() and int(number) > 1)) and ends:
            hits.append(Hit(*ctx.chars(before, index + 1), {"name": " ".join(words[: head + 1])}, "count"))
    return hits


def _name_start(ctx: NoteView, name: str, head: str, index: int) -> int:
    """The first token of the name written up to its head noun at token `index`, found by the text itself
    (in any case), or `index` when the note does not write the name so."""
    prefix = name[: name.find(head) + len(head)] if head in name else ""
    start = ctx.ends[index] - len(prefix)
    if not prefix or start < 0 or ctx.text[start : ctx.ends[index]].lower() != prefix.lower():
        return index
    return next((i for i in range(index, -1, -1) if ctx.starts[i] == start), index)


def _after_of(rule: Rule, ctx: NoteView, before: int) -> bool:
    """Whether the mention follows "of", directly or after a determiner that is no count ("a pair of", "one of
    the"; "an order of one Jeans" is counted)."""
    passed = rule.setting_set("determiners") - rule.setting_set("counts_of_one")
    if before >= 0 and ctx.lowers[before] in passed:
        before = ctx.word_before(before)
    return before >= 0 and ctx.lowers[before] == "of"


def _past_name(ctx: NoteView, words: tuple[str, ...], head: int, index: int) -> int:
    """The first token after the head noun at `index` that is neither a size nor a later word of the name."""
    later = {word.lower() for word in words[head + 1 :]}
    following = _next(ctx, index)
    for _ in range(AFTER_HEAD):
        if following < 0 or not (ctx.numeric[following] or ctx.lowers[following] in later):
            break
        following = _next(ctx, following)
    return following


def _verb_like(rule: Rule, ctx: NoteView, index: int) -> bool:
    """Whether the word at `index` is surely no noun: a form of one of the rule's `verbs` other than its
    base ("keeps", "folded"; "fold" may be a noun), a past form in -ed, or an adverb in -ly."""
    if index < 0 or not ctx.alpha[index] or ctx.texts[index] != ctx.lowers[index]:
        return False
    lower, lemma = ctx.lowers[index], ctx.norms[index]
    if lemma != lower and (lemma in rule.setting_set("verbs") or lower.endswith("ed")):
        return True
    return lower.endswith("ly") and len(lower) > 4


def _no_plural_noun(rule: Rule, ctx: NoteView, index: int) -> bool:
    """Whether the word at `index` is in lower case and cannot be a plural noun: after a count it is no noun of
    the writer's own, which would stand in the plural ("the three Honey Extractor lids"), but a verb. So is a
    word without an "s" in its base form ("the three Honey Extractor leave today") or in another form that the
    lemma table knows, a past ("left", "went", "sold"), unless it is a plural without "s" ("feet", "women")."""
    if index < 0 or not ctx.alpha[index] or ctx.texts[index] != ctx.lowers[index]:
        return False
    lower = ctx.lowers[index]
    if lower.endswith("s"):
        return False
    return ctx.norms[index] == lower or not (lower.endswith("men") or lower in rule.setting_set("plurals_without_s"))


def _singular_verb(rule: Rule, ctx: NoteView, index: int) -> bool:
    """Whether the word at `index` is a verb in the third person singular: one of the rule's `singular_verbs`,
    or a form in -s of a verb, as the lemma table reads it ("fits", "grips"), that is surely no plural noun of
    the writer's own ("your Running Shorts pockets are deep"): its lemma is one of the rule's `verbs`, or a
    determiner, an object pronoun (`objects`) or an adverb in -ly follows it ("grips the ice", "fits you")."""
    lower = ctx.lowers[index]
    if lower in rule.setting_set("singular_verbs"):
        return True
    lemma = ctx.norms[index]
    if not ctx.alpha[index] or ctx.texts[index] != lower or lemma == lower or not lower.endswith("s"):
        return False
    if lower in ctx.stop:
        return False  # "as", "is", "was": no forms of a verb of the item
    if lower not in (lemma + "s", lemma + "es", lemma[:-1] + "ies"):
        return False
    if lemma in rule.setting_set("verbs"):
        return True
    after = _next(ctx, index)
    if after < 0:
        return False
    word = ctx.lowers[after]
    told = rule.setting_set("determiners") | rule.setting_set("objects")
    return word in told or (word.endswith("ly") and len(word) > 4)


def _complement(rule: Rule, ctx: NoteView, before: int) -> bool:
    """Whether a mention whose first word follows token `before` stands after a preposition, directly or past
    a determiner ("for your Trail Crampons"): it is a complement, and no verb after it is its own."""
    if before >= 0 and ctx.lowers[before] in rule.setting_set("determiners"):
        before = ctx.word_before(before)
    return before >= 0 and ctx.lowers[before] in rule.setting_set("prepositions")


def _ends(ctx: NoteView, index: int) -> bool:
    """Whether the noun phrase ends before token `index` (no noun of the writer's own follows: "a Jeans
    jacket" counts the jacket)."""
    return index < 0 or not ctx.alpha[index] or ctx.lowers[index] in ctx.stop
