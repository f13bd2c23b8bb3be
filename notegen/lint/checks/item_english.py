"""SIN206 in English, with the order: an item's name cut short, counted in the wrong number, or its verb.

- Cut: a mention that writes the first words of the name in the shop's capitals after a determiner and stops
  before the head noun, at a word that is the next word of the name cut short ("your Cast Iron Teap") or where
  the noun phrase ends (a function word, punctuation or the line's end: "your Ceramic Pour-Over is packed"
  for "Ceramic Pour-Over Set"). A name continued by a noun of the writer's own ("the Cast Iron range") and a
  lower-cased generic mention ("the teapot") are no cuts.
- Counted as one: the head noun of the name is plural ("Running Shorts", "Jeans", "Wool Socks", as
  `notegen.language.items.head_noun`, the composer's reading, says) and the mention is counted as one
  ("a Running Shorts", "one Jeans", also with a verb or an adverb after it: "a Running Shorts today") or
  takes a singular verb ("your Slim Jeans is packed"). After "of"
  ("a pair of Running Shorts", "one of the Jeans is") the count belongs to another word: not judged.
  A singular name counted as many ("The three Honey Extractor arrived") likewise.
- The verb: a mention whose head noun stands in the plural ("the three Tin Jugs", the composer's plural of the
  name's head) takes no singular verb, and one in the singular no "are", whatever stands between the head and
  the verb: later words and sizes of the name, a size set off by commas ("the three Garden Arches, 2m, is"), a
  complement ("the two Dog Leads in Red is", "… with the brass clip is"). A mention after a preposition is a
  complement itself, and one after "and" or "or" half a subject of two: not judged.
- Plurals spelt with a wrong "s": see `item_english_plural`.

A word after the mention that is no noun of the writer's own ends the noun phrase: a stop word, a form of a
verb of the rule's `verbs` ("keeps", "folds"), a past form ("arrived") or an adverb in -ly.

The words that count as determiners, counts and verbs of either number are the rule's settings (data).
"""

from __future__ import annotations

import re
from functools import lru_cache

from notegen.language.english import indefinite
from notegen.language.items import Head, head_noun
from notegen.language.phrase import split_name
from notegen.lint.checks.item_english_plural import plural_spelling, zero_plural
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
    elif head.plural and not head.mass and head.plural.lower() != head.word.lower() and not zero_plural(head.word):
        hits += _counted_as_many(rule, ctx, item.name, words, position)
    hits += _verb_number(rule, ctx, item, words, position, head)
    return hits + plural_spelling(rule, ctx, words, item.name, head)


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
    elif following >= 0 and ctx.lowers[following].startswith(wanted):
        return None  # the name goes on in one token: "SR-40" of "Spinning Reel SR-40"
    elif following >= 0 and ctx.texts[following][:1].isdigit() and wanted[:1].isdigit():
        return None  # the name goes on with its strength or size: "Paracetamol 500mg Tablets"
    elif following >= 0 and ctx.lowers[following].startswith(wanted) and not ctx.alpha[following]:
        return None  # the name goes on in a token of its own making: a code "FR-56" the name splits at "-"
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
        ends = _ends(ctx, following) or _verb_like(rule, ctx, following)  # "a Waders arrived", "…Waders today"
        if (
            before >= 0
            and ctx.lowers[before] in rule.setting_set("counts_of_one")
            and (ends or _adverb(rule, ctx, following))
        ):
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
        if ctx.texts[index] != words[head] or _hyphen_after(ctx, index):
            continue  # "Yo" of "Yo-Yos": the first part of a hyphenated word is not its head
        start, position = _back_over_name(ctx, words, index, head)
        if position > 0:  # the note's tokens split the name's words otherwise: "50mm f/1.8 Prime Lens"
            start = _name_start(ctx, name, words[head], index)
        before = ctx.word_before(start)
        number = ctx.lowers[before] if before >= 0 else ""
        following = _next(ctx, index)
        if following == index + 1 and ctx.texts[following] == "-":
            continue  # the first part of a hyphenated word: "Yo" of "Yo-Yos"
        ends = _ends(ctx, following) or _verb_like(rule, ctx, following) or _no_plural_noun(rule, ctx, following)
        if (number in many or (number.isdigit() and int(number) > 1)) and ends:
            hits.append(Hit(*ctx.chars(before, index + 1), {"name": " ".join(words[: head + 1])}, "count"))
    return hits


