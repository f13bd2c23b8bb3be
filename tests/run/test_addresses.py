"""Customer addresses are judged once, the same in `check` and `render` (email-validator; letters outside ASCII
before the @ are taken, for SMTPUTF8), and the headers made from them stay within RFC 5322 and free of
bidirectional controls."""

from __future__ import annotations

import json
from email import message_from_bytes, message_from_string, policy
from email.header import decode_header, make_header
from email.utils import getaddresses, parseaddr
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from notegen.cli import main
from tests.run.shop_configs import NOW
from tests.run.shop_configs import PLAIN as CONFIG


def order(order_id: str, email: str, first: str = "Anna", last: str = "Berg") -> dict[str, Any]:
    return {"order_id": order_id, "locale": "de", "customer": {"first_name": first, "last_name": last, "email": email},
            "items": [{"name": "Wollschal „Fjord“", "quantity": 1, "price": "19.90"}]}  # fmt: skip


def write(tmp_path: Path, orders: list[dict[str, Any]]) -> Path:
    (tmp_path / "notegen.toml").write_text(CONFIG, encoding="utf-8")
    source = tmp_path / "orders.json"
    source.write_text(json.dumps(orders, ensure_ascii=False), encoding="utf-8")
    return source


def render(tmp_path: Path, source: Path) -> dict[str, dict[str, Any]]:
    result = CliRunner().invoke(
        main,
        ["render", str(source), "--to", "email", "-o", str(tmp_path / "outbox"), "--jobs", "1", "--now", NOW,
         "--quiet", "--config", str(tmp_path / "notegen.toml")],
    )  # fmt: skip
    assert "Traceback" not in result.output, result.output
    report = json.loads((tmp_path / "outbox" / "report.json").read_text(encoding="utf-8"))
    return {entry["order_id"]: entry for entry in report["orders"]}


def message(tmp_path: Path, order_id: str) -> Any:
    return message_from_bytes((tmp_path / "outbox" / f"{order_id}.eml").read_bytes(), policy=policy.default)


def display_name(raw: bytes) -> str:
    """The To header's display name decoded as RFC 2047 says (the space between two encoded words is not part
    of the text; the `email` package's newer parser keeps it in display names, mail programs do not)."""
    to = message_from_bytes(raw, policy=policy.compat32)["To"]
    text = str(make_header(decode_header(to.replace("\r\n", ""))))
    return parseaddr(text)[0]


def test_check_and_render_judge_addresses_alike(tmp_path: Path) -> None:
    source = write(tmp_path, [order("1", "jürgen@example.org"), order("2", "anna@müller.de"),
                              order("3", '"weird,name"@example.org'), order("4", "anna@@example.org")])  # fmt: skip
    checked = CliRunner().invoke(main, ["check", str(source)])
    assert checked.exit_code == 1
    assert "invalid: 1" in checked.output and "order 1:" not in checked.output
    assert "order 4: customer.email: is not a valid email address" in checked.output
    report = render(tmp_path, source)
    assert [report[n]["status"] for n in "1234"] == ["ok", "ok", "ok", "invalid"]
    assert "is not a valid email address" in report["4"]["reason"]
    # RFC 6532: the address stands in the header as UTF-8; `notegen send` gives it SMTPUTF8
    raw = (tmp_path / "outbox" / "1.eml").read_bytes()
    to = message_from_string(raw.decode("utf-8"), policy=policy.SMTPUTF8)["To"]
    assert to.addresses[0].addr_spec == "jürgen@example.org"


def test_international_domains_travel_as_punycode_and_quoted_local_parts_stay(tmp_path: Path) -> None:
    source = write(tmp_path, [order("2", "anna@müller.de"), order("3", '"weird,name"@example.org')])
    render(tmp_path, source)
    assert getaddresses([str(message(tmp_path, "2")["To"])])[0][1] == "anna@xn--mller-kva.de"
    assert getaddresses([str(message(tmp_path, "3")["To"])])[0][1] == '"weird,name"@example.org'


def test_header_lines_stay_within_rfc_5322_whatever_the_name(tmp_path: Path) -> None:
    first, last = "Anna", "St.Berg" * 70  # a special (".") in a word too long to fold: quoted, it would not fit
    source = write(tmp_path, [order("1", "a@example.org", first=first, last=last),
                              order("2", "b@example.org", first="A" * 500, last="B" * 500)])  # fmt: skip
    report = render(tmp_path, source)
    assert report["1"]["status"] == report["2"]["status"] == "ok"
    for order_id, (name_first, name_last) in (("1", (first, last)), ("2", ("A" * 500, "B" * 500))):
        raw = (tmp_path / "outbox" / f"{order_id}.eml").read_bytes()
        head = raw.split(b"\r\n\r\n", 1)[0]
        assert max(map(len, head.split(b"\r\n"))) <= 78
        assert display_name(raw) == f"{name_first} {name_last}"


def test_bidirectional_controls_never_reach_a_header(tmp_path: Path) -> None:
    source = write(tmp_path, [order("1", "a@example.org", first="Anna\u202egpj.exe", last="\u2067Berg\u2069")])
    report = render(tmp_path, source)
    assert report["1"]["status"] == "ok"
    parsed = message(tmp_path, "1")
    for name in ("To", "Subject"):
        assert not any(char in str(parsed[name]) for char in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
    assert parsed["To"].addresses[0].display_name == "Annagpj.exe Berg"
