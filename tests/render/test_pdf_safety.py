"""Rendering inserts reads only the insert's own files and the shop's logo; customer data is printed, never obeyed."""

from __future__ import annotations

import subprocess
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

import pytest
import segno
from pypdf import PdfReader

from notegen.config import ShopConfig, load_config
from notegen.errors import RenderError
from notegen.model import Customer, Item, Note, Order
from notegen.render.pdf import insert as layout
from notegen.render.pdf.fetcher import InsertFetcher, insert_dir
from tests.render.pdf_out import render_to

CONFIG = Path(__file__).resolve().parents[2] / "samples" / "de-wollwerk" / "notegen.toml"


class Recorder(BaseHTTPRequestHandler):
    requests: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        self.requests.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "text/css")
        self.end_headers()
        self.wfile.write(b"body { display: none }")

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    """A real HTTP server on this machine that records every request it gets."""
    Recorder.requests = []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def fetched(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every URL the insert fetcher is asked for (the real fetcher still answers)."""
    calls: list[str] = []
    real = InsertFetcher.fetch

    def spy(self: InsertFetcher, url: str, headers: dict[str, str] | None = None) -> object:
        calls.append(url)
        return real(self, url, headers)

    monkeypatch.setattr(InsertFetcher, "fetch", spy)
    layout._engine.cache_clear()
    yield calls
    layout._engine.cache_clear()


def hostile(server: str) -> tuple[Order, Note]:
    name = f'<img src="file:///etc/passwd"><link rel="stylesheet" href="{server}/name.css">'
    reply = f'<style>@import url("{server}/import.css");</style><img src="{server}/pixel.png"> {{{{ 7 * 7 }}}}'
    order = Order("666", Customer(name, "Evil"), (Item(f'<iframe src="{server}/item">'),), note=reply)
    note = Note(
        order_id="666",
        lang="de",
        occasion="first_order",
        subject="Danke",
        greeting=f"Guten Tag {name} Evil,",
        thanks=f'vielen Dank für <iframe src="{server}/item">.',
        reply=reply,
        signature=("Katrin Vogel",),
    )
    return order, note


def test_customer_data_is_printed_as_text_and_never_fetched(tmp_path: Path, server: str, fetched: list[str]) -> None:
    out = tmp_path / "inserts.pdf"
    outcomes = render_to([hostile(server)], load_config(CONFIG), out)
    assert outcomes[0].page == 1
    assert Recorder.requests == []
    assert not [url for url in fetched if "passwd" in url or url.startswith("http")]
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(out), "-"], capture_output=True, text=True).stdout
    flat = text.replace("\n", "")
    assert '<img src="file:///etc/passwd">' in flat
    assert "@import url(" in flat
    assert "{{ 7 * 7 }}" in flat
    assert "root:" not in flat and b"root:x:0" not in out.read_bytes()


def test_the_fetcher_serves_only_insert_files_data_and_the_logo(tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    segno.make("Wollwerk").save(str(logo), scale=4)
    fetcher = InsertFetcher(logo)
    assert fetcher.fetch((insert_dir() / "insert.css").as_uri()).read().startswith(b"/*")
    assert fetcher.fetch(logo.as_uri()).read().startswith(b"\x89PNG")
    assert fetcher.fetch("data:text/plain,hello").read() == b"hello"
    refused = [
        "file:///etc/passwd",
        (insert_dir() / ".." / ".." / "pyproject.toml").as_uri(),
        (tmp_path / "other.png").as_uri(),
        "file://example.org/etc/passwd",
        "http://127.0.0.1:9/x.css",
        "https://wollwerk.example/logo.png",
        "ftp://example.org/x",
    ]
    for url in refused:
        with pytest.raises(ValueError, match="may not fetch"):
            fetcher.fetch(url)
    assert fetcher.refused == refused


def config_with_logo(tmp_path: Path, logo: str) -> ShopConfig:
    text = CONFIG.read_text(encoding="utf-8").replace("[shop]\n", f'[shop]\nlogo = "{logo}"\n', 1)
    path = tmp_path / "notegen.toml"
    path.write_text(text, encoding="utf-8")
    return load_config(path)


def test_the_shop_logo_is_printed_from_its_file(tmp_path: Path, fetched: list[str]) -> None:
    segno.make("Wollwerk").save(str(tmp_path / "logo.png"), scale=4)
    out = tmp_path / "inserts.pdf"
    order = Order("1", Customer("Anna", "Müller"), (Item("Wollschal"),))
    note = Note("1", "de", "first_order", "Danke", "Guten Tag Anna Müller,", "danke.", ("Katrin Vogel",))
    render_to([(order, note)], config_with_logo(tmp_path, "logo.png"), out)
    assert (tmp_path / "logo.png").as_uri() in fetched
    xobjects: Any = PdfReader(out).pages[0]["/Resources"]
    assert any(x.get_object()["/Subtype"] == "/Image" for x in xobjects["/XObject"].values())


def test_a_missing_logo_is_an_error_that_names_the_file(tmp_path: Path) -> None:
    config = config_with_logo(tmp_path, "missing.png")
    with pytest.raises(RenderError, match=r"\[shop\] logo: no such file .*missing\.png"):
        render_to([], config, tmp_path / "inserts.pdf")
