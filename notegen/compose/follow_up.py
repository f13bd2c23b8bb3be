"""Who in the shop follows a customer's note up, and whether it tells whoever brings the parcel something.

The report's `attention` names the reason ("question", "complaint", "question about something not in this
order", "delivery instruction"), and both reasons when a note holds a delivery instruction beside its main point
("question; delivery instruction"); `attention.csv`, written in the same run as the notes, lists them for a person.
"""

from __future__ import annotations

import re

from notegen.language.customer_notes import CustomerNote, read_customer_note
from notegen.language.note_rules import note_rules

DELIVERY_CUES = ("delivery", "doorbell")
"""Instruction cues for whoever packs and ships the parcel (``instruction.yml``)."""
ELSEWHERE = "question about something not in this order"
DELIVERY_NOTE = "delivery instruction"
_CLAUSE_BREAK = re.compile(r"[.!?…;,:]+|\s[–—-]\s")


def attention(reading: CustomerNote, elsewhere: bool, answered: bool, noted: bool) -> str:
    """Why a person should follow the note up: a question about something not in the order, or one the shop's
    own words answer (nobody then), else the reading's; and a delivery instruction for whoever packs the parcel,
    beside the note's main point ("question; delivery instruction"), so that neither hides the other."""
    if reading.kind == "instruction":
        told = any(hit.kind == "instruction" and hit.id in DELIVERY_CUES and not hit.negated for hit in reading.found)
        return reading.attention or (DELIVERY_NOTE if told else "")
    if elsewhere:
        main = ELSEWHERE
    elif answered and reading.kinds == ("question",):
        main = ""
    else:
        main = reading.attention
    return "; ".join(reason for reason in (main, DELIVERY_NOTE if noted else "") if reason)


def delivery_told(reading: CustomerNote) -> bool:
    """Whether the note tells whoever brings the parcel something and nothing else of that kind ("bitte nicht
    klingeln", "leave it with the neighbour"; not "laissez la facture dans le colis", which is for the accounts):
    the whole note, or one of its clauses read alone ("…, bitte beim Nachbarn abgeben" after a birthday present;
    not "für die Nachbarn, die den Garten gegossen haben", which tells of them: ``relatives`` of ``words.yml``).
    Never beside a complaint, which a person answers whole."""
    if reading.kind == "complaint" or not reading.sure:
        return False
    if reading.kind == "instruction":
        return _only_delivery(reading)
    if not any(hit.kind == "instruction" and hit.id in DELIVERY_CUES for hit in reading.found):
        return False
    relatives = note_rules(reading.lang).words.get("relatives", frozenset())
    for clause in _CLAUSE_BREAK.split(reading.text):
        words = clause.split()
        if not words or words[0].lower() in relatives:  # "…, die den Garten gegossen haben": of the neighbours
            continue
        alone = read_customer_note(clause, reading.lang)
        if alone.sure and alone.kind == "instruction" and _only_delivery(alone):
            return True
    return False


def _only_delivery(reading: CustomerNote) -> bool:
    """Whether the reading's instruction cues all tell whoever brings the parcel something, and one does."""
    ids = {hit.id for hit in reading.found if hit.kind == "instruction" and not hit.negated}
    return bool(ids) and ids <= set(DELIVERY_CUES) and not {"complaint", "question"} & set(reading.kinds)
