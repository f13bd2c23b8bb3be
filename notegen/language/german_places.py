"""German adjectives of place in -er before a noun ("Thüringer Rostbratwurst", "Lübecker Marzipan", "Schwarzwälder
Kirschtorte", "Wiener Würstchen"): written with a capital, never declined, and no noun of the name, though the
lexicon lists each as the noun for a person from there ("der Thüringer"). A name is read past them to its noun:
"die Thüringer Rostbratwurst", "die drei Thüringer Rostbratwürste", never "der Thüringer Rostbratwurst".

The places are the toponyms of german-nouns (Wiktionary, CC BY-SA 4.0), kept in their own small index, and the
nouns it lists without a plural ("Westerwald", not marked as a place).
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from functools import cache

from notegen.language.german_lexicon import entries
from notegen.language.lexicon import Lexicon, open_lexicon, package_file

PACKAGE = "german-nouns"
MIN_PLACE = 3  # the shortest place name read ("Ulm", "Hof")
_UMLAUTS = str.maketrans("äöü", "aou")


def _place_rows() -> Iterator[tuple[str, str]]:
    path = package_file(PACKAGE, "nouns.csv")
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if "Toponym" in row["pos"].split(",") and row["lemma"][:1].isupper():
                yield row["lemma"].lower(), row["lemma"]


@cache
def places() -> Lexicon:
    """The index of German place names, lower case to their spelling, built on first use."""
    return open_lexicon("de-places", PACKAGE, _place_rows)


def _places_named(stem: str) -> list[str]:
    """The place names an adjective's stem (the adjective without -er) may come from: the stem itself ("Lübeck",
    "Allgäu"), with -en ("Thüringen", "Bremen") or with the e a stem drops before -n ("Dresd|n" of "Dresden",
    "Münch|n", "Bas|l" of "Basel"), and without the umlaut the adjective takes ("Schwarzwäld" of "Schwarzwald")."""
    forms = [stem, stem + "en"]
    if stem.endswith(("n", "l")) and stem[-2:-1] not in "aeiouäöü":
        forms.append(stem[:-1] + "e" + stem[-1])
    return forms + [form.translate(_UMLAUTS) for form in forms if form.translate(_UMLAUTS) != form]


def place_adjective(word: str, readings: list[tuple[str, str]]) -> bool:
    """Whether `word` is an adjective of place in -er ("Thüringer", "Lübecker", "Schwarzwälder"), given the
    lexicon's (singular, plural) readings of it: its stem names a place, and the lexicon reads it, if at all, only
    as a noun alike in both numbers (the person from there), never as a noun of its own that a place's name only
    looks like ("Hammer", plural "Hämmer", is no one from Hamm)."""
    if not (word[:1].isupper() and word.isalpha() and word.endswith("er")) or len(word) < MIN_PLACE + 2:
        return False
    if any(plural and plural != singular for singular, plural in readings):
        return False
    stem = word[:-2].lower()
    named = _places_named(stem)
    plain = [form.translate(_UMLAUTS) for form in (stem, stem + "en") if form.translate(_UMLAUTS) != form]
    return any(places().get(form) for form in named) or any(_region(form, word) for form in plain)


def _region(form: str, word: str) -> bool:
    """Whether the lexicon knows `form` only as a noun without a plural, as it lists some regions without marking
    them as places ("Westerwald" of "Westerwälder", "Rheinland" of "Rheinländer"), and the adjective `word` ends in
    the plural of the noun the region's name ends in ("Wälder" of "Wald", "Länder" of "Land"); a noun made with -er
    from a verb ("Bräter", of "braten") may end like a noun without a plural ("Brat") too, but in no plural."""
    ends = (entry.plural.lower() for start in range(1, len(form) - 2) for entry in entries(form[start:]))
    if not any(plural and word.lower().endswith(plural) for plural in ends):
        return False
    found = entries(form)
    return bool(found) and all(not entry.plural and not entry.is_plural for entry in found)
