"""The outbox's files: one safe file name per order id, each message written as `.html` then `.eml`, atomically."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from notegen.run.produce import message_filename, write_email
from tests.render.test_email import build, make_order


@pytest.mark.parametrize(
    ("order_id", "stem"),
    [("#1001", "1001"), ("1042", "1042"), ("WC-77.a", "WC-77.a"), ("#", None), ("../../etc", None), ("CON", None)],
)
def test_message_filename_is_safe(order_id: str, stem: str | None) -> None:
    name = message_filename(order_id)
    assert re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]*", name) and len(name) <= 100
    if stem:
        assert name == stem


def test_message_filenames_of_different_ids_differ() -> None:
    ids = ["A/B", "A_B", "A B", "a:b", "Bestellung-ü", "Bestellung-u", "x" * 300, "x" * 301]
    assert len({message_filename(order_id) for order_id in ids}) == len(ids)


def test_write_email_writes_both_files_atomically(tmp_path: Path) -> None:
    output, _ = build("de", replace(make_order(), order_id="#1001"))
    outbox = tmp_path / "outbox"
    path = write_email(outbox, output)
    assert path == outbox / "1001.eml"
    assert path.read_bytes() == output.eml
    assert (outbox / "1001.html").read_text(encoding="utf-8") == output.html
    write_email(outbox, replace(output, eml=b"changed"))
    assert path.read_bytes() == b"changed"
    assert sorted(p.name for p in outbox.iterdir()) == ["1001.eml", "1001.html"]
