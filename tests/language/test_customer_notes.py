"""The reading of customers' order notes: the rules' own examples, the hand-written oracles of
tests/data/replies (tuned on), the held-out notes beside this file and the fresh and blind held-out notes of
tests/data/replies (never tuned on), the third round's notes, negation and mixed notes, typos and accents, and
clear errors for broken rule files."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from notegen.errors import ConfigError
from notegen.language.customer_notes import CustomerNote, read_customer_note
from notegen.language.note_rules import KINDS, OCCASIONS, load_rules, note_rules, notes_dir
from notegen.language.note_text import corrected_text, known_word, meant_word, only_noise
from notegen.language.pipeline import pipeline

ROOT = Path(__file__).resolve().parents[2]
LANGS = ("de", "fr", "en")
# A reply that reads a note as one of these, when a person wrote the other, answers the customer wrongly:
# joy for a complaint, a present for a delivery instruction.
HARMFUL = {("complaint", "gift"), ("complaint", "praise"), ("complaint", "occasion"), ("instruction", "gift")}


def _entries(path: Path) -> list[dict[str, object]]:
    entries: list[dict[str, object]] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return entries


def _examples() -> list[tuple[str, str, str, str, bool]]:
    found = []
    for lang in LANGS:
        for example in note_rules(lang).examples:
            found.append((lang, example.source, example.kind, example.note, example.expected))
    return found


@pytest.mark.parametrize(("lang", "source", "kind", "note", "expected"), _examples())
def test_rule_examples(lang: str, source: str, kind: str, note: str, expected: bool) -> None:
    reading = read_customer_note(note, lang)
    if kind == "nothing":
        assert (reading.kind == "nothing") is expected, reading
    elif kind == "topic":
        assert bool(reading.topic) is expected, reading
    else:
        assert (kind in reading.kinds) is expected, reading


@pytest.mark.parametrize("lang", LANGS)
def test_every_rule_file_has_examples_both_ways(lang: str) -> None:
    files = {path.name for path in notes_dir(lang).glob("*.yml")} - {"words.yml"}
    assert {f"{kind}.yml" for kind in KINDS} <= files
    examples = note_rules(lang).examples
    for name in files:
        assert {e.expected for e in examples if e.source == name} == {True, False}, name


def _scores(lang: str, path: Path) -> tuple[float, dict[str, float], list[tuple[str, str, str]]]:
    entries = _entries(path)
    readings = [(entry, read_customer_note(str(entry["note"]), lang)) for entry in entries]
    right = sum(1 for entry, reading in readings if reading.kind == entry["kind"])
    precision = {}
    for kind in KINDS:
        chosen = [entry for entry, reading in readings if reading.kind == kind]
        precision[kind] = sum(1 for entry in chosen if entry["kind"] == kind) / len(chosen) if chosen else 1.0
    harmful = [
        (str(entry["kind"]), reading.kind, str(entry["note"]))
        for entry, reading in readings
        if (entry["kind"], reading.kind) in HARMFUL
    ]
    return right / len(entries), precision, harmful


@pytest.mark.parametrize("lang", LANGS)
def test_oracle_kinds(lang: str) -> None:
    accuracy, precision, harmful = _scores(lang, ROOT / "tests/data/replies" / f"{lang}.yml")
    print(f"{lang} oracle: accuracy {accuracy:.2f}, precision {precision}")
    assert not harmful
    assert accuracy >= 0.9
    assert min(precision.values()) >= 0.8


@pytest.mark.parametrize("lang", LANGS)
def test_heldout_kinds(lang: str) -> None:
    """Notes never tuned on: no harmful reading, and most read right (a note not understood is left to a
    person, which is safe; the figures are in the README)."""
    accuracy, precision, harmful = _scores(lang, Path(__file__).parent / f"heldout_{lang}.yml")
    print(f"{lang} held out: accuracy {accuracy:.2f}, precision {precision}")
    assert not harmful
    assert accuracy >= 0.6


@pytest.mark.parametrize("held_out", ["fresh", "blind"])
@pytest.mark.parametrize("lang", LANGS)
def test_fresh_and_blind_held_out_kinds(lang: str, held_out: str) -> None:
    """The held-out notes of the second round (30 fresh and 20 blind per language, written before the reading
    changed): no harmful reading, every complaint flagged for a person as a complaint or as not understood,
    nothing answered that needs no answer, and most read right (figures: tests/bench/bench_replies.py)."""
    path = ROOT / "tests/data/replies" / f"{held_out}_{lang}.yml"
    accuracy, _, harmful = _scores(lang, path)
    assert not harmful
    assert accuracy >= 0.8
    for entry in _entries(path):
        reading = read_customer_note(str(entry["note"]), lang)
        if entry["kind"] == "complaint":
            assert reading.kind == "complaint" or reading.attention == "not understood", entry
        if entry["kind"] in ("nothing", "instruction"):
            assert reading.kind in ("nothing", "instruction") or not reading.sure, entry
        if entry["needs_person"]:
            assert reading.needs_person, entry


@pytest.mark.parametrize("lang", LANGS)
def test_third_round_notes(lang: str) -> None:
    """The third round's notes (tests/data/replies/notes3_<lang>.yml): invoices, complaints about colour, size
    or the wrong item, parcels left with someone or somewhere, funerals, looking forward to one's own order, and
    presents for someone ill: each read as its kind, with its occasion, the recipient in the customer's own
    words, and a gift reading denied where the order is the customer's own."""
    path = ROOT / "tests/data/replies" / f"notes3_{lang}.yml"
    _, _, harmful = _scores(lang, path)
    assert not harmful
    for entry in _entries(path):
        reading = read_customer_note(str(entry["note"]), lang)
        assert reading.kind == entry["kind"], (entry, reading)
        assert reading.occasion == str(entry["occasion"]).replace("none", ""), (entry, reading)
        assert reading.recipient.lower() == str(entry.get("recipient", "")).lower(), (entry, reading)
        assert reading.denied is bool(entry.get("denied")), (entry, reading)
        assert reading.sure and reading.needs_person is entry["needs_person"], (entry, reading)


