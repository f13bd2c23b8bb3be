"""Printed inserts keep the note's asks when they fit (the renderer measures; the composer drops nothing a card
can hold), print each code once, centre a lone QR code, and never break an address at a slash, in the text or
under a QR code."""

from __future__ import annotations

import functools
import subprocess
from datetime import UTC, datetime
from pathlib import Path

from notegen.compose.composer import SHORTEN_STEPS, compose
from notegen.config import load_config
from notegen.model import Customer, Item, Link, Note, Order
from tests.render.pdf_out import render_to

ROOT = Path(__file__).resolve().parents[2]
CONFIG = ROOT / "samples" / "de-wollwerk" / "notegen.toml"
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
SECRET = "insert-test-secret"


def text_of(path: Path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True).stdout


def _recompose(order: Order, k: int) -> Note:
    return compose(order, load_config(CONFIG), NOW, fit="A6", shorten=k, secret=SECRET)


def test_a_returning_customers_insert_keeps_both_asks_and_prints_each_code_once(tmp_path: Path) -> None:
    config = load_config(CONFIG)
    entries = []
    for index in range(8):
        customer = Customer(f"Anna{'x' * index}", "Weber", orders_count=3, accepts_marketing=True)
        order = Order(f"P-{index}", customer, (Item("Wollschal „Fjord“", 1, variant="Salbeigrün"),), locale="de")
        entries.append((order, compose(order, config, NOW, fit="A6", secret=SECRET)))
    assert all(note.asks == ("review", "referral") and note.support and note.incentive for _, note in entries)
    out = tmp_path / "inserts.pdf"
    outcomes = render_to(entries, config, out, recompose=functools.partial(_recompose), shorten_steps=SHORTEN_STEPS)
    assert all(outcome.page for outcome in outcomes)
    pages = text_of(out).split("\f")
    for (_, note), page in zip(entries, pages, strict=False):
        flat = " ".join(page.split())
        assert flat.count(note.gift_code) == 1, flat
        assert flat.count(note.referral_code) == 1, flat
        assert "wollwerk.example/bewerten" in flat, "the review ask was dropped though it fits"


def _note(order_id: str, support: str, links: tuple[Link, ...]) -> Note:
    return Note(
        order_id=order_id,
        lang="de",
        occasion="first_order",
        subject="Danke",
        greeting="Guten Tag Anna Weber,",
        thanks="vielen Dank für den Wollschal „Fjord“ in Salbeigrün.",
        support=support,
        signature=("Herzliche Grüße", "Katrin Vogel"),
        links=links,
        asks=tuple(link.kind for link in links),
    )


def test_an_address_is_never_broken_at_a_slash(tmp_path: Path) -> None:
    address = "wollwerk.example/bewertungen/wollschal-fjord"
    entries = []
    for n in range(40):  # the address starts at every place of a line once
        support = f"{'Wolle ' * (n // 6)}{'x' * (n % 6)} Ein paar Worte unter {address} helfen uns sehr."
        order = Order(f"U-{n}", Customer("Anna", "Weber"), (Item("Wollschal"),))
        entries.append((order, _note(f"U-{n}", support, ())))
    out = tmp_path / "inserts.pdf"
    render_to(entries, load_config(CONFIG), out)
    for page in text_of(out).split("\f")[:-1]:
        assert address in page, page


def test_the_address_under_a_qr_code_is_never_broken(tmp_path: Path) -> None:
    review = Link("review", "Bewerten", "https://wollwerk.example/bewertungen/wollschal-fjord-salbei")
    referral = Link("referral", "Weiterempfehlen", "https://wollwerk.example/freunde/einladen/anna-weber-2026")
    entries = []
    for n, links in enumerate([(review,), (review, referral)]):
        order = Order(f"Q-{n}", Customer("Anna", "Weber"), (Item("Wollschal"),))
        entries.append((order, _note(f"Q-{n}", "Ein paar Worte helfen uns sehr.", links)))
    out = tmp_path / "inserts.pdf"
    render_to(entries, load_config(CONFIG), out)
    pages = text_of(out).split("\f")
    for (_, note), page in zip(entries, pages, strict=False):
        lines = page.splitlines()
        for link in note.links:
            assert link.url.removeprefix("https://") in lines, page  # the whole address, alone on its line


def _qr_centres(notes: list[Note]) -> list[tuple[float, float]]:
    """Per QR code laid out, (the middle of its image, the middle of its page's content box), in CSS pixels."""
    from weasyprint import HTML

    from notegen.render.pdf.insert import insert_style, standalone_html
    from notegen.render.pdf.sizes import SIZES

    style = insert_style(load_config(CONFIG), SIZES["A6"])
    document = HTML(string=standalone_html(style, notes)).render()
    found = []
    for page in document.pages:
        box = page._page_box
        middle = box.content_box_x() + box.width / 2
        for child in box.descendants():
            element = getattr(child, "element", None)
            if child.element_tag == "img" and element is not None and "data:image/svg" in element.get("src", ""):
                found.append((child.position_x + child.margin_width() / 2, middle))
    return found


def test_a_lone_qr_code_is_centred_and_two_share_the_line() -> None:
    review = Link("review", "Bewerten", "https://wollwerk.example/bewerten")
    referral = Link("referral", "Weiterempfehlen", "https://wollwerk.example/freunde")
    lone = _qr_centres([_note("Q-1", "Ein paar Worte helfen uns sehr.", (review,))])
    assert len(lone) == 1 and abs(lone[0][0] - lone[0][1]) < 2, lone
    two = _qr_centres([_note("Q-2", "Ein paar Worte helfen uns sehr.", (review, referral))])
    assert len(two) == 2 and two[0][0] < two[0][1] < two[1][0]
