"""What every check sees of one note: its text and tokens, its parts, the order, the rule matches.

Token facts come as plain lists, one per fact (see `reading`), so that the checks loop over Python lists
instead of creating a token object for each question they ask.
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any, NamedTuple

from spacy.lexeme import Lexeme

from notegen.language.catalog import Catalog
from notegen.lint.nlp.parts import Layout
from notegen.lint.nlp.wordforms import forms, hyphen_parts, stem
from notegen.lint.rules import Rulebook
from notegen.model import Order

if TYPE_CHECKING:
    from notegen.lint.checks.item_mentions import ItemWords
    from notegen.lint.checks.people import Greeted
    from notegen.lint.nlp.reading import Tokens

_DIGIT = re.compile(r"\d")


class Word(NamedTuple):
    """The facts of one word of the vocabulary, as the checks ask them."""

    text: str
    lower: str
    norm: str
    alpha: bool
    space: bool
    punct: bool
    numeric: bool
    content: frozenset[str] | None
    """The forms a content word is matched by (None for stop words, short words and punctuation)."""
    masked: str | None
    """The word in a note's masked text: None for stop words and punctuation, "#" for numbers, else the stem."""


class Columns(NamedTuple):
    """The facts of a run of tokens, one list per fact (the fields of `Word`, in the same order)."""

    texts: list[str]
    lowers: list[str]
    norms: list[str]
    alpha: list[bool]
    space: list[bool]
    punct: list[bool]
    numeric: list[bool]
    content: list[frozenset[str] | None]
    masks: list[str | None]

    @classmethod
    def empty(cls) -> Columns:
        """Columns without a token."""
        return cls([], [], [], [], [], [], [], [], [])

    @classmethod
    def of(cls, words: Sequence[Word]) -> Columns:
        """The columns of `words`, in order."""
        if not words:
            return cls.empty()
        return cls(*(list(column) for column in zip(*words, strict=True)))

    def extend(self, other: Columns) -> None:
        """Append the tokens of `other`, column by column."""
        mine: tuple[list[Any], ...] = self
        theirs: tuple[list[Any], ...] = other
        for column, values in zip(mine, theirs, strict=True):
            column += values


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
    return Word(text, lower, norm, alpha, space, punct, numeric, content, masked)


SENTENCE_ENDS = frozenset({".", "!", "?", "…", ":", ";"})
OPENING_QUOTES = frozenset({"„", "“", "«", '"', "‚", "‹", "'"})
CLOSING_QUOTES = {"„": "“", "“": "”", "«": "»", '"': '"', "‚": "‘", "‹": "›", "'": "'"}
CLOSES = frozenset({*CLOSING_QUOTES.values(), "”", "“", "»"})
QUOTE_LIMIT = 12


def sentence_starts(text: str, texts: Sequence[str], starts: Sequence[int], space: Sequence[bool]) -> list[bool]:
    """Whether each token of `text` (its `texts`, their offsets `starts`, which are spaces) begins a sentence:
    the first word, a word after . ! ? … : ; or after a line break, and an opening quote's next word at a
    sentence's start. Only the words are visited: a line break between two words is found by the offset of
    the next line break."""
    flags = [False] * len(texts)
    boundary = True
    newline = text.find("\n")
    for index in itertools.compress(range(len(texts)), map(operator.not_, space)):
        if 0 <= newline < starts[index]:  # a line break since the word before
            boundary = True
            newline = text.find("\n", starts[index])
        flags[index] = boundary
        word = texts[index]
        boundary = word in SENTENCE_ENDS or (boundary and word in OPENING_QUOTES)
    return flags


@dataclass(frozen=True)
class Hit:
    """What a check found: character offsets (-1 for the note as a whole) and the values its message names."""

    start: int = -1
    end: int = -1
    values: Mapping[str, str] = field(default_factory=dict)
    variant: str = ""


