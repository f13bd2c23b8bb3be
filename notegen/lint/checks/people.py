"""The people in a note: the customer it greets (SIN201) and the person who signs it (SIN104).

Names are compared folded: case, accents and the German umlaut spellings do not matter ("Jürgen", "Jurgen",
"Juergen"). The customer counts as named by the first name anywhere in the note, or by the last name after a
title ("Herr Weiß", "Madame Martin") or in the greeting. A name in the greeting that is not the customer's is an
error of its own: the note was written for someone else.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from notegen.language.casing import NAME_MARGIN, usually_capitalised
from notegen.language.french_lexicon import readings
from notegen.language.german_text import table as german_frequencies
from notegen.lint.nlp.note_view import Hit, NoteView
from notegen.lint.nlp.wordforms import hyphen_parts
from notegen.lint.rules import Rule, Rulebook
from notegen.model import Customer

_NAME_SPLIT = re.compile(r"[\s\-‐]+")
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_PARTS = re.compile("[-'’]")
MIN_SHORT_FORM = 3


@lru_cache(maxsize=100_000)
def fold(text: str) -> str:
    """`text` lower-cased, without accents, ß as ss."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("ß", "ss")


@cache
def _folded(words: tuple[str, ...]) -> frozenset[str]:
    """Folded words without a trailing full stop ("Dr." and "dr" alike)."""
    return frozenset(fold(word).rstrip(".") for word in words)


def spellings(book: Rulebook) -> tuple[tuple[str, str], ...]:
    """Other spellings of letters in names (words.yml `name_spellings`: "ü" also as "ue")."""
    return tuple((str(a), str(b)) for a, b in (book.words.get("name_spellings") or {}).items())


@cache
def _team_joiners(joiners: tuple[str, ...]) -> re.Pattern[str]:
    """A word that sets a person apart from a team (words.yml `team_joiners`), or a comma."""
    return re.compile(rf"\s(?:{'|'.join(re.escape(word) for word in joiners)})\s|,")


@lru_cache(maxsize=50_000)
def name_forms(name: str, other_spellings: tuple[tuple[str, str], ...] = ()) -> frozenset[str]:
    """The folded forms of a name and of its parts (in `other_spellings` too; particles such as "de" left out)."""
    found = set()
    table: dict[str, str | int | None] = dict(other_spellings)
    spelt = name.translate(str.maketrans(table)) if other_spellings else name
    for variant in (name, spelt):
        for part in [variant.strip(), *_NAME_SPLIT.split(variant.strip())]:
            if len(part) > 1 and not (part.islower() and len(part) <= 3):
                found |= {fold(part), part.lower()}
    return frozenset(found)


@cache
def _split(phrases: tuple[str, ...]) -> dict[str, list[tuple[str, ...]]]:
    """Phrases in words, by their first word."""
    found: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        words = tuple(phrase.split())
        found.setdefault(words[0], []).append(words)
    return found


def _salutation_length(lowers: list[str], salutations: tuple[str, ...]) -> int:
    candidates = _split(salutations).get(lowers[0], []) if lowers else []
    return max((len(words) for words in candidates if tuple(lowers[: len(words)]) == words), default=0)


def addressed(ctx: NoteView) -> tuple[list[int], bool]:
    """The tokens the greeting addresses after its salutation and titles, and whether it opens with one."""
    greeting = ctx.layout.first("greeting")
    if greeting is None:
        return [], False
    indices = range(bisect.bisect_left(ctx.starts, greeting.start), bisect.bisect_left(ctx.starts, greeting.end))
    lowers = [ctx.lowers[i] for i in indices]
    skip = _salutation_length(lowers, ctx.words("salutations"))
    titles = ctx.book.word_set("titles")
    joiners = ctx.book.word_set("name_joiners")
    found: list[int] = []
    for position in indices[skip:]:
        lower = ctx.lowers[position]
        if lower in (",", "!", ":", ";", "."):
            if found or lower != ".":
                break
            continue
        if lower in titles or lower.rstrip(".") in titles or lower in joiners:
            continue
        if _WORD.fullmatch(ctx.texts[position]) or hyphen_parts(ctx.texts[position]):
            found.append(position)
    return found, skip > 0


@lru_cache(maxsize=4096)
def goes_by(name: str, first_name: str, email: str) -> bool:
    """Whether the customer goes by `name` (a word of the greeting): a short form of the first name, its first
    three letters or more with two or more left over ("Alex" for "Alexander", "Tobi" for "Tobias"; not "Paul"
    for "Paula"), or a name of the e-mail address ("Liz" for Elizabeth of "liz.grant@example.com")."""
    word, first = fold(name), fold(first_name)
    if len(word) >= MIN_SHORT_FORM and first.startswith(word) and len(first) - len(word) >= 2:
        return True
    local = fold(email.partition("@")[0]) if "@" in email else ""
    return len(word) >= MIN_SHORT_FORM and word in re.split(r"[^a-z]+", local)


