"""The rules that read a customer's order note, loaded from ``locales/<lang>/notes/*.yml``.

One file per kind (``gift``, ``occasion``, ``complaint``, ``instruction``, ``question``, ``request``,
``praise``, ``nothing``) plus ``words.yml``, the word groups the rules and the recipient reading share, and
``topics.yml``: what a question is about (``topics``: each an ``id``, the ``about`` phrase a reply names it
with, "zur Lieferzeit", "sur la taille", "about sizes", and its ``patterns``), how a reply names a request
(``requests``: the id of a cue of ``request.yml`` and its phrase, or ``{formal: …, informal: …}``), and
``examples`` of notes that name a topic (``reads``) and that do not (``reads_not``).
A rule file holds:

- ``kind``: the kind its cues tell;
- ``negatable``: whether a negation just before a cue ("not a gift", "kein Geschenk", "pas un cadeau")
  takes the cue back; ``negated_kind``: the kind a negated cue tells instead (a request not to wrap is an
  instruction), if any;
- ``cues``: each an ``id`` (an occasion's key in ``occasion.yml``), its ``patterns``, and optionally
  ``weak: true`` (counts only when no stronger kind was found), ``needs_person: true`` (a person must read
  the note, e.g. "as discussed on the phone"), ``cancels: [ids]`` (the cue takes back those cues or kinds
  anywhere in the note: "for me" cancels a gift reading; or only where they overlap with ``scope: span``:
  "Christmas market" is no Christmas; or only in the same sentence with ``scope: sentence``: "bei einem anderen
  Händler kam die Vase zerbrochen an" is no complaint to this shop), ``denies: true`` (the cue says the order is
  the customer's own, as
  looking forward to it does: "can't wait to get it", "freue mich schon", "j'ai hâte"; it denies a gift reading
  only when nothing else in the note reads as a present: "can't wait to give it to my son" is still one);
- ``examples``: ``reads`` notes that must read as this kind (among others), ``reads_not`` notes that must not.

A pattern is a phrase written as words separated by spaces. A word matches a token whose lemma is the
word's lemma ("arrived" matches "arrives", "arrive"), in French typed with or without its accents
("echantillon"; German umlauts tell words apart: "schon", "schön");
``=word`` matches only that form (``=beste``: not every form of "gut"; ``=reçu``: the receipt, not "j'ai
reçu"); ``a|b`` is either; ``@group`` is any word of a group
of ``words.yml``; a ``*`` in a word is any letters (``*geschenk`` matches "Weihnachtsgeschenk"); ``/re/``
is a regular expression on the lower-case token; ``_`` any one token; ``...`` up to three tokens of the
same clause; a ``?`` at the end of a word makes it optional. Patterns are checked when they load.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from spacy.language import Language
from spacy.matcher import Matcher

from notegen.errors import ConfigError
from notegen.language.pipeline import NORMALISER, pipeline
from notegen.resources import locales_dir, read_yaml

KINDS = ("complaint", "question", "request", "gift", "occasion", "praise", "instruction", "nothing")
"""The kinds of a customer's note, in the order that decides which one a mixed note is answered as."""
OCCASIONS = ("memorial", "wedding", "birth", "get_well", "birthday", "christmas", "thanks")
"""The occasions a note can name, the first one found in this order winning."""
_RULE_KEYS = {"kind", "negatable", "negated_kind", "cues", "examples"}
_CUE_KEYS = {"id", "patterns", "weak", "needs_person", "cancels", "scope", "denies"}
FOLDED = frozenset({"fr"})
"""Languages whose customers often type without accents: the rules match their words either way."""
TOPICS = "topics.yml"
TOPIC = "topic"
"""The kind of the cues of ``topics.yml``: they tell what a note is about, never what kind of note it is."""
_GAP = {"IS_PUNCT": False, "OP": "{0,3}"}
_SCOPES = (None, "span", "sentence")


@dataclass(frozen=True, slots=True)
class Cue:
    """One cue of a rule file: its kind and id, and what it does to the reading."""

    kind: str
    id: str
    weak: bool
    needs_person: bool
    cancels: tuple[str, ...]
    span_only: bool
    negatable: bool
    negated_kind: str
    denies: bool = False
    in_sentence: bool = False
    """It cancels only cues of its own sentence (``scope: sentence``)."""


@dataclass(frozen=True, slots=True)
class Example:
    """A note of a rule file's examples: it must (`expected`) or must not read with a cue of `kind`."""

    source: str
    kind: str
    note: str
    expected: bool


