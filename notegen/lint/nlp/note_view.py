"""What every check sees of one note: its text and tokens, its parts, the order, the rule matches.

Token facts come as plain lists, one per fact (see `reading`), so that the checks loop over Python lists
instead of creating a token object for each question they ask.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

from spacy.lexeme import Lexeme

from notegen.lint.nlp.parts import Layout
from notegen.lint.nlp.wordforms import forms, hyphen_parts, stem
from notegen.lint.rules import Rulebook
from notegen.model import Order

if TYPE_CHECKING:
    from notegen.lint.checks.item_mentions import ItemWords
    from notegen.lint.nlp.reading import Tokens

_DIGIT = re.compile(r"\d")
Word = tuple[str, str, str, bool, bool, bool, bool, frozenset[str] | None, str | None]
"""text, lower, norm, alphabetic, space, punctuation, numeric, the forms a content word is matched by, and
the word in a note's masked text (None for stop words and punctuation, "#" for numbers, else the stem)."""


def word_facts(lexeme: Lexeme, stop: frozenset[str], endings: tuple[str, ...]) -> Word:
    """The facts of one word of the vocabulary (after the pipeline set its normal form)."""
    text, lower, norm, alpha = lexeme.orth_, lexeme.lower_, lexeme.norm_, lexeme.is_alpha
    numeric = lexeme.like_num or (not alpha and _DIGIT.search(text) is not None)
    content: frozenset[str] | None = None
    if len(lower) >= 3 and lower not in stop:
        if alpha:
            content = forms(lower, norm, endings)
        elif parts := hyphen_parts(lower):
            joined = "".join(parts)
            content = forms(joined, joined, endings).union(*(forms(part, part, endings) for part in parts))
    space, punct = lexeme.is_space, lexeme.is_punct
    masked = None if lower in stop or space or punct else "#" if numeric else stem(norm, endings)
    return (text, lower, norm, alpha, space, punct, numeric, content, masked)


SENTENCE_ENDS = frozenset({".", "!", "?", "…", ":", ";"})
OPENING_QUOTES = frozenset({"„", "“", "«", '"', "‚", "‹", "'"})
CLOSING_QUOTES = {"„": "“", "“": "”", "«": "»", '"': '"', "‚": "‘", "‹": "›", "'": "'"}
CLOSES = frozenset({*CLOSING_QUOTES.values(), "”", "“", "»"})
QUOTE_LIMIT = 12


@dataclass(frozen=True)
class Hit:
    """What a check found: character offsets (-1 for the note as a whole) and the values its message names."""

    start: int = -1
    end: int = -1
    values: Mapping[str, str] = field(default_factory=dict)
    variant: str = ""


@dataclass
class NoteContext:
    """One note under review; `matches` maps "CODE:group" to token spans found by the rule patterns."""

    text: str
    lang: str
    tokens: Tokens
    book: Rulebook
    layout: Layout
    stop: frozenset[str]
    order: Order | None = None
    expected_lang: str | None = None
    matches: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    item_words: list[ItemWords] | None = None
    item_hits: list[list[int]] = field(default_factory=list)
    memo: dict[str, Any] = field(default_factory=dict)

    starts: list[int] = field(init=False)
    ends: list[int] = field(init=False)
    texts: list[str] = field(init=False)
    lowers: list[str] = field(init=False)
    norms: list[str] = field(init=False)
    alpha: list[bool] = field(init=False)
    space: list[bool] = field(init=False)
    punct: list[bool] = field(init=False)
    numeric: list[bool] = field(init=False)
    content: list[frozenset[str] | None] = field(init=False)
    masks: list[str | None] = field(init=False)

    def __post_init__(self) -> None:
        tokens = self.tokens
        self.texts, self.lowers, self.norms, self.alpha, self.space, self.punct, self.numeric = tokens.columns[:7]
        self.content, self.masks = tokens.columns[7:]
        self.starts, self.ends = tokens.starts, tokens.ends

    @cached_property
    def kinds(self) -> list[str]:
        """The part (greeting, body, signature, postscript) of each token."""
        kinds = ["body"] * len(self.starts)
        for part in self.layout.parts:
            first = bisect.bisect_left(self.starts, part.start)
            last = bisect.bisect_left(self.starts, part.end)
            kinds[first:last] = [part.kind] * (last - first)
        return kinds

    @cached_property
    def breaks(self) -> list[bool]:
        """Whether a line break follows each token."""
        flags = [False] * len(self.starts)
        position = self.text.find("\n")
        while position >= 0:
            index = bisect.bisect_right(self.starts, position) - 1  # the token at or before the line break
            if index >= 0 and position >= self.ends[index]:
                flags[index] = True
            position = self.text.find("\n", position + 1)
        return flags

    @cached_property
    def sentence_starts(self) -> list[bool]:
        """Whether each token begins a sentence (after . ! ? : or a line break, or at a line's start)."""
        flags = []
        boundary = True
        for text, space, line_break in zip(self.texts, self.space, self.breaks, strict=True):
            if space:
                boundary = boundary or "\n" in text
                flags.append(False)
                continue
            flags.append(boundary)
            boundary = text in SENTENCE_ENDS or (boundary and text in OPENING_QUOTES) or line_break
        return flags

    @cached_property
    def quoted(self) -> list[bool]:
        """Whether each token stands inside quotation marks (a product name, or words quoted back). A quote
        left open ends with its sentence or after QUOTE_LIMIT tokens."""
        flags = [False] * len(self.texts)
        opened: int | None = None
        for index, text in enumerate(self.texts):
            if opened is not None and text in CLOSES:
                flags[opened : index + 1] = [True] * (index + 1 - opened)
                opened = None
            elif opened is not None and (index - opened > QUOTE_LIMIT or text in SENTENCE_ENDS or "\n" in text):
                opened = None
            elif opened is None and text in CLOSING_QUOTES:
                opened = index
        return flags

    def sentence_end(self, index: int) -> int:
        """The index just past the sentence that holds token `index`."""
        starts = self.sentence_starts
        end = index + 1
        while end < len(starts) and not starts[end]:
            end += 1
        return end

    def chars(self, start: int, end: int) -> tuple[int, int]:
        """The character offsets of the tokens `start` to `end` (exclusive)."""
        return self.starts[start], self.ends[end - 1]

    def spans(self, code: str, group: str = "patterns") -> list[tuple[int, int]]:
        """The token spans matched by a rule's pattern group, in order."""
        return self.matches.get(f"{code}:{group}", [])

    def words(self, name: str) -> tuple[str, ...]:
        """A word list of the language (words.yml)."""
        return self.book.word_list(name)
