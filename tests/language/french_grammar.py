"""Grammalecte, the French grammar checker the tests judge French notes with: Debian's python3-grammalecte, run by
/usr/bin/python3 through `grammalecte_check.py` (it is not installed for the project's venv)."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Collection, Iterable
from pathlib import Path

import pytest

from notegen.model import Note

GRAMMALECTE = Path("/usr/bin/python3")
CHECKER = Path(__file__).with_name("grammalecte_check.py")
needs_grammalecte = pytest.mark.skipif(
    not GRAMMALECTE.is_file() or shutil.which("true") is None, reason="no /usr/bin/python3"
)
"""The mark of a test that runs Grammalecte."""


def grammar_errors(
    paragraphs: list[str], false_alarms: Collection[tuple[str, str]] = ()
) -> list[tuple[str, str, str, str]]:
    """(paragraph, rule id, flagged text, message) of every grammar error Grammalecte finds in `paragraphs`,
    typography left out, and those of `false_alarms` (rule kind, flagged text: readings judged wrong by hand);
    a test fails, naming the package, when python3-grammalecte is not installed."""
    probe = subprocess.run([str(GRAMMALECTE), "-c", "import grammalecte"], capture_output=True, check=False)
    if probe.returncode:
        pytest.fail("python3-grammalecte is not installed for /usr/bin/python3 (`apt-get install python3-grammalecte`)")
    done = subprocess.run(
        [str(GRAMMALECTE), str(CHECKER)], input=json.dumps(paragraphs), capture_output=True, text=True, check=True
    )
    return [
        (paragraphs[index], rule, flagged, message)
        for index, rule, flagged, message in json.loads(done.stdout)
        if not false_alarms or (rule.split("__")[1], flagged) not in false_alarms
    ]


def note_paragraphs(notes: Iterable[Note]) -> list[str]:
    """Every distinct paragraph and subject line of `notes`, each on one line, as Grammalecte reads them."""
    return list(
        dict.fromkeys(
            paragraph.replace("\n", " ") for note in notes for paragraph in [note.subject, *note.text.split("\n\n")]
        )
    )
