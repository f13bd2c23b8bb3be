"""The words around an English item mention: where its noun phrase ends, what follows it (a verb, an adverb, a
size of the name), and where it begins (back over the name's words, past "of" or a preposition). Shared by the
English checks of SIN206 (`item_english`); the word lists are the rule's settings."""

from __future__ import annotations

import re
from functools import lru_cache

from notegen.lint.nlp.note_view import NoteView
from notegen.lint.rules import Rule

_PIECE = re.compile(r"[+±−]?\d+(?:[.,]\d+)*[^\W_]*|[^\W_]+|-")
AFTER_HEAD = 3
"""How many sizes or words of the name after its head noun are passed over to find the verb."""


def next_token(ctx: NoteView, index: int) -> int:
    """The next token after `index` that is no space; -1 at a line break or the note's end."""
    following = index + 1
    while following < len(ctx.texts) and ctx.space[following]:
        if "\n" in ctx.texts[following]:
            return -1
        following += 1
    return following if following < len(ctx.texts) else -1


def hyphen_after(ctx: NoteView, index: int) -> bool:
    """Whether a hyphen follows the token at `index` with no space: the word goes on ("Yo" of "Yo-Yos")."""
    following = index + 1
    return following < len(ctx.texts) and ctx.texts[following] in "-‐‑" and ctx.starts[following] == ctx.ends[index]


def name_start(ctx: NoteView, name: str, head: str, index: int) -> int:
    """The first token of the name written up to its head noun at token `index`, in either number, found by the
    text itself (in any case, an apostrophe straight or curled: "Carpenter's Pencils", "35mm f/2 Wide
    Lens", whose tokens are not the name's words), or `index` when the note does not write the name so."""
    found = re.search(rf"(?<!\w){re.escape(head)}(?!\w)", name)
    prefix = name[: found.start()] if found else ""
    start = ctx.starts[index] - len(prefix)
    if not prefix or start < 0 or _folded(ctx.text[start : ctx.starts[index]]) != _folded(prefix):
        return index
    return next((i for i in range(index, -1, -1) if ctx.starts[i] == start), index)


def _folded(text: str) -> str:
    return text.lower().replace("’", "'")


def after_of(rule: Rule, ctx: NoteView, before: int) -> bool:
    """Whether the mention follows "of", directly, after a determiner that is no count ("a pair of", "one of
    the"; "an order of one Jeans" is counted) or after a count above one ("the pack of 50 Plant Labels is": the
    verb is the pack's)."""
    passed = rule.setting_set("determiners") - rule.setting_set("counts_of_one")
    if before >= 0 and ctx.lowers[before] in passed:
        before = ctx.word_before(before)
    if before >= 0 and (ctx.lowers[before] in rule.setting_set("counts_of_many") or _above_one(ctx.lowers[before])):
        before = ctx.word_before(before)
    return before >= 0 and ctx.lowers[before] == "of"


def _above_one(word: str) -> bool:
    """Whether `word` is a number in digits above one."""
    return word.isdigit() and int(word) > 1


def past_name(ctx: NoteView, words: tuple[str, ...], head: int, index: int) -> int:
    """The first token after the head noun at `index` that is neither a size nor a later word of the name (nor
    the unit of one of its sizes, which the note's tokens split off: "26mm"), past the name's later words as the
    name writes them, however many ("the Pack of 10 Tea Lights are")."""
    later = later_words(" ".join(words[head + 1 :]), "")
    following, position = next_token(ctx, index), head + 1
    while following >= 0 and position < len(words) and ctx.lowers[following] == words[position].lower():
        following, position = next_token(ctx, following), position + 1
    for _ in range(AFTER_HEAD):
        if following < 0 or not (ctx.numeric[following] or ctx.lowers[following] in later):
            break
        following = next_token(ctx, following)
    return following


def verb_like(rule: Rule, ctx: NoteView, index: int) -> bool:
    """Whether the word at `index` is surely no noun: a form of one of the rule's `verbs` other than its
    base ("keeps", "folded"; "fold" may be a noun), a past form in -ed, or an adverb in -ly."""
    if index < 0 or not ctx.alpha[index] or ctx.texts[index] != ctx.lowers[index]:
        return False
    lower, lemma = ctx.lowers[index], ctx.norms[index]
    if lemma != lower and (lemma in rule.setting_set("verbs") or lower.endswith("ed")):
        return True
    return lower.endswith("ly") and len(lower) > 4


def no_plural_noun(rule: Rule, ctx: NoteView, index: int) -> bool:
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


def singular_verb(rule: Rule, ctx: NoteView, index: int) -> bool:
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
    after = next_token(ctx, index)
    if after < 0:
        return False
    word = ctx.lowers[after]
    told = rule.setting_set("determiners") | rule.setting_set("objects")
    return word in told or (word.endswith("ly") and len(word) > 4)


def after_preposition(rule: Rule, ctx: NoteView, before: int) -> bool:
    """Whether a mention whose first word follows token `before` stands after a preposition, directly or past
    a determiner ("for your Trail Crampons"): it is a complement, and no verb after it is its own."""
    if before >= 0 and ctx.lowers[before] in rule.setting_set("determiners"):
        before = ctx.word_before(before)
    return before >= 0 and ctx.lowers[before] in rule.setting_set("prepositions")


def is_adverb(rule: Rule, ctx: NoteView, index: int) -> bool:
    """Whether the word at `index` is one of the rule's `adverbs` ("today", "already"): it ends a noun phrase."""
    return index >= 0 and ctx.texts[index] == ctx.lowers[index] and ctx.lowers[index] in rule.setting_set("adverbs")


def phrase_ends(ctx: NoteView, index: int) -> bool:
    """Whether the noun phrase ends before token `index` (no noun of the writer's own follows: "a Jeans
    jacket" counts the jacket)."""
    return index < 0 or not ctx.alpha[index] or ctx.lowers[index] in ctx.stop


@lru_cache(maxsize=8192)
def later_words(name: str, variant: str) -> frozenset[str]:
    """The words of a name and its variant as the note's tokens split them, lower-case, and the units its
    sizes are written in ("180cm" is split into "180" and "cm")."""
    pieces = name_pieces(f"{name} {variant}".lower())
    return frozenset(pieces) | {piece.lstrip("0123456789.,+-±−") for piece in pieces if piece[:1].isdigit()} - {""}


def back_over_name(ctx: NoteView, words: tuple[str, ...], index: int, at: int) -> tuple[int, int]:
    """From the head at token `index` (word `at` of the name's `words`), back over the name's words before it
    as the note writes them: (the token the mention starts at, the first of the name's words reached)."""
    start, position = index, at
    while position > 0:
        before = ctx.word_before(start)
        if before < 0 or not _name_word(ctx.lowers[before], words, position - 1):
            break
        start, position = before, position - 1
    return start, position


def _name_word(lower: str, words: tuple[str, ...], position: int) -> bool:
    """Whether a word of the note (lower case) writes the name's word at `position`: as it is, or in the plural
    before "and" ("Cups and Saucers" for "Cup and Saucer": both nouns take it)."""
    word = words[position].lower()
    if lower == word:
        return True
    joined = position + 1 < len(words) and words[position + 1].lower() in ("and", "&")
    return joined and lower in (word + "s", word + "es")


def name_pieces(text: str) -> list[str]:
    """The words of (part of) an item name as the note's tokens split them: a hyphenated word in its parts and
    hyphens ("Pour", "-", "Over"), a signed or decimal number whole with its unit ("+2.0", "28cm")."""
    return _PIECE.findall(text)
