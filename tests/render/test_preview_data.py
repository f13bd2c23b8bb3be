"""The gallery's card data: findings cut into the note's text, cards for every status, counts for the top."""

from __future__ import annotations

from notegen.model import Customer, Finding, InvalidOrder, Item, Note, Order
from notegen.run.outcome import Outcome
from notegen.run.preview_cards import CardSource, card_data, customer_name, highlight, tallies

ORDER = Order("1042", Customer("Anna", "Müller", "anna@example.org"), (Item("Wollschal „Fjord“"),), "orders.csv:2")
NOTE = Note(
    "1042",
    "de",
    "first",
    "Ihr Wollschal „Fjord“, Anna",
    "Lieber Kunde,",
    "vielen Dank für Ihren Einkauf.",
    ("Herzliche Grüße", "Ihr Team"),
    asks=("review", "referral"),
)


def finding(code: str, text: str, severity: str = "error", note: Note = NOTE) -> Finding:
    start = note.text.index(text)
    return Finding(code, severity, f"{code} message", start, start + len(text), text)  # type: ignore[arg-type]


def marked(pieces: list[tuple[str, list[int]]]) -> list[tuple[str, list[int]]]:
    return [(text, covering) for text, covering in pieces if covering]


def test_highlight_cuts_the_text_at_each_finding_and_keeps_all_of_it() -> None:
    findings = [finding("SIN101", "Lieber Kunde"), finding("SIN104", "Ihr Team", "warning")]
    pieces = highlight(NOTE.text, findings)
    assert "".join(text for text, _ in pieces) == NOTE.text
    assert marked(pieces) == [("Lieber Kunde", [0]), ("Ihr Team", [1])]


def test_overlapping_findings_mark_the_shared_part_with_both() -> None:
    text = "Lieber Kunde, vielen Dank"
    findings = [Finding("SIN101", "error", "m", 0, 12), Finding("SIN203", "error", "m", 7, 20)]
    assert marked(highlight(text, findings)) == [("Lieber ", [0]), ("Kunde", [0, 1]), (", vielen", [1])]


def test_findings_without_a_place_in_the_text_mark_nothing() -> None:
    findings = [Finding("SIN301", "error", "score 12 below 50"), Finding("SIN202", "error", "m", 5, 999)]
    assert highlight(NOTE.text, findings) == [(NOTE.text, [])]


def test_a_rejected_card_carries_its_codes_reason_and_marked_text() -> None:
    findings = (finding("SIN101", "Lieber Kunde"), finding("SIN102", "vielen Dank für Ihren Einkauf."))
    outcome = Outcome("1042", "orders.csv:2", "rejected", "de", 31, findings, reason="lint errors: SIN101, SIN102")
    card = card_data(CardSource(7, ORDER, outcome, lang="de", note=NOTE))
    assert card["n"] == 7
    keys = ("id", "name", "status", "lang", "score")
    assert [card[key] for key in keys] == ["1042", "Anna Müller", "rejected", "de", 31]
    assert card["codes"] == ["SIN101", "SIN102"]
    assert card["reason"] == "lint errors: SIN101, SIN102"
    assert card["subject"] == NOTE.subject
    assert card["asks"] == ["review", "referral"], "the gallery shows the asks chosen for the note"
    assert [f["placed"] for f in card["findings"]] == [True, True]
    assert [(text, covering) for text, covering in card["text"] if covering] == [
        ("Lieber Kunde", [0]),
        ("vielen Dank für Ihren Einkauf.", [1]),
    ]
    assert (card["email"], card["insert"], card["page"]) == ("", "", None)


def test_an_invalid_order_has_a_card_with_its_reason_and_no_text() -> None:
    invalid = InvalidOrder("1050", "orders.csv:9", "customer", "no first name, and no salutation with a last name")
    outcome = Outcome("1050", "orders.csv:9", "invalid", reason=invalid.reason)
    card = card_data(CardSource(3, invalid, outcome))
    assert (card["status"], card["name"], card["lang"], card["text"], card["codes"]) == ("invalid", "", "", [], [])
    assert card["reason"] == "customer: no first name, and no salutation with a last name"


def test_the_name_is_the_full_name_or_the_salutation_with_the_last_name() -> None:
    assert customer_name(ORDER) == "Anna Müller"
    formal = Order("1", Customer(last_name="Weiß", salutation="mr"), (Item("Schürze"),))
    assert customer_name(formal) == "Weiß"


def test_tallies_count_every_status_languages_in_order_and_each_code_once_per_card() -> None:
    ok = Outcome("1", "a:2", "ok", "fr", 80, (Finding("SIN104", "warning", "m"), Finding("SIN104", "warning", "m")))
    cards = [
        card_data(CardSource(1, ORDER, ok, lang="fr")),
        card_data(CardSource(2, ORDER, Outcome("2", "a:3", "skipped", reason="order was cancelled"), lang="de")),
        card_data(CardSource(3, ORDER, Outcome("3", "a:4", "invalid", reason="x: y"))),
    ]
    counts = tallies(cards)
    assert counts.total == 3
    assert counts.statuses == [("ok", 1), ("rejected", 0), ("invalid", 1), ("skipped", 1)]
    assert counts.by_status == {"ok": 1, "rejected": 0, "invalid": 1, "skipped": 1}
    assert counts.langs == [("de", 1), ("fr", 1), ("none", 1)]
    assert counts.codes == [("SIN104", 1)]


def test_cards_carry_attention_and_tallies_count_it() -> None:
    flagged = card_data(CardSource(1, ORDER, Outcome("1042", "orders.csv:2", "ok", attention="complaint"), "de", NOTE))
    other = card_data(CardSource(2, ORDER, Outcome("1043", "orders.csv:3", "ok"), "de", NOTE))
    assert (flagged["attention"], other["attention"]) == ("complaint", "")
    counted = tallies([flagged, other, flagged])
    assert counted.attention == [("complaint", 2)] and counted.needs_person == 2
