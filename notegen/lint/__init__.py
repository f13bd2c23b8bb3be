"""The sincerity lint: is a note sincere and personal, or generic, nameless, wrong?

Rules are data (`locales/<lang>/lint/*.yml`), matched with spaCy, some of them against the order the note is
for. A note with a finding of severity "error" is never printed or sent. A code's name and severity are those
of its rule file (`known_codes`); DESIGN.md, "Lint rule codes", says what each one catches.
"""

from __future__ import annotations

from notegen.lint.linter import Linter, lint
from notegen.lint.result import LintFinding, LintResult
from notegen.lint.rules import RuleError, known_codes

__all__ = ["LintFinding", "LintResult", "Linter", "RuleError", "known_codes", "lint"]
