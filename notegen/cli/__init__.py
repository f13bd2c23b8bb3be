"""The `notegen` command line: parse options, call the library, print. No logic lives here.

This module holds the commands; beside it are what they share (`options`), stopping a run on Ctrl-C or SIGTERM
(`interrupts`) and the progress bar of `render` (`progress_bar`)."""

from __future__ import annotations

import logging
import os
import sys
from dataclasses import replace
from pathlib import Path

import click

from notegen.cli.interrupts import ignore_late_signals, stopping_on_signals
from notegen.cli.options import (
    CONFIG_HELP,
    SIZES,
    NotegenGroup,
    given_now,
    given_rate,
    input_options,
    named_config,
    shop_secret,
)
from notegen.cli.progress_bar import progress as progress_bar
from notegen.model import LANGS, Order


@click.group(cls=NotegenGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="notegen")
@click.option("-v", "--verbose", is_flag=True, help="Show informational messages on stderr.")
def main(verbose: bool) -> None:
    """Sincere, personal thank-you notes from a shop's orders, as emails or print-ready PDF inserts.

    Every note names the customer and what they bought, gives before it asks, and is signed by a real
    person; generic notes are refused by the lint. Run `notegen COMMAND --help` for each command.
    """
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s: %(message)s")


@main.command()
@click.argument("orders", nargs=-1, required=True)
@input_options
def check(
    orders: tuple[str, ...],
    input_format: str | None,
    encoding: str | None,
    history: str | None,
    locale: str | None,
    config_path: str | None,
) -> None:
    """Validate ORDERS and summarise them; renders nothing.

    Prints orders, items, languages, first-time vs returning customers (and those whose earlier orders the data
    does not tell, with what would), the orders that will be skipped and the invalid ones with their reasons. Exit
    code 1 when some orders are invalid.
    """
    from notegen.read import stream_orders
    from notegen.run.check import format_summary, summarise

    config = named_config(config_path, required=False)
    with stream_orders(
        list(orders), input_format=input_format, encoding=encoding, history=history, locale=locale
    ) as stream:
        summary = summarise(stream, config, given_now(None).date())
    click.echo(format_summary(summary))
    sys.exit(summary.exit_code)


@main.command()
@click.argument("orders", nargs=-1, required=True)
@click.option("--to", "to", type=click.Choice(["pdf", "email"]), required=True, help="What to produce.")
@click.option("-o", "--output", required=True, help="The PDF file (--to pdf) or the outbox folder (--to email).")
@click.option("--size", type=click.Choice(SIZES), help="Insert size (default: the config's, else A6).")
@click.option("--skip", type=click.IntRange(0, 3), default=0, help="a4-4up: slots already used on the first sheet.")
@click.option("--report", "report_path", help="Where to write the JSON report (default: next to the output).")
@click.option("--rejects", "rejects_path", help="Where to write rejects.csv (default: next to the output).")
@click.option("--jobs", type=click.IntRange(1, 64), help="Worker processes (default: the number of cores).")
@click.option("--limit", type=click.IntRange(1), help="Produce at most N notes; the rest are reported skipped.")
@click.option("--resume", is_flag=True, help="Skip orders already produced unchanged by an earlier run.")
@click.option("--quiet", is_flag=True, help="No progress bar and no summary line.")
@click.option("--now", "now_text", metavar="DATETIME", help="Take this as the current time (reproducible runs).")
@input_options
def render(
    orders: tuple[str, ...],
    to: str,
    output: str,
    size: str | None,
    skip: int,
    report_path: str | None,
    rejects_path: str | None,
    jobs: int | None,
    limit: int | None,
    resume: bool,
    quiet: bool,
    now_text: str | None,
    input_format: str | None,
    encoding: str | None,
    history: str | None,
    locale: str | None,
    config_path: str | None,
) -> None:
    """Write a thank-you note for every order in ORDERS, as emails or as PDF inserts.

    \b
      notegen render orders.csv --to pdf -o inserts.pdf --size a4-4up
      notegen render orders.json --to email -o outbox/

    Every order ends in the report as ok, rejected (lint errors), invalid (bad data) or skipped, with the reason;
    rejected and invalid rows also go to rejects.csv so they can be fixed and fed back. Exit code 1 when any
    order was rejected or invalid.
    """
    from notegen.run.runner import RenderRequest, render_batch

    config = named_config(config_path)
    request = RenderRequest(
        orders=list(orders),
        to=to,
        output=output,
        size=size or config.insert.size,
        skip=skip,
        report=report_path,
        rejects=rejects_path,
        jobs=jobs,
        limit=limit,
        resume=resume,
        now=given_now(now_text),
        locale=locale,
        input_format=input_format,
        encoding=encoding,
        history=history,
        secret=shop_secret(config),
    )
    try:
        with stopping_on_signals(), progress_bar(quiet) as progress:
            result = render_batch(request, config, progress)
    except KeyboardInterrupt:
        ignore_late_signals()
        click.echo("Interrupted: what was finished is kept; run again with --resume to go on.", err=True)
        sys.exit(130)
    if not quiet:
        click.echo(result.summary, err=True)
    sys.exit(result.exit_code)


