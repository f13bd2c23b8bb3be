"""SIN206 for an item the shop's catalog names: the determiner before the catalog's phrase agrees with the
gender and number the catalog gives it, and the phrase itself is the shop's own wording of the item.

The catalog (`notegen.language.catalog`, the file the composer names items by) gives each product a phrase
("Salatschüssel aus Olivenholz", f; "lot de trois savons à l'olive", m; "Leggings in Schwarz", pl) and its
plural. Where the note writes the phrase or its plural (in any case), the words before it are read back to a
determiner as for any other mention (`item_agreement.determiner_before`) and judged with the catalog's gender
and number: German article, possessive and adjective endings, French determiner gender, number and elision.
The other SIN206 checks leave the words of the phrase alone: they are the shop's own ("LED-Taschenlampe" for
"Taschenlampe LED" is no cut or lowered name).
"""

from __future__ import annotations

from functools import lru_cache

from notegen.language.agreement import french_problem, german_problem
from notegen.language.catalog import CatalogEntry
from notegen.language.items import head_noun
from notegen.lint.checks.item_agreement import determiner_before
from notegen.lint.checks.item_english_words import name_pieces
from notegen.lint.nlp.note_view import Hit, NoteView
from notegen.lint.rules import Rule
from notegen.model import Item

Place = tuple[int, int, str]
"""Where the note writes a catalog phrase: first token, token past its end, and its number (sg or pl)."""


def catalog_entry(ctx: NoteView, item: Item) -> CatalogEntry | None:
    """The shop catalog's entry for `item` in the note's language, if the lint was given a catalog."""
    return ctx.catalog.find(item, ctx.lang) if ctx.catalog is not None else None


@lru_cache(maxsize=4096)
def _phrases(entry: CatalogEntry) -> tuple[tuple[tuple[str, ...], str], ...]:
    """The entry's phrase and its plural as lower-case pieces, each with its number."""
    forms = [(entry.phrase, "pl" if entry.gender == "pl" else "sg")]
    if entry.plural and entry.plural != "-" and entry.gender != "pl":
        forms.append((entry.plural, "pl"))
    return tuple((tuple(piece.lower() for piece in name_pieces(text)), number) for text, number in forms)


def catalog_places(ctx: NoteView, entry: CatalogEntry) -> list[Place]:
    """Where the note's body writes the entry's phrase or its plural."""
    places = []
    for pieces, number in _phrases(entry):
        if not pieces:
            continue
        for first in ctx.body_index.get(pieces[0], ()):
            index, matched = first, 1
            while matched < len(pieces):
                index += 1
                while index < len(ctx.lowers) and ctx.space[index] and "\n" not in ctx.texts[index]:
                    index += 1
                if index >= len(ctx.lowers) or ctx.lowers[index].rstrip("'’") != pieces[matched]:
                    break
                matched += 1
            if matched == len(pieces):
                places.append((first, index + 1, number))
    return places


def check_catalog(rule: Rule, ctx: NoteView, entry: CatalogEntry, places: list[Place]) -> list[Hit]:
    """The determiners before the catalog phrase that do not agree with the catalog's gender and number."""
    hits = []
    for first, _, number in places:
        found = determiner_before(rule, ctx, first)
        if found is None:
            continue
        determiner, between = found
        problem = _problem(rule, ctx, entry, number, determiner, between, first)
        if problem is not None:
            start, end = ctx.chars(determiner, first + 1)
            hits.append(Hit(start, end, {"name": entry.phrase}, problem))
    return hits


def _problem(
    rule: Rule, ctx: NoteView, entry: CatalogEntry, number: str, determiner: int, between: list[int], first: int
) -> str | None:
    """What is wrong with the determiner (and German adjectives) before a catalog phrase, or None."""
    word = ctx.lowers[determiner]
    if ctx.lang == "de":
        genders = {"pl"} if number == "pl" else {entry.gender}
        skip = rule.setting_set("between")
        adjectives = [ctx.lowers[i] for i in reversed(between) if ctx.lowers[i] not in skip]
        return german_problem(word, adjectives, genders)
    if ctx.lang == "fr":
        either = ("m", "f") if entry.gender == "pl" else (entry.gender,)
        known = head_noun(ctx.texts[first], "fr")
        aspirated = known.aspirated if known is not None else False
        problems = [french_problem(word, ctx.texts[first], gender, {number}, aspirated) for gender in either]
        problem = None if None in problems else problems[0]
        unsure_h = known is None and ctx.lowers[first].startswith("h")  # h aspiré or not: the lexicon cannot tell
        return None if (between or unsure_h) and problem in ("elision", "aspirated") else problem
    return None


def inside(places: list[Place], index: int) -> bool:
    """Whether token `index` lies inside one of the catalog phrase's places."""
    return any(first <= index < end for first, end, _ in places)
