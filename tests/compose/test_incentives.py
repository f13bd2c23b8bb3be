"""Gift and referral codes: deterministic per order and secret, hard to guess, exported for the shop."""

from __future__ import annotations

import csv
import os
from datetime import date
from pathlib import Path

import pytest

from notegen.compose.codes import ALPHABET, IssuedCode, issued_codes
from notegen.errors import CodesError, OutputError
from notegen.run.report import write_codes_csv

from .shops import NOW, SECRET, harbour, order, tidal, wollwerk


def test_codes_are_the_same_on_every_run_and_differ_per_order_kind_and_secret() -> None:
    first = issued_codes(order(order_id="1042"), wollwerk(), NOW, secret=SECRET)
    assert first == issued_codes(order(order_id="1042"), wollwerk(), NOW, secret=SECRET)
    other_order = issued_codes(order(order_id="1043"), wollwerk(), NOW, secret=SECRET)
    other_secret = issued_codes(order(order_id="1042"), wollwerk(), NOW, secret=SECRET + "x")
    codes = {code.code for code in first + other_order + other_secret}
    assert len(codes) == 6


def test_codes_carry_the_prefix_value_expiry_and_customer() -> None:
    gift, referral = issued_codes(
        order(order_id="1042", customer={"email": "anna@example.org"}), wollwerk(), NOW, secret=SECRET
    )
    assert gift.kind == "gift" and gift.code.startswith("DANKE-") and gift.value == "10%"
    assert gift.expires == date(2027, 1, 22)  # 60 days after the note is made (NOW), not after the order date
    assert referral.kind == "referral" and referral.code.startswith("FREUND-") and referral.value == "15%"
    assert referral.expires is None and referral.email == gift.email == "anna@example.org"
    token = gift.code.split("-", 1)[1]
    assert len(token) == 8 and set(token) <= set(ALPHABET) and not set(token) & set("01IO")


def test_no_codes_for_donations_or_when_switched_off() -> None:
    assert issued_codes(order(donation=True), wollwerk(), NOW, secret=SECRET) == []
    assert issued_codes(order(), harbour(), NOW) == []
    points = tidal(gift={"enabled": True, "kind": "points", "points": 100}, referral={"enabled": False})
    assert issued_codes(order(), points, NOW) == []


def test_a_missing_secret_is_a_clear_error() -> None:
    with pytest.raises(CodesError, match=r"order T-1: .*NOTEGEN_SECRET"):
        issued_codes(order(), wollwerk(), NOW)


def test_codes_csv_is_written_whole_for_import(tmp_path: Path) -> None:
    codes = issued_codes(order(order_id="1042", customer={"email": "anna@example.org"}), wollwerk(), NOW, secret=SECRET)
    path = tmp_path / "codes.csv"
    path.write_text("old content", encoding="utf-8")
    write_codes_csv(path, codes)
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["code", "kind", "value", "expires", "order_id", "email"]
    assert rows[1] == [codes[0].code, "gift", "10%", "2027-01-22", "1042", "anna@example.org"]
    assert rows[2] == [codes[1].code, "referral", "15%", "", "1042", "anna@example.org"]
    assert sorted(os.listdir(tmp_path)) == ["codes.csv"], "no temporary file is left behind"


def test_an_unwritable_codes_file_is_a_render_error(tmp_path: Path) -> None:
    code = IssuedCode("X-1", "gift", "10%", None, "1", "")
    (tmp_path / "a-file").write_text("not a folder", encoding="utf-8")
    with pytest.raises(OutputError, match="cannot write the codes file"):
        write_codes_csv(tmp_path / "a-file" / "codes.csv", [code])