@main.command()
@click.argument("notes", nargs=-1)
@click.option("--order", "order_path", type=click.Path(dir_okay=False), help="The order the note is for (JSON).")
@click.option("--lang", type=click.Choice(LANGS), help="The note's language (default: the order's, else detected).")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "sarif"]), default="text", show_default=True)
@click.option("--select", multiple=True, metavar="CODE", help="Only these rule codes (repeatable).")
@click.option("--ignore", multiple=True, metavar="CODE", help="Leave out these rule codes (repeatable).")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when errors are found.")
@click.option(
    "--templates",
    "templates_dir",
    is_flag=False,
    flag_value="",
    default=None,
    metavar="[DIR]",
    help="Lint the note templates (DIR, else the shop's or the built-in ones) rendered with sample orders.",
)
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help=CONFIG_HELP)
def lint(
    notes: tuple[str, ...],
    order_path: str | None,
    lang: str | None,
    fmt: str,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    exit_zero: bool,
    templates_dir: str | None,
    config_path: str | None,
) -> None:
    """Judge whether NOTE files (or - for stdin) are sincere and personal.

    \b
      notegen lint note.txt --order order.json --format json

    Prints findings as `file:line:col: CODE severity message`. Exit code 1 when any finding is an error.
    """
    from notegen.compose.context import shop_catalog
    from notegen.run.lint_command import run_lint, run_lint_templates

    if templates_dir is not None:
        config = named_config(config_path)
        output, code = run_lint_templates(templates_dir or None, config, fmt=fmt, exit_zero=exit_zero)
    else:
        if not notes:
            raise click.UsageError("name at least one NOTE file (or - for stdin), or use --templates")
        config = named_config(config_path, required=False)
        output, code = run_lint(
            list(notes),
            order=order_path,
            lang=lang,
            fmt=fmt,
            select=select,
            ignore=ignore,
            threshold=config.lint.score_threshold,
            exit_zero=exit_zero,
            catalog=shop_catalog(config),
        )
    if output:
        click.echo(output.rstrip("\n"))
    sys.exit(code)


@main.command()
@click.argument("outbox", type=click.Path(file_okay=False))
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help=CONFIG_HELP)
@click.option("--dry-run", is_flag=True, help="Check the SMTP settings and list what would be sent; send nothing.")
@click.option("--check-server", is_flag=True, help="With --dry-run: also connect, say EHLO and log in.")
@click.option("--rate", metavar="N/min", help="At most N messages a minute, e.g. 30/min.")
@click.option("--limit", type=click.IntRange(1), help="Send at most N messages in this run.")
@click.option(
    "--resend-unknown",
    is_flag=True,
    help="Also send messages whose earlier delivery ended without the server's answer (they may arrive twice).",
)
def send(
    outbox: str,
    config_path: str | None,
    dry_run: bool,
    check_server: bool,
    rate: str | None,
    limit: int | None,
    resend_unknown: bool,
) -> None:
    """Deliver the messages in OUTBOX through the shop's SMTP server, each exactly once.

    The journal in the outbox records every message the server accepted; a re-run sends only what is not yet
    sent and retries what failed. The password comes from the environment variable named by [smtp] password_env.
    """
    from notegen.deliver.send import send_outbox

    config = named_config(config_path)
    password = os.environ.get(config.smtp.password_env) or None

    def show(name: str, status: str) -> None:
        click.echo(f"{status:>12}  {name}")

    summary = send_outbox(
        Path(outbox),
        config,
        password=password,
        dry_run=dry_run,
        rate_per_min=given_rate(rate),
        limit=limit,
        progress=show,
        resend_unknown=resend_unknown,
        check_server=check_server,
    )
    click.echo(
        f"sent {summary.sent}, failed {summary.failed}, already sent {summary.already_sent}"
        + (f", left for later {summary.skipped}" if summary.skipped else ""),
        err=True,
    )
    for name, reason in summary.failures:
        click.echo(f"  failed: {name}: {reason}", err=True)
    for remark in summary.remarks:
        click.echo(remark, err=True)
    sys.exit(1 if summary.failed else 0)


