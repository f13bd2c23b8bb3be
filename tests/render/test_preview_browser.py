"""The gallery in a real browser: headless Chromium opens index.html from its folder, as a shop owner would.

Chromium is driven over its DevTools pipe (file descriptors 3 and 4, messages ending in a NUL byte), with the
standard library only. Set NOTEGEN_SCREENSHOT to a path to keep the screenshot of the sample gallery.
"""

from __future__ import annotations

import base64
import contextlib
import fcntl
import json
import os
import select
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from notegen.config import load_config
from notegen.read import read_orders
from notegen.run.preview import CARDS, DATA_PREFIX, PageView, PreviewSummary, write_page, write_preview
from notegen.run.preview_cards import tallies
from tests.render.chromium import CHROMIUM, MISSING
from tests.render.chromium import FLAGS as HEADLESS

FLAGS = [*HEADLESS, "--hide-scrollbars", "--remote-debugging-pipe"]
NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
WIDTH, HEIGHT = 1400, 1000

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=MISSING)


WIRE = """
import os, sys
commands, replies = int(sys.argv[1]), int(sys.argv[2])
os.dup2(commands, 3)
os.dup2(replies, 4)
os.close(commands)
os.close(replies)
os.execv(sys.argv[3], sys.argv[3:])
"""
"""Starts Chromium with the pipe ends where it expects them: commands on descriptor 3, replies on 4."""


def _above_four(fd: int) -> int:
    """The same pipe end on a descriptor above 4, so that moving it to 3 or 4 cannot overwrite the other end."""
    high = fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, 10)
    os.close(fd)
    return high


