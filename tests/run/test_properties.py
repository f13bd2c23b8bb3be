"""Property-based: compose, lint and render never raise for a valid order; an invalid one always has a reason."""

from __future__ import annotations

from datetime import UTC, datetime
from email import message_from_bytes, policy
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from notegen.compose.composer import compose
from notegen.config import parse_config
from notegen.lint import Linter
from notegen.model import InvalidOrder, Order
from notegen.read.validate import read_order
from notegen.render.email.message import build_email
from tests.render.pdf_out import render_to

NOW = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)
CONFIG = parse_config(
    {
        "shop": {"name": "Wollwerk", "default_locale": "de", "website": "https://wollwerk.example"},
        "signer": {"name": "Katrin Vogel", "role": "Inhaberin"},
        "support": {"review_url": "https://wollwerk.example/bewerten"},
        "newsletter": {"enabled": True, "url": "https://wollwerk.example/post"},
        "service": {"email": "hallo@wollwerk.example"},
        "email": {"sender": "Katrin Vogel <katrin@wollwerk.example>"},
    }
)
LINTER = Linter()

printable = st.characters(blacklist_categories=("Cc", "Cs"))
name = st.text(printable, min_size=1, max_size=30).filter(lambda s: s.strip() != "")
item = st.fixed_dictionaries(
    {"name": name, "quantity": st.integers(1, 12)},
    optional={
        "variant": st.text(printable, max_size=20),
        "price": st.decimals(min_value=0, max_value=9999, places=2).map(str),
    },
)
valid_order = st.fixed_dictionaries(
    {
        "order_id": st.from_regex(r"[A-Z0-9-]{1,12}", fullmatch=True),
        "customer": st.fixed_dictionaries(
            {
                "first_name": name,
                "last_name": st.text(printable, max_size=30),
                "email": st.from_regex(r"[a-z]{1,8}@example\.org", fullmatch=True),
            },
            optional={
                "salutation": st.sampled_from(["ms", "mr", "mx"]),
                "orders_count": st.integers(1, 200),
                "accepts_marketing": st.booleans(),
            },
        ),
        "items": st.lists(item, min_size=1, max_size=8),
    },
    optional={
        "locale": st.sampled_from(["de", "fr", "en"]),
        "shipping_country": st.sampled_from(["DE", "AT", "CH", "FR", "BE", "GB", "US"]),
        "gift": st.booleans(),
        "donation": st.booleans(),
        "note": st.text(printable, max_size=200),
        "currency": st.sampled_from(["EUR", "CHF", "GBP", "USD"]),
    },
)
anything = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=6),
    max_leaves=20,
)
junk_order = st.dictionaries(
    st.sampled_from(["order_id", "customer", "items", "locale", "currency", "gift", "note", "placed_at", "status"]),
    anything,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(valid_order)
def test_compose_lint_and_email_never_raise(data: dict[str, Any]) -> None:
    result = read_order(data, "orders.json:[0]")
    if isinstance(result, InvalidOrder):
        assert result.reason  # e.g. a name that is only a salutation: reported, never a crash
        return
    note = compose(result, CONFIG, NOW, fit="email")
    assert result.customer.first_name in note.text or result.customer.last_name in note.text
    verdict = LINTER.check(note.text, result, note.lang)
    assert 0 <= verdict.score <= 100
    message = message_from_bytes(build_email(result, note, CONFIG, NOW).eml, policy=policy.default)
    assert message["Subject"] == note.subject


@settings(
    max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@given(st.lists(valid_order, min_size=1, max_size=4))
def test_pdf_never_raises(tmp_path: Path, batch: list[dict[str, Any]]) -> None:
    orders = [r for r in (read_order(d, "orders.json") for d in batch) if isinstance(r, Order)]
    orders = list({o.order_id: o for o in orders}.values())
    entries = [(o, compose(o, CONFIG, NOW, fit="A6")) for o in orders]
    placed = render_to(entries, CONFIG, tmp_path / "inserts.pdf", size="A6", jobs=1)
    assert len(placed) == len(entries)
    assert all(p.page is not None or (p.finding and p.finding.code == "PDF001") for p in placed)


@settings(max_examples=300, deadline=None)
@given(junk_order)
def test_invalid_orders_always_come_with_a_reason(data: dict[str, Any]) -> None:
    result = read_order(data, "orders.json:[7]")
    if isinstance(result, InvalidOrder):
        assert result.field and result.problem
        assert result.source == "orders.json:[7]"
