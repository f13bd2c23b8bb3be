"""The pattern side of the rules: spaCy `Matcher`s and a `PhraseMatcher` per language, over all rules.

Every pattern group of every rule is matched under the key "CODE:group". Token patterns are validated by spaCy
when they load (`validate=True`); a bad one is a `RuleError` that names the rule file. Phrases (plain strings)
match on `NORM`, the normalised form the pipeline puts on each token, all in one `PhraseMatcher` pass.

Speed: spaCy's `Matcher` tries every pattern at every token, so a note would cost as much as all patterns of
all rules together. So a token pattern made only of word lists and optional words ("@greeting_words" "?",
"@customer_nouns") is spelt out into its phrases for a `PhraseMatcher` on the same attribute (one hash look-up
per token, whatever the number of phrases). The other patterns (repetitions, wildcards, regular expressions)
keep a `Matcher` per group, with anchors: the words of the most telling required token of each pattern. Such a
group runs only when a note holds one of its anchors, and then only on the few tokens around it that a match
could span, as a small `Doc` of those words (a window of words gives the same matches wherever it stands, so
each distinct window is matched once per process). Antipatterns run only where their rule matched; rules that
only look at the signature run on the signature alone.

The phrases are matched line by line, as the lint reads each distinct line once (see `reading`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc

from notegen.language.pipeline import NORMALISER
from notegen.lint.nlp.reading import PhraseMatch, Tokens
from notegen.lint.rules import Rulebook, RuleError

Spans = dict[str, list[tuple[int, int]]]
TokenPattern = list[dict[str, Any]]
ATTRS = ("LOWER", "NORM", "ORTH")
PHRASE_LIMIT = 1500
"""The most phrases one token pattern is spelt out into; a pattern with more stays a `Matcher` pattern."""
DEPENDENT = frozenset({"antipatterns", "specific"})
"""Groups that only matter where the rule's own patterns matched: they run only then."""
OPEN_WIDTH = 4
"""How many tokens an open repetition ("*", "+", "{2,}") is assumed to span when placing a window."""
_REPEAT = re.compile(r"^\{(\d*)(,?)(\d*)\}$")
WINDOW_LIMIT = 10_000
"""The most distinct windows of words whose matches are kept."""


def _width(token: dict[str, Any]) -> int:
    op = token.get("OP")
    if op in (None, "!", "?", "1"):
        return 1
    repeat = _REPEAT.match(str(op))
    if repeat and (repeat[3] or not repeat[2]):
        return int(repeat[3] or repeat[1] or 1)
    return OPEN_WIDTH


def _anchor_words(token: dict[str, Any]) -> tuple[str, frozenset[str]] | None:
    if token.get("OP") not in (None, "+", "1") or len([key for key in token if key != "OP"]) != 1:
        return None
    attr, value = next((key, value) for key, value in token.items() if key != "OP")
    attr = "ORTH" if attr == "TEXT" else attr
    if attr not in ATTRS:
        return None
    if isinstance(value, str):
        return attr, frozenset({value})
    if isinstance(value, dict) and set(value) == {"IN"}:
        return attr, frozenset(str(word) for word in value["IN"])
    return None


@dataclass
class Group:
    """One pattern group: its matcher (None for one-word patterns), anchors and how far a match reaches."""

    key: str
    matcher: Matcher | None
    anchors: dict[str, set[str]] = field(default_factory=dict)
    back: int = 0
    ahead: int = 1
    always: bool = False


def _anchor(pattern: TokenPattern, common: frozenset[str]) -> tuple[str, frozenset[str], int, int] | None:
    """The most telling required token of a pattern (fewest common words, then fewest words), with how many
    tokens a match can reach before and after it; None when no token can anchor the pattern."""
    best: tuple[tuple[int, int], str, frozenset[str], int, int] | None = None
    for position, token in enumerate(pattern):
        found = _anchor_words(token)
        if found is None:
            continue
        attr, words = found
        rank = (len(words & common), len(words))
        if best is None or rank < best[0]:
            back = sum(_width(t) for t in pattern[:position])
            ahead = sum(_width(t) for t in pattern[position:])
            best = (rank, attr, words, back, ahead)
    return None if best is None else best[1:]


