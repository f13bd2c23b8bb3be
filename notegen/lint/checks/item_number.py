"""SIN206, number: what the words around an item's head noun say about its number.

A count asks for the plural: a count word of the rule's `counts` ("zwei", "beiden", "deux", "plusieurs") or a
number from 2 before the head noun, past adjectives ("die zwei Nachtcreme", « deux serfouette »), is an error
when the noun stands in the singular and its plural is spelt otherwise ("Nachtcremes", also for a feminine
noun whose singular has no ending). A noun spelt alike in both numbers ("Kissen") passes.

A German verb tells the number of its subject: see `item_verb.verb_numbers`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from notegen.language.agreement import is_determiner
from notegen.language.phrase import Head
from notegen.lint.nlp.note_view import Hit, NoteView
from notegen.lint.rules import Rule

MOST = 100
"""The largest number written in digits read as a count ("2026" before a noun is a year)."""
COPULA = frozenset({"ist", "sind", "war", "waren"})
"""Verbs after which no object can stand in front: "Ihre Vertikutierer ist …" has its subject first."""
JOINED = frozenset({"und", "oder", "sowie", "wie", "als", "&"})
"""Words before a mention that join it to another noun: the two together are the subject."""


def count_hit(rule: Rule, ctx: NoteView, head: Head, numbers: frozenset[str], index: int) -> Hit | None:
    """The hit for a count before the head noun at `index` that stands in the singular ("die zwei Nachtcreme"),
    or None. Nouns without a plural of their own (mass nouns, names in the plural) are not judged."""
    if "pl" in numbers or head.mass or not head.plural or head.plural.lower() == head.word.lower():
        return None
    count = _count_before(rule, ctx, index)
    if count is None:
        return None
    start = count
    before = ctx.word_before(count)
    if before >= 0 and is_determiner(ctx.lowers[before], ctx.lang):
        start = before
    first, last = ctx.chars(start, index + 1)
    return Hit(first, last, {"name": head.plural}, "count")


def is_count(rule: Rule, ctx: NoteView, position: int) -> bool:
    """Whether the word at `position` is a count above one: a word of the rule's `counts` or a number from 2."""
    lower = ctx.lowers[position]
    return lower in rule.setting_set("counts") or (lower.isdigit() and 2 <= int(lower) <= MOST)


def _count_before(rule: Rule, ctx: NoteView, index: int) -> int | None:
    """The count word or number before token `index`, past adjectives and the rule's `between` words, or
    None when another word, punctuation or a line break comes first."""
    between = rule.setting_set("between")
    position = ctx.word_before(index)
    while position >= 0:
        lower = ctx.lowers[position]
        if is_count(rule, ctx, position):
            return position
        if not (lower in between or is_adjective(ctx, position)):
            return None
        position = ctx.word_before(position)
    return None


def is_adjective(ctx: NoteView, position: int) -> bool:
    """A German adjective before a noun: lower case, declined (-e, -en, -em, -er, -es)."""
    lower = ctx.lowers[position]
    return (
        ctx.lang == "de"
        and ctx.texts[position] == lower
        and lower.endswith(("e", "en", "em", "er", "es"))
        and len(lower) > 3
    )


def next_word(ctx: NoteView, index: int, skip: frozenset[str]) -> int:
    """The first token after `index` that is no space, quotation mark, number or word of `skip`, or -1 at a
    line break or the text's end."""
    position = index + 1
    while position < len(ctx.texts):
        text = ctx.texts[position]
        if ctx.space[position]:
            if "\n" in text:
                return -1
        elif not (ctx.lowers[position] in skip or ctx.quoted[position] or ctx.numeric[position] or text in "„“”»«\"'"):
            return position
        position += 1
    return -1


def may_be_subject(rule: Rule, ctx: NoteView, position: int) -> bool:
    """Whether the word at `position` may begin the subject of a verb before it: a pronoun or determiner of
    the rule's `subjects`, or a word with a capital (a name or a noun)."""
    if position < 0:
        return False
    return ctx.lowers[position] in rule.setting_set("subjects") or ctx.texts[position][:1].isupper()


@lru_cache(maxsize=8192)
def name_words(name: str, variant: str) -> frozenset[str]:
    """The words of an item's name and variant, lower-case (passed over on the way to the verb)."""
    text = f"{name} {variant}".lower()
    # "Hyaluron," of "Augentropfen mit Hyaluron, 10 ml" is the word "hyaluron"
    found = frozenset(
        word.strip(",;:()") for word in text.replace("„", " ").replace("“", " ").replace('"', " ").split()
    )
    # "010-046" is read as "010", "-", "046", « l'huile » as « l' », « huile »: their pieces are the name's too
    pieces = {piece for word in found if "-" in word for piece in word.split("-") if piece}
    elided = {piece for word in found if "'" in word or "’" in word for piece in _ELIDED.split(word) if piece}
    return found | pieces | elided | {"in", "-"}


_ELIDED = re.compile(r"(?<=['’])")
"""Where an elided word ends (« l'|huile », « d'|olive »)."""
