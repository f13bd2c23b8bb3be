"""Loading and running the note templates: a Jinja2 sandbox, built once per template folder and cached.

An occasion's note is ``_common`` followed by the occasion's own template, compiled together once, so that a
block the occasion sets again replaces the common one and a note costs a single render. Errors name the
file and line the shop wrote, not the combined source.
"""

from __future__ import annotations

import os
import re
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from jinja2 import ChoiceLoader, FileSystemLoader, StrictUndefined, Template, TemplateNotFound
from jinja2.exceptions import TemplateError, TemplateSyntaxError
from jinja2.sandbox import SandboxedEnvironment

from notegen.compose.sandbox import MAX_SIZE, Sandbox, TooLong, bounded
from notegen.errors import ConfigError
from notegen.language.words import capfirst, french_spaces
from notegen.resources import templates_dir

BLOCKS = (
    "subject", "preheader", "greeting", "thanks", "reply", "gift", "incentive", "support", "closing",
    "stay_in_touch", "service", "quiet_thanks",
)  # fmt: skip


class _FolderLoader(FileSystemLoader):
    """Templates from one folder, and only from it: a symlink (or `..`) that leads out of it is refused, so
    that a shop's template folder cannot include /etc/passwd or a file of another customer."""

    def get_source(self, environment: Any, template: str) -> tuple[str, str, Callable[[], bool]]:
        source, filename, uptodate = super().get_source(environment, template)
        real = os.path.realpath(filename)
        if not any(os.path.commonpath([real, os.path.realpath(root)]) == os.path.realpath(root)
                   for root in self.searchpath):  # fmt: skip
            raise ConfigError(f"{filename}: leads out of the template folder (to {real}); copy the file in instead")
        return source, filename, uptodate


@cache
def environment(folder: str) -> Sandbox:
    """The sandbox for a shop's template folder ("" for the built-in templates only)."""
    loaders: list[FileSystemLoader] = [_FolderLoader(folder)] if folder else []
    loaders.append(FileSystemLoader(str(templates_dir() / "notes")))
    sandbox = Sandbox(
        loader=ChoiceLoader(loaders),
        undefined=StrictUndefined,
        autoescape=False,
        lstrip_blocks=True,
        auto_reload=False,
    )
    sandbox.filters["cap"] = capfirst
    return sandbox


@dataclass(frozen=True)
class NoteTemplate:
    """An occasion's template with the common blocks before it: `parts` are (file, number of lines)."""

    occasion: str
    template: Template
    parts: tuple[tuple[str, int], ...]

    @property
    def files(self) -> tuple[Path, ...]:
        """The files the template is made of, the occasion's own first, then ``_common``."""
        return tuple(Path(filename) for filename, _ in reversed(self.parts))

    def render(self, variables: dict[str, Any], order_id: str) -> dict[str, str]:
        """The blocks the templates set, as written (not yet joined into paragraphs)."""
        try:
            with bounded():
                module = self.template.make_module(variables)
        except (TemplateError, TypeError, ValueError, ArithmeticError, MemoryError, RecursionError, TooLong) as error:
            message = getattr(error, "message", None) or str(error)
            raise ConfigError(
                f"{self._error_place(error)}: order {order_id}: {message}; a template may only use what the "
                f"context offers (templates/notes/CONTEXT.md), and parts that can be off need {{% if … %}}"
            ) from None
        found = ((name, getattr(module, name, None)) for name in BLOCKS)
        blocks = {name: str(value) for name, value in found if value is not None}
        if sum(map(len, blocks.values())) > MAX_SIZE:
            raise ConfigError(
                f"{self.parts[-1][0]}: order {order_id}: the note is longer than {MAX_SIZE:,} characters; "
                "a thank-you note is a few paragraphs"
            )
        return blocks

    def _error_place(self, error: BaseException) -> str:
        for frame in reversed(traceback.extract_tb(error.__traceback__)):
            if frame.filename == self.template.filename and frame.lineno:
                return _place(self.parts, self.template.get_corresponding_lineno(frame.lineno))
        return self.parts[-1][0]


def _place(parts: tuple[tuple[str, int], ...], line: int) -> str:
    """The file and line of `line` of the combined source."""
    for filename, count in parts:
        if line <= count:
            return f"{filename}:{line}"
        line -= count
    return parts[-1][0]


_SYNTAX = re.compile(r"(\{#.*?#\}|\{%.*?%\}|\{\{.*?\}\})", re.DOTALL)


def _prepare(source: str, lang: str) -> str:
    """The source as the sandbox compiles it: indentation is for the reader of a template and never part of a
    note, and a line break in the wording is a space. Each line break of the wording becomes a space and a
    Jinja comment holding the break, so the output needs no re-joining and line numbers stay those of the
    file. French wording gets its no-break spaces here, once (values get theirs where they are made)."""
    source = "\n".join(line.lstrip(" \t") for line in source.split("\n"))
    if "{% raw" in source or "{%- raw" in source:
        return source
    parts = _SYNTAX.split(source)
    for index in range(0, len(parts), 2):
        text, head, tail = parts[index], "", ""
        if index + 1 < len(parts) and parts[index + 1][2:3] == "-":  # "{%-" strips the space before it
            stripped = text.rstrip()
            text, tail = stripped, _breaks(text[len(stripped) :])
        if index and parts[index - 1][-3:-2] == "-":  # and "-%}" the space after it
            stripped = text.lstrip()
            text, head = stripped, _breaks(text[: len(text) - len(stripped)])
        if lang == "fr":
            text = french_spaces(text)
        parts[index] = head + text.replace("\n", " {#\n#}") + tail
    return "".join(parts)


def _breaks(space: str) -> str:
    count = space.count("\n")
    return "{#" + "\n" * count + "#}" if count else ""


def _source(sandbox: SandboxedEnvironment, lang: str, name: str, formality: str) -> tuple[str, str] | None:
    names = [f"{lang}/{name}.{formality}.txt.j2"] if formality else []
    names.append(f"{lang}/{name}.txt.j2")
    assert sandbox.loader is not None
    for candidate in names:
        try:
            source, filename, _ = sandbox.loader.get_source(sandbox, candidate)
        except TemplateNotFound:
            continue
        source = _prepare(source, lang)
        return source if source.endswith("\n") else source + "\n", filename or candidate
    return None


@lru_cache(maxsize=512)
def note_template(folder: str, lang: str, occasion: str, formality: str) -> NoteTemplate | None:
    """The template of `occasion` in `lang` (None when there is none), the shop's own before the built-in one.

    A template ``<name>.<formality>.txt.j2`` wins over ``<name>.txt.j2``. `ConfigError` names the file and
    line of a syntax error, and a language without ``_common``.
    """
    sandbox = environment(folder)
    own = _source(sandbox, lang, occasion, formality)
    if own is None:
        return None
    common = _source(sandbox, lang, "_common", formality)
    if common is None:
        raise ConfigError(f"no template {lang}/_common.txt.j2 for notes in {lang}; copy it from the built-in ones")
    parts = tuple((filename, source.count("\n")) for source, filename in (common, own))
    try:
        code = sandbox.compile(common[0] + own[0], name=f"{lang}/{occasion}", filename=own[1])
    except TemplateSyntaxError as error:
        raise ConfigError(f"{_place(parts, error.lineno)}: {error.message}") from None
    template = sandbox.template_class.from_code(sandbox, code, sandbox.make_globals(None))
    return NoteTemplate(occasion, template, parts)
