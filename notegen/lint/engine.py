"""The lint engine: runs a language's rules over notes and turns what they find into findings.

For each note: the pipeline of its language, the parts of the note, one pass of the pattern matchers, the
order's items found in the text; then every rule's check (named in its YAML file, registered in `CHECKS`), the
score from the other findings, and last the rules over the whole batch. Checks return `Hit`s; the engine
words them with the rule's message in the note's language and in English.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from spacy.language import Language

from notegen.language import forms
from notegen.language.catalog import Catalog
from notegen.language.locales import order_lang
from notegen.language.pipeline import pipeline
from notegen.lint.checks.item_grammar import check_item_grammar
from notegen.lint.checks.item_mentions import check_items, mentioned, order_items
from notegen.lint.checks.people import check_name, check_signature, greeted_by_the_book
from notegen.lint.checks.phrases import check_phrases
from notegen.lint.checks.replies import check_replies
from notegen.lint.checks.sameness import BatchNote, batch_note, other_orders, sameness
from notegen.lint.checks.score import score
from notegen.lint.checks.wording import check_formality, check_language, check_placeholders, check_reciprocity, detect
from notegen.lint.nlp.matching import Matchers
from notegen.lint.nlp.note_view import Hit, NoteView, word_facts
from notegen.lint.nlp.parts import Part, layout
from notegen.lint.nlp.reading import LineReader, Tokens
from notegen.lint.result import LintFinding, LintResult
from notegen.lint.rules import Rule, Rulebook, rulebook, selected
from notegen.model import Finding, Order

Check = Callable[[Rule, NoteView], list[Hit]]
CHECKS: dict[str, Check] = {
    "phrases": check_phrases,
    "name": check_name,
    "signature": check_signature,
    "items": check_items,
    "item_grammar": check_item_grammar,
    "placeholders": check_placeholders,
    "formality": check_formality,
    "language": check_language,
    "reciprocity": check_reciprocity,
    "replies": check_replies,
}
ENGINE_CHECKS = frozenset({"score", "sameness"})
"""Checks the engine runs itself: the score needs the other findings, sameness the whole batch."""

Entry = tuple[str, Order | None, str | None]
SAMENESS_MIN = 3
"""Below this many notes no batch is a form letter, and the masked texts are not worth making."""
READ_SLICE = 250
"""Notes read together: their new lines go through the pipeline as one `Doc`."""


@dataclass(frozen=True)
class Setup:
    """A language, ready: its pipeline, its rules and their matchers."""

    nlp: Language
    book: Rulebook
    matchers: Matchers
    reader: LineReader


@cache
def setup(lang: str) -> Setup:
    """The pipeline, rules and matchers of `lang`, built once per process on first use."""
    nlp = pipeline(lang)
    book = rulebook(lang)
    unknown = {rule.check for rule in book.rules} - set(CHECKS) - ENGINE_CHECKS
    if unknown:
        raise ValueError(f"rules of {lang} name unknown checks: {', '.join(sorted(unknown))}")
    stop, endings = forms.stop_words()[lang], book.word_list("endings")
    matchers = Matchers(nlp, book, stop)
    reader = LineReader(nlp, matchers.phrase_matches, lambda lexeme: word_facts(lexeme, stop, endings))
    return Setup(nlp, book, matchers, reader)


def languages(text: str, order: Order | None, lang: str | None) -> tuple[str, str | None]:
    """(the language to lint in, the language the note must be in, if known)."""
    if lang:
        return lang, lang
    if order is not None:
        wanted = order_lang(order)
        if wanted:
            return wanted, wanted
    return detect(text) or "en", None


def _read(ready: Setup, entries: Sequence[Entry], positions: list[int]) -> Iterator[tuple[int, Tokens]]:
    """The notes at `positions`, read a slice at a time (their new lines together, see `reading`)."""
    for first in range(0, len(positions), READ_SLICE):
        part = positions[first : first + READ_SLICE]
        yield from zip(part, ready.reader.read_all([entries[i][0] for i in part]), strict=True)


def _view(
    ready: Setup, text: str, tokens: Tokens, order: Order | None, expected: str | None, catalog: Catalog | None
) -> NoteView:
    book = ready.book
    parts = layout(text, book.word_list("salutations"), book.word_list("closings"))
    stop = forms.stop_words()[book.lang]
    ctx = NoteView(text, book.lang, tokens, book, parts, stop, order, expected, catalog=catalog)
    columns = {"LOWER": ctx.lowers, "NORM": ctx.norms, "ORTH": ctx.texts}
    ctx.matches = ready.matchers(tokens, columns, _token_range(ctx, parts.first("signature")))
    if order is not None:
        ctx.item_words = order_items(ready.nlp, ctx, order)
        ctx.item_hits = [mentioned(ctx, words) for words in ctx.item_words]
    ctx.greeted = greeted_by_the_book(ctx)
    return ctx


def _token_range(ctx: NoteView, part: Part | None) -> tuple[int, int] | None:
    if part is None:
        return None
    start = bisect.bisect_left(ctx.starts, part.start)
    end = bisect.bisect_left(ctx.starts, part.end)
    return (start, end) if start < end else None


@dataclass
class Verdict:
    """What the rules found on one note so far, with what the findings are worded from."""

    text: str
    lang: str
    book: Rulebook
    findings: list[LintFinding]
    score: int
    parts: dict[str, int]
    basis: str

    def add(self, rule: Rule | None, hit: Hit) -> None:
        """Word a hit of `rule` (if the language has the rule) as a finding of this note."""
        if rule is not None:
            self.findings.append(_finding(rule, self.text, self.lang, hit))


def _finding(rule: Rule, text: str, lang: str, hit: Hit) -> LintFinding:
    covered = text[hit.start : hit.end] if hit.start >= 0 else ""
    values = {"text": covered, **hit.values}
    local = rule.text(lang, hit.variant).format_map(values)
    english = rule.text("en", hit.variant).format_map(values)
    return LintFinding(rule.code, rule.severity, local, hit.start, hit.end, covered, rule.name, english)


def judge(ctx: NoteView, threshold: int) -> Verdict:
    """Run every rule of the note's language on it, then the score."""
    verdict = Verdict(ctx.text, ctx.lang, ctx.book, [], 0, {}, "")
    for rule in ctx.book.rules:
        if rule.check not in ENGINE_CHECKS:
            for hit in CHECKS[rule.check](rule, ctx):
                verdict.add(rule, hit)
    codes = [finding.code for finding in verdict.findings]
    scoring = ctx.book.rule("SIN301") or rulebook("en").rule("SIN301")
    assert scoring is not None, "no rule SIN301"
    verdict.score, verdict.parts, verdict.basis = score(setup(ctx.lang).nlp, scoring, ctx, codes)
    if verdict.score < threshold:
        shown = ", ".join(f"{name} {value}" for name, value in verdict.parts.items())
        values = {"score": str(verdict.score), "threshold": str(threshold), "parts": shown}
        verdict.add(ctx.book.rule("SIN301"), Hit(values=values))
    return verdict


