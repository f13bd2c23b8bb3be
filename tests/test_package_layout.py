"""The layout stays readable: at most ten modules at the top of `notegen/`, every package and top module named in
the README's Layout section, and no two modules or classes of the package sharing a name."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "notegen"


def _layout_section() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return readme.split("\n## Layout\n", 1)[1].split("\n## ", 1)[0]


def _top_modules() -> list[str]:
    return sorted(path.name for path in PACKAGE.glob("*.py") if path.name not in ("__init__.py", "__main__.py"))


def test_at_most_ten_modules_sit_at_the_top_of_the_package() -> None:
    assert len(_top_modules()) <= 10, _top_modules()


def test_the_readme_layout_names_every_package_and_top_module_and_nothing_else() -> None:
    named = set(re.findall(r"^\| `[^|]+\|", _layout_section(), re.MULTILINE))
    first_cells = {name for row in named for name in re.findall(r"`([\w.]+/?)`", row)}
    packages = {f"{path.name}/" for path in PACKAGE.iterdir() if (path / "__init__.py").is_file()}
    assert first_cells == packages | set(_top_modules())


def test_no_two_modules_and_no_two_classes_share_a_name() -> None:
    modules = [path.name for path in PACKAGE.rglob("*.py") if path.name != "__init__.py"]
    assert [name for name, count in Counter(modules).items() if count > 1] == []
    classes = [
        name for path in PACKAGE.rglob("*.py") for name in re.findall(r"^class (\w+)", path.read_text("utf-8"), re.M)
    ]
    assert [name for name, count in Counter(classes).items() if count > 1] == []
