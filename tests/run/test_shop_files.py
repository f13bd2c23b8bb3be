"""What a shop writes (its config and templates) cannot read files outside the template folder, take the
machine's memory or time, or put control characters into the notes: each is an `Error:` naming the place."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from notegen.cli import main

NOW = "2026-11-25T08:00:00+01:00"
CONFIG = """
[shop]
name = "Wollwerk"
default_locale = "de"
templates = "mine"
[signer]
name = "Katrin Vogel"
[email]
sender = "Katrin Vogel <katrin@wollwerk.example>"
"""
ORDER = {"order_id": "1", "locale": "de", "customer": {"first_name": "Anna", "email": "a@example.org"},
         "items": [{"name": "Wollschal", "quantity": 1, "price": "9.90"}]}  # fmt: skip
OWN = Path("mine") / "de" / "first_order.sie.txt.j2"


def render(tmp_path: Path, config: str = CONFIG) -> tuple[int, str, float]:
    (tmp_path / "notegen.toml").write_text(config, encoding="utf-8")
    (tmp_path / "orders.json").write_text(json.dumps([ORDER]), encoding="utf-8")
    began = time.process_time()  # processor seconds: a loaded machine stretches the clock, not these
    result = CliRunner().invoke(
        main,
        ["render", str(tmp_path / "orders.json"), "--to", "email", "-o", str(tmp_path / "outbox"), "--jobs", "1",
         "--now", NOW, "--quiet", "--config", str(tmp_path / "notegen.toml")],
    )  # fmt: skip
    assert "Traceback" not in result.output, result.output
    return result.exit_code, result.output, time.process_time() - began


def own_template(tmp_path: Path, thanks: str) -> None:
    path = tmp_path / OWN
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{% set thanks %}" + thanks + "{% endset %}\n", encoding="utf-8")


def test_the_shops_own_template_is_used(tmp_path: Path) -> None:
    own_template(tmp_path, "danke für den {{ items.your }}, schön, dass Sie da sind.")
    code, output, _ = render(tmp_path)
    assert code == 0, output
    assert "schön, dass Sie da sind" in (tmp_path / "outbox" / "1.html").read_text(encoding="utf-8")


def test_a_template_symlink_out_of_the_folder_is_refused(tmp_path: Path) -> None:
    secret = tmp_path / "elsewhere" / "secret.txt"
    secret.parent.mkdir()
    secret.write_text("{% set thanks %}root:x:0:0:root:/root:/bin/bash{% endset %}\n", encoding="utf-8")
    (tmp_path / OWN).parent.mkdir(parents=True)
    (tmp_path / OWN).symlink_to(secret)
    code, output, _ = render(tmp_path)
    assert code == 2
    assert output.startswith("Error: ") and "first_order.sie.txt.j2: leads out of the template folder" in output
    assert not list((tmp_path / "outbox").glob("*.eml"))


@pytest.mark.parametrize(
    "expression",
    [
        "{{ 'x' * 10**9 }}",
        "{{ 'x' * 999999999 }}",
        "{{ ['x'] * 999999999 }}",
        "{{ 'x'.ljust(10**9) }}",
        "{{ 'x'|center(999999999) }}",
        "{{ '%999999999s'|format('x') }}",
        "{{ '{:>999999999}'.format('x') }}",
        "{{ 9 ** 999999999 }}",
        "{% for n in range(20000) %}{{ 'x' * 99999 }}{% endfor %}",
    ],
)
def test_a_template_cannot_take_the_machines_memory(tmp_path: Path, expression: str) -> None:
    own_template(tmp_path, "danke " + expression)
    code, output, took = render(tmp_path)
    assert code == 2 and output.startswith("Error: "), output
    assert "first_order.sie.txt.j2" in output and "order 1" in output
    assert took < 10


def test_a_template_cannot_take_the_machines_time(tmp_path: Path) -> None:
    own_template(tmp_path, "{% for a in range(99999) %}{% for b in range(99999) %}{% endfor %}{% endfor %}danke")
    code, output, took = render(tmp_path)
    assert code == 2 and "used more than 2 s of processor time for one note" in output, output
    assert took < 15


@pytest.mark.parametrize(("setting", "key"), [('name = "Katrin\\rVogel"', "[signer] name"),
                                               ('name = "Katrin\\u000bVogel"', "[signer] name"),
                                               ('name = "Katrin Vogel"\nrole = { de = "Inhaberin\\r" }',
                                                "[signer] role.de")])  # fmt: skip
def test_control_characters_in_config_texts_are_errors_naming_the_key(tmp_path: Path, setting: str, key: str) -> None:
    config = CONFIG.replace('templates = "mine"\n', "").replace('name = "Katrin Vogel"', setting)
    code, output, _ = render(tmp_path, config)
    assert code == 2
    assert output.startswith("Error: ") and f"notegen.toml: {key} contains the control character U+000" in output


def test_line_breaks_in_multi_line_config_texts_stay_allowed(tmp_path: Path) -> None:
    config = (
        CONFIG.replace('templates = "mine"\n', "")
        + '[service]\ncomplaints = """Schreiben Sie uns.\r\nWir antworten."""\n'
    )
    code, output, _ = render(tmp_path, config)
    assert code == 0, output
