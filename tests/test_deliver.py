"""Delivery against a real SMTP server (aiosmtpd) on 127.0.0.1: every message once, never twice."""

from __future__ import annotations

import asyncio
import logging
import shutil
import signal
import socket
import sqlite3
import ssl
import subprocess
import threading
import time
from dataclasses import replace
from datetime import UTC, datetime
from email import message_from_bytes, policy
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session

from notegen.config import ShopConfig, parse_config
from notegen.deliver.outbox_journal import JOURNAL_FILE
from notegen.deliver.send import SendSummary, send_outbox
from notegen.errors import DeliveryError
from notegen.model import Customer, Item, Note, Order
from notegen.render.email.message import build_email
from notegen.run.produce import write_email

NOW = datetime(2026, 11, 22, 9, 30, tzinfo=UTC)
COUNT = 6


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def recipient(n: int) -> str:
    return f"customer{n}@example.org"


class Mailbox:
    """An SMTP handler that keeps what it accepted and misbehaves on request."""

    def __init__(self) -> None:
        self.delivered: list[tuple[str, bytes]] = []
        self.refuse: set[str] = set()
        self.drop_at_rcpt: set[str] = set()  # drop the connection once, at RCPT of these
        self.drop_in_data: set[str] = set()  # drop the connection once, after the message came, before answering
        self.accept_at_most: int | None = None  # after this many, drop every connection at MAIL
        self.ctrl_c_in_data: set[str] = set()  # take the message, then press Ctrl-C in the sender before answering

    async def handle_MAIL(self, server: SMTP, session: Session, envelope: Envelope, address: str, options: Any) -> str:
        if self.accept_at_most is not None and len(self.delivered) >= self.accept_at_most:
            assert server.transport is not None
            server.transport.close()
            return "421 4.3.2 going away"
        envelope.mail_from = address
        return "250 OK"

    async def handle_RCPT(self, server: SMTP, session: Session, envelope: Envelope, address: str, options: Any) -> str:
        if address in self.refuse:
            return "550 5.1.1 no such mailbox here"
        if address in self.drop_at_rcpt:
            self.drop_at_rcpt.discard(address)
            assert server.transport is not None
            server.transport.close()
            return "421 4.3.2 going away"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        (to,) = envelope.rcpt_tos
        if to in self.drop_in_data:
            self.drop_in_data.discard(to)
            assert server.transport is not None
            server.transport.close()
            return "451 4.3.0 lost"
        assert isinstance(envelope.original_content, bytes)
        self.delivered.append((to, envelope.original_content))
        if to in self.ctrl_c_in_data:
            # to the sender's main thread, which is waiting for this answer: the signal interrupts its wait there
            # (sent to the process, it may reach this server's thread, and the sender sees it only after the answer)
            main = threading.main_thread().ident
            assert main is not None
            signal.pthread_kill(main, signal.SIGINT)
            # no answer until the sender has gone (it closes the connection when interrupted), however long a
            # loaded machine takes to deliver the signal: the sender must never see this answer
            assert server.transport is not None
            for _ in range(400):
                if server.transport.is_closing():
                    break
                await asyncio.sleep(0.05)
        return f"250 2.0.0 queued as Q{len(self.delivered)}"

    def recipients(self) -> list[str]:
        return [to for to, _ in self.delivered]

    def got_each_once(self) -> bool:
        return sorted(self.recipients()) == sorted(recipient(n) for n in range(1, COUNT + 1))


def config_for(port: int, **smtp: Any) -> ShopConfig:
    return parse_config(
        {
            "shop": {"name": "Wollwerk", "website": "https://wollwerk.example"},
            "signer": {"name": "Katrin Vogel"},
            "email": {"sender": "Katrin Vogel <katrin@wollwerk.example>", "reply_to": "hallo@wollwerk.example"},
            "smtp": {"host": "127.0.0.1", "port": port, "security": "none", "timeout": 10, **smtp},
        }
    )


