"""The spaCy pipeline of each language, built once per process on first use of that language.

`spacy.blank(lang)` (or a trained pipeline, when one is installed), spaCy's lemmatizer in `mode="lookup"` with
spacy-lookups-data's forms served from the cache in `forms` (looked up once per distinct word), then a
normaliser: the lookup tables are case-sensitive and sometimes miss a form, so it looks each word up as written,
lower-cased and capitalised and puts the lemma, lower-cased, into `token.norm_`. Rules match on `NORM` to catch
inflected forms.

French is built from its cached tokenizer rules instead of `spacy.blank("fr")` after the first run (see
`forms`): same prefixes, suffixes, infixes and exceptions, without the slow pattern for rare hyphenated words.

`split_words` gives the words of a text as the pipeline's tokenizer makes them, from its runs of non-space
characters, each tokenized once per process: spaCy's tokenizer splits text at whitespace before it applies any
rule and none of its rules spans whitespace, so the words are those of the whole text. It follows spaCy's own
loop (a single space after a word is that word's trailing space; other whitespace is a token of its own), and
a test holds it to the tokenizer's output. The lint reads notes line by line through it (see
`notegen.lint.nlp.reading`); the customer-note reading (`notegen.language.customer_notes`) uses the same pipeline.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy
import spacy
from spacy.attrs import LEMMA, NORM, ORTH
from spacy.errors import Errors
from spacy.language import Language
from spacy.lookups import Lookups, Table
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc
from spacy.util import is_package, registry

from notegen.language import forms

TRAINED = {"de": "de_core_news_sm", "fr": "fr_core_news_sm", "en": "en_core_web_sm"}
LOOKUPS = "notegen.lint_lookups.v1"
NORMALISER = "notegen_normaliser"
LEMMATIZER = "notegen_lookup_lemmatizer"
_PIPELINES: dict[str, Language] = {}
Words = tuple[list[str], list[bool]]
RUN_LIMIT = 50_000
"""The most distinct runs of non-space characters (or of whitespace) whose tokens are kept per language."""
_RUN = re.compile(r"\s+|\S+")
_RUNS: dict[str, dict[str, tuple[str, ...]]] = {}


class StoredTable(Table):
    """spaCy's `lemma_lookup` table, answered from the form cache instead of a dict loaded whole."""

    def __init__(self, store: forms.FormStore) -> None:
        super().__init__(name="lemma_lookup")
        self.store = store

    def get(self, key: Any, default: Any = None) -> Any:
        found = self.store.lemma(key) if isinstance(key, str) else None
        return default if found is None else found

    def __contains__(self, key: Any) -> bool:
        return isinstance(key, str) and self.store.lemma(key) is not None

    def __getitem__(self, key: Any) -> Any:
        found = self.get(key)
        if found is None:
            raise KeyError(key)
        return found


def stored_lookups(lang: str) -> Lookups:
    """The lookups of the lemmatizer of `lang`: one `lemma_lookup` table backed by the form cache."""
    lookups = Lookups()
    lookups.set_table("lemma_lookup", StoredTable(forms.lemma_store(lang)))
    return lookups


registry.misc.register(LOOKUPS, func=stored_lookups)


