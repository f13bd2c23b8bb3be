"""The error hierarchy: every message says what is wrong, where, and what to do."""

from __future__ import annotations


class NotegenError(Exception):
    """Base of every error notegen raises on purpose; the CLI prints it without a traceback."""


class InputError(NotegenError):
    """An orders file cannot be read at all (missing, empty, binary, undecodable, unknown format)."""


class ConfigError(NotegenError):
    """The shop config (`notegen.toml`) is missing, malformed, or names an unknown key."""


class InvalidOrderError(NotegenError):
    """One order's data is bad; the run goes on and the order is reported as invalid."""

    def __init__(self, source: str, order_id: str, field: str, problem: str) -> None:
        self.source = source
        self.order_id = order_id
        self.field = field
        self.problem = problem
        where = f"{source}: " if source else ""
        order = f"order {order_id}" if order_id else "order without id"
        super().__init__(f"{where}{order}: {field}: {problem}")


class CodesError(NotegenError):
    """Gift or referral codes are enabled but cannot be made (e.g. the secret is missing)."""


class RenderError(NotegenError):
    """An output cannot be written (bad size, unwritable path, missing asset)."""


class DeliveryError(NotegenError):
    """The SMTP server cannot be reached or refuses the login."""


class OutputError(NotegenError):
    """An output, the journal or a file beside them cannot be written, or another run holds the output."""
