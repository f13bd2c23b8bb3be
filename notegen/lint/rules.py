"""Lint rules as data: the YAML files in `locales/<lang>/lint/`, read and checked once per language.

A rule file holds one rule: its code, name, severity, the check that runs it, a message in the note's language
and in English, where in the note it looks (`scope`), its patterns and antipatterns, named pattern groups, any
settings its check reads, and examples: `bad` ones with the span that must be found, `good` ones that must pass.
`words.yml` holds the language's shared vocabulary (salutations, titles, closings, ordinals, …).

Patterns are spaCy `Matcher` patterns (lists of token dicts) or plain strings, matched as phrases on the
normalised form of each word (`NORM`), so that inflected forms match too. In a token dict, a value "@name"
stands for `{"IN": <the list "name" of words.yml>}`. Adding a phrase never needs code.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from notegen.errors import NotegenError
from notegen.model import LANGS, Severity
from notegen.resources import locales_dir, read_yaml

SCOPES = frozenset({"greeting", "body", "signature", "postscript"})
Pattern = str | list[dict[str, Any]]
_RULE_KEYS = {"code", "name", "severity", "check", "scope", "message", "variants", "patterns", "antipatterns"}
_RULE_KEYS |= {"groups", "settings", "examples"}
SUPPRESSIONS_FILE = "suppressions.yml"
"""In `locales/en/lint/`: the template lint's own codes (SIN9xx) on suppression comments, with their messages."""
DATA_FILES = frozenset({"words.yml", "sample-orders.yml", SUPPRESSIONS_FILE})
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")
_CODE = re.compile(r"SIN\d{3}")
_NAME = re.compile(r"[a-z]+(?:-[a-z]+)*")


class RuleError(NotegenError):
    """A rule file is malformed, or a rule code given on the command line is unknown."""


@dataclass(frozen=True)
class Code:
    """A code the lint reports: its name and severity as its rule file gives them, and that file."""

    code: str
    name: str
    severity: Severity
    source: str
    message: str = ""
    """The message of a suppression code (SIN9xx); a note rule's messages stay with its rule."""


@dataclass(frozen=True)
class RuleExample:
    """A note a rule must flag (`span` set: the text the finding covers) or must let pass."""

    text: str
    span: str = ""
    whole: bool = False
    order: Mapping[str, Any] | None = None
    lang: str | None = None
    batch: tuple[Mapping[str, Any], ...] = ()


@dataclass(frozen=True)
class Rule:
    """One rule of one language, as read from its YAML file."""

    code: str
    name: str
    severity: Severity
    check: str
    lang: str
    source: str
    message: Mapping[str, str]
    variants: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    scope: frozenset[str] = SCOPES
    groups: Mapping[str, tuple[Pattern, ...]] = field(default_factory=dict)
    settings: Mapping[str, Any] = field(default_factory=dict)
    bad: tuple[RuleExample, ...] = ()
    good: tuple[RuleExample, ...] = ()
    _sets: dict[str, frozenset[str]] = field(default_factory=dict, compare=False, repr=False)
    derived: dict[str, frozenset[str]] = field(default_factory=dict, compare=False, repr=False)
    """Sets a check works out from the rule's data once (the check names them)."""

    def setting_set(self, name: str) -> frozenset[str]:
        """A list setting of the rule as a set of strings (remembered)."""
        found = self._sets.get(name)
        if found is None:
            found = self._sets[name] = frozenset(str(value) for value in self.settings.get(name, ()) or ())
        return found

    def text(self, lang: str, variant: str = "") -> str:
        """The message template in `lang` ("en" or the rule's language), of `variant` if given."""
        messages = self.variants.get(variant, self.message) if variant else self.message
        return messages.get(lang) or messages["en"]


