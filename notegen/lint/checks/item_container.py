"""SIN206, a count before an item's noun: the container or unit after it and the determiner before it.

"die drei Flaschen Rapsöl", « les trois sachets de graines »: a count above one asks for a container in the plural
(« les trois boîte de trombones ») and, in German, a determiner of the plural in the case a preposition asks for
("das drei Flaschen Rapsöl", "für den drei Paar Stiefel"); with a singular verb after it the counted container is
a plural subject all the same ("Die drei Packungen Kurkuma, 250 g, ist"). This holds whatever the item's noun is:
for a name whose head noun the lexicon does not know, the mention is found by the name's first word, as written or
with a plural ending ("das drei Beutel Xylitol", « les trois lot de scrunchies »), and only what the count tells
is judged.
A German determiner after a comma may be a relative pronoun ("…, das drei Packungen enthält"): not judged.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from notegen.language.agreement import german_problem, is_determiner
from notegen.language.french_lexicon import forms_of as french_forms_of
from notegen.language.french_lexicon import readings
from notegen.language.items import Head
from notegen.language.phrase import split_name
from notegen.lint.checks.item_elision import hyphen_after, unknown_elision
from notegen.lint.checks.item_number import is_adjective, is_count
from notegen.lint.checks.item_verb import verb_hit
from notegen.lint.nlp.note_view import Hit, NoteView
from notegen.lint.rules import Rule
from notegen.model import Item

PLURAL = 3
"""The longest plural ending of a noun the lexicon does not know ("Kalimba|s")."""
_PACK = re.compile(r"\d+er-[^\W\d_]+")
"""A German pack written with its size ("4er-Packs", "6er-Sets")."""


def unknown_head(rule: Rule, ctx: NoteView, name: str) -> list[Hit]:
    """What a count tells before a name whose head noun the lexicon does not know, found by its first word:
    a unit or container after the count stands in the plural (« les trois lot de scrunchies »), and a German
    determiner before the count is a plural's ("das drei Dosen Xylitol", "für den drei Kalimbas"); and what the
    French word's first letter tells of the determiner right before it (« le ioniseur », `item_elision`)."""
    first, joined = _first_word(name, ctx.lang)
    # the word as the name writes it, or with a plural ending after a count ("Kalimbas"); a word joined by a
    # hyphen is found by its first part, which the hyphen follows (« anti-algues »: « anti », « - », « algues »)
    places = [i for word, found in ctx.body_index.items() if _form_of(word, first) for i in found] if first else []
    if joined:
        places = [i for i in places if hyphen_after(ctx, i)]
    hits = []
    for index in sorted(places):
        hit = container_hit(rule, ctx, index)
        hit = hit or (count_article(rule, ctx, index) if ctx.lang == "de" else unknown_elision(ctx, index))
        if hit is not None:
            hits.append(hit)
    return hits


@lru_cache(maxsize=8192)
def _first_word(name: str, lang: str) -> tuple[str, bool]:
    """The first word of a name's noun part, lower case ("" when it is no word), or of a word joined by hyphens
    its first part, and whether it was one."""
    words = split_name(name, lang)[0].split()
    first = words[0].strip(",;:()").lower() if words else ""
    if lang == "fr" and first[:2] in ("d'", "d’", "l'", "l’"):
        first = first[2:]
    lead, hyphen, rest = first.partition("-")
    if hyphen and lead.isalpha() and rest.replace("-", "").isalpha():  # « anti-algues »
        return lead, True
    return (first if first.isalpha() else ""), False


def _form_of(word: str, first: str) -> bool:
    """Whether a word of the note (lower case) is `first` or `first` with an ending of up to PLURAL letters."""
    return word.startswith(first) and len(word) - len(first) <= PLURAL


def count_article(rule: Rule, ctx: NoteView, first: int) -> Hit | None:
    """A German determiner before a count above one and the noun at `first` (past declined adjectives) that
    is no plural's in the case a preposition before it asks for ("das drei Kalimbas", "für den drei Kalimbas":
    "den" is a dative)."""
    count = ctx.word_before(first)
    while count >= 0 and is_adjective(ctx, count):
        count = ctx.word_before(count)
    if count < 0 or not is_count(rule, ctx, count):
        return None
    determiner = ctx.word_before(count)
    if determiner < 0 or not is_determiner(ctx.lowers[determiner], "de") or _relative(rule, ctx, determiner):
        return None
    problem = german_problem(ctx.lowers[determiner], [], {"pl"}, preposition_cases(rule, ctx, determiner))
    return Hit(*ctx.chars(determiner, first + 1), {"name": ctx.texts[first]}, problem) if problem else None


