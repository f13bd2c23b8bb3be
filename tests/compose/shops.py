"""The shops and orders the compose tests write for: the three samples, read with json and csv here (the
readers have their own tests), an English shop, and the same shops with the other formality."""

from __future__ import annotations

import csv
import dataclasses
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from notegen.config import Formality, ShopConfig, load_config, parse_config
from notegen.model import Order
from notegen.read.validate import order_from_mapping

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
SECRET = "test-secret-for-codes"


def wollwerk() -> ShopConfig:
    return load_config(SAMPLES / "de-wollwerk" / "notegen.toml")


def atelier() -> ShopConfig:
    return load_config(SAMPLES / "fr-atelier" / "notegen.toml")


def harbour() -> ShopConfig:
    return load_config(SAMPLES / "en-harbour-trust" / "notegen.toml")


def informal(config: ShopConfig) -> ShopConfig:
    """The same shop, writing du and tu."""
    return dataclasses.replace(config, formality=Formality(de="du", fr="tu"))


def tidal(**sections: dict[str, Any]) -> ShopConfig:
    """An English pottery shop with every block switched on; `sections` replace whole config sections."""
    data: dict[str, Any] = {
        "shop": {"name": "Tidal Pottery", "default_locale": "en", "website": "https://tidal.example"},
        "signer": {"name": "Maya Chen", "role": "Potter"},
        "gift": {"enabled": True, "kind": "code", "percent": 10, "expires_days": 45, "prefix": "THANKS"},
        "referral": {"enabled": True, "percent": 15, "url": "https://tidal.example/friends", "prefix": "FRIEND"},
        "support": {"review_url": "https://tidal.example/review", "share_url": "https://tidal.example/share"},
        "newsletter": {"enabled": True, "url": "https://tidal.example/letters"},
        "service": {"email": "hello@tidal.example", "phone": "+44 117 496 0000", "hours": "weekdays 9 to 5"},
    }
    data.update(sections)
    return parse_config(data)


def _sample_csv(path: Path) -> list[Order]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    grouped: dict[str, list[dict[str, str]]] = {}
    for row in rows:
        grouped.setdefault(row["order_id"], []).append(row)
    orders = []
    for order_id, lines in grouped.items():
        first = lines[0]
        keys = ("first_name", "last_name", "email", "salutation", "orders_count", "customer_since", "accepts_marketing")
        data = {
            "order_id": order_id,
            **{key: first[key] for key in ("locale", "shipping_country", "currency", "note", "gift", "placed_at")},
            "customer": {key: first[key] for key in keys},
            "items": [
                {
                    "name": r["item_name"],
                    "variant": r["item_variant"],
                    "quantity": r["item_quantity"],
                    "price": r["item_price"],
                }
                for r in lines
            ],
        }
        orders.append(order_from_mapping(data, f"{path.name}:{order_id}"))
    return orders


def sample_orders(shop: str) -> list[Order]:
    """The orders of a sample shop (de-wollwerk, fr-atelier, en-harbour-trust)."""
    folder = SAMPLES / shop
    if shop == "de-wollwerk":
        return _sample_csv(folder / "orders.csv")
    if shop == "fr-atelier":
        raw = json.loads((folder / "orders.json").read_text(encoding="utf-8"))["orders"]
    else:
        raw = [json.loads(line) for line in (folder / "orders.jsonl").read_text(encoding="utf-8").splitlines() if line]
    return [order_from_mapping(data, f"{shop}:{index + 1}") for index, data in enumerate(raw)]


def order(**fields: Any) -> Order:
    """An order in the generic shape, with a customer and one item unless given."""
    data: dict[str, Any] = {
        "order_id": "T-1",
        "placed_at": "2026-11-20T10:00:00+01:00",
        "customer": {"first_name": "Anna", "last_name": "Müller", "email": "anna@example.org"},
        "items": [{"name": "Wollschal „Fjord“", "variant": "Salbeigrün", "quantity": 1, "price": "49.90"}],
    }
    customer = fields.pop("customer", {})
    data.update(fields)
    data["customer"] = {**data["customer"], **customer}
    return order_from_mapping(data, "test")