def fill_outbox(outbox: Path, config: ShopConfig, count: int = COUNT) -> list[str]:
    names = []
    for n in range(1, count + 1):
        order = Order(str(n), Customer("Anna", f"Nummer {n}", recipient(n)), (Item("Wollschal"),))
        note = Note(
            order_id=str(n),
            lang="de",
            occasion="first_order",
            subject=f"Anna, danke für den Wollschal ({n})",
            greeting=f"Liebe Anna Nummer {n},",
            thanks="danke für den Wollschal.\n.\nEine Zeile mit nur einem Punkt muss heil ankommen.",
            signature=("Katrin Vogel",),
        )
        names.append(write_email(outbox, build_email(order, note, config, NOW)).name)
    return names


def journal_rows(outbox: Path) -> dict[str, tuple[str, int, str]]:
    with sqlite3.connect(outbox / JOURNAL_FILE) as db:
        rows = db.execute("SELECT file, status, attempts, reply FROM messages").fetchall()
    db.close()
    return {file: (status, attempts, reply) for file, status, attempts, reply in rows}


def send(outbox: Path, config: ShopConfig, **options: Any) -> tuple[SendSummary, list[tuple[str, str]]]:
    seen: list[tuple[str, str]] = []
    summary = send_outbox(outbox, config, password=None, progress=lambda f, s: seen.append((f, s)), **options)
    return summary, seen


def test_every_message_is_delivered_exactly_once(tmp_path: Path, mailbox: tuple[Mailbox, int]) -> None:
    server, port = mailbox
    config = config_for(port)
    names = fill_outbox(tmp_path, config)
    summary, seen = send(tmp_path, config)
    assert (summary.sent, summary.failed, summary.already_sent, summary.skipped) == (COUNT, 0, 0, 0)
    assert seen == [(name, "sent") for name in names]
    assert server.recipients() == [recipient(n) for n in range(1, COUNT + 1)]
    for name, (_, content) in zip(names, server.delivered, strict=True):
        assert content.replace(b"\r\n", b"\n") == (tmp_path / name).read_bytes().replace(b"\r\n", b"\n")
        parsed = message_from_bytes(content, policy=policy.default)
        assert "\n.\nEine Zeile" in parsed.get_body(("plain",)).get_content().replace("\r\n", "\n")  # type: ignore[union-attr]
    rows = journal_rows(tmp_path)
    assert {status for status, _, _ in rows.values()} == {"sent"}
    assert all(reply.startswith("250 2.0.0 queued as Q") for _, _, reply in rows.values())
    again, seen = send(tmp_path, config)
    assert (again.sent, again.already_sent) == (0, COUNT)
    assert {status for _, status in seen} == {"already sent"}
    assert len(server.delivered) == COUNT


def test_refused_recipients_fail_alone_and_only_they_are_retried(tmp_path: Path, mailbox: tuple[Mailbox, int]) -> None:
    server, port = mailbox
    config = config_for(port)
    names = fill_outbox(tmp_path, config)
    server.refuse = {recipient(2), recipient(5)}
    summary, _ = send(tmp_path, config)
    assert (summary.sent, summary.failed) == (COUNT - 2, 2)
    assert [name for name, _ in summary.failures] == [names[1], names[4]]
    assert all("550 5.1.1 no such mailbox here" in reason for _, reason in summary.failures)
    assert journal_rows(tmp_path)[names[1]][:2] == ("failed", 1)
    server.refuse = set()
    retry, seen = send(tmp_path, config)
    assert (retry.sent, retry.already_sent, retry.failed) == (2, COUNT - 2, 0)
    assert [name for name, status in seen if status == "sent"] == [names[1], names[4]]
    assert server.got_each_once()


