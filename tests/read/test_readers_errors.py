"""Bad input a user can produce: a file that cannot be read stops with a clear message; a bad order is reported.

Each test asserts the whole message or its parts that matter: the file, the line, the field, what to do.
"""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from notegen.errors import InputError
from notegen.model import InvalidOrder, Order
from notegen.read import read_orders

Write = Callable[[str, str | bytes], str]
HEADER = "order_id,first_name,last_name,email,locale,item_name,item_quantity,item_price\n"


def read_error(paths: list[str], **options: str) -> str:
    with pytest.raises(InputError) as caught:
        read_orders(paths, **options)
    return str(caught.value)


def invalid(path: str) -> InvalidOrder:
    [result] = read_orders([path]).results
    assert isinstance(result, InvalidOrder), result
    return result


# --- the file cannot be read: InputError ---------------------------------------------------------------------


def test_missing_file(write: Write) -> None:
    assert read_error(["nowhere.csv"]) == "nowhere.csv: no such file; check the path"


def test_folder_instead_of_file(write: Write) -> None:
    assert read_error(["."]) == ".: is a folder, not an orders file; name the CSV or JSON file inside it"


@pytest.mark.parametrize("content", [b"", b"\n\n  \r\n", b"\xef\xbb\xbf"])
def test_empty_file(write: Write, content: bytes) -> None:
    path = write("orders.csv", content)
    assert read_error([path]) == "orders.csv: the file is empty; there are no orders to read"


