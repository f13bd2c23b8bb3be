"""The library side of `notegen lint`: read the notes and the order, lint them, format the findings.

`run_lint` lints note files (or "-" for stdin), as one batch, against one order when `--order` names one.
`run_lint_templates` renders every note template with sample orders (every occasion, both formalities where a
language has two, the shop's own occasions) and lints what comes out, so that a shop learns before a batch
that its own wording is generic, and reports the config's own texts that notes would print in another language
(SIN205, a warning on the config file). Both return the output text and the exit code; the CLI only prints.
"""

from __future__ import annotations

import dataclasses
import os
import sys
from collections.abc import Sequence
from datetime import UTC, datetime, time
from pathlib import Path
from typing import Any

from notegen.compose.context import shop_catalog
from notegen.config import ShopConfig, occasion_rule
from notegen.errors import InputError
from notegen.language.catalog import Catalog
from notegen.lint.formats import FORMATS, Linted
from notegen.lint.linter import Linter
from notegen.lint.result import LintFinding, LintResult
from notegen.lint.suppress import Suppression, apply, parse, unused
from notegen.model import LANGS, InvalidOrder, Order
from notegen.read import generic_json, read_file
from notegen.resources import templates_dir
from notegen.run.config_texts import wrong_language
from notegen.run.sample_orders import sample_orders

FORMALITIES = {"de": ("sie", "du"), "fr": ("vous", "tu"), "en": ("",)}
SAMPLE_SECRET = "notegen-template-lint"
"""Keys the sample orders' gift and referral codes: they are only read by the lint, never issued."""


def _format(fmt: str) -> None:
    if fmt not in FORMATS:
        raise InputError(f"unknown lint output format {fmt!r}; use one of {', '.join(FORMATS)}")


def read_note_file(path: str) -> tuple[str, str]:
    """(label, text) of a note file, or of stdin for "-"."""
    if path == "-":
        return "<stdin>", sys.stdin.read()
    try:
        return path, Path(path).read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError(f"{path}: no such note file") from None
    except UnicodeDecodeError as error:
        raise InputError(f"{path}: not UTF-8 text ({error.reason} at byte {error.start}); save it as UTF-8") from None
    except OSError as error:
        raise InputError(f"{path}: cannot read: {error.strerror}") from None


def read_order_file(path: str) -> Order:
    """The one order of an order file in the generic JSON shape (an object, or a list / {"orders": [...]} of
    one), read by the generic JSON reader as `render` reads it."""
    results = read_file(path, input_format=generic_json.NAME)[1].results
    if len(results) != 1:
        raise InputError(f"{path}: holds {len(results)} orders; --order takes a file with exactly one")
    order = results[0]
    if isinstance(order, InvalidOrder):
        raise InputError(f"{order.source}: {order.reason}; fix the order file")
    return order


def _exit_code(results: Sequence[LintResult], exit_zero: bool) -> int:
    return 1 if not exit_zero and any(result.errors for result in results) else 0


def run_lint(
    notes: Sequence[str],
    *,
    order: str | None = None,
    lang: str | None = None,
    fmt: str = "text",
    select: Sequence[str] = (),
    ignore: Sequence[str] = (),
    threshold: int = 50,
    exit_zero: bool = False,
    catalog: Catalog | None = None,
) -> tuple[str, int]:
    """Lint note files against `order` (a JSON file); returns (output, exit code: 1 when any error found)."""
    _format(fmt)
    if not notes:
        raise InputError("name at least one note file, or - for stdin")
    if lang is not None and lang not in LANGS:
        raise InputError(f"unknown language {lang!r}; use one of {', '.join(LANGS)}")
    linter = Linter(threshold=threshold, select=select, ignore=ignore, catalog=catalog)
    the_order = read_order_file(order) if order else None
    read = [read_note_file(path) for path in notes]
    results = linter.check_batch([(text, the_order, lang) for _, text in read])
    linted = [Linted(label, text, result) for (label, text), result in zip(read, results, strict=True)]
    return FORMATS[fmt](linted, threshold), _exit_code(results, exit_zero)