class LookupLemmatizer(Lemmatizer):
    """spaCy's lemmatizer in lookup mode, looked up once per distinct word of a note (a word's lookup lemma does
    not depend on its context) and the lemmas set in one array operation, instead of a call per token."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lemmas: dict[int, int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if self.mode != "lookup":
            return super().__call__(doc)
        if not self._validated:
            self._validate_tables(Errors.E1004)
        table = self.lookups.get_table("lemma_lookup")
        strings = doc.vocab.strings
        orths = doc.to_array(ORTH).tolist()
        lemmas = self.lemmas
        if len(lemmas) > forms.MEMO_LIMIT:
            lemmas.clear()
        for orth in set(orths).difference(lemmas):
            text = strings[orth]
            found = table.get(text, text)
            lemmas[orth] = strings.add(found if isinstance(found, str) else found[0])
        values = numpy.fromiter(map(lemmas.__getitem__, orths), dtype="uint64", count=len(orths))
        if not self.overwrite:
            current = doc.to_array(LEMMA)
            if current.any():
                values = numpy.where(current == 0, values, current)
        doc.from_array([LEMMA], values.reshape(-1, 1))  # type: ignore[arg-type]
        return doc


@Language.factory(
    LEMMATIZER,
    assigns=["token.lemma"],
    default_config={
        "model": None,
        "mode": "lookup",
        "overwrite": False,
        "scorer": {"@scorers": "spacy.lemmatizer_scorer.v1"},
    },
)
def make_lemmatizer(
    nlp: Language, model: Any, name: str, mode: str, overwrite: bool, scorer: Callable[..., Any] | None
) -> LookupLemmatizer:
    """spaCy factory of the lookup lemmatizer."""
    return LookupLemmatizer(nlp.vocab, model, name, mode=mode, overwrite=overwrite, scorer=scorer)


class Normaliser:
    """Puts each word's lemma, lower-cased, into its norm (as written, else lower-cased, else capitalised).

    A word's normal form does not depend on its context, so it is set once on the word's lexeme in the
    vocabulary: every later token of that word reads it from there, and a note costs only its new words.
    Norms the tokenizer put on single tokens are cleared, so that every token of a word reads the same one.
    """

    def __init__(self, store: forms.FormStore) -> None:
        self.store = store
        self.done: set[int] = set()

    def __call__(self, doc: Doc) -> Doc:
        done = self.done
        new = set(doc.to_array(ORTH).tolist()).difference(done)
        if new:
            vocab = doc.vocab
            for orth in new:
                vocab[orth].norm_ = self.norm(vocab.strings[orth])
            self.done |= new
        doc.from_array([NORM], numpy.zeros((len(doc), 1), dtype="uint64"))  # type: ignore[arg-type]
        return doc

    def norm(self, text: str) -> str:
        """The normal form of one word."""
        lower = text.lower()
        for form in (text, lower, lower[:1].upper() + lower[1:]):
            lemma = self.store.lemma(form)
            if lemma:
                return lemma.lower()
        return lower


@Language.factory(NORMALISER)
def make_normaliser(nlp: Language, name: str) -> Normaliser:
    """spaCy factory of the normaliser."""
    return Normaliser(forms.lemma_store(nlp.lang))


def _blank(lang: str) -> Language:
    rules = forms.tokenizer_rules(lang)
    if rules is None:
        return spacy.blank(lang)
    light: type[Language] = type(f"Light{lang.title()}", (Language,), {"lang": lang})
    nlp = light()
    tokenizer: Any = nlp.tokenizer
    tokenizer.from_bytes(rules, exclude=["vocab"])
    return nlp


def _build(lang: str) -> Language:
    if is_package(TRAINED[lang]):
        nlp = spacy.load(TRAINED[lang], exclude=["parser", "ner", "senter"])
    else:
        nlp = _blank(lang)
        nlp.add_pipe(LEMMATIZER, name="lemmatizer", config={"mode": "lookup"})
        nlp.config["initialize"]["components"]["lemmatizer"] = {"lookups": {"@misc": LOOKUPS, "lang": lang}}
        nlp.initialize()
    nlp.add_pipe(NORMALISER, last=True)
    return nlp


def pipeline(lang: str) -> Language:
    """The pipeline of `lang` (de, fr or en), built on first use and kept for the life of the process."""
    nlp = _PIPELINES.get(lang)
    if nlp is None:
        nlp = _PIPELINES[lang] = _build(lang)
    return nlp


def built() -> tuple[str, ...]:
    """The languages whose pipeline this process has built so far."""
    return tuple(_PIPELINES)


def split_words(nlp: Language, text: str) -> Words:
    """The words of `text` and whether a space follows each, as `nlp.tokenizer` makes them, from the tokens of
    each run of non-space characters and of whitespace (each distinct run tokenized once per process)."""
    runs = _RUNS.setdefault(str(nlp.lang), {})
    if len(runs) > RUN_LIMIT:
        runs.clear()
    words: list[str] = []
    spaces: list[bool] = []
    for run in _RUN.findall(text):
        if run[0] == " " and words:  # one space after a word belongs to the word
            spaces[-1] = True
            run = run[1:]
            if not run:
                continue
        found = runs.get(run)
        if found is None:
            found = runs[run] = tuple(token.text for token in nlp.tokenizer(run))
        words += found
        spaces += [False] * len(found)
    return words, spaces
