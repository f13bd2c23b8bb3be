"""The shop configs the run tests write beside their orders: the least a render needs, and one with a website,
a review link and a service address (so that notes carry asks and a way to reach a person)."""

NOW = "2026-11-25T08:00:00+01:00"
PLAIN = """
[shop]
name = "Wollwerk"
default_locale = "de"
[signer]
name = "Katrin Vogel"
[email]
sender = "Katrin Vogel <katrin@wollwerk.example>"
"""
WITH_SERVICE = """
[shop]
name = "Wollwerk"
default_locale = "de"
website = "https://wollwerk.example"
[signer]
name = "Katrin Vogel"
role = "Inhaberin"
[support]
review_url = "https://wollwerk.example/bewerten"
[service]
email = "hallo@wollwerk.example"
[email]
sender = "Katrin Vogel <katrin@wollwerk.example>"
"""
