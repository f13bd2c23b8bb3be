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

from notegen.language.forms import lemma_store
from notegen.language.note_rules import KINDS, OCCASIONS, TOPIC, Cue, NoteRules, note_rules
from notegen.language.note_text import corrected_text, known_share, only_a_date, only_noise
from notegen.language.pipeline import pipeline
from notegen.model import LANGS

SURE = 0.6
"""Below this confidence the reading is not acted on: the note says nothing and a person reads it."""
PEOPLE_KINDS = ("complaint", "question", "request")
"""Kinds a person of the shop must follow up."""
_WORD = re.compile(r"[^\W\d_]+")
_LOOKBACK = 4
_PAPERWORK = frozenset({"accounts"})
"""Instruction cues after which "for our accounts team", "pour mon employeur" says who the paperwork is for: no
present is inferred from them (a note that says "gift" still reads as one)."""
_PHRASE_LIMIT = 7


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
    read as a typo of a cue word ("kaput").
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
    if only_a_date(flat, rules.words.get("date_words", frozenset())):  # "14. Jänner", "03/04": for when?
        return CustomerNote(flat, lang, "instruction", needs_person=True)
    if not words or only_noise(words, rules.noise):
        return CustomerNote(flat, lang, "nothing", confidence=1.0 if not words else 0.95)
    doc = pipeline(lang)(flat)
    meant = corrected_text(doc, rules)  # "kaput", "damagd": the cue words they were meant as
    if meant is not None:
        doc = pipeline(lang)(meant)
    found = _found(doc, rules)
    reading = _reading(flat, lang, doc, rules, found)
    return replace(reading, guessed=True) if meant is not None else reading


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
        hits.append((cue, Found(cue.kind, cue.id, span.start_char, span.end_char, negated)))
    cancelling = [(cue, hit) for cue, hit in hits if cue.cancels and not hit.negated]
    kept = []
    for cue, hit in hits:
        if not cue.cancels and any(_cancels(other, by, cue, hit) for other, by in cancelling if by is not hit):
            continue
        kept.append((cue, hit))
    return kept


def _cancels(canceller: Cue, by: Found, cue: Cue, hit: Found) -> bool:
    if cue.kind not in canceller.cancels and cue.id not in canceller.cancels:
        return False
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
    strong: list[str] = []
    weak: list[str] = []
    denied = any(cue.kind == "gift" and (hit.negated or cue.cancels) for cue, hit in found)
    topics = {cue.id for cue, _ in found if cue.kind == TOPIC}
    found = [(cue, hit) for cue, hit in found if cue.kind != TOPIC]
    for cue, hit in found:
        if hit.negated:
            if cue.negated_kind:
                strong.append(cue.negated_kind)
            continue
        if cue.cancels:
            continue  # "for me", "Christmas market": says only what the note is not
        (weak if cue.weak else strong).append(cue.kind)
    occasion = next((o for o in OCCASIONS if any(h.id == o and not (h.negated or c.cancels) for c, h in found)), "")
    recipient, person = _recipient(doc, rules, lang)
    inferred = False
    paperwork = any(hit.id in _PAPERWORK and cue.kind == "instruction" for cue, hit in found)
    if (
        "gift" not in strong
        and not (denied or paperwork)
        and person
        and occasion != "memorial"
        and _for_someone(doc, rules)
    ):
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
    if not kinds and _is_name([token for token in doc if not token.is_punct], rules):
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
        recipient=recipient if "gift" in kinds else "",
        denied=denied,
        confidence=confidence,
        needs_person=needs or kind in PEOPLE_KINDS or confidence < SURE,
        found=tuple(hit for _, hit in found),
        topic=topics.pop() if len(topics) == 1 else "",  # two topics: the reply does not guess which was asked
    )


def _for_someone(doc: Doc, rules: NoteRules) -> bool:
    """Whether a person word follows a gift preposition ("for", "für", "pour") within the same phrase."""
    preps = rules.words.get("gift_preps", frozenset())
    through = rules.words.get("of_preps", frozenset())
    for index, token in enumerate(doc):
        if token.lower_ in preps:
            span = _phrase(doc, index + 1, rules, through)
            if span and _names_someone(span, rules, doc.lang_):
                return True
    return False


def _names_someone(span: list[Token], rules: NoteRules, lang: str) -> bool:
    """Whether a phrase is someone of the customer's: it opens with their possessive, an article or a person
    word, and a person word follows soon ("my wife", "la maîtresse de ma fille"; not "your work for children"),
    or it is an occasion of someone of theirs ("les 40 ans de ma cousine", "die Taufe meines Neffen")."""
    possessives = rules.words.get("possessives", frozenset())
    determiners = possessives | rules.words.get("articles", frozenset())
    at = _person_at(span, rules, lang)
    if 0 <= at <= 4 and (span[0].lower_ in determiners or at == 0):
        return True
    return at > 0 and any(token.lower_ in possessives for token in span[max(0, at - 2) : at])