def _relative(rule: Rule, ctx: NoteView, determiner: int) -> bool:
    """Whether a German determiner after a comma may be a relative pronoun ("…, das drei Packungen enthält")."""
    before = ctx.word_before(determiner)
    return before >= 0 and ctx.texts[before] == "," and ctx.lowers[determiner] in rule.setting_set("relatives")


def preposition_cases(rule: Rule, ctx: NoteView, determiner: int) -> frozenset[str] | None:
    """The cases the German preposition right before token `determiner` asks for ("mit": dative), or None when
    no preposition of the rule's `prepositions` stands there."""
    before = determiner - 1
    while before >= 0 and ctx.space[before] and "\n" not in ctx.texts[before]:
        before -= 1
    asked = rule.settings.get("prepositions", {}).get(ctx.lowers[before]) if before >= 0 else None
    return frozenset(asked) if asked else None


def container_hit(rule: Rule, ctx: NoteView, first: int) -> Hit | None:
    """A count before a unit or container the item comes in ("die drei Flaschen Rapsöl", « les trois sachets
    de graines »): in German the determiner before the count must fit the plural in the case a preposition
    asks for ("das drei Flaschen Rapsöl", "für den drei Paar Stiefel"); in French the container after the
    count stands in the plural (« les trois boîte de trombones »), as the lexicon knows the noun."""
    found = _counted_container(rule, ctx, first)
    if found is None:
        return None
    count, before = found
    if ctx.lang == "fr":
        plural = _french_plural(ctx.lowers[before])
        return Hit(*ctx.chars(count, first + 1), {"name": plural}, "count") if plural else None
    determiner = ctx.word_before(count)
    if determiner < 0 or not is_determiner(ctx.lowers[determiner], "de") or _relative(rule, ctx, determiner):
        return None
    cases = preposition_cases(rule, ctx, determiner)
    problem = german_problem(ctx.lowers[determiner], [], {"pl"}, cases)
    return Hit(*ctx.chars(determiner, first + 1), {"name": ctx.texts[first]}, problem) if problem else None


def _counted_container(rule: Rule, ctx: NoteView, first: int) -> tuple[int, int] | None:
    """The tokens of a count above one and of the unit or container after it that stand before the item's
    noun at `first` ("die drei Flaschen Rapsöl", « les trois sachets de graines »), or None."""
    before = ctx.word_before(first)
    while before >= 0 and is_adjective(ctx, before):  # "das drei Paar gefütterten Reithandschuhe"
        before = ctx.word_before(before)
    if ctx.lang == "fr":
        if before < 0 or ctx.lowers[before] not in ("de", "d'", "d’"):
            return None
        before = ctx.word_before(before)
    if before < 0 or not _container(ctx, before):
        return None
    count = ctx.word_before(before)
    return (count, before) if count >= 0 and is_count(rule, ctx, count) else None


def container_verb_hit(rule: Rule, ctx: NoteView, item: Item, head: Head, first: int, index: int) -> Hit | None:
    """The hit for a singular verb after the item named in a counted unit or container, which is the plural
    subject: "Die drei Packungen Kurkuma, 250 g, ist", « Les trois sachets de curcuma est »."""
    found = _counted_container(rule, ctx, first)
    if found is None:
        return None
    count, container = found
    determiner = ctx.word_before(count)
    if determiner < 0 or not is_determiner(ctx.lowers[determiner], ctx.lang):
        return None
    hit = verb_hit(rule, ctx, item, head, frozenset({"pl"}), (determiner, index))
    return None if hit is None else replace(hit, values={"name": ctx.text[slice(*ctx.chars(container, index + 1))]})


def _container(ctx: NoteView, position: int) -> bool:
    """Whether the word at `position` may be a unit or container of the item: a German noun (a capital, or a
    pack with its size: "4er-Packs"), a French word in lower case."""
    text = ctx.texts[position]
    if ctx.lang == "fr":
        return ctx.alpha[position] and text == ctx.lowers[position]
    return (ctx.alpha[position] and text[:1].isupper()) or _PACK.fullmatch(text) is not None


@lru_cache(maxsize=8192)
def _french_plural(word: str) -> str:
    """The plural of a French noun that the lexicon knows only in the singular ("boîte": "boîtes"), or ""
    when the word may be a plural (or is no noun the lexicon knows)."""
    found = readings(word)
    if not found or any(feature.endswith("p") for reading in found for feature in reading.features):
        return ""
    wanted = {feature[0] + "p" for feature in found[0].features}
    return next((form for form, pairs in french_forms_of(found[0].lemma) if pairs & wanted), "")
