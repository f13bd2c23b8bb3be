"""A shop template cannot take the machine's time or memory, wherever the note is composed: in the main thread,
in another thread of a program that uses notegen as a library, or in a worker. Each case ends quickly in a
`ConfigError` naming the file, the line and the order."""

from __future__ import annotations

import gc
import resource
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from notegen.compose.composer import compose
from notegen.config import load_config
from notegen.errors import ConfigError

from .shops import NOW, order
from .test_templates import _shop

SLOW = [
    "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
    "{% for i in range(100000) %}{% for j in range(100000) if j < 0 %}{{ j }}{% endfor %}{% endfor %}",
    "{% for i in range(100000) %}{% for j in range(100000) %}{% set k = j * j %}{% endfor %}{% endfor %}",
    "{% for i in range(100000) %}{% for j in 'x' * 99999 %}{{ '' }}{% endfor %}{% endfor %}",
    "{% macro f() %}{% for i in range(1000) %}{% endfor %}{% endmacro %}"
    "{% for i in range(100000) %}{% for j in range(100000) %}{% set x = f() %}{% endfor %}{% endfor %}",
]
"""Templates that loop for hours without writing much: the deadline stops them."""
LARGE = [
    "{{ 'x' * 10**9 }}",
    "{% for i in range(10**9) %}x{% endfor %}",
    "{% for n in range(20000) %}{{ 'x' * 99999 }}{% endfor %}",
    "{% for n in range(100000) %}{% for m in range(100000) %}" + "x" * 1000 + "{% endfor %}{% endfor %}",
    "{% set a = 'x' * 99999 %}{% set b = a ~ a %}{% set c = b ~ b %}{{ c ~ c }}",
    "{% set a = 'x' * 99999 %}{{ a + a }}",
    "{% set a = ['x' * 99999] * 99999 %}{{ a|join }}",
    "{% set a = ['x' * 99999] * 99999 %}{{ ''.join(a) }}",
    "{{ ('x' * 99999)|replace('x', 'x' * 99999) }}",
    "{{ ('x' * 99999).replace('x', 'x' * 99999) }}",
    "{{ ('\t' * 99999).expandtabs(99999) }}",
    "{{ ('\n' * 99999)|indent(99999, true, true) }}",
    "{{ lipsum(99999) }}",
    "{% set l = [1] %}{% for i in range(40) %}{{ l.extend(l) }}{% endfor %}",
    "{% set ns = namespace(s='x' * 99999) %}{% for i in range(40) %}{% set ns.s = ns.s ~ ns.s %}{% endfor %}",
]
"""Templates that would make gigabytes: a size bound stops them before the memory is taken."""


@pytest.fixture(autouse=True, scope="module")
def _warm(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Compose once before the clock runs: the first note of a process loads the language's models."""
    compose(order(locale="en"), load_config(_shop(tmp_path_factory.mktemp("warm"), {"en/unused.txt.j2": ""})), NOW)


def _compose(tmp_path: Path, body: str) -> tuple[str, float]:
    """Compose order T-1 with a shop template whose thanks block is `body`; the error and the processor seconds
    the composing thread took (not the time on the clock, which a loaded machine stretches)."""
    template = "{% set thanks %}Thanks for {{ items.acc }}.\n" + body + "{% endset %}"
    config = load_config(_shop(tmp_path, {"en/first_order.txt.j2": template}))
    began = time.thread_time()
    with pytest.raises(ConfigError) as caught:
        compose(order(locale="en"), config, NOW)
    return str(caught.value), time.thread_time() - began


def _in_a_thread(tmp_path: Path, body: str) -> tuple[str, float]:
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(_compose, tmp_path, body).result(timeout=60)


@pytest.mark.parametrize("body", SLOW)
def test_a_template_that_loops_too_long_is_stopped_in_a_thread(tmp_path: Path, body: str) -> None:
    message, took = _in_a_thread(tmp_path, body)
    assert "first_order.txt.j2:" in message and "order T-1" in message, message
    assert "used more than 2 s of processor time for one note" in message, message
    assert took < 8


@pytest.mark.parametrize("body", LARGE)
def test_a_template_that_would_take_the_memory_is_stopped_in_a_thread(tmp_path: Path, body: str) -> None:
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    message, took = _in_a_thread(tmp_path, body)
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert "first_order.txt.j2" in message and "order T-1" in message, message
    assert took < 8 and grown_mb < 200, (took, grown_mb, message)


def test_the_deadline_holds_in_the_main_thread_too(tmp_path: Path) -> None:
    message, took = _compose(tmp_path, SLOW[0])
    assert "used more than 2 s of processor time for one note" in message and took < 8


def test_a_normal_note_is_not_slowed_or_refused(tmp_path: Path) -> None:
    body = "{% for i in range(3) %}{{ loop.index }} {% endfor %}{{ ('a' ~ 'b')|replace('a', 'c') }}"
    template = "{% set thanks %}Thanks for {{ items.acc }}.\n" + body + "{% endset %}"
    config = load_config(_shop(tmp_path, {"en/first_order.txt.j2": template}))
    with ThreadPoolExecutor(1) as pool:
        note = pool.submit(compose, order(locale="en"), config, NOW).result(timeout=60)
    assert note.thanks.endswith("cb"), note.thanks


@pytest.fixture
def slow_collections() -> Iterator[list[float]]:
    """The first garbage collection that starts while a template is being rendered takes 2.5 s of processor time:
    the pause a full collection can take in a process that holds all three languages' lexicons on a loaded
    machine. Yields the seconds the slow collection took."""
    taken: list[float] = []

    def rendering() -> bool:
        frame = sys._getframe(2)
        while frame is not None:
            if frame.f_code.co_filename.endswith(".j2"):
                return True
            frame = frame.f_back
        return False

    def slow(phase: str, _info: dict[str, int]) -> None:
        if phase == "start" and not taken and rendering():
            began = time.thread_time()
            while time.thread_time() - began < 2.5:
                pass
            taken.append(time.thread_time() - began)

    gc.callbacks.append(slow)
    try:
        yield taken
    finally:
        gc.callbacks.remove(slow)


def test_a_long_garbage_collection_during_a_note_is_not_counted_as_the_templates_time(
    tmp_path: Path, slow_collections: list[float]
) -> None:
    body = "{% set rows = range(3000)|batch(1)|list %}and for your patience."
    template = "{% set thanks %}Thanks for {{ items.acc }}.\n" + body + "{% endset %}"
    config = load_config(_shop(tmp_path, {"en/first_order.txt.j2": template}))
    with ThreadPoolExecutor(1) as pool:
        note = pool.submit(compose, order(locale="en"), config, NOW).result(timeout=60)
    assert slow_collections and slow_collections[0] >= 2.5, "no collection ran while the note was rendered"
    assert note.thanks.endswith("and for your patience."), note.thanks