def _misread(entry: dict[str, object], lang: str) -> bool:
    """Whether the reading of `entry`'s note differs from the entry in kind, occasion, recipient, denial or the
    need of a person (or is unsure)."""
    reading = read_customer_note(str(entry["note"]), lang)
    return (
        reading.kind != entry["kind"]
        or reading.occasion != str(entry["occasion"]).replace("none", "")
        or reading.recipient.lower() != str(entry.get("recipient", "")).lower()
        or reading.denied is not bool(entry.get("denied"))
        or not reading.sure
        or reading.needs_person is not entry["needs_person"]
    )


def _misread_beyond_known(name: str, lang: str) -> dict[str, list[str]]:
    """The notes of round `name` (tests/data/replies/<name>_<lang>.yml) read wrongly but not listed as `reading
    <lang>` in tests/data/replies/<name>_gaps.txt, and those listed but now read right."""
    lines = (ROOT / "tests/data/replies" / f"{name}_gaps.txt").read_text(encoding="utf-8").splitlines()
    known = {line.split("\t", 1)[1] for line in lines if line.startswith(f"reading {lang}\t")}
    entries = _entries(ROOT / "tests/data/replies" / f"{name}_{lang}.yml")
    misread = {str(entry["note"]) for entry in entries if _misread(entry, lang)}
    return {"newly misread": sorted(misread - known), "now read right": sorted(known - misread)}


@pytest.mark.parametrize("lang", LANGS)
def test_fourth_round_notes(lang: str) -> None:
    """The fourth round's notes (tests/data/replies/notes4_<lang>.yml, sarcasm, complaints inside thanks, returns,
    price and stock questions, packaging, sympathy and baby loss, notes in another language): every note is read
    as its kind, occasion, recipient and denial, except exactly those listed as `reading <lang>` in
    tests/data/replies/notes4_gaps.txt; a listed note read right fails the run until its line is removed."""
    differences = _misread_beyond_known("notes4", lang)
    assert not any(differences.values()), differences


