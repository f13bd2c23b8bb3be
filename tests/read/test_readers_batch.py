"""Reading several files as one batch: repeated order ids, first-time vs returning customers, stdin, speed."""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from notegen.model import InvalidOrder, Order, ReadResult
from notegen.read import read_orders

Write = Callable[[str, str | bytes], str]
HEADER = "order_id,first_name,last_name,email,item_name,item_price,placed_at\n"


def generic(order_id: str, first_name: str, email: str = "", placed_at: str = "", **more: Any) -> dict[str, Any]:
    customer = {"first_name": first_name, "email": email, **more.pop("customer", {})}
    return {"order_id": order_id, "placed_at": placed_at, "customer": customer, "items": [{"name": "Tee"}], **more}


def counts(results: list[ReadResult]) -> dict[str, int | None]:
    return {r.order_id: r.customer.orders_count for r in results if isinstance(r, Order)}


def test_formats_and_rows_of_several_files(write: Write) -> None:
    csv_path = write("a.csv", HEADER + "1,Anna,M,a@b.de,Schal,9.90,\n1,Anna,M,a@b.de,Tee,4,\n")
    json_path = write("b.json", json.dumps([generic("2", "Ida"), generic("3", "Ole")]))
    batch = read_orders([csv_path, json_path])
    assert batch.formats == {"a.csv": "generic-csv", "b.json": "generic-json"}
    assert batch.rows == 4
    assert [r.order_id for r in batch.results] == ["1", "2", "3"]


def test_same_order_id_with_another_customer_in_another_file(write: Write) -> None:
    first = write("a.csv", HEADER + "1042,Anna,Müller,anna@b.de,Schal,9.90,\n")
    second = write("b.json", json.dumps([generic("1042", "Ida", "ida@b.de")]))
    results = read_orders([first, second]).results
    assert isinstance(results[0], Order)
    later = results[1]
    assert isinstance(later, InvalidOrder)
    assert (later.order_id, later.source, later.field) == ("1042", "b.json:[0]", "order_id")
    assert later.problem == (
        "order id 1042 appears again at b.json:[0] with another customer than at a.csv:2; order ids must be unique"
    )


def test_exact_repeat_gets_one_note_only(write: Write) -> None:
    order = generic("7", "Ida", "ida@b.de", "2026-11-20T10:00:00+01:00")
    results = read_orders([write("a.json", json.dumps(order)), write("b.json", json.dumps(order))]).results
    first, later = results
    assert isinstance(first, Order) and isinstance(later, InvalidOrder)
    assert (
        later.problem == "order id 7 appears again at b.json, a duplicate of the order at a.json; it gets one note only"
    )


def test_repeat_inside_one_json_file_with_other_items(write: Write) -> None:
    changed = generic("7", "Ida")
    changed["items"] = [{"name": "Kaffee"}]
    results = read_orders([write("a.json", json.dumps([generic("7", "Ida"), changed]))]).results
    later = results[1]
    assert isinstance(later, InvalidOrder)
    assert later.problem == (
        "order id 7 appears again at a.json:[1] with other items or details than at a.json:[0]; "
        "order ids must be unique"
    )


def test_repeat_of_an_invalid_order_is_reported_too(write: Write) -> None:
    results = read_orders([write("a.json", json.dumps([generic("7", ""), generic("7", "Ida")]))]).results
    first, later = results
    assert isinstance(first, InvalidOrder) and isinstance(later, InvalidOrder)
    assert later.problem == "order id 7 appears again at a.json:[1] (first at a.json:[0]); order ids must be unique"


def test_orders_are_counted_per_email_by_placing_time(write: Write) -> None:
    orders = [
        generic("1", "Ida", "ida@b.de", "2026-11-20T10:00:00+01:00"),
        generic("2", "Ida", "IDA@b.de", "2026-11-19T10:00:00+01:00"),
        generic("3", "Ole", "ole@b.de", "2026-11-18T10:00:00+01:00"),
        generic("4", "Ida", "ida@b.de", "2026-11-20T08:30:00Z"),  # 09:30 in Berlin: between 2 and 1
        generic("5", "Max"),  # no email: cannot be counted
        generic("6", "Ida", "ida@b.de", "2026-11-21", customer={"orders_count": 12}),  # given: kept
    ]
    results = read_orders([write("a.json", json.dumps(orders))]).results
    # a first order in this file only is no first order the data shows: its count stays unknown
    assert counts(results) == {"1": 3, "2": None, "3": None, "4": 2, "5": None, "6": 12}


