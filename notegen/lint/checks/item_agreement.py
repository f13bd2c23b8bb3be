"""SIN206, agreement: the words before an item's head noun agree with it, as the composer would write them.

The head noun of each item and its gender come from `notegen.language.items.head_noun`, the same reading
the composer names items by; its forms and the rules of agreement from `notegen.language.agreement`. In the note,
each form of the head noun is looked for; the words before it are read back over adjectives and number words
(the rule's `between` list) to a determiner. German: article, possessive and adjective endings against the
noun's gender, number and case (a leading adjective of the name that the composer declines counts as one in the
shop's capitals too: "den Matter Klarlack" for "den matten Klarlack"), the number told by a verb right after a
noun spelt alike in both numbers, and a count before a singular (`item_number`). French: determiner gender and
number, elision and aspirated h (also of « de »: « de émail »), a count before a singular, an adjective placed
before the noun (« les trois petite cuillères ») and the adjectives after it (`item_french`). Both: a count before
a container and the determiner before the count, also where the lexicon does not know the noun
(`item_container`), and the number of the verb of a mention that is its subject (`item_verb`), or of the pack
the item is named after (`item_pack`); French: the participle or adjective after « être » (`item_participle`).
A head noun of several words ("Eau de Toilette") is found at its first word. A form of the noun that matches none
of the item's forms is not judged here (see the casing checks).
"""

from __future__ import annotations

import re
from functools import lru_cache

from notegen.language.agreement import forms_of, french_problem, german_cases, german_problem, is_determiner
from notegen.language.german import adjective
from notegen.language.german_adjectives import is_adjective as is_german_adjective
from notegen.language.german_heads import dative_of
from notegen.language.items import Head, head_noun
from notegen.language.phrase import split_name
from notegen.lint.checks.item_container import (
    container_hit,
    container_verb_hit,
    count_article,
    preposition_cases,
    unknown_head,
)
from notegen.lint.checks.item_french import agrees_after, french_after, suffix_head, unelided_de
from notegen.lint.checks.item_german import other_forms
from notegen.lint.checks.item_german import suffix_head as german_suffix_head
from notegen.lint.checks.item_number import count_hit, is_adjective, is_count
from notegen.lint.checks.item_pack import pack_verb_hit
from notegen.lint.checks.item_participle import participle_hit
from notegen.lint.checks.item_verb import verb_hit, verb_numbers
from notegen.lint.nlp.note_view import Hit, NoteView
from notegen.lint.rules import Rule
from notegen.model import Item

Forms = tuple[frozenset[str], frozenset[str]]
BACK = 4
"""How many words before the noun are read back to find its determiner."""
_PARTS = re.compile(r"[- ]")
"""What joins the parts of a head noun the tokenizer splits ("boutons-pression", "Eau de Toilette")."""


def check_agreement(rule: Rule, ctx: NoteView, item: Item) -> list[Hit]:
    """The determiners (and German adjectives) before each mention of the item's head noun."""
    if ctx.lang not in ("de", "fr"):
        return []
    known = _head(item.name, ctx.lang)
    if known is None:
        return unknown_head(rule, ctx, item.name)
    head, forms = known
    hits = []
    for first, index, form in _mentions(ctx, forms[0] | forms[1]):
        numbers = _numbers(forms, form)
        hit = None
        if head.gender:  # a name only in the plural with no gender of its own ("Augentropfen"): its verb alone
            hit = count_hit(rule, ctx, head, numbers, first) or _judge(rule, ctx, item, head, numbers, (first, index))
        elif ctx.lang == "de":  # "für den drei Wasserfilter": whatever its gender, a count asks for a plural's article
            hit = count_article(rule, ctx, first)
        hit = hit or container_hit(rule, ctx, first)
        if hit is None and ctx.lang == "fr":
            hit = unelided_de(ctx, head, first) or (
                french_after(rule, ctx, item, head, numbers, index) if head.gender else None
            )
        before = determiner_before(rule, ctx, first) if hit is None else None
        if before is not None:
            hit = verb_hit(rule, ctx, item, head, numbers, (before[0], index))
            hit = hit or participle_hit(rule, ctx, item, head, numbers, (before[0], index))
        elif hit is None:
            hit = container_verb_hit(rule, ctx, item, head, first, index)
            hit = hit or pack_verb_hit(rule, ctx, item, first, index)
        if hit is not None:
            hits.append(hit)
    return hits