class Chromium:
    """One headless Chromium with one page, driven over the DevTools protocol."""

    def __init__(self, profile: Path) -> None:
        to_browser, self._writer = os.pipe()
        self._reader, from_browser = os.pipe()
        to_browser, from_browser = _above_four(to_browser), _above_four(from_browser)
        command = [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", f"--window-size={WIDTH},{HEIGHT}", "about:blank"]
        self.process = subprocess.Popen(
            [sys.executable, "-c", WIRE, str(to_browser), str(from_browser), *command],
            pass_fds=(to_browser, from_browser),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(to_browser)
        os.close(from_browser)
        self._buffer = b""
        self._id = 0
        self.events: list[dict[str, Any]] = []
        page = next(t for t in self._call("Target.getTargets")["targetInfos"] if t["type"] == "page")
        self._session = self._call("Target.attachToTarget", {"targetId": page["targetId"], "flatten": True})[
            "sessionId"
        ]
        for domain in ("Page", "Network", "Runtime"):
            self.call(f"{domain}.enable")
        metrics = {"width": WIDTH, "height": HEIGHT, "deviceScaleFactor": 1, "mobile": False}
        self.call("Emulation.setDeviceMetricsOverride", metrics)

    def _message(self, timeout: float = 30) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while b"\0" not in self._buffer:
            if not select.select([self._reader], [], [], max(0.0, deadline - time.monotonic()))[0]:
                raise TimeoutError("Chromium did not answer in time")
            chunk = os.read(self._reader, 1 << 16)
            if not chunk:
                raise EOFError("Chromium closed its pipe")
            self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        result: dict[str, Any] = json.loads(message)
        return result

    def _call(self, method: str, params: dict[str, Any] | None = None, session: str | None = None) -> dict[str, Any]:
        self._id += 1
        command: dict[str, Any] = {"id": self._id, "method": method, "params": params or {}}
        if session:
            command["sessionId"] = session
        os.write(self._writer, json.dumps(command).encode() + b"\0")
        while True:
            message = self._message()
            if message.get("id") == self._id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                result: dict[str, Any] = message["result"]
                return result
            self.events.append(message)

    def call(self, method: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        """Send a command to the page."""
        return self._call(method, params, self._session)

    def _load(self, url: str) -> float:
        self.events.clear()
        started = time.monotonic()
        self.call("Page.navigate", {"url": url})
        while not any(event.get("method") == "Page.loadEventFired" for event in self.events):
            self.events.append(self._message())
        return time.monotonic() - started

    def open(self, url: str) -> float:
        """Load `url` afresh and wait for its load event; returns the seconds it took."""
        self._load("about:blank")  # so that a change of the fragment alone loads the page again too
        return self._load(url)

    def evaluate(self, expression: str) -> Any:
        """The value of a JavaScript expression in the page (promises are awaited)."""
        params = {"expression": expression, "returnByValue": True, "awaitPromise": True}
        reply = self.call("Runtime.evaluate", params)
        if "exceptionDetails" in reply:
            raise RuntimeError(f"{expression}: {reply['exceptionDetails']}")
        return reply["result"].get("value")

    def settle(self) -> None:
        """Wait until the page has laid out what its script changed (two animation frames)."""
        self.evaluate("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))")

    def screenshot(self, path: Path) -> Path:
        path.write_bytes(base64.b64decode(self.call("Page.captureScreenshot", {"format": "png"})["data"]))
        return path

    def requested(self) -> list[str]:
        """The URLs the page asked for since it was opened."""
        return [e["params"]["request"]["url"] for e in self.events if e.get("method") == "Network.requestWillBeSent"]

    def close(self) -> None:
        with contextlib.suppress(EOFError, OSError, TimeoutError):
            self._call("Browser.close")
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        os.close(self._writer)
        os.close(self._reader)


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Chromium]:
    chromium = Chromium(tmp_path_factory.mktemp("chromium-profile"))
    try:
        yield chromium
    finally:
        chromium.close()


REJECTED = [
    # A note that cannot be sent: the name field holds a placeholder, which the lint catches (SIN203). It comes
    # first, so that the screenshot shows a rejected card above a produced one.
    {"order_id": "2001", "locale": "de", "customer": {"first_name": "[FIRST NAME]", "email": "p@example.org"},
     "items": [{"name": "Wollschal „Fjord“", "price": "49.90"}]},
]  # fmt: skip
OTHERS = [
    # No name at all: invalid, never softened into "Dear customer".
    {"order_id": "2002", "locale": "de", "customer": {"last_name": "Ohnename", "email": "o@example.org"},
     "items": [{"name": "Mütze „Firn“"}]},
    {"order_id": "2003", "locale": "de", "status": "cancelled",
     "customer": {"first_name": "Paul", "email": "pa@example.org"}, "items": [{"name": "Plaid „Heide“"}]},
    # Customer text that looks like markup must show as text, everywhere.
    {"order_id": "2004", "locale": "en",
     "customer": {"first_name": "Mia <img src=x onerror=alert(1)>", "last_name": "O'Neill", "email": "mia@example.org"},
     "items": [{"name": "Scarf <b>Fjord</b>", "price": "49.90"}]},
]  # fmt: skip
XSS_NAME = "Mia <img src=x onerror=alert(1)> O'Neill"


SAMPLES = Path(__file__).resolve().parents[2] / "samples"


@dataclass(frozen=True)
class Gallery:
    folder: Path
    summary: PreviewSummary
    order_ids: list[str]

    @property
    def url(self) -> str:
        return self.summary.index.as_uri()


@pytest.fixture(scope="module")
def gallery(tmp_path_factory: pytest.TempPathFactory) -> Gallery:
    """The Wollwerk sample orders and a few that go wrong, previewed once for the whole module."""
    folder = tmp_path_factory.mktemp("gallery")
    files = []
    for name, orders in (("rejected.jsonl", REJECTED), ("others.jsonl", OTHERS)):
        files.append(folder.parent / name)
        files[-1].write_text(
            "".join(json.dumps(order, ensure_ascii=False) + "\n" for order in orders), encoding="utf-8"
        )
    files.insert(1, SAMPLES / "de-wollwerk" / "orders.csv")
    results = read_orders([str(path) for path in files]).results
    config = load_config(SAMPLES / "de-wollwerk" / "notegen.toml")
    summary = write_preview(results, config, folder, now=NOW, secret="preview-test-secret")
    return Gallery(folder, summary, [result.order_id for result in results])


def cards_on_page(browser: Chromium) -> list[dict[str, str]]:
    """The cards the page shows, with their order id, status, language and finding codes."""
    return list(
        browser.evaluate(
            "[...document.querySelectorAll('#cards > article')].map(a => ({id: a.dataset.order, "
            "status: a.dataset.status, lang: a.dataset.lang || '', codes: a.dataset.codes || ''}))"
        )
    )


def test_every_order_has_its_card_in_input_order(browser: Chromium, gallery: Gallery, tmp_path: Path) -> None:
    browser.open(gallery.url)
    browser.settle()
    assert [card["id"] for card in cards_on_page(browser)] == gallery.order_ids
    assert gallery.summary.cards == len(gallery.order_ids)
    counts = browser.evaluate("[...document.querySelectorAll('.statuses a')].map(a => a.textContent.trim())")
    assert counts == [f"{count} {status}" for status, count in gallery.summary.counts.items()]
    assert gallery.summary.counts["rejected"] >= 1 and gallery.summary.counts["invalid"] == 1
    assert gallery.summary.counts["skipped"] == 1
    shot = browser.screenshot(Path(os.environ.get("NOTEGEN_SCREENSHOT") or tmp_path / "gallery.png"))
    with Image.open(shot) as image:
        assert image.size == (WIDTH, HEIGHT)
        assert len(image.convert("RGB").getcolors(maxcolors=1 << 20) or []) > 50  # text, cards and an email in view


def test_a_rejected_note_shows_its_codes_highlighted_with_their_messages(browser: Chromium, gallery: Gallery) -> None:
    browser.open(gallery.url)
    card = "document.querySelector('article[data-order=\"2001\"]')"
    assert browser.evaluate(f"{card}.dataset.status") == "rejected"
    marks = browser.evaluate(
        f"[...{card}.querySelectorAll('.text mark')]"
        ".map(m => ({codes: m.dataset.codes, title: m.title, text: m.textContent}))"
    )
    # The placeholder is marked with its code, in one piece or cut where another finding overlaps it.
    assert "".join(mark["text"] for mark in marks if "SIN203" in mark["codes"].split()) == "[FIRST NAME]"
    assert all(mark["title"].startswith(mark["codes"].split()[0]) for mark in marks)
    assert "SIN203" in browser.evaluate(f"{card}.querySelector('.reason').textContent")
    assert (
        browser.evaluate(f"{card}.querySelector('iframe, img')") is None
    )  # a rejected note is neither sent nor printed
    invalid = "document.querySelector('article[data-order=\"2002\"]')"
    assert "no customer name" in browser.evaluate(f"{invalid}.querySelector('.reason').textContent")


@pytest.mark.parametrize("suffix", ["?status=rejected", "#status=rejected"])
def test_a_status_filter_in_the_url_hides_the_other_cards(browser: Chromium, gallery: Gallery, suffix: str) -> None:
    browser.open(gallery.url + suffix)
    cards = cards_on_page(browser)
    assert len(cards) == gallery.summary.counts["rejected"]
    assert {card["status"] for card in cards} == {"rejected"}
    assert browser.evaluate("document.querySelector('select[name=status]').value") == "rejected"
    total = len(gallery.order_ids)
    assert browser.evaluate("document.getElementById('shown').textContent") == f"{len(cards)} of {total} orders shown"


def set_filter(browser: Chromium, name: str, value: str) -> None:
    """Type into the search box or choose in a filter, as a person does (the page listens to input events)."""
    field = f"document.querySelector('#filters [name={name}]')"
    browser.evaluate(
        f"{field}.value = {json.dumps(value)}; {field}.dispatchEvent(new Event('input', {{bubbles: true}}))"
    )


def test_the_filters_and_the_search_narrow_the_cards_and_keep_the_state_in_the_url(
    browser: Chromium, gallery: Gallery
) -> None:
    browser.open(gallery.url)
    set_filter(browser, "q", "MÜLLER")
    assert [card["id"] for card in cards_on_page(browser)] == ["1042"]
    set_filter(browser, "q", "")
    set_filter(browser, "lang", "en")
    assert {card["lang"] for card in cards_on_page(browser)} == {"en"}
    assert browser.evaluate("location.hash") == "#lang=en"
    set_filter(browser, "lang", "")
    set_filter(browser, "code", "SIN203")
    coded = cards_on_page(browser)
    assert coded and all("SIN203" in card["codes"].split() for card in coded)
    set_filter(browser, "code", "none")
    assert all(card["codes"] == "" for card in cards_on_page(browser))
    assert len(cards_on_page(browser)) < len(gallery.order_ids)
    browser.evaluate("document.querySelector('button[type=reset]').click()")
    browser.evaluate("new Promise(r => setTimeout(r, 50))")
    assert len(cards_on_page(browser)) == len(gallery.order_ids)
    assert browser.evaluate("location.hash") == ""


def test_every_produced_order_shows_its_email_and_its_insert(browser: Chromium, gallery: Gallery) -> None:
    browser.open(gallery.url + "#status=ok")
    views = browser.evaluate(
        "[...document.querySelectorAll('#cards > article')].map(a => {"
        " const f = a.querySelector('iframe'), i = a.querySelector('.insert img');"
        " return {frame: f && [f.getAttribute('sandbox'), f.getAttribute('loading'), f.getAttribute('src')],"
        " image: i && [i.getAttribute('loading'), i.getAttribute('src')],"
        " subject: a.querySelector('.subject')?.textContent};"
        "})"
    )
    assert len(views) == gallery.summary.counts["ok"] > 0
    for view in views:
        sandbox, loading, src = view["frame"]
        assert (sandbox, loading) == ("", "lazy")
        assert (gallery.folder / src).is_file()
        assert view["image"][0] == "lazy" and (gallery.folder / view["image"][1]).is_file()
        assert view["subject"].startswith("Subject ")


def test_the_page_fetches_nothing_from_outside_and_shows_customer_text_as_text(
    browser: Chromium, gallery: Gallery
) -> None:
    browser.open(gallery.url)
    browser.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    browser.settle()
    browser.evaluate("new Promise(r => setTimeout(r, 300))")
    assert {url.split(":", 1)[0] for url in browser.requested()} == {"file"}
    assert browser.evaluate("document.querySelector('article[data-order=\"2004\"] h2').textContent") == XSS_NAME
    assert browser.evaluate("document.querySelectorAll('img[src=x], #cards b').length") == 0
    for page in (gallery.folder / "emails").glob("*.html"):
        assert "<img src=x" not in page.read_text(encoding="utf-8")


def test_two_thousand_cards_open_with_a_small_page(browser: Chromium, gallery: Gallery, tmp_path: Path) -> None:
    cards = json.loads((gallery.folder / CARDS).read_text(encoding="utf-8").removeprefix(DATA_PREFIX).rstrip(";\n"))[
        "cards"
    ]
    many = [{**cards[i % len(cards)], "n": i + 1, "id": f"{i + 1:05d}"} for i in range(2000)]
    for sub in ("emails", "inserts"):
        shutil.copytree(gallery.folder / sub, tmp_path / sub)
    index = write_page(tmp_path, many, PageView("Wollwerk", "2026-11-25 09:00", "A6", tallies(many)))
    browser.open(index.as_uri())  # the time it takes is measured by tests/bench/bench_preview.py
    browser.settle()
    assert browser.evaluate("document.getElementById('shown').textContent") == "2000 orders"
    first = browser.evaluate("document.querySelectorAll('#cards > article').length")
    assert 0 < first <= 80
    assert browser.evaluate("document.getElementsByTagName('*').length") < 3000
    assert index.stat().st_size < 16_000
    assert (tmp_path / CARDS).stat().st_size / len(many) < 4_000
    browser.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    browser.settle()
    assert browser.evaluate("document.querySelectorAll('#cards > article').length") > first


def test_the_attention_filter_shows_only_the_notes_a_person_should_follow_up(
    browser: Chromium, gallery: Gallery
) -> None:
    browser.open(gallery.url + "#attention=any")
    flagged = browser.evaluate("[...document.querySelectorAll('#cards > article')].map(a => a.dataset.attention)")
    assert flagged and all(flagged)
    assert browser.evaluate("document.querySelector('select[name=attention]').value") == "any"
    set_filter(browser, "attention", "question")
    assert set(
        browser.evaluate("[...document.querySelectorAll('#cards > article')].map(a => a.dataset.attention)")
    ) == {"question"}
    assert browser.evaluate("location.hash") == "#attention=question"
