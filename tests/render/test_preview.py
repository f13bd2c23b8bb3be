"""`write_preview` end to end: the folder a shop owner opens, with a card, an email and an insert per order."""

from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from pypdf import PdfReader

from notegen.cli import main
from notegen.config import load_config, parse_config
from notegen.errors import RenderError
from notegen.model import Customer, Finding, InvalidOrder, Item, Note, Order, ReadResult
from notegen.read import read_orders
from notegen.run.outcome import Outcome
from notegen.run.preview import CARDS, DATA_PREFIX, PageView, PreviewSummary, write_page, write_preview
from notegen.run.preview_cards import CardSource, card_data, tallies
from tests.golden_files import assert_golden

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
CONFIG = SAMPLES / "de-wollwerk" / "notegen.toml"
NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
SECRET = "preview-test-secret"


def order(order_id: str, first: str = "Anna", **fields: Any) -> dict[str, Any]:
    """An order in the generic JSON shape."""
    customer = {"first_name": first, "last_name": "Keller", "email": f"{order_id}@example.org"}
    customer.update(fields.pop("customer", {}))
    return {
        "order_id": order_id,
        "locale": "de",
        "customer": customer,
        "items": [{"name": "Wollschal „Fjord“"}],
    } | fields


def read(folder: Path, orders: list[dict[str, Any]]) -> list[ReadResult]:
    path = folder / "orders.jsonl"
    path.write_text("".join(json.dumps(o, ensure_ascii=False) + "\n" for o in orders), encoding="utf-8")
    return read_orders([str(path)]).results


def cards_of(folder: Path) -> list[dict[str, Any]]:
    data = (folder / CARDS).read_text(encoding="utf-8")
    assert data.startswith(DATA_PREFIX)
    cards: list[dict[str, Any]] = json.loads(data.removeprefix(DATA_PREFIX).rstrip().rstrip(";"))["cards"]
    return cards


@dataclass(frozen=True)
class Sample:
    folder: Path
    summary: PreviewSummary
    results: list[ReadResult]


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Sample:
    """The Wollwerk samples, then an order with a placeholder for a name, one without a name, a cancelled one."""
    work = tmp_path_factory.mktemp("sample")
    extra = read(work, [order("2001", "[FIRST NAME]"), order("2002", ""), order("2003", "Paul", status="cancelled")])
    results = [*read_orders([str(SAMPLES / "de-wollwerk" / "orders.csv")]).results, *extra]
    folder = work / "preview"
    summary = write_preview(results, load_config(CONFIG), folder, now=NOW, secret=SECRET)
    return Sample(folder, summary, results)


def test_one_card_per_order_in_input_order_with_the_files_of_the_produced_ones(sample: Sample) -> None:
    cards = cards_of(sample.folder)
    assert [card["id"] for card in cards] == [result.order_id for result in sample.results]
    assert [card["n"] for card in cards] == list(range(1, len(cards) + 1))
    assert sample.summary.cards == len(cards)
    assert sample.summary.index == sample.folder / "index.html"
    assert sample.summary.counts == {"ok": 5, "rejected": 1, "invalid": 1, "skipped": 1}
    ok = [card for card in cards if card["status"] == "ok"]
    assert len(PdfReader(sample.folder / "inserts.pdf").pages) == len(ok)
    assert [card["page"] for card in ok] == [1, 2, 3, 4, 5]
    for card in ok:
        assert card["email"] == f"emails/{card['n']:05d}.html" and (sample.folder / card["email"]).is_file()
        assert (sample.folder / card["insert"]).is_file()
        assert card["subject"] and card["text"] and card["score"] is not None
    assert sorted(p.name for p in (sample.folder / "emails").iterdir()) == [f"{c['n']:05d}.html" for c in ok]
    assert len(list((sample.folder / "inserts").iterdir())) == len(ok)
    for name in ("index.html", "cards.js", "preview.css", "preview.js"):
        assert (sample.folder / name).is_file()


def test_rejected_invalid_and_skipped_orders_show_why(sample: Sample) -> None:
    cards = {card["id"]: card for card in cards_of(sample.folder)}
    rejected, invalid, skipped = cards["2001"], cards["2002"], cards["2003"]
    assert rejected["status"] == "rejected" and "SIN203" in rejected["codes"]
    assert rejected["reason"].startswith("lint errors:") and "SIN203" in rejected["reason"]
    marked = "".join(text for text, covering in rejected["text"] if covering)
    assert "[FIRST NAME]" in marked
    assert (rejected["email"], rejected["insert"]) == ("", "")
    assert invalid["status"] == "invalid" and "customer.first_name" in invalid["reason"]
    assert skipped["status"] == "skipped" and skipped["reason"] == "order was cancelled" and skipped["lang"] == "de"


