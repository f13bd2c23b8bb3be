"""Delivery: sending an outbox over SMTP, each message exactly once, recorded in the outbox journal."""