@pytest.mark.parametrize("lang", LANGS)
def test_fifth_round_notes(lang: str) -> None:
    """The fifth round's notes (tests/data/replies/notes5_<lang>.yml, recipients named through someone else, pets,
    groups, retirement, graduation, festivals, dialect and typos, questions in disguise, a complaint inside a new
    gift order): every note is read as its kind, occasion, recipient and denial, except exactly those listed as
    `reading <lang>` in tests/data/replies/notes5_gaps.txt; a listed note read right fails the run until its line
    is removed."""
    differences = _misread_beyond_known("notes5", lang)
    assert not any(differences.values()), differences


@pytest.mark.parametrize("lang", LANGS)
def test_sixth_round_notes(lang: str) -> None:
    """The sixth round's notes (tests/data/replies/notes6_<lang>.yml, two recipients, clients, praise for a person at
    the shop, gift wrapping inside a gift note, surprises, births, housewarmings, exams, festivals, apology and
    sympathy presents, lone numbers, complaints put as questions, sarcasm and jokes): every note is read as its kind,
    occasion, recipient and denial, except exactly those listed as `reading <lang>` in
    tests/data/replies/notes6_gaps.txt; a listed note read right fails the run until its line is removed."""
    differences = _misread_beyond_known("notes6", lang)
    assert not any(differences.values()), differences


@pytest.mark.parametrize("lang", LANGS)
def test_seventh_round_notes(lang: str) -> None:
    """The seventh round's notes (tests/data/replies/notes7_<lang>.yml, a wish to the recipient beside an instruction,
    presents from pets, replacements, retirements and farewells, festivals and name days, a pregnancy kept quiet,
    hospital stays and moves, price and late-delivery complaints, call-backs, emojis only, dialect and typos, card
    texts, long mixed notes and irony): every note is read as its kind, occasion, recipient and denial, except
    exactly those listed as `reading <lang>` in tests/data/replies/notes7_gaps.txt; a listed note read right fails
    the run until its line is removed."""
    differences = _misread_beyond_known("notes7", lang)
    assert not any(differences.values()), differences


@pytest.mark.parametrize(
    ("note", "lang", "denied"),
    [
        ("Can't wait to get it!", "en", True),
        ("so excited for this", "en", True),
        ("can't wait to give it to my son on sunday", "en", False),
        ("freue mich schon drauf", "de", True),
        ("Geschenk für meine Schwester, freu mich schon auf ihr Gesicht", "de", False),
        ("J'ai hâte de le recevoir !", "fr", True),
        ("j'ai hâte de l'offrir à ma fille", "fr", False),
    ],
)
def test_looking_forward_denies_a_gift_only_when_nothing_else_reads_as_one(note: str, lang: str, denied: bool) -> None:
    reading = read_customer_note(note, lang)
    assert (reading.denied, reading.is_gift) == (denied, not denied), reading
    assert reading.kind == ("nothing" if denied else "gift") and reading.sure, reading


@pytest.mark.parametrize(
    ("note", "lang"),
    [
        ("is the medium too small for a 10 year old?", "en"),
        ("it's a present, can she swap it if it doesn't fit?", "en"),
        ("Ist die Jacke zu klein für einen 10-Jährigen?", "de"),
        ("le pull taille grand ou petit ?", "fr"),
    ],
)
def test_a_question_about_size_is_no_complaint(note: str, lang: str) -> None:
    assert read_customer_note(note, lang).kind != "complaint"


@pytest.mark.parametrize("lang", LANGS)
def test_oracle_needs_person_and_occasion(lang: str) -> None:
    entries = _entries(ROOT / "tests/data/replies" / f"{lang}.yml")
    for entry in entries:
        reading = read_customer_note(str(entry["note"]), lang)
        if entry["needs_person"]:
            assert reading.needs_person and reading.attention, entry
        if entry["kind"] in ("complaint", "question", "request"):
            assert reading.attention == entry["kind"] or reading.kind == entry["kind"], entry
        want = str(entry["occasion"]).replace("none", "")
        if want == "memorial" or reading.occasion == "memorial":
            assert reading.occasion == want, entry  # a memorial read wrong either way is answered wrongly
        assert reading.occasion in ("", *OCCASIONS)


