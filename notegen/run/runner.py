"""`notegen render` as a library call: read, run the batch, write the report, rejects and issued codes.

This is the edge of the pipeline: it touches files (orders, outputs, journal, report); the stages it calls
are pure.
"""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Executor
from contextlib import nullcontext
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Protocol

from notegen.config import ShopConfig
from notegen.errors import CodesError, ConfigError, OutputError, RenderError
from notegen.files import check_writable, hold_lock, remove_leftovers
from notegen.journal import JOURNAL_FILE
from notegen.model import ReadResult
from notegen.read import UTF8_COMMAS, Dialect, stream_orders
from notegen.run.batch import default_jobs, run_stream
from notegen.run.outcome import Outcome, summary_of
from notegen.run.prepare import RunOptions
from notegen.run.produce import email_workers
from notegen.run.report import AccountPaths, Accounts
from notegen.run.run_journal import RunJournal


class ProgressSink(Protocol):
    """Where a run reports progress: the total once, then each batch of settled orders."""

    def start(self, total: int) -> None: ...
    def advance(self, outcomes: Sequence[Outcome]) -> None: ...


@dataclass(frozen=True)
class RenderRequest:
    """A render as the command line asks for it; paths are kept as written, for the report."""

    orders: list[str]
    to: str
    output: str
    now: datetime
    size: str = "A6"
    skip: int = 0
    report: str | None = None
    rejects: str | None = None
    jobs: int | None = None
    limit: int | None = None
    resume: bool = False
    locale: str | None = None
    input_format: str | None = None
    encoding: str | None = None
    history: str | None = None
    secret: str | None = None


@dataclass(frozen=True)
class RenderResult:
    """What a finished run wrote, and how many orders ended in each status (see `outcome.tally`)."""

    counts: dict[str, int]
    report: Path
    rejects: Path
    codes: Path | None
    attention: Path | None = None

    @property
    def summary(self) -> str:
        return summary_of(self.counts)

    @property
    def exit_code(self) -> int:
        return 1 if self.counts.get("rejected") or self.counts.get("invalid") else 0


def side_path(request: RenderRequest, name: str) -> Path:
    """A file that belongs to the output: inside the outbox, or beside the PDF (`inserts.report.json`)."""
    output = Path(request.output)
    if request.to == "email":
        return output / name
    stem, _, suffix = name.partition(".")
    return output.with_name(f"{output.stem}.{stem}.{suffix}")


def read_secret(config: ShopConfig, environ: Mapping[str, str]) -> str | None:
    """The shop secret that keys the codes: ``$[gift] secret_env`` when set, else the first line of
    ``[gift] secret_file`` (relative to the config), which only its owner may read; None when there is none."""
    secret = environ.get(config.gift.secret_env)
    if secret or not config.gift.secret_file:
        return secret or None
    path = config.base_dir / config.gift.secret_file
    where = f"{config.path or 'notegen.toml'}: [gift] secret_file"
    try:
        if path.stat().st_mode & 0o077:
            raise ConfigError(f"{where}: {path} may be read by others; make it yours alone with `chmod 600 {path}`")
        text = path.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        raise ConfigError(
            f"{where}: no such file {path}; `notegen init` creates one, or set ${config.gift.secret_env}"
        ) from None
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"{where}: cannot read {path}: {getattr(error, 'strerror', None) or error}") from None
    if not text:
        raise ConfigError(f"{where}: {path} is empty; write a long random secret into it")
    return text


def check_secret(config: ShopConfig, secret: str | None) -> None:
    """Codes are made from the shop secret: refuse to start when they are on and the secret is not set."""
    needs = (config.gift.enabled and config.gift.kind == "code") or config.referral.enabled
    if needs and not secret:
        raise CodesError(
            f"gift or referral codes are enabled but ${config.gift.secret_env} is not set and [gift] secret_file names "
            "no file; set either to a long random secret (keep it the same for every run, so a re-run gives the same "
            "codes), or turn [gift] and [referral] off in the config"
        )


