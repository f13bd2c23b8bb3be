"""Header encoding: whatever a customer is called, the standard library reads back exactly that name."""

from __future__ import annotations

from email import message_from_bytes, message_from_string, policy
from email.header import decode_header, make_header
from email.message import EmailMessage
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from notegen.errors import RenderError
from notegen.render.email.mime import address, assemble, phrase, unstructured

# Names and subjects as the order validation lets them through: no control characters, no surrounding space.
TEXT = (
    st.text(
        st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")),
        min_size=1,
        max_size=300,
    )
    .map(lambda text: " ".join(text.split()))
    .filter(bool)
)


def read_back(*headers: str) -> EmailMessage:
    message = message_from_bytes(assemble(list(headers), "=_test", "text\n", "<p>html</p>"), policy=policy.default)
    assert isinstance(message, EmailMessage)
    return message


def check_lines(header: str) -> None:
    header.encode("ascii")
    assert all(len(line) <= 78 for line in header.split("\r\n"))
    assert all(line.strip() for line in header.split("\r\n"))


@given(TEXT)
def test_any_subject_reads_back_unchanged(subject: str) -> None:
    header = unstructured("Subject", subject)
    check_lines(header)
    assert read_back(header)["Subject"] == subject


@given(TEXT)
def test_any_display_name_reads_back_unchanged(name: str) -> None:
    header = address("To", name, "reader@example.org")
    check_lines(header)
    (mailbox,) = read_back(header)["To"].addresses
    assert mailbox.addr_spec == "reader@example.org"
    tokens = phrase(name)
    if any(a.startswith("=?") and b.startswith("=?") for a, b in pairwise(tokens)):
        # A long run of encoded text takes several encoded words. RFC 2047 ignores the space between them,
        # as mail clients do; Python's address parser puts a space there, so read it the RFC's way.
        assert str(make_header(decode_header(" ".join(tokens)))) == name
    else:
        assert mailbox.display_name == name


@pytest.mark.parametrize(
    ("name", "raw"),
    [
        ("O'Neill", "To: O'Neill <a@example.org>"),
        ("Müller, Anna", "To: =?utf-8?b?TcO8bGxlciw=?= Anna <a@example.org>"),
        ("Nguyễn Thị Minh Khai", "To: =?utf-8?b?Tmd1eeG7hW4gVGjhu4s=?= Minh Khai <a@example.org>"),
        ('Anna "Nan" Ott', 'To: "Anna \\"Nan\\" Ott" <a@example.org>'),
        ("Ott, Anna", 'To: "Ott, Anna" <a@example.org>'),
        ("=?utf-8?q?spoof?=", "To: =?utf-8?b?PT91dGYtOD9xP3Nwb29mPz0=?= <a@example.org>"),
        ("", "To: a@example.org"),
    ],
)
def test_display_names_are_quoted_or_encoded(name: str, raw: str) -> None:
    assert address("To", name, "a@example.org") == raw


@pytest.mark.parametrize(
    "addr", ["no-at-sign", "a@", "@example.org", "a@müller.de", "a b@example.org", "a\u202e@example.org"]
)
def test_an_address_that_cannot_stand_in_a_header_is_refused(addr: str) -> None:
    with pytest.raises(RenderError, match=r"needs an email address such as name@shop\.example"):
        address("To", "Anna", addr)


def test_a_local_part_outside_ascii_stands_in_the_header_as_utf8() -> None:
    line = address("To", "Jürgen Weiß", "jürgen@example.org")
    assert line == "To: =?utf-8?b?SsO8cmdlbiBXZWnDnw==?= <jürgen@example.org>"
    # the standard library reads RFC 6532 headers from text (its byte parser leaves UTF-8 undecoded)
    parsed = message_from_string(line + "\r\n\r\n", policy=policy.SMTPUTF8)
    (mailbox,) = parsed["To"].addresses
    assert (mailbox.display_name, mailbox.addr_spec) == ("Jürgen Weiß", "jürgen@example.org")


@pytest.mark.parametrize("value", ["a\rb", "a\nb", "a\x00b", "a\x85b", "a\u2028b", "a\u2029b", "a\x1bb"])
def test_control_characters_never_reach_a_header(value: str) -> None:
    with pytest.raises(RenderError, match="control character"):
        unstructured("Subject", value)
    with pytest.raises(RenderError, match="control character"):
        address("To", value, "a@example.org")
