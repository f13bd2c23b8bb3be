"""notegen: sincere, personal thank-you notes from a shop's orders, as emails or print-ready PDF inserts."""

from __future__ import annotations

from .config import ShopConfig, load_config
from .errors import NotegenError
from .lint import Linter, LintResult, lint
from .model import Customer, Finding, InvalidOrder, Item, Note, Order

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