@dataclass
class NoteView:
    """One note under review; `matches` maps "CODE:group" to token spans found by the rule patterns; `greeted`
    is whom the note greets and whether it names its customer (see `checks.people.greeted`), worked out by the
    engine before the checks when the language has a name rule."""

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
    greeted: Greeted | None = None
    catalog: Catalog | None = None

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
        columns = self.tokens.columns
        self.texts, self.lowers, self.norms = columns.texts, columns.lowers, columns.norms
        self.alpha, self.space, self.punct, self.numeric = columns.alpha, columns.space, columns.punct, columns.numeric
        self.content, self.masks = columns.content, columns.masks
        self.starts, self.ends = self.tokens.starts, self.tokens.ends

    @cached_property
    def kinds(self) -> list[str]:
        """The part (greeting, body, signature, postscript) of each token."""
        kinds = ["body"] * len(self.starts)
        for part in self.layout.parts:
            first = bisect.bisect_left(self.starts, part.start)
            last = bisect.bisect_left(self.starts, part.end)
            kinds[first:last] = [part.kind] * (last - first)
        return kinds

    @property
    def named(self) -> bool:
        """Whether the note names its customer (False when the language has no name rule)."""
        return self.greeted is not None and self.greeted.named

    @cached_property
    def body_forms(self) -> dict[int, frozenset[str]]:
        """The forms of each content word of the body and postscripts, by token index."""
        return {
            index: found
            for index, (found, kind) in enumerate(zip(self.content, self.kinds, strict=True))
            if found is not None and kind in ("body", "postscript")
        }

    @cached_property
    def body_content(self) -> frozenset[str]:
        """Every form of every content word of the body and postscripts."""
        return frozenset().union(*self.body_forms.values())

    @cached_property
    def body_words(self) -> frozenset[str]:
        """The lower-case and normal forms of every word of the body and postscripts (stop words too)."""
        found: set[str] = set()
        for part in self.inside:
            found.update(self.lowers[part.start : part.stop], self.norms[part.start : part.stop])
        return frozenset(found)

    @cached_property
    def inside(self) -> list[range]:
        """The token ranges of the body and postscripts, in order."""
        return self.token_ranges("body", "postscript")

    def token_ranges(self, *kinds: str) -> list[range]:
        """The token ranges of the parts of `kinds` (greeting, body, signature, postscript), in order."""
        ranges = []
        for part in self.layout.parts:
            if part.kind in kinds:
                first = bisect.bisect_left(self.starts, part.start)
                ranges.append(range(first, bisect.bisect_left(self.starts, part.end)))
        return ranges

    @cached_property
    def body_index(self) -> dict[str, list[int]]:
        """The positions of each word (lower case) in the body and postscripts, in order (spaces left out)."""
        found: dict[str, list[int]] = {}
        lowers, space = self.lowers, self.space
        for indices in self.inside:
            for index in itertools.compress(indices, map(operator.not_, space[indices.start : indices.stop])):
                lower = lowers[index]
                if lower in found:
                    found[lower].append(index)
                else:
                    found[lower] = [index]
        return found

    @property
    def sentence_starts(self) -> list[bool]:
        """Whether each token begins a sentence (after . ! ? : or a line break, or at a line's start); read
        with the note's lines (see `sentence_starts`)."""
        return self.tokens.sentence_starts

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
            elif opened is not None and (index - opened > QUOTE_LIMIT or "\n" in text or self._ends_quote(index)):
                opened = None
            elif opened is None and text in CLOSING_QUOTES:
                opened = index
        return flags

    def _ends_quote(self, index: int) -> bool:
        """Whether a sentence end at token `index` ends an open quote: not when the quote closes right after it
        (a quoted sentence: „Du schaffst das!“)."""
        if self.texts[index] not in SENTENCE_ENDS:
            return False
        return index + 1 >= len(self.texts) or self.texts[index + 1] not in CLOSES

    def sentence_end(self, index: int) -> int:
        """The index just past the sentence that holds token `index`."""
        starts = self.sentence_starts
        end = index + 1
        while end < len(starts) and not starts[end]:
            end += 1
        return end

    def word_before(self, index: int) -> int:
        """The token before `index` past spaces, or -1 at the text's start or a line break."""
        position = index - 1
        while position >= 0 and self.space[position]:
            if "\n" in self.texts[position]:
                return -1
            position -= 1
        return position

    def chars(self, start: int, end: int) -> tuple[int, int]:
        """The character offsets of the tokens `start` to `end` (exclusive)."""
        return self.starts[start], self.ends[end - 1]

    def spans(self, code: str, group: str = "patterns") -> list[tuple[int, int]]:
        """The token spans matched by a rule's pattern group, in order."""
        return self.matches.get(f"{code}:{group}", [])

    def words(self, name: str) -> tuple[str, ...]:
        """A word list of the language (words.yml)."""
        return self.book.word_list(name)