@main.command()
@click.argument("orders", nargs=-1, required=True)
@click.option("-o", "--output", required=True, help="The folder to write the gallery into (index.html).")
@click.option("--size", type=click.Choice(SIZES), help="Insert size (default: the config's, else A6).")
@click.option("--jobs", type=click.IntRange(1, 64), help="Worker processes (default: the number of cores).")
@click.option("--now", "now_text", metavar="DATETIME", help="Take this as the current time (reproducible runs).")
@input_options
def preview(
    orders: tuple[str, ...],
    output: str,
    size: str | None,
    jobs: int | None,
    now_text: str | None,
    input_format: str | None,
    encoding: str | None,
    history: str | None,
    locale: str | None,
    config_path: str | None,
) -> None:
    """Write a static HTML gallery of every note in ORDERS into OUTPUT, to check a batch before it goes out.

    One card per order: the email as the customer sees it, the printed insert, the language, the score and the
    lint findings highlighted in the text. Open OUTPUT/index.html in any browser; it works offline.
    """
    from notegen.read import read_orders
    from notegen.run.batch import default_jobs
    from notegen.run.preview import write_preview

    config = named_config(config_path)
    batch = read_orders(list(orders), input_format=input_format, encoding=encoding, history=history, locale=locale)
    results = batch.results
    if locale:
        results = [replace(r, locale=locale) if isinstance(r, Order) else r for r in results]
    summary = write_preview(
        results,
        config,
        Path(output),
        now=given_now(now_text),
        secret=shop_secret(config),
        size=size or config.insert.size,
        jobs=jobs or default_jobs(),
    )
    counts = ", ".join(f"{status} {count}" for status, count in summary.counts.items())
    click.echo(f"wrote {summary.index} ({summary.cards} cards: {counts})")


@main.command()
@click.argument("orders", nargs=-1, required=True)
@click.option("-o", "--output", help="Write the draft to this CSV file (default: print it).")
@input_options
def catalog(
    orders: tuple[str, ...],
    output: str | None,
    input_format: str | None,
    encoding: str | None,
    history: str | None,
    locale: str | None,
    config_path: str | None,
) -> None:
    """Draft the shop's catalog from ORDERS: every product with the phrase notegen would use for it.

    The column `certain` says whether the lexicon could tell the noun's gender and plural; fill in `gender` and
    `plural` where it says no, correct any line, and name the file in notegen.toml as [shop] catalog.
    """
    from notegen.files import SHARED, write_atomic
    from notegen.read import read_orders
    from notegen.run.catalog_draft import catalog_csv, draft_catalog

    config = named_config(config_path, required=False)
    results = read_orders(
        list(orders), input_format=input_format, encoding=encoding, history=history, locale=locale
    ).results
    if locale:
        results = [replace(r, locale=locale) if isinstance(r, Order) else r for r in results]
    entries = draft_catalog(results, config)
    text = catalog_csv(entries)
    if output:
        write_atomic(Path(output), text.encode("utf-8"), SHARED)
    else:
        click.echo(text, nl=False)
    unsure = sum(not entry.certain for entry in entries)
    click.echo(f"{len(entries)} products, {unsure} to confirm (certain = no)", err=True)


@main.command()
@click.argument("directory", default=".", type=click.Path(file_okay=False))
@click.option("--shop", "shop_name", default="My Shop", show_default=True, help="The shop's name.")
@click.option("--signer", default="Alex Morgan", show_default=True, help="The real person who signs every note.")
@click.option("--locale", type=click.Choice(LANGS), default="en", show_default=True, help="The shop's language.")
@click.option("--email", default="", help="Where customers write to a person (asked for in a terminal).")
@click.option("--phone", default="", help="Where customers call a person (asked for in a terminal).")
@click.option("--templates", "with_templates", is_flag=True, help="Also copy the note templates to edit them.")
@click.option("--force", is_flag=True, help="Overwrite an existing notegen.toml.")
def init(
    directory: str, shop_name: str, signer: str, locale: str, email: str, phone: str, with_templates: bool, force: bool
) -> None:
    """Write a commented starter notegen.toml with every key into DIRECTORY (and, with --templates, the note
    templates).

    The first notes are complete: a gift code for each customer, made from a secret that init writes to
    notegen.secret beside the config (readable by you alone), and how to reach a person: --email and/or --phone,
    asked for when you run init in a terminal without them.
    """
    from notegen.run.init import write_starter

    if not (email or phone):
        if not sys.stdin.isatty():
            raise click.UsageError("pass --email or --phone: every note says how a customer reaches a person")
        email = click.prompt("Email address where customers reach a person", default="", show_default=False)
        phone = click.prompt("Phone number (Enter for none)", default="", show_default=False)
    for path in write_starter(
        Path(directory),
        shop=shop_name,
        signer=signer,
        locale=locale,
        email=email,
        phone=phone,
        templates=with_templates,
        force=force,
    ):
        click.echo(f"wrote {path}")
