"""The files behind the preview gallery's cards: each email as its own page, each insert page as an image.

An email file is the HTML part exactly as the customer gets it, with two changes for viewing it from a folder:
a Content-Security-Policy that lets it load nothing but its own images (no network, no scripts), and the inline
images of the message (`cid:` links, the shop's logo) written once beside it. Insert pages are rasterised with
pypdfium2 into small PNG images, in `jobs` processes for large batches.
"""

from __future__ import annotations

import hashlib
import mimetypes
import re
from collections.abc import Sequence
from email import message_from_bytes, policy
from email.message import EmailMessage
from html import unescape
from pathlib import Path

from PIL import Image

from notegen.errors import RenderError
from notegen.files import write_atomic
from notegen.workers import worker_pool

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


def with_policy(html: str) -> str:
    """`html` with the gallery's Content-Security-Policy as the first thing in its head."""
    meta = f'<meta http-equiv="Content-Security-Policy" content="{EMAIL_POLICY}">'
    match = _HEAD.search(html)
    if match is None:
        return meta + html
    return html[: match.end()] + meta + html[match.end() :]


class EmailFiles:
    """Writes email pages into one folder, and each inline image they use once, named by its content."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._images: dict[str, str] = {}

    def write(self, name: str, html: str, eml: bytes) -> None:
        """Write `html` (the HTML part of the message `eml`) as `name`, its `cid:` images as files beside it."""
        if any(unescape(cid) not in self._images for cid in _CID.findall(html)):
            self._images.update(self._inline_images(eml))
        html = _CID.sub(lambda match: self._images.get(unescape(match.group(1)), match.group(0)), html)
        write_atomic(self.folder / name, with_policy(html).encode("utf-8"))

    def _inline_images(self, eml: bytes) -> dict[str, str]:
        message = message_from_bytes(eml, policy=policy.default)
        assert isinstance(message, EmailMessage)
        images = {}
        for part in message.walk():
            content_id = part.get("Content-ID", "").strip().strip("<>")
            data = part.get_payload(decode=True)
            if not content_id or not isinstance(data, bytes) or part.get_content_maintype() != "image":
                continue
            suffix = mimetypes.guess_extension(part.get_content_type()) or ".img"
            name = f"inline-{hashlib.sha256(data).hexdigest()[:16]}{suffix}"
            if not (self.folder / name).exists():
                write_atomic(self.folder / name, data)
            images[content_id] = name
        return images


def page_image(folder: Path, page: int) -> Path:
    """Where the image of the inserts' `page` (1-based) goes."""
    return folder / f"{page:05d}.png"


def _rasterise_part(pdf: Path, pages: Sequence[int], folder: Path) -> None:
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        for number in pages:
            page = document[number - 1]
            try:
                image = page.render(scale=THUMBNAIL_WIDTH / page.get_width()).to_pil()
            finally:
                page.close()
            # An insert is flat colour and text: a palette of PALETTE colours keeps it sharp, small and fast to write.
            image.quantize(PALETTE, method=Image.Quantize.FASTOCTREE).save(page_image(folder, number), compress_level=1)
    finally:
        document.close()


def rasterise(pdf: Path, pages: Sequence[int], folder: Path, *, jobs: int = 1) -> dict[int, Path]:
    """Write an image of each of `pdf`'s `pages` (1-based) into `folder`; returns page -> image path.

    Raises `RenderError` when pypdfium2 is not installed or the PDF cannot be read.
    """
    try:
        import pypdfium2
    except ImportError:
        raise RenderError("the preview needs pypdfium2 to show the inserts: pip install pypdfium2") from None
    if not pages:  # a PDF of no pages (every note overflowed) is not one PDFium opens
        return {}
    folder.mkdir(parents=True, exist_ok=True)
    parts = [list(pages[start::jobs]) for start in range(jobs)] if jobs > 1 and len(pages) >= _PARALLEL_FROM else []
    try:
        if parts:
            with worker_pool(jobs, "spawn") as pool:
                for future in [pool.submit(_rasterise_part, pdf, part, folder) for part in parts]:
                    future.result()
        else:
            _rasterise_part(pdf, pages, folder)
    except OSError as error:
        raise RenderError(f"{folder}: cannot write the insert images: {error.strerror or error}") from None
    except pypdfium2.PdfiumError as error:
        raise RenderError(f"{pdf}: cannot read the inserts to show them: {error}") from None
    return {number: page_image(folder, number) for number in pages}
