"""Phrase rules: generic salutations (SIN101), boilerplate thanks (SIN102), corporate filler (SIN103).

A match counts where the rule looks (`scope`) and where no antipattern of the rule overlaps it. With the setting
`unless_specific`, context decides: "thank you for your order" alone is generic, "thank you for your order of
two Tidal mugs" is not. The phrase is excused when the rest of its clause names something specific (an item of
the order, a number, an ordinal, a quoted name, a `specific` pattern of the rule, or, when no order is known, a
content word outside the rule's `generic` words), or when the rest of its sentence or the next sentence of the
paragraph names an item, a number or a quoted name.

With `vocative`, a match counts only as a form of address: in the greeting, opening a sentence, or after a
comma ("Vielen Dank, liebe Kundin, …"), not in "ein Geschenk für Ihre liebe Freundin". The words of
`extend_left` ("vielen", "herzlichen", or a word list such as "@greeting_words") join a match from the left.
"""

from __future__ import annotations

import re

from notegen.lint.nlp.note_view import Hit, NoteView
from notegen.lint.rules import Rule

CLAUSE_ENDS = frozenset({",", ";", ":", ".", "!", "?", "–", "—", "-", "(", ")", "…"})


def check_phrases(rule: Rule, ctx: NoteView) -> list[Hit]:
    """Every match of the rule's patterns in its scope, less those an antipattern or the context excuses."""
    anti = ctx.spans(rule.code, "antipatterns")
    lead = _lead(rule, ctx)
    hits = []
    for start, end in ctx.spans(rule.code):
        while start > 0 and ctx.lowers[start - 1] in lead:
            start -= 1
        if ctx.kinds[start] not in rule.scope:
            continue
        if any(a < end and start < b for a, b in anti):
            continue
        if rule.settings.get("vocative") and not _addresses(ctx, start):
            continue
        if rule.settings.get("unless_specific") and _specific_context(rule, ctx, start, end):
            continue
        hits.append(Hit(*ctx.chars(start, end)))
    return hits


def _lead(rule: Rule, ctx: NoteView) -> frozenset[str]:
    """The words that join a match from the left: listed, or named word lists ("@greeting_words")."""
    found = rule.derived.get("lead")
    if found is None:
        words: set[str] = set()
        for entry in rule.setting_set("extend_left"):
            words |= ctx.book.word_set(entry[1:]) if entry.startswith("@") else {entry}
        found = rule.derived["lead"] = frozenset(words)
    return found


def _addresses(ctx: NoteView, start: int) -> bool:
    """Whether a match at `start` stands as a form of address: in the greeting, opening a sentence, after a comma."""
    if ctx.kinds[start] == "greeting" or ctx.sentence_starts[start]:
        return True
    before = start - 1
    while before >= 0 and ctx.space[before]:
        before -= 1
    return before >= 0 and ctx.texts[before] == ","


def _item_tokens(ctx: NoteView) -> set[int]:
    return {index for hits in ctx.item_hits for index in hits}


def _quantity(ctx: NoteView, index: int) -> bool:
    """A number that says something about what was bought (not the order number)."""
    if not ctx.numeric[index] or ctx.texts[index].startswith("#"):
        return False
    if ctx.order is not None and ctx.texts[index].strip("#.:,") == ctx.order.order_id:
        return False
    return index == 0 or ctx.lowers[index - 1].rstrip(".") not in ctx.book.word_set("order_number_words")


def _strong(ctx: NoteView, index: int, items: set[int], ordinals: frozenset[str]) -> bool:
    return index in items or _quantity(ctx, index) or ctx.quoted[index] or ctx.lowers[index] in ordinals


def _clause_end(ctx: NoteView, end: int) -> int:
    stop = end
    while stop < len(ctx.texts) and ctx.texts[stop] not in CLAUSE_ENDS and not ctx.sentence_starts[stop]:
        if "\n" in ctx.texts[stop]:
            break
        stop += 1
    return stop


def _specific_context(rule: Rule, ctx: NoteView, start: int, end: int) -> bool:
    items = _item_tokens(ctx)
    ordinals = ctx.book.word_set("ordinals")
    generic = rule.setting_set("generic")
    clause = range(end, _clause_end(ctx, end))
    if any(end <= a < clause.stop for a, _ in ctx.spans(rule.code, "specific")):
        return True
    if ctx.order is None:
        for index in clause:
            lower = ctx.lowers[index]
            content = ctx.alpha[index] and len(lower) > 2 and lower not in ctx.stop
            if content and lower not in generic and ctx.norms[index] not in generic:
                return True
    sentence_end = ctx.sentence_end(start)
    if any(_strong(ctx, index, items, ordinals) for index in range(end, sentence_end)):
        return True
    following = _next_words(ctx, sentence_end)
    if following >= len(ctx.texts) or ctx.kinds[following] != ctx.kinds[start]:
        return False
    between = ctx.text[ctx.ends[end - 1] : ctx.starts[following]]
    if _paragraph_break(between) and not _paragraph_of_its_own(ctx, start):
        return False
    return any(_strong(ctx, index, items, ordinals) for index in range(following, _past_colons(ctx, following)))


def _past_colons(ctx: NoteView, index: int) -> int:
    """The end of the sentence that holds token `index`, past a colon that announces what follows (« Dans le
    colis : le Sencha, le filtre … », "In the box: the Sencha …")."""
    end = ctx.sentence_end(index)
    while end < len(ctx.texts):
        last = end - 1
        while last > index and ctx.space[last]:
            last -= 1
        if ctx.texts[last] != ":" or any("\n" in ctx.texts[i] for i in range(last + 1, end)):
            return end
        end = ctx.sentence_end(end)
    return end


def _next_words(ctx: NoteView, index: int) -> int:
    """The first sentence from token `index` on that holds a word (past an emoji of its own: "! 🧶")."""
    while index < len(ctx.texts):
        stop = max(ctx.sentence_end(index), index + 1)
        if any(ctx.alpha[i] for i in range(index, stop)):
            return index
        index = stop
    return index


_PARAGRAPH_START = re.compile(r"(?:\A|\n[ \t]*\n|[,!:]\n)[ \t\n]*\Z")
"""The end of a text before a paragraph's first word: nothing, a blank line, or a greeting's line ("Hallo Jana,")."""


def _paragraph_break(text: str) -> bool:
    return "\n\n" in text.replace(" ", "").replace("\t", "")


def _paragraph_of_its_own(ctx: NoteView, start: int) -> bool:
    """Whether the sentence that holds token `start` opens its paragraph, so that the thanks is a paragraph of
    its own and the next one says what it was for ("Vielen Dank für deine Bestellung!", then "Das Merinogarn
    ist heute rausgegangen.")."""
    first = start
    while first > 0 and not ctx.sentence_starts[first]:
        first -= 1
    return _PARAGRAPH_START.search(ctx.text, 0, ctx.starts[first]) is not None