def _hyphen_after(ctx: NoteView, index: int) -> bool:
    """Whether a hyphen follows the token at `index` with no space: the word goes on ("Yo" of "Yo-Yos")."""
    following = index + 1
    return following < len(ctx.texts) and ctx.texts[following] in "-‐‑" and ctx.starts[following] == ctx.ends[index]


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


def _adverb(rule: Rule, ctx: NoteView, index: int) -> bool:
    """Whether the word at `index` is one of the rule's `adverbs` ("today", "already"): it ends a noun phrase."""
    return index >= 0 and ctx.texts[index] == ctx.lowers[index] and ctx.lowers[index] in rule.setting_set("adverbs")


def _ends(ctx: NoteView, index: int) -> bool:
    """Whether the noun phrase ends before token `index` (no noun of the writer's own follows: "a Jeans
    jacket" counts the jacket)."""
    return index < 0 or not ctx.alpha[index] or ctx.lowers[index] in ctx.stop


def _verb_number(rule: Rule, ctx: NoteView, item: Item, words: tuple[str, ...], at: int, head: Head) -> list[Hit]:
    """Mentions of the name's head in the plural with a singular verb ("the three Tin Jugs is"), and in the
    singular with a plural one ("your Tin Jug are"), the verb found past the name's later words, a size set
    off by commas and a complement."""
    plural, singular = (words[at] if head.plural_name else head.plural).lower(), words[at].lower()
    if not head.plural_name and (not plural or plural == singular):
        return []  # "Reindeer", "Sheep": the noun tells no number
    forms = {plural: "pl"}
    if not (head.plural_name or head.mass or zero_plural(singular)):
        forms[singular] = "sg"
    hits = []
    for form, number in forms.items():
        for index in ctx.body_index.get(form, ()):
            determiner, counted = _subject_start(rule, ctx, words, at, index)
            if determiner < 0 or (number == "sg" and counted) or _complement(rule, ctx, determiner):
                continue
            if ctx.lowers[determiner] in rule.setting_set("counts_of_one"):
                if number == "pl" and not head.plural_name and not counted:
                    hits += _one_in_plural(rule, ctx, item, words, (determiner, index, at))
                continue  # "a Running Shorts", "this Jug": counted as one, or a singular the other check reads
            verb, direct = _verb_after(rule, ctx, item, words, at, index)
            told = _verb_told(rule, ctx, verb, direct)
            if told is not None and told != number:
                name = " ".join(words[:at] + ((head.plural,) if number == "pl" else (words[at],)))
                hits.append(Hit(*ctx.chars(determiner, verb + 1), {"name": name.replace(" - ", "-")}, "verb"))
    return hits


def _one_in_plural(
    rule: Rule, ctx: NoteView, item: Item, words: tuple[str, ...], where: tuple[int, int, int]
) -> list[Hit]:
    """The hit for the plural of a singular name counted as one ("a Hose Reels", "this Tea Caddies 20cm"), where
    the noun phrase ends after it and the name's later words and sizes (no noun of the writer's own follows:
    "a Hose Reels catalogue" is the catalogue's). `where`: the determiner's token, the head's, and the head's
    position in the name."""
    determiner, index, at = where
    sizes = _later_words(item.name, item.variant)
    following, passed = _next(ctx, index), 0
    while following >= 0 and passed < AFTER_HEAD + 2 and (ctx.numeric[following] or ctx.lowers[following] in sizes):
        following, passed = _next(ctx, following), passed + 1
    if not (_ends(ctx, following) or _verb_like(rule, ctx, following) or _adverb(rule, ctx, following)):
        return []
    name = " ".join(words[: at + 1]).replace(" - ", "-")
    return [Hit(*ctx.chars(determiner, index + 1), {"name": name}, "one")]