def _mentions(ctx: NoteView, forms: frozenset[str]) -> list[tuple[int, int, str]]:
    """Each place the note writes a form of the head noun: its first and last token and the form. A
    hyphenated form the tokenizer split ("boutons", "-", "pression"; "porte", "-clés") and a noun of several
    words ("Eau de Toilette") are found at their first part, where the text goes on with the rest of them."""
    found = ctx.body_index
    places = []
    for form in forms:
        places += [(index, index, form) for index in found.get(form, ())]
        if "-" not in form and " " not in form:
            continue
        for index in found.get(_PARTS.split(form, 1)[0], ()):
            start = ctx.starts[index]
            last = index
            while last + 1 < len(ctx.starts) and ctx.starts[last + 1] < start + len(form):
                last += 1
            if ctx.text[start : start + len(form)].lower() == form and ctx.ends[last] == start + len(form):
                places.append((index, last, form))
    return sorted(places)


@lru_cache(maxsize=8192)
def _head(name: str, lang: str) -> tuple[Head, Forms] | None:
    """The head noun of an item name and its forms, when the lexicon is certain of its gender, or of its plural
    for a name only in the plural, whose verb alone is judged (a gender it cannot tell would flag correct notes
    as often as wrong ones; a French or German noun the lexicon lacks is read by its last part, see the
    `suffix_head` of `item_french` and `item_german`, and a German one whose last part has several genders has
    its count and verb judged alone); remembered, as a batch names the same items."""
    head = head_noun(name, lang) or (suffix_head(name) if lang == "fr" else german_suffix_head(name))
    if head is None or not head.certain or not (head.gender or head.plural_name or head.source == "suffix"):
        return None
    singular, plural = forms_of(head, lang)
    more = other_forms(head) if lang == "de" else (frozenset(), _other_plurals(head))
    return head, (singular | more[0], plural | more[1])


def _other_plurals(head: Head) -> frozenset[str]:
    """Plurals a native French writer uses beside the lexicon's: a noun in -s, -x or -z is invariable (« les
    vernis »), and one whose plural changes only its last part keeps the first, a verb or a preposition, and may
    stay as it is (« les trois presse-ail », « garde-boue »). German: `item_german.other_forms`."""
    word, plural = head.word.lower(), head.plural.lower()
    if word.endswith(("s", "x", "z")):
        return frozenset({word})
    if "-" in word and plural.split("-")[0] == word.split("-")[0]:
        return frozenset({word})
    return frozenset()


def _words_before_head(name: str) -> tuple[list[str], bool]:
    """The words of a German name before its head noun, and whether the head was read by its last part
    (`item_german.suffix_head`), whose name the composer does not decline."""
    head = head_noun(name, "de") or german_suffix_head(name)
    if head is None or head.source == "catalog":
        return [], False
    return split_name(name, "de")[0].split()[: head.index], head.source == "suffix"


@lru_cache(maxsize=8192)
def leading_adjectives(name: str) -> frozenset[str]:
    """The words before the head noun of a German name that the composer declines (lower case): "matter" of
    "Matter Klarlack", named "den matten Klarlack". A note that keeps such a word's capital and ending after an
    article ("den Matter Klarlack") has an adjective that does not agree. Before a head read by its last part,
    only the adjectives the lexicon knows ("Celestron" of "Celestron Spiegelteleskop" is a maker)."""
    words, by_part = _words_before_head(name)
    if by_part:
        return frozenset(word.lower() for word in words if is_german_adjective(word))
    return frozenset(word.lower() for word in words if adjective(word, "en") != word)


@lru_cache(maxsize=8192)
def brand_words(name: str) -> frozenset[str]:
    """The words before the head noun of a German name that are neither adjectives nor declined (lower case):
    a brand or maker ("Fiskars" of "Fiskars Spaltaxt"), which stands between the article and the noun as the
    shop writes it ("die Fiskars Spaltaxt") and is not judged itself."""
    declined = leading_adjectives(name)
    words = _words_before_head(name)[0]
    return frozenset(word.lower() for word in words if word[:1].isupper() and word.lower() not in declined)


def _numbers(forms: Forms, word: str) -> frozenset[str]:
    """The numbers a form of the head noun may stand in ("Kissen", "Wollschals": both). The quantity ordered
    does not narrow them: a note may speak of the item in general ("die Kissen sind mit Dinkel gefüllt")."""
    return _NUMBERS[word in forms[0], word in forms[1]]


_NUMBERS = {
    (True, True): frozenset({"sg", "pl"}),
    (True, False): frozenset({"sg"}),
    (False, True): frozenset({"pl"}),
    (False, False): frozenset(),
}


def determiner_before(
    rule: Rule, ctx: NoteView, index: int, leading: frozenset[str] = frozenset()
) -> tuple[int, list[int]] | None:
    """The determiner before the noun at `index` and the words between them, or None when the noun has
    none right before it (another word, punctuation or a line break comes first). Words of `leading` (lower
    case) are adjectives in any capitals."""
    between = rule.setting_set("between")
    words: list[int] = []
    position = index - 1
    while position >= 0 and len(words) <= BACK:
        if ctx.space[position]:
            if "\n" in ctx.texts[position]:
                return None
            position -= 1
            continue
        lower = ctx.lowers[position]
        if is_determiner(lower, ctx.lang):
            return position, words
        if not (lower in between or lower in leading or is_adjective(ctx, position)):
            return None
        words.append(position)
        position -= 1
    return None


