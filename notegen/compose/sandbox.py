"""The sandbox the shop's note templates run in, and its bounds: no note may take the machine's memory or time.

A template can only reach what the context offers (Jinja's immutable sandbox), and every way it has to make
something large or slow is bounded: arithmetic, sizes passed to filters and methods, texts joined or replaced,
everything it writes, and time. Time is a deadline per note (`bounded`), checked on every loop iteration, every
call and every piece of output, so it holds wherever the template runs: in the main thread, a worker process or
any other thread, with no signal or timer. The clock is the thread's own processor time: a template that loops
spends it, while a machine busy with other work (a loaded print server, a batch beside it) does not make a good
note run out of time. Nor does the garbage collector: a full collection in a process that holds the lexicons can
take a second or more, in whichever thread happens to allocate, and that time is given back to the note.
"""

from __future__ import annotations

import functools
import gc
import re
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from time import thread_time
from typing import Any

from jinja2 import nodes, pass_eval_context
from jinja2.compiler import CodeGenerator, Frame
from jinja2.exceptions import SecurityError
from jinja2.nodes import EvalContext
from jinja2.sandbox import ImmutableSandboxedEnvironment

from notegen.compose.context import CONTEXT_FIELDS, Variation

MAX_SIZE = 100_000
"""The largest text a template may make, and the largest number it may pass as a size (`center`, `ljust`, `*`)."""
MAX_WRITTEN = 5 * MAX_SIZE
"""The most characters a template may write for one note, counting a block set and then written out again."""
MAX_SECONDS = 2.0
"""The most processor time a template may spend on one note (a note takes well under a millisecond)."""
SIZED_FILTERS = ("center", "indent", "wordwrap", "truncate", "format", "join", "replace")
_WIDTH = re.compile(r"[%:<>^=]\D{0,3}\d{6,}")


class TooLong(Exception):
    """A template went beyond its bounds for one note (time or output); `message` says which."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


_TIME_UP = f"the template used more than {MAX_SECONDS:g} s of processor time for one note; it must not loop that long"
_TOO_MUCH = f"the template wrote more than {MAX_WRITTEN:,} characters for one note; a thank-you is a few paragraphs"


class _Budget:
    """What one note's rendering may still spend: a deadline on the thread's processor clock, and characters written."""

    __slots__ = ("collecting", "deadline", "written")

    def __init__(self, seconds: float) -> None:
        self.deadline = thread_time() + seconds
        self.written = 0
        self.collecting = 0.0


_current = threading.local()
"""The budget of the note being rendered in this thread (each thread renders one note at a time)."""


@contextmanager
def bounded(seconds: float = MAX_SECONDS) -> Iterator[None]:
    """Render within this block under a deadline of `seconds` and the `MAX_WRITTEN` bound; `TooLong` beyond."""
    outer = getattr(_current, "budget", None)
    _current.budget = _Budget(seconds)
    try:
        yield
    finally:
        _current.budget = outer


def _not_the_templates(phase: str, _info: dict[str, int]) -> None:
    """A garbage collection's processor time, added to the deadline of the note being rendered in its thread:
    the collector runs whenever any allocation crosses its threshold, and its pause (long where millions of
    lexicon objects are alive) says nothing of the template."""
    budget: _Budget | None = getattr(_current, "budget", None)
    if budget is None:
        return
    if phase == "start":
        budget.collecting = thread_time()
    elif budget.collecting:
        budget.deadline += thread_time() - budget.collecting
        budget.collecting = 0.0


gc.callbacks.append(_not_the_templates)


def _check_time() -> _Budget | None:
    budget: _Budget | None = getattr(_current, "budget", None)
    if budget is not None and thread_time() > budget.deadline:
        raise TooLong(_TIME_UP)
    return budget


def _loop_items(iterable: Iterable[Any]) -> Iterator[Any]:
    """The items of a template's `for` loop, with the deadline checked before each one."""
    for item in iterable:
        _check_time()
        yield item


class _Generator(CodeGenerator):
    """Jinja's code generator, with every piece of output passed through `environment.spend` (counted, and the
    deadline checked) and every `~` through `environment.joined` (refused when too long)."""

    def _output_const_repr(self, group: Iterable[Any]) -> str:
        return f"environment.spend({super()._output_const_repr(group)})"

    def _output_child_pre(self, node: nodes.Expr, frame: Frame, finalize: Any) -> None:
        self.write("environment.spend(")
        super()._output_child_pre(node, frame, finalize)

    def _output_child_post(self, node: nodes.Expr, frame: Frame, finalize: Any) -> None:
        super()._output_child_post(node, frame, finalize)
        self.write(")")

    def visit_Concat(self, node: nodes.Concat, frame: Frame) -> None:
        if frame.eval_ctx.volatile or frame.eval_ctx.autoescape:
            super().visit_Concat(node, frame)
            return
        self.write("environment.joined((")
        for arg in node.nodes:
            self.visit(arg, frame)
            self.write(", ")
        self.write("))")


