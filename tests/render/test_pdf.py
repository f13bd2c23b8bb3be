"""Printed inserts, checked through the PDF itself: pages, sizes, text per page, fonts, QR codes, N-up sheets."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from notegen.config import ShopConfig, load_config
from notegen.errors import RenderError
from notegen.model import Customer, Item, Link, Note, Order
from notegen.render.pdf import document as pdf_module
from notegen.render.pdf import insert as layout
from notegen.render.pdf.document import SIZES
from notegen.render.pdf.fetcher import insert_dir
from notegen.run.produce import write_inserts
from tests.golden_files import assert_golden
from tests.render.pdf_out import render_to

ROOT = Path(__file__).resolve().parents[2]
CONFIG = ROOT / "samples" / "de-wollwerk" / "notegen.toml"
MM = 72 / 25.4
REVIEW = "https://wollwerk.example/bewerten"
REFERRAL = "https://wollwerk.example/freunde?code=FREUND-7Q2K"

Entry = tuple[Order, Note]


def entry(
    order_id: str,
    first: str,
    last: str,
    items: tuple[str, ...],
    *,
    gift: bool = False,
    reply: str = "",
    links: tuple[Link, ...] = (),
) -> Entry:
    """An order and its note, as the composer would make them (the note names the customer and the items)."""
    order = Order(
        order_id=order_id,
        customer=Customer(first, last),
        items=tuple(Item(name, price=Decimal("49.90")) for name in items),
        gift=gift,
        locale="de",
    )
    note = Note(
        order_id=order_id,
        lang="de",
        occasion="gift" if gift else "first_order",
        subject=f"Danke, {first}",
        greeting=f"Guten Tag {first} {last},",
        thanks=f"vielen Dank für {' und '.join(items)}. Wir haben alles mit Sorgfalt für Sie eingepackt.",
        reply=reply,
        gift="Als kleines Dankeschön schenken wir Ihnen 10 % auf Ihre nächste Bestellung:",
        gift_code=f"DANKE-{order_id}",
        signature=("Herzliche Grüße", "Katrin Vogel", "Inhaberin, Wollwerk"),
        links=links,
        show_prices=not gift,
    )
    return order, note


PICK = [
    entry("1042", "Anna", "Müller", ("Wollschal „Fjord“",)),
    entry("1043", "Jürgen", "Weiß", ("Leinenschürze „Atelier“", "Merino-Socken")),
    entry("1044", "Zoë", "Brontë", ("Strickset „Lichtung“",), gift=True),
    entry("1045", "Ömer", "Şahin", ("Plaid „Heide“",)),
    entry("1046", "Hélène", "Lefèvre", ("Mütze „Firn“", "Fäustlinge")),
]


@pytest.fixture(scope="module")
def config() -> ShopConfig:
    return load_config(CONFIG)


def page_text(path: Path, page: int) -> str:
    """The text of one page (1-based), as pdftotext reads it."""
    result = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-f", str(page), "-l", str(page), str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
    )
    return result.stdout


def fonts_of(page: Any) -> list[Any]:
    """The fonts a page or form uses, form XObjects (N-up sheets) included."""
    resources = page["/Resources"].get_object()
    found = [font.get_object() for font in resources.get("/Font", {}).values()]
    for xobject in resources.get("/XObject", {}).values():
        xobject = xobject.get_object()
        if xobject.get("/Subtype") == "/Form" and "/Resources" in xobject:
            found += fonts_of(xobject)
    return found


def test_one_page_per_entry_in_pick_order_with_name_and_items(tmp_path: Path, config: ShopConfig) -> None:
    out = tmp_path / "inserts.pdf"
    outcomes = render_to(PICK, config, out)
    assert [o.order_id for o in outcomes] == [order.order_id for order, _ in PICK]
    assert [o.page for o in outcomes] == [1, 2, 3, 4, 5]
    assert all(o.finding is None for o in outcomes)
    assert len(PdfReader(out).pages) == len(PICK)
    for number, (order, _) in enumerate(PICK, start=1):
        text = page_text(out, number)
        assert order.customer.full_name in text
        for item in order.items:
            assert item.name in text.replace("\n", " ")
        assert order.order_id in text
        others = [o.customer.full_name for o, _ in PICK if o is not order]
        assert not any(name in text for name in others), f"page {number} holds another customer's name"


@pytest.mark.parametrize("size", ["A6", "A5", "DL", "4x6"])
def test_page_size(tmp_path: Path, config: ShopConfig, size: str) -> None:
    out = tmp_path / f"{size}.pdf"
    render_to(PICK[:2], config, out, size=size)
    pages = PdfReader(out).pages
    assert len(pages) == 2
    want = (SIZES[size].width * MM, SIZES[size].height * MM)
    for page in pages:
        assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(want, abs=0.5)


def test_fonts_are_embedded_and_subset(tmp_path: Path, config: ShopConfig) -> None:
    out = tmp_path / "inserts.pdf"
    render_to(PICK, config, out)
    for page in PdfReader(out).pages:
        fonts = fonts_of(page)
        assert fonts
        for font in fonts:
            descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            descriptor = descendant["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor or "/FontFile3" in descriptor, f"{font['/BaseFont']} is not embedded"
            assert re.match(r"/[A-Z]{6}\+", str(font["/BaseFont"])), f"{font['/BaseFont']} is not a subset"


def test_german_and_french_characters_and_other_scripts_are_printed(tmp_path: Path, config: ShopConfig) -> None:
    line = "Größe „Fjord“ ÄÖÜäöüß – «Été» à la française : çà, où, œuvre, Noël, ÆØÅ, ĳ, €"
    greek = entry("2001", "Αλέξανδρος", "Παπαδόπουλος", ("Wollschal",), reply=line)
    cyrillic = entry("2002", "Дмитрий", "Иванов", ("Plaid",), reply=line)
    out = tmp_path / "scripts.pdf"
    render_to([greek, cyrillic], config, out)
    for number, (order, _) in enumerate([greek, cyrillic], start=1):
        text = page_text(out, number)
        assert order.customer.full_name in text
        assert line in text.replace("\n", " ")


@pytest.mark.skipif(not shutil.which("fc-list"), reason="fontconfig's fc-list is not installed")
def test_a_name_in_a_script_the_insert_font_lacks_falls_back_to_a_system_font(tmp_path: Path) -> None:
    cjk = subprocess.run(["fc-list", ":lang=zh", "family"], capture_output=True, text=True).stdout.strip()
    if not cjk:
        pytest.skip("no font with Chinese glyphs is installed")
    out = tmp_path / "cjk.pdf"
    render_to([entry("2003", "王", "芳", ("Wollschal",))], load_config(CONFIG), out)
    assert "王 芳" in page_text(out, 1)
    names = {str(font["/BaseFont"]) for font in fonts_of(PdfReader(out).pages[0])}
    assert any("Insert-Sans" not in name for name in names), names


def test_no_price_on_a_gift_order(tmp_path: Path, config: ShopConfig) -> None:
    out = tmp_path / "inserts.pdf"
    outcomes = render_to(PICK, config, out)
    gift = next(o for o, (order, _) in zip(outcomes, PICK, strict=True) if order.gift)
    assert gift.page is not None
    text = page_text(out, gift.page)
    assert "Zoë Brontë" in text
    assert not re.search(r"49[.,]90|€|EUR", text)


@pytest.mark.skipif(not shutil.which("zbarimg") or not shutil.which("pdftoppm"), reason="needs zbar-tools, poppler")
def test_qr_codes_decode_to_the_links_printed_under_them(tmp_path: Path, config: ShopConfig) -> None:
    links = (Link("review", "Bewerten", REVIEW), Link("referral", "Weiterempfehlen", REFERRAL))
    out = tmp_path / "qr.pdf"
    render_to([entry("3001", "Anna", "Müller", ("Wollschal",), links=links)], config, out)
    subprocess.run(
        ["pdftoppm", "-r", "300", "-png", "-f", "1", "-l", "1", str(out), str(tmp_path / "page")], check=True
    )
    image = next(tmp_path.glob("page*.png"))
    scanned = subprocess.run(["zbarimg", "--raw", "-q", str(image)], capture_output=True, text=True, check=True)
    assert sorted(scanned.stdout.split()) == sorted([REVIEW, REFERRAL])
    text = page_text(out, 1).replace("\n", "")
    assert "wollwerk.example/bewerten" in text
    assert "wollwerk.example/freunde?code=FREUND-7Q2K" in text


def sheet_quadrants(path: Path, sheet: int) -> list[str]:
    """The text of the four A6 slots of an A4 sheet, row by row from the top left."""
    width, height = round(210 * MM), round(297 * MM)
    texts = []
    for top in (0, height // 2):
        for left in (0, width // 2):
            crop = ["-x", str(left), "-y", str(top), "-W", str(width // 2), "-H", str(height // 2)]
            args = ["pdftotext", "-r", "72", *crop, "-f", str(sheet), "-l", str(sheet), str(path), "-"]
            texts.append(subprocess.run(args, check=True, capture_output=True, text=True).stdout.strip())
    return texts


def test_a4_4up_with_skip_3_leaves_three_empty_slots(tmp_path: Path, config: ShopConfig) -> None:
    out = tmp_path / "sheets.pdf"
    outcomes = render_to(PICK, config, out, size="a4-4up", skip=3)
    assert [o.page for o in outcomes] == [1, 2, 2, 2, 2]
    pages = PdfReader(out).pages
    assert len(pages) == 2
    assert (float(pages[0].mediabox.width), float(pages[0].mediabox.height)) == pytest.approx((595.3, 841.9), abs=0.5)
    first = sheet_quadrants(out, 1)
    assert first[:3] == ["", "", ""]
    assert "Anna Müller" in first[3]
    second = sheet_quadrants(out, 2)
    for slot, (order, _) in zip(second, PICK[1:], strict=True):
        assert order.customer.full_name in slot
    for page in pages:
        assert fonts_of(page)


def test_a4_4up_without_skip_fills_sheets_from_the_top_left(tmp_path: Path, config: ShopConfig) -> None:
    out = tmp_path / "sheets.pdf"
    outcomes = render_to(PICK, config, out, size="a4-4up")
    assert [o.page for o in outcomes] == [1, 1, 1, 1, 2]
    assert sheet_quadrants(out, 2)[0].count("Hélène Lefèvre") == 1
    assert sheet_quadrants(out, 2)[1:] == ["", "", ""]


def test_bleed_and_crop_marks_widen_the_page_around_the_trimmed_insert(tmp_path: Path) -> None:
    text = CONFIG.read_text(encoding="utf-8").replace(
        '[insert]\nsize = "A6"', "[insert]\nbleed_mm = 3\ncrop_marks = true"
    )
    config_path = tmp_path / "notegen.toml"
    config_path.write_text(text, encoding="utf-8")
    out = tmp_path / "bleed.pdf"
    render_to(PICK[:1], load_config(config_path), out)
    page = PdfReader(out).pages[0]
    assert (float(page.trimbox.width), float(page.trimbox.height)) == pytest.approx((105 * MM, 148 * MM), abs=0.5)
    assert float(page.mediabox.width) >= (105 + 6) * MM - 0.5
    assert float(page.mediabox.height) >= (148 + 6) * MM - 0.5


def test_chunks_are_joined_in_order_in_one_file(
    tmp_path: Path, config: ShopConfig, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pdf_module, "CHUNK", 2)
    seen: list[int] = []
    out = tmp_path / "inserts.pdf"
    outcomes = write_inserts(PICK, config, out, progress=seen.append)
    assert sorted(seen) == [1, 2, 2]
    assert [o.page for o in outcomes] == [1, 2, 3, 4, 5]
    for number, (order, _) in enumerate(PICK, start=1):
        assert order.customer.full_name in page_text(out, number)
    assert [p.name for p in tmp_path.iterdir()] == ["inserts.pdf"], "temporary files are left behind"


def test_the_pdf_is_readable_as_the_umask_allows(tmp_path: Path, config: ShopConfig) -> None:
    previous = os.umask(0o022)
    try:
        write_inserts(PICK[:1], config, tmp_path / "inserts.pdf")
    finally:
        os.umask(previous)
    assert (tmp_path / "inserts.pdf").stat().st_mode & 0o777 == 0o644


def test_two_worker_processes_give_the_same_pages(
    tmp_path: Path, config: ShopConfig, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pdf_module, "CHUNK", 2)
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setenv("TMPDIR", str(scratch))  # where the workers' fonts go while they run
    seen: list[int] = []
    out = tmp_path / "inserts.pdf"
    outcomes = render_to(PICK, config, out, jobs=2, progress=seen.append)
    assert sum(seen) == len(PICK)
    assert [o.page for o in outcomes] == [1, 2, 3, 4, 5]
    for number, (order, _) in enumerate(PICK, start=1):
        assert order.customer.full_name in page_text(out, number)
    assert list(scratch.iterdir()) == [], "the workers left temporary files behind"


def test_a_process_that_lays_out_inserts_exits_quietly_and_cleans_up(tmp_path: Path) -> None:
    script = (
        "import sys; from pathlib import Path; from notegen.config import load_config; "
        "from notegen.render.pdf.document import render_inserts; "
        "sys.path.insert(0, sys.argv[1]); from test_pdf import PICK; "
        "render_inserts(PICK[:1], load_config(Path(sys.argv[2])), open(sys.argv[3], 'wb'))"
    )
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    args = [sys.executable, "-c", script, str(Path(__file__).parent), str(CONFIG), str(tmp_path / "one.pdf")]
    done = subprocess.run(args, capture_output=True, text=True, env={**os.environ, "TMPDIR": str(scratch)})
    assert (done.returncode, done.stderr) == (0, "")
    assert list(scratch.iterdir()) == [], "temporary font files are left behind"


def test_unknown_size_and_bad_skip_are_errors(tmp_path: Path, config: ShopConfig) -> None:
    with pytest.raises(RenderError, match="unknown insert size 'A7'; use one of A6, A5, DL, 4x6, a4-4up"):
        write_inserts(PICK, config, tmp_path / "x.pdf", size="A7")
    with pytest.raises(RenderError, match="skip 0 to 3"):
        write_inserts(PICK, config, tmp_path / "x.pdf", size="a4-4up", skip=4)
    with pytest.raises(RenderError, match="only to sheets with several inserts"):
        write_inserts(PICK, config, tmp_path / "x.pdf", size="A6", skip=1)
    assert not list(tmp_path.iterdir())


def test_a_failed_run_leaves_the_previous_file_untouched(tmp_path: Path) -> None:
    text = CONFIG.read_text(encoding="utf-8").replace('color = "#3b5b4c"', 'color = "red; } body { display: none"')
    config_path = tmp_path / "notegen.toml"
    config_path.write_text(text, encoding="utf-8")
    out = tmp_path / "inserts.pdf"
    out.write_bytes(b"yesterday's inserts")
    with pytest.raises(RenderError, match=r"notegen.toml: \[shop\] color must be a colour like #3b5b4c"):
        write_inserts(PICK, load_config(config_path), out)
    assert out.read_bytes() == b"yesterday's inserts"


def test_insert_text_matches_the_golden_file(tmp_path: Path, config: ShopConfig) -> None:
    links = (
        Link("review", "Bewerten", REVIEW),
        Link("newsletter", "Post aus der Werkstatt", "https://wollwerk.example/post"),
    )
    order, note = entry("1042", "Anna", "Müller", ("Wollschal „Fjord“",), reply="Gute Besserung für Ihre Mutter!")
    out = tmp_path / "golden.pdf"
    render_to([(order, Note(**{**note.__dict__, "links": links}))], config, out)
    actual = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(out), "-"], capture_output=True, text=True)
    assert_golden("pdf/insert-a6.txt", actual.stdout)


def test_an_edited_template_that_breaks_one_insert_per_page_is_an_error(config: ShopConfig) -> None:
    engine = layout._Engine(layout.insert_style(config, SIZES["A6"]))
    source = (insert_dir() / "insert.html.j2").read_text(encoding="utf-8")
    notes = [note for _, note in PICK[:2]]
    engine.template = engine.env.from_string(source.replace(' id="{{ insert.anchor }}"', ""))
    with pytest.raises(RenderError, match=r"insert\.html\.j2: an insert has no id"):
        engine.render(notes)
    engine.template = engine.env.from_string(source)
    engine.stylesheets = engine.stylesheets[1:]  # without insert.css, which starts each insert on a new page
    with pytest.raises(RenderError, match="two inserts share a page"):
        engine.render(notes)
