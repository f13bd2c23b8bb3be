"""What the commands of the command line share: the options that read orders, the shop config, the moment and
the sending rate they name, and the group that turns a `NotegenError` into a message on stderr."""

from __future__ import annotations

import os
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NoReturn

import click

from notegen.config import ShopConfig, load_config
from notegen.errors import NotegenError
from notegen.model import LANGS

FORMATS = ("generic-csv", "generic-json", "shopify", "woocommerce")
SIZES = ("A6", "A5", "DL", "4x6", "a4-4up")
HISTORY_HELP = (
    "Earlier orders, to tell returning customers from first-time ones when the data has no count (without it, a "
    "customer with no earlier order in the input is not known to order for the first time)."
)
LOCALE_HELP = (
    "Write every note in this language; read the amounts and dates a CSV file leaves open (1.234, 03/04/2025) "
    "as its spreadsheets write them."
)
CONFIG_HELP = "The shop's config file (default: $NOTEGEN_CONFIG, else ./notegen.toml)."


def _fail(error: NotegenError | OSError, code: int = 2) -> NoReturn:
    click.echo(f"Error: {error}", err=True)
    sys.exit(code)


def named_config(path: str | None, *, required: bool = True) -> ShopConfig:
    """The shop config named on the command line, else $NOTEGEN_CONFIG, else ./notegen.toml."""
    chosen = path or os.environ.get("NOTEGEN_CONFIG") or ("notegen.toml" if Path("notegen.toml").is_file() else None)
    if chosen is None:
        if required:
            raise click.UsageError("no notegen.toml here; pass --config FILE or create one with `notegen init`")
        return ShopConfig()
    return load_config(Path(chosen))


def given_now(value: str | None) -> datetime:
    if not value:
        return datetime.now(UTC).astimezone()
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not an ISO date-time such as 2026-11-25T08:00:00+01:00") from None
    return moment if moment.tzinfo else moment.astimezone()


def shop_secret(config: ShopConfig) -> str | None:
    from notegen.run.runner import read_secret

    return read_secret(config, os.environ)


def input_options(func: Any) -> Any:
    """The options every command that reads orders shares."""
    for option in reversed(
        [
            click.option("--input-format", type=click.Choice(FORMATS), help="Override the detected input format."),
            click.option("--encoding", help="Text encoding of CSV input (default: UTF-8, with or without BOM)."),
            click.option("--history", type=click.Path(dir_okay=False), help=HISTORY_HELP),
            click.option("--locale", type=click.Choice(LANGS), help=LOCALE_HELP),
            click.option("--config", "config_path", type=click.Path(dir_okay=False), help=CONFIG_HELP),
        ]
    ):
        func = option(func)
    return func


class NotegenGroup(click.Group):
    """Turns any `NotegenError` into `Error: …` on stderr and exit code 2, never a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except NotegenError as error:
            _fail(error)
        except OSError as error:
            _fail(error)


def given_rate(text: str | None) -> float | None:
    if text is None:
        return None
    number = text.removesuffix("/min").strip()
    try:
        rate = float(number)
    except ValueError:
        raise click.BadParameter(f"{text!r}: give the rate as N/min, e.g. 30/min", param_hint="--rate") from None
    if rate <= 0:
        raise click.BadParameter("the rate must be above 0", param_hint="--rate")
    return rate
