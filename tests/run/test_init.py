"""`notegen init`: every key written and commented; a secret beside the config, owner-only, never in it; a way to
reach a person from flags or, in a terminal, from prompts; and `init` then `render` gives notes with a gift and
that way to reach a person."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
import tomllib
from dataclasses import fields
from email import message_from_bytes, policy
from pathlib import Path

import pytest
from click.testing import CliRunner

from notegen.cli import main
from notegen.config import ShopConfig, load_config
from notegen.resources import templates_dir
from notegen.run.init import SECRET_FILE, copy_templates

ROOT = Path(__file__).resolve().parents[2]
ORDERS = ROOT / "tests" / "data" / "readers" / "generic_de.csv"


def _init(tmp_path: Path, *extra: str) -> Path:
    result = CliRunner().invoke(main, ["init", str(tmp_path), "--shop", "Wollstube", "--locale", "de", *extra])
    assert result.exit_code == 0, result.output
    return tmp_path / "notegen.toml"


def test_the_starter_writes_every_key_with_a_comment_and_the_secret_beside_it_owner_only(tmp_path: Path) -> None:
    path = _init(tmp_path, "--email", "hallo@wollstube.example")
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    sections = {f.name: f.type for f in fields(ShopConfig) if f.name != "path"}
    assert set(data) == set(sections)
    config = ShopConfig()
    for name in sections:
        assert set(data[name]) == {f.name for f in fields(getattr(config, name))}, name
    text = path.read_text(encoding="utf-8")
    for section in text.split("\n[")[1:]:  # each section explains itself
        assert "#" in section, section
    secret = tmp_path / SECRET_FILE
    assert secret.stat().st_mode & 0o777 == 0o600
    assert len(secret.read_text(encoding="utf-8").strip()) >= 40
    assert secret.read_text(encoding="utf-8").strip() not in text
    first = secret.read_text(encoding="utf-8")
    _init(tmp_path, "--email", "hallo@wollstube.example", "--force")
    assert secret.read_text(encoding="utf-8") == first, "a re-init must keep the secret the codes were made from"


def test_init_then_render_gives_notes_with_a_gift_and_a_way_to_reach_a_person(tmp_path: Path) -> None:
    config = _init(tmp_path, "--email", "hallo@wollstube.example", "--phone", "+49 30 1234")
    result = CliRunner(env={"NOTEGEN_SECRET": None}).invoke(
        main, ["render", str(ORDERS), "--to", "email", "-o", str(tmp_path / "outbox"), "--config", str(config)]
    )
    assert result.exit_code in (0, 1), result.output
    messages = sorted((tmp_path / "outbox").glob("*.eml"))
    assert messages
    for eml in messages:
        message = message_from_bytes(eml.read_bytes(), policy=policy.default)
        text = message.get_body(("plain",)).get_content()  # type: ignore[union-attr]
        assert "DANKE-" in text, text  # the gift code, its prefix in the shop's language
        assert "+49 30 1234" in text and "hallo@wollstube.example" in text


def test_without_a_way_to_reach_a_person_and_no_terminal_init_asks_for_the_flags(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["init", str(tmp_path)])
    assert result.exit_code == 2
    assert "--email or --phone" in result.output
    assert not (tmp_path / "notegen.toml").exists()


def test_in_a_terminal_init_asks_for_the_email_and_phone(tmp_path: Path) -> None:
    leader, follower = pty.openpty()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(
        [sys.executable, "-m", "notegen", "init", str(tmp_path), "--shop", "Wollstube"],
        stdin=follower, stdout=follower, stderr=follower, env=env, close_fds=True,
    )  # fmt: skip
    os.close(follower)
    os.write(leader, b"hallo@wollstube.example\n+49 30 9876\n")
    output = b""
    while True:
        try:
            chunk = os.read(leader, 1024)
        except OSError:
            break
        if not chunk:
            break
        output += chunk
    assert process.wait(timeout=60) == 0, output
    config = load_config(tmp_path / "notegen.toml")
    assert (config.service.email, config.service.phone) == ("hallo@wollstube.example", "+49 30 9876")
    assert b"Email address" in output


def test_a_secret_file_others_can_read_is_refused_with_the_fix(tmp_path: Path) -> None:
    config = _init(tmp_path, "--email", "hallo@wollstube.example")
    (tmp_path / SECRET_FILE).chmod(0o644)
    result = CliRunner(env={"NOTEGEN_SECRET": None}).invoke(
        main, ["render", str(ORDERS), "--to", "email", "-o", str(tmp_path / "outbox"), "--config", str(config)]
    )
    assert result.exit_code == 2
    assert "secret_file" in result.output and "chmod 600" in result.output


@pytest.mark.parametrize("content", ["", "\n"])
def test_an_empty_secret_file_is_an_error(tmp_path: Path, content: str) -> None:
    config = _init(tmp_path, "--email", "hallo@wollstube.example")
    (tmp_path / SECRET_FILE).write_text(content, encoding="utf-8")
    result = CliRunner(env={"NOTEGEN_SECRET": None}).invoke(
        main, ["render", str(ORDERS), "--to", "email", "-o", str(tmp_path / "outbox"), "--config", str(config)]
    )
    assert result.exit_code == 2 and "is empty" in result.output


def test_copy_templates_copies_every_language_and_keeps_existing_files(tmp_path: Path) -> None:
    own = tmp_path / "de" / "first_order.sie.txt.j2"
    own.parent.mkdir(parents=True)
    own.write_text("{# mine #}", encoding="utf-8")
    written = copy_templates(tmp_path)
    built_in = sorted(p.relative_to(templates_dir() / "notes") for p in (templates_dir() / "notes").rglob("*.txt.j2"))
    assert own not in written and own.read_text(encoding="utf-8") == "{# mine #}"
    assert sorted(p.relative_to(tmp_path) for p in written if p.suffix == ".j2") == [
        p for p in built_in if p != Path("de/first_order.sie.txt.j2")
    ]
    assert (tmp_path / "CONTEXT.md").is_file()
    assert copy_templates(tmp_path) == []