def run(
    entries: Sequence[Entry],
    threshold: int,
    select: Sequence[str],
    ignore: Sequence[str],
    catalog: Catalog | None = None,
) -> list[LintResult]:
    """Lint a batch of notes: per-note rules and the score as each note is parsed, then the batch rules; the
    shop's `catalog`, when given, names items as the composer named them."""
    chosen = [languages(text, order, lang) for text, order, lang in entries]
    verdicts: list[Verdict | None] = [None] * len(entries)
    notes: list[BatchNote | None] = [None] * len(entries)
    for lang in dict.fromkeys(lang for lang, _ in chosen):
        ready = setup(lang)
        positions = [i for i, (chosen_lang, _) in enumerate(chosen) if chosen_lang == lang]
        for position, tokens in _read(ready, entries, positions):
            text, order, _ = entries[position]
            ctx = _view(ready, text, tokens, order, chosen[position][1], catalog)
            verdicts[position] = judge(ctx, threshold)
            if len(entries) > 1:
                notes[position] = batch_note(ctx, with_text=len(entries) >= SAMENESS_MIN)
    done = [verdict for verdict in verdicts if verdict is not None]
    if len(entries) > 1:
        summaries = [note for note in notes if note is not None]
        same = sameness(_batch_rule(done, "SIN302"), summaries)
        for position, hit in same.items():
            done[position].add(done[position].book.rule("SIN302"), hit)
        generic = frozenset().union(*(verdict.book.word_set("item_generic") for verdict in done))
        for position, hits in other_orders(summaries, generic=generic).items():
            for hit in hits:
                done[position].add(done[position].book.rule("SIN202"), hit)
    results = []
    for verdict in done:
        kept: list[Finding] = [f for f in verdict.findings if selected(f.code, select, ignore)]
        kept.sort(key=lambda finding: (finding.start, finding.code))
        results.append(LintResult(verdict.lang, tuple(kept), verdict.score, verdict.parts, verdict.basis))
    return results


def _batch_rule(verdicts: Sequence[Verdict], code: str) -> Rule:
    rule = verdicts[0].book.rule(code) or rulebook("en").rule(code)
    assert rule is not None, f"no rule {code}"
    return rule