def _recipient(doc: Doc, rules: NoteRules, lang: str) -> tuple[str, bool]:
    """Who the note names as receiving the order, as written, and whether it is surely a person."""
    preps = rules.words.get("recipient_preps", frozenset())
    named = ""
    for index, token in enumerate(doc):
        if token.lower_ not in preps:
            continue
        span = _phrase(doc, index + 1, rules)
        if not span:
            continue
        at = _person_at(span, rules, lang)
        if at >= 0:
            return _from_determiner(span, at, rules), True
        if not named and _is_name(span, rules):
            named = _text(span)
    if named:
        return named, False
    possessives = rules.words.get("possessives", frozenset())
    for index, token in enumerate(doc):  # "my dad", "ma meilleure amie" anywhere, or "grandpa" alone
        if _is_person(token, rules, lang):
            first = next((i for i in range(index - 1, max(-1, index - 3), -1) if doc[i].lower_ in possessives), index)
            if any(not doc[i].is_alpha for i in range(first, index)):
                first = index
            return _text(_phrase(doc, first, rules) or [doc[index]]), True
    return "", False


def _phrase(doc: Doc, start: int, rules: NoteRules, through: frozenset[str] = frozenset()) -> list[Token]:
    """The words of the noun phrase that starts at token `start` (up to a stop word or punctuation; the words
    of `through` do not stop it; a person word's tail, such as "in law", stays with it)."""
    stops = rules.words.get("recipient_stops", frozenset()) - through
    tails = rules.words.get("person_tails", frozenset())
    span: list[Token] = []
    at, end = start, min(len(doc), start + _PHRASE_LIMIT)
    while at < end:
        token = doc[at]
        at += 1
        tail = doc[token.i : token.i + 2].text.lower()
        if span and tail in tails:
            span += list(doc[token.i : token.i + 2])
            at += 1
            continue
        glued = span and token.i > 0 and not doc[token.i - 1].whitespace_ and doc[token.i - 1].text in "-'’"
        if (token.text in "-'’" and not token.whitespace_ and span) or glued:
            span.append(token)
            continue
        if span and token.lower_ in stops:
            break
        if not (
            token.is_alpha or token.like_num or token.text.isalnum() or token.text in ("&", "'s", "’s")
        ) and not token.text.endswith("'"):
            break
        span.append(token)
    while span and (span[-1].lower_ in stops or span[-1].text in "-&'’"):
        span.pop()
    return span


def _is_person(token: Token, rules: NoteRules, lang: str) -> bool:
    persons = rules.words.get("persons", frozenset())
    lower = token.lower_
    if lower in persons or token.norm_ in persons:
        return True
    # German compounds end in their head: "Schwiegervater", "Tagesmutter"
    return lang == "de" and len(lower) > 5 and any(lower.endswith(word) for word in persons if len(word) > 3)


def _person_at(span: list[Token], rules: NoteRules, lang: str) -> int:
    return next((i for i, token in enumerate(span) if _is_person(token, rules, lang)), -1)


def _from_determiner(span: list[Token], at: int, rules: NoteRules) -> str:
    """The phrase from the last determiner before its first person word ("l'anniv de mon copain" → "mon
    copain"; "la maîtresse de ma fille" stays whole)."""
    determiners = rules.words.get("possessives", frozenset()) | rules.words.get("articles", frozenset())
    starts = [i for i in range(at) if span[i].lower_ in determiners]
    return _text(span[starts[-1] if starts else 0 :])


def _is_name(span: list[Token], rules: NoteRules) -> bool:
    """Whether the phrase is a person's name ("Anna & Tom", "Julie et Karim"): capitalised words the
    lexicon does not know as words, with no article before them."""
    words = [token for token in span if token.is_alpha]
    if not words or words[0].lower_ in rules.words.get("articles", frozenset()):
        return False
    store = lemma_store(rules.lang)
    joins = rules.words.get("name_joins", frozenset())
    return all(
        token.lower_ in joins or (token.text[:1].isupper() and store.lemma(token.text.lower()) is None)
        for token in words
    )


def _text(span: list[Token]) -> str:
    if not span:
        return ""
    doc = span[0].doc
    return doc.text[span[0].idx : span[-1].idx + len(span[-1].text)]
