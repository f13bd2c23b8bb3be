"""notegen: sincere, personal thank-you notes from a shop's orders, as emails or print-ready PDF inserts.

The library's way through is the pipeline's: `read_orders` → `compose` → `lint` → `build_email` (the message as
bytes) or `render_inserts` (a PDF of inserts, into a stream), with the shop's `load_config`. The stages that pull
in large libraries (spaCy, WeasyPrint, Babel, Jinja) are imported when first used, so that `import notegen` stays
quick.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from notegen.config import ShopConfig, load_config
from notegen.errors import NotegenError
from notegen.lint import Linter, LintResult, lint
from notegen.model import Customer, Finding, InvalidOrder, Item, Note, Order, ReadResult

if TYPE_CHECKING:
    from notegen.compose.composer import compose
    from notegen.read import OrderStream, ReadBatch, read_orders, stream_orders
    from notegen.render.email.message import EmailOutput, build_email
    from notegen.render.pdf.document import InsertOutcome, render_inserts

_LATER = {
    "read_orders": "notegen.read",
    "ReadBatch": "notegen.read",
    "stream_orders": "notegen.read",
    "OrderStream": "notegen.read",
    "compose": "notegen.compose.composer",
    "build_email": "notegen.render.email.message",
    "EmailOutput": "notegen.render.email.message",
    "render_inserts": "notegen.render.pdf.document",
    "InsertOutcome": "notegen.render.pdf.document",
}
"""The names imported on first use, with their modules."""

__all__ = [
    "Customer",
    "EmailOutput",
    "Finding",
    "InsertOutcome",
    "InvalidOrder",
    "Item",
    "LintResult",
    "Linter",
    "Note",
    "NotegenError",
    "Order",
    "OrderStream",
    "ReadBatch",
    "ReadResult",
    "ShopConfig",
    "build_email",
    "compose",
    "lint",
    "load_config",
    "read_orders",
    "render_inserts",
    "stream_orders",
]
__version__ = "0.1.0"


# The subpackage `notegen.compose` is imported here, before anyone asks for `compose`: importing a subpackage
# the first time sets its name in this module to the package, and `compose` must mean the function.
importlib.import_module("notegen.compose")
del globals()["compose"]


def __getattr__(name: str) -> Any:
    """A name of a stage that is imported on first use (see `_LATER`)."""
    module = _LATER.get(name)
    if module is None:
        raise AttributeError(f"module 'notegen' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
