"""SIN206, an item named after the pack it comes in: the pack is the subject, and the verb stands in its number.

"Das 10er-Set Teelichter sind", « Le lot de 3 bougies sont », "The pack of 10 tea lights are": the writer names
the item after its pack, and the verb goes with the pack ("ist", « est », "is"), whatever the number of the
item's own noun; "Die drei 10er-Sets Teelichter sind", « les trois lots de 3 bougies sont » are plural. The pack
words and their plurals (German also their gender) are the rule's `packs`; a German pack may carry its size
("10er-Set", "6er-Packs"). The pack stands right before the item's noun (German), or before « de » (French) or
"of" (English) and an optional count; a determiner, past an optional count, begins the subject, and the subject
must open a clause as any other (`item_verb.number_hit`; English: `item_english`). After an indefinite article
("a pack of cards are", « un lot de bougies sont arrivées ») the verb may agree by sense: not judged.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from notegen.language.agreement import french_numbers, german_cases, is_determiner
from notegen.lint.checks.item_number import is_count
from notegen.lint.checks.item_verb import number_hit
from notegen.lint.nlp.note_view import Hit, NoteView
from notegen.lint.rules import Rule
from notegen.model import Item

_SIZED = re.compile(r"\d+er-(\w+)")
"""A German pack written with its size: "10er-Set", "6er-Packs"."""
_OF = {"de": frozenset(), "fr": frozenset({"de", "d'", "d’"}), "en": frozenset({"of"})}


def pack_verb_hit(rule: Rule, ctx: NoteView, item: Item, first: int, index: int) -> Hit | None:
    """The hit for a verb after the item's mention from token `first` to `index`, named after a pack, that does
    not stand in the pack's number ("Das 10er-Set Teelichter sind"), or None."""
    found = pack_subject(rule, ctx, first)
    if found is None:
        return None
    determiner, pack, number = found
    hit = number_hit(rule, ctx, item, (number, ctx.texts[pack]), (determiner, index))
    return None if hit is None else Hit(hit.start, hit.end, hit.values, "pack")


def pack_subject(rule: Rule, ctx: NoteView, first: int) -> tuple[int, int, str] | None:
    """The determiner and the pack that name the item whose mention begins at token `first` after its pack
    ("das 10er-Set Teelichter", « le lot de 3 bougies », "the pack of 10 tea lights"), and the pack's number
    ("sg", "pl"); None when no pack of the rule's `packs` stands there, or its number cannot be told."""
    before = ctx.word_before(first)
    if ctx.lang != "de":
        if before >= 0 and ctx.numeric[before]:
            before = ctx.word_before(before)  # « de 3 bougies », "of 10 tea lights"
        if before < 0 or ctx.lowers[before] not in _OF[ctx.lang]:
            return None
        before = ctx.word_before(before)
    if before < 0:
        return None
    numbers = _pack_numbers(rule, ctx.lang, ctx.lowers[before])
    if not numbers:
        return None
    determiner = ctx.word_before(before)
    if determiner >= 0 and is_count(rule, ctx, determiner):
        numbers &= {"pl"}  # "Die drei 10er-Sets Teelichter", « les trois lots de 3 bougies »
        determiner = ctx.word_before(determiner)
    if determiner < 0 or not _determiner(rule, ctx, determiner):
        return None
    if ctx.lang != "en":
        numbers &= _determiner_numbers(rule, ctx, ctx.lowers[determiner], ctx.lowers[before])
    return (determiner, before, next(iter(numbers))) if len(numbers) == 1 else None


def _pack_numbers(rule: Rule, lang: str, word: str) -> frozenset[str]:
    """The numbers a pack word (lower case) may stand in by its form: empty when it is no pack of the rule's."""
    if lang == "de" and (sized := _SIZED.fullmatch(word)):
        word = sized.group(1)
    packs: Mapping[str, object] = rule.settings.get("packs", {})
    numbers: set[str] = set()
    for singular, value in packs.items():
        plural = value[0] if isinstance(value, list) else value
        if word == singular:
            numbers.add("sg")
        if word == str(plural).lower():
            numbers.add("pl")
    return frozenset(numbers)


def _determiner(rule: Rule, ctx: NoteView, position: int) -> bool:
    """Whether the word at `position` is a determiner that may begin the subject and tells that the pack is it:
    not one of the rule's `counting_openers` ("a pack of cards are" may agree by sense)."""
    lower = ctx.lowers[position]
    if lower in rule.setting_set("counting_openers"):
        return False
    if ctx.lang == "en":
        return lower in rule.setting_set("determiners")
    return is_determiner(lower, ctx.lang)


def _determiner_numbers(rule: Rule, ctx: NoteView, determiner: str, pack: str) -> frozenset[str]:
    """The numbers a German or French determiner allows a subject pack in: German, as a nominative of the
    pack's gender or of the plural ("den" is no subject); French, its number (« le », « les »)."""
    if ctx.lang == "fr":
        return french_numbers(determiner)
    sized = _SIZED.fullmatch(pack)
    word = sized.group(1) if sized else pack
    packs: Mapping[str, object] = rule.settings.get("packs", {})
    genders = {
        str(value[1])
        for singular, value in packs.items()
        if isinstance(value, list) and word in (singular, str(value[0]).lower())
    }
    told = {"sg" for gender in genders if "nom" in german_cases(determiner, gender)}
    return frozenset(told | ({"pl"} if "nom" in german_cases(determiner, "pl") else set()))
