"""Loading and running the note templates: a Jinja2 sandbox, built once per template folder and cached.

An occasion's note is ``_common`` followed by the occasion's own template, compiled together once, so that a
block the occasion sets again replaces the common one and a note costs a single render. Errors name the
file and line the shop wrote, not the combined source.
"""

from __future__ import annotations

import functools
import os
import re
import signal
import threading
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from jinja2 import ChoiceLoader, FileSystemLoader, StrictUndefined, Template, TemplateNotFound
from jinja2.exceptions import SecurityError, TemplateError, TemplateSyntaxError
from jinja2.sandbox import SandboxedEnvironment

from notegen.compose.context import CONTEXT_FIELDS, Variation
from notegen.errors import ConfigError
from notegen.language.words import capfirst, french_spaces
from notegen.resources import templates_dir

BLOCKS = (
    "subject", "preheader", "greeting", "thanks", "reply", "gift", "incentive", "support", "closing",
    "stay_in_touch", "service", "quiet_thanks",
)  # fmt: skip


MAX_SIZE = 100_000
"""The largest text a template may make, and the largest number it may pass as a size (`center`, `ljust`, `*`)."""
MAX_SECONDS = 2.0
"""The longest a template may take to make one note."""
SIZED_FILTERS = ("center", "indent", "wordwrap", "truncate", "format", "join", "replace")
_WIDTH = re.compile(r"[%:<>^=]\D{0,3}\d{6,}")


class _Sandbox(SandboxedEnvironment):
    """The sandbox, with a fast path for the context's own data: the declared fields of its data classes are
    plain values, and `vary` only returns a number, so neither needs the sandbox's checks. Everything else
    (any other object, any other attribute) goes through the checks as usual. A template's arithmetic and
    calls are bounded: no text or list beyond `MAX_SIZE`, no power beyond a few thousand bits, so that a
    template cannot take the machine's memory (`{{ 'x' * 10**9 }}`)."""

    intercepted_binops = frozenset({"*", "**"})

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        for name in SIZED_FILTERS:
            self.filters[name] = _bounded(self.filters[name])
        checked = super().getattr
        fields = CONTEXT_FIELDS

        def getattr_(obj: Any, attribute: str) -> Any:
            """`obj.attribute` for a template: a declared field of the context directly, else checked."""
            names = fields.get(type(obj))
            if names is not None and attribute in names:
                return getattr(obj, attribute)
            return checked(obj, attribute)

        # compiled templates call environment.getattr(obj, name) for every dotted name: a plain function
        # stored on the instance saves a method lookup on each of them
        self.getattr = getattr_  # type: ignore[method-assign]

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        """A call from a template: `vary(...)` directly, anything else through the sandbox's checks."""
        if type(__obj) is Variation:
            return __obj(*args, **kwargs)
        _check_sizes(args, kwargs, getattr(__obj, "__self__", None) if _is_format(__obj) else None)
        return super().call(__context, __obj, *args, **kwargs)

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        """`*` and `**` in a template, refused where the result would be too large."""
        if operator == "**":
            if isinstance(left, int) and isinstance(right, int) and right > 0 and left.bit_length() * right > 4096:
                raise SecurityError(f"{left} ** {right} is too large a number for a template")
            return left**right
        for sized, count in ((left, right), (right, left)):
            if isinstance(sized, str | list | tuple) and isinstance(count, int) and len(sized) * count > MAX_SIZE:
                raise SecurityError(f"a template may not make a text or list longer than {MAX_SIZE:,}")
        return left * right


def _check_sizes(args: tuple[Any, ...], kwargs: dict[str, Any], pattern: Any = None) -> None:
    """Refuse a size beyond `MAX_SIZE` among the arguments of a call, or as a width in a format string
    (`pattern`: ``%999999999s``, ``{:>999999999}``)."""
    if any(isinstance(value, int) and value > MAX_SIZE for value in (*args, *kwargs.values())) or (
        isinstance(pattern, str) and _WIDTH.search(pattern)
    ):
        raise SecurityError(f"a template may not ask for a size beyond {MAX_SIZE:,}")


def _is_format(method: Any) -> bool:
    return getattr(method, "__name__", "") in ("format", "format_map")


def _bounded(function: Any) -> Any:
    """A filter that checks its arguments' sizes first (see `_check_sizes`)."""

    @functools.wraps(function)
    def bounded(value: Any, *args: Any, **kwargs: Any) -> Any:
        _check_sizes(args, kwargs, value if function.__name__.endswith("format") else None)
        return function(value, *args, **kwargs)

    return bounded


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
def environment(folder: str) -> SandboxedEnvironment:
    """The sandbox for a shop's template folder ("" for the built-in templates only)."""
    loaders: list[FileSystemLoader] = [_FolderLoader(folder)] if folder else []
    loaders.append(FileSystemLoader(str(templates_dir() / "notes")))
    sandbox = _Sandbox(
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
            with _time_bound():
                module = self.template.make_module(variables)
        except (TemplateError, TypeError, ValueError, ArithmeticError, MemoryError, _TooLong) as error:
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


class _TooLong(Exception):
    """A template took longer than `MAX_SECONDS` for one note."""

    message = f"the template took longer than {MAX_SECONDS:g} s for one note; it must not loop that long"


def _time_up(signum: int, frame: object) -> None:
    raise _TooLong


@contextmanager
def _time_bound() -> Iterator[None]:
    """Stop a template that runs longer than `MAX_SECONDS` (with a timer signal, in a program's main thread
    where no one else uses it; elsewhere the template runs unbounded in time, still bounded in size)."""
    usable = (
        hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
        and signal.getsignal(signal.SIGALRM) in (signal.SIG_DFL, _time_up)
    )
    if not usable:
        yield
        return
    previous = signal.signal(signal.SIGALRM, _time_up)
    signal.setitimer(signal.ITIMER_REAL, MAX_SECONDS)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


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
