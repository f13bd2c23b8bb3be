"""A PDF written object by object, for joining the chunks' pages without holding the whole file in memory.

pypdf's writer keeps every object of the output until it writes the file: at 10,000 inserts that is some
250 MB in the main process. Here each chunk's pages and everything they use (content streams, resources, the
embedded font subsets) are copied as they are read, with their object numbers changed, and written at once;
only the page numbers and the file offsets stay in memory. Streams are copied as stored (never decoded).
"""

from __future__ import annotations

import zlib
from io import BytesIO
from typing import Any, BinaryIO

from pypdf import PageObject
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    StreamObject,
    TextStringObject,
)

INHERITED = ("/Resources", "/MediaBox", "/CropBox", "/Rotate")
"""Page attributes a page may take from its parents in the page tree; a copied page carries them itself."""


class PdfStream:
    """A PDF being written to `target`: pages and objects go out as they are added; `finish` writes the rest."""

    def __init__(self, target: BinaryIO) -> None:
        self.target = target
        self.offsets: list[int] = []
        self.written = 0
        self.kids: list[int] = []
        self.pages_id = self.new_id()
        self._emit(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")

    def new_id(self) -> int:
        """A new object number; the object must be written with `write_object` before `finish`."""
        self.offsets.append(-1)
        return len(self.offsets)

    def write_object(self, number: int, body: bytes) -> None:
        """Write object `number` with its serialized `body`."""
        self.offsets[number - 1] = self.written
        self._emit(b"%d 0 obj\n%s\nendobj\n" % (number, body))

    def write_stream(self, number: int, entries: bytes, data: bytes) -> None:
        """Write a stream object: `entries` is the inside of its dictionary (without /Length), `data` as stored."""
        self.write_object(number, b"<<%s /Length %d>>\nstream\n%s\nendstream" % (entries, len(data), data))

    def deflated(self, number: int, entries: bytes, data: bytes) -> None:
        """Write a stream object of new content, compressed."""
        self.write_stream(number, entries + b" /Filter /FlateDecode", zlib.compress(data, 6))

    def add_page(self, body: bytes, number: int | None = None) -> int:
        """Add a page whose dictionary entries are `body` (the /Parent entry is added here); returns its number."""
        number = number or self.new_id()
        self.write_object(number, b"<</Type /Page /Parent %d 0 R %s>>" % (self.pages_id, body))
        self.kids.append(number)
        return number

    def copy_page(self, page: PageObject, memo: dict[int, int]) -> int:
        """Copy `page` of a PDF being read, and all it uses; `memo` maps that PDF's object numbers to ours.

        Annotations are left out: inserts have none, and theirs would point back at pages of the other file.
        """
        entries = DictionaryObject()
        for key in INHERITED:
            value = inherited(page, key)
            if value is not None:
                entries[NameObject(key)] = value
        for key, value in page.items():
            if key not in ("/Type", "/Parent", "/Annots", *INHERITED):
                entries[NameObject(key)] = value
        number = self.new_id()
        if page.indirect_reference is not None:
            memo[page.indirect_reference.idnum] = number
        body = b"".join(self.encode_entries(entries, memo))
        return self.add_page(body, number)

    def reference(self, value: Any, memo: dict[int, int]) -> int:
        """Our object number for `value` (an indirect object of a PDF being read), copying it the first time."""
        pending: list[tuple[IndirectObject, int]] = []
        number = self._number(value, memo, pending)
        while pending:
            ref, new = pending.pop()
            obj = ref.get_object()
            if isinstance(obj, StreamObject):
                entries = DictionaryObject({k: v for k, v in obj.items() if k != "/Length"})
                self.write_stream(new, b"".join(self.encode_entries(entries, memo, pending)), obj._data)
            else:
                self.write_object(new, self.encode(obj, memo, pending))
        return number

    def encode(
        self, value: Any, memo: dict[int, int], pending: list[tuple[IndirectObject, int]] | None = None
    ) -> bytes:
        """`value` serialized, with its references renumbered (and the objects they name queued for copying)."""
        if isinstance(value, IndirectObject):
            if pending is None:
                return b"%d 0 R" % self.reference(value, memo)
            return b"%d 0 R" % self._number(value, memo, pending)
        if isinstance(value, DictionaryObject):
            return b"<<%s>>" % b"".join(self.encode_entries(value, memo, pending))
        if isinstance(value, ArrayObject):
            return b"[%s]" % b" ".join(self.encode(item, memo, pending) for item in value)
        buffer = BytesIO()
        value.write_to_stream(buffer)
        return buffer.getvalue()

    def encode_entries(
        self, value: DictionaryObject, memo: dict[int, int], pending: list[tuple[IndirectObject, int]] | None = None
    ) -> list[bytes]:
        """The entries of a dictionary, serialized (links to a parent are left out: only pages have one here)."""
        return [
            b"%s %s " % (self.encode(key, memo), self.encode(item, memo, pending))
            for key, item in value.items()
            if key != "/Parent"
        ]

    def finish(self, title: str) -> None:
        """Write the page tree, the catalog, the document info, the cross-reference table and the trailer."""
        kids = b" ".join(b"%d 0 R" % kid for kid in self.kids)
        self.write_object(self.pages_id, b"<</Type /Pages /Kids [%s] /Count %d>>" % (kids, len(self.kids)))
        catalog = self.new_id()
        self.write_object(catalog, b"<</Type /Catalog /Pages %d 0 R>>" % self.pages_id)
        info = self.new_id()
        self.write_object(info, b"<</Title %s /Producer (notegen)>>" % self.encode(TextStringObject(title), {}))
        assert all(offset >= 0 for offset in self.offsets), "an object was numbered but never written"
        start = self.written
        rows = b"".join(b"%010d 00000 n \n" % offset for offset in self.offsets)
        self._emit(b"xref\n0 %d\n0000000000 65535 f \n%s" % (len(self.offsets) + 1, rows))
        trailer = b"<</Size %d /Root %d 0 R /Info %d 0 R>>" % (len(self.offsets) + 1, catalog, info)
        self._emit(b"trailer\n%s\nstartxref\n%d\n%%%%EOF\n" % (trailer, start))

    def _number(self, ref: IndirectObject, memo: dict[int, int], pending: list[tuple[IndirectObject, int]]) -> int:
        number = memo.get(ref.idnum)
        if number is None:
            number = memo[ref.idnum] = self.new_id()
            pending.append((ref, number))
        return number

    def _emit(self, data: bytes) -> None:
        self.target.write(data)
        self.written += len(data)


def inherited(page: DictionaryObject, key: str) -> Any:
    """The value of `key` on `page` or the nearest of its parents that has it (None when none has)."""
    node: Any = page
    while node is not None:
        if key in node:
            return node.raw_get(key)
        parent = node.get("/Parent")
        node = parent.get_object() if parent is not None else None
    return None