def _subject_start(rule: Rule, ctx: NoteView, words: tuple[str, ...], at: int, index: int) -> tuple[int, bool]:
    """The determiner that begins a mention of the head at token `index` (back over the name's words before
    the head and a count: "the three Tin Jugs"; or a count that is one of the rule's `totals` or follows
    one: "both Tin Jugs", "all three Tin Jugs"), and whether a count stands before the name; -1
    when no determiner begins it, or "and", "or" join it to another noun."""
    start, _ = _back_over_name(ctx, words, index, at)
    before = ctx.word_before(start)
    number = ctx.lowers[before] if before >= 0 else ""
    counted = number in rule.setting_set("counts_of_many") or (number.isdigit() and int(number) > 1)
    if counted:
        count, before = before, ctx.word_before(before)
        totals = rule.setting_set("totals")
        start = count if ctx.lowers[count] in totals else before  # "both Tin Jugs", "all four Tin Jugs"
        if start >= 0 and ctx.lowers[start] in totals:
            return (-1 if _complement(rule, ctx, ctx.word_before(start)) else start), counted
    if before < 0 or ctx.lowers[before] not in rule.setting_set("determiners"):
        return -1, counted
    joined = ctx.word_before(before)
    if joined >= 0 and ctx.lowers[joined] in rule.setting_set("joined"):
        return -1, counted
    return before, counted


def _verb_after(rule: Rule, ctx: NoteView, item: Item, words: tuple[str, ...], at: int, index: int) -> tuple[int, bool]:
    """The token that may be the verb of the mention whose head is at `index`, past the name's later words
    and sizes, a size set off by commas (", 180cm,") and a complement ("in Medium", "with the lid"), and
    whether it follows the mention directly; -1 when another word or punctuation comes first."""
    following = _past_name(ctx, words, at, index)
    direct = True
    sizes = _later_words(item.name, item.variant)
    if following >= 0 and ctx.texts[following] == ",":
        after, passed = _next(ctx, following), 0
        while after >= 0 and passed < AFTER_HEAD and (ctx.numeric[after] or ctx.lowers[after] in sizes):
            after, passed = _next(ctx, after), passed + 1
        if not passed:
            return -1, False  # a list or a clause of the writer's: "the Jugs, the lids and …"
        following = _next(ctx, after) if after >= 0 and ctx.texts[after] == "," else after
        direct = False
    if following >= 0 and ctx.lowers[following] in rule.setting_set("prepositions"):
        told = rule.setting_set("singular_verbs") | rule.setting_set("plural_verbs")
        for step in range(AFTER_HEAD + 1):
            following = _next(ctx, following)
            if following < 0 or ctx.lowers[following] in told:
                break
            word = ctx.lowers[following]
            # a determiner only opens the complement ("with the lid"); later, "that" is a relative pronoun
            kept = sizes | (rule.setting_set("determiners") if step == 0 else frozenset())
            if not (ctx.alpha[following] or ctx.numeric[following]) or (word in ctx.stop and word not in kept):
                return -1, False  # punctuation, a conjunction or a relative pronoun: another clause begins
        direct = False
    return following, direct


@lru_cache(maxsize=8192)
def _later_words(name: str, variant: str) -> frozenset[str]:
    """The words of a name and its variant as the note's tokens split them, lower-case, and the units its
    sizes are written in ("180cm" is split into "180" and "cm")."""
    pieces = name_pieces(f"{name} {variant}".lower())
    return frozenset(pieces) | {piece.lstrip("0123456789.,+-±−") for piece in pieces if piece[:1].isdigit()} - {""}


def _verb_told(rule: Rule, ctx: NoteView, verb: int, direct: bool) -> str | None:
    """The number the verb at token `verb` tells: "sg" for the rule's `singular_verbs` (and, right after the
    mention, a form in -s of a verb: "fits"), "pl" for its `plural_verbs`; None otherwise."""
    if verb < 0:
        return None
    lower = ctx.lowers[verb]
    if lower in rule.setting_set("plural_verbs"):
        return "pl"
    if lower in rule.setting_set("singular_verbs") or (direct and _singular_verb(rule, ctx, verb)):
        return "sg"
    return None


def _back_over_name(ctx: NoteView, words: tuple[str, ...], index: int, at: int) -> tuple[int, int]:
    """From the head at token `index` (word `at` of the name's `words`), back over the name's words before it
    as the note writes them: (the token the mention starts at, the first of the name's words reached)."""
    start, position = index, at
    while position > 0:
        before = ctx.word_before(start)
        if before < 0 or ctx.lowers[before] != words[position - 1].lower():
            break
        start, position = before, position - 1
    return start, position