def test_a_dropped_connection_is_resumed_and_nothing_is_sent_twice(
    tmp_path: Path, mailbox: tuple[Mailbox, int]
) -> None:
    server, port = mailbox
    config = config_for(port)
    names = fill_outbox(tmp_path, config)
    server.drop_at_rcpt = {recipient(3)}
    first, _ = send(tmp_path, config)
    # The connection had delivered two messages: the run connects once more and goes on.
    assert (first.sent, first.failed) == (COUNT - 1, 1)
    assert first.failures[0][0] == names[2] and "connection lost" in first.failures[0][1]
    second, _ = send(tmp_path, config)
    assert (second.sent, second.already_sent) == (1, COUNT - 1)
    assert server.got_each_once()


def test_a_server_that_goes_away_leaves_the_rest_for_the_next_run(
    tmp_path: Path, mailbox: tuple[Mailbox, int], caplog: pytest.LogCaptureFixture
) -> None:
    server, port = mailbox
    config = config_for(port)
    fill_outbox(tmp_path, config)
    server.accept_at_most = 3
    with caplog.at_level(logging.WARNING, logger="notegen"):
        first, _ = send(tmp_path, config)
    assert (first.sent, first.failed, first.skipped) == (3, 2, 1)
    assert "left for the next run" in caplog.text
    server.accept_at_most = None
    second, _ = send(tmp_path, config)
    assert (second.sent, second.already_sent) == (3, 3)
    assert server.got_each_once()


def test_a_message_cut_off_while_the_server_answers_is_never_resent_on_its_own(
    tmp_path: Path, mailbox: tuple[Mailbox, int]
) -> None:
    server, port = mailbox
    config = config_for(port)
    names = fill_outbox(tmp_path, config)
    server.drop_in_data = {recipient(4)}
    first, seen = send(tmp_path, config)
    assert (names[3], "unknown") in seen
    assert "may have arrived" in dict(first.failures)[names[3]]
    assert journal_rows(tmp_path)[names[3]][:2] == ("queued", 1)
    second, seen = send(tmp_path, config)
    assert second.sent == 0 and (names[3], "unknown") in seen
    third, _ = send(tmp_path, config, resend_unknown=True)
    assert third.sent == 1
    assert server.got_each_once()


def test_ctrl_c_leaves_the_journal_consistent(tmp_path: Path, mailbox: tuple[Mailbox, int]) -> None:
    server, port = mailbox
    config = config_for(port)
    names = fill_outbox(tmp_path, config)

    def interrupt_after_two(name: str, status: str) -> None:
        if name == names[1]:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        send_outbox(tmp_path, config, password=None, progress=interrupt_after_two)
    rows = journal_rows(tmp_path)
    assert [rows[name][0] for name in names] == ["sent", "sent", "queued", "queued", "queued", "queued"]
    rest, _ = send(tmp_path, config)
    assert (rest.sent, rest.already_sent) == (COUNT - 2, 2)
    assert server.got_each_once()


def test_ctrl_c_while_the_server_answers_never_sends_twice(tmp_path: Path, mailbox: tuple[Mailbox, int]) -> None:
    server, port = mailbox
    config = config_for(port)
    names = fill_outbox(tmp_path, config)
    server.ctrl_c_in_data = {recipient(3)}
    with pytest.raises(KeyboardInterrupt):
        send_outbox(tmp_path, config, password=None)
    # The server took message 3, but the answer never reached the sender: its outcome is unknown.
    assert journal_rows(tmp_path)[names[2]][:2] == ("queued", 1)
    rest, seen = send(tmp_path, config)
    assert (rest.sent, rest.already_sent, rest.failed) == (COUNT - 3, 2, 1)
    assert (names[2], "unknown") in seen
    assert server.got_each_once()


def test_dry_run_sends_and_records_nothing(tmp_path: Path, mailbox: tuple[Mailbox, int]) -> None:
    server, port = mailbox
    config = config_for(port)
    names = fill_outbox(tmp_path, config)
    summary, seen = send(tmp_path, config, dry_run=True, limit=4)
    assert seen == [(name, "would send") for name in names[:4]] + [(name, "left") for name in names[4:]]
    assert (summary.sent, summary.skipped) == (0, 2)
    assert server.delivered == [] and not (tmp_path / JOURNAL_FILE).exists()


