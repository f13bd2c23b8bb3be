"""What the preview gallery's cards show: each email as a page of its own, each insert page as an image.

An email page is the HTML part exactly as the customer gets it, with two changes for viewing it from a folder:
a Content-Security-Policy that lets it load nothing but its own images (no network, no scripts), and the inline
images of the message (`cid:` links, the shop's logo) named as files beside it. Insert pages are rasterised with
pypdfium2 into small PNG images, in `jobs` processes for large batches. Both come back as bytes: the preview
(`notegen.run.preview`) writes them.
"""

from __future__ import annotations

import hashlib
import io
import mimetypes
import re
from collections.abc import Iterator, Sequence
from email import message_from_bytes, policy
from email.message import EmailMessage
from html import unescape
from pathlib import Path

from PIL import Image

from notegen.errors import RenderError
from notegen.workers import wait_first, worker_pool

EMAIL_POLICY = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'"
)
"""What an email may load inside the gallery: its inline styles and its own images, nothing from the network."""

THUMBNAIL_WIDTH = 560
"""Width in pixels of an insert page's image: twice the width the gallery shows it at, for sharp screens."""
PALETTE = 64
"""Colours in an insert page's image."""

_HEAD = re.compile(r"<head\b[^>]*>", re.IGNORECASE)
_CID = re.compile(r"cid:([^\"'\s>)]+)", re.IGNORECASE)
_PARALLEL_FROM = 200
"""Fewer pages than this are rasterised here: starting worker processes would cost more than it saves."""
PART = 50
"""Pages rasterised in one go (one task of a worker): their images are held in memory until they are written."""


def with_policy(html: str) -> str:
    """`html` with the gallery's Content-Security-Policy as the first thing in its head."""
    meta = f'<meta http-equiv="Content-Security-Policy" content="{EMAIL_POLICY}">'
    match = _HEAD.search(html)
    if match is None:
        return meta + html
    return html[: match.end()] + meta + html[match.end() :]


class EmailPages:
    """Makes email pages for one folder; each inline image they use is handed out once, named by its content."""

    def __init__(self) -> None:
        self._images: dict[str, str] = {}

    def page(self, html: str, eml: bytes) -> tuple[bytes, dict[str, bytes]]:
        """(the page of `html`, the HTML part of the message `eml`; the inline images it shows that no earlier
        page did, by file name)."""
        new: dict[str, bytes] = {}
        if any(unescape(cid) not in self._images for cid in _CID.findall(html)):
            new = self._inline_images(eml)
        html = _CID.sub(lambda match: self._images.get(unescape(match.group(1)), match.group(0)), html)
        return with_policy(html).encode("utf-8"), new

    def _inline_images(self, eml: bytes) -> dict[str, bytes]:
        message = message_from_bytes(eml, policy=policy.default)
        assert isinstance(message, EmailMessage)
        new = {}
        for part in message.walk():
            content_id = part.get("Content-ID", "").strip().strip("<>")
            data = part.get_payload(decode=True)
            if not content_id or not isinstance(data, bytes) or part.get_content_maintype() != "image":
                continue
            suffix = mimetypes.guess_extension(part.get_content_type()) or ".img"
            name = f"inline-{hashlib.sha256(data).hexdigest()[:16]}{suffix}"
            if name not in self._images.values():
                new[name] = data
            self._images[content_id] = name
        return new


def _rasterise_part(pdf: Path, pages: Sequence[int]) -> list[tuple[int, bytes]]:
    import pypdfium2

    images = []
    document = pypdfium2.PdfDocument(pdf)
    try:
        for number in pages:
            page = document[number - 1]
            try:
                image = page.render(scale=THUMBNAIL_WIDTH / page.get_width()).to_pil()
            finally:
                page.close()
            # An insert is flat colour and text: a palette of PALETTE colours keeps it sharp, small and fast to write.
            png = io.BytesIO()
            image.quantize(PALETTE, method=Image.Quantize.FASTOCTREE).save(png, format="PNG", compress_level=1)
            images.append((number, png.getvalue()))
    finally:
        document.close()
    return images


def rasterise(pdf: Path, pages: Sequence[int], *, jobs: int = 1) -> Iterator[tuple[int, bytes]]:
    """(page, PNG image) of each of `pdf`'s `pages` (1-based), `PART` pages at a time, in `jobs` processes for
    many pages; in any order.

    Raises `RenderError` when pypdfium2 is not installed or the PDF cannot be read.
    """
    try:
        import pypdfium2
    except ImportError:
        raise RenderError("the preview needs pypdfium2 to show the inserts: pip install pypdfium2") from None
    if not pages:  # a PDF of no pages (every note overflowed) is not one PDFium opens
        return
    parts = [pages[start : start + PART] for start in range(0, len(pages), PART)]
    try:
        if jobs > 1 and len(pages) >= _PARALLEL_FROM:
            with worker_pool(jobs, "spawn") as pool:
                waiting = [pool.submit(_rasterise_part, pdf, part) for part in parts]
                while waiting:
                    wait_first(waiting)
                    for future in [future for future in waiting if future.done()]:
                        waiting.remove(future)
                        yield from future.result()
        else:
            for part in parts:
                yield from _rasterise_part(pdf, part)
    except pypdfium2.PdfiumError as error:
        raise RenderError(f"{pdf}: cannot read the inserts to show them: {error}") from None
