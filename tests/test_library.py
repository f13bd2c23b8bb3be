"""The public API: what `notegen` exports, and the README's library example, run as it is written."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from email import message_from_bytes, policy
from pathlib import Path

from pypdf import PdfReader

import notegen

ROOT = Path(__file__).resolve().parents[1]


def test_the_public_api_offers_each_stage_of_the_pipeline() -> None:
    for name in notegen.__all__:
        assert getattr(notegen, name) is not None, name
    assert {"read_orders", "compose", "lint", "build_email", "render_inserts", "load_config", "Order"} <= set(
        notegen.__all__
    )
    from notegen.compose import composer
    from notegen.read import read_orders

    assert notegen.compose is composer.compose and notegen.read_orders is read_orders


def test_importing_notegen_loads_no_heavy_library() -> None:
    code = (
        "import sys, notegen; print(sorted(m for m in ('spacy', 'weasyprint', 'jinja2', 'babel') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=os.environ)
    assert done.stdout.strip() == "[]"


def test_the_readme_library_example_runs(tmp_path: Path) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Use as a library", 1)[1].split("\n## ", 1)[0]
    code = re.search(r"```python\n(.*?)```", section, re.DOTALL)
    assert code is not None, "the README's library section has no Python example"
    shop = ROOT / "samples" / "de-wollwerk"
    shutil.copy(shop / "notegen.toml", tmp_path / "notegen.toml")
    shutil.copy(shop / "orders.csv", tmp_path / "orders.csv")
    done = subprocess.run(
        [sys.executable, "-c", code.group(1)], cwd=tmp_path, capture_output=True, text=True, env=os.environ
    )
    assert done.returncode == 0, done.stderr
    printed = done.stdout.splitlines()
    assert len(printed) == 5 and all(re.fullmatch(r"\S+ \d+ \[.*\]", line) for line in printed), printed
    emails = sorted(tmp_path.glob("*.eml"))
    assert emails, "no note of the sample shop passed the lint"
    message = message_from_bytes(emails[0].read_bytes(), policy=policy.default)
    assert message["From"] == "Katrin Vogel <katrin@wollwerk.example>" and message["Subject"]
    assert len(PdfReader(tmp_path / "inserts.pdf").pages) == 5
