"""`notegen preview`: a static HTML gallery of a batch, to check every note before it is printed or sent.

One card per input order, in input order: the email as the customer will see it (its own page, in a sandboxed
iframe), the printed insert as an image of its page, the language, the score, and the lint findings marked in the
note's text. Rejected, invalid and skipped orders have their card too, with the reason. The folder it writes:

    index.html            counts and filters; the page (templates/preview/index.html.j2, escaped by Jinja)
    preview.css, .js      its style and script (plain JavaScript, no network)
    cards.js              the cards' data; the script lays out the cards as they scroll into view
    emails/00001.html     each produced order's email, by its place in the input (never by its order id)
    inserts.pdf           the inserts, as `notegen render --to pdf` would print them
    inserts/00001.png     an image of each page of inserts.pdf

Every link is relative, so the folder opens from the file system, on any machine, offline.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from notegen.compose.composer import compose
from notegen.config import ShopConfig
from notegen.errors import RenderError
from notegen.files import write_atomic
from notegen.language.locales import choose_lang
from notegen.model import Order, ReadResult
from notegen.render.email.message import build_email
from notegen.render.gallery import EmailPages, rasterise
from notegen.render.pdf.document import SIZES
from notegen.resources import templates_dir
from notegen.run.batch import triage
from notegen.run.outcome import Outcome, does_not_fit
from notegen.run.prepare import SHORTEN_STEPS, RunOptions, prepare, recomposer
from notegen.run.preview_cards import CardSource, Tallies, card_data, tallies
from notegen.run.produce import write_inserts

log = logging.getLogger("notegen")

ASSETS = ("preview.css", "preview.js")
EMAILS = "emails"
INSERTS = "inserts"
INSERTS_PDF = "inserts.pdf"
CARDS = "cards.js"
DATA_PREFIX = "window.NOTEGEN_PREVIEW = "


@dataclass(frozen=True)
class PreviewSummary:
    """What `write_preview` wrote: the page to open, the number of orders per status, and of cards."""

    index: Path
    counts: dict[str, int]
    cards: int


@dataclass(frozen=True)
class PageView:
    """What the page template sees, as `page`."""

    shop: str
    generated: str
    size: str
    tallies: Tallies


def write_preview(
    results: Sequence[ReadResult],
    config: ShopConfig,
    out_dir: Path,
    *,
    now: datetime,
    secret: str | None = None,
    size: str | None = None,
    jobs: int = 1,
) -> PreviewSummary:
    """Write the gallery of `results` (as read, in input order) into `out_dir`; returns where and how many.

    Each order goes the way a run would take it: invalid and cancelled orders are settled, the rest composed and
    linted (for the email), and the produced ones written as an email and laid out as an insert (`size`, by
    default the config's). A note that does not fit its insert is shown as rejected with `PDF001`. Raises
    `RenderError` when the folder cannot be written.
    """
    size = size or config.insert.size
    if size not in SIZES:  # before the work of composing and linting, not after it
        raise RenderError(f"unknown insert size {size!r}; use one of {', '.join(SIZES)}")
    options = RunOptions(to="email", output=out_dir, now=now, size=size, jobs=jobs, secret=secret)
    sources = _settle(results, config, options)
    _clear(out_dir)  # only now: a config or code problem found while composing leaves an earlier preview whole
    sources = _with_emails(sources, config, out_dir, now)
    sources = _with_inserts(sources, config, out_dir, options)
    cards = [card_data(source) for source in sources]
    page = PageView(config.shop.name, now.isoformat(sep=" ", timespec="minutes"), size, tallies(cards))
    index = write_page(out_dir, cards, page)
    log.info("preview: %d cards in %s", len(cards), index)
    return PreviewSummary(index=index, counts=page.tallies.by_status, cards=len(cards))


def _clear(out_dir: Path) -> None:
    """Make the folder, and remove the email pages and insert images an earlier preview left in it."""
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        for pattern in (f"{EMAILS}/[0-9]*.html", f"{EMAILS}/inline-*", f"{INSERTS}/[0-9]*.*"):
            for path in out_dir.glob(pattern):
                path.unlink()
        (out_dir / INSERTS_PDF).unlink(missing_ok=True)
    except OSError as error:
        raise RenderError(f"{out_dir}: cannot write the preview there: {error.strerror or error}") from None


def _settle(results: Sequence[ReadResult], config: ShopConfig, options: RunOptions) -> list[CardSource]:
    """Triage, compose and lint as a run does; one card source per result, in input order."""
    slots, todo = triage(results, options, None)
    prepared = iter(prepare(todo, config, options))
    sources = []
    for n, slot in enumerate(slots, start=1):
        if isinstance(slot, Outcome):
            result = results[n - 1]
            lang = choose_lang(result, config) if isinstance(result, Order) else ""
            sources.append(CardSource(n, result, slot, lang=lang))
            continue
        item = next(prepared)
        # A rejected note is not passed on; compose it again, the same way, to show where its findings are.
        note = item.note or compose(item.order, config, options.now, fit="email", secret=options.secret)
        sources.append(CardSource(n, item.order, item.outcome, lang=item.outcome.locale, note=note))
    return sources


def _with_emails(sources: list[CardSource], config: ShopConfig, out_dir: Path, now: datetime) -> list[CardSource]:
    """Write the email page of each produced order; an order whose email cannot be made says why on its card."""
    pages = EmailPages()
    done = []
    for source in sources:
        if source.outcome.status != "ok" or source.note is None or not isinstance(source.result, Order):
            done.append(source)
            continue
        try:
            message = build_email(source.result, source.note, config, now)
        except RenderError as error:
            done.append(replace(source, email_problem=str(error)))
            continue
        name = f"{EMAILS}/{source.n:05d}.html"
        page, images = pages.page(message.html, message.eml)
        try:
            for image, data in images.items():
                write_atomic(out_dir / EMAILS / image, data)
            write_atomic(out_dir / name, page)
        except OSError as error:
            raise RenderError(f"{out_dir / name}: cannot write the email page: {error.strerror or error}") from None
        done.append(replace(source, email=name))
    return done


def _with_inserts(
    sources: list[CardSource], config: ShopConfig, out_dir: Path, options: RunOptions
) -> list[CardSource]:
    """Lay out the produced orders' inserts as one PDF, and show each card the image of its page."""
    ready = [source for source in sources if source.outcome.status == "ok" and isinstance(source.result, Order)]
    if not ready:
        return sources
    recompose = recomposer(config, replace(options, to="pdf"))  # the inserts are composed for print
    orders = [source.result for source in ready if isinstance(source.result, Order)]
    entries = [(order, recompose(order, 0)) for order in orders]
    pdf = out_dir / INSERTS_PDF
    placed = write_inserts(
        entries, config, pdf, size=options.size, jobs=options.jobs, recompose=recompose, shorten_steps=SHORTEN_STEPS
    )
    pages = sorted({result.page for result in placed if result.page is not None})
    _write_images(pdf, pages, out_dir, options.jobs)
    by_n: dict[int, CardSource] = {}
    for source, order, result in zip(ready, orders, placed, strict=True):
        if result.page is not None:
            by_n[source.n] = replace(source, insert=_page_image(result.page), page=result.page)
            continue
        by_n[source.n] = replace(source, outcome=does_not_fit(source.outcome, result.finding, order.rows))
    return [by_n.get(source.n, source) for source in sources]


def _page_image(page: int) -> str:
    """The image of the inserts' `page` (1-based), relative to the preview's folder."""
    return f"{INSERTS}/{page:05d}.png"


def _write_images(pdf: Path, pages: list[int], out_dir: Path, jobs: int) -> None:
    """Write the image of each of the inserts' `pages` as it is made."""
    try:
        for page, png in rasterise(pdf, pages, jobs=jobs):
            write_atomic(out_dir / _page_image(page), png)
    except OSError as error:
        raise RenderError(f"{out_dir / INSERTS}: cannot write the insert images: {error.strerror or error}") from None


@functools.cache
def _environment() -> Environment:
    return Environment(
        loader=FileSystemLoader(templates_dir() / "preview"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,
    )


def write_page(out_dir: Path, cards: Sequence[dict[str, Any]], page: PageView) -> Path:
    """Write the cards (as made by `card_data`) as cards.js, the page's assets and index.html into `out_dir`.

    Returns the path of index.html. The cards' email and insert files are the caller's to write.
    """
    data = DATA_PREFIX + json.dumps({"cards": list(cards)}, ensure_ascii=False, separators=(",", ":"))
    data_bytes = (data + ";\n").encode("utf-8")
    # The digest in the script's URL makes a browser take the new cards after a second preview into the folder.
    cards_url = f"{CARDS}?v={hashlib.sha256(data_bytes).hexdigest()[:12]}"
    html = _environment().get_template("index.html.j2").render(page=page, cards_url=cards_url)
    index = out_dir / "index.html"
    try:
        write_atomic(out_dir / CARDS, data_bytes)
        for asset in ASSETS:
            write_atomic(out_dir / asset, (templates_dir() / "preview" / asset).read_bytes())
        write_atomic(index, html.encode("utf-8"))
    except OSError as error:
        raise RenderError(f"{out_dir}: cannot write the preview page: {error.strerror or error}") from None
    return index
