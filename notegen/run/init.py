"""`notegen init`: a commented starter config with every key, whose first notes are complete: a gift given first
(a code keyed by a secret made for the shop in a file beside the config, readable by its owner alone) and a way to
reach a person. Optionally the note templates too."""

from __future__ import annotations

import json
import os
import secrets
import shutil
from pathlib import Path

from notegen.config import load_config
from notegen.errors import ConfigError, OutputError
from notegen.files import write_atomic
from notegen.resources import templates_dir

SECRET_FILE = "notegen.secret"
_OWN_TEMPLATES = "              # your own copy of the note templates: edit them there"
_NO_TEMPLATES = "                       # a folder of your own note templates (`notegen init --templates` copies them)"
PREFIXES = {"de": "DANKE", "fr": "MERCI"}
"""The gift code's prefix in the shop's language (THANKS otherwise): a German note gives DANKE-7KQ2M9XA."""
_SECRET_NOTE = "  # made by notegen init; never share it, never put it in version control"


def _toml(text: str) -> str:
    """`text` inside a TOML basic string (json.dumps escapes alike; the template has the quotes)."""
    return json.dumps(text, ensure_ascii=False)[1:-1]


def write_secret(path: Path) -> bool:
    """Create `path` holding a new random secret, readable and writable by its owner only; False when it exists
    already (it is kept: the codes of earlier runs were made from it)."""
    try:
        handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return False
    except OSError as error:
        raise ConfigError(f"{path}: cannot create the secret file: {error.strerror}") from None
    with os.fdopen(handle, "w", encoding="utf-8") as file:
        file.write(secrets.token_urlsafe(32) + "\n")
    os.chmod(path, 0o600)  # whatever the umask
    return True


def write_starter(
    directory: Path,
    *,
    shop: str,
    signer: str,
    locale: str,
    email: str = "",
    phone: str = "",
    templates: bool = False,
    force: bool = False,
) -> list[Path]:
    """Write `directory/notegen.toml` and the secret file beside it (and copy the note templates with
    `templates`); returns the files written. `email` or `phone` is how a customer reaches a person."""
    if not (email.strip() or phone.strip()):
        raise ConfigError(
            "give an email address or a phone number (--email, --phone): every note says how to reach a person"
        )
    target = directory / "notegen.toml"
    if target.exists() and not force:
        raise ConfigError(f"{target}: already exists; pass --force to overwrite it")
    source = (templates_dir() / "init" / "notegen.toml").read_text(encoding="utf-8")
    prefix = PREFIXES.get(locale[:2], "THANKS")
    text = source.format(
        shop=_toml(shop),
        signer=_toml(signer),
        locale=locale,
        email=_toml(email.strip()),
        phone=_toml(phone.strip()),
        templates="templates" if templates else "",
        templates_note=_OWN_TEMPLATES if templates else _NO_TEMPLATES,
        prefix=prefix,
        prefix_pad=" " * (21 - len(prefix)),
        secret_file=SECRET_FILE,
        secret_note=_SECRET_NOTE,
    )
    directory.mkdir(parents=True, exist_ok=True)
    written = [directory / SECRET_FILE] if write_secret(directory / SECRET_FILE) else []
    write_atomic(target, text.encode("utf-8"))
    load_config(target)  # the starter must load as it is
    written.insert(0, target)
    if templates:
        written += copy_templates(directory / "templates")
    return written


def copy_templates(dest: Path) -> list[Path]:
    """Copy the built-in note templates (and CONTEXT.md) into `dest`, as ``dest/<lang>/<name>.txt.j2``,
    for a shop to edit; files that exist already are kept as they are. Returns the files written."""
    source = templates_dir() / "notes"
    written = []
    try:
        for path in sorted(source.rglob("*")):
            if not path.is_file() or not (path.name.endswith(".txt.j2") or path.name == "CONTEXT.md"):
                continue
            target = dest / path.relative_to(source)
            if target.exists():
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target)
            written.append(target)
    except OSError as error:
        raise OutputError(f"{dest}: cannot copy the templates: {error.strerror}") from None
    return written
