"""A note that does not fit its insert is composed shorter, and rejected with PDF001 when it never fits."""

from __future__ import annotations

import functools
import pickle
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from notegen.compose.composer import SHORTEN_STEPS
from notegen.config import load_config
from notegen.errors import CodesError
from notegen.model import Customer, Item, Note, Order
from notegen.render.pdf import document as pdf_module
from notegen.run.produce import write_inserts
from tests.render.pdf_out import render_to

CONFIG = Path(__file__).resolve().parents[2] / "samples" / "de-wollwerk" / "notegen.toml"
LONG = " ".join(f"Satz {n}: Wir haben Ihre Bestellung mit viel Liebe und Sorgfalt gepackt." for n in range(60))
CALLS: list[tuple[str, int]] = []


def order(order_id: str, first: str) -> Order:
    return Order(order_id, Customer(first, "Keller"), (Item("Wollschal"),))


def note(order_id: str, first: str, reply: str = "") -> Note:
    return Note(
        order_id=order_id,
        lang="de",
        occasion="first_order",
        subject="Danke",
        greeting=f"Guten Tag {first} Keller,",
        thanks="vielen Dank für den Wollschal.",
        reply=reply,
        signature=("Herzliche Grüße", "Katrin Vogel"),
    )


def shorter(order: Order, k: int, *, fits_from: dict[str, int]) -> Note:
    """Composes again: the reply goes once `k` reaches the step from which the order's note fits."""
    CALLS.append((order.order_id, k))
    first = order.customer.first_name
    return note(order.order_id, first, "" if k >= fits_from.get(order.order_id, 99) else LONG)


def text_of(path: Path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True).stdout


@pytest.fixture(autouse=True)
def _calls() -> None:
    CALLS.clear()


def test_an_overflowing_note_is_composed_shorter_until_it_fits(tmp_path: Path) -> None:
    entries = [
        (order("1", "Anna"), note("1", "Anna")),
        (order("2", "Berta"), note("2", "Berta", LONG)),
        (order("3", "Carla"), note("3", "Carla")),
    ]
    recompose = functools.partial(shorter, fits_from={"2": 2})
    assert pickle.loads(pickle.dumps(recompose)).keywords == {"fits_from": {"2": 2}}
    out = tmp_path / "inserts.pdf"
    outcomes = render_to(entries, load_config(CONFIG), out, recompose=recompose, shorten_steps=SHORTEN_STEPS)
    assert [(o.order_id, o.page, o.finding) for o in outcomes] == [("1", 1, None), ("2", 2, None), ("3", 3, None)]
    assert CALLS == [("2", 1), ("2", 2)]
    assert len(PdfReader(out).pages) == 3
    text = text_of(out)
    assert "Berta Keller" in text
    assert "Satz 1:" not in text


def test_a_note_that_never_fits_gets_pdf001_and_no_page(tmp_path: Path) -> None:
    entries = [
        (order("1", "Anna"), note("1", "Anna")),
        (order("2", "Berta"), note("2", "Berta", LONG)),
        (order("3", "Carla"), note("3", "Carla")),
    ]
    out = tmp_path / "inserts.pdf"
    outcomes = render_to(
        entries,
        load_config(CONFIG),
        out,
        recompose=functools.partial(shorter, fits_from={}),
        shorten_steps=SHORTEN_STEPS,
    )
    assert [(o.order_id, o.page) for o in outcomes] == [("1", 1), ("2", None), ("3", 2)]
    finding = outcomes[1].finding
    assert finding is not None
    assert (finding.code, finding.severity) == ("PDF001", "error")
    assert "order 2" in finding.message and "A6" in finding.message
    assert [("2", k) for k in range(1, SHORTEN_STEPS + 1)] == CALLS
    assert len(PdfReader(out).pages) == 2
    text = text_of(out)
    assert "Berta" not in text, "a part of the rejected note was printed"
    assert "Carla Keller" in text


def test_without_recompose_an_overflowing_note_is_rejected_at_once(tmp_path: Path) -> None:
    out = tmp_path / "inserts.pdf"
    outcomes = render_to([(order("9", "Dora"), note("9", "Dora", LONG))], load_config(CONFIG), out)
    assert outcomes[0].page is None
    assert outcomes[0].finding is not None and outcomes[0].finding.code == "PDF001"
    assert len(PdfReader(out).pages) == 0


def test_a_larger_size_holds_what_a6_cannot(tmp_path: Path) -> None:
    medium = ". ".join(LONG.split(". ")[:28])  # about 2,100 characters: A6 holds some 1,800
    entries = [(order("5", "Emma"), note("5", "Emma", medium))]
    small = render_to(entries, load_config(CONFIG), tmp_path / "a6.pdf", size="A6")
    large = render_to(entries, load_config(CONFIG), tmp_path / "a5.pdf", size="A5")
    assert small[0].page is None
    assert large[0].page == 1


def refuse(order: Order, k: int) -> Note:
    raise CodesError(f"order {order.order_id}: gift codes need $NOTEGEN_SECRET")


def test_an_error_while_composing_shorter_stops_the_run_and_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pdf_module, "CHUNK", 1)
    entries = [(order(str(n), "Anna"), note(str(n), "Anna", LONG if n == 2 else "")) for n in range(4)]
    out = tmp_path / "inserts.pdf"
    with pytest.raises(CodesError, match="order 2: gift codes need"):
        write_inserts(entries, load_config(CONFIG), out, jobs=2, recompose=refuse, shorten_steps=SHORTEN_STEPS)
    assert list(tmp_path.iterdir()) == []
