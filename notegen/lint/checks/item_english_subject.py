"""The subject and its verb after an English mention of an item (for SIN206 in `item_english`): the determiner
that begins the mention ("the three Tin Jugs", "both Tin Jugs"), the token that may be its verb past the name's
later words, a size set off by commas or brackets and a complement ("the two Dog Leads in Red is"), and the
number that verb tells."""

from __future__ import annotations

from notegen.lint.checks.item_english_words import (
    AFTER_HEAD,
    after_preposition,
    back_over_name,
    later_words,
    name_start,
    next_token,
    past_name,
    singular_verb,
)
from notegen.lint.checks.item_verb import past_size
from notegen.lint.nlp.note_view import NoteView
from notegen.lint.rules import Rule
from notegen.model import Item


def subject_start(
    rule: Rule, ctx: NoteView, name: tuple[str, tuple[str, ...]], at: int, index: int
) -> tuple[int, bool]:
    """The determiner that begins a mention of the head at token `index` (back over the `name`'s words before
    the head, or its text where the note's tokens split it otherwise, and a count: "the three Tin Jugs"; or a
    count that is one of the rule's `totals` or follows one: "both Tin Jugs", "all three Tin Jugs"), and
    whether a count stands before the name; -1 when no determiner begins it, or "and", "or" join it to
    another noun. `name`: the item's name and its words."""
    text, words = name
    start, position = back_over_name(ctx, words, index, at)
    if position > 0:  # "Carpenter's", "114/900": the note's tokens split the name's words otherwise
        start = name_start(ctx, text, words[at], index)
    before = ctx.word_before(start)
    number = ctx.lowers[before] if before >= 0 else ""
    counted = number in rule.setting_set("counts_of_many") or (number.isdigit() and int(number) > 1)
    if counted:
        count, before = before, ctx.word_before(before)
        totals = rule.setting_set("totals")
        start = count if ctx.lowers[count] in totals else before  # "both Tin Jugs", "all four Tin Jugs"
        if start >= 0 and ctx.lowers[start] in totals:
            return (-1 if after_preposition(rule, ctx, ctx.word_before(start)) else start), counted
    if before < 0 or ctx.lowers[before] not in rule.setting_set("determiners"):
        return -1, counted
    joined = ctx.word_before(before)
    if joined >= 0 and ctx.lowers[joined] in rule.setting_set("joined"):
        return -1, counted
    return before, counted


def verb_after(rule: Rule, ctx: NoteView, item: Item, words: tuple[str, ...], at: int, index: int) -> tuple[int, bool]:
    """The token that may be the verb of the mention whose head is at `index`, past the name's later words
    and sizes, its pack or size in brackets ("(Pack of 20)"), a size set off by commas (", 180cm,") and a
    complement ("in Medium", "with the lid"), and
    whether it follows the mention directly; -1 when another word or punctuation comes first."""
    following = past_name(ctx, words, at, index)
    direct = True
    sizes = later_words(item.name, item.variant)
    if following >= 0 and ctx.texts[following] in ",(":
        after = past_size(rule, ctx, following)  # a size of the writer's own: "your Bird Feeders, 30cm, are"
        if after != following:
            return after, False
    if following >= 0 and ctx.texts[following] == "(":  # the name's own pack in brackets: "Pods (Pack of 20) was"
        after, passed = _past_sizes(ctx, following, sizes)
        if passed and after >= 0 and ctx.texts[after] == ")":
            following, direct = next_token(ctx, after), False
    if following >= 0 and ctx.texts[following] == ",":
        after, passed = _past_sizes(ctx, following, sizes)
        if not passed:
            return -1, False  # a list or a clause of the writer's: "the Jugs, the lids and …"
        following = next_token(ctx, after) if after >= 0 and ctx.texts[after] == "," else after
        direct = False
    if following >= 0 and ctx.lowers[following] in rule.setting_set("prepositions"):
        told = rule.setting_set("singular_verbs") | rule.setting_set("plural_verbs")
        for step in range(AFTER_HEAD + 1):
            following = next_token(ctx, following)
            if following < 0 or ctx.lowers[following] in told:
                break
            word = ctx.lowers[following]
            # a determiner only opens the complement ("with the lid"); later, "that" is a relative pronoun
            kept = sizes | (rule.setting_set("determiners") if step == 0 else frozenset())
            if not (ctx.alpha[following] or ctx.numeric[following]) or (word in ctx.stop and word not in kept):
                return -1, False  # punctuation, a conjunction or a relative pronoun: another clause begins
        direct = False
    return following, direct


def _past_sizes(ctx: NoteView, opening: int, sizes: frozenset[str]) -> tuple[int, int]:
    """The token after the numbers and the name's later words (up to AFTER_HEAD) that follow the comma or
    bracket at `opening`, and how many were passed."""
    after, passed = next_token(ctx, opening), 0
    while after >= 0 and passed < AFTER_HEAD and (ctx.numeric[after] or ctx.lowers[after] in sizes):
        after, passed = next_token(ctx, after), passed + 1
    return after, passed


def verb_told(rule: Rule, ctx: NoteView, verb: int, direct: bool, opening: bool) -> str | None:
    """The number the verb at token `verb` tells: "sg" for the rule's `singular_verbs` (and, right after the
    mention, a form in -s of a verb: "fits"), "pl" for its `plural_verbs`, and for its `opening_plural_verbs`
    when the mention `opening` a sentence is surely their subject ("The Canning Jar were packed"; "if the Jug
    were", "does the Jug have" may follow a singular); None otherwise."""
    if verb < 0:
        return None
    lower = ctx.lowers[verb]
    if lower in rule.setting_set("plural_verbs") or (opening and lower in rule.setting_set("opening_plural_verbs")):
        return "pl"
    if lower in rule.setting_set("singular_verbs") or (direct and singular_verb(rule, ctx, verb)):
        return "sg"
    return None