def test_the_page_escapes_the_shop_and_loads_nothing_from_outside(tmp_path: Path) -> None:
    data = tomllib.loads(CONFIG.read_text(encoding="utf-8"))
    data["shop"]["name"] = 'Wolle <script>alert("x")</script> & Co'
    config = parse_config(data, "notegen.toml", CONFIG)
    write_preview(read(tmp_path, [order("1")]), config, tmp_path / "preview", now=NOW, secret=SECRET)
    page = (tmp_path / "preview" / "index.html").read_text(encoding="utf-8")
    assert "<script>alert" not in page
    assert "Wolle &lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; Co" in page
    assert "default-src 'none'" in page
    urls = re.findall(r'(?:src|href)="([^"]*)"', page)
    assert urls and not [url for url in urls if "//" in url or url.startswith("/")]
    email = (tmp_path / "preview" / "emails" / "00001.html").read_text(encoding="utf-8")
    assert "Content-Security-Policy" in email and "default-src 'none'" in email
    assert not re.findall(r'src="(?:https?:)?//', email)


def test_a_note_too_long_for_its_insert_shows_as_rejected_with_pdf001(tmp_path: Path) -> None:
    # Names and item names as long as an order may have them: no shorter form of the note fits an A6 card.
    customer = {"first_name": ("Anna" + "maria" * 100)[:500], "last_name": ("Müller" + "lüdenscheid" * 50)[:500]}
    items = [{"name": ("Wollschal " + "Fjordblau" * 60)[:500]} for _ in range(6)]
    results = read(tmp_path, [order("1"), order("2", customer=customer, items=items)])
    summary = write_preview(results, load_config(CONFIG), tmp_path / "preview", now=NOW, secret=SECRET)
    fits, too_long = cards_of(tmp_path / "preview")
    assert summary.counts["rejected"] == 1
    assert (fits["status"], fits["page"]) == ("ok", 1)
    assert too_long["status"] == "rejected" and "PDF001" in too_long["codes"]
    assert too_long["reason"].startswith("PDF001") and too_long["insert"] == "" and too_long["page"] is None
    assert too_long["email"]  # the email would still go out: only the printed insert cannot be made


def test_an_order_without_an_email_address_says_so_and_still_shows_its_insert(tmp_path: Path) -> None:
    results = read(tmp_path, [order("1", customer={"email": ""})])
    write_preview(results, load_config(CONFIG), tmp_path / "preview", now=NOW, secret=SECRET)
    (card,) = cards_of(tmp_path / "preview")
    assert card["status"] == "ok" and card["email"] == ""
    assert "customer.email is empty" in card["emailProblem"]
    assert card["insert"] and (tmp_path / "preview" / card["insert"]).is_file()


def test_a_second_preview_into_the_folder_leaves_nothing_of_the_first(tmp_path: Path) -> None:
    config = load_config(CONFIG)
    write_preview(read(tmp_path, [order("1"), order("2"), order("3")]), config, tmp_path / "p", now=NOW, secret=SECRET)
    write_preview(read(tmp_path, [order("9")]), config, tmp_path / "p", now=NOW, secret=SECRET)
    assert [card["id"] for card in cards_of(tmp_path / "p")] == ["9"]
    assert [path.name for path in (tmp_path / "p" / "emails").iterdir()] == ["00001.html"]
    assert len(list((tmp_path / "p" / "inserts").iterdir())) == 1


def test_inserts_on_a_shared_sheet_show_the_image_of_their_sheet(tmp_path: Path) -> None:
    results = read(tmp_path, [order(str(n)) for n in range(1, 6)])
    write_preview(results, load_config(CONFIG), tmp_path / "p", now=NOW, secret=SECRET, size="a4-4up")
    cards = cards_of(tmp_path / "p")
    assert [card["page"] for card in cards] == [1, 1, 1, 1, 2]
    assert len({card["insert"] for card in cards}) == 2
    assert len(list((tmp_path / "p" / "inserts").iterdir())) == 2


def test_a_batch_with_nothing_to_produce_still_gets_its_page(tmp_path: Path) -> None:
    results = read(tmp_path, [order("1", ""), order("2", status="refunded")])
    summary = write_preview(results, load_config(CONFIG), tmp_path / "p", now=NOW, secret=SECRET)
    assert summary.counts == {"ok": 0, "rejected": 0, "invalid": 1, "skipped": 1}
    assert [card["status"] for card in cards_of(tmp_path / "p")] == ["invalid", "skipped"]
    assert not (tmp_path / "p" / "inserts.pdf").exists()
    empty = write_preview([], load_config(CONFIG), tmp_path / "empty", now=NOW, secret=SECRET)
    assert (empty.cards, cards_of(tmp_path / "empty")) == (0, [])