def _named(ctx: NoteView, customer: Customer, greeting_tokens: list[int]) -> bool:
    first = name_forms(customer.first_name, spellings(ctx.book))
    if not first.isdisjoint(ctx.lowers):
        return True
    last = name_forms(customer.last_name, spellings(ctx.book))
    titles = _folded(ctx.words("titles"))
    folded = [fold(text) for text in ctx.texts]
    for index, word in enumerate(folded):
        if word in first or (word in last and index in greeting_tokens):
            return True
        if index in greeting_tokens and goes_by(ctx.texts[index], customer.first_name, customer.email):
            return True
        if word in last:
            before = index - 1
            while before >= 0 and (ctx.space[before] or (ctx.texts[before].islower() and len(ctx.texts[before]) <= 3)):
                before -= 1
            if before >= 0 and folded[before].rstrip(".") in titles:
                return True
    return False


@dataclass(frozen=True)
class Greeted:
    """Whom a note greets: the tokens its greeting addresses, whether it opens with a salutation, those of them
    that may be people (capitalised, no `not_names` word), and whether it names its customer: with an order,
    the customer's name as `_named` finds it; without one, anybody in the greeting."""

    tokens: list[int]
    opens: bool
    people: list[int]
    named: bool


def greeted(ctx: NoteView, not_names: frozenset[str]) -> Greeted:
    """Whom the note greets, and whether it names its customer (`not_names`: capitalised words that are no name)."""
    tokens, opens = addressed(ctx)
    people = [i for i in tokens if ctx.lowers[i] not in not_names and ctx.texts[i][:1].isupper()]
    named = bool(people) if ctx.order is None else _named(ctx, ctx.order.customer, tokens)
    return Greeted(tokens, opens, people, named)


def greeted_by_the_book(ctx: NoteView) -> Greeted | None:
    """Whom the note greets, by the not-names of the language's name rule (None when it has none)."""
    rule = next((rule for rule in ctx.book.rules if rule.check == "name"), None)
    return None if rule is None else greeted(ctx, rule.setting_set("not_names"))


def check_name(rule: Rule, ctx: NoteView) -> list[Hit]:
    """SIN201: the greeting names nobody, someone else, or the customer is not named at all."""
    found = ctx.greeted or greeted(ctx, rule.setting_set("not_names"))
    greeting = ctx.layout.first("greeting")
    where = (greeting.start, greeting.end) if greeting else (-1, -1)
    if ctx.order is None:
        return [] if found.people or not found.opens or found.tokens else [Hit(*where, variant="nobody")]
    customer = ctx.order.customer
    own = name_forms(customer.first_name, spellings(ctx.book)) | name_forms(customer.last_name, spellings(ctx.book))
    strangers = [
        i
        for i in found.people
        if fold(ctx.texts[i]) not in own and not goes_by(ctx.texts[i], customer.first_name, customer.email)
    ]
    if strangers and len(strangers) == len(found.people):
        start, end = ctx.chars(strangers[0], strangers[-1] + 1)
        return [Hit(start, end, {"found": ctx.text[start:end], "customer": customer.full_name}, variant="other")]
    if found.named:
        return []
    return [Hit(*where, {"customer": customer.full_name})]


@cache
def _closing(closings: tuple[str, ...]) -> re.Pattern[str]:
    """A line's opening closing phrase, longest first."""
    ordered = sorted(closings, key=len, reverse=True)
    alternatives = "|".join(re.escape(phrase) for phrase in ordered)
    return re.compile(rf"(?:{alternatives})(?![^\W\d_])", re.IGNORECASE)


def _person_words(line: str, skip: int) -> list[tuple[int, str]]:
    return [(m.start(), m.group()) for m in _WORD.finditer(line) if m.start() >= skip]


def _wish_end(line: str, ctx: NoteView, last: bool) -> int:
    """Where a person may begin on a line of the signature: after its opening closing phrase ("Kind regards,
    Anna"); on a wish of a season or a holiday written as a closing line above the signer ("Happy Christmas,",
    „Frohe Weihnachten,“, « Joyeuses fêtes, »: not the `last` line, two words or more, ending in a comma or "!",
    opening with a word the language writes in lower case that is no possessive or title: "Eure Hanna,", "Dr.
    Jan Köhler,"), after a word that links a person to it ("Merry Christmas from Anna,"), else at its end: the
    wish's capitals name nobody."""
    opening = _closing(ctx.words("closings")).match(line)
    if opening:
        return opening.end()
    if last or not line.rstrip().endswith((",", "!")):
        return 0
    words = list(_WORD.finditer(line))
    if len(words) < 2:
        return 0
    first = words[0].group().lower()
    book = ctx.book
    own = first in book.word_set("possessives") or first in book.word_set("titles") or line[words[0].end()] == "."
    if own or _a_name(first, ctx.lang):
        return 0
    links = ctx.words("signer_links")
    return next((m.end() for m in words[1:] if m.group().lower() in links), len(line))