@dataclass(frozen=True, slots=True)
class NoteRules:
    """The compiled rules of one language: the matcher (keys are indexes into `cues`), the cues, the word
    groups of ``words.yml`` and the examples of every file."""

    lang: str
    matcher: Matcher
    cues: tuple[Cue, ...]
    words: dict[str, frozenset[str]]
    noise: frozenset[str]
    examples: tuple[Example, ...]
    vocabulary: frozenset[str] = frozenset()
    """The single words the patterns name, as written: what a mistyped word of a note may be meant as."""
    topics: dict[str, str] = field(default_factory=dict)
    """The ``about`` phrase of each topic of a question, by its id."""
    requests: dict[str, tuple[str, str]] = field(default_factory=dict)
    """How a reply names a request, formal and informal, by the id of its cue."""


def notes_dir(lang: str) -> Path:
    """The folder of the customer-note rules of `lang`."""
    return locales_dir() / lang / "notes"


def _load(path: Path) -> Any:
    try:
        return read_yaml(path)
    except (OSError, yaml.YAMLError) as error:
        raise ConfigError(f"{path}: cannot read the customer-note rules: {error}") from None


def _words(path: Path) -> dict[str, frozenset[str]]:
    raw = _load(path) or {}
    if not isinstance(raw, dict) or not all(isinstance(v, list) for v in raw.values()):
        raise ConfigError(f"{path}: each key must be a word group (a list of words)")
    for name, words in raw.items():
        odd = next((word for word in words if not isinstance(word, str)), None)
        if odd is not None:  # YAML reads a bare no, yes, on, off as true or false
            raise ConfigError(f"{path}: {name}: {odd!r} is not a word; put it in quotes")
    return {name: frozenset(str(word).lower() for word in words) for name, words in raw.items()}


def fold(word: str) -> str:
    """`word` without its accents ("échantillon" → "echantillon", "Bestätigung" → "Bestatigung"): how
    customers often type on a phone or a foreign keyboard."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


@cache
def folded(words: frozenset[str]) -> frozenset[str]:
    """`words` and each of them without its accents ("mère", "mere")."""
    return words | frozenset(fold(word) for word in words)


def _lemmas(nlp: Language, words: frozenset[str] | list[str]) -> list[str]:
    """Each word as written (lower-cased) and as the pipeline normalises it, in French each also without its
    accents (a word the tokenizer splits, such as "mother-in-law", can only be matched written as a phrase)."""
    found: set[str] = set()
    for word in words:
        norm = _norm(nlp, word)
        if norm is not None:
            found.update(_unaccented(nlp, (word, norm)))
    return sorted(found)


@cache
def _norm(nlp: Language, word: str) -> str | None:
    """How the pipeline normalises a word, None when it splits it; the same words recur in many patterns (a
    group is spelt out in each): each is normalised once, by the pipeline's normaliser alone."""
    tokens = nlp.tokenizer(word)
    normaliser: Any = nlp.get_pipe(NORMALISER)
    return str(normaliser.norm(tokens[0].text)) if len(tokens) == 1 else None


def _unaccented(nlp: Language, words: Iterable[str]) -> set[str]:
    """`words`, and in the languages where accents are often left out (French) each also without them."""
    words = set(words)
    return words | {fold(word) for word in words} if nlp.lang in FOLDED else words


def _split_word(word: str, nlp: Language) -> list[str]:
    """A plain word the tokenizer splits ("b-day", "x-mas", "n/a") as the words of its tokens."""
    if any(mark in word for mark in "|@*/_?=") or word == "...":
        return [word]
    tokens = [token.text.lower() for token in nlp.tokenizer(word)]
    return tokens if len(tokens) > 1 else [word]


def _token(word: str, nlp: Language, groups: dict[str, frozenset[str]], where: str) -> dict[str, Any]:
    """The matcher token of one word of a pattern (see the module docstring)."""
    optional = len(word) > 1 and word.endswith("?") and (not word.startswith("/") or word.endswith("/?"))
    if optional:
        word = word[:-1]
    if word == "...":
        return dict(_GAP)
    if word == "_":
        spec: dict[str, Any] = {}
    elif word.startswith("/") and word.endswith("/") and len(word) > 2:
        try:
            re.compile(word[1:-1])
        except re.error as error:
            raise ConfigError(f"{where}: bad regular expression {word}: {error}") from None
        spec = {"LOWER": {"REGEX": word[1:-1]}}
    else:
        spec = _word_spec(word, nlp, groups, where)
    if optional:
        spec["OP"] = "?"
    return spec


