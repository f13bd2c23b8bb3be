"""What the lint returns for one note: its findings, the personalisation score and the score's parts."""

from __future__ import annotations

from dataclasses import dataclass, field

from notegen.model import Finding


@dataclass(frozen=True)
class LintFinding(Finding):
    """A finding with the rule's name and its message in English (`message` is in the note's language)."""

    name: str = ""
    message_en: str = ""


@dataclass(frozen=True)
class LintResult:
    """The verdict on one note. `parts` are the named parts of `score`; `basis` is "order" or "text" (no order)."""

    lang: str
    findings: tuple[Finding, ...]
    score: int
    parts: dict[str, int] = field(default_factory=dict)
    basis: str = "order"

    @property
    def errors(self) -> tuple[Finding, ...]:
        """The findings of severity "error": a note with any of them is never printed or sent."""
        return tuple(finding for finding in self.findings if finding.severity == "error")

    @property
    def warnings(self) -> tuple[Finding, ...]:
        """The findings of severity "warning"."""
        return tuple(finding for finding in self.findings if finding.severity == "warning")