@lru_cache(maxsize=4096)
def _a_name(lower: str, lang: str) -> bool:
    """Whether the language writes `lower` as a name rather than a word of its own: English and German text write
    it with a capital far more often ("anna", not "hugs" or "danke"); French has no noun or adjective of that
    spelling ("lucie", not « amitiés »)."""
    if lang == "en":
        return usually_capitalised(lower)
    if lang == "de":
        found = german_frequencies()([lower, lower.capitalize()])
        capital = found.get(lower.capitalize())
        return capital is not None and capital > found.get(lower, capital - 2 * NAME_MARGIN) + NAME_MARGIN
    return lang == "fr" and not (readings(lower, "N") or readings(lower, "A"))


def _signs_in_lower_case(
    line: str, words: list[tuple[int, str]], ctx: NoteView, not_names: frozenset[str], closed: bool
) -> bool:
    """A first name written in lower case, as some shops sign: "anna vom hofladen", "lucie, de la ferme".

    The line's first word counts when it is no stop word or team word, the language writes it as a name (or the
    line stands under a closing line, `closed`, where the signer stands: "Happy knitting,", then "sue at wool &
    whimsy"), and a comma, a word that joins a person to the shop ("vom", « de », "from") or a word that joins
    two people follows it; a shop's name alone on the line ("hofladen") stays no person.
    """
    if not words:
        return False
    start, word = words[0]
    lower = word.lower()
    if not word.islower() or lower in ctx.stop or not_names.intersection([lower, *_PARTS.split(lower)]):
        return False
    if lower in ctx.book.word_set("greeting_words") or lower in ctx.book.word_set("salutations"):
        return False  # "greetings from the shop": nobody
    if not closed and not _a_name(lower, ctx.lang):
        return False  # "hugs from the bakehouse", "danke, euer hofladen", « amitiés de la ferme »: nobody
    rest = line[start + len(word) :].lstrip()
    if rest.startswith(","):
        return True
    following = _WORD.match(rest) or re.match(r"[&+]", rest)
    links = {*ctx.words("signer_links"), *ctx.words("team_joiners")}
    return following is not None and following.group().lower() in links


def _person_after_team(rest: str, ctx: NoteView) -> bool:
    """Whether a person is named after the team on its line, joined by a word ("Ihr Team vom Wollkontor und Meike
    Brandt"): a capitalised word the language writes as a name right after "und", "and", « et » (not after "&",
    which joins the words of a shop's name as often: "the team at Oak & Iron")."""
    joiners = [word for word in ctx.words("team_joiners") if word.isalpha()]
    for match in re.finditer(rf"\s(?:{'|'.join(map(re.escape, joiners))})\s+([^\W\d_]+)", rest):
        word = match.group(1)
        if word[:1].isupper() and _a_name(word.lower(), ctx.lang):
            return True
    return False


def check_signature(rule: Rule, ctx: NoteView) -> list[Hit]:
    """SIN104: signed by a team, or by nobody, instead of a person of the shop.

    A person is a capitalised word of the signature that is no closing phrase, stop word or team word. On a
    line that names a team ("The Woodshop Team"), the words before the team word belong to it, unless a
    connector sets them apart: "Katrin und das Team", "Tim & the crew" are signed by a person; so is a team
    with a person named after it ("Ihr Team vom Wollkontor und Meike Brandt").
    """
    signature = ctx.layout.first("signature")
    if signature is None:
        end = len(ctx.text.rstrip())
        return [Hit(max(0, end - 1), end, variant="unsigned")] if ctx.text.strip() else []
    teams = [ctx.starts[a] for a, _ in ctx.spans(rule.code, "team") if ctx.kinds[a] == "signature"]
    not_names = rule.setting_set("not_names")
    offset = signature.start
    team_line: tuple[int, int] | None = None
    closed = False  # under a closing line
    lines = ctx.text[signature.start : signature.end].split("\n")
    for number, line in enumerate(lines):
        first = _wish_end(line, ctx, number == len(lines) - 1)
        team = min((at - offset for at in teams if offset <= at < offset + len(line)), default=None)
        if team is not None:
            apart = [m.start() for m in _team_joiners(ctx.words("team_joiners")).finditer(line, first, team)]
            limit = apart[-1] if apart else first
            if team_line is None:
                rest = line[first:]
                team_line = (offset + first + len(rest) - len(rest.lstrip(" ,")), offset + len(line.rstrip()))
        else:
            limit = len(line)
        words = _person_words(line, first)
        if team is None and _signs_in_lower_case(line, words, ctx, not_names, closed):
            return []
        if team is not None and _person_after_team(line[team:], ctx):
            return []
        for start, word in words:
            if start >= limit or not word[:1].isupper():
                continue
            lower = word.lower()
            if lower not in ctx.stop and not not_names.intersection([lower, *_PARTS.split(lower)]):
                return []
        offset += len(line) + 1
        closed = closed or first > 0
    if team_line is not None:
        return [Hit(*team_line)]
    return [Hit(signature.start, signature.end, variant="nameless")]
