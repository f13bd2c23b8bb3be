"""Reading what a customer wrote in their order note: what kind of note it is, the occasion, who a present is
for, whether a gift reading was denied, and how sure the reading is.

    >>> reading = read_customer_note("Geburtstagsgeschenk für meinen Mann 🎁", "de")
    >>> reading.kind, reading.occasion, reading.recipient
    ('gift', 'birthday', 'meinen Mann')

The kinds (`KINDS`): ``gift`` (a present for someone else), ``occasion`` (birthday, birth, wedding, memorial,
get well, thanks, Christmas, with no gift reading), ``complaint``, ``instruction`` (for the courier or the
accounts), ``question``, ``request`` (a service: wrap it, add a card), ``praise``, ``nothing`` (noise, or
nothing to answer). A mixed note is read as its most pressing kind, in the order of `KINDS`; the others are in
`also`. The rules are data, in ``locales/<lang>/notes/`` (see `notegen.language.note_rules`), matched on the
lemmas of the language's spaCy pipeline (`notegen.language.pipeline`), built once per process and only for
the languages read. A cue just after a negation ("not a gift", "kein Geschenk", "ce n'est pas un cadeau")
is taken back, and "for me", "für mich", "pour moi" cancel a gift reading; looking forward to the order
("can't wait to get it", "freue mich schon", "j'ai hâte") denies one when nothing else reads as a present.

The composer answers by the reading's policy (`quiet`: no joy and no promotional ask; `sure`: answer at
all), the lint checks replies against it, and the run marks `attention` for a person to follow up.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from notegen.language.note_rules import KINDS, OCCASIONS, TOPIC, Cue, NoteRules, note_rules
from notegen.language.note_text import (
    as_typed,
    corrected_text,
    known_share,
    only_a_date,
    only_a_phone_number,
    only_a_reference,
    only_noise,
)
from notegen.language.persons import is_name
from notegen.language.pipeline import pipeline
from notegen.language.present_for import celebrates, for_someone, names_own, recipient
from notegen.model import LANGS

SURE = 0.6
"""Below this confidence the reading is not acted on: the note says nothing and a person reads it."""
PEOPLE_KINDS = ("complaint", "question", "request")
"""Kinds a person of the shop must follow up."""
_WORD = re.compile(r"[^\W\d_]+")
_SENTENCE_END = re.compile(r"[.!?…]")
_WISHED = frozenset({"birthday", "christmas", "wedding", "birth", "get_well", "named_day"})
"""The occasions a wish ends with ("named_day": Mother's Day, « fête des mères »): "Happy 30th Tom" wishes Tom; "a
thank you to the nurses" wishes no one."""
_LOOKBACK = 4
LOVED = "love"
"""The praise cue of love ("love", "adore", "liebe"): the customer's own, or told of someone else."""
THANKED = "thanked"
"""The praise cue of a thanks ("thank you for everything", "danke für alles"): to the shop, or to a present's
recipient."""
_PAPERWORK = frozenset({"accounts"})
"""Instruction cues after which "for our accounts team", "pour mon employeur" says who the paperwork is for: no
present is inferred from them (a note that says "gift" still reads as one)."""


@dataclass(frozen=True, slots=True)
class Found:
    """A cue found in the note: its kind and id, where it is (character offsets in the note as read, its
    mistyped words corrected), whether a negation took it back."""

    kind: str
    id: str
    start: int
    end: int
    negated: bool


@dataclass(frozen=True, slots=True)
class CustomerNote:
    """The reading of one customer note.

    `kind` one of `KINDS`; `also` the note's other kinds, most pressing first; `occasion` one of `OCCASIONS`
    or ""; `recipient` who a present is for, as the note writes it ("meinen Papa", "ma sœur", "my niece"),
    "" when it names no one; `denied` the note says it is not a gift ("not a gift", "c'est pour moi");
    `confidence` from 0 to 1 (`sure` at `SURE` or more); `needs_person` a person must read it (complaint,
    question, request, a cue that refers to something only a person knows, or not understood); `found` the
    cues that made the reading; `topic` what a question is about, the id of a topic of ``topics.yml``
    ("delivery_time", "size"), when the note names exactly one, else ""; `guessed` some word of the note was
    read as a typo of a cue word ("kaput"); `recipient_meant` the recipient with its mistyped words read as meant
    ("my brother" for "my brothr"), which a reply names, "" when it has none.
    """

    text: str
    lang: str
    kind: str
    also: tuple[str, ...] = ()
    occasion: str = ""
    recipient: str = ""
    denied: bool = False
    confidence: float = 1.0
    needs_person: bool = False
    found: tuple[Found, ...] = ()
    topic: str = ""
    guessed: bool = False
    recipient_meant: str = ""

    @property
    def sure(self) -> bool:
        """Whether the reading is sure enough to answer."""
        return self.confidence >= SURE

    @property
    def kinds(self) -> tuple[str, ...]:
        """The note's kind and its other kinds."""
        return (self.kind, *self.also)

    @property
    def is_gift(self) -> bool:
        """Whether the note says the order is a present for someone else."""
        return "gift" in self.kinds and not self.denied

    @property
    def quiet(self) -> bool:
        """Whether the note must be quiet: a complaint or a memorial gets no joy, no exclamation and no
        promotional ask (no referral, no review or share request, no newsletter)."""
        return self.kind == "complaint" or self.occasion == "memorial"

    @property
    def attention(self) -> str:
        """Why a person should follow this note up ("" when nobody needs to): the kind, or "not understood"."""
        if not self.needs_person:
            return ""
        if self.kind in PEOPLE_KINDS:
            return self.kind
        return "not understood" if not self.sure or self.kind == "nothing" else "unclear " + self.kind


def read_customer_note(text: str, lang: str) -> CustomerNote:
    """The reading of the customer's order note `text`, on an order in `lang` (de, fr or en). A note written in
    another language ("for my mum" on a German order) is read in the order's language first and, when that
    reading is not sure or rests on a word read as a typo ("present" is no typo of "Präsent"), in another
    language that knows more of its words and reads it surely (a dialect's "des Packerl is aufgweicht" stays
    German, though "super" reads as praise in French)."""
    reading = _read_in(text, lang)
    if (reading.sure and not reading.guessed) or not text.strip():
        return reading
    for other in LANGS:
        if other == lang or known_share(text, other) <= known_share(text, lang):
            continue
        found = _read_in(text, other)
        if found.sure and found.kind != "nothing" and not found.guessed and found.confidence >= reading.confidence:
            return found
    return reading


def _read_in(text: str, lang: str) -> CustomerNote:
    """The reading of `text` by the rules of `lang` alone."""
    flat = " ".join(text.split())
    rules = note_rules(lang)
    words = _WORD.findall(flat.lower())
    if only_a_phone_number(flat, rules.words.get("phone_words", frozenset())):  # for the courier
        return CustomerNote(flat, lang, "instruction")
    if only_a_date(flat, rules.words.get("date_words", frozenset())) or only_a_reference(
        flat, rules.words.get("reference_words", frozenset())
    ):  # "14. Jänner", "03/04": for when? "Bestellnr. 20417": what of it?
        return CustomerNote(flat, lang, "instruction", needs_person=True)
    if not words:
        return _pictured(flat, lang, rules)
    if only_noise(words, rules.noise):
        return CustomerNote(flat, lang, "nothing", confidence=0.95)
    doc = pipeline(lang)(flat)
    meant = corrected_text(doc, rules)  # "kaput", "damagd": the cue words they were meant as
    if meant is None:
        return _reading(flat, lang, doc, rules, _found(doc, rules))
    doc = pipeline(lang)(meant)
    reading = _reading(flat, lang, doc, rules, _found(doc, rules))
    typed = as_typed(reading.recipient, meant, flat)
    return replace(reading, guessed=True, recipient=typed, recipient_meant=reading.recipient if typed else "")


def _pictured(flat: str, lang: str, rules: NoteRules) -> CustomerNote:
    """The reading of a note with no words: nothing, unless its emojis say it is a present or name an occasion
    ("🎂🎁", "🎄🎁"); no other cue is read from emojis alone (a lone "🙄" or "😍" says too little)."""
    doc = pipeline(lang)(flat)
    found = [(cue, hit) for cue, hit in _found(doc, rules) if cue.kind in ("gift", "occasion")]
    if not found:
        return CustomerNote(flat, lang, "nothing", confidence=1.0)
    return _reading(flat, lang, doc, rules, found)


def _found(doc: Doc, rules: NoteRules) -> list[tuple[Cue, Found]]:
    """Every cue of the note, with the cues that other cues cancel left out."""
    strings = doc.vocab.strings
    negations = rules.words.get("negation", frozenset())
    hits: list[tuple[Cue, Found]] = []
    matches = list(dict.fromkeys((int(strings[key]), start, end) for key, start, end in rules.matcher(doc)))
    # "can't wait", "kann es kaum erwarten": looking forward, no negation of what follows
    idiom = {i for index, start, end in matches if rules.cues[index].denies for i in range(start, end)}
    breaks = rules.words.get("clause_breaks", frozenset())
    for index, start, end in matches:
        cue = rules.cues[index]
        negated = cue.negatable and _negated(doc, start, negations, breaks, idiom)
        span = doc[start:end]
        if not _aimed_elsewhere(doc, rules, cue, start, breaks):
            hits.append((cue, Found(cue.kind, cue.id, span.start_char, span.end_char, negated)))
    cancelling = [(cue, hit) for cue, hit in hits if cue.cancels and not hit.negated]
    # a cue that cancels is itself taken back only by one that names it: "one for me and one for my sister"
    # takes back "for me"
    cancelling = [
        (cue, hit)
        for cue, hit in cancelling
        if not any(
            cue.id in other.cancels and _cancels(other, by, cue, hit, doc.text)
            for other, by in cancelling
            if by is not hit
        )
    ]
    kept = []
    for cue, hit in hits:
        taken_back = [other for other, by in cancelling if by is not hit and _cancels(other, by, cue, hit, doc.text)]
        if taken_back and (not cue.cancels or any(cue.id in other.cancels for other in taken_back)):
            continue
        kept.append((cue, hit))
    return kept


def _aimed_elsewhere(doc: Doc, rules: NoteRules, cue: Cue, start: int, breaks: frozenset[str]) -> bool:
    """Whether a cue speaks of someone else than the customer and the shop: a complaint told by an emoji alone
    ("🙄") that rolls its eyes at someone of the customer's (the clause it ends names them: "parce que mon mari
    oublie toujours son anniversaire 🙄"), or love told of someone else ("she loved it": no praise for the shop)."""
    if cue.kind == "praise" and cue.id == LOVED:
        before = [token for token in doc[max(0, start - 2) : start] if token.pos_ != "ADV"]
        return bool(before) and before[-1].lower_ in rules.words.get("third_persons", frozenset())
    if cue.kind != "complaint" or doc[start].is_alpha or any(char.isalnum() for char in doc[start].text):
        return False
    clause: list[Token] = []
    for token in reversed(doc[:start]):
        if _breaks_clause(token, breaks):
            break
        clause.insert(0, token)
    return names_own(clause, rules, doc.lang_)


def _cancels(canceller: Cue, by: Found, cue: Cue, hit: Found, text: str) -> bool:
    """Whether `canceller`, found at `by`, takes back `cue` found at `hit`: anywhere in the note, or where they
    overlap (``scope: span``), or in the same sentence (``scope: sentence``: no . ! ? … between them)."""
    if cue.kind not in canceller.cancels and cue.id not in canceller.cancels:
        return False
    if canceller.in_sentence:
        return not _SENTENCE_END.search(text, min(hit.end, by.end), max(hit.start, by.start))
    return not canceller.span_only or (hit.start < by.end and by.start < hit.end)


def _negated(
    doc: Doc, start: int, negations: frozenset[str], breaks: frozenset[str], idiom: set[int] | None = None
) -> bool:
    """Whether a negation stands in the same clause at most `_LOOKBACK` words before token `start` (a clause
    ends at punctuation and at the words of ``clause_breaks``: "but", "so", "weil", "car"); the tokens of
    `idiom` negate nothing."""
    for token in reversed(doc[max(0, start - _LOOKBACK) : start]):
        if _breaks_clause(token, breaks):
            return False
        if token.i in (idiom or ()):
            continue
        if token.lower_ in negations or token.norm_ in negations:
            return True
    return False


def _breaks_clause(token: Token, breaks: frozenset[str]) -> bool:
    return (token.is_punct and token.text not in "'’-") or token.lower_ in breaks


def _reading(flat: str, lang: str, doc: Doc, rules: NoteRules, found: list[tuple[Cue, Found]]) -> CustomerNote:
    denied = any(cue.kind == "gift" and (hit.negated or "gift" in cue.cancels) for cue, hit in found)
    topics = _topics([hit for cue, hit in found if cue.kind == TOPIC])
    found = [(cue, hit) for cue, hit in found if cue.kind != TOPIC]
    occasions = [hit for cue, hit in found if cue.kind == "occasion" and not hit.negated]
    inside, wishing = _tokens(doc, occasions), _tokens(doc, [hit for hit in occasions if hit.id in _WISHED])
    named, person = recipient(
        doc, rules, lang, inside, wishing, _tokens(doc, [h for h in occasions if h.id == "named_day"])
    )
    thanked = _thanks_the_recipient(doc, rules, found) if person else None
    if (
        thanked is not None
    ):  # "for our son's teacher, thank you for a brilliant year": the present thanks, the shop is not praised
        found = [(cue, hit) for cue, hit in found if cue.kind != "praise" or hit.start < thanked]
    strong, weak = _kinds(found)
    occasion = next((o for o in OCCASIONS if any(h.id == o and not (h.negated or c.cancels) for c, h in found)), "")
    occasion = occasion or ("thanks" if thanked is not None else "")
    inferred = False
    paperwork = any(hit.id in _PAPERWORK and cue.kind == "instruction" and _said(doc, rules, hit) for cue, hit in found)
    unsaid = "gift" not in strong and not (denied or paperwork) and person
    if unsaid and _present_for_someone(doc, rules, occasion, wishing):
        strong.append("gift")  # "for my wife", "für meinen Papa zum 70.": a present, though it never says so
        inferred = True
    if "gift" not in strong and any(cue.denies and not hit.negated for cue, hit in found):
        denied = True  # "can't wait to get it": looking forward to it as its owner, and nothing says present
    if weak and not {"complaint", "request"} & set(strong):
        strong += weak
    if occasion and "occasion" not in strong:
        strong.append("occasion")
    kinds = [kind for kind in KINDS if kind in strong]
    needs = any(cue.needs_person and not hit.negated for cue, hit in found)
    if not kinds and is_name([token for token in doc if not token.is_punct], rules):
        return CustomerNote(flat, lang, "instruction", needs_person=True)  # a name alone: on the card? the bell?
    if not kinds:
        content = [t for t in doc if t.is_alpha and t.lower_ not in rules.words.get("filler", frozenset())]
        confidence = 0.3 if len(content) >= 2 and not denied else 0.9
        return CustomerNote(flat, lang, "nothing", (), "", "", denied, confidence, confidence < SURE, ())
    kind = kinds[0]
    confidence = 0.7 if (inferred and kind == "gift") or set(kinds) <= set(weak) else 0.9
    return CustomerNote(
        text=flat,
        lang=lang,
        kind=kind,
        also=tuple(kinds[1:]),
        occasion=occasion,
        recipient=named if "gift" in kinds else "",
        denied=denied,
        confidence=confidence,
        needs_person=needs or kind in PEOPLE_KINDS or confidence < SURE,
        found=tuple(hit for _, hit in found),
        topic=topics.pop() if len(topics) == 1 else "",  # two topics: the reply does not guess which was asked
    )


def _topics(hits: list[Found]) -> set[str]:
    """The topics of a question: a topic found inside a longer one's words gives way ("wie lange" of sizes inside
    "wie lange dauert" of the delivery time)."""
    return {
        hit.id
        for hit in hits
        if not any(o.start <= hit.start and hit.end <= o.end and o.end - o.start > hit.end - hit.start for o in hits)
    }


def _tokens(doc: Doc, hits: list[Found]) -> frozenset[int]:
    """The indexes of the tokens of `hits` in `doc`."""
    return frozenset(token.i for token in doc for hit in hits if hit.start <= token.idx < hit.end)


def _present_for_someone(doc: Doc, rules: NoteRules, occasion: str, wishes: frozenset[int]) -> bool:
    """Whether the note says whom the order is for, so that it is a present though it never says so ("for my
    wife", "für Priya zu Diwali", "Happy 30th Tom!": `wishes` are the tokens of the occasions it names); never
    beside a memorial (the one remembered is no recipient)."""
    if occasion == "memorial":
        return False
    celebrated = bool(occasion) or celebrates(doc, rules)
    return for_someone(
        doc, rules, pets=bool(occasion), thanks=occasion == "thanks", celebrated=celebrated, wishes=wishes
    )


def _kinds(found: list[tuple[Cue, Found]]) -> tuple[list[str], list[str]]:
    """The kinds the cues tell, strong and weak (a negated cue tells its `negated_kind`, if any)."""
    strong: list[str] = []
    weak: list[str] = []
    for cue, hit in found:
        if hit.negated:
            if cue.negated_kind:
                strong.append(cue.negated_kind)
            continue
        if cue.cancels:
            continue  # "for me", "Christmas market": says only what the note is not
        (weak if cue.weak else strong).append(cue.kind)
    return strong, weak


def _thanks_the_recipient(doc: Doc, rules: NoteRules, found: list[tuple[Cue, Found]]) -> int | None:
    """Where a thanks to the present's recipient starts ("merci pour tout" after "pour la nounou de ma fille"), or
    None: the note thanks (a `thanked` praise cue) and is a present for someone (a gift cue, or someone named after
    "for", "für", "pour")."""
    starts = [hit.start for cue, hit in found if cue.kind == "praise" and cue.id == THANKED and not hit.negated]
    if not starts:
        return None
    gift = any(cue.kind == "gift" and not (hit.negated or cue.cancels) for cue, hit in found)
    return min(starts) if gift or for_someone(doc, rules, pets=True, thanks=True) else None


def _said(doc: Doc, rules: NoteRules, hit: Found) -> bool:
    """Whether the cue `hit` stands unnegated ("keine Rechnung beilegen", "no invoice please" ask for no paperwork:
    they say nothing of whom it is for), whether or not its rule takes negations back."""
    if hit.negated:
        return False
    start = next((token.i for token in doc if token.idx >= hit.start), len(doc))
    words = rules.words
    return not _negated(doc, start, words.get("negation", frozenset()), words.get("clause_breaks", frozenset()))
