"""Each input format, read from small files written for the project (tests/data/readers)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest

from notegen.compose.composer import compose
from notegen.model import InvalidOrder, Order, ReadResult
from notegen.read import FORMATS, read_orders
from notegen.read.validate import order_from_mapping
from tests.compose.shops import NOW, SECRET, atelier

Write = Callable[[str, str | bytes], str]


def orders_of(results: list[ReadResult]) -> dict[str, Order]:
    return {result.order_id: result for result in results if isinstance(result, Order)}


def test_registry_offers_the_four_formats() -> None:
    assert list(FORMATS) == ["generic-csv", "generic-json", "shopify", "woocommerce"]
    assert all(reader.name == name and reader.description for name, reader in FORMATS.items())


def test_generic_csv_german_groups_the_rows_of_an_order(data_dir: Path) -> None:
    path = str(data_dir / "generic_de.csv")
    batch = read_orders([path])
    assert batch.formats == {path: "generic-csv"}
    assert batch.rows == 5
    orders = orders_of(batch.results)
    assert list(orders) == ["501", "502", "503", "504"]
    kaethe = orders["501"]
    # the quoted note spans lines 2-3, so the order's second row is on line 4 (the BOM does not disturb the header)
    assert kaethe.source == f"{path}:2-4"
    assert [item.name for item in kaethe.items] == ["Socken „Moos“", "Wollwaschmittel"]
    assert kaethe.note == "Bitte ohne Rechnung,\ndas ist ein Geschenk."
    assert kaethe.gift is True
    assert kaethe.customer.salutation == "ms"
    assert kaethe.customer.accepts_marketing is True
    assert kaethe.discount_codes == ("WILLKOMMEN", "HERBST")
    assert len(kaethe.rows) == 2 and kaethe.rows[1]["item_name"] == "Wollwaschmittel"
    assert orders["502"].customer.orders_count == 4  # given in the data: kept
    assert orders["503"].status == "cancelled"
    assert orders["503"].skip_reason == "order was cancelled"
    # counted per email, case-insensitive: Käthe's second order; her first one in the file may follow others
    assert (kaethe.customer.orders_count, orders["504"].customer.orders_count) == (None, 2)


def test_generic_csv_french_semicolons_and_decimal_commas(data_dir: Path) -> None:
    orders = orders_of(read_orders([str(data_dir / "generic_fr.csv")]).results)
    amelie, gerard = orders["F-11"], orders["F-12"]
    assert [(i.name, i.quantity, i.price) for i in amelie.items] == [
        ("Bougie « Figuier »", 1, Decimal("32.00")),
        ("Mèche de rechange", 3, Decimal("2.50")),
    ]
    assert amelie.locale == "fr" and amelie.customer.salutation == "ms"
    assert amelie.note == "Pouvez-vous l'emballer ?"
    # no first name, but a salutation and a last name: addressable as "Monsieur Dubois"
    assert (gerard.customer.first_name, gerard.customer.salutation, gerard.customer.last_name) == ("", "mr", "Dubois")
    assert gerard.items[0].price == Decimal("1058.00")


def test_generic_csv_english_columns_in_any_order(data_dir: Path) -> None:
    orders = orders_of(read_orders([str(data_dir / "generic_en.csv")]).results)
    grace, sam = orders["E-1"], orders["E-2"]
    assert grace.donation is True and grace.currency == "GBP" and grace.locale is None
    assert grace.customer.last_name == "O'Malley"
    assert [(i.sku, i.quantity, i.price) for i in sam.items] == [
        ("TT-27", 2, Decimal("6.50")),
        ("KC-01", 1, Decimal("12.00")),
    ]
    assert sam.currency == "USD" and sam.shipping_country == "US"


def test_semicolon_cp1252_csv_as_a_german_spreadsheet_writes_it(data_dir: Path) -> None:
    path = str(data_dir / "excel_cp1252.csv")
    orders = orders_of(read_orders([path], encoding="cp1252").results)
    assert orders["3001"].customer.full_name == "Bärbel Größer"
    assert orders["3001"].items[0].name == "Wärmflasche „Schäfchen“"
    assert orders["3001"].items[0].price == Decimal("24.90")
    assert [i.price for i in orders["3002"].items] == [Decimal("1234.50"), Decimal("19.00")]
    assert orders["3002"].source == f"{path}:3-4"


def test_the_decimal_mark_follows_the_values_not_the_delimiter(write: Write) -> None:
    path = write("orders.csv", 'order_id,first_name,item_name,item_price\n1,Anna,Schal,"24,90"\n2,Bo,Tee,"1.234"\n')
    first, second = read_orders([path]).results
    assert isinstance(first, Order) and first.items[0].price == Decimal("24.90")
    assert isinstance(second, Order) and second.items[0].price == Decimal("1234"), "the file writes decimal commas"


def test_shopify_export_with_continuation_rows(data_dir: Path) -> None:
    path = str(data_dir / "shopify_orders.csv")
    batch = read_orders([path])
    assert batch.formats == {path: "shopify"}
    assert (batch.rows, len(batch.results)) == (9, 5)
    orders = orders_of(batch.results)
    lena = orders["#2001"]
    assert lena.source == f"{path}:2-5"  # the first row spans lines 2-4 (multi-line Notes and Note Attributes)
    assert (lena.customer.first_name, lena.customer.last_name) == ("Lena", "Hoffmann")  # spaces trimmed
    assert lena.customer.accepts_marketing is True
    assert lena.note == "Bitte mit Karte,\nsie hat Geburtstag."
    assert lena.discount_codes == ("HERBST10",)
    assert lena.shipping_country == "DE" and lena.locale is None
    assert [(i.name, i.quantity, i.price, i.sku) for i in lena.items] == [
        ("Wollschal Fjord - Salbeigrün", 1, Decimal("49.90"), "FJ-01"),
        ("Merino-Socken - Anthrazit", 2, Decimal("14.50"), "MS-02"),
    ]
    assert orders["#2002"].status == "refunded"
    assert orders["#2003"].status == "cancelled"
    assert orders["#2003"].currency == "GBP"
    ana = orders["#2004"]  # no Billing Name: Shipping Name and Shipping Country
    assert (ana.customer.first_name, ana.customer.last_name, ana.shipping_country) == ("Ana Lúcia", "Ferreira", "PT")
    assert len(ana.items) == 3
    nameless = batch.results[-1]
    assert isinstance(nameless, InvalidOrder)
    assert (nameless.order_id, nameless.source) == ("#2005", f"{path}:12")
    assert nameless.problem.startswith("no customer name")


def test_shopify_71_column_export(data_dir: Path) -> None:
    path = str(data_dir / "shopify_71.csv")
    with open(path, encoding="utf-8", newline="") as handle:
        assert len(next(csv.reader(handle))) == 71
    batch = read_orders([path])
    assert batch.formats == {path: "shopify"}
    orders = orders_of(batch.results)
    assert list(orders) == ["#3001", "#3002"]
    assert orders["#3001"].customer.full_name == "Ola Nordmann"
    assert orders["#3001"].currency == "USD"
    assert [i.quantity for i in orders["#3002"].items] == [1, 3]
    assert orders["#3002"].status == "open"  # partially refunded still gets a thank-you


@pytest.mark.parametrize("width", [71, 75, 79])
def test_shopify_columns_by_header_name_in_every_export_width(data_dir: Path, write: Write, width: int) -> None:
    with open(data_dir / "shopify_orders.csv", encoding="utf-8", newline="") as handle:
        table = list(csv.reader(handle))
    order = list(reversed(range(width)))  # cut to the width, and put the columns in another order too
    out = io.StringIO()
    csv.writer(out).writerows([[row[i] for i in order] for row in table])
    batch = read_orders([write("export.csv", out.getvalue())])
    orders = orders_of(batch.results)
    assert list(orders) == ["#2001", "#2002", "#2003", "#2004"]
    assert orders["#2001"].customer.full_name == "Lena Hoffmann"
    assert orders["#2001"].items[1].price == Decimal("14.50")


def test_woocommerce_list_with_entities_guests_and_statuses(data_dir: Path) -> None:
    path = str(data_dir / "woocommerce_orders.json")
    batch = read_orders([path])
    assert batch.formats == {path: "woocommerce"}
    orders = orders_of(batch.results)
    anja, siobhan, luc = orders["1201"], orders["1202"], orders["1203"]
    assert anja.source == f"{path}:[0]"
    assert anja.items[0].name == "Teekanne „Nordlicht“ – 1,2\u00a0l"
    assert anja.items[0].variant == "Petrol"  # display value of the variation; hidden meta left out
    assert anja.items[1].name == "Tea & Biscuits Set"
    assert anja.items[1].price == Decimal("8.50")  # no price: total / quantity
    assert anja.discount_codes == ("herbst15",)
    assert anja.note == "Ist für meine Tochter – bitte hübsch verpacken."
    assert anja.shipping_country == "DE"  # billing country first
    assert anja.placed_at == datetime(2026, 11, 14, 10, 5)
    assert siobhan.customer.full_name == "Siobhán O’Neill"  # a guest order (customer_id 0) is an ordinary order
    assert siobhan.items[0].name == "Candle “Fig Tree”"
    assert siobhan.status == "open"
    assert luc.status == "cancelled"  # a failed payment gets no thank-you
    assert luc.items[0].name == "Bougie «\u00a0Figuier\u00a0»"


def test_woocommerce_single_order_and_shipping_name_fallback(write: Write) -> None:
    order = {
        "number": 88,
        "status": "refunded",
        "billing": {"first_name": "", "last_name": "", "email": "x@example.org", "country": ""},
        "shipping": {"first_name": "Eva", "last_name": "Lind", "country": "SE"},
        "line_items": [{"name": "Mug", "quantity": 1, "price": 12.3333333}],
    }
    path = write("order.json", json.dumps(order))
    [result] = read_orders([path]).results
    assert isinstance(result, Order)
    assert (result.order_id, result.source, result.status) == ("88", "order.json", "refunded")
    assert (result.customer.full_name, result.shipping_country) == ("Eva Lind", "SE")
    assert result.items[0].price == Decimal("12.33")
    assert json.loads(result.rows[0]["json"]) == order


def test_jsonl_one_order_a_line(data_dir: Path) -> None:
    path = str(data_dir / "orders.jsonl")
    batch = read_orders([path])
    assert batch.formats == {path: "generic-json"}
    assert batch.rows == 3
    orders = orders_of(batch.results)
    assert [o.source for o in orders.values()] == [f"{path}:1", f"{path}:3", f"{path}:4"]  # line 2 is blank
    assert orders["J-2"].discount_codes == ("MERCI5",)
    assert orders["J-2"].items[0].quantity == 2
    assert orders["J-3"].items[0].price == Decimal("6.5")
    assert orders["J-3"].status == "refunded"
    # same email, placed earlier: J-1 is at least that customer's second order; J-3, the first in the file, may
    # follow others (no history file), so its count stays unknown
    assert (orders["J-3"].customer.orders_count, orders["J-1"].customer.orders_count) == (None, 2)


def test_generic_json_list_and_wrapped_orders_name_their_place(write: Write) -> None:
    order = {"order_id": "7", "customer": {"first_name": "Ida"}, "items": [{"name": "Tee"}]}
    listed = read_orders([write("list.json", json.dumps([order]))]).results
    wrapped = read_orders([write("wrapped.json", json.dumps({"orders": [order]}))]).results
    single = read_orders([write("one.json", json.dumps(order))]).results
    assert [r.source for r in (*listed, *wrapped, *single)] == ["list.json:[0]", "wrapped.json:orders[0]", "one.json"]
    assert all(isinstance(r, Order) for r in (*listed, *wrapped, *single))


@pytest.mark.parametrize("written", ["-", "–", " / ", "--", "Default Title"])  # Shopify's title for no option
def test_a_variant_with_no_letter_or_digit_is_no_variant(written: str) -> None:
    data = {
        "order_id": "V-1",
        "locale": "fr",
        "customer": {"first_name": "Lucie", "email": "lucie@example.org"},
        "items": [{"name": "Bougie parfumée", "variant": written, "quantity": 1, "price": "18"}],
    }
    order = order_from_mapping(data, "orders.json")
    assert order.items[0].variant == ""
    note = compose(order, atelier(), NOW, secret=SECRET)
    assert "bougie parfumée" in note.text and f"en {written.strip()}" not in note.text
