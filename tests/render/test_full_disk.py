"""A disk that fills up while `render` writes: an `Error:` line naming the file and what to do, exit code 2, no
temporary file left, and `--resume` after space was freed gives the files of a run that was never stopped.

The disk is a real one: a small tmpfs mounted in a private mount namespace (`unshare`), so the test needs the
right to make one (root, or unprivileged user namespaces); without it the test is skipped. The file-size limit
(EFBIG, `RLIMIT_FSIZE`) needs no privilege and runs everywhere.
"""

from __future__ import annotations

import filecmp
import json
import os
import resource
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHOP = ROOT / "samples" / "de-wollwerk"
NOW = "2026-11-25T08:00:00+01:00"
ENV = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path), "NOTEGEN_SECRET": "full-disk-test"}
ADVICE = "free space on that disk (or write to another one), then run the same command again with --resume"

# Run inside a private mount namespace: mount a tmpfs of SIZE, leave ROOM free, render (which fails), free the
# space, render again with --resume, and copy what is in the output folder out for the test to compare.
SCRIPT = r"""
import json, os, shutil, subprocess, sys
size, room, disk, out, *command = sys.argv[1:]
os.makedirs(disk, exist_ok=True)
subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}k", "tmpfs", disk], check=True)
with open(os.path.join(disk, "filler"), "wb") as filler:
    filler.write(b"\0" * ((int(size) - int(room)) * 1024))
full = subprocess.run(command, capture_output=True, text=True)
left = sorted(os.listdir(disk))
os.remove(os.path.join(disk, "filler"))
resumed = subprocess.run([*command, "--resume"], capture_output=True, text=True)
shutil.copytree(disk, out, symlinks=True)
print(json.dumps({"code": full.returncode, "stderr": full.stderr, "left": left,
                  "resumed": resumed.returncode, "resumed_stderr": resumed.stderr}))
"""


def _namespaces_work() -> bool:
    if not shutil.which("unshare"):
        return False
    probe = subprocess.run(
        ["unshare", "-rm", "sh", "-c", "d=$(mktemp -d) && mount -t tmpfs -o size=64k tmpfs $d && umount $d"],
        capture_output=True,
    )
    return probe.returncode == 0


needs_mount = pytest.mark.skipif(not _namespaces_work(), reason="cannot mount a small tmpfs here (unshare -rm)")


def _render(to: str, output: Path, jobs: int = 1) -> list[str]:
    return [sys.executable, "-m", "notegen", "render", str(SHOP / "orders.csv"), "--config", str(SHOP / "notegen.toml"),
            "--to", to, "-o", str(output), "--now", NOW, "--jobs", str(jobs), "--quiet"]  # fmt: skip


def _outputs(folder: Path, names: list[str], written_as: Path | None = None) -> dict[str, bytes]:
    """The files a user keeps (not the journal or the lock), with the output's path (`written_as`, where the
    run wrote them, when they were copied since) masked in the report."""
    found = {}
    for name in names:
        data = (folder / name).read_bytes()
        found[name] = data.replace(str(written_as or folder).encode(), b"<out>")
    return found


@pytest.fixture(scope="module")
def uninterrupted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("whole")
    subprocess.run(_render("email", folder / "outbox"), check=True, env=ENV, capture_output=True)
    subprocess.run(_render("pdf", folder / "inserts.pdf", jobs=2), check=True, env=ENV, capture_output=True)
    return folder


def _fill_and_resume(tmp_path: Path, size: int, room: int, command: list[str]) -> dict[str, object]:
    disk, out = tmp_path / "disk", tmp_path / "after"
    done = subprocess.run(
        ["unshare", "-rm", sys.executable, "-c", SCRIPT, str(size), str(room), str(disk), str(out), *command],
        capture_output=True, text=True, env=ENV, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout)
    return result


