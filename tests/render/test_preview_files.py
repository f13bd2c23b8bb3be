"""What the gallery's cards show: email pages that load nothing from outside, and images of insert pages."""

from __future__ import annotations

import io
import re
import tomllib
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PIL import Image
from weasyprint import HTML

from notegen.config import ShopConfig, parse_config
from notegen.errors import RenderError
from notegen.model import Customer, Item, Note, Order
from notegen.render import gallery as preview_files
from notegen.render.email.message import build_email
from notegen.render.gallery import EMAIL_POLICY, THUMBNAIL_WIDTH, EmailPages, rasterise, with_policy

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
ORDER = Order("1042", Customer("Anna", "Müller", "anna@example.org"), (Item("Wollschal „Fjord“"),), "orders.csv:2")
NOTE = Note(
    "1042",
    "de",
    "first",
    "Ihr Wollschal „Fjord“, Anna",
    "Liebe Anna,",
    "vielen Dank für den Wollschal „Fjord“.",
    ("Herzliche Grüße", "Katrin Vogel"),
)


@pytest.fixture
def config_with_logo(samples: Path, tmp_path: Path) -> ShopConfig:
    data = tomllib.loads((samples / "de-wollwerk" / "notegen.toml").read_text(encoding="utf-8"))
    data["shop"]["logo"] = "logo.png"
    Image.new("RGB", (120, 40), "#3b5b4c").save(tmp_path / "logo.png")
    return parse_config(data, "notegen.toml", tmp_path / "notegen.toml")


def test_the_policy_is_the_first_thing_in_the_head() -> None:
    page = with_policy('<!DOCTYPE html><html><HEAD lang="de"><meta charset="utf-8"></HEAD><body>x</body></html>')
    assert page.startswith(
        f'<!DOCTYPE html><html><HEAD lang="de"><meta http-equiv="Content-Security-Policy" content="{EMAIL_POLICY}">'
    )
    assert with_policy("<p>x</p>").endswith("<p>x</p>")
    assert "default-src 'none'" in with_policy("<p>x</p>")


def test_an_email_page_shows_its_inline_logo_from_a_file_handed_out_once(config_with_logo: ShopConfig) -> None:
    message = build_email(ORDER, NOTE, config_with_logo, NOW)
    assert "cid:" in message.html
    pages = EmailPages()
    first, images = pages.page(message.html, message.eml)
    second, again = pages.page(message.html, message.eml)
    assert first == second and again == {}
    page = first.decode("utf-8")
    assert "cid:" not in page
    assert EMAIL_POLICY in page
    [(name, data)] = images.items()
    assert name.startswith("inline-") and name.endswith(".png")
    assert f'src="{name}"' in page
    assert data == (config_with_logo.base_dir / "logo.png").read_bytes()
    # Nothing else changes: the page is the customer's HTML part.
    assert page.replace(f'src="{name}"', "") == re.sub(r'src="cid:[^"]+"', "", with_policy(message.html))


def _pdf(path: Path, pages: int) -> Path:
    sections = "".join(f'<section style="break-after: page"><h1>Seite {n}</h1></section>' for n in range(1, pages + 1))
    style = "<style>@page { size: A6; margin: 10mm } h1 { background: #b5651d; color: white }</style>"
    HTML(string=style + sections).write_pdf(path)
    return path


def test_each_page_becomes_an_image_of_the_page(tmp_path: Path) -> None:
    pdf = _pdf(tmp_path / "inserts.pdf", 3)
    images = dict(rasterise(pdf, [1, 3]))
    assert sorted(images) == [1, 3]
    with Image.open(io.BytesIO(images[3])) as image:
        assert image.format == "PNG"
        assert image.width == THUMBNAIL_WIDTH
        assert image.height == pytest.approx(THUMBNAIL_WIDTH * 148 / 105, abs=2)
        counted = sorted(image.convert("RGB").getcolors(maxcolors=1 << 20) or [], key=lambda pair: pair[0])

    def near(colour: object, target: tuple[int, int, int]) -> bool:
        return isinstance(colour, tuple) and all(abs(a - b) < 12 for a, b in zip(colour, target, strict=True))

    assert near(counted[-1][1], (255, 255, 255))  # most of it is the white page
    assert any(near(colour, (0xB5, 0x65, 0x1D)) for _, colour in counted)  # the heading's background


def test_workers_make_the_same_images(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pdf = _pdf(tmp_path / "inserts.pdf", 4)
    here = dict(rasterise(pdf, [1, 2, 3, 4]))
    monkeypatch.setattr(preview_files, "_PARALLEL_FROM", 2)
    monkeypatch.setattr(preview_files, "PART", 1)
    there = dict(rasterise(pdf, [1, 2, 3, 4], jobs=2))
    assert there == here and sorted(here) == [1, 2, 3, 4]


def test_a_file_that_is_no_pdf_is_an_error_that_names_it(tmp_path: Path) -> None:
    broken = tmp_path / "inserts.pdf"
    broken.write_bytes(b"not a pdf")
    with pytest.raises(RenderError, match=r"inserts\.pdf: cannot read the inserts"):
        list(rasterise(broken, [1]))
