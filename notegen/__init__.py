"""notegen: sincere, personal thank-you notes from a shop's orders, as emails or print-ready PDF inserts."""

from __future__ import annotations

from notegen.config import ShopConfig, load_config
from notegen.errors import NotegenError
from notegen.lint import Linter, LintResult, lint
from notegen.model import Customer, Finding, InvalidOrder, Item, Note, Order

__all__ = [
    "Customer",
    "Finding",
    "InvalidOrder",
    "Item",
    "LintResult",
    "Linter",
    "Note",
    "NotegenError",
    "Order",
    "ShopConfig",
    "lint",
    "load_config",
]
__version__ = "0.1.0"
