"""SIN207: the reply contradicts what the customer wrote in their order note.

The customer's note is read with `notegen.language.customer_notes.read_customer_note`, the reading the
composer answers by, and only a sure reading is judged (an unsure one gets no reply from the composer
either). Then:
- a complaint: joy at the note ("wie schön", "how lovely to hear"), or thanks for it as if it were kind words
  ("danke für Ihre liebe Nachricht"), contradicts it; a wish about the item ("viel Freude damit") does not;
- a delivery or admin instruction, or a note that says the order is no gift: wording that treats the order as a
  present ("als Geschenk", "the lucky recipient"), unless the order itself is marked as a gift; "your gift" too
  (the group `given`), unless a line of the order is a donation, which a charity thanks as "your gift";
- a present for someone named through another person ("my son's teacher", "die Lehrerin von unserem Sohn"): the
  other person made the present's ("your son", "Ihrem Sohn"), unless the recipient is named beside them; and a
  present for a person made an animal's ("dein Hund" for "vom Hund für Papa") or another relative's ("deiner
  Mutter" for "Für Oma Gerda");
- a note with no complaint: an apology for a problem with the order (the group `unasked_apology`: "dass etwas
  gefehlt hat", or a sentence that holds a word of `apology_words` and one of `problem_words`: "so sorry the lid
  was missing from your parcel"), unless the note tells of a death or an illness: a question read as a complaint;
- a note that asks for discretion (a plain box: "neutral verpacken"): congratulations or cheering;
- a memorial: joy or cheering anywhere in the body ("Woohoo", "a real party", doubled exclamation marks, a
  sentence of joy ending in one), or an exclamation mark next to the memorial: in a paragraph that takes up the
  customer's words ("Dass Sie dabei an Ihren Vater denken …").
The phrases are the rule's pattern groups (`note_joy`, `kind_words`, `gift`, `joy`), data in `locales/<lang>/lint/`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from notegen.language.customer_notes import CustomerNote, read_customer_note
from notegen.language.donations import donation_lines
from notegen.language.note_rules import note_rules
from notegen.language.relations import concept, concepts, through_parts
from notegen.lint.nlp.note_view import Hit, NoteView
from notegen.lint.rules import Rule

_INSIDE = ("body", "postscript")
_WORD = re.compile(r"[^\W\d_]{4,}|\b[^\W\d_a-zà-ÿ][^\W\d_]{2}\b")
"""The words of a customer's note a paragraph may take up: four letters or more, or a short name ("Ben")."""


@lru_cache(maxsize=4096)
def reading(text: str, lang: str) -> CustomerNote:
    """The reading of a customer's note (a batch carries the same notes again and again)."""
    return read_customer_note(text, lang)


def check_replies(rule: Rule, ctx: NoteView) -> list[Hit]:
    """SIN207: joy after a complaint, gift wording after an instruction, exclamations beside a memorial."""
    if ctx.order is None or not ctx.order.note.strip():
        return []
    note = reading(ctx.order.note, ctx.lang)
    if not note.sure:
        return []
    if note.kind == "complaint":
        found = [*ctx.spans(rule.code, "note_joy"), *ctx.spans(rule.code, "kind_words"), *cheering(rule, ctx, [])]
        return _first(ctx, found, "complaint")
    if note.occasion == "memorial":
        marks = [(i, i + 1) for i in _beside(ctx, ctx.order.note) if ctx.texts[i] == "!"]
        joy = [*ctx.spans(rule.code, "joy"), *ctx.spans(rule.code, "cheer"), *cheering(rule, ctx, [])]
        return _first(ctx, [*joy, *marks], "memorial")
    if note.occasion == "get_well":
        wishes = ctx.spans(rule.code, "wish")
        beside = _beside(ctx, _illness_words(note))
        marks = [(i, i + 1) for i in beside if ctx.texts[i] == "!" and not _wished(ctx, i, wishes)]
        hits = _first(ctx, [*ctx.spans(rule.code, "cheer"), *marks, *cheering(rule, ctx, wishes)], "illness")
        if hits:
            return hits
    if note.is_gift and note.kind != "complaint":
        hits = _first(ctx, _wrong_person(ctx, note), "recipient") or _first(ctx, _other_person(ctx, note), "person")
        if hits:
            return hits
    if "complaint" not in note.kinds and note.occasion not in ("memorial", "get_well"):
        hits = _first(ctx, [*ctx.spans(rule.code, "unasked_apology"), *_apologies(rule, ctx)], "unasked")
        if hits:
            return hits
    if any(hit.id == "discreet" and not hit.negated for hit in note.found):
        hits = _first(ctx, [*ctx.spans(rule.code, "joy"), *cheering(rule, ctx, [])], "discreet")
        if hits:
            return hits
    no_gift = note.denied or (note.kind == "instruction" and not note.is_gift)
    if no_gift and not ctx.order.gift:
        given = [] if any(donation_lines(ctx.order)) else ctx.spans(rule.code, "given")
        return _first(ctx, [*ctx.spans(rule.code, "gift"), *given], "instruction")
    return []


