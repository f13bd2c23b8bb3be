"""The one place that finds `templates/` and `locales/`, in a checkout and in an installed wheel.

A wheel carries them inside the package (`notegen/templates`, `notegen/locales`); a checkout keeps them at
the top of the repository, beside `notegen/`.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - PyYAML without libyaml
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

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


def read_yaml(path: Path) -> Any:
    """The data of a YAML file of the package (rules, word lists), read with libyaml where PyYAML has it: the
    pure-Python reader takes a tenth of a second per language for the customer-note rules alone. Raises
    `OSError` or `yaml.YAMLError`."""
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