def test_limit_and_rate(tmp_path: Path, mailbox: tuple[Mailbox, int]) -> None:
    server, port = mailbox
    config = config_for(port)
    fill_outbox(tmp_path, config)
    limited, _ = send(tmp_path, config, limit=2)
    assert (limited.sent, limited.skipped) == (2, COUNT - 2)
    started = time.monotonic()
    paced, _ = send(tmp_path, config, rate_per_min=600)  # one message every 0.1 s
    assert paced.sent == COUNT - 2
    assert time.monotonic() - started >= 0.1 * (COUNT - 3)
    assert len(server.delivered) == COUNT


def test_a_file_that_is_not_a_message_fails_alone(tmp_path: Path, mailbox: tuple[Mailbox, int]) -> None:
    server, port = mailbox
    config = config_for(port)
    fill_outbox(tmp_path, config, count=2)
    (tmp_path / "0-notes.eml").write_bytes(b"just some text\r\n")
    summary, _ = send(tmp_path, config)
    assert (summary.sent, summary.failed) == (2, 1)
    assert "not a message notegen can send" in summary.failures[0][1]
    assert server.recipients() == [recipient(1), recipient(2)]


def test_unreachable_server_and_missing_outbox_are_explained(tmp_path: Path) -> None:
    config = config_for(free_port())
    fill_outbox(tmp_path, config, count=1)
    with pytest.raises(DeliveryError, match=r"cannot reach 127\.0\.0\.1:\d+ with security 'none'"):
        send_outbox(tmp_path, config, password=None)
    with pytest.raises(DeliveryError, match="no such outbox folder"):
        send_outbox(tmp_path / "missing", config, password=None)


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    if shutil.which("openssl") is None:
        pytest.skip("the openssl command is not installed; it makes the test's self-signed certificate")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [
            *("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1"),
            *("-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost", "-keyout", str(key), "-out", str(cert)),
        ],
        check=True,
        capture_output=True,
    )
    return cert, key


def authenticate(server: SMTP, session: Session, envelope: Envelope, mechanism: str, data: Any) -> AuthResult:
    ok = isinstance(data, LoginPassword) and (data.login, data.password) == (b"katrin", b"s3cret")
    return AuthResult(success=ok, handled=False)  # not handled: the server answers 535 itself


@pytest.mark.parametrize("security", ["starttls", "ssl"])
def test_tls_and_login_with_a_self_signed_certificate(
    tmp_path: Path, certificate: tuple[Path, Path], security: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    cert, key = certificate
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    handler, port = Mailbox(), free_port()
    # aiosmtpd offers AUTH only after STARTTLS unless told that the connection is secure from the start.
    tls: dict[str, Any] = {"ssl_context": context, "auth_require_tls": False}
    if security == "starttls":
        tls = {"tls_context": context, "require_starttls": True}
    controller = Controller(handler, hostname="127.0.0.1", port=port, authenticator=authenticate, **tls)
    controller.start()
    monkeypatch.setenv("SSL_CERT_FILE", str(cert))  # trust the test's own certificate authority
    try:
        config = config_for(port, security=security, username="katrin")
        fill_outbox(tmp_path, config, count=2)
        with pytest.raises(DeliveryError, match="no password: set the environment variable NOTEGEN_SMTP_PASSWORD"):
            send_outbox(tmp_path, config, password=None)
        with pytest.raises(DeliveryError, match="login as 'katrin' refused: 535"):
            send_outbox(tmp_path, config, password="wrong")
        summary = send_outbox(tmp_path, config, password="s3cret")
        assert summary.sent == 2 and handler.recipients() == [recipient(1), recipient(2)]
        monkeypatch.delenv("SSL_CERT_FILE")
        fill_outbox(tmp_path / "more", config, count=1)
        with pytest.raises(DeliveryError, match="CERTIFICATE_VERIFY_FAILED"):
            send_outbox(tmp_path / "more", replace(config), password="s3cret")
    finally:
        controller.stop()