@pytest.mark.parametrize("lang", LANGS)
def test_oracle_recipients(lang: str) -> None:
    """Every gift note that names a recipient is read with one, and the one it names (as typed) in most."""
    entries = [e for e in _entries(ROOT / "tests/data/replies" / f"{lang}.yml") if e.get("recipient")]
    exact = 0
    for entry in entries:
        reading = read_customer_note(str(entry["note"]), lang)
        if reading.is_gift:
            assert reading.recipient, entry
        exact += reading.recipient.lower() == str(entry["recipient"]).lower()
    assert exact / len(entries) >= 0.6


@pytest.mark.parametrize(
    ("note", "lang", "kind", "denied"),
    [
        ("not a gift", "en", "nothing", True),
        ("gift for me lol", "en", "nothing", True),
        ("this is NOT a gift, receipt can go in the box", "en", "instruction", True),
        ("kein geschenk", "de", "nothing", True),
        ("nicht als geschenk verpacken, ist für uns selbst", "de", "instruction", True),
        ("ce n'est pas un cadeau", "fr", "nothing", True),
        ("pas besoin d'emballage cadeau c pour moi", "fr", "instruction", True),
        ("a gift for my sister", "en", "gift", False),
    ],
)
def test_negation_and_self(note: str, lang: str, kind: str, denied: bool) -> None:
    reading = read_customer_note(note, lang)
    assert (reading.kind, reading.denied, reading.is_gift) == (kind, denied, kind == "gift")
    assert not reading.needs_person


def test_reading_of_a_mixed_note() -> None:
    reading = read_customer_note("Love your candles but the last one barely had any scent", "en")
    assert reading.kind == "complaint" and "praise" in reading.also
    assert reading.quiet and reading.attention == "complaint"


def test_memorial_is_quiet_and_needs_nobody() -> None:
    reading = read_customer_note("in loving memory of mum x", "en")
    assert (reading.kind, reading.occasion, reading.quiet, reading.attention) == ("occasion", "memorial", True, "")


@pytest.mark.parametrize("note", ["", "   ", "-", "...", "😊", "ok", "Danke!"])
def test_noise_is_nothing_and_sure(note: str) -> None:
    reading = read_customer_note(note, "de")
    assert reading.kind == "nothing" and reading.sure and not reading.needs_person


def test_a_note_not_understood_goes_to_a_person() -> None:
    reading = read_customer_note("Grüße an Bernd vom Stammtisch, er weiß Bescheid", "de")
    assert reading.kind == "nothing" and not reading.sure
    assert reading.attention == "not understood"


@pytest.mark.parametrize(
    ("note", "lang", "kind", "problem"),
    [
        ("the mug came damagd", "en", "complaint", "damaged"),  # a letter left out
        ("die Tasse kam kaput an", "de", "complaint", "damaged"),
        ("never recieved it", "en", "complaint", "missing"),  # two letters swapped
        ("le vase est arrive casse", "fr", "complaint", "damaged"),  # typed without accents: no typo
        ("reçu un seul savon au lieu de deux", "fr", "complaint", "missing"),
        ("j'ai reçu la facture, merci", "fr", "instruction", ""),  # "reçu" the participle is no receipt
        ("wir haben zwei Teller mit Sprung bekommen", "de", "complaint", "damaged"),
        ("Opa hat sich den Arm gebrochen, gute Besserung!", "de", "occasion", ""),  # an arm, not the item
        ("great, another parcel left in the rain", "en", "complaint", "disappointed"),  # praise word, then sarcasm
    ],
)
def test_typos_accents_and_forms(note: str, lang: str, kind: str, problem: str) -> None:
    reading = read_customer_note(note, lang)
    assert reading.kind == kind, reading
    found = [hit.id for hit in reading.found if hit.kind == "complaint"]
    assert (found[0] if found else "") == problem, reading


