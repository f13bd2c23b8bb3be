"""Inputs are read a piece at a time: JSON lists split value by value with exact error places, CSV rows as they
come, and memory that does not grow with the file."""

from __future__ import annotations

import json
import tracemalloc
from pathlib import Path

import pytest
from click.testing import CliRunner

from notegen.cli import main
from notegen.errors import InputError
from notegen.model import InvalidOrder, Order
from notegen.read import read_orders, stream_orders


def order(number: int) -> dict[str, object]:
    return {
        "order_id": str(number),
        "customer": {"first_name": "Anna", "last_name": f"Berg-{number}", "email": f"c{number}@example.org"},
        "items": [{"name": "Wollschal „Fjord“", "quantity": 1, "price": "49.90"}],
        "note": "Ist ein Geschenk für meine Mutter" * 3,
    }


def test_a_long_json_list_is_read_value_by_value_in_order(tmp_path: Path) -> None:
    path = tmp_path / "orders.json"
    path.write_text(json.dumps([order(n) for n in range(3000)], indent=1, ensure_ascii=False), encoding="utf-8")
    results = read_orders([str(path)]).results
    assert [r.order_id for r in results] == [str(n) for n in range(3000)]
    assert all(isinstance(r, Order) for r in results)
    assert results[2999].source == f"{path}:[2999]"


def test_orders_under_a_key_and_other_keys_after_them(tmp_path: Path) -> None:
    path = tmp_path / "orders.json"
    path.write_text(json.dumps({"orders": [order(1), order(2)], "page": 1, "pages": {"total": 1}}), encoding="utf-8")
    results = read_orders([str(path)]).results
    assert [(r.order_id, r.source) for r in results] == [("1", f"{path}:orders[0]"), ("2", f"{path}:orders[1]")]


@pytest.mark.parametrize("damage", [("},\n  {", "},\n  , {"), ('"price": "49.90"', '"price": 49.90.1'),
                                    ("},\n  {", "}\n  {"), ("]", "], 3")])  # fmt: skip
def test_a_json_error_deep_in_a_long_list_names_the_line_and_column_json_names(
    tmp_path: Path, damage: tuple[str, str]
) -> None:
    text = json.dumps([order(n) for n in range(2000)], indent=2, ensure_ascii=False)
    at = text.index(damage[0], len(text) * 3 // 4) if damage[0] != "]" else text.rindex("]")
    broken = text[:at] + damage[1] + text[at + len(damage[0]) :]
    with pytest.raises(json.JSONDecodeError) as expected:
        json.loads(broken)
    path = tmp_path / "orders.json"
    path.write_text(broken, encoding="utf-8")
    with pytest.raises(InputError) as error:
        read_orders([str(path)])
    want = expected.value
    assert str(error.value) == f"{path}:{want.lineno}:{want.colno}: not valid JSON: {want.msg}"


def test_json_lines_and_csv_with_lines_ended_by_cr_alone(tmp_path: Path) -> None:
    lines = tmp_path / "orders.jsonl"
    lines.write_text("\n".join(json.dumps(order(n)) for n in range(3)) + "\n\n", encoding="utf-8")
    assert [r.source for r in read_orders([str(lines)]).results] == [f"{lines}:{n}" for n in (1, 2, 3)]
    old_mac = tmp_path / "orders.csv"
    old_mac.write_bytes(b"order_id,first_name,item_name\r1,Anna,Schal\r2,Bo,Tee\r")
    results = read_orders([str(old_mac)]).results
    assert [(r.order_id, r.source, isinstance(r, Order)) for r in results] == [
        ("1", f"{old_mac}:2", True), ("2", f"{old_mac}:3", True)]  # fmt: skip


def test_standard_input_is_read_like_a_file(tmp_path: Path) -> None:
    text = 'order_id,first_name,item_name,item_price\n1,Anna,Schal,"8,90"\n1,Anna,Tee,"1.234,50"\n'
    result = CliRunner().invoke(main, ["check", "-"], input=text)
    assert result.exit_code == 0 and "orders: 1" in result.output and "items: 2" in result.output, result.output


def _peak_of_reading(path: Path) -> int:
    tracemalloc.start()
    try:
        with stream_orders([str(path)]) as stream:
            tracemalloc.reset_peak()
            count = sum(1 for _ in stream)
        return tracemalloc.get_traced_memory()[1] if count else 0
    finally:
        tracemalloc.stop()


def test_memory_of_reading_does_not_grow_with_the_file(tmp_path: Path) -> None:
    header = "order_id,first_name,last_name,email,item_name,item_price,placed_at,note\n"
    peaks = []
    for orders in (1000, 4000):
        path = tmp_path / f"orders-{orders}.csv"
        rows = (
            f"{n},Jürgen,Weiß-{n % 97},c{n % 800}@example.org,Wollschal „Fjord {item}“,49.90,2026-11-20T10:00:00,"
            f"Ist ein Geschenk\n"
            for n in range(orders)
            for item in range(2)
        )
        path.write_text(header + "".join(rows), encoding="utf-8")
        peaks.append(_peak_of_reading(path))
    small, large = peaks
    assert large < small * 1.5, f"giving 4 times the orders took {large / small:.1f} times the memory ({peaks})"


def test_orders_counted_across_the_whole_input_and_repeats_found_after_streaming(tmp_path: Path) -> None:
    path = tmp_path / "orders.csv"
    path.write_text(
        "order_id,first_name,email,item_name,placed_at\n"
        "1,Anna,anna@example.org,Schal,2026-11-20\n"
        "2,Bo,bo@example.org,Tee,2026-11-21\n"
        "3,Anna,ANNA@example.org,Tee,2026-11-02\n"
        "2,Bo,bo@example.org,Tee,2026-11-21\n",
        encoding="utf-8",
    )
    first, bo, earlier, repeat = read_orders([str(path)]).results
    assert isinstance(first, Order) and isinstance(earlier, Order) and isinstance(bo, Order)
    # a first order in the input alone may follow others: its count stays unknown
    assert (first.customer.orders_count, earlier.customer.orders_count, bo.customer.orders_count) == (2, None, None)
    assert isinstance(repeat, InvalidOrder) and "a duplicate of the order at" in repeat.problem
