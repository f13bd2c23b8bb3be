"""Joining the chunks' PDFs into the one output file: page after page, or four A6 inserts to an A4 sheet.

Each chunk comes from its own WeasyPrint document with its own embedded font subsets; its pages and what they
use are copied into the output as they are read (`notegen.render.pdf.join`). For an N-up sheet each insert page
becomes a form XObject placed in its slot: its content stream is copied as stored, never parsed.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from pypdf import PageObject, PdfReader
from pypdf.generic import ArrayObject, StreamObject

from notegen.render.pdf.join import PdfStream, inherited
from notegen.render.pdf.sizes import PageSize

MM = 72 / 25.4
CUT_MARK = 5  # mm, the length of a cut mark from the sheet's edge


def join_pages(chunks: Sequence[Path], target: BinaryIO, title: str) -> int:
    """Write the pages of `chunks`, in order, as one PDF to `target`; returns the page count."""
    pdf = PdfStream(target)
    for path in chunks:
        memo: dict[int, int] = {}
        for page in PdfReader(path).pages:
            pdf.copy_page(page, memo)
    pdf.finish(title)
    return len(pdf.kids)


def impose(chunks: Sequence[Path], target: BinaryIO, title: str, page: PageSize, skip: int = 0) -> int:
    """Place the insert pages of `chunks` on sheets of `page.sheet` size, `page.slots` to a sheet, with cut marks.

    The first sheet starts at slot `skip` (slots already used on a partly printed sheet stay empty). Returns
    the number of sheets written.
    """
    pdf = PdfStream(target)
    slots: list[int | None] = [None] * page.slots
    index = skip
    for insert, memo in _inserts(chunks):
        slots[index % page.slots] = _form(pdf, insert, memo)
        index += 1
        if index % page.slots == 0:
            _sheet(pdf, slots, page)
            slots = [None] * page.slots
    if any(slots):
        _sheet(pdf, slots, page)
    pdf.finish(title)
    return len(pdf.kids)


def _inserts(chunks: Sequence[Path]) -> Iterator[tuple[PageObject, dict[int, int]]]:
    for path in chunks:
        memo: dict[int, int] = {}
        for insert in PdfReader(path).pages:
            yield insert, memo


def _form(pdf: PdfStream, insert: PageObject, memo: dict[int, int]) -> int:
    """Write the insert page as a form XObject (its content stream as stored, its resources); returns its number."""
    box = insert.mediabox
    bbox = b"%.3f %.3f %.3f %.3f" % (box.left, box.bottom, box.right, box.top)
    resources = pdf.encode(inherited(insert, "/Resources"), memo)
    entries = b"/Type /XObject /Subtype /Form /BBox [%s] /Resources %s" % (bbox, resources)
    number = pdf.new_id()
    contents = insert["/Contents"].get_object()
    if isinstance(contents, StreamObject) and contents.get("/Filter") in ("/FlateDecode", None):
        stored = b" /Filter /FlateDecode" if contents.get("/Filter") else b""
        pdf.write_stream(number, entries + stored, contents._data)
    else:
        parts = list(contents) if isinstance(contents, ArrayObject) else [contents]
        streams = [part.get_object() for part in parts if part is not None]
        pdf.deflated(number, entries, b"\n".join(part.get_data() for part in streams if isinstance(part, StreamObject)))
    return number


def _sheet(pdf: PdfStream, slots: list[int | None], page: PageSize) -> None:
    """Add a sheet with the inserts of `slots` (None for an empty slot) and the cut marks."""
    assert page.sheet is not None
    width, height = (side * MM for side in page.sheet)
    cell_width, cell_height = width / page.columns, height / page.rows
    ops = []
    names = []
    for number, form in enumerate(slots):
        if form is None:
            continue
        column, row = number % page.columns, number // page.columns
        x = column * cell_width + (cell_width - page.width * MM) / 2
        y = height - (row + 1) * cell_height + (cell_height - page.height * MM) / 2
        ops.append(b"q 1 0 0 1 %.3f %.3f cm /I%d Do Q" % (x, y, number))
        names.append(b"/I%d %d 0 R" % (number, form))
    ops.append(_cut_marks(width, height, page))
    content = pdf.new_id()
    pdf.deflated(content, b"", b"\n".join(ops))
    resources = b"<</XObject <<%s>>>>" % b" ".join(names)
    pdf.add_page(b"/MediaBox [0 0 %.3f %.3f] /Resources %s /Contents %d 0 R" % (width, height, resources, content))


def _cut_marks(width: float, height: float, page: PageSize) -> bytes:
    """Short hairlines at the sheet's edges where it is cut between the slots (marks inside would print on inserts)."""
    mark = CUT_MARK * MM
    lines = []
    for column in range(1, page.columns):
        x = width * column / page.columns
        lines += [(x, 0.0, x, mark), (x, height - mark, x, height)]
    for row in range(1, page.rows):
        y = height * row / page.rows
        lines += [(0.0, y, mark, y), (width - mark, y, width, y)]
    path = b" ".join(b"%.3f %.3f m %.3f %.3f l" % line for line in lines)
    return b"q 0 G 0.25 w %s S Q" % path
