"""Rules over a whole batch: form-letter sameness (SIN302) and items of other orders (SIN202).

Sameness: each note is reduced to its words with the customer's names, the order's items and variants,
numbers and quoted names masked; when more than `share` of a batch (and at least `min_notes` notes) reduce to
the same text, each of them gets a warning. So does each note with a sentence of its body (between greeting and
signature, reduced alike) that more than `sentence_share` of the batch say: two wordings of each block, or one
sentence every note repeats, read as a form letter however the rest is varied.

Other orders: a note that names every distinctive word of an item of another order of the batch, which no item
of its own order shares, was written for that other order (or mixes two orders up). Words that many notes use
without an item of their own to explain them are the shop's own (its name, the sample it gives) and prove
nothing. Items are looked up through an index of their word forms, so a large batch costs no more per note than
a small one.

The batch rules see each note through a `BatchNote`, a summary made right after the note's own rules ran, so
that a large batch does not keep every parsed note in memory.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import compress
from operator import not_

from notegen.lint.checks.item_mentions import ItemWords
from notegen.lint.checks.people import fold, name_forms, spellings
from notegen.lint.nlp.note_view import Hit, NoteView
from notegen.lint.rules import Rule
from notegen.model import Order


def _mask_words(ctx: NoteView) -> list[str | None]:
    """Per token, the word it reduces to (names, items, variants, numbers and quoted names as placeholders),
    or None for a stop word, a space or punctuation."""
    items = {index for hits in ctx.item_hits for index in hits}
    names: frozenset[str] = frozenset()
    if ctx.order is not None:
        other = spellings(ctx.book)
        names = name_forms(ctx.order.customer.first_name, other) | name_forms(ctx.order.customer.last_name, other)
    item_forms = set().union(*(words.every for words in ctx.item_words or ()))
    reduced: list[str | None] = []
    lowers, norms, quoted = ctx.lowers, ctx.norms, ctx.quoted
    for index, word in enumerate(ctx.masks):
        if word is None or word == "#":
            reduced.append(word or None)
            continue
        lower = lowers[index]
        if index in items or quoted[index] or lower in item_forms or norms[index] in item_forms:
            word = "<item>"
        elif lower in names or (not lower.isascii() and fold(ctx.texts[index]) in names):  # ASCII folds to itself
            word = "<name>"
        reduced.append(word)
    return reduced


def _joined(words: list[str | None]) -> str:
    """Words as one text, a run of the same placeholder written once."""
    kept: list[str] = []
    for word in words:
        if word is not None and (not kept or word != kept[-1] or not word.startswith("<")):
            kept.append(word)
    return " ".join(kept)


def masked(ctx: NoteView) -> str:
    """The note's content words, with names, items, variants, numbers and quoted names replaced by placeholders.

    Stop words are left out and the others reduced to their stems, so that "der Schal ist unterwegs" and
    "die Schürze ist unterwegs", "votre sac est parti" and "votre bougie est partie" reduce alike.
    """
    return _joined(_mask_words(ctx))


def masked_sentences(ctx: NoteView, reduced: list[str | None] | None = None) -> dict[str, tuple[int, int]]:
    """The sentences of the note's body (between greeting and signature), reduced as in `masked`, with where each
    is in the note; sentences of fewer than `SENTENCE_WORDS` content words ("Danke!") are left out."""
    words = _mask_words(ctx) if reduced is None else reduced
    found: dict[str, tuple[int, int]] = {}
    starts, space = ctx.sentence_starts, ctx.space
    # the sentences' own tokens: not the blank lines after a paragraph, so that a finding is its sentence
    body = [i for part in ctx.token_ranges("body") for i in compress(part, map(not_, space[part.start : part.stop]))]
    span: list[int] = []
    for index in [*body, -1]:
        if span and (index < 0 or starts[index]):
            sentence = [words[i] for i in span]
            if len(sentence) - sentence.count(None) >= SENTENCE_WORDS:
                found.setdefault(_joined(sentence), (ctx.starts[span[0]], ctx.ends[span[-1]]))
            span = []
        span.append(index)
    return found


SENTENCE_WORDS = 3
"""A sentence counts for sameness from this many content words: a short thanks may well be shared."""


@dataclass(frozen=True)
class BatchNote:
    """What the batch rules need of one note: its order, its masked text and masked body sentences (with where
    each is), and the word forms of its body."""

    order: Order | None
    masked: str
    sentences: dict[str, tuple[int, int]]
    body: frozenset[str]
    forms: dict[int, frozenset[str]]
    starts: list[int]
    ends: list[int]
    own: frozenset[str]
    items: tuple[ItemWords, ...]


def batch_note(ctx: NoteView, *, with_text: bool = True) -> BatchNote:
    """The batch rules' view of a note (its masked text and sentences only `with_text`)."""
    reduced = _mask_words(ctx) if with_text else []
    return BatchNote(
        ctx.order,
        _joined(reduced),
        masked_sentences(ctx, reduced) if with_text else {},
        ctx.body_content,
        ctx.body_forms,
        ctx.starts,
        ctx.ends,
        frozenset().union(*(words.every for words in ctx.item_words or ())),
        tuple(ctx.item_words or ()),
    )


