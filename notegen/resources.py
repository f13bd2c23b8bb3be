"""The one place that finds `templates/` and `locales/`, in a checkout and in an installed wheel.

A wheel carries them inside the package (`notegen/templates`, `notegen/locales`); a checkout keeps them at
the top of the repository, beside `notegen/`.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def _find(name: str) -> Path:
    for candidate in (_PACKAGE / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"notegen is installed without its {name}/ folder (looked in {_PACKAGE})")


def templates_dir() -> Path:
    """The folder of the note, email and insert templates."""
    return _find("templates")


def locales_dir() -> Path:
    """The folder of the message catalogs and lint rules, one subfolder per language."""
    return _find("locales")
