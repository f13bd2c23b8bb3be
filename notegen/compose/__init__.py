"""Composing: an order and the shop's config become a `Note`, from the shop's note templates.

`context` gathers what a template may use, `templates` loads and renders them (sandboxed), `reply` answers the
customer's own note, `codes` makes the gift and referral codes; `composer` puts the note together.
Pure: no file is written here, and "now" is passed in.
"""

from notegen.compose.composer import choose_occasion, compose, copy_templates, note_files

__all__ = ["choose_occasion", "compose", "copy_templates", "note_files"]