def _word_spec(word: str, nlp: Language, groups: dict[str, frozenset[str]], where: str) -> dict[str, Any]:
    """The matcher token of a word, its alternatives, groups, exact forms and ``*`` wildcards."""
    parts = word.split("|")
    exact = [part[1:].lower() for part in parts if part.startswith("=") and len(part) > 1]
    if exact:
        if len(exact) != len(parts):
            raise ConfigError(f"{where}: write every form of {word} with = or none")
        return {"LOWER": {"IN": sorted(_unaccented(nlp, exact))}}
    alternatives: list[str] = []
    for part in parts:
        if part.startswith("@"):
            if part[1:] not in groups:
                raise ConfigError(f"{where}: unknown word group {part}; add it to words.yml")
            alternatives += sorted(groups[part[1:]])
        elif part:
            alternatives.append(part.lower())
    if not alternatives:
        raise ConfigError(f"{where}: empty word in pattern")
    if any("*" in part for part in alternatives):
        folded = sorted(_unaccented(nlp, alternatives))
        pattern = "|".join(re.escape(part).replace(r"\*", r"[\w'-]*") for part in folded)
        return {"LOWER": {"REGEX": f"^(?:{pattern})$"}}
    return {"NORM": {"IN": _lemmas(nlp, alternatives)}}


def _literals(text: str) -> set[str]:
    """The plain words a pattern names (not its groups, expressions or wildcards), for typo tolerance."""
    found: set[str] = set()
    for word in text.split():
        for part in word.rstrip("?").split("|"):
            part = part.lstrip("=").lower()
            if part.isalpha():
                found.add(part)
    return found


def _pattern(text: str, nlp: Language, groups: dict[str, frozenset[str]], where: str) -> list[dict[str, Any]]:
    if not isinstance(text, str) or not text.split():
        raise ConfigError(f"{where}: a pattern must be a phrase of words, not {text!r}")
    words = [part for word in text.split() for part in _split_word(word, nlp)]
    return [_token(word, nlp, groups, where) for word in words]


Patterns = list[list[dict[str, Any]]]


def _cues(
    path: Path, raw: dict[str, Any], nlp: Language, groups: dict[str, frozenset[str]]
) -> list[tuple[Cue, Patterns]]:
    kind = raw.get("kind")
    if kind not in KINDS:
        raise ConfigError(f"{path}: kind must be one of {', '.join(KINDS)}, not {kind!r}")
    unknown = set(raw) - _RULE_KEYS
    if unknown:
        raise ConfigError(f"{path}: unknown key {sorted(unknown)[0]!r}; use {', '.join(sorted(_RULE_KEYS))}")
    negated_kind = str(raw.get("negated_kind") or "")
    if negated_kind and negated_kind not in KINDS:
        raise ConfigError(f"{path}: negated_kind must be one of {', '.join(KINDS)}")
    cues: list[tuple[Cue, Patterns]] = []
    for number, entry in enumerate(raw.get("cues") or [], 1):
        where = f"{path}: cue {number}"
        if not isinstance(entry, dict) or not entry.get("id") or not entry.get("patterns"):
            raise ConfigError(f"{where}: a cue needs an id and a list of patterns")
        if set(entry) - _CUE_KEYS:
            raise ConfigError(f"{where}: unknown key {sorted(set(entry) - _CUE_KEYS)[0]!r}")
        if entry.get("scope") not in _SCOPES:
            raise ConfigError(f"{where}: scope must be span or sentence, not {entry['scope']!r}")
        if kind == "occasion" and entry["id"] not in OCCASIONS and not entry.get("cancels"):
            raise ConfigError(f"{where}: an occasion cue's id must be one of {', '.join(OCCASIONS)}")
        cue = Cue(
            kind=kind,
            id=str(entry["id"]),
            weak=bool(entry.get("weak")),
            needs_person=bool(entry.get("needs_person")),
            cancels=tuple(str(name) for name in entry.get("cancels") or ()),
            span_only=entry.get("scope") == "span",
            negatable=bool(raw.get("negatable")),
            negated_kind=negated_kind,
            denies=bool(entry.get("denies")),
            in_sentence=entry.get("scope") == "sentence",
        )
        patterns = [_pattern(text, nlp, groups, f"{where} ({entry['id']})") for text in entry["patterns"]]
        cues.append((cue, patterns))
    return cues


