"""The blind tests' own grammar: which determiners agree with which gender and number, written out by hand, and
the acceptable mentions of an item built from the hand-written phrases of tests/data/blind/*_items.tsv.

Nothing here asks notegen how to name an item: the phrases and the tables are the oracle."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data" / "blind"
SPACES = re.compile(r"[\u00a0\u202f ]+")


@dataclass(frozen=True)
class Row:
    """One hand-checked product name and how a native writer names it (alternatives for one and three)."""

    lang: str
    name: str
    variant: str
    gender: str  # de: m f n pl; fr: m f; en: ""
    number: str  # sg or pl (as the name is written)
    aspirated: bool
    article: str  # en: a, an or "" (no indefinite article)
    one: tuple[str, ...]
    three: tuple[str, ...]
    vone: tuple[str, ...]  # what follows the phrase when the variant is given (one piece)
    vthree: tuple[str, ...]


def _alts(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split("|") if part.strip())


def rows(lang: str, folder: str = "") -> list[Row]:
    """The rows of `lang`'s name list (round 1; `folder`: a later round's folder under tests/data/blind)."""
    with (DATA / folder / f"{lang}_items.tsv").open(encoding="utf-8", newline="") as handle:
        raw = list(csv.DictReader(handle, delimiter="\t"))
    found = []
    for r in raw:
        if lang == "de":
            vone = vthree = _alts(r["vsuffix"])
            gender, number, article = r["gender"], "pl" if r["gender"] == "pl" else "sg", ""
        elif lang == "fr":
            vone, vthree = _alts(r["vone"]), _alts(r["vthree"])
            gender, number, article = r["gender"], r["number"], ""
        else:
            v = r["variant"]
            attached = (f"in {v}", f"({v})", f"– {v}", f"in size {v}") if v else ()
            vone = vthree = attached + _alts(r.get("vsuffix") or "")  # an optional column: whole phrases ("= …")
            gender, number, article = "", "sg", "" if r["article"] == "-" else r["article"]
        found.append(
            Row(
                lang, r["name"], r["variant"], gender, number, r.get("h_aspire") == "yes", article,
                _alts(r["one"]), _alts(r["three"]), vone, vthree,
            )
        )  # fmt: skip
    return found


def with_variant(phrases: tuple[str, ...], suffixes: tuple[str, ...]) -> tuple[str, ...]:
    """The phrases with the variant attached in each acceptable way. A suffix written "= phrase" is a whole phrase
    with the variant inside the name (« la housse de coussin grise 40 x 40 cm »), taken as it is."""
    whole = tuple(s[1:].strip() for s in suffixes if s.startswith("="))
    attached = [s for s in suffixes if not s.startswith("=")]
    return tuple(f"{p}{s}" if s.startswith(",") else f"{p} {s}" for p in phrases for s in attached) + whole


def normal(text: str) -> str:
    """Spaces of every width as one space, typographic apostrophes as straight ones."""
    return SPACES.sub(" ", text).replace("’", "'")


# ---- German -------------------------------------------------------------------------------------------------
# determiner -> the genders/numbers it can stand before, and the cases it can be in
DE_DET: dict[str, dict[str, set[str]]] = {}


def _de(words: str, gender: str, cases: str) -> None:
    for word in words.split():
        for case in cases.split(","):
            DE_DET.setdefault(word, {}).setdefault(gender, set()).add(case)


for _g, _nom, _acc, _dat in (
    ("m", "der", "den", "dem"),
    ("f", "die", "die", "der"),
    ("n", "das", "das", "dem"),
    ("pl", "die", "die", "den"),
):
    _de(_nom, _g, "nom")
    _de(_acc, _g, "acc")
    _de(_dat, _g, "dat")
for _stem in ("Ihr", "dein", "unser", "Dein", "ihr"):
    _de(_stem, "m", "nom")
    _de(_stem, "n", "nom,acc")
    _de(_stem + "en", "m", "acc")
    _de(_stem + "em", "m", "dat")
    _de(_stem + "em", "n", "dat")
    _de(_stem + "e", "f", "nom,acc")
    _de(_stem + "er", "f", "dat")
    _de(_stem + "e", "pl", "nom,acc")
    _de(_stem + "en", "pl", "dat")
for _word, _g in (("zum", "m"), ("zum", "n"), ("vom", "m"), ("vom", "n"), ("im", "m"), ("im", "n")):
    _de(_word, _g, "dat")
_de("zur", "f", "dat")
_de("beim", "m", "dat")
_de("beim", "n", "dat")
# a comma followed by a subject pronoun ends a clause ("what you think of the Hourglasses, you can …"): the
# sentence's own comma after a short form, not the name's
CLAUSE_AFTER_COMMA = re.compile(
    r" (you|we|they|it|he|she|I|Sie|wir|es|er|sie|du|ihr|vous|nous|il|elle|ils|elles|on|tu)\b"
)
DE_ACC_PREP = {"für", "ohne", "durch", "um", "gegen"}
DE_DAT_PREP = {"mit", "von", "aus", "bei", "seit", "nach", "zu", "außer"}


def de_cases(determiner: str, gender: str) -> set[str]:
    """The cases `determiner` can have before a noun of `gender` (empty: it does not agree)."""
    return DE_DET.get(determiner, {}).get(gender, set())


DE_UNITS = {"Fiskars", "Opinel", "Packungen", "Paar", "Sets", "Sätze", "Flaschen", "Beutel", "Gläser", "Boxen",
            "Kartons", "Kisten", "Dosen", "Tüten", "Knäuel", "Meter", "Stück", "Rollen", "Schachteln"}  # fmt: skip


def de_plural_dative(phrase: str) -> str:
    """The dative plural of a hand-written plural phrase: its unit ("Gläser") and its first plural noun take -n
    unless they end in n or s."""
    words = phrase.split(" ")
    for i, word in enumerate(words):
        if word in ("Beutel", "Gläser", "Sätze", "Knäuel"):  # units take the dative too: "mit drei Gläsern Honig"
            words[i] = word + "n"
        if word[:1].isupper() and word not in DE_UNITS:
            bare = word.rstrip(",")
            if not bare.endswith(("n", "s")) and bare.replace("-", "").isalpha():  # also "Frottee-Gästehandtücher"
                words[i] = bare + ("N" if bare.isupper() else "n") + word[len(bare) :]  # "LEUCHTMITTELN"
            break
    return " ".join(words)


def de_plural_dative_declined(phrase: str) -> str:
    """The dative plural as `de_plural_dative` makes it, with a leading adjective of the strong plural declined as
    well ("mit den drei Packungen gebogenen Gleisen", where the accusative is "gebogene Gleise")."""
    words = de_plural_dative(phrase).split(" ")
    for i, word in enumerate(words):
        if word[:1].isupper() and word not in DE_UNITS:
            break
        if word.islower() and word.isalpha() and len(word) > 3 and word.endswith("e"):
            words[i] = word + "n"
    return " ".join(words)


# ---- French -------------------------------------------------------------------------------------------------
FR_VOWEL = "aeiouyéèêëàâäîïôöûüœæh"
FR_DET = {
    "m": {"le", "du", "au", "votre", "ton", "notre", "ce", "un", "son", "mon"},
    "f": {"la", "votre", "ta", "notre", "cette", "une", "sa", "ma"},
    "pl": {"les", "des", "aux", "vos", "tes", "nos", "ces", "ses", "mes"},
}
FR_ELIDED_OK = {"l'", "votre", "ton", "notre", "cet", "son", "mon", "un", "une", "de l'", "à l'"}


def fr_determiner_ok(determiner: str, gender: str, plural: bool, noun: str, aspirated: bool) -> bool:
    """Whether a French determiner agrees with the noun it stands before (gender, number, elision, h aspiré)."""
    d = determiner.lower().replace("’", "'")
    if plural:
        return d in FR_DET["pl"]
    starts_vowel = noun[:1].lower() in FR_VOWEL and not aspirated
    if d == "l'":
        return starts_vowel
    if d in {"le", "la", "du", "au", "ce"}:
        return not starts_vowel and d in FR_DET[gender] | ({"du", "au"} if gender == "m" else set())
    if d in {"ton", "mon", "son"} and gender == "f":
        return starts_vowel
    if d in {"ta", "ma", "sa"}:
        return gender == "f" and not starts_vowel
    if d == "cette":
        return gender == "f"
    return d in FR_DET[gender] or d in {"l'"}


# ---- English ------------------------------------------------------------------------------------------------
EN_DET = {"the", "your", "our", "this", "these", "a", "an", "my"}


# ---- judging the mentions of an item in a note --------------------------------------------------------------
ARTICLES = {"de": ("der ", "den ", "die ", "das "), "fr": ("le ", "la ", "les ", "l'"), "en": ("the ",)}
FILLERS = {"drei", "trois", "three", "pairs", "packs", "of", "copies", "sets", "boxes", "petite", "petit", "grand"}
TITLE_ARTICLES = {"The", "A", "An"}


@dataclass(frozen=True)
class Mention:
    """One place where the note names the item (or seems to), and the verdict on it."""

    ok: bool
    text: str
    why: str


def core(phrase: str, lang: str) -> str:
    """The phrase without its leading definite article."""
    for article in ARTICLES[lang]:
        if phrase.startswith(article):
            return phrase[len(article) :]
    return phrase


def expected(row: Row, quantity: int, variant: str) -> tuple[str, ...]:
    """The acceptable phrases (with the definite article) for this quantity and variant."""
    phrases = row.one if quantity == 1 else row.three
    if variant:
        said = re.compile(r"(?<!\w)" + re.escape(variant) + r"(?!\w)", re.IGNORECASE if len(variant) > 2 else 0)
        own = tuple(p for p in phrases if said.search(p))  # the variant already in the phrase
        phrases = own or with_variant(phrases, row.vone if quantity == 1 else row.vthree)
    return tuple(normal(p) for p in phrases)


def anchor(row: Row) -> str:
    """The word of the name every mention contains: the first word of the phrase that is not an adjective."""
    for word in core(normal(row.one[0]), row.lang).split():
        bare = word.strip("«»„“”(),")
        if bare.lower() in FILLERS or (row.lang == "de" and bare[:1].islower()) or bare in TITLE_ARTICLES:
            continue
        return bare
    return row.name.split()[0]


def _core_pattern(text: str, lang: str) -> str:
    """A regex for a hand-written core; a German leading adjective may take any ending."""
    parts = []
    for i, word in enumerate(text.split(" ")):
        if lang == "de" and i < 2 and word.isalpha() and word.islower() and word not in {"drei"}:
            stem = re.sub(r"(e|en|er|es)$", "", word)
            parts.append(re.escape(stem) + r"(?:e|en|er|es)?")
        else:
            parts.append(re.escape(word))
    return r"\s+".join(parts)


def _determiner_ok(row: Row, quantity: int, before: str, head: str) -> tuple[bool, str]:
    """Whether the words before a mention agree with it; (ok, what was wrong)."""
    words = re.findall(r"[\w'’]+", before)
    if row.lang == "de":
        gender = "pl" if quantity > 1 or row.gender == "pl" else row.gender
        if not words:
            return True, ""
        det = words[-1]
        if det.lower() in {"ein", "eine", "einen", "einem", "einer"}:
            ok = quantity == 1 and gender != "pl"
            return ok, "" if ok else f"'{det}' before a plural"
        if det not in DE_DET and det.lower() not in DE_DET:
            return True, ""  # no determiner: a list, a subject line
        cases = de_cases(det, gender) or de_cases(det.lower(), gender)
        if not cases:
            return False, f"'{det}' does not agree with {gender}"
        if len(words) > 1 and det not in {"zum", "zur", "vom", "im", "beim"}:
            prep = words[-2].lower()
            need = "acc" if prep in DE_ACC_PREP else "dat" if prep in DE_DAT_PREP else ""
            if need and need not in cases:
                return False, f"'{prep} {det}' is not {need}"
        return True, ""
    if row.lang == "fr":
        plural = quantity > 1 or row.number == "pl"
        tail = normal(before)[-6:].lower()
        if tail.endswith("l'"):
            det = "l'"
        elif not words:
            return True, ""
        else:
            det = words[-1].lower()
        known = set().union(*FR_DET.values()) | {"l'", "cet", "un", "une"}
        if det not in known:
            return True, ""
        ok = fr_determiner_ok(det, row.gender, plural, head, row.aspirated)
        if det in {"un", "une"}:
            ok = not plural and det == ("un" if row.gender == "m" else "une")
        return ok, "" if ok else f"'{det}' before {head!r} ({row.gender}, {'pl' if plural else 'sg'})"
    det = words[-1].lower() if words else ""
    if det in {"the", "your"} and head.startswith(("The ", "A ")):
        return False, f"'{det}' before a title with its own article"
    return True, ""


# French nouns of two words: a short form keeps both ("la bande dessinée", never "la bande")
COMPOUNDS = ("bande dessinée", "chambre à air", "fond de teint", "fard à paupières")


def short_forms(row: Row, quantity: int) -> set[str]:
    """The head noun alone as a note may name the item again: as each phrase for one writes it (a weak noun: "der
    Ammonit", "dem Ammoniten"), in the plural for three."""
    word = anchor(row)
    forms = ({word, de_plural_dative(word)} if row.gender == "pl" else {word}) if quantity == 1 else set()
    stem = word[: max(3, len(word) - 4)].lower()
    for phrase in row.one if quantity == 1 else row.three:
        for token in core(normal(phrase), row.lang).split():
            bare = token.strip("«»„“”(),")
            if bare.lower() in FILLERS:  # "drei" is no form of a head that begins with it ("Dreifüße")
                continue
            if bare.lower().startswith(stem):
                forms.add(bare)
                if row.lang == "de" and quantity > 1:
                    forms.add(de_plural_dative(bare))
                break
    return forms or {word}


def counted_in_units(row: Row) -> bool:
    """Whether the hand-written phrases count three of a German name in what it comes in, its noun itself in the
    singular ("die drei Packungen Roggenmehl", "die drei Flaschen flüssige Seife"): goods not counted themselves,
    which a later mention may name as one ("das Roggenmehl"), however many packs were bought."""
    if row.lang != "de" or row.gender == "pl":
        return False
    word = re.escape(anchor(row))  # a unit between the count and the noun: "Packungen", "Netze", "Tuben"
    return any(re.search(rf"\bdrei [A-ZÄÖÜ][\w-]* (?:[a-zäöüß]+ )*{word}(?![\w-])", normal(p)) for p in row.three)


def _other_words(row: Row, word: str, after: str) -> bool:
    """Whether the words after an English anchor word differ from those after it in the name."""
    name = normal(row.name).split()
    at = name.index(word) if word in name else -1
    if at < 0 or at == len(name) - 1:
        return False
    following = after.split()
    return not following or following[0].lower().strip("(),.!") != name[at + 1].lower().strip("(),")


def judge(row: Row, quantity: int, variant: str, text: str) -> list[Mention]:
    """Every mention of the item in `text`, each with a verdict; a missing mention is a wrong one."""
    text = normal(text)
    found: list[Mention] = []
    spans: list[tuple[int, int]] = []
    cores = {core(p, row.lang) for p in expected(row, quantity, variant)}
    if row.lang == "de" and (quantity > 1 or row.gender == "pl"):
        cores |= {de_plural_dative(c) for c in cores} | {de_plural_dative_declined(c) for c in cores}
    for item_core in sorted(cores, key=len, reverse=True):
        pattern = r"(?<![\w-])" + _core_pattern(item_core, row.lang) + r"(?![\w-])"
        for match in re.finditer(pattern, text):
            if any(a <= match.start() < b for a, b in spans):
                continue
            spans.append((match.start(), match.end()))
            head = match.group(0).split()[0]
            counted = quantity if item_core.split()[0] in {"drei", "trois", "three"} else 1  # a mass noun
            ok, why = _determiner_ok(row, counted, text[max(0, match.start() - 30) : match.start()], head)
            found.append(Mention(ok, text[max(0, match.start() - 12) : match.end()], why))
    fallbacks = list(re.finditer(r"(Artikel|article)[sn]? [„«] ?" + re.escape(normal(row.name)) + r" ?[“»]", text))
    for fallback in fallbacks:  # the construction that needs no agreement, with its variant if any
        end = fallback.end()
        rest = re.match(
            r" \((coloris|Farbe|Variante) ?: [^)]*\)| in \w+| en (?:taille|pointure) [\w.,-]+(?: mois| ans)?",
            text[end:],
        )
        spans.append((fallback.start(), end + (rest.end() if rest else 0)))
    if not found and not fallbacks:
        found.append(Mention(False, "", "the item is not named as expected"))
    word = anchor(row)
    if len(word) <= 6:
        pattern = r"(?<![\w/.-])" + re.escape(word) + r"(?:s|x|n|e|en|es|ss)?(?![\w-])"
    else:
        pattern = r"(?<![\w/.-])" + re.escape(word[: max(5, len(word) - 2)]) + r"[\w-]*"
    for match in re.finditer(pattern, text, re.IGNORECASE):
        if any(a <= match.start() < b for a, b in spans):
            continue
        snippet = text[max(0, match.start() - 15) : match.end() + 25]
        if row.lang == "en" and _other_words(row, word, text[match.end() :]):
            continue  # an ordinary word of the sentence ("a little something"), not the name
        compound = any(normal(row.name).lower().startswith(c) for c in COMPOUNDS)
        if compound:
            rest = next(c for c in COMPOUNDS if normal(row.name).lower().startswith(c)).split()[1:]
            kept = r"\s+" + r"\s+".join(re.escape(w) + ("s?" if i == 0 else "") for i, w in enumerate(rest))
            compound = not re.match(kept, text[match.end() :])
        if match.group(0) in short_forms(row, quantity) and not compound:  # named again by its head noun alone
            before = text[max(0, match.start() - 30) : match.start()]
            ok, why = _determiner_ok(row, quantity, before, match.group(0))
            if not ok and quantity > 1 and counted_in_units(row):  # "das Roggenmehl" after three packs of it
                ok, why = _determiner_ok(row, 1, before, match.group(0))
            left = text[match.end() : match.end() + 1] == "," and f"{word}," in normal(row.name)
            if left and text[match.end() :].startswith("," + normal(row.name).split(f"{word},", 1)[1]):
                left = False  # the whole name, its comma and all, only without the variant (a subject line)
            if ok and left and not CLAUSE_AFTER_COMMA.match(text, match.end() + 1):  # else the sentence's comma
                ok, why = False, "the name's comma is left after its short form"
            found.append(Mention(ok, snippet, why))
            continue
        found.append(Mention(False, snippet, f"'{match.group(0)}' is not one of the expected forms"))
    if variant:
        pattern = r"(?<![\w.-])" + re.escape(normal(variant)) + r"(?![\w.'-])"
        flags = re.IGNORECASE if len(variant) > 2 else 0
        for match in re.finditer(pattern, text, flags):
            if not any(a <= match.start() < b for a, b in spans):
                snippet = text[max(0, match.start() - 30) : match.end() + 10]
                found.append(Mention(False, snippet, f"the variant '{match.group(0)}' is not attached as expected"))
    return found
