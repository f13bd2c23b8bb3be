"""Gift-first codes and referral codes: deterministic per order, and exported for import into the shop.

A code is the shop's prefix and eight characters of an HMAC-SHA256 of the order id, keyed with the shop's
secret, so a re-run gives the same codes and nobody without the secret can guess one. The secret comes from
the environment variable named by ``[gift] secret_env`` (default ``NOTEGEN_SECRET``); the command line reads
it and passes it in, because composing never reads the environment. The expiry counts from "now", the day
the note is made (a resumed run keeps the codes recorded for the notes made before).
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from notegen.config import ShopConfig
from notegen.errors import CodesError
from notegen.language.donations import is_donation
from notegen.model import Order

ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # no 0/O, no 1/I: codes are typed in from printed cards


@dataclass(frozen=True)
class IssuedCode:
    """A code a note gives: `kind` gift or referral, `value` its discount ("10%"), `expires` None for no end."""

    code: str
    kind: str
    value: str
    expires: date | None
    order_id: str
    email: str


def _token(secret: str, kind: str, order_id: str) -> str:
    digest = hmac.digest(secret.encode(), f"{kind}:{order_id}".encode(), "sha256")
    number = int.from_bytes(digest[:5])
    return "".join(ALPHABET[(number >> shift) & 31] for shift in range(35, -1, -5))


def gives_gift_code(order: Order, config: ShopConfig) -> bool:
    """Whether this order's note gives a gift code (not for donations: they get no shop-style offers)."""
    return config.gift.enabled and config.gift.kind == "code" and not is_donation(order, config)


def gives_referral_code(order: Order, config: ShopConfig) -> bool:
    """Whether this order's note gives a referral code for a friend (not for donations)."""
    return config.referral.enabled and not is_donation(order, config)


def _require(secret: str | None, order: Order, config: ShopConfig) -> str:
    if not secret:
        name = config.gift.secret_env
        raise CodesError(
            f"order {order.order_id}: gift or referral codes are enabled but no secret is set; set the "
            f"environment variable {name} to a long random text (keep it the same on every run so that codes "
            f"stay the same), or switch the codes off with [gift] enabled = false and [referral] enabled = false"
        )
    return secret


def gift_expiry(config: ShopConfig, now: datetime) -> date:
    """The last day a gift code is valid: `[gift] expires_days` after `now`, the day the note is made and sent
    (`--now` fixes it for a reproducible run), so that no code is already expired when the customer gets it."""
    return now.date() + timedelta(days=config.gift.expires_days)


def issued_codes(order: Order, config: ShopConfig, now: datetime, *, secret: str | None = None) -> list[IssuedCode]:
    """The codes the note for `order` gives: its gift code and its referral code, as configured.

    Raises `CodesError` naming the environment variable when codes are enabled and `secret` is missing.
    """
    codes = []
    email = order.customer.email
    if gives_gift_code(order, config):
        key = _require(secret, order, config)
        code = f"{config.gift.prefix}-{_token(key, 'gift', order.order_id)}"
        expires = gift_expiry(config, now)
        codes.append(IssuedCode(code, "gift", f"{config.gift.percent}%", expires, order.order_id, email))
    if gives_referral_code(order, config):
        key = _require(secret, order, config)
        code = f"{config.referral.prefix}-{_token(key, 'referral', order.order_id)}"
        codes.append(IssuedCode(code, "referral", f"{config.referral.percent}%", None, order.order_id, email))
    return codes