@dataclass(frozen=True)
class Rulebook:
    """All rules of one language and its shared vocabulary (words.yml), its lists read once."""

    lang: str
    rules: tuple[Rule, ...]
    words: Mapping[str, Any]
    _lists: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False, repr=False)
    _sets: dict[str, frozenset[str]] = field(default_factory=dict, compare=False, repr=False)
    derived: dict[str, frozenset[str]] = field(default_factory=dict, compare=False, repr=False)
    """Sets a check works out from the rule's data once (the check names them)."""
    _numbered: dict[str, dict[int, tuple[str, ...]]] = field(default_factory=dict, compare=False, repr=False)

    def word_list(self, name: str) -> tuple[str, ...]:
        """A list of words.yml (empty when the language has none of that name); a numbered list, flattened."""
        found = self._lists.get(name)
        if found is None:
            value = self.words.get(name) or ()
            if isinstance(value, dict):
                found = tuple(str(word) for words in value.values() for word in words)
            else:
                found = tuple(str(word) for word in value) if isinstance(value, list) else ()
            self._lists[name] = found
        return found

    def word_set(self, name: str) -> frozenset[str]:
        """A list of words.yml as a set."""
        found = self._sets.get(name)
        if found is None:
            found = self._sets[name] = frozenset(self.word_list(name))
        return found

    def numbered(self, name: str) -> dict[int, tuple[str, ...]]:
        """A numbered list of words.yml (ordinals, number words): number -> its word forms."""
        key = f"#{name}"
        found = self._numbered.get(key)
        if found is None:
            value = self.words.get(name) or {}
            found = {int(number): tuple(str(word) for word in words) for number, words in value.items()}
            self._numbered[key] = found
        return found

    def rule(self, code: str) -> Rule | None:
        """The rule with this code, if the language has one."""
        return next((rule for rule in self.rules if rule.code == code), None)


def _fail(source: str, problem: str) -> RuleError:
    return RuleError(f"{source}: {problem}; fix the rule file (see the other files in that folder for the shape)")


def _expand(source: str, pattern: Any, words: Mapping[str, Any]) -> Pattern:
    if isinstance(pattern, str):
        return pattern
    if not isinstance(pattern, list) or not all(isinstance(token, dict) for token in pattern):
        raise _fail(source, f"a pattern must be a phrase or a list of token objects, got {pattern!r}")
    expanded = []
    for token in pattern:
        spec: dict[str, Any] = {}
        for attr, value in token.items():
            if isinstance(value, str) and value.startswith("@"):
                if value[1:] not in words:
                    raise _fail(source, f"pattern names the word list {value!r}, which words.yml does not have")
                value = {"IN": [str(word) for word in words[value[1:]]]}
            spec[attr] = value
        expanded.append(spec)
    return expanded