def _examples(path: Path, raw: dict[str, Any]) -> list[Example]:
    examples = raw.get("examples") or {}
    if not isinstance(examples, dict) or set(examples) - {"reads", "reads_not"}:
        raise ConfigError(f"{path}: examples: give notes under reads (must read as {raw['kind']}) and reads_not")
    found = [Example(path.name, raw["kind"], str(note), True) for note in examples.get("reads") or ()]
    found += [Example(path.name, raw["kind"], str(note), False) for note in examples.get("reads_not") or ()]
    return found


def _topics(
    path: Path, raw: Any, nlp: Language, groups: dict[str, frozenset[str]]
) -> tuple[list[tuple[Cue, Patterns]], dict[str, str], dict[str, tuple[str, str]]]:
    """The topic cues of ``topics.yml``, the ``about`` phrase of each, and the phrases that name requests."""
    if not isinstance(raw, dict) or set(raw) - {"topics", "requests", "examples"}:
        raise ConfigError(f"{path}: give topics, requests and examples")
    cues: list[tuple[Cue, Patterns]] = []
    about: dict[str, str] = {}
    for number, entry in enumerate(raw.get("topics") or [], 1):
        where = f"{path}: topic {number}"
        if not isinstance(entry, dict) or set(entry) != {"id", "about", "patterns"}:
            raise ConfigError(f"{where}: a topic is an id, its about phrase and a list of patterns")
        about[str(entry["id"])] = str(entry["about"])
        cue = Cue(TOPIC, str(entry["id"]), False, False, (), False, False, "")
        cues.append((cue, [_pattern(text, nlp, groups, f"{where} ({entry['id']})") for text in entry["patterns"]]))
    requests: dict[str, tuple[str, str]] = {}
    for key, named in (raw.get("requests") or {}).items():
        if isinstance(named, dict) and set(named) == {"formal", "informal"}:
            requests[str(key)] = (str(named["formal"]), str(named["informal"]))
        elif isinstance(named, str):
            requests[str(key)] = (named, named)
        else:
            raise ConfigError(f"{path}: requests: {key}: give a phrase, or formal and informal phrases")
    return cues, about, requests


@cache
def note_rules(lang: str) -> NoteRules:
    """The customer-note rules of `lang`, loaded and compiled once per process (with its spaCy pipeline)."""
    return load_rules(notes_dir(lang), lang)


def load_rules(folder: Path, lang: str) -> NoteRules:
    """The rules of the files of `folder`, compiled for the pipeline of `lang`; `ConfigError` naming the file,
    the cue and the field when one is wrong."""
    if not (folder / "words.yml").is_file():
        raise ConfigError(f"{folder}: no words.yml; the customer-note rules of {lang!r} need their word groups")
    nlp = pipeline(lang)
    groups = _words(folder / "words.yml")
    matcher = Matcher(nlp.vocab, validate=True)
    cues: list[Cue] = []
    examples: list[Example] = []
    vocabulary = set(groups.get("persons", frozenset()))
    topics: dict[str, str] = {}
    requests: dict[str, tuple[str, str]] = {}
    for path in sorted(folder.glob("*.yml")):
        if path.name == "words.yml":
            continue
        raw = _load(path)
        if path.name == TOPICS:
            found, topics, requests = _topics(path, raw, nlp, groups)
            raw = {"kind": TOPIC, "examples": raw.get("examples")}
        elif not isinstance(raw, dict):
            raise ConfigError(f"{path}: a rule file is a mapping with kind, cues and examples")
        else:
            found = _cues(path, raw, nlp, groups)
        for cue, patterns in found:
            try:
                matcher.add(str(len(cues)), patterns)
            except ValueError as error:
                raise ConfigError(f"{path}: cue {cue.id}: {error}") from None
            cues.append(cue)
        for entry in raw.get("cues") or ():
            vocabulary.update(word for text in entry["patterns"] for word in _literals(str(text)))
        examples += _examples(path, raw)
    unknown = sorted(set(requests) - {cue.id for cue in cues if cue.kind == "request"})
    if unknown:
        raise ConfigError(f"{folder / TOPICS}: requests: {unknown[0]} is no cue of request.yml")
    noise = groups.get("noise", frozenset())
    return NoteRules(
        lang, matcher, tuple(cues), groups, noise, tuple(examples), frozenset(vocabulary), topics, requests
    )
