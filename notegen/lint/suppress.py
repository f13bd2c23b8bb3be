"""Suppressions in note templates: `{# notegen: ignore[SIN103] reason="…" #}`, never in a note itself.

A suppression names its codes explicitly and gives a reason; it silences those codes in every note rendered
from the template file that holds it. Suppression hygiene is itself linted: a malformed suppression (SIN901),
one naming an unknown or unsuppressible code (SIN902) and one that silenced nothing (SIN903) are findings
on the template file. A suppression written into a note's text is not honoured: the lint reports it as a
leaked template comment (SIN203).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from notegen.lint.result import LintFinding
from notegen.lint.rules import known_codes, suppression_codes
from notegen.model import Finding

_ANY = re.compile(r"\{#-?\s*notegen\s*:.*?-?#\}", re.DOTALL)
_WELL_FORMED = re.compile(
    r'\{#-?\s*notegen:\s*ignore\[(?P<codes>[A-Z]{3}\d{3}(?:\s*,\s*[A-Z]{3}\d{3})*)\]\s+reason="(?P<reason>[^"]*\S[^"]*)"'
    r"\s*-?#\}"
)
UNSUPPRESSIBLE = ("SIN9",)


@dataclass
class Suppression:
    """One well-formed suppression: where it stands and which codes it silences; `used` counts silenced ones."""

    path: str
    start: int
    end: int
    codes: tuple[str, ...]
    reason: str
    used: set[str] = field(default_factory=set)


def _finding(code: str, start: int, end: int, text: str, codes: Sequence[str] = ()) -> LintFinding:
    """A finding of a suppression code, worded by its message in `suppressions.yml`."""
    known = suppression_codes()[code]
    message = known.message.format_map({"codes": ", ".join(codes)})
    return LintFinding(code, known.severity, message, start, end, text, known.name, message)


def parse(path: str, source: str) -> tuple[list[Suppression], list[Finding]]:
    """The suppressions of a template file, and the findings on malformed ones or unknown codes."""
    found: list[Suppression] = []
    problems: list[Finding] = []
    for match in _ANY.finditer(source):
        text = match.group()
        well = _WELL_FORMED.fullmatch(text)
        if well is None:
            problems.append(_finding("SIN901", match.start(), match.end(), text))
            continue
        codes = tuple(code.strip() for code in well["codes"].split(","))
        known = known_codes()
        bad = [code for code in codes if code not in known or code.startswith(UNSUPPRESSIBLE)]
        if bad:
            problems.append(_finding("SIN902", match.start(), match.end(), text, bad))
        good = tuple(code for code in codes if code not in bad)
        if good:
            found.append(Suppression(path, match.start(), match.end(), good, well["reason"]))
    return found, problems


def apply(findings: Iterable[Finding], suppressions: Sequence[Suppression]) -> tuple[Finding, ...]:
    """The findings no suppression silences; each suppression records the codes it silenced."""
    kept = []
    for finding in findings:
        silencing = [s for s in suppressions if finding.code in s.codes]
        for suppression in silencing:
            suppression.used.add(finding.code)
        if not silencing:
            kept.append(finding)
    return tuple(kept)


def unused(suppressions: Iterable[Suppression], source: str) -> list[Finding]:
    """SIN903 for each code of a suppression that silenced nothing in any note rendered from its file."""
    problems: list[Finding] = []
    for suppression in suppressions:
        idle = [code for code in suppression.codes if code not in suppression.used]
        if idle:
            text = source[suppression.start : suppression.end]
            problems.append(_finding("SIN903", suppression.start, suppression.end, text, idle))
    return problems