def test_a_typo_is_read_only_when_one_cue_word_is_that_close() -> None:
    rules = note_rules("en")
    assert meant_word("damagd", rules) == "damaged"
    assert meant_word("hubby", rules) == ""  # shorter than the shortest word a typo is read as
    assert not known_word("damagd", "en") and known_word("chance", "en") and known_word("woche", "de")
    doc = pipeline("en")("any chance of samples")
    assert corrected_text(doc, rules) is None  # "chance" is a word, not "change" mistyped
    assert read_customer_note("kaput", "de").guessed and not read_customer_note("kaputt", "de").guessed
    # a French infinitive is a word, though the lexicon lists only its forms: "tester" is no "testeur" mistyped
    assert known_word("tester", "fr") and known_word("déballer", "fr") and not known_word("echantilon", "fr")
    assert read_customer_note("hâte de tester", "fr").kind == "nothing"


@pytest.mark.parametrize(
    ("note", "lang"),
    [("ok merci", "fr"), ("n/a thanks", "en"), ("nein danke", "de"), ("thanks!! x", "en"), ("🙂🙂", "fr")],
)
def test_notes_made_only_of_noise_words_are_nothing_and_sure(note: str, lang: str) -> None:
    reading = read_customer_note(note, lang)
    assert (reading.kind, reading.sure, reading.needs_person) == ("nothing", True, False)
    assert not only_noise(["ok", "merci", "livrer"], note_rules("fr").noise)


@pytest.mark.parametrize(
    ("note", "lang", "recipient"),
    [
        ("pour les 40 ans de ma cousine", "fr", "ma cousine"),
        ("c pour l'anniv de ma meilleure amie", "fr", "ma meilleure amie"),
        ("für die Hochzeit von meinem Bruder", "de", "meinem Bruder"),
        ("for my sister in law, she's turning 40", "en", "my sister in law"),
    ],
)
def test_an_occasion_of_someone_of_the_customers_is_a_present_for_them(note: str, lang: str, recipient: str) -> None:
    reading = read_customer_note(note, lang)
    assert (reading.kind, reading.recipient) == ("gift", recipient), reading


def test_a_negation_ends_with_its_clause() -> None:
    reading = read_customer_note("not a present so the receipt can go in", "en")
    assert (reading.kind, reading.denied) == ("instruction", True)
    assert read_customer_note("no gift, so please wrap it in plain paper", "en").kind == "request"


def test_reading_is_a_value() -> None:
    first = read_customer_note("Geburtstagsgeschenk für meinen Mann 🎁", "de")
    assert first == read_customer_note("Geburtstagsgeschenk  für meinen Mann 🎁", "de")
    assert isinstance(first, CustomerNote)
    assert (first.kind, first.occasion, first.recipient) == ("gift", "birthday", "meinen Mann")


def _rules_folder(tmp_path: Path, rule: str, words: str = "negation: [not]\n") -> Path:
    (tmp_path / "words.yml").write_text(words, encoding="utf-8")
    (tmp_path / "gift.yml").write_text(rule, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    ("rule", "words", "message"),
    [
        ("kind: gifts\ncues: []\n", "negation: [not]\n", "gift.yml: kind must be one of"),
        ("kind: gift\ncues:\n  - id: x\n", "negation: [not]\n", "gift.yml: cue 1: a cue needs an id and a list"),
        ("kind: gift\ncues:\n  - {id: x, patterns: ['@nope']}\n", "negation: [not]\n", "unknown word group @nope"),
        ("kind: gift\ncues:\n  - {id: x, patterns: ['/(/']}\n", "negation: [not]\n", "bad regular expression"),
        ("kind: gift\ncues:\n  - {id: x, patterns: [a], when: 1}\n", "a: [b]\n", "cue 1: unknown key 'when'"),
        ("kind: gift\n", "negation: [not, no]\n", "words.yml: negation: False is not a word; put it in quotes"),
        ("kind: gift\ncues: [\n", "a: [b]\n", "gift.yml: cannot read the customer-note rules"),
        ("kind: gift\ncues:\n  - {id: x, patterns: ['=a|b']}\n", "a: [b]\n", "cue 1 .x.: write every form"),
    ],
)
def test_broken_rule_files_say_where(tmp_path: Path, rule: str, words: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message.replace("(", r"\(").replace("[", r"\[")) as raised:
        load_rules(_rules_folder(tmp_path, rule, words), "en")
    assert str(tmp_path) in str(raised.value)