def _group(key: str, patterns: list[TokenPattern], matcher: Matcher, common: frozenset[str]) -> Group:
    group = Group(key, matcher)
    single = True
    for pattern in patterns:
        found = _anchor(pattern, common)
        if found is None:
            group.always = True
            continue
        attr, words, back, ahead = found
        group.anchors.setdefault(attr, set()).update(words)
        group.back, group.ahead = max(group.back, back), max(group.ahead, ahead)
        single = single and len(pattern) == 1 and pattern[0].get("OP") is None
    if single and not group.always:
        group.matcher = None
    return group


def spelt_out(pattern: TokenPattern) -> tuple[str, list[tuple[str, ...]]] | None:
    """(attribute, phrases) of a pattern of word lists and optional words, or None when it is not one (or
    would make more than PHRASE_LIMIT phrases)."""
    attrs = set()
    choices: list[list[tuple[str, ...]]] = []
    total = 1
    for token in pattern:
        op = token.get("OP")
        found = _anchor_words({key: value for key, value in token.items() if key != "OP"})
        if found is None or op not in (None, "?"):
            return None
        attr, values = found
        caseless = all(value.lower() == value == value.upper() for value in values)
        attrs.add("LOWER" if attr == "ORTH" and caseless else attr)  # "%" is its own lower case
        words: list[tuple[str, ...]] = [(word,) for word in sorted(values)]
        choices.append([*words, ()] if op == "?" else words)
        total *= len(choices[-1])
        if total > PHRASE_LIMIT or len(attrs) > 1:
            return None
    phrases: list[tuple[str, ...]] = [()]
    for options in choices:
        phrases = [phrase + option for phrase in phrases for option in options]
    return attrs.pop(), [phrase for phrase in phrases if phrase]


