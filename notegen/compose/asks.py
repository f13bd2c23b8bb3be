"""Which asks a note makes: at most two, chosen by the rules a shop reads in ``[asks]`` of its config.

A good note gives, thanks, and asks for one or two things at most. Per occasion the shop lists the asks
(review, referral, share, newsletter) in the order it prefers them; a note takes the first ones it can make:
the shop offers them, and they apply to this customer (no newsletter for a customer who already agreed to
it). A note that answers a memorial gift asks for nothing.
"""

from __future__ import annotations

from collections.abc import Mapping

from notegen.config import ShopConfig

BASE_OCCASIONS = ("first_order", "returning", "gift", "donation")


def ask_rule(config: ShopConfig, occasion: str, returning: bool) -> tuple[str, ...]:
    """The asks the shop prefers for `occasion`, best first; a shop's own occasion follows first_order or
    returning."""
    if occasion not in BASE_OCCASIONS:
        occasion = "returning" if returning else "first_order"
    rule: tuple[str, ...] = getattr(config.asks, occasion)
    return rule


def choose_asks(rule: tuple[str, ...], most: int, can: Mapping[str, bool], *, quiet: bool) -> tuple[str, ...]:
    """The first `most` asks of `rule` that the note `can` make; none when the note must be `quiet`."""
    if quiet:
        return ()
    return tuple(ask for ask in rule if can.get(ask))[:most]
