"""Every French phrasing, as composed for varied orders (vous and tu, email and print), passes Grammalecte, run in
a subprocess with Debian's Python (python3-grammalecte is not importable from the project's virtual environment).
Typographic spacing rules are off; spelling is not checked (product names and addresses)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from notegen.compose.composer import compose
from tests.factory import make_orders

from .shops import NOW, SECRET, atelier, informal, tidal

PYTHON = "/usr/bin/python3"
SCRIPT = Path(__file__).with_name("grammalecte_check.py")


def _has_grammalecte() -> bool:
    if not shutil.which(PYTHON):
        return False
    return subprocess.run([PYTHON, "-c", "import grammalecte"], capture_output=True).returncode == 0


def french_paragraphs(count: int = 150) -> list[str]:
    """The distinct paragraphs of French notes for `count` varied orders, in both registers and both media."""
    paragraphs: dict[str, None] = {}
    shops = [atelier(), informal(atelier()), tidal(), informal(tidal())]
    for index, order in enumerate(make_orders(count, "fr", seed=52)):
        shop = shops[index % len(shops)]
        for fit in ("email", "A5"):
            note = compose(order, shop, NOW, fit=fit, secret=SECRET)
            for _, text in [("greeting", note.greeting), *note.body(), *note.postscript()]:
                paragraphs.setdefault(text.replace("\u202f", " ").replace("\u00a0", " "))
    return list(paragraphs)


@pytest.mark.skipif(not _has_grammalecte(), reason="python3-grammalecte is not installed (.ci/run installs it)")
def test_french_notes_pass_grammalecte() -> None:
    paragraphs = french_paragraphs()
    assert len(paragraphs) > 300
    result = subprocess.run(
        [PYTHON, str(SCRIPT)],
        input="".join(json.dumps(p, ensure_ascii=False) + "\n" for p in paragraphs),
        capture_output=True, text=True, timeout=600, check=True,
    )  # fmt: skip
    errors = [json.loads(line) for line in result.stdout.splitlines()]
    assert errors == [], "\n".join(f"{e['rule']}: {e['message']} «{e['words']}» in: {e['paragraph']}" for e in errors)
