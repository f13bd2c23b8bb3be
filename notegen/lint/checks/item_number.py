"""SIN206, number: what the words around an item's head noun say about its number.

A count asks for the plural: a count word of the rule's `counts` ("zwei", "beiden", "deux", "plusieurs") or a
number from 2 before the head noun, past adjectives ("die zwei Nachtcreme", « deux serfouette »), is an error
when the noun stands in the singular and its plural is spelt otherwise ("Nachtcremes", also for a feminine
noun whose singular has no ending). A noun spelt alike in both numbers ("Kissen") passes.

A German verb tells the number of its subject: "Ihre Vertikutierer ist …" reads "Ihre" as a plural only if
"ist" allowed it. The finite verb right after the mention (past the rest of the item's name and its variant;
the rule's `singular_verbs` and `plural_verbs`) narrows the numbers a noun spelt alike in both may stand in,
unless the mention may be no subject: after a preposition, or after "und" (a subject of two nouns), or, with
a verb other than a form of "sein", when a word that may be a subject follows the verb ("Die Kissen hat meine
Kollegin genäht": the cushions are its object).
"""

from __future__ import annotations

from functools import lru_cache

from notegen.language.agreement import is_determiner
from notegen.language.phrase import Head
from notegen.lint.nlp.note_view import Hit, NoteView
from notegen.lint.rules import Rule
from notegen.model import Item

MOST = 100
"""The largest number written in digits read as a count ("2026" before a noun is a year)."""
COPULA = frozenset({"ist", "sind", "war", "waren"})
"""Verbs after which no object can stand in front: "Ihre Vertikutierer ist …" has its subject first."""
_JOINED = frozenset({"und", "oder", "sowie", "wie", "als", "&"})


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


def _count_before(rule: Rule, ctx: NoteView, index: int) -> int | None:
    """The count word or number before token `index`, past adjectives and the rule's `between` words, or
    None when another word, punctuation or a line break comes first."""
    counts, between = rule.setting_set("counts"), rule.setting_set("between")
    position = ctx.word_before(index)
    while position >= 0:
        lower = ctx.lowers[position]
        if lower in counts or (lower.isdigit() and 2 <= int(lower) <= MOST):
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


def verb_numbers(rule: Rule, ctx: NoteView, item: Item, determiner: int, index: int) -> frozenset[str]:
    """The numbers the German finite verb after the mention at `index` (with its determiner at `determiner`)
    allows its subject: {"sg"}, {"pl"}, or an empty set when no verb tells, or the mention may be no subject."""
    before = ctx.word_before(determiner)
    if before >= 0 and (ctx.lowers[before] in _JOINED or ctx.lowers[before] in rule.settings.get("prepositions", {})):
        return frozenset()
    verb = next_word(ctx, index, name_words(item.name, item.variant))
    if verb < 0:
        return frozenset()
    lower = ctx.lowers[verb]
    if lower in rule.setting_set("singular_verbs"):
        found = frozenset({"sg"})
    elif lower in rule.setting_set("plural_verbs"):
        found = frozenset({"pl"})
    else:
        return frozenset()
    if lower not in COPULA and may_be_subject(rule, ctx, next_word(ctx, verb, frozenset())):
        return frozenset()
    return found


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
    found = frozenset(text.replace("„", " ").replace("“", " ").replace('"', " ").split())
    # "010-046" is read as "010", "-", "046": its pieces are the name's too
    return found | {piece for word in found if "-" in word for piece in word.split("-") if piece} | {"in", "-"}
