"""The lint's output formats: `text` (one line per finding), `json` (versioned), `sarif` (for code hosts).

Each note is reported with where it came from (`path`); a note rendered from a template is located in the
template file instead (the line where the flagged words stand in the template, else its first line), with the
sample order it was rendered for. `FORMATS` maps each format name to its writer; the CLI offers its keys.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from notegen.lint.result import LintFinding, LintResult
from notegen.model import Finding

SCHEMA = "notegen.lint/1"
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
TOOL = "notegen-lint"
_LEVELS = {"error": "error", "warning": "warning", "info": "note"}


@dataclass(frozen=True)
class Linted:
    """One linted note: `path` as the user named it and the note `text`. A note rendered from templates has
    their (path, text) as `sources` and its sample order's id; `kind` "template" holds findings on a template
    file itself (suppression hygiene), with offsets into `text`, the file's text."""

    path: str
    text: str
    result: LintResult
    sources: tuple[tuple[str, str], ...] = ()
    order_id: str = ""
    kind: str = "note"


def position(text: str, offset: int) -> tuple[int, int]:
    """1-based (line, column) of a character offset (1, 1 for -1)."""
    if offset < 0:
        return 1, 1
    before = text[:offset]
    return before.count("\n") + 1, offset - (before.rfind("\n") + 1) + 1


def locate(note: Linted, finding: Finding) -> tuple[str, int, int, int, int]:
    """(path, line, column, end line, end column) of a finding in the file the user knows: the note file, or
    the template where the flagged words stand (else the first template's first line)."""
    path, text, start, end = note.path, note.text, finding.start, finding.end
    if note.sources:
        path, text = note.sources[0]
        start = end = -1
        for source_path, source in note.sources if finding.text else ():
            at = source.find(finding.text)
            if at >= 0:
                path, text, start, end = source_path, source, at, at + len(finding.text)
                break
    line, column = position(text, start)
    end_line, end_column = position(text, end) if end >= 0 else (line, column)
    return path, line, column, end_line, end_column


def _verdict(result: LintResult) -> str:
    return "reject" if result.errors else "accept"


def as_text(notes: Sequence[Linted], threshold: int) -> str:
    """`path:line:col: CODE severity message` per finding, then the score of each note."""
    lines = []
    for note in notes:
        suffix = f" (order {note.order_id})" if note.order_id else ""
        for finding in note.result.findings:
            path, line, column, _, _ = locate(note, finding)
            lines.append(f"{path}:{line}:{column}: {finding.code} {finding.severity} {finding.message}{suffix}")
        if note.kind == "note":
            parts = ", ".join(f"{name} {value}" for name, value in note.result.parts.items())
            verdict = _verdict(note.result)
            lines.append(f"{note.path}{suffix}: score {note.result.score}/100 ({parts}): {verdict}")
    return "\n".join(lines) + "\n" if lines else ""


def _finding_data(note: Linted, finding: Finding) -> dict[str, Any]:
    path, line, column, end_line, end_column = locate(note, finding)
    return {
        "path": path,
        "code": finding.code,
        "name": finding.name if isinstance(finding, LintFinding) else "",
        "severity": finding.severity,
        "message": finding.message,
        "message_en": getattr(finding, "message_en", "") or finding.message,
        "start": finding.start,
        "end": finding.end,
        "text": finding.text,
        "line": line,
        "column": column,
        "end_line": end_line,
        "end_column": end_column,
    }


def lint_data(notes: Sequence[Linted], threshold: int) -> dict[str, Any]:
    """The JSON document (schema `notegen.lint/1`)."""
    entries = []
    for note in notes:
        entry: dict[str, Any] = {"path": note.path, "kind": note.kind}
        if note.order_id:
            entry["order_id"] = note.order_id
        if note.kind != "note":
            entries.append(entry | {"findings": [_finding_data(note, finding) for finding in note.result.findings]})
            continue
        entry |= {
            "lang": note.result.lang,
            "verdict": _verdict(note.result),
            "score": note.result.score,
            "basis": note.result.basis,
            "parts": dict(note.result.parts),
            "findings": [_finding_data(note, finding) for finding in note.result.findings],
        }
        entries.append(entry)
    summary = {
        "notes": sum(1 for note in notes if note.kind == "note"),
        "rejected": sum(1 for note in notes if note.result.errors and note.kind == "note"),
        "errors": sum(len(note.result.errors) for note in notes),
        "warnings": sum(len(note.result.warnings) for note in notes),
    }
    return {"schema": SCHEMA, "threshold": threshold, "summary": summary, "notes": entries}


def as_json(notes: Sequence[Linted], threshold: int) -> str:
    """The findings, scores and parts as JSON."""
    return json.dumps(lint_data(notes, threshold), ensure_ascii=False, indent=2) + "\n"


def as_sarif(notes: Sequence[Linted], threshold: int) -> str:
    """SARIF 2.1.0, so that code hosts show the findings on the template or note files."""
    used = sorted({finding.code for note in notes for finding in note.result.findings})
    # A finding carries its rule's name and severity (from the rule file): no rule file is read again here.
    known = {f.code: f for note in notes for f in note.result.findings if isinstance(f, LintFinding) and f.name}
    rules = [
        {
            "id": code,
            "name": known[code].name,
            "shortDescription": {"text": known[code].name.replace("-", " ")},
            "defaultConfiguration": {"level": _LEVELS[known[code].severity]},
        }
        for code in used
        if code in known
    ]
    results = []
    for note in notes:
        for finding in note.result.findings:
            path, line, column, end_line, end_column = locate(note, finding)
            region = {"startLine": line, "startColumn": column, "endLine": end_line, "endColumn": end_column}
            message = getattr(finding, "message_en", "") or finding.message
            result: dict[str, Any] = {
                "ruleId": finding.code,
                "level": _LEVELS[finding.severity],
                "message": {"text": message},
                "locations": [{"physicalLocation": {"artifactLocation": {"uri": path}, "region": region}}],
            }
            if note.order_id:
                result["properties"] = {"order_id": note.order_id}
            results.append(result)
    run = {"tool": {"driver": {"name": TOOL, "rules": rules}}}
    document = {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run | {"results": results}]}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


FORMATS: dict[str, Callable[[Sequence[Linted], int], str]] = {"text": as_text, "json": as_json, "sarif": as_sarif}
