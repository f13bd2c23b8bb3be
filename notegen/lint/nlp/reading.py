"""How the lint reads a note: its tokens and their facts, put together from the lines of the note.

The notes of a batch share many whole lines (the shop's paragraphs, the signature, the service lines), and a
line means the same wherever it stands. So each distinct line is read once per process: tokenized (as spaCy's
tokenizer would, see `pipeline.split_words`), run through the language's pipeline (lemmas, normal forms), its
words' facts read into columns (see `note_view.Word`), the rules' phrases matched on it, and where its
sentences begin (a line break always begins one, so that a line's sentence starts hold in any note). A note is then its
lines' columns, offsets and phrase matches laid end to end, without a `Doc` of its own. No phrase spans two
lines: a line starts at a line break that follows a word, the break is a token of its own, and no phrase holds
a line break.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from spacy.attrs import IDX, LENGTH, ORTH
from spacy.language import Language
from spacy.tokens import Doc

from notegen.language.pipeline import split_words
from notegen.lint.nlp.note_view import Columns, Word, sentence_starts

LINE_LIMIT = 4_000
"""The most distinct lines kept per language; the store starts afresh beyond (the lines a shop's notes share
are few and soon read again; most lines name one customer and are not met again)."""
LEXICON_LIMIT = 200_000
"""The most distinct words whose facts are kept per language."""
_LINE = re.compile(r"(?<=\S)(?=\n)")
PhraseMatch = tuple[str, int, int]


@dataclass(frozen=True)
class Line:
    """One distinct line, read: words, trailing spaces, character offsets, word facts by column, phrase matches
    (rule key, first token, token after the last), all counted from the start of the line."""

    words: list[str]
    spaces: list[bool]
    starts: list[int]
    ends: list[int]
    columns: Columns
    phrases: list[PhraseMatch]
    sentence_starts: list[bool]


@dataclass
class Tokens:
    """A note's tokens: words, trailing spaces, character offsets, word facts by column, phrase matches, and
    whether each token begins a sentence."""

    words: list[str]
    spaces: list[bool]
    starts: list[int]
    ends: list[int]
    columns: Columns
    phrases: list[PhraseMatch]
    sentence_starts: list[bool]


class LineReader:
    """Reads notes of one language; `phrases` finds the rules' phrases in a `Doc`, `facts` a word's facts."""

    def __init__(
        self,
        nlp: Language,
        phrases: Callable[[Doc], list[PhraseMatch]],
        facts: Callable[[Any], Word],
    ) -> None:
        self.nlp = nlp
        self.phrases = phrases
        self.facts = facts
        self.lines: dict[str, Line] = {}
        self.lexicon: dict[int, Word] = {}

    def learn(self, lines: list[str]) -> None:
        """Read lines not seen before, all in one `Doc` (one pass of the pipeline and of the phrase matchers for
        all of them), a line break between each two so that no phrase runs from one into the next."""
        words: list[str] = []
        spaces: list[bool] = []
        bounds: list[tuple[int, int]] = []
        for line in lines:
            line_words, line_spaces = split_words(self.nlp, line)
            words += line_words
            spaces += line_spaces
            bounds.append((len(words) - len(line_words), len(words)))
            words.append("\n")
            spaces.append(False)
        doc = Doc(self.nlp.vocab, words=words, spaces=spaces)
        for _, component in self.nlp.pipeline:
            doc = component(doc)
        array = doc.to_array([ORTH, IDX, LENGTH])
        orths = array[:, 0].tolist()
        starts = array[:, 1].tolist()
        ends = (array[:, 1] + array[:, 2]).tolist()
        lexicon = self.lexicon
        if len(lexicon) > LEXICON_LIMIT:
            lexicon.clear()
        for orth in set(orths).difference(lexicon):
            lexicon[orth] = self.facts(doc.vocab[orth])
        rows = [lexicon[orth] for orth in orths]
        phrases: list[list[PhraseMatch]] = [[] for _ in lines]
        firsts = [first for first, _ in bounds]
        for key, start, end in self.phrases(doc):
            number = bisect.bisect_right(firsts, start) - 1
            phrases[number].append((key, start - firsts[number], end - firsts[number]))
        for line, (first, last), found in zip(lines, bounds, phrases, strict=True):
            base = starts[first] if first < last else 0
            columns = Columns.of(rows[first:last])
            line_starts = [start - base for start in starts[first:last]]
            self.lines[line] = Line(
                words[first:last],
                spaces[first:last],
                line_starts,
                [end - base for end in ends[first:last]],
                columns,
                found,
                sentence_starts(line, columns.texts, line_starts, columns.space),
            )

    def read_all(self, texts: Sequence[str]) -> list[Tokens]:
        """The notes `texts`, read line by line; the lines not seen before are read together first."""
        parts = [_LINE.split(text) for text in texts]
        distinct = dict.fromkeys(line for lines in parts for line in lines)
        if len(self.lines) + len(distinct) > LINE_LIMIT:
            self.lines.clear()
        new = [line for line in distinct if line not in self.lines]
        if new:
            self.learn(new)
        return [self._laid_out(lines) for lines in parts]

    def read(self, text: str) -> Tokens:
        """One note, read line by line."""
        return self.read_all([text])[0]

    def _laid_out(self, parts: list[str]) -> Tokens:
        tokens = Tokens([], [], [], [], Columns.empty(), [], [])
        offset = 0
        for part in parts:
            line = self.lines[part]
            if offset:
                base = len(tokens.words)
                tokens.starts += [start + offset for start in line.starts]
                tokens.ends += [end + offset for end in line.ends]
                tokens.phrases += [(key, start + base, end + base) for key, start, end in line.phrases]
            else:
                tokens.starts += line.starts
                tokens.ends += line.ends
                tokens.phrases += line.phrases
            tokens.words += line.words
            tokens.spaces += line.spaces
            tokens.sentence_starts += line.sentence_starts
            tokens.columns.extend(line.columns)
            offset += len(part)
        return tokens
