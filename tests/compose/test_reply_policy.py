"""The reply policy on every note of the oracles (tests/data/replies, tuned on) and of the held-out notes
(tests/language/heldout_*.yml, tests/data/replies/fresh_*.yml and blind_*.yml, never tuned on) and of the fourth,
fifth, sixth and seventh rounds' notes (tests/data/replies/notes4_*.yml to notes7_*.yml, their known breaks listed
in notes4_gaps.txt to notes7_gaps.txt), composed as real notes in each language and formality, for a
shop and for a charity: no joy after a complaint and no promotional ask in that note, no gift reading of an
instruction, the recipient or the occasion named when a gift reply is given, silence for noise, a quiet
memorial note, and every note that needs a person marked for attention."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
import yaml

from notegen.compose.composer import compose
from notegen.config import ShopConfig
from notegen.model import Note

from .shops import NOW, ROOT, SECRET, atelier, harbour, informal, order, tidal, wollwerk

JOY = {
    "en": r"!|\b(?:delight\w*|joy\w*|lovely|glad|happ\w+|wonderful|made our day|thrill\w*|enjoy\w*)\b",
    "de": r"!|\b(?:Freude\w*|freu\w*|gefreut|schön\w*|toll\w*|wunderbar\w*|glücklich\w*)\b",
    "fr": r"!|\b(?:plaisir|ravi\w*|joie|heureu\w*|joli\w*|bonheur|super)\b",
}
GIFT_WORDS = {"en": r"\b(?:present|gift for|unwrap)", "de": r"Geschenk|auspack", "fr": r"cadeau|déball"}
ASKS = ("incentive", "support", "stay_in_touch")
SHOPS: dict[str, list[tuple[str, Callable[[], ShopConfig]]]] = {
    "de": [("sie", wollwerk), ("du", lambda: informal(wollwerk())), ("charity", harbour)],
    "fr": [("vous", atelier), ("tu", lambda: informal(atelier())), ("charity", harbour)],
    "en": [("shop", tidal), ("charity", harbour)],
}


def _entries(lang: str) -> list[tuple[str, dict[str, object]]]:
    oracle = yaml.safe_load((ROOT / "tests/data/replies" / f"{lang}.yml").read_text(encoding="utf-8"))
    heldout = yaml.safe_load((ROOT / "tests/language" / f"heldout_{lang}.yml").read_text(encoding="utf-8"))
    for name in ("fresh", "blind"):
        heldout += yaml.safe_load((ROOT / "tests/data/replies" / f"{name}_{lang}.yml").read_text(encoding="utf-8"))
    entries = [("oracle", e) for e in oracle] + [("held out", e) for e in heldout]
    for name in ROUNDS:
        path = ROOT / "tests/data/replies" / f"{name}_{lang}.yml"
        entries += [(name, e) for e in yaml.safe_load(path.read_text(encoding="utf-8"))]
    return entries


ROUNDS = ("notes4", "notes5", "notes6", "notes7")
"""The rounds whose notes that break the policy are listed, exactly, in tests/data/replies/<round>_gaps.txt."""


def _known_breaks(name: str, lang: str, shop: str) -> set[str]:
    """The notes of round `name` whose composed note still breaks the policy in `lang` for `shop`: the lines
    `policy <lang> <shop>`, a tab, the note, of tests/data/replies/<name>_gaps.txt."""
    lines = (ROOT / "tests/data/replies" / f"{name}_gaps.txt").read_text(encoding="utf-8").splitlines()
    return {line.split("\t", 1)[1] for line in lines if line.startswith(f"policy {lang} {shop}\t")}


def _compose(lang: str, make: Callable[[], ShopConfig], entry: dict[str, object]) -> Note:
    source = order(locale=lang, note=str(entry["note"]), customer={"accepts_marketing": False, "orders_count": 3})
    return compose(source, make(), NOW, secret=SECRET)


CASES = [(lang, name, make) for lang, shops in SHOPS.items() for name, make in shops]


@pytest.mark.parametrize(("lang", "shop", "make"), CASES, ids=[f"{c[0]}-{c[1]}" for c in CASES])
def test_reply_policy_on_every_note(lang: str, shop: str, make: Callable[[], ShopConfig]) -> None:
    """Every policy on every oracle note; on the held-out notes, at most two notes of seventy may break one
    (a note read wrongly), and the broken ones are printed. The fourth to seventh rounds' notes that break
    one are exactly those listed in tests/data/replies/<round>_gaps.txt: a listed note that keeps the policy fails
    the run until its line is removed."""
    broken: list[str] = []
    rounds: dict[str, set[str]] = {name: set() for name in ROUNDS}
    for source, entry in _entries(lang):
        note = _compose(lang, make, entry)
        try:
            _check_policy(lang, entry, note, f"{source} {shop}: {entry['note']!r} -> {note.reply!r}")
        except AssertionError as error:
            if source == "oracle":
                raise
            if source in rounds:
                rounds[source].add(str(entry["note"]))
            else:
                broken.append(str(error).splitlines()[0])
    print(f"{lang} {shop}: held-out notes that break the policy:", *broken, sep="\n  ")
    assert len(broken) <= 2
    for name, found in rounds.items():
        known = _known_breaks(name, lang, shop)
        assert found == known, {name: True, "newly broken": sorted(found - known), "now kept": sorted(known - found)}


def _check_policy(lang: str, entry: dict[str, object], note: Note, where: str) -> None:
    joy, gift_words = re.compile(JOY[lang]), re.compile(GIFT_WORDS[lang])
    kind = entry["kind"]
    if kind == "complaint":
        assert not joy.search(note.reply), where
        assert not any(getattr(note, block) for block in (*ASKS, "gift")), where
    if kind in ("instruction", "nothing"):
        assert not gift_words.search(note.reply), where
    if kind == "nothing":
        assert note.reply == "", where
    if entry.get("occasion") == "memorial":
        assert "!" not in note.text and not joy.search(note.reply), where
        assert not any(getattr(note, block) for block in ASKS), where
    if entry["needs_person"]:
        assert note.follow_up, where
    answered = NOTED.sub("", note.reply).strip()  # beside a delivery instruction noted
    if kind == "gift" and answered and (entry.get("recipient") or entry.get("occasion") != "none"):
        assert re.search(gift_words.pattern + r"|wünschen|souhait|wish", answered), where
    _check_stated_policy(lang, entry, note, where)


NOTED = re.compile(
    r"(?:Ihren|Deinen) Hinweis zur Zustellung haben wir notiert\.|Nous avons bien noté (?:vos|tes) indications pour la"
    r" livraison\.|We've made a note of your delivery instructions\."
)
"""The sentence that says a delivery instruction was noted (an email only)."""
APOLOGY = {"de": r"\b(?:leid|[Ee]ntschuldig)", "fr": r"\b(?:désolée?s?|excus)", "en": r"\b(?:sorry|apologi[sz]e)"}


def _check_stated_policy(lang: str, entry: dict[str, object], note: Note, where: str) -> None:
    """The `policy` the second round's held-out notes state: an apology that comes first and no joy anywhere
    in the note; silence; a memorial note quiet in every block; a person to follow up."""
    policy = entry.get("policy")
    joy = re.compile(JOY[lang])
    if policy == "apology":
        assert re.search(APOLOGY[lang], note.reply) and note.follow_up == "complaint", where
        assert not joy.search(note.text), where
    if policy == "silence":  # nothing answered; a delivery instruction is said to be noted, no more
        assert NOTED.sub("", note.reply).strip() == "", where
    if policy == "quiet":
        assert not joy.search(note.text), where
    if policy == "person":
        assert note.follow_up, where


@pytest.mark.parametrize("lang", ["de", "fr", "en"])
def test_most_gift_notes_of_the_oracle_get_a_reply_that_names_recipient_or_occasion(lang: str) -> None:
    make = SHOPS[lang][0][1]
    gifts = [e for s, e in _entries(lang) if s == "oracle" and e["kind"] == "gift"]
    answered = [e for e in gifts if _compose(lang, make, e).reply]
    assert len(answered) >= 0.6 * len(gifts)


def test_a_complaint_reply_names_the_problem_and_who_takes_care() -> None:
    note = _compose("de", wollwerk, {"note": "Im letzten Paket fehlte der Deckel von der Dose."})
    assert note.reply.startswith("Es tut mir sehr leid, dass etwas aus Ihrer Bestellung nicht bei Ihnen angekommen")
    assert "Ich kümmere mich persönlich darum und melde mich" in note.reply  # the signer takes care: first person
    assert "antworten Sie einfach auf diese E-Mail" in note.reply
    assert note.follow_up == "complaint" and not note.support and not note.incentive


@pytest.mark.parametrize(
    ("lang", "shop", "text", "me", "colleague"),
    [
        (
            "de",
            wollwerk,
            "Kommt das vor Weihnachten an?",
            "Ich beantworte Ihre Frage",
            "Jonas Kern beantwortet Ihre Frage",
        ),
        (
            "fr",
            atelier,
            "Est-ce que c'est vegan ?",
            "Je répondrai personnellement",
            "Jonas Kern répondra personnellement",
        ),
        (
            "en",
            harbour,
            "Is it dishwasher safe?",
            "I will answer your question",
            "Jonas Kern will answer your question",
        ),
    ],
)
def test_the_signer_promises_an_answer_in_the_first_person_and_a_colleague_is_named(
    lang: str, shop: Callable[[], ShopConfig], text: str, me: str, colleague: str
) -> None:
    """A note signed by the person who answers says "I"; one answered by a colleague names them (a shop without
    its own sentence on when parcels come, which would answer "Kommt das vor Weihnachten an?")."""
    config = replace(shop(), reply=replace(shop().reply, delivery={}))
    assert me in _compose(lang, lambda: config, {"note": text}).reply
    other = replace(config, reply=replace(config.reply, answered_by="Jonas Kern"))
    reply = _compose(lang, lambda: other, {"note": text}).reply
    assert colleague in reply and me not in reply


def test_a_memorial_donation_is_acknowledged_quietly_without_asks() -> None:
    note = _compose("en", harbour, {"note": "In memory of my father, Robert Hughes, who passed away in March."})
    assert note.reply == "Thank you for remembering your father in this way. We are honoured that you thought of us."
    assert "!" not in note.text and not note.support and not note.stay_in_touch and not note.incentive


def test_a_delivery_instruction_is_noted_and_marked_for_whoever_packs() -> None:
    """The note cannot know the parcel went to the neighbour: it says only that the instruction was noted (the
    report lists it for the person who packs), and nothing of the sort for an instruction for the accounts."""
    note = _compose("fr", atelier, {"note": "merci de laisser le colis chez le voisin du 2e, M. Petit"})
    assert note.reply == "Nous avons bien noté vos indications pour la livraison."
    assert note.follow_up == "delivery instruction"
    invoice = _compose("en", harbour, {"note": "please put the PO number on the invoice"})
    assert invoice.reply == "" and invoice.follow_up == ""


def test_the_policy_sees_no_file_of_the_oracles() -> None:
    """The oracles are read by the tests only."""
    sources = "".join(path.read_text(encoding="utf-8") for path in (ROOT / "notegen").rglob("*.py"))
    assert "tests/data/replies" not in sources and "heldout_" not in sources
    assert Path(ROOT / "tests/data/replies/de.yml").is_file()


@pytest.mark.parametrize(
    ("lang", "make", "text"),
    [
        ("de", wollwerk, "für unseren Nachbarn, seine Frau ist im Mai verstorben"),
        ("fr", atelier, "pour ma collègue qui a perdu son père"),
        ("en", harbour, "for my cousin, his mum passed away last month"),
    ],
)
def test_a_present_for_someone_bereaved_gets_no_reply_that_mourns_the_recipient(
    lang: str, make: Callable[[], ShopConfig], text: str
) -> None:
    """The note knows whom the present is for, not whom they mourn: it says nothing of either, and stays
    quiet (no joy, no exclamation, no promotional ask)."""
    note = _compose(lang, make, {"note": text})
    assert note.reply == "" and not note.follow_up
    assert "!" not in note.text and not re.search(JOY[lang], note.text)
    assert not any(getattr(note, block) for block in ASKS)


@pytest.mark.parametrize(
    ("lang", "make", "text", "wrong"),
    [
        ("de", wollwerk, "zur Firmung vom Sohn meiner Freundin", r"Ihr\w* (?:Sohn|Freundin)"),
        ("fr", atelier, "pour la communion du fils de ma collègue", r"votre (?:fils|collègue)"),
        ("de", wollwerk, "für meine Eltern und meinen Bruder", r"Ihr\w* (?:Eltern|Bruder)\b(?! und)"),
        ("en", tidal, "for my nan and grandad", r"your (?:nan|grandmother)\b(?! and)"),
    ],
)
def test_a_present_is_never_said_to_be_for_only_part_of_whom_the_note_names(
    lang: str, make: Callable[[], ShopConfig], text: str, wrong: str
) -> None:
    """Someone named through a friend ("vom Sohn meiner Freundin") is not "your son" nor "your friend"; two people
    ("my nan and grandad") are named together or not at all."""
    assert not re.search(wrong, _compose(lang, make, {"note": text}).reply)


def test_a_grandson_is_one_grandchild() -> None:
    """ "unserem Enkel Jonas" is one grandson: "Ihrem Enkel", not "Ihren Enkeln"."""
    reply = _compose("de", wollwerk, {"note": "zum Geburtstag von unserem Enkel Jonas"}).reply
    assert "Ihrem Enkel " in reply and "Enkeln" not in reply