class Sandbox(ImmutableSandboxedEnvironment):
    """The sandbox, with a fast path for the context's own data: the declared fields of its data classes are
    plain values, and `vary` only returns a number, so neither needs the sandbox's checks. Everything else
    (any other object, any other attribute) goes through the checks as usual. Lists, dicts and sets cannot be
    changed, and what a template computes is bounded (see the module's docstring)."""

    code_generator_class = _Generator
    intercepted_binops = frozenset({"*", "**", "+"})

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        for name in SIZED_FILTERS:
            self.filters[name] = _bounded(self.filters[name])
        self.filters["join"] = _join(self.filters["join"])
        del self.globals["lipsum"]  # a hundred thousand paragraphs of Latin in one call
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

    def _parse(self, source: str, name: str | None, filename: str | None) -> nodes.Template:
        """The template's syntax tree, each `for` loop's items taken through `_loop_items` (the deadline)."""
        tree = super()._parse(source, name, filename)
        for loop in list(tree.find_all(nodes.For)):
            items = nodes.EnvironmentAttribute("loop_items", lineno=loop.iter.lineno)
            loop.iter = nodes.Call(items, [loop.iter], [], None, None, lineno=loop.iter.lineno)
        return tree

    loop_items = staticmethod(_loop_items)

    def spend(self, text: str) -> str:
        """A piece of a note's output, counted against `MAX_WRITTEN`, the deadline checked."""
        budget = _check_time()
        if budget is not None:
            budget.written += len(text)
            if budget.written > MAX_WRITTEN:
                raise TooLong(_TOO_MUCH)
        return text

    def joined(self, parts: tuple[Any, ...]) -> str:
        """`a ~ b ~ c` in a template, refused where the result would be too long."""
        texts = [str(part) for part in parts]
        _refuse_beyond(sum(map(len, texts)))
        return "".join(texts)

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        """A call from a template: `vary(...)` and the loops' items directly, anything else through the
        sandbox's checks and the bounds; the deadline is checked on each."""
        if type(__obj) is Variation:
            return __obj(*args, **kwargs)
        if __obj is _loop_items:
            return _loop_items(*args)
        _check_time()
        owner = getattr(__obj, "__self__", None)
        _check_sizes(args, kwargs, owner if _is_format(__obj) else None)
        if isinstance(owner, str):
            _check_growth(getattr(__obj, "__name__", ""), owner, args)
        return super().call(__context, __obj, *args, **kwargs)

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        """`*`, `**` and `+` in a template, refused where the result would be too large."""
        if operator == "**":
            if isinstance(left, int) and isinstance(right, int) and right > 0 and left.bit_length() * right > 4096:
                raise SecurityError(f"{left} ** {right} is too large a number for a template")
            return left**right
        if operator == "+":
            if isinstance(left, str | list | tuple) and isinstance(right, str | list | tuple):
                _refuse_beyond(len(left) + len(right))
            return left + right
        for sized, count in ((left, right), (right, left)):
            if isinstance(sized, str | list | tuple) and isinstance(count, int):
                _refuse_beyond(len(sized) * count)
        return left * right


def _refuse_beyond(size: int) -> None:
    if size > MAX_SIZE:
        raise SecurityError(f"a template may not make a text or list longer than {MAX_SIZE:,}")


def _check_growth(method: str, text: str, args: tuple[Any, ...]) -> None:
    """Refuse a `str` method whose result would be too long: `replace` and `expandtabs` multiply, `join` adds."""
    if method == "replace" and len(args) >= 2 and isinstance(args[0], str) and isinstance(args[1], str):
        times = text.count(args[0]) if args[0] else len(text) + 1
        _refuse_beyond(len(text) + times * max(0, len(args[1]) - len(args[0])))
    elif method == "expandtabs" and args and isinstance(args[0], int):
        _refuse_beyond(len(text) + text.count("\t") * args[0])
    elif method == "join" and args and isinstance(args[0], list | tuple):
        _refuse_beyond(sum(len(str(item)) for item in args[0]) + len(text) * len(args[0]))


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
    """A filter that checks its arguments' sizes first (see `_check_sizes`), and what `replace` and `indent`
    would make."""
    name = function.__name__

    @functools.wraps(function)
    def bounded(value: Any, *args: Any, **kwargs: Any) -> Any:
        _check_sizes(args, kwargs, value if name.endswith("format") else None)
        if name == "do_replace" and len(args) >= 3 and isinstance(args[0], str):
            _check_growth("replace", args[0], tuple(str(arg) for arg in args[1:3]))
        elif name == "do_indent" and isinstance(value, str):
            width = args[0] if args else kwargs.get("width", 4)
            _refuse_beyond(len(value) + (value.count("\n") + 1) * (width if isinstance(width, int) else len(width)))
        return function(value, *args, **kwargs)

    return bounded


def _join(function: Any) -> Any:
    """The `join` filter, refused where the joined text would be too long."""

    @pass_eval_context
    @functools.wraps(function)
    def join(eval_ctx: EvalContext, value: Iterable[Any], d: str = "", attribute: Any = None) -> Any:
        items = list(value)
        if attribute is None:
            _check_growth("join", str(d), (items,))
        return function(eval_ctx, items, d, attribute)

    return join