def render_batch(request: RenderRequest, config: ShopConfig, progress: ProgressSink | None = None) -> RenderResult:
    """Produce the notes of `request`; every input order ends in the report, with a reason where it is not ok.

    The output is held for the run (a second run into it is refused), what an earlier run left half-written is
    removed first, and the report, rejects and codes paths are checked before anything is produced."""
    check_secret(config, request.secret)
    output = Path(request.output)
    if request.to == "pdf" and output.is_dir():
        raise RenderError(f"{output}: is a folder; --to pdf writes one PDF file, e.g. -o inserts.pdf")
    if request.to == "email" and output.is_file():
        raise RenderError(f"{output}: is a file; --to email writes into an outbox folder, e.g. -o outbox/")
    paths = account_paths(request)
    for what, path in (("report", paths.report), ("rejects file", paths.rejects), ("codes file", paths.codes),
                       ("attention file", paths.attention)):  # fmt: skip
        check_writable(path, what)
    folder, prefix = (output, ".") if request.to == "email" else (output.parent, f".{output.name}.")
    _make_folder(folder)
    busy = f"{output}: another `notegen render` is writing this output; let it finish, or choose another output"
    with hold_lock(folder / f"{prefix.rstrip('.')}.notegen-render.lock", busy):
        remove_leftovers(folder, prefix)
        jobs = request.jobs or default_jobs()
        try:
            with (
                email_workers(jobs) if request.to == "email" else nullcontext() as workers,
                stream_orders(
                    request.orders, input_format=request.input_format, encoding=request.encoding,
                    history=request.history, locale=request.locale, folder=folder, prefix=prefix,
                ) as orders,
                Accounts(folder, prefix) as accounts,
            ):  # fmt: skip
                if progress:
                    progress.start(orders.total)
                _run(request, config, orders, jobs, progress, workers, accounts)
                accounts.write(paths, request.to, request.output, orders.dialect)
        finally:
            remove_leftovers(folder, prefix)
        codes = paths.codes if accounts.codes else None
        return RenderResult(accounts.counts, paths.report, paths.rejects, codes, paths.attention)


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError(f"{folder}: cannot make the output folder: {error.strerror or error}") from None


def account_paths(request: RenderRequest) -> AccountPaths:
    """The run's own files: the report, rejects.csv, codes.csv and attention.csv (beside the report)."""
    report = Path(request.report) if request.report else side_path(request, "report.json")
    return AccountPaths(
        report=report,
        rejects=Path(request.rejects) if request.rejects else side_path(request, "rejects.csv"),
        codes=side_path(request, "codes.csv"),
        attention=report.with_name("attention.csv") if request.report else side_path(request, "attention.csv"),
    )


def _run(
    request: RenderRequest,
    config: ShopConfig,
    results: Iterable[ReadResult],
    jobs: int,
    progress: ProgressSink | None,
    workers: Executor | None,
    accounts: Accounts,
) -> None:
    output = Path(request.output)
    options = RunOptions(
        to=request.to,
        output=output,
        now=request.now,
        output_label=request.output,
        size=request.size,
        skip=request.skip,
        jobs=jobs,
        locale=request.locale,
        limit=request.limit,
        resume=request.resume,
        secret=request.secret,
    )
    journal = RunJournal(side_path(request, JOURNAL_FILE), _config_digest(config))
    try:
        for outcomes in _batches(run_stream(results, config, options, progress.advance if progress else None,
                                            journal, workers)):  # fmt: skip
            accounts.add(outcomes)
    finally:
        journal.close()


def _batches(outcomes: Iterator[Outcome]) -> Iterator[list[Outcome]]:
    while batch := list(itertools.islice(outcomes, 1000)):
        yield batch


def write_accounts(request: RenderRequest, outcomes: list[Outcome], dialect: Dialect = UTF8_COMMAS) -> RenderResult:
    """Write what a finished run accounts for: the report, rejects.csv and the codes its notes gave."""
    paths = account_paths(request)
    folder = paths.report.parent
    folder.mkdir(parents=True, exist_ok=True)
    with Accounts(folder) as accounts:
        accounts.add(outcomes)
        accounts.write(paths, request.to, request.output, dialect)
        codes = paths.codes if accounts.codes else None
        return RenderResult(accounts.counts, paths.report, paths.rejects, codes, paths.attention)


def _config_digest(config: ShopConfig) -> str:
    if config.path is None or not config.path.is_file():
        return ""
    return hashlib.sha256(config.path.read_bytes()).hexdigest()
