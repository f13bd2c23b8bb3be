"""Composing: an order and the shop's config become a `Note`, from the shop's note templates.

`context` gathers what a template may use, `templates` loads and renders them (sandboxed), `reply` answers the
customer's own note, `codes` makes the gift and referral codes; `composer` puts the note together (`compose`).
Pure: no file is written here, and "now" is passed in. Importing this package loads none of its modules, so
that `notegen` can offer `compose` without loading Jinja and Babel until a note is composed.
"""