def cheering(rule: Rule, ctx: NoteView, wishes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The places whose tone cheers, judged by the sentence rather than by a phrase: an emoji of joy (the rule's
    `joy_emojis`), exclamation marks doubled ("en route !!"), or a sentence that ends in an exclamation mark and
    holds an interjection or a word of joy (the group `joy_words`, matched on lemmas: "bravo !", "Nous sommes
    ravis pour vous !", "Super, schon unterwegs!"). A sentence with one of `wishes` in it (a get-well wish) may
    end so."""
    emojis = rule.setting_set("joy_emojis")
    found = [(i, i + 1) for i, text in enumerate(ctx.texts) if any(char in emojis for char in text)]
    joyful = ctx.spans(rule.code, "joy_words")
    for mark in (i for i, text in enumerate(ctx.texts) if "!" in text):
        start = _sentence_start(ctx, mark)
        if any(start <= first and last <= mark + 1 for first, last in wishes):
            continue
        if ctx.texts[mark].count("!") > 1 or (mark + 1 < len(ctx.texts) and "!" in ctx.texts[mark + 1]):
            found.append((mark, mark + 1))
        found += [(first, last) for first, last in joyful if start <= first and last <= mark]
    return found


def _apologies(rule: Rule, ctx: NoteView) -> list[tuple[int, int]]:
    """The sentences that apologise for a problem with the parcel: a word of the group `apology_words` ("sorry",
    „leid“, « désolés ») and one of `problem_words` ("missing", „gefehlt“, « manqué ») in the same sentence, from
    the one to the other."""
    problems = ctx.spans(rule.code, "problem_words")
    found = []
    for first, last in ctx.spans(rule.code, "apology_words"):
        end = ctx.sentence_end(first)
        start = first
        while start > 0 and not ctx.sentence_starts[start]:
            start -= 1
        found += [(min(first, p), max(last, p_end)) for p, p_end in problems if start <= p and p_end <= end]
    return found


_YOURS = frozenset(
    {
        *("your", "ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres", "dein", "deine", "deinen", "deinem", "deiner"),
        *("deines", "euer", "eure", "euren", "eurem", "eurer", "eures", "votre", "vos", "ton", "ta", "tes"),
    }
)
_JOINS = ("von", "vom", "de", "du", "des", "d'", "d’", "of")


def _wrong_person(ctx: NoteView, note: CustomerNote) -> list[tuple[int, int]]:
    """Where the reply makes a present for someone named through another person the other person's: "your son"
    for "my son's teacher", "eurem Hund" for "die Tierärztin von unserem Hund" (not "the teacher of your son",
    "die Tierärztin Ihres Hundes")."""
    parts = through_parts(note.recipient, note.lang)
    if parts is None or note.lang != ctx.lang:
        return []
    head, owner = (part.lower()[:4] for part in parts)
    found = []
    for i in range(1, len(ctx.lowers)):
        if not ctx.lowers[i].startswith(owner) or ctx.lowers[i - 1] not in _YOURS:
            continue
        near = [*ctx.lowers[max(0, i - 5) : i - 1], *ctx.lowers[i + 1 : i + 5]]  # "à votre fille et à son cheval"
        joined = ctx.lowers[i + 1 : i + 2] in (["'s"], ["’s"]) or (i >= 2 and ctx.lowers[i - 2] in _JOINS)
        if not (joined or any(word.startswith(head) for word in near)):
            found.append((i - 1, i + 1))
    return found


def _other_person(ctx: NoteView, note: CustomerNote) -> list[tuple[int, int]]:
    """Where the reply makes a present for a person someone else's: an animal's ("dein Hund", "your dog" for "from
    Bramble the spaniel to his mum") when the recipient is no animal, or another relative's ("deiner Mutter" for
    "Für Oma Gerda", "votre père" for « Pour Papi Jean ») than any the note names."""
    if not note.recipient or note.lang != ctx.lang:
        return []
    pets = note_rules(ctx.lang).words.get("pets", frozenset())
    wanted = concept(note.recipient, note.lang)
    kin = concepts().get(ctx.lang, {})
    named = {_kin(kin[word]) for word in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", note.text.lower()) if word in kin}
    recipient_pet = any(word in pets for word in note.recipient.lower().split())
    found = []
    for i in range(1, len(ctx.lowers)):
        if ctx.lowers[i - 1] not in _YOURS or (ctx.lang == "de" and ctx.texts[i - 1].startswith("i")):
            continue  # German "ihr Hund" is hers, "Ihr Hund" the reader's
        word = ctx.lowers[i]
        if (word in pets and not recipient_pet) or (
            wanted and word in kin and _kin(kin[word]) != _kin(wanted) and _kin(kin[word]) not in named
        ):
            found.append((i - 1, i + 1))
    return found


def _kin(relation: str) -> str:
    """A relation without its gender ("friend_f" → "friend")."""
    return relation.split("_")[0]


def _sentence_start(ctx: NoteView, mark: int) -> int:
    """The first token of the sentence that the exclamation mark at token `mark` ends: after the last . ! ? …
    or line break before it (a colon or a semicolon does not end the sentence's tone)."""
    start = mark
    while start > 0 and not any(char in ctx.texts[start - 1] for char in ".!?…\n"):
        start -= 1
    return start


def _beside(ctx: NoteView, customer_note: str) -> list[int]:
    """The tokens of the body paragraphs that take up a word of the customer's note (its first five letters:
    "Vater", "Vaters"; a short name whole: "Ben")."""
    stems = {word.lower()[:5] for word in _WORD.findall(customer_note)} - {word[:5] for word in ctx.stop}
    found: list[int] = []
    for part in ctx.layout.parts:
        if part.kind not in _INSIDE:
            continue
        tokens = [i for i, start in enumerate(ctx.starts) if part.start <= start < part.end]
        if any(ctx.lowers[i][:5] in stems for i in tokens if ctx.alpha[i]):
            found += tokens
    return found


def _illness_words(note: CustomerNote) -> str:
    """The words of the customer's note that tell the illness ("hospital", "Krankenhaus") and whom it
    befell (the recipient): a paragraph that takes one up is next to the illness; one that only thanks for a
    "gift" is not."""
    told = [note.text[hit.start : hit.end] for hit in note.found if hit.id == "get_well" and not hit.negated]
    return " ".join([*told, note.recipient]) if told else note.text


def _wished(ctx: NoteView, mark: int, wishes: list[tuple[int, int]]) -> bool:
    """Whether the sentence that the exclamation mark at token `mark` ends holds a get-well wish."""
    start = mark
    while start > 0 and not ctx.sentence_starts[start]:
        start -= 1
    return any(start <= first and last <= mark for first, last in wishes)


def _first(ctx: NoteView, spans: list[tuple[int, int]], variant: str) -> list[Hit]:
    """One hit, at the first of `spans` in the body or a postscript (one contradiction is enough to say)."""
    inside = sorted((span for span in spans if ctx.kinds[span[0]] in _INSIDE), key=lambda span: (span[0], -span[1]))
    if not inside:
        return []
    start, end = ctx.chars(*inside[0])
    return [Hit(start, end, {"customer_note": ctx.order.note.strip() if ctx.order else ""}, variant)]