def test_binary_file(write: Write) -> None:
    path = write("orders.xlsx", b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00")
    assert read_error([path]) == (
        "orders.xlsx: is a binary file (it contains NUL bytes), not a CSV or JSON export; "
        "if it is a spreadsheet, save it as CSV first"
    )


def test_undecodable_bytes_name_the_line_and_suggest_cp1252(write: Write) -> None:
    path = write("orders.csv", HEADER.encode() + b"1,Anna,M,a@b.de,de,Schal,1,9.90\n2,J\xfcrgen,W,j@b.de,de,Tee,1,4\n")
    assert read_error([path]) == (
        "orders.csv:3: byte 0xfc is not valid UTF-8; "
        "if it was saved by Excel or another Windows program, try --encoding cp1252"
    )


def test_undecodable_bytes_with_an_encoding_given(write: Write) -> None:
    path = write("orders.csv", HEADER.encode() + b"1,\x81nna,M,a@b.de,de,Schal,1,9.90\n")
    message = read_error([path], encoding="cp1252")
    assert message.startswith("orders.csv:2: byte 0x81 is not valid cp1252;")


def test_unknown_encoding(write: Write) -> None:
    path = write("orders.csv", HEADER)
    assert read_error([path], encoding="klingon") == (
        "unknown encoding 'klingon'; use a name such as utf-8, cp1252 or latin-1"
    )


def test_unknown_csv_format(write: Write) -> None:
    path = write("list.csv", "product,stock\nSchal,4\n")
    assert read_error([path]) == (
        "list.csv: cannot tell the format of this file: its header has no order_id column (generic CSV) and no "
        "Name and Lineitem name columns (Shopify export). notegen reads generic-csv, generic-json, shopify, "
        "woocommerce; if the file is one of them, name it with --input-format"
    )


def test_unknown_json_format(write: Write) -> None:
    path = write("products.json", json.dumps([{"sku": "A1", "stock": 4}]))
    message = read_error([path])
    assert message.startswith("products.json: cannot tell the format of this file: its first object has no order_id")
    assert "--input-format" in message


def test_unknown_input_format_name(write: Write) -> None:
    path = write("orders.csv", HEADER)
    assert read_error([path], input_format="magento") == (
        "unknown input format 'magento'; use one of generic-csv, generic-json, shopify, woocommerce"
    )


def test_malformed_json_names_line_and_column(write: Write) -> None:
    path = write("orders.json", '[\n  {"order_id": "1",\n   "items": [}\n]\n')
    assert read_error([path]) == "orders.json:3:14: not valid JSON: Expecting value"


def test_malformed_jsonl_names_the_line(write: Write) -> None:
    good = json.dumps({"order_id": "1", "customer": {"first_name": "A"}, "items": [{"name": "x"}]})
    path = write("orders.jsonl", f'{good}\n{good}\n{{"order_id": 3,\n')
    assert read_error([path]) == "orders.jsonl:3:16: not valid JSON: Expecting property name enclosed in double quotes"


def test_json_that_is_not_an_object_or_list(write: Write) -> None:
    path = write("orders.json", '"just text"')
    assert read_error([path], input_format="generic-json") == (
        "orders.json: the JSON holds a str; expected an order object or a list of orders"
    )


def test_csv_without_the_required_columns(write: Write) -> None:
    path = write("orders.csv", "id,first_name,item_name\n1,Anna,Schal\n")
    assert read_error([path], input_format="generic-csv") == (
        "orders.csv:1: the header has no order_id column; a generic orders CSV needs order_id, item_name "
        "(the header has: id, first_name, item_name)"
    )


def test_shopify_export_without_line_items(write: Write) -> None:
    path = write("export.csv", "Name,Email\n#1001,a@b.de\n")
    message = read_error([path], input_format="shopify")
    assert message.startswith("export.csv:1: the header has no lineitem_name column; a Shopify orders export needs")


def test_unclosed_quote_names_the_row(write: Write) -> None:
    path = write("orders.csv", HEADER + '1,Anna,M,a@b.de,de,Schal,1,9.90\n2,"Jürgen,W,j@b.de,de,Tee,1,4\n')
    message = read_error([path])
    assert message.startswith("orders.csv:3: this CSV row cannot be read (")
    assert message.endswith("); check that every quoted cell is closed")


# --- a bad order: InvalidOrder, the rest of the file is still read ----------------------------------------------


def test_missing_order_id(write: Write) -> None:
    path = write("orders.csv", HEADER + ",Anna,Müller,a@b.de,de,Schal,1,9.90\n")
    result = invalid(path)
    assert (result.source, result.order_id, result.field) == ("orders.csv:2", "", "order_id")
    assert result.problem == "missing; every order needs an order_id"


def test_rows_without_order_id_stay_apart_and_the_rest_is_read(write: Write) -> None:
    rows = ",Anna,M,a@b.de,de,Schal,1,9.90\n7,Ida,K,i@b.de,de,Tee,1,4\n,Ole,N,o@b.de,de,Tee,1,4\n"
    results = read_orders([write("orders.csv", HEADER + rows)]).results
    assert [(type(r).__name__, r.source) for r in results] == [
        ("InvalidOrder", "orders.csv:2"),
        ("Order", "orders.csv:3"),
        ("InvalidOrder", "orders.csv:4"),
    ]


def test_item_without_name_names_its_line(write: Write) -> None:
    path = write("orders.csv", HEADER + "5,Anna,M,a@b.de,de,Schal,1,9.90\n5,Anna,M,a@b.de,de,,2,4.00\n")
    result = invalid(path)
    assert (result.source, result.order_id, result.field) == ("orders.csv:2-3", "5", "items[1].name")
    assert result.problem == "the item has no name (line 3)"


@pytest.mark.parametrize(
    ("quantity", "problem"),
    [
        ("0", "must be at least 1, got 0"),
        ("-2", "must be at least 1, got -2"),
        ("two", "must be a whole number, got 'two'"),
        ("1.5", "must be a whole number, got '1.5'"),
    ],
)
def test_bad_quantity(write: Write, quantity: str, problem: str) -> None:
    path = write("orders.csv", HEADER + f"5,Anna,M,a@b.de,de,Schal,{quantity},9.90\n")
    result = invalid(path)
    assert (result.source, result.field, result.problem) == ("orders.csv:2", "items[0].quantity", problem)


def test_price_as_text(write: Write) -> None:
    path = write("orders.csv", HEADER + "5,Anna,M,a@b.de,de,Schal,1,free\n")
    result = invalid(path)
    assert (result.source, result.field) == ("orders.csv:2", "items[0].price")
    assert result.problem == "must be an amount such as 49.90, got 'free'"


def test_email_with_a_line_break_in_json(write: Write) -> None:
    order = {
        "order_id": "9",
        "customer": {"first_name": "Eve", "email": "a@b.c\r\nBcc: x@y.z"},
        "items": [{"name": "Tee"}],
    }
    result = invalid(write("orders.json", json.dumps([order])))
    assert (result.source, result.order_id, result.field) == ("orders.json:[0]", "9", "customer.email")
    assert result.problem == "contains the control character '\\r'; remove line breaks and tabs"
    assert json.loads(result.rows[0]["json"]) == order  # kept for rejects.csv


def test_unknown_locale(write: Write) -> None:
    result = invalid(write("orders.csv", HEADER + "5,Anna,M,a@b.de,es,Schal,1,9.90\n"))
    assert (result.source, result.field) == ("orders.csv:2", "locale")
    assert result.problem == "unknown locale 'es'; use de, fr or en (or leave it empty)"


def test_no_customer_name(write: Write) -> None:
    result = invalid(write("orders.csv", HEADER + "5,,Müller,a@b.de,de,Schal,1,9.90\n"))
    assert (result.source, result.field) == ("orders.csv:2", "customer.first_name")
    assert result.problem == "no customer name: a thank-you needs a first name, or a salutation and a last name"


def test_conflicting_customers_under_one_order_id(write: Write) -> None:
    rows = "5,Anna,Müller,anna@b.de,de,Schal,1,9.90\n5,Anna,Müller,other@b.de,de,Tee,1,4\n6,Ida,K,i@b.de,de,Tee,1,4\n"
    results = read_orders([write("orders.csv", HEADER + rows)]).results
    result = results[0]
    assert isinstance(result, InvalidOrder)
    assert (result.source, result.order_id, result.field) == ("orders.csv:2-3", "5", "customer.email")
    assert result.problem == (
        "line 3 gives 'other@b.de' but line 2 gives 'anna@b.de'; all rows of one order must name the same customer"
    )
    assert len(result.rows) == 2


def test_rows_of_one_order_apart_from_each_other_are_a_repeat_not_a_guess(write: Write) -> None:
    rows = "5,Anna,Müller,anna@b.de,de,Schal,1,9.90\n6,Ida,K,i@b.de,de,Tee,1,4\n5,Anna,Müller,anna@b.de,de,Tee,1,4\n"
    first, _, later = read_orders([write("orders.csv", HEADER + rows)]).results
    assert isinstance(first, Order) and [item.name for item in first.items] == ["Schal"]
    assert isinstance(later, InvalidOrder) and (later.source, later.field) == ("orders.csv:4", "order_id")
    assert later.problem == (
        "order id 5 appears again at orders.csv:4 with other items or details than at orders.csv:2; order ids "
        "must be unique; the rows of one order must be next to each other"
    )


def test_email_case_is_no_conflict_but_a_blank_cell_is_no_customer_change(write: Write) -> None:
    rows = "5,Anna,Müller,anna@b.de,de,Schal,1,9.90\n5,,,ANNA@B.DE,,Tee,1,4\n"
    [result] = read_orders([write("orders.csv", HEADER + rows)]).results
    assert not isinstance(result, InvalidOrder), result
    assert result.customer.full_name == "Anna Müller"


def test_row_with_more_cells_than_the_header(write: Write) -> None:
    result = invalid(write("orders.csv", HEADER + "5,Anna,M,a@b.de,de,Schal,1,24,90\n"))
    assert (result.source, result.field) == ("orders.csv:2", "row")
    assert result.problem == "line 2 has more cells than the header (8); put cells that contain ',' in double quotes"


def test_json_value_that_is_not_an_order(write: Write) -> None:
    good = {"order_id": "1", "customer": {"first_name": "A"}, "items": [{"name": "x"}]}
    results = read_orders([write("orders.json", json.dumps([good, 42]))]).results
    bad = results[1]
    assert isinstance(bad, InvalidOrder)
    assert (bad.source, bad.field) == ("orders.json:[1]", "order")
    assert bad.problem == "expected an order object with order_id, customer and items, got int"