def _weak_without_ending(head: Head, determiner: str, written: str, cases: frozenset[str] | None) -> bool:
    """Whether a weak masculine noun (`Head.weak`, from the lexicon's declension) stands without its -(e)n
    after a determiner that can only be an accusative, dative or genitive singular of it ("den Futterautomat",
    "mit dem Praktikant", "einen Plüschhase"); "der Futterautomat" is a nominative."""
    if not head.weak or head.gender != "m" or written != head.word.lower():
        return False
    told = german_cases(determiner, "m") & (cases or frozenset({"nom", "acc", "dat", "gen"}))
    return bool(told) and "nom" not in told


def _judge(
    rule: Rule, ctx: NoteView, item: Item, head: Head, numbers: frozenset[str], at: tuple[int, int]
) -> Hit | None:
    """The hit for the mention from token `at[0]` to `at[1]` (its first and last token), or None when it
    agrees (or has no determiner to judge). A German noun spelt alike in both numbers stands in the number its
    verb tells, when one does."""
    first, index = at
    brands = brand_words(item.name) if ctx.lang == "de" else frozenset()
    leading = leading_adjectives(item.name) | brands if ctx.lang == "de" else frozenset()
    found = determiner_before(rule, ctx, first, leading)
    if found is None:
        return None
    determiner, words = found
    words = [i for i in words if ctx.lowers[i] not in brands]
    between = rule.setting_set("between")
    if ctx.lang == "de":
        nominative = any("nom" in german_cases(ctx.lowers[determiner], gender) for gender in (head.gender, "pl"))
        if len(numbers) > 1 and nominative:  # "die Ohren des Plüschhasen sind": a genitive is no subject
            numbers &= verb_numbers(rule, ctx, item, determiner, index) or numbers
        genders = ({head.gender} if "sg" in numbers else set()) | ({"pl"} if "pl" in numbers else set())
        if any(is_count(rule, ctx, i) for i in words):
            genders = {"pl"}  # "für den drei Textmarker": after a count only the plural's determiner fits
        adjectives = [ctx.lowers[i] for i in reversed(words) if ctx.lowers[i] not in between]
        cases = preposition_cases(rule, ctx, determiner)
        problem = german_problem(ctx.lowers[determiner], adjectives, genders, cases)
        # "den" before a noun that it cannot fit in the singular is a dative plural, after "mit" or without a
        # preposition ("Den Ausbeinmesser haben wir …" for a neuter noun)
        dative = cases == frozenset({"dat"}) or (
            cases is None and german_cases(ctx.lowers[determiner], "pl") == {"dat"}
        )
        plural_only = dative and german_problem(ctx.lowers[determiner], [], {head.gender}, cases)
        if problem is None and plural_only and "pl" in genders and dative_of(ctx.lowers[index]) != ctx.lowers[index]:
            problem = "dative"  # a dative plural ends in -n ("mit den Rasenmähern"), not in -s, -i, -a ("den Ski")
        if problem is None and _weak_without_ending(head, ctx.lowers[determiner], ctx.lowers[index], cases):
            problem = "weak"  # "den Futterautomat", "dem Praktikant": a weak noun takes -(e)n outside the nominative
    else:
        problem = french_problem(ctx.lowers[determiner], ctx.texts[first], head.gender, numbers, head.aspirated)
        if words and problem in ("elision", "aspirated"):
            problem = None  # elision belongs to the word right after the determiner
        before = determiner - 1 if determiner and not ctx.space[determiner - 1] else determiner - 2
        contracted = before >= 0 and ctx.lowers[before] in ("de", "à") and ctx.lowers[determiner] in ("le", "les")
        if problem is None and contracted:  # "de le métronome": du, au, des, aux
            problem, determiner = "contraction", before
        form = "" if problem else _french_before(ctx, [i for i in words if not is_count(rule, ctx, i)], head, numbers)
        if form:  # « les trois petite cuillères »: an adjective before the noun agrees with it too
            start, end = ctx.chars(determiner, index + 1)
            return Hit(start, end, {"name": head.word, "form": form}, "adjective")
    if problem is None:
        return None
    start, end = ctx.chars(determiner, index + 1)
    return Hit(start, end, {"name": head.word}, problem)


def _french_before(ctx: NoteView, words: list[int], head: Head, numbers: frozenset[str]) -> str:
    """The form an adjective between a French determiner and the head noun should take where it does not agree
    with the noun as written (« les trois petite cuillères »: « petites »), else "". `words`: the tokens between
    them but the counts (« neuf » is nine as well as new)."""
    for position in words:
        form = agrees_after(ctx.lowers[position], head.gender, numbers)
        if form:
            return form
    return ""