@needs_mount
@pytest.mark.parametrize("room", [8, 40, 70, 110, 145])
def test_a_full_disk_while_emails_are_written(tmp_path: Path, uninterrupted: Path, room: int) -> None:
    result = _fill_and_resume(tmp_path, 600, room, _render("email", tmp_path / "disk" / "outbox", jobs=2))
    stderr = str(result["stderr"])
    assert result["code"] == 2 and stderr.startswith("Error: ") and "Traceback" not in stderr, stderr
    assert "/disk/outbox/" in stderr and ADVICE in stderr, stderr
    assert result["resumed"] == 0, result["resumed_stderr"]
    whole = uninterrupted / "outbox"
    names = sorted(p.name for p in whole.iterdir() if p.suffix in (".eml", ".html", ".csv", ".json"))
    after = tmp_path / "after" / "outbox"
    assert _outputs(after, names, tmp_path / "disk" / "outbox") == _outputs(whole, names)
    leftovers = [p.name for p in after.iterdir() if p.name.endswith((".part", ".tmp"))]
    assert leftovers == []


@needs_mount
@pytest.mark.parametrize("room", [8, 40, 100])
def test_a_full_disk_while_inserts_are_written(tmp_path: Path, uninterrupted: Path, room: int) -> None:
    result = _fill_and_resume(tmp_path, 2000, room, _render("pdf", tmp_path / "disk" / "inserts.pdf", jobs=2))
    stderr = str(result["stderr"])
    assert result["code"] == 2 and stderr.startswith("Error: ") and "Traceback" not in stderr, stderr
    assert ADVICE in stderr, stderr
    assert result["resumed"] == 0, result["resumed_stderr"]
    after = tmp_path / "after"
    assert filecmp.cmp(after / "inserts.pdf", uninterrupted / "inserts.pdf", shallow=False)
    names = ["inserts.codes.csv", "inserts.rejects.csv", "inserts.attention.csv", "inserts.report.json"]
    assert _outputs(after, names, tmp_path / "disk") == _outputs(uninterrupted, names)
    assert [p.name for p in after.iterdir() if p.name.endswith((".part", ".tmp"))] == []


def _file_size_limit() -> None:
    resource.setrlimit(resource.RLIMIT_FSIZE, (6000, 6000))  # every file stops at 6 kB: EFBIG


def test_a_file_too_large_for_the_system_is_an_error_and_resume_finishes(tmp_path: Path, uninterrupted: Path) -> None:
    outbox = tmp_path / "outbox"
    limited = subprocess.run(_render("email", outbox), capture_output=True, text=True, env=ENV,
                             preexec_fn=_file_size_limit, timeout=300)  # fmt: skip
    assert limited.returncode == 2 and limited.stderr.startswith("Error: "), limited.stderr
    assert "Traceback" not in limited.stderr and str(outbox) in limited.stderr
    assert "larger than this system lets a file be" in limited.stderr or ADVICE in limited.stderr, limited.stderr
    assert [p.name for p in outbox.iterdir() if p.name.endswith((".part", ".tmp"))] == []
    resumed = subprocess.run([*_render("email", outbox), "--resume"], capture_output=True, text=True, env=ENV)
    assert resumed.returncode == 0, resumed.stderr
    whole = uninterrupted / "outbox"
    names = sorted(p.name for p in whole.iterdir() if p.suffix in (".eml", ".html", ".csv", ".json"))
    assert _outputs(outbox, names) == _outputs(whole, names)


WRITE_BEYOND_LIMIT = r"""
import resource, sys
from pathlib import Path
from notegen.files import write_atomic, write_failure
resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))
target = Path(sys.argv[1])
try:
    write_atomic(target, b"x" * 100_000)
except OSError as error:
    print(write_failure(target, "message", error))
"""


def test_every_writer_says_what_to_do_when_a_file_cannot_grow(tmp_path: Path) -> None:
    target = tmp_path / "1.eml"
    done = subprocess.run([sys.executable, "-c", WRITE_BEYOND_LIMIT, str(target)], capture_output=True, text=True,
                          env=ENV, timeout=60)  # fmt: skip
    assert done.stdout.strip() == (
        f"{target}: cannot write the message: File too large (the file would be larger than this system lets a "
        "file be); raise the limit (ulimit -f) or write to another file system, then run the same command again "
        "with --resume: what was written and recorded is kept"
    ), done.stderr
    assert list(tmp_path.iterdir()) == []  # neither the file nor its temporary file is left