def _folder(directory: str | None, config: ShopConfig) -> Path:
    if directory:
        folder = Path(directory)
        if not folder.is_dir():
            raise InputError(
                f"{directory}: no such templates folder; copy the templates with `notegen init --templates`"
            )
        return folder.resolve()
    if config.shop.templates:
        return (config.base_dir / config.shop.templates).resolve()
    return templates_dir() / "notes"


def _shown(path: Path) -> str:
    try:
        relative = os.path.relpath(path)
    except ValueError:
        return str(path)
    return str(path) if relative.startswith("..") else relative


def _render(config: ShopConfig, folder: Path, moment: datetime) -> list[tuple[str, list[Path], Order, Any]]:
    from notegen.compose.composer import compose, note_files

    shop = dataclasses.replace(config.shop, templates=str(folder))
    rendered = []
    for lang in LANGS:
        for formality in FORMALITIES[lang]:
            wanted = dataclasses.replace(config.formality, **{lang: formality}) if formality else config.formality
            variant = dataclasses.replace(config, shop=shop, formality=wanted)
            group = f"{lang}/{formality}"
            for order in sample_orders(lang, [occasion_rule(text) for text in config.shop.occasions], moment):
                note = compose(order, variant, moment, secret=SAMPLE_SECRET)
                files = list(note_files(variant, note.lang, note.occasion, formality))
                rendered.append((group, files, order, note))
    return rendered


def _config_texts(config: ShopConfig) -> list[Linted]:
    """The config texts that notes would print in another language, as warnings on the config file."""
    if config.path is None:
        return []
    try:
        source = config.path.read_text(encoding="utf-8")
    except OSError:
        return []
    starts = [0]
    for line in source.splitlines(keepends=True):
        starts.append(starts[-1] + len(line))
    findings = []
    for problem in wrong_language(config):
        start = starts[problem.line - 1] if problem.line else -1
        end = starts[problem.line] - 1 if problem.line else -1
        message = problem.message(_shown(config.path)).split(": ", 1)[1]
        findings.append(LintFinding("SIN205", "warning", message, start, end, "", "wrong-language", message))
    if not findings:
        return []
    return [Linted(_shown(config.path), source, LintResult("", tuple(findings), 0, {}, ""), kind="template")]


def run_lint_templates(
    directory: str | None,
    config: ShopConfig,
    *,
    fmt: str = "text",
    exit_zero: bool = False,
    now: datetime | None = None,
) -> tuple[str, int]:
    """Render every note template with sample orders and lint the notes; honours template suppressions."""
    _format(fmt)
    folder = _folder(directory, config)
    moment = now or datetime.combine(datetime.now(UTC).date(), time(9), UTC)
    rendered = _render(config, folder, moment)
    sources = {path: path.read_text(encoding="utf-8") for _, files, _, _ in rendered for path in files}
    suppressions: dict[Path, list[Suppression]] = {}
    linted: list[Linted] = []
    for path, source in sources.items():
        suppressions[path], problems = parse(_shown(path), source)
        if problems:
            linted.append(Linted(_shown(path), source, LintResult("", tuple(problems), 0, {}, ""), kind="template"))
    linter = Linter(threshold=config.lint.score_threshold, catalog=shop_catalog(config))
    results: list[LintResult] = []
    for group in dict.fromkeys(group for group, _, _, _ in rendered):
        members = [entry for entry in rendered if entry[0] == group]
        verdicts = linter.check_batch([(note.text, order, note.lang) for _, _, order, note in members])
        for (_, files, order, note), verdict in zip(members, verdicts, strict=True):
            active = [s for path in files for s in suppressions[path]]
            result = dataclasses.replace(verdict, findings=apply(verdict.findings, active))
            results.append(result)
            shown = tuple((_shown(path), sources[path]) for path in files)
            linted.append(Linted(shown[0][0], note.text, result, shown, order.order_id))
    for path, source in sources.items():
        idle = unused(suppressions[path], source)
        if idle:
            linted.append(Linted(_shown(path), source, LintResult("", tuple(idle), 0, {}, ""), kind="template"))
    linted += _config_texts(config)
    return FORMATS[fmt](linted, config.lint.score_threshold), _exit_code(results, exit_zero)
