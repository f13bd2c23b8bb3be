"""Joining the chunks' PDFs: pages in order, fonts kept, a well-formed file, also for PDFs unlike WeasyPrint's."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, DecodedStreamObject, NameObject
from weasyprint import HTML

from notegen.render.pdf.imposition import impose, join_pages
from notegen.render.pdf.sizes import SIZES


def chunk(path: Path, names: list[str]) -> Path:
    sections = "".join(f'<section style="break-before: page">Insert für {name}</section>' for name in names)
    HTML(string=f"<style>@page {{ size: A6 }}</style>{sections}").write_pdf(path)
    return path


def reshaped(source: Path, target: Path) -> Path:
    """The same pages, with resources and page size inherited from the page tree and contents split in two."""
    writer = PdfWriter(clone_from=source)
    root: Any = writer.root_object["/Pages"].get_object()
    first = writer.pages[0]
    root[NameObject("/Resources")] = first["/Resources"]
    root[NameObject("/MediaBox")] = first["/MediaBox"]
    for page in writer.pages:
        contents: Any = page["/Contents"]
        data = contents.get_object().get_data()
        parts = ArrayObject()
        for piece in (b"q\n", data + b"\nQ"):
            stream = DecodedStreamObject()
            stream.set_data(piece)
            parts.append(writer._add_object(stream))
        page[NameObject("/Contents")] = parts
        del page["/Resources"]
        del page["/MediaBox"]
    with target.open("wb") as handle:
        writer.write(handle)
    return target


def well_formed_text(path: Path) -> str:
    result = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True)
    assert result.returncode == 0 and result.stderr == "", result.stderr
    return result.stdout


def test_join_keeps_order_fonts_and_inherited_attributes(tmp_path: Path) -> None:
    first = chunk(tmp_path / "a.pdf", ["Anna", "Berta"])
    second = reshaped(chunk(tmp_path / "b0.pdf", ["Carla", "Dora"]), tmp_path / "b.pdf")
    out = io.BytesIO()
    assert join_pages([first, second], out, "Wollwerk: inserts") == 4
    path = tmp_path / "joined.pdf"
    path.write_bytes(out.getvalue())
    reader = PdfReader(path, strict=True)
    assert reader.metadata is not None and reader.metadata.title == "Wollwerk: inserts"
    texts = [page.extract_text() for page in reader.pages]
    assert [text.split()[-1] for text in texts] == ["Anna", "Berta", "Carla", "Dora"]
    for page in reader.pages:
        assert float(page.mediabox.width) == pytest.approx(297.6, abs=0.5)
        fonts: Any = page["/Resources"]
        for font in fonts["/Font"].values():
            descendant = font.get_object()["/DescendantFonts"][0].get_object()
            assert "/FontFile2" in descendant["/FontDescriptor"].get_object()
    assert well_formed_text(path).count("Insert für") == 4


def test_impose_places_pages_from_either_shape_in_their_slots(tmp_path: Path) -> None:
    first = chunk(tmp_path / "a.pdf", ["Anna"])
    second = reshaped(chunk(tmp_path / "b0.pdf", ["Berta", "Carla"]), tmp_path / "b.pdf")
    path = tmp_path / "sheets.pdf"
    with path.open("wb") as handle:
        assert impose([first, second], handle, "sheets", SIZES["a4-4up"], skip=2) == 2
    reader = PdfReader(path, strict=True)
    assert len(reader.pages) == 2
    assert well_formed_text(path).split() == [
        "Insert",
        "für",
        "Anna",
        "Insert",
        "für",
        "Berta",
        "Insert",
        "für",
        "Carla",
    ]


def test_no_chunks_give_an_empty_but_valid_pdf(tmp_path: Path) -> None:
    path = tmp_path / "empty.pdf"
    with path.open("wb") as handle:
        assert join_pages([], handle, "nothing") == 0
    assert len(PdfReader(path, strict=True).pages) == 0
