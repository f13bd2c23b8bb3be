"""`notegen send` from the command line: the dry run checks the SMTP settings (and the server, when asked),
and a full disk ends in an `Error:` line with the journal consistent, never in a traceback."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from notegen.cli import main
from tests.test_deliver import Mailbox, config_for, fill_outbox, free_port

SMTP = """
[shop]
name = "Wollwerk"
website = "https://wollwerk.example"
[signer]
name = "Katrin Vogel"
[email]
sender = "Katrin Vogel <katrin@wollwerk.example>"
"""


def config_file(tmp_path: Path, smtp: str) -> Path:
    path = tmp_path / "notegen.toml"
    path.write_text(SMTP + smtp, encoding="utf-8")
    return path


def test_dry_run_without_an_smtp_host_is_an_error(tmp_path: Path) -> None:
    outbox = tmp_path / "outbox"
    fill_outbox(outbox, config_for(25), count=2)
    result = CliRunner().invoke(main, ["send", str(outbox), "--config", str(config_file(tmp_path, "")), "--dry-run"])
    assert result.exit_code == 2
    assert result.output.startswith("Error: ") and "[smtp] host is not set" in result.output


def test_dry_run_without_the_password_is_an_error(tmp_path: Path) -> None:
    outbox = tmp_path / "outbox"
    fill_outbox(outbox, config_for(25), count=1)
    config = config_file(tmp_path, '[smtp]\nhost = "127.0.0.1"\nusername = "katrin"\n')
    result = CliRunner(env={"NOTEGEN_SMTP_PASSWORD": None}).invoke(
        main, ["send", str(outbox), "--config", str(config), "--dry-run"]
    )
    assert result.exit_code == 2 and "set the environment variable NOTEGEN_SMTP_PASSWORD" in result.output


def test_dry_run_can_check_the_server(tmp_path: Path, mailbox: tuple[Mailbox, int]) -> None:
    box, port = mailbox
    outbox = tmp_path / "outbox"
    fill_outbox(outbox, config_for(port), count=2)
    good = config_file(tmp_path, f'[smtp]\nhost = "127.0.0.1"\nport = {port}\nsecurity = "none"\n')
    result = CliRunner().invoke(main, ["send", str(outbox), "--config", str(good), "--dry-run", "--check-server"])
    assert result.exit_code == 0, result.output
    assert result.output.count("would send") == 2 and box.delivered == []
    closed = config_file(tmp_path, f'[smtp]\nhost = "127.0.0.1"\nport = {free_port()}\nsecurity = "none"\n')
    result = CliRunner().invoke(main, ["send", str(outbox), "--config", str(closed), "--dry-run", "--check-server"])
    assert result.exit_code == 2 and result.output.startswith("Error: ") and "cannot reach 127.0.0.1" in result.output


def _small_files() -> None:
    resource.setrlimit(resource.RLIMIT_FSIZE, (8192, 8192))  # as a disk that is full after 8 KB of journal


def test_a_full_disk_during_send_is_an_error_and_the_next_run_sends_each_message_once(
    tmp_path: Path, mailbox: tuple[Mailbox, int]
) -> None:
    box, port = mailbox
    outbox = tmp_path / "outbox"
    names = fill_outbox(outbox, config_for(port), count=60)
    config = config_file(tmp_path, f'[smtp]\nhost = "127.0.0.1"\nport = {port}\nsecurity = "none"\n')
    command = [sys.executable, "-m", "notegen", "send", str(outbox), "--config", str(config)]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    full = subprocess.run(command, capture_output=True, text=True, env=env, preexec_fn=_small_files, timeout=120)
    assert full.returncode == 2, full.stderr
    assert "Traceback" not in full.stderr
    assert full.stderr.startswith("Error: ") and "journal.sqlite: cannot use the journal" in full.stderr
    assert "free space on that disk (or write to another one), then run notegen send again: what was sent is " \
           "recorded, and no message is sent twice" in full.stderr  # fmt: skip
    after = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    assert after.returncode == 0, after.stderr
    assert sorted(to for to, _ in box.delivered) == sorted(f"customer{n}@example.org" for n in range(1, 61))
    assert len(names) == 60
