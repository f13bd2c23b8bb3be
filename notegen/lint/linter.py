"""The lint's front: `Linter` (threshold, --select/--ignore) and `lint` for one note.

The spaCy side (pipelines, matchers) is imported on the first check, so that importing notegen does not load
spaCy, and a language's pipeline is built only when a note in that language comes along.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from functools import cache

from notegen.language.catalog import Catalog
from notegen.lint.result import LintResult
from notegen.lint.rules import check_codes
from notegen.model import Order


class Linter:
    """Judges notes; `threshold` is the lowest acceptable score, `select`/`ignore` filter the reported codes;
    `catalog` is the shop's catalog (`[shop] catalog`), whose phrases name its items as the composer names them."""

    def __init__(
        self,
        *,
        threshold: int = 50,
        select: Collection[str] = (),
        ignore: Collection[str] = (),
        catalog: Catalog | None = None,
    ) -> None:
        self.threshold = threshold
        self.catalog = catalog
        self.select = tuple(code.upper() for code in select)
        self.ignore = tuple(code.upper() for code in ignore)
        check_codes(self.select)
        check_codes(self.ignore)

    def check(self, text: str, order: Order | None = None, lang: str | None = None) -> LintResult:
        """Lint one note, against its order when given; `lang` defaults to the order's, else the detected one."""
        return self.check_batch([(text, order, lang)])[0]

    def check_batch(self, entries: Sequence[tuple[str, Order | None, str | None]]) -> list[LintResult]:
        """Lint the notes of a batch: each on its own, then form-letter sameness and items of other orders."""
        if not entries:
            return []
        from notegen.lint.engine import run

        return run(entries, self.threshold, self.select, self.ignore, self.catalog)


@cache
def _default() -> Linter:
    return Linter()


def lint(note_text: str, order: Order | None = None, lang: str | None = None) -> LintResult:
    """Lint one note with the default threshold (50) and every rule."""
    return _default().check(note_text, order, lang)