def _patterns(source: str, raw: Any, words: Mapping[str, Any]) -> tuple[Pattern, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise _fail(source, "patterns must be a list")
    return tuple(_expand(source, pattern, words) for pattern in raw)


def _example(source: str, raw: Any, bad: bool) -> RuleExample:
    if isinstance(raw, str):
        raw = {"text": raw}
    if not isinstance(raw, dict) or not isinstance(raw.get("text"), str):
        raise _fail(source, f"an example needs a text, got {raw!r}")
    span = str(raw.get("span", ""))
    whole = bool(raw.get("whole", False))
    if bad and not span and not whole:
        problem = "has no span (the text the finding must cover) nor whole: true (a finding on the whole note)"
        raise _fail(source, f"the bad example {raw['text'][:40]!r} {problem}")
    if span and span not in raw["text"]:
        raise _fail(source, f"the span {span!r} is not part of its example text")
    return RuleExample(raw["text"], span, whole, raw.get("order"), raw.get("lang"), tuple(raw.get("batch") or ()))


def _messages(source: str, raw: Any, lang: str) -> dict[str, str]:
    if not isinstance(raw, dict) or "en" not in raw or lang not in raw:
        raise _fail(source, f"message needs a text in {lang!r} and in 'en'")
    return {str(key): str(value) for key, value in raw.items()}


def _rule(source: str, raw: Mapping[str, Any], lang: str, words: Mapping[str, Any]) -> Rule:
    unknown = set(raw) - _RULE_KEYS
    if unknown:
        raise _fail(source, f"unknown keys {', '.join(sorted(unknown))}")
    code, name, severity = _identity(source, raw)
    scope = frozenset(raw.get("scope") or SCOPES)
    if not scope <= SCOPES:
        raise _fail(source, f"scope must be some of {', '.join(sorted(SCOPES))}")
    groups = {"patterns": _patterns(source, raw.get("patterns"), words)}
    groups["antipatterns"] = _patterns(source, raw.get("antipatterns"), words)
    for group, patterns in (raw.get("groups") or {}).items():
        groups[str(group)] = _patterns(source, patterns, words)
    settings = dict(raw.get("settings") or {})
    for expression in settings.get("regex", ()):
        try:
            re.compile(expression)
        except re.error as error:
            raise _fail(source, f"bad regular expression {expression!r}: {error}") from None
    examples = raw.get("examples") or {}
    return Rule(
        code=code,
        name=name,
        severity=severity,
        check=str(raw.get("check", "phrases")),
        lang=lang,
        source=source,
        message=_messages(source, raw.get("message"), lang),
        variants={str(k): _messages(source, v, lang) for k, v in (raw.get("variants") or {}).items()},
        scope=scope,
        groups=groups,
        settings=settings,
        bad=tuple(_example(source, example, True) for example in examples.get("bad") or ()),
        good=tuple(_example(source, example, False) for example in examples.get("good") or ()),
    )


def _identity(source: str, raw: Mapping[str, Any]) -> tuple[str, str, Severity]:
    """A rule's code, name and severity, checked for their form."""
    code, name, severity = (str(raw.get(key, "")) for key in ("code", "name", "severity"))
    if not _CODE.fullmatch(code):
        raise _fail(source, f"the rule code {code!r} is not SIN and three digits")
    if not _NAME.fullmatch(name):
        raise _fail(source, f"{code} needs a name of lower-case words joined by hyphens, got {name!r}")
    if severity not in SEVERITIES:
        raise _fail(source, f"{code} needs a severity of {', '.join(SEVERITIES)}, got {severity!r}")
    return code, name, severity


def load_yaml(path: Path) -> Any:
    """A YAML data file of the lint, read safely (with libyaml when it is there)."""
    try:
        return read_yaml(path)
    except (OSError, yaml.YAMLError) as error:
        raise RuleError(f"{path}: cannot read the lint data file: {error}") from None


@cache
def rulebook(lang: str) -> Rulebook:
    """The rules of `lang`, read from `locales/<lang>/lint/*.yml` once per process."""
    if lang not in LANGS:
        raise RuleError(f"no lint rules for language {lang!r}; use one of {', '.join(LANGS)}")
    folder = locales_dir() / lang / "lint"
    words_file = folder / "words.yml"
    words = load_yaml(words_file) if words_file.is_file() else {}
    if not isinstance(words, dict):
        raise _fail(str(words_file), "words.yml must map list names to lists")
    rules = []
    for path in sorted(folder.glob("*.yml")):
        if path.name in DATA_FILES:
            continue
        raw = load_yaml(path)
        if not isinstance(raw, dict):
            raise _fail(str(path), "a rule file must hold one rule (a mapping with code, name, severity, …)")
        rules.append(_rule(str(path), raw, lang, words))
    return Rulebook(lang, tuple(sorted(rules, key=lambda rule: rule.code)), words)


def suppression_codes() -> dict[str, Code]:
    """The template lint's codes on suppression comments (SIN9xx), from `locales/en/lint/suppressions.yml`."""
    path = locales_dir() / "en" / "lint" / SUPPRESSIONS_FILE
    raw = load_yaml(path)
    if not isinstance(raw, list):
        raise _fail(str(path), "the file must hold a list of codes, each with code, name, severity and message")
    found = {}
    for entry in raw:
        code, name, severity = _identity(str(path), entry if isinstance(entry, dict) else {})
        found[code] = Code(code, name, severity, str(path), str(entry.get("message", "")))
    return found


@cache
def known_codes() -> dict[str, Code]:
    """Every code the lint knows, from the rule files of every language and the suppression codes, in order.

    A code must have one name and one severity in every file that gives it; `RuleError` names the two files
    that disagree."""
    found: dict[str, Code] = {}
    entries = [Code(r.code, r.name, r.severity, r.source) for lang in LANGS for r in rulebook(lang).rules]
    for entry in [*entries, *suppression_codes().values()]:
        seen = found.setdefault(entry.code, entry)
        if (seen.name, seen.severity) != (entry.name, entry.severity):
            problem = f"{entry.code} is {entry.name!r} ({entry.severity}) here but {seen.name!r} ({seen.severity})"
            raise _fail(entry.source, f"{problem} in {seen.source}")
    return dict(sorted(found.items()))


def selected(code: str, select: Sequence[str], ignore: Sequence[str]) -> bool:
    """Whether findings of `code` are reported under --select/--ignore (codes or prefixes such as SIN1)."""
    if select and not any(code.startswith(prefix) for prefix in select):
        return False
    return not any(code.startswith(prefix) for prefix in ignore)


def check_codes(codes: Sequence[str]) -> None:
    """Raise `RuleError` for a --select/--ignore entry that is no code nor the prefix of one."""
    known = known_codes() if codes else {}
    for entry in codes:
        if not entry or not any(code.startswith(entry.upper()) for code in known):
            raise RuleError(f"unknown rule code {entry!r}; known codes: {', '.join(known)}")
