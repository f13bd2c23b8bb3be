"""`notegen init`: a commented starter config that renders as it is, and optionally the note templates."""

from __future__ import annotations

import json
from pathlib import Path

from notegen.config import load_config
from notegen.errors import ConfigError
from notegen.files import write_atomic
from notegen.resources import templates_dir

_OWN_TEMPLATES = "              # your own copy of the note templates: edit them there"
_NO_TEMPLATES = "                       # a folder of your own note templates (`notegen init --templates` copies them)"


def write_starter(
    directory: Path, *, shop: str, signer: str, locale: str, templates: bool = False, force: bool = False
) -> list[Path]:
    """Write `directory/notegen.toml` (and copy the note templates with `templates`); returns the files written."""
    target = directory / "notegen.toml"
    if target.exists() and not force:
        raise ConfigError(f"{target}: already exists; pass --force to overwrite it")
    source = (templates_dir() / "init" / "notegen.toml").read_text(encoding="utf-8")
    # json.dumps gives a TOML-safe basic string; strip its quotes because the template already has them.
    text = source.format(
        shop=json.dumps(shop, ensure_ascii=False)[1:-1],
        signer=json.dumps(signer, ensure_ascii=False)[1:-1],
        locale=locale,
        templates="templates" if templates else "",
        templates_note=_OWN_TEMPLATES if templates else _NO_TEMPLATES,
    )
    write_atomic(target, text.encode("utf-8"))
    load_config(target)  # the starter must load as it is
    written = [target]
    if templates:
        from notegen.compose.composer import copy_templates

        written += copy_templates(directory / "templates")
    return written
