"""Addresses with letters outside ASCII before the @ (`jürgen@example.org`), against real SMTP servers (aiosmtpd)
with and without SMTPUTF8: sent with it where the server offers it, reported per message where it does not."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from email import message_from_string, policy
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session
from click.testing import CliRunner

from notegen.cli import main
from notegen.deliver.outbox_journal import JOURNAL_FILE
from notegen.deliver.send import send_outbox
from notegen.model import Customer, Item, Note, Order
from notegen.render.email.message import build_email
from notegen.run.produce import write_email
from tests.test_deliver import NOW, Mailbox, config_for, free_port

JURGEN = "jürgen@example.org"
NO_SMTPUTF8 = "has letters outside ASCII before the @, and the server 127.0.0.1:{port} does not announce SMTPUTF8"


class Utf8Mailbox(Mailbox):
    """A mailbox that also keeps whether each message came with the SMTPUTF8 parameter."""

    def __init__(self) -> None:
        super().__init__()
        self.smtputf8: list[bool] = []

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        self.smtputf8.append(envelope.smtp_utf8)
        return await super().handle_DATA(server, session, envelope)


@pytest.fixture(params=[True, False], ids=["with-smtputf8", "without-smtputf8"])
def server(request: pytest.FixtureRequest) -> Iterator[tuple[Utf8Mailbox, int, bool]]:
    handler = Utf8Mailbox()
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port, enable_SMTPUTF8=request.param)
    controller.start()
    try:
        yield handler, port, request.param
    finally:
        controller.stop()


def fill(outbox: Path, port: int) -> None:
    """Two messages: 1.eml to an ASCII address, 2.eml to jürgen@example.org."""
    for order_id, email in (("1", "anna@example.org"), ("2", JURGEN)):
        order = Order(order_id, Customer("Jürgen", "Weiß", email), (Item("Wollschal"),))
        note = Note(order_id=order_id, lang="de", occasion="first_order", subject="Danke, Jürgen",
                    greeting="Lieber Jürgen,", thanks="danke.", signature=("Katrin Vogel",))  # fmt: skip
        write_email(outbox, build_email(order, note, config_for(port), NOW))


def read_message(raw: bytes) -> Any:
    """A message with RFC 6532 headers, read as its standard says (UTF-8 text)."""
    return message_from_string(raw.decode("utf-8"), policy=policy.SMTPUTF8)


def test_the_eml_carries_the_address_in_utf8_headers(tmp_path: Path) -> None:
    fill(tmp_path, 25)
    raw = (tmp_path / "2.eml").read_bytes()
    head = raw.split(b"\r\n\r\n", 1)[0]
    assert "To: =?utf-8?b?SsO8cmdlbiBXZWnDnw==?= <jürgen@example.org>".encode() in head.split(b"\r\n")
    assert (tmp_path / "1.eml").read_bytes().isascii()
    (to,) = read_message(raw)["To"].addresses
    assert (to.display_name, to.addr_spec) == ("Jürgen Weiß", JURGEN)


def test_sent_with_smtputf8_where_the_server_offers_it_else_reported(
    tmp_path: Path, server: tuple[Utf8Mailbox, int, bool]
) -> None:
    mailbox, port, offers = server
    fill(tmp_path, port)
    summary = send_outbox(tmp_path, config_for(port), password=None)
    if offers:
        assert (summary.sent, summary.failed) == (2, 0)
        assert sorted(zip(mailbox.recipients(), mailbox.smtputf8, strict=True)) == [
            ("anna@example.org", False), (JURGEN, True)]  # fmt: skip
        delivered = dict(mailbox.delivered)[JURGEN]
        assert read_message(delivered)["To"].addresses[0].addr_spec == JURGEN
        return
    assert (summary.sent, summary.failed) == (1, 1) and mailbox.recipients() == ["anna@example.org"]
    (file, reason), = summary.failures  # fmt: skip
    assert file == "2.eml" and reason.startswith(JURGEN + " " + NO_SMTPUTF8.format(port=port))
    with sqlite3.connect(tmp_path / JOURNAL_FILE) as db:
        status, reply = db.execute("SELECT status, reply FROM messages WHERE file = '2.eml'").fetchone()
    db.close()
    assert status == "failed" and reply == reason  # the journal says why, and the next run tries it again


def test_the_command_line_reports_it_per_message_and_a_dry_run_asks_the_server(
    tmp_path: Path, server: tuple[Utf8Mailbox, int, bool]
) -> None:
    mailbox, port, offers = server
    outbox = tmp_path / "outbox"
    fill(outbox, port)
    config = tmp_path / "notegen.toml"
    config.write_text(
        '[shop]\nname = "Wollwerk"\n[signer]\nname = "Katrin Vogel"\n'
        '[email]\nsender = "Katrin Vogel <katrin@wollwerk.example>"\n'
        f'[smtp]\nhost = "127.0.0.1"\nport = {port}\nsecurity = "none"\n',
        encoding="utf-8",
    )
    base = ["send", str(outbox), "--config", str(config)]
    unasked = CliRunner().invoke(main, [*base, "--dry-run"])
    assert unasked.exit_code == 0 and unasked.output.count("would send") == 2
    assert "1 message(s) need SMTPUTF8" in unasked.output and "add --check-server" in unasked.output
    asked = CliRunner().invoke(main, [*base, "--dry-run", "--check-server"])
    assert "Traceback" not in asked.output and mailbox.delivered == []
    if offers:
        assert asked.exit_code == 0 and asked.output.count("would send") == 2
        assert f"1 message(s) need SMTPUTF8 (an address with letters outside ASCII before the @); the server " \
               f"127.0.0.1:{port} offers it" in asked.output  # fmt: skip
    else:
        assert asked.exit_code == 1 and asked.output.count("would send") == 1
        assert f"failed: 2.eml: {JURGEN} {NO_SMTPUTF8.format(port=port)}" in asked.output
        assert f"127.0.0.1:{port} does not offer it, so they cannot be sent through it" in asked.output
    sent = CliRunner().invoke(main, base)
    assert "Traceback" not in sent.output
    assert sent.exit_code == (0 if offers else 1)
    assert (f"failed: 2.eml: {JURGEN} {NO_SMTPUTF8.format(port=port)}" in sent.output) is not offers
    assert sorted(mailbox.recipients()) == (["anna@example.org", JURGEN] if offers else ["anna@example.org"])
