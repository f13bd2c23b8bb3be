"""Orders as German, French and English spreadsheet programs save them: day-first dates with and without a
time, WAHR/FALSCH and VRAI/FAUX, currency signs, thousands separators and decimal commas, status words."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from notegen.cli import main
from notegen.model import Order
from notegen.read import read_orders

GERMAN = (
    "order_id;first_name;last_name;email;item_name;item_quantity;item_price;placed_at;customer_since;"
    "accepts_marketing;gift;status\n"
    "1001;Anna;Müller;anna@example.org;Wollschal;1;8,90 €;20.11.2026 09:15;14.03.2025;WAHR;FALSCH;bezahlt\n"
    "1002;Bernd;Weiß;bernd@example.org;Plaid „Heide“;1;1.234,50;20.11.2026;01.02.2024;FALSCH;WAHR;\n"
    "1003;Clara;Vogt;clara@example.org;Mütze;2;9,90 €;19.11.2026 18:00:30;;;;storniert\n"
)
FRENCH = (
    "order_id;first_name;email;item_name;item_price;placed_at;accepts_marketing;gift;status\n"
    "2001;Élise;elise@example.org;Bougie;1 234,50 €;20/11/2026 09:15;VRAI;FAUX;payée\n"
    "2002;Louis;louis@example.org;Bougie;12,00 €;21/11/2026;FAUX;VRAI;remboursée\n"
)
ENGLISH = (
    "order_id,first_name,email,item_name,item_price,placed_at,accepts_marketing,gift,status\n"
    '3001,Ann,ann@example.org,Candle,"$1,234.50",11/20/2026 09:15,yes,no,paid\n'
    "3002,Bob,bob@example.org,Candle,£12.00,11/21/2026,no,yes,cancelled\n"
)


def orders_of(path: Path, encoding: str | None = None) -> dict[str, Order]:
    results = read_orders([str(path)], encoding=encoding).results
    assert all(isinstance(r, Order) for r in results), [getattr(r, "reason", "") for r in results]
    return {r.order_id: r for r in results if isinstance(r, Order)}


def test_a_german_export_reads_field_by_field(tmp_path: Path) -> None:
    path = tmp_path / "bestellungen.csv"
    path.write_bytes(GERMAN.encode("cp1252"))
    result = CliRunner().invoke(main, ["check", str(path), "--encoding", "cp1252"])
    assert result.exit_code == 0, result.output
    assert "orders: 3" in result.output and "invalid: 0" in result.output and "will be skipped: 1" in result.output
    orders = orders_of(path, "cp1252")
    anna, bernd, clara = orders["1001"], orders["1002"], orders["1003"]
    assert str(anna.items[0].price) == "8.90" and str(bernd.items[0].price) == "1234.50"
    assert anna.placed_at is not None and anna.placed_at.isoformat() == "2026-11-20T09:15:00"
    assert str(anna.customer.customer_since) == "2025-03-14"
    assert anna.customer.accepts_marketing is True and anna.gift is False and bernd.gift is True
    assert (anna.status, bernd.status, clara.status) == ("open", "open", "cancelled")


@pytest.mark.parametrize(("content", "expected"), [(FRENCH, ("2001", "1234.50", "2026-11-20T09:15:00")),
                                                    (ENGLISH, ("3001", "1234.50", "2026-11-20T09:15:00"))])  # fmt: skip
def test_french_and_english_exports_read_too(tmp_path: Path, content: str, expected: tuple[str, str, str]) -> None:
    path = tmp_path / "orders.csv"
    path.write_text(content, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(path)])
    assert result.exit_code == 0 and "will be skipped: 1" in result.output, result.output
    order_id, price, placed = expected
    first = orders_of(path)[order_id]
    assert str(first.items[0].price) == price and first.placed_at is not None
    assert first.placed_at.isoformat() == placed and first.customer.accepts_marketing is True


def test_a_date_that_does_not_exist_names_the_field(tmp_path: Path) -> None:
    path = tmp_path / "orders.csv"
    path.write_text("order_id;first_name;item_name;placed_at\n1;Anna;Schal;31.02.2026\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(path)])
    assert result.exit_code == 1
    assert "orders.csv:2: order 1: placed_at: is not a date that exists: '31.02.2026'" in result.output


def test_an_unknown_status_lists_the_known_ones(tmp_path: Path) -> None:
    path = tmp_path / "orders.json"
    path.write_text(json.dumps({"order_id": "1", "status": "verloren", "customer": {"first_name": "Anna"},
                                "items": [{"name": "Schal"}]}), encoding="utf-8")  # fmt: skip
    result = CliRunner().invoke(main, ["check", str(path)])
    assert "status: unknown status 'verloren'; use open, paid, cancelled or refunded" in result.output


def check(tmp_path: Path, content: str, *options: str) -> tuple[int, str]:
    path = tmp_path / "orders.csv"
    path.write_text(content, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(path), *options])
    assert "Traceback" not in result.output, result.output
    return result.exit_code, result.output


AMBIGUOUS = 'order_id,first_name,item_name,item_price\n1,Anna,Plaid,1.234\n2,Bo,Decke,"2,500 €"\n'


def test_an_amount_the_file_leaves_open_is_an_error_naming_file_line_and_field(tmp_path: Path) -> None:
    code, output = check(tmp_path, AMBIGUOUS)
    assert code == 1 and "invalid: 2" in output, output
    assert (
        f"{tmp_path / 'orders.csv'}:2: order 1: items[0].price: '1.234' is ambiguous: with a decimal comma (de, fr) "
        "it is 1234, with a decimal point (en) 1.234; no amount in the file shows which: name the file's language "
        "with --locale, or write the amount with two decimals"
    ) in output
    assert "orders.csv:3: order 2: items[0].price: '2,500 €' is ambiguous" in output


@pytest.mark.parametrize(("locale", "prices"), [("de", ("1234", "2.500")), ("fr", ("1234", "2.500")),
                                                ("en", ("1.234", "2500"))])  # fmt: skip
def test_locale_reads_what_the_file_leaves_open(tmp_path: Path, locale: str, prices: tuple[str, str]) -> None:
    code, output = check(tmp_path, AMBIGUOUS, "--locale", locale)
    assert code == 0 and "invalid: 0" in output, output
    results = read_orders([str(tmp_path / "orders.csv")], locale=locale).results
    assert tuple(str(r.items[0].price) for r in results if isinstance(r, Order)) == prices


def test_the_first_amount_that_shows_its_mark_decides_for_the_whole_file(tmp_path: Path) -> None:
    content = "order_id;first_name;item_name;item_price\n1;Anna;Plaid;1.234\n2;Bo;Schal;8,90\n3;Cem;Tee;49.90\n"
    code, output = check(tmp_path, content, "--locale", "en")  # the file shows its decimal comma: it wins
    assert code == 1 and "invalid: 1" in output, output
    assert (
        "orders.csv:4: order 3: items[0].price: '49.90' is written with a decimal point, but this file writes "
        f"amounts with a decimal comma ({tmp_path / 'orders.csv'}:3 has '8,90'); write every amount of a file the "
        "same way"
    ) in output
    [plaid, scarf, _] = read_orders([str(tmp_path / "orders.csv")]).results
    assert isinstance(plaid, Order) and str(plaid.items[0].price) == "1234", "read as the file writes, not guessed"
    assert isinstance(scarf, Order) and str(scarf.items[0].price) == "8.90"


DATES = "order_id,first_name,item_name,placed_at\n1,Anna,Schal,03/04/2025\n2,Bo,Tee,03/04/2025 09:15\n"


def test_a_date_the_file_leaves_open_is_an_error_unless_a_locale_or_another_date_says(tmp_path: Path) -> None:
    code, output = check(tmp_path, DATES)
    assert code == 1 and "invalid: 2" in output, output
    assert (
        "orders.csv:2: order 1: placed_at: '03/04/2025' is ambiguous: day first it is 2025-04-03, month first "
        "2025-03-04; nothing else in the file shows which: name the file's language with --locale (de, fr: day "
        "first), or write the date as 2025-04-03"
    ) in output
    assert check(tmp_path, DATES, "--locale", "fr")[0] == 0
    [first, _] = read_orders([str(tmp_path / "orders.csv")], locale="de").results
    assert (
        isinstance(first, Order) and first.placed_at is not None and first.placed_at.date().isoformat() == "2025-04-03"
    )
    american = DATES + "3,Cem,Tee,11/20/2026\n"  # month first: this file is American
    assert check(tmp_path, american)[0] == 0
    results = read_orders([str(tmp_path / "orders.csv")]).results
    assert [r.placed_at.date().isoformat() for r in results if isinstance(r, Order) and r.placed_at] == [
        "2025-03-04", "2025-03-04", "2026-11-20"]  # fmt: skip


def test_a_file_that_writes_dates_two_ways_is_not_read_two_ways(tmp_path: Path) -> None:
    content = "order_id,first_name,item_name,placed_at\n1,Anna,Schal,14/03/2025\n2,Bo,Tee,11/20/2026\n"
    code, output = check(tmp_path, content, "--locale", "en")
    assert code == 1 and "invalid: 1" in output, output
    assert (
        "orders.csv:3: order 2: placed_at: '11/20/2026' cannot be day first, as this file writes dates "
        f"({tmp_path / 'orders.csv'}:2 has '14/03/2025'); write every date of a file the same way, or as 2025-04-03"
    ) in output


def test_dotted_dates_are_always_day_first_and_iso_dates_need_no_locale(tmp_path: Path) -> None:
    content = "order_id,first_name,item_name,placed_at,customer_since\n1,Anna,Schal,03.04.2025 09:15,2024-05-06\n"
    assert check(tmp_path, content)[0] == 0
    [order] = read_orders([str(tmp_path / "orders.csv")]).results
    assert isinstance(order, Order) and order.placed_at is not None
    assert (order.placed_at.isoformat(), str(order.customer.customer_since)) == ("2025-04-03T09:15:00", "2024-05-06")
