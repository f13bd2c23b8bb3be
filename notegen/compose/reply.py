"""What the note answers of the customer's own order note, by the reply policy of each kind of note.

The reading itself is `notegen.language.customer_notes` (shared with the lint); this module turns it into
what the templates may say (`Asked`), in the note's language and formality:

- complaint: an apology that names the problem (`problem`), who takes care of it (`carer`) and how to reach
  them; never joy, and no promotional ask in that note (`quiet`);
- instruction (for the courier or the accounts): never a gift reading; one for the delivery ("bitte beim
  Nachbarn abgeben"), alone or as a clause beside a present or a question, is marked for whoever packs the parcel
  (`attention`, beside the note's main point), and the email says it was noted (`noted`), no more: notegen
  cannot know what the courier did, and the printed insert is read once the parcel is there;
- gift: the recipient (`who`, `whom`, `to_whom`, `for_whom`) and the occasion (`wish`, `for_occasion`);
  nothing at all when the note names neither in a way the note can repeat;
- memorial: a quiet sentence, no exclamation, no joy, no promotional ask (`quiet`);
- a donation made for a birthday, a wedding, a birth or Christmas ("for my sister's birthday instead of
  presents"): acknowledged (`celebration`, `celebrated`), never read as a present, and no promotional ask
  (`no_asks`), as for a memorial;
- question or request: a named person (``[reply] answered_by``) promises an answer; without one, nothing; a
  question about when the parcel comes is answered in the shop's own words when it wrote them (``[reply]
  delivery``, `delivery`), and nobody need follow it up; a question about something the order does not hold
  (`elsewhere`) is promised an answer that names that thing where notegen can name it with certainty ("your
  question about the oak chopping board", `notegen.compose.asked_thing`), else says so, never one that reads as
  about the items bought, and is marked for a person;
- looking forward to the order ("can't wait to get it", „ich freue mich schon“): a short wish that the wait be
  short (`eager`), never a gift reading;
- praise: thanks for the kind words, echoing what was praised (`praised`: the delivery, the customer's liking
  to order here, their enthusiasm, or the shop in general), never claiming more than the customer wrote;
- not sure, or nothing to answer: nothing (`answer` is false) — and `attention` says why a person should
  read the note.

A note written in another language than the order's ("for my mum" on a German order) is read as the reading
reads it (in the order's language first, then in the one that knows its words). The note is never quoted back.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from notegen.compose.asked_thing import thing_named
from notegen.compose.follow_up import attention, delivery_told
from notegen.compose.recipients import named_through, own_word, person, pronouns
from notegen.language.asked_things import names_other_things
from notegen.language.catalog import Catalog
from notegen.language.customer_notes import THANKED, CustomerNote, read_customer_note
from notegen.language.items import item_phrase
from notegen.language.locales import translate
from notegen.language.note_rules import note_rules
from notegen.language.relations import concept, through_parts
from notegen.model import Item

WISHES = {  # in English; locales/<lang>/messages.po holds them in German and French
    "birthday": "a very happy birthday",
    "christmas": "a merry Christmas",
    "wedding": "every happiness",
    "birth": "every happiness with the new baby",
    "get_well": "a speedy recovery",
}
FOR_OCCASION = {  # what a present is for, after "a present"; translated in messages.po
    "birthday": "for a birthday",
    "christmas": "for Christmas",
    "wedding": "for a celebration of two",
    "birth": "for a new baby",
    "get_well": "to help with a recovery",
    "thanks": "as a thank-you",
}
CELEBRATED = {  # what a donation may celebrate: (English, German accusative, French), then without a person
    "birthday": (
        ("birthday", "den Geburtstag", "l'anniversaire"),
        ("a birthday", "einen Geburtstag", "un anniversaire"),
    ),
    "wedding": (("wedding", "die Hochzeit", "le mariage"), ("a wedding", "eine Hochzeit", "un mariage")),
    "birth": (("new baby", "die Geburt", "la naissance"), ("a new baby", "eine Geburt", "une naissance")),
    "christmas": (("Christmas", "Weihnachten", "Noël"), ("Christmas", "Weihnachten", "Noël")),
}
PRAISED = ("fast", "loyal", "love", "great")
"""The praise cues a reply can echo, the most telling first: a note that praises the delivery and says "great" is
answered about the delivery."""
ANSWERED = ("complaint", "gift", "occasion", "question", "request", "praise")
"""Kinds the note answers (when the reading is sure); an instruction or nothing gets no reply."""
EAGER = ("looking_forward", "looking_forward_words")
"""The cues of a customer looking forward to the order (``nothing.yml``)."""
_POSSESSIVE_EN = re.compile(r"^(?:my|our)\s+", re.IGNORECASE)
_JOINED = re.compile(r"\s(?:and|und|et|&)\s", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Asked:
    """What the customer's note says, for the note to answer (all false and empty when there is none).

    `any` there is a note; `kind` its kind (see `notegen.language.customer_notes.KINDS`); `answer` whether
    the note answers it at all; `quiet` no joy, no exclamation and no promotional ask (a complaint or a
    memorial); `no_asks` no promotional ask (quiet, or a note not understood: it may be a complaint);
    `attention` why a person should follow the note up ("" when nobody needs to);
    `complaint`, `question`, `request`, `wrap` (gift wrapping), `gift` (a present for someone), `memorial`,
    `praise`: what it is; `problem` what went wrong (damaged, missing, late, wrong, disappointed, money,
    no_answer); `carer` who takes care of a complaint, a question or a request ("" when nobody is named
    for questions and requests: the note then promises nothing); `who` the person a present is for, with the
    customer's possessive ("Ihre Mutter", "votre mère", "your mother") or their name ("Anna & Tom"), `whom`
    as an object ("Ihren Vater"), `to_whom` as the receiver ("Ihrer Mutter", "à votre mère"), `for_whom`
    ("für Ihre Mutter", "pour votre mère", "for your mother"); `they`/`them` the pronouns for that person;
    `occasion` its key (birthday, birth, wedding, memorial, get_well, thanks, christmas), `wish` the
    occasion's wish ("alles Gute zum Geburtstag"), `for_occasion` ("zum Geburtstag", "pour un anniversaire",
    "for a birthday"); `about` what a question is about: the item it names ("zur Mütze „Firn“"), else its
    topic when the note names exactly one ("zur Lieferzeit", "sur la taille", "about sizes"), else "" (the
    reply then does not pretend to know what was asked); `requested` the request named ("Ihre Bitte um eine
    Karte", "votre demande de gravure", "your request for samples"; "" when it has no name);
    `praised` what praise is for, by the most telling cue of `locales/<lang>/notes/praise.yml` (`PRAISED`): "fast"
    (the delivery), "loyal" (they like ordering here, or thank the shop for its work), "love" (enthusiasm),
    "great" (kind words in general); "" when the note holds no praise;
    `other` the note was not understood (say nothing); `celebration` a donation made for an occasion, and
    `celebrated` what it marks ("your sister's birthday", "den Geburtstag von Ihrer Schwester",
    "l'anniversaire de votre sœur"); `elsewhere` the question names something the order does not hold ("how
    do I oil the chopping board?" on an order of an apron: `notegen.language.asked_things`), and `about` is then
    that thing where notegen can name it with certainty ("about the chopping board",
    `notegen.compose.asked_thing`), else ""; `delivery` the shop's own answer to a question about when the
    parcel comes (``[reply] delivery``), "" when the note asks no such thing or the shop wrote none; `eager` the
    customer looks forward to the order ("can't wait to get it", « j'ai hâte ») and the note says nothing else
    to answer; `noted` the note tells
    whoever brings the parcel something ("bitte nicht klingeln"), which the report lists for whoever packs it
    (`attention`), so that the email may say it was noted, and no more.
    """

    any: bool = False
    kind: str = "nothing"
    answer: bool = False
    quiet: bool = False
    no_asks: bool = False
    attention: str = ""
    complaint: bool = False
    question: bool = False
    request: bool = False
    wrap: bool = False
    gift: bool = False
    memorial: bool = False
    praise: bool = False
    other: bool = False
    problem: str = ""
    carer: str = ""
    who: str = ""
    whom: str = ""
    to_whom: str = ""
    for_whom: str = ""
    they: str = ""
    them: str = ""
    wish: str = ""
    occasion: str = ""
    for_occasion: str = ""
    about: str = ""
    requested: str = ""
    praised: str = ""
    celebration: bool = False
    celebrated: str = ""
    elsewhere: bool = False
    delivery: str = ""
    eager: bool = False
    noted: bool = False


@lru_cache(maxsize=4096)
def gift_denied(note: str, lang: str) -> bool:
    """Whether the customer's `note` says the order is their own ("not a gift", "c'est pour moi", "can't wait
    to get it"): an order marked as a gift then gets no gift wording (no gift note, no gift in the asks)."""
    return bool(note.strip()) and read_customer_note(note, lang).denied


def _about(note: str, items: Sequence[Item], lang: str, formal: bool, catalog: Catalog | None) -> str:
    """The item a question is about, as in "your question about the candle" ("" when it names none); the
    shop's catalog names it as it does everywhere else in the note."""
    for item in items:
        words = re.findall(r"\w{4,}", item.name.lower())
        if any(re.search(rf"\b{re.escape(word)}", note) for word in words):
            return item_phrase(Item(item.name, item.quantity, sku=item.sku), lang, formal, False, catalog).about
    return ""


def _celebrated(occasion: str, who: str, to_whom: str, lang: str) -> str:
    """What a donation celebrates, as the object of "mark" / "feiern" / "fêter" ("your sister's birthday")."""
    with_person, alone = CELEBRATED[occasion]
    index = ("en", "de", "fr").index(lang)
    if not who or occasion == "christmas":
        return alone[index]
    if lang == "en":
        return f"{who}'s {with_person[0]}"
    if lang == "de":
        return f"{with_person[1]} von {to_whom}"
    return f"{with_person[2]} {'d' + chr(39) if who[:1].lower() in 'aeiouyhéèêàâîô' else 'de '}{who}"


def _recipient(reading: CustomerNote, lang: str, formal: bool) -> tuple[str, str, str, str, str, str]:
    """(who, whom, to_whom, for_whom, they, them) of the present, or six "" when the note cannot name them."""
    named = reading.recipient_meant or reading.recipient  # "my brother", though the customer typed "my brothr"
    if not named:
        return ("",) * 6
    through = named_through(named, reading.lang, lang, formal)  # "die Lehrerin von unserem Sohn"
    if through is not None:
        return through[0], through[1], through[2], through[3], through[4], through[5]
    if through_parts(named, reading.lang) is not None:  # "Sohn meines Freundes": not "your son"
        return ("",) * 6
    # "mum and dad", "mon frère et sa femme": a relation would name one of the two
    relation = "" if _JOINED.search(named) else concept(named, reading.lang)
    if relation:
        own = own_word(named, relation) if reading.lang == "en" else ""
        who, whom, to_whom, for_whom = person(relation, lang, formal, own)
        return (who, whom, to_whom, for_whom, *pronouns(relation, lang)) if who else ("",) * 6
    words = named.split()
    if all(word[:1].isupper() or word in ("&", "und", "et", "and") for word in words):  # a name: "Anna & Tom"
        name = named
        to_whom = f"à {name}" if lang == "fr" else name
        plural = len(words) > 1
        they, them = {"de": ("sie", "ihnen" if plural else ""), "fr": ("", "")}.get(lang, ("they", "them"))
        return name, name, to_whom, f"{translate(lang, 'for')} {name}", they, them
    if lang == reading.lang == "en" and _POSSESSIVE_EN.match(named):  # "our dog sitter"
        who = _POSSESSIVE_EN.sub("your ", named)
        return who, who, who, f"for {who}", "they", "them"
    return ("",) * 6


def _remembered(text: str, lang: str, formal: bool) -> tuple[str, str, str, str, str, str]:
    """The person a memorial note remembers, when the customer names them by relation ("my father")."""
    relation = concept(text) if re.search(r"\b(?:my|our|mein|unser|ma|mon|mes|notre|nos)", text.lower()) else ""
    who = person(relation, lang, formal, own_word(text, relation)) if relation else ("", "", "", "")
    return (*who, *pronouns(relation, lang)) if who[0] else ("",) * 6


def _asked_about(
    reading: CustomerNote, note: str, items: Sequence[Item], lang: str, formal: bool, catalog: Catalog | None
) -> tuple[str, bool]:
    """What the customer's question is about, in `lang`: the item it names (the most concrete), else its topic,
    else ""; and whether it names something the order does not hold (then that thing where notegen can name it
    with certainty, else "": the reply names no topic that would read as a question about the items bought)."""
    if "question" not in reading.kinds:
        return "", False
    item = _about(note.lower(), items, lang, formal, catalog)
    names = [name for line in items for name in (line.name, line.variant)]
    if not item and reading.kind == "question" and names_other_things(note, reading.lang, names):
        return thing_named(note, reading.lang, lang, formal, catalog), True
    return item or (note_rules(lang).topics.get(reading.topic, "") if reading.topic else ""), False


def _requested(reading: CustomerNote, lang: str, formal: bool) -> str:
    """How the note names the customer's request, in `lang` ("" when its cue has no name, or there are two)."""
    named = note_rules(lang).requests
    ids = {hit.id for hit in reading.found if hit.kind == "request" and not hit.negated and hit.id in named}
    return named[ids.pop()][0 if formal else 1] if len(ids) == 1 else ""


def _praised(reading: CustomerNote) -> str:
    """What the customer praised (see `PRAISED`), or ""."""
    ids = {found.id for found in reading.found if found.kind == "praise" and not found.negated}
    if THANKED in ids:  # "merci pour tout", "thanks for all your work": thanks to the shop for its work
        ids.add("loyal")
    return next((cue for cue in PRAISED if cue in ids), "")


def _problem(reading: CustomerNote) -> str:
    return next((found.id for found in reading.found if found.kind == "complaint" and not found.negated), "")


def read_note(
    note: str,
    lang: str,
    formal: bool,
    items: Sequence[Item],
    gift_order: bool,
    donation: bool,
    *,
    answered_by: str = "",
    carer: str = "",
    catalog: Catalog | None = None,
    delivery: str = "",
) -> Asked:
    """What the customer's `note` asks or tells, ready for a note in `lang` to answer by the reply policy.

    `answered_by` names who answers questions and requests ("" when nobody does: they get no reply);
    `carer` who takes care of a complaint (the signer, unless `answered_by` names someone); `delivery` the
    shop's own answer to "when does my parcel come?" ("" when it wrote none)."""
    text = " ".join(note.split())
    if not text:
        return Asked(gift=gift_order)
    reading = read_customer_note(text, lang)
    kinds = set(reading.kinds)
    gift = reading.is_gift or (gift_order and not reading.denied)
    occasion = reading.occasion
    tribute = donation and gift  # "for my sister's birthday instead of presents": in honour, not a present
    if gift:
        who, whom, to_whom, for_whom, they, them = _recipient(reading, lang, formal)
    else:
        who, whom, to_whom, for_whom, they, them = (
            _remembered(text, lang, formal) if occasion == "memorial" else ("",) * 6
        )
    own = not gift and reading.denied  # "for my own birthday": only then is the occasion surely the customer's
    wish = translate(lang, WISHES[occasion]) if occasion in WISHES and (gift or own) else ""
    for_occasion = translate(lang, FOR_OCCASION[occasion]) if occasion in FOR_OCCASION and gift else ""
    celebration = donation and reading.sure and occasion in CELEBRATED and reading.kind != "complaint"
    if donation:  # a donation is no present: no wish for its recipient, no "lots of joy with your gift"
        gift, wish, for_occasion = False, "", ""
    person_kind = bool(kinds & {"question", "request"}) and reading.kind != "complaint"
    # a present for someone bereaved ("for my friend, her dad died"): the note knows not whom they mourn
    condolence = gift and occasion == "memorial" and reading.kind != "complaint"
    about, elsewhere = _asked_about(reading, text, items, lang, formal, catalog)
    told = delivery if reading.kind == "question" and reading.topic == "delivery_time" and not elsewhere else ""
    eager = reading.kind in ("nothing", "instruction") and any(f.id in EAGER and not f.negated for f in reading.found)
    noted = delivery_told(reading)
    answers = not condolence and (
        reading.kind == "complaint"
        or occasion == "memorial"
        or (gift and bool(who or for_occasion))  # a present the note cannot name: better say nothing
        or bool(wish)
        or reading.kind == "praise"
        or (person_kind and bool(answered_by))
        or celebration
        or bool(told)
    )
    answer = reading.sure and ((reading.kind in ANSWERED and answers) or eager or noted)
    return Asked(
        any=True,
        kind=reading.kind,
        answer=answer,
        quiet=reading.quiet,
        no_asks=reading.quiet or not reading.sure or celebration or tribute,
        attention=attention(reading, elsewhere, bool(told) and reading.sure, noted),
        complaint=reading.kind == "complaint",
        question="question" in kinds,
        request="request" in kinds,
        wrap="request" in kinds and any(f.id == "wrap" and not f.negated for f in reading.found),
        gift=gift,
        memorial=occasion == "memorial",
        praise="praise" in kinds,
        praised=_praised(reading) if "praise" in kinds else "",
        other=not reading.sure,
        problem=_problem(reading),
        carer=(answered_by or carer) if reading.kind == "complaint" else answered_by if person_kind else "",
        who=who,
        whom=whom,
        to_whom=to_whom,
        for_whom=for_whom,
        they=they,
        them=them,
        wish=wish,
        occasion=occasion,
        for_occasion=for_occasion,
        about=about,
        requested=_requested(reading, lang, formal) if "request" in kinds else "",
        celebration=celebration,
        celebrated=_celebrated(occasion, who, to_whom, lang) if celebration else "",
        elsewhere=elsewhere,
        delivery=told,
        eager=eager and reading.sure,
        noted=noted and reading.sure,
    )
