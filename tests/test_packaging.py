"""The wheel carries its templates and locales, and the installed command works from any folder."""

from __future__ import annotations

import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(ROOT)],
        check=True,
        capture_output=True,
    )
    return next(out.glob("notegen-*.whl"))


def test_wheel_holds_templates_and_locales(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    for lang in ("de", "fr", "en"):
        assert f"notegen/locales/{lang}/messages.po" in names
    assert "notegen/templates/init/notegen.toml" in names
    assert any(name.startswith("notegen/templates/notes/de/") for name in names)
    assert "notegen/py.typed" in names


def test_installed_wheel_runs_from_another_folder(wheel: Path, tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(env_dir)], check=True)
    site = Path(sysconfig.get_paths(vars={"base": str(env_dir), "platbase": str(env_dir)})["purelib"])
    # The new environment borrows this one's dependencies, but notegen itself only from the wheel.
    (site / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(site)
    python = env_dir / "bin" / "python"
    work = tmp_path / "elsewhere"
    work.mkdir()
    located = subprocess.run(
        [str(python), "-c", "import notegen, notegen.resources as r; print(notegen.__file__, r.templates_dir())"],
        cwd=work, check=True, capture_output=True, text=True,
    )  # fmt: skip
    assert str(site) in located.stdout
    assert str(ROOT / "notegen") not in located.stdout
    result = subprocess.run(
        [str(python), "-m", "notegen", "init", ".", "--shop", "Kiosk", "--signer", "Eva Lind",
         "--email", "hallo@kiosk.example"],
        cwd=work, capture_output=True, text=True,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert (work / "notegen.toml").is_file()
    helped = subprocess.run([str(python), "-m", "notegen", "--help"], cwd=work, capture_output=True, text=True)
    assert helped.returncode == 0 and "thank-you notes" in helped.stdout
