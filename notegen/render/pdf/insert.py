"""Laying out a chunk of inserts as one WeasyPrint document, one insert per page, and finding the ones that overflow.

This runs in the worker processes. Laying out many notes as one document is about twenty times faster than one
document per note, so a chunk of notes becomes one document. Each insert is a `<section>` with an
id; the pages that hold that id tell how many pages the insert took. An insert that takes more than one page is
composed shorter and laid out again (only the ones that overflowed, in one small document per step), and the pages
of all documents are written in pick order as one PDF.
"""

from __future__ import annotations

import ctypes.util
import dataclasses
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from multiprocessing.util import Finalize
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup, escape

from notegen import stops
from notegen.config import ShopConfig
from notegen.errors import RenderError
from notegen.model import Finding, Note, Order
from notegen.render.pdf.qr import PrintedLink, qr_codes, text_links
from notegen.render.pdf.sizes import PageSize

Recompose = Callable[[Order, int], Note]
"""Composes an order's note again, shorter by `k` steps (a picklable `functools.partial` of `compose`)."""

_COLOUR = re.compile(r"#(?:[0-9a-fA-F]{3}){1,2}|[a-zA-Z]{3,30}")
# a web or mail address as a note writes it ("wollwerk.example/bewerten", "hallo@wollwerk.example")
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:[\w-]+\.)+[a-z]{2,}(?:/[\w./?=&%#~+-]*[\w/=#~+-])?")


def printed(text: str, code: str = "") -> Markup:
    """A paragraph of the insert, escaped: its addresses kept on one line (never broken at a slash), and `code`,
    where the text names it, set off where it stands (so that the insert prints each code once)."""
    parts = []
    last = 0
    pattern = _ADDRESS if not code else re.compile(f"{re.escape(code)}|{_ADDRESS.pattern}")
    for match in pattern.finditer(text):
        parts.append(escape(text[last : match.start()]))
        kind = "code" if code and match.group() == code else "address"
        parts.append(Markup('<span class="{}">{}</span>').format(kind, match.group()))
        last = match.end()
    parts.append(escape(text[last:]))
    return Markup("").join(parts)


@dataclass(frozen=True)
class InsertStyle:
    """What every insert of a run shares: the size, the shop's name, website, colours and logo, bleed and marks."""

    page: PageSize
    name: str
    website: str
    color: str
    accent: str
    logo: Path | None
    bleed_mm: int = 0
    crop_marks: bool = False

    @property
    def tint(self) -> str:
        """A light shade of the accent colour, for the gift box (a fixed light grey for named colours)."""
        accent = self.accent.lstrip("#")
        if not re.fullmatch(r"[0-9a-fA-F]{3}|[0-9a-fA-F]{6}", accent):
            return "#f2f2f2"
        if len(accent) == 3:
            accent = "".join(c * 2 for c in accent)
        channels = (int(accent[i : i + 2], 16) for i in (0, 2, 4))
        return "#" + "".join(f"{round(255 - (255 - c) * 0.14):02x}" for c in channels)


def insert_style(config: ShopConfig, page: PageSize) -> InsertStyle:
    """The style of `config`'s inserts at `page` size; raises `RenderError` for a bad colour or a missing logo."""
    where = str(config.path or "notegen.toml")
    for key in ("color", "accent"):
        value = getattr(config.shop, key)
        if not _COLOUR.fullmatch(value):
            raise RenderError(
                f"{where}: [shop] {key} must be a colour like #3b5b4c or a CSS colour name, got {value!r}"
            )
    logo = None
    if config.shop.logo:
        logo = (config.base_dir / config.shop.logo).resolve()
        if not logo.is_file():
            raise RenderError(f"{where}: [shop] logo: no such file {logo}; fix the path (relative to the config file)")
    shop = config.shop
    style = InsertStyle(page, shop.name, shop.website, shop.color, shop.accent, logo)
    # Several inserts share an N-up sheet and are cut apart along its marks: no bleed, no per-insert marks.
    if page.sheet:
        return style
    return dataclasses.replace(style, bleed_mm=config.insert.bleed_mm, crop_marks=config.insert.crop_marks)


@dataclass(frozen=True)
class InsertView:
    """One insert as the template sees it: the anchor that finds its page, the note, and its links."""

    anchor: str
    note: Note
    codes: list[PrintedLink]
    links: list[PrintedLink]


@dataclass(frozen=True)
class Chunk:
    """A part of the run for one worker: notes in pick order, and where to write their pages."""

    entries: Sequence[tuple[Order, Note]]
    style: InsertStyle
    path: Path
    recompose: Recompose | None = None
    steps: int = 0


@dataclass(frozen=True)
class ChunkResult:
    """Per entry of a chunk, `None` when it got its page (in order, in `path`) or the finding that rejects it."""

    path: Path
    findings: list[Finding | None]

    @property
    def pages(self) -> int:
        return sum(finding is None for finding in self.findings)


class _Engine:
    """The per-process parts of a layout: templates, parsed stylesheets, fonts and the URL fetcher."""

    def __init__(self, style: InsertStyle) -> None:
        _import_weasyprint()
        from weasyprint import CSS
        from weasyprint.text.fonts import FontConfiguration

        from notegen.render.pdf.fetcher import InsertFetcher, insert_dir

        self.style = style
        self.base_url = insert_dir().as_uri() + "/"
        self.fetcher = InsertFetcher(style.logo)
        self.fonts = FontConfiguration()
        self.env = Environment(
            loader=FileSystemLoader(insert_dir()),
            autoescape=select_autoescape(enabled_extensions=("html.j2",)),
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.env.filters["printed"] = printed
        self.template = self.env.get_template("insert.html.j2")
        self.page_css = page_css = self.env.get_template("page.css.j2").render(
            page=style.page,
            bleed_mm=style.bleed_mm,
            crop_marks=style.crop_marks,
            color=style.color,
            accent=style.accent,
            tint=style.tint,
        )
        options: dict[str, Any] = {"url_fetcher": self.fetcher, "font_config": self.fonts}
        self.stylesheets = [
            CSS(url=self.base_url + "insert.css", **options),
            CSS(string=page_css, base_url=self.base_url, **options),
        ]

    def html(self, notes: Sequence[Note]) -> str:
        """The HTML of `notes` as one document, one insert each (anchors ``insert-0``, ``insert-1``, ...)."""
        views = [InsertView(f"insert-{n}", note, qr_codes(note), text_links(note)) for n, note in enumerate(notes)]
        logo = self.style.logo.as_uri() if self.style.logo else ""
        return self.template.render(shop=self.style, logo=logo, inserts=views)

    def render(self, notes: Sequence[Note]) -> tuple[Any, list[int]]:
        """Lay out `notes` as one document; returns it and, per note, how many pages it took."""
        from weasyprint import HTML

        from notegen.render.pdf.fetcher import insert_dir

        document = HTML(string=self.html(notes), base_url=self.base_url, url_fetcher=self.fetcher).render(
            stylesheets=self.stylesheets, font_config=self.fonts
        )
        starts: dict[str, int] = {}
        for number, page in enumerate(document.pages):
            for name in page.anchors:  # an insert that runs over has its anchor on every page it takes
                starts.setdefault(name, number)
        template = insert_dir() / "insert.html.j2"
        if any(f"insert-{n}" not in starts for n in range(len(notes))):
            raise RenderError(f'{template}: an insert has no id="{{{{ insert.anchor }}}}"; every insert needs it')
        firsts = [starts[f"insert-{n}"] for n in range(len(notes))]
        ends = [*firsts[1:], len(document.pages)]
        spans = [end - first for first, end in zip(firsts, ends, strict=True)]
        if 0 in spans:
            raise RenderError(f"{template}: two inserts share a page; insert.css must start each on a new page")
        return document, spans


def standalone_html(style: InsertStyle, notes: Sequence[Note]) -> str:
    """The inserts of `notes` as one self-contained HTML document, its stylesheets linked by file URL.

    For looking at the inserts in a browser, or laying them out with WeasyPrint alone (the benchmark does).
    """
    engine = _engine(style)
    head = f'<link rel="stylesheet" href="{engine.base_url}insert.css">\n<style>\n{engine.page_css}</style>\n</head>'
    return engine.html(notes).replace("</head>", head, 1)


def _import_weasyprint() -> None:
    """Import WeasyPrint; on Linux, without searching for its libraries with the C compiler.

    WeasyPrint tries several names per library; for each one that is not a file name, cffi asks
    `ctypes.util.find_library`, which runs gcc, ld and ldconfig: some 0.3 s per process, and as many short-lived
    copies of a process that may be large. The Linux names (``libpango-1.0.so.0``) load without it. Should they
    not, WeasyPrint is imported again the usual way.
    """
    if "weasyprint" in sys.modules or not sys.platform.startswith("linux"):
        return
    search = ctypes.util.find_library
    ctypes.util.find_library = lambda name: None
    try:
        import weasyprint  # noqa: F401
    except OSError:
        for name in [name for name in sys.modules if name == "weasyprint" or name.startswith("weasyprint.")]:
            del sys.modules[name]
    finally:
        ctypes.util.find_library = search


@lru_cache(maxsize=4)
def _engine(style: InsertStyle) -> _Engine:
    if not _engine.cache_info().currsize:
        # WeasyPrint keeps @font-face fonts in a temporary folder until the font configuration is collected;
        # drop the engines while the process still runs its exit handlers (a pool worker runs only these).
        Finalize(None, _engine.cache_clear, exitpriority=0)
    return _Engine(style)


def lay_out_chunk(chunk: Chunk) -> ChunkResult:
    """Lay out `chunk` and write the pages of the notes that fit to `chunk.path` (nothing when none fits)."""
    engine = _engine(chunk.style)
    notes = [note for _, note in chunk.entries]
    pending = list(range(len(notes)))
    placed: dict[int, Any] = {}
    documents = []
    for step in range(chunk.steps + 1 if chunk.recompose else 1):
        if step:
            assert chunk.recompose is not None
            for index in pending:
                notes[index] = chunk.recompose(chunk.entries[index][0], step)
        document, spans = engine.render([notes[index] for index in pending])
        documents.append(document)
        page = 0
        overflowing = []
        for index, span in zip(pending, spans, strict=True):
            if span == 1:
                placed[index] = document.pages[page]
            else:
                overflowing.append(index)
            page += span
        pending = overflowing
        if not pending:
            break
    if placed:
        documents[0].copy([placed[index] for index in sorted(placed)]).write_pdf(chunk.path)
    stops.check()  # WeasyPrint swallows an interrupt while it draws an SVG image, and leaves the image out
    return ChunkResult(
        chunk.path, [None if index in placed else _too_long(chunk, index) for index in range(len(notes))]
    )


def _too_long(chunk: Chunk, index: int) -> Finding:
    order = chunk.entries[index][0]
    shortened = f", even composed shorter {chunk.steps} times" if chunk.recompose and chunk.steps else ""
    return Finding(
        code="PDF001",
        severity="error",
        message=(
            f"order {order.order_id} ({order.source or 'no source'}): the note does not fit on one "
            f"{chunk.style.page.name} insert{shortened}; shorten the shop's texts or the order's note, "
            "or print a larger size (--size A5)"
        ),
    )