def test_a_folder_that_is_a_file_and_an_unknown_size_are_errors_that_say_what_to_do(tmp_path: Path) -> None:
    results = read(tmp_path, [order("1")])
    taken = tmp_path / "taken"
    taken.write_text("x")
    with pytest.raises(RenderError, match=rf"{re.escape(str(taken))}: cannot write the preview there"):
        write_preview(results, load_config(CONFIG), taken, now=NOW, secret=SECRET)
    with pytest.raises(RenderError, match=r"unknown insert size 'A7'; use one of A6, A5"):
        write_preview(results, load_config(CONFIG), tmp_path / "p", now=NOW, secret=SECRET, size="A7")
    assert not (tmp_path / "p").exists()


def test_the_preview_command_writes_the_gallery_and_says_what_is_in_it(tmp_path: Path) -> None:
    orders = SAMPLES / "en-harbour-trust" / "orders.jsonl"
    config = SAMPLES / "en-harbour-trust" / "notegen.toml"
    out = tmp_path / "preview"
    args = ["preview", str(orders), "--config", str(config), "-o", str(out), "--now", "2026-11-25T09:00:00+00:00"]
    result = CliRunner().invoke(main, args, env={"NOTEGEN_SECRET": SECRET})
    assert result.exit_code == 0, result.output
    cards = cards_of(out)
    counts = ", ".join(f"{s} {sum(c['status'] == s for c in cards)}" for s in ("ok", "rejected", "invalid", "skipped"))
    assert result.output == f"wrote {out / 'index.html'} ({len(cards)} cards: {counts})\n"
    assert [card["id"] for card in cards] == [r.order_id for r in read_orders([str(orders)]).results]


def _fixed_cards() -> list[dict[str, Any]]:
    """Cards made from fixed notes and outcomes, so that the golden page changes only when the page does."""
    anna = Order("1042", Customer("Anna", "Müller", "anna@example.org"), (Item("Wollschal „Fjord“"),), "orders.csv:2")
    note = Note("1042", "de", "first", "Danke, Anna!", "Lieber Kunde,", "danke.", ("Grüße", "Ihr Team"))
    findings = (
        Finding("SIN101", "error", "generische Anrede", 0, 12, "Lieber Kunde"),
        Finding("SIN104", "warning", "Signatur ohne Namen", len(note.text) - 9, len(note.text) - 1, "Ihr Team"),
        Finding("SIN301", "error", "Punktzahl 12 unter 50"),
    )
    rejected = Outcome("1042", "orders.csv:2", "rejected", "de", 12, findings, reason="lint errors: SIN101, SIN301")
    ok = Outcome("1043", "orders.csv:3", "ok", "fr", 88)
    invalid = InvalidOrder("1044", "orders.csv:4", "customer.first_name", "no customer name <b>")
    sources = [
        CardSource(1, anna, rejected, lang="de", note=note),
        CardSource(2, anna, ok, lang="fr", note=note, email="emails/00002.html", insert="inserts/00001.png", page=1),
        CardSource(3, invalid, Outcome("1044", "orders.csv:4", "invalid", reason=invalid.reason)),
    ]
    return [card_data(source) for source in sources]


@pytest.mark.parametrize("name", ["index.html", CARDS])
def test_the_page_of_fixed_cards_matches_its_golden_file(tmp_path: Path, name: str) -> None:
    cards = _fixed_cards()
    write_page(tmp_path, cards, PageView("Wollwerk <&>", "2026-11-25 09:00", "A6", tallies(cards)))
    actual = (tmp_path / name).read_text(encoding="utf-8")
    assert_golden(f"preview/{name}", actual)


def test_notes_that_need_a_person_are_marked_and_filterable(sample: Sample) -> None:
    cards = cards_of(sample.folder)
    marked = {card["id"]: card["attention"] for card in cards if card["attention"]}
    assert marked.get("1046") == "question"  # "Passt die Mütze auch über einen Zopf?"
    page = (sample.folder / "index.html").read_text(encoding="utf-8")
    assert f'<option value="any">needs a person ({len(marked)})</option>' in page
    assert 'href="#attention=any"' in page and f"<b>{len(marked)}</b> for a person to follow up" in page
    script = (sample.folder / "preview.js").read_text(encoding="utf-8")
    assert '"attention"' in script and "card.attention === state.attention" in script