def test_without_placing_times_input_order_counts(write: Write) -> None:
    orders = [generic("1", "Ida", "ida@b.de"), generic("2", "Ida", "ida@b.de", "2026-01-01")]
    results = read_orders([write("a.json", json.dumps(orders))]).results
    assert counts(results) == {"1": None, "2": 2}


def test_a_first_order_is_one_only_a_history_file_shows(write: Write) -> None:
    """A shop's daily export holds few of a customer's orders: the only order of a customer in it may follow many.
    With a history file (even an empty one: the shop's first day) a customer found nowhere else orders for the
    first time; without one, whether they ordered before stays unknown."""
    today = write("today.json", json.dumps([generic("1", "Ida", "ida@b.de", "2026-11-20T10:00:00+01:00")]))
    alone = read_orders([today]).results
    history = write("history.csv", HEADER + "900,Ole,N,ole@b.de,Tee,4,2025-06-06T10:00:00+01:00\n")
    with_history = read_orders([today], history=history).results
    empty_history = read_orders([today], history=write("empty.json", "[]")).results
    day = date(2026, 11, 23)
    assert [[r.customer.history(day) for r in results if isinstance(r, Order)] for results in (
        alone, with_history, empty_history
    )] == [["unknown"], ["first"], ["first"]]  # fmt: skip


def test_history_file_counts_earlier_orders(write: Write) -> None:
    history = write(
        "history.csv",
        HEADER
        + "900,Ida,K,ida@b.de,Tee,4,2025-01-05T10:00:00+01:00\n"
        + "901,Ida,K,ida@b.de,Tee,4,2025-06-05T10:00:00+01:00\n"
        + "902,Ole,N,ole@b.de,Tee,4,2025-06-06T10:00:00+01:00\n"
        + "1,Ida,K,ida@b.de,Tee,4,2026-11-20T10:00:00+01:00\n",  # the history may hold this batch's orders too
    )
    today = [generic("1", "Ida", "ida@b.de", "2026-11-20T10:00:00+01:00"), generic("2", "Eva", "eva@b.de")]
    batch = read_orders([write("today.json", json.dumps(today))], history=history)
    assert counts(batch.results) == {"1": 3, "2": 1}
    assert batch.formats == {"today.json": "generic-json"}  # the history is not part of the batch
    assert batch.rows == 2


def test_history_in_another_format(write: Write) -> None:
    shopify = "Name,Email,Billing Name,Lineitem name,Created at\n#1,ida@b.de,Ida K,Tee,2025-05-11 09:55:16 -0400\n"
    history = write("history.csv", shopify)
    batch = read_orders([write("a.json", json.dumps(generic("2", "Ida", "ida@b.de", "2026-01-01")))], history=history)
    assert counts(batch.results) == {"2": 2}


def test_stdin(write: Write, monkeypatch: pytest.MonkeyPatch) -> None:
    data = (HEADER + "1,Jürgen,W,j@b.de,Tee,4,\n").encode("utf-8-sig")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    batch = read_orders(["-"])
    assert batch.formats == {"-": "generic-csv"}
    [order] = batch.results
    assert isinstance(order, Order)
    assert (order.source, order.customer.first_name) == ("<stdin>:2", "Jürgen")


def test_input_format_overrides_detection(write: Write) -> None:
    # a generic CSV that happens to have Name and Lineitem name columns looks like a Shopify export
    path = write("orders.csv", "order_id,first_name,item_name,Name,Lineitem name\n1,Ida,Tee,x,y\n")
    assert read_orders([path]).formats == {path: "shopify"}
    batch = read_orders([path], input_format="generic-csv")
    assert batch.formats == {path: "generic-csv"}
    [order] = batch.results
    assert isinstance(order, Order) and order.items[0].name == "Tee"


def test_utf16_file_with_bom(write: Write) -> None:
    path = write("orders.csv", (HEADER + "1,Jürgen,W,j@b.de,Tee,4,\n").encode("utf-16"))
    [order] = read_orders([path]).results
    assert isinstance(order, Order) and order.customer.first_name == "Jürgen"


def test_ten_thousand_orders_are_all_read(write: Write) -> None:
    lines = [HEADER]
    for number in range(10_000):
        for item in range(1 + number % 2):
            lines.append(
                f"{number},Jürgen,Weiß,c{number % 3000}@example.org,Socken {item},14.50,2026-11-20T10:00:00Z\n"
            )
    batch = read_orders([write("big.csv", "".join(lines))])
    assert len(batch.results) == 10_000 and batch.rows == 15_000
    assert all(isinstance(r, Order) for r in batch.results)