class Matchers:
    """Finds the spans of every pattern group of a language's rules in a note."""

    def __init__(self, nlp: Language, book: Rulebook, common: frozenset[str] = frozenset()) -> None:
        """Build the matchers of `book`; `common` words (the language's stop words) make poor anchors."""
        self.vocab = nlp.vocab
        self.strings = nlp.vocab.strings
        self.windows: dict[tuple[str, tuple[str, ...]], list[tuple[int, int]]] = {}
        self.phrases = PhraseMatcher(nlp.vocab, attr="NORM", validate=True)
        self.spelt = {attr: PhraseMatcher(nlp.vocab, attr=attr, validate=True) for attr in ("LOWER", "ORTH", "NORM")}
        self.groups: list[Group] = []
        self.signature: list[Group] = []
        self.index: dict[str, dict[str, list[int]]] = defaultdict(dict)
        normalise = nlp.get_pipe(NORMALISER)
        for rule in book.rules:
            for group_name, patterns in rule.groups.items():
                key = f"{rule.code}:{group_name}"
                token_patterns = [pattern for pattern in patterns if isinstance(pattern, list)]
                try:
                    Matcher(nlp.vocab, validate=True).add(key, token_patterns)
                except (ValueError, KeyError) as error:
                    raise RuleError(f"{rule.source}: a pattern of {group_name} is not valid: {error}") from None
                signature_only = rule.scope == {"signature"}
                rest = []
                for pattern in token_patterns:
                    spelt = None if signature_only else spelt_out(pattern)
                    if spelt is None:
                        rest.append(pattern)
                        continue
                    attr, spelt_phrases = spelt
                    docs = [Doc(nlp.vocab, words=list(phrase)) for phrase in spelt_phrases]
                    if attr == "NORM":
                        for doc in docs:
                            for token in doc:
                                token.norm_ = token.text
                    self.spelt[attr].add(key, docs)
                if rest:
                    matcher = Matcher(nlp.vocab)
                    matcher.add(key, rest)
                    group = _group(key, rest, matcher, common)
                    (self.signature if signature_only else self.groups).append(group)
                phrases = [normalise(nlp.make_doc(pattern)) for pattern in patterns if isinstance(pattern, str)]
                if phrases:
                    self.phrases.add(key, phrases)
        for number, group in enumerate(self.groups):
            for attr, anchors in group.anchors.items():
                for word in anchors:
                    self.index[attr].setdefault(word, []).append(number)
        self.attrs = sorted(self.index)

    def _anchored(self, columns: dict[str, list[str]]) -> dict[int, list[int]]:
        hits: dict[int, list[int]] = defaultdict(list)
        for attr in self.attrs:
            index = self.index[attr]
            values = columns[attr]
            present: dict[str, list[int]] = defaultdict(list)
            for position, value in enumerate(values):
                if value in index:
                    present[value].append(position)
            for word, positions in present.items():
                for number in index[word]:
                    hits[number] += positions
        return hits

    def phrase_matches(self, doc: Doc) -> list[PhraseMatch]:
        """The phrases of every rule found in `doc`: (rule key, first token, token after the last)."""
        found: list[PhraseMatch] = []
        for phrases in (self.phrases, *self.spelt.values()):
            if len(phrases):
                found += [(self.strings[match_id], start, end) for match_id, start, end in phrases(doc)]
        return found

    def _matched(self, group: Group, words: list[str], start: int, end: int) -> list[tuple[int, int]]:
        """The matches of a group's `Matcher` on the words `start` to `end`, counted from the note's start."""
        assert group.matcher is not None
        key = (group.key, tuple(words[start:end]))
        found = self.windows.get(key)
        if found is None:
            if len(self.windows) > WINDOW_LIMIT:
                self.windows.clear()
            window = Doc(self.vocab, words=list(key[1]))
            found = self.windows[key] = [(a, b) for _, a, b in group.matcher(window)]
        return [(a + start, b + start) for a, b in found]

    def _run(self, group: Group, words: list[str], positions: list[int], lo: int, hi: int) -> list[tuple[int, int]]:
        if group.matcher is None:
            return [(position, position + 1) for position in sorted(set(positions))]
        windows: list[list[int]] = []
        for position in sorted(set(positions)):
            start, end = max(lo, position - group.back), min(hi, position + group.ahead)
            if windows and start <= windows[-1][1]:
                windows[-1][1] = max(windows[-1][1], end)
            else:
                windows.append([start, end])
        found = []
        for start, end in windows:
            found += self._matched(group, words, start, end)
        return found

    def __call__(self, tokens: Tokens, columns: dict[str, list[str]], signature: tuple[int, int] | None) -> Spans:
        """Matches by key, longest first and without overlaps within a key, in text order. `columns` holds the
        LOWER, NORM and ORTH values of the tokens; the signature rules run on `signature` (start, end) only."""
        found: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for key, start, end in tokens.phrases:
            found[key].append((start, end))
        hits = self._anchored(columns)
        words = tokens.words
        for number, group in enumerate(self.groups):
            code, name = group.key.split(":", 1)
            if name in DEPENDENT and not found.get(f"{code}:patterns"):
                continue
            if group.always:
                found[group.key] += self._matched(group, words, 0, len(words)) if group.matcher else []
            elif number in hits:
                found[group.key] += self._run(group, words, hits[number], 0, len(words))
        if signature is not None:
            self._signature(words, columns, signature, found)
        return {key: _longest(spans) for key, spans in found.items() if spans}

    def _signature(
        self,
        words: list[str],
        columns: dict[str, list[str]],
        signature: tuple[int, int],
        found: dict[str, list[tuple[int, int]]],
    ) -> None:
        lo, hi = signature
        present = {attr: set(values[lo:hi]) for attr, values in columns.items()}
        for group in self.signature:
            anchored = any(not present[attr].isdisjoint(anchors) for attr, anchors in group.anchors.items())
            if group.matcher is not None and (group.always or anchored):
                found[group.key] += self._matched(group, words, lo, hi)
            elif group.matcher is None and anchored:
                found[group.key] += [
                    (position, position + 1)
                    for position in range(lo, hi)
                    if any(columns[attr][position] in anchors for attr, anchors in group.anchors.items())
                ]


def _longest(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    if len(spans) == 1:
        return spans
    kept: list[tuple[int, int]] = []
    taken: set[int] = set()
    for start, end in sorted(set(spans), key=lambda span: (span[0] - span[1], span[0])):
        if not taken.intersection(range(start, end)):
            kept.append((start, end))
            taken.update(range(start, end))
    return sorted(kept)