def sameness(rule: Rule, notes: Sequence[BatchNote]) -> dict[int, Hit]:
    """SIN302: the notes (by position) that share one masked text with more than `share` of the batch, or one
    sentence of their body with more than `sentence_share` of it (a sentence every note says is a form letter's
    sentence, however the rest varies)."""
    minimum = int(rule.settings.get("min_notes", 3))
    if len(notes) < minimum:
        return {}
    groups: dict[str, list[int]] = defaultdict(list)
    for position, note in enumerate(notes):
        groups[note.masked].append(position)
    share = float(rule.settings.get("share", 0.2))
    hits = {}
    for positions in groups.values():
        if len(positions) >= minimum and len(positions) > share * len(notes):
            for position in positions:
                hits[position] = Hit(values={"count": str(len(positions)), "total": str(len(notes))})
    if len(notes) < int(rule.settings.get("sentence_min_notes", 20)):  # in a few notes, phrasings meet by chance
        return hits
    counts = Counter(sentence for note in notes for sentence in note.sentences)
    least = max(minimum, float(rule.settings.get("sentence_share", 0.4)) * len(notes))
    common = {sentence: count for sentence, count in counts.items() if count > least or count == len(notes) >= least}
    for position, note in enumerate(notes):
        if position in hits:
            continue
        shared = [(count, sentence) for sentence, count in common.items() if sentence in note.sentences]
        if shared:
            count, sentence = max(shared)
            start, end = note.sentences[sentence]
            values = {"count": str(count), "total": str(len(notes))}
            hits[position] = Hit(start, end, values, variant="sentence")
    return hits


def _shop_words(notes: Sequence[BatchNote], share: float) -> set[str]:
    """Word forms many notes use though their own order has no item with them: the shop's own words (its name,
    the sample it gives), which a note uses without naming another order's item."""
    unexplained: Counter[str] = Counter()
    for note in notes:
        unexplained.update(note.body - note.own)
    least = max(2, share * len(notes))
    return {form for form, count in unexplained.items() if count >= least}


def other_orders(
    notes: Sequence[BatchNote], share: float = 0.25, generic: frozenset[str] = frozenset()
) -> dict[int, list[Hit]]:
    """SIN202: notes (by position) that name every distinctive word of an item of another order of the batch,
    none of which is a word of an item of their own order nor one of the shop's own words. An item named only by
    `generic` words ("Monthly gift" is its head noun "gift" to the lint) is never taken for another order's: a
    charity's "every gift like yours" names no one's order."""
    index: dict[str, dict[str, tuple[ItemWords, set[str]]]] = defaultdict(dict)
    for note in notes:
        if note.order is None:
            continue
        for words in note.items:
            for form in words.words[0] if words.words else ():
                entry = index[form].setdefault(words.item.name, (words, set()))
                entry[1].add(note.order.order_id)
    shop = _shop_words(notes, share)
    hits: dict[int, list[Hit]] = defaultdict(list)
    for position, note in enumerate(notes):
        if note.order is None:
            continue
        own = note.own | shop
        seen: set[str] = set()
        for form in [form for form in note.body if form in index]:
            for name, (words, orders) in index[form].items():
                if name in seen or orders == {note.order.order_id}:
                    continue
                seen.add(name)
                if any(word & own for word in words.words) or not all(word & note.body for word in words.words):
                    continue
                if all(word & generic for word in words.words):
                    continue
                first = min(i for i, found in note.forms.items() if any(found & word for word in words.words))
                hits[position].append(Hit(note.starts[first], note.ends[first], {"item": name}, variant="other"))
    return hits
