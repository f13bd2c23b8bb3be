"""Spellings of German nouns the lexicon lists only in another form: "ss" for "ß", as capitals and Swiss German
write it ("FUSSMATTE", "Giesskanne"), and a single final p where the spelling of 1996 doubled it ("Wischmop" for
"Wischmopp", "Tip" for "Tipp"). The lexicon's rows are read under the other spelling and given back in the one the
name writes. An English loan in -phone after an English word is no plural of its German spelling in -phon: "das
Video-Babyphone", "die Video-Babyphones" (`english_loan`)."""

from __future__ import annotations

import re
from collections.abc import Callable

Lookup = Callable[[str], tuple[str, ...]]
# A short vowel and a single p at the end of a word, which the spelling of 1996 doubles ("Mop" → "Mopp").
_SINGLE_P = re.compile(r"[^aeiouäöü][aeiouäöü]p$")


def respelled(word: str, lookup: Lookup) -> tuple[str, ...]:
    """The lexicon's rows of `word` (lower case) under another spelling, their forms written as `word` writes them;
    () when it has none or none is known."""
    return _sharp_s(word, lookup) or _single_p(word, lookup)


def _sharp_s(word: str, lookup: Lookup) -> tuple[str, ...]:
    """The rows of `word` written with "ss" for "ß", their forms written with "ss" as the name writes them."""
    if "ss" not in word:
        return ()
    spellings = {word.replace("ss", "ß")} | {word[:i] + "ß" + word[i + 2 :] for i in _finds(word, "ss")}
    found = next((rows for rows in map(lookup, sorted(spellings)) if rows), ())
    return tuple(row.replace("ß", "ss") for row in found)


def _finds(text: str, part: str) -> list[int]:
    return [index for index in range(len(text)) if text.startswith(part, index)]


def _single_p(word: str, lookup: Lookup) -> tuple[str, ...]:
    """The rows of `word` with its final p doubled ("wischmop" as "wischmopp": m, "Wischmopps"), each form that
    begins with the doubled spelling written with one p ("Wischmop", "Wischmops")."""
    if not _SINGLE_P.search(word):
        return ()
    doubled = word + "p"

    def single(form: str) -> str:
        return form[: len(word)] + form[len(doubled) :] if form.lower().startswith(doubled) else form

    rows = []
    for row in lookup(doubled):
        kind, *forms = row.split("|")
        rows.append("|".join([kind, *(single(form) for form in forms)]))
    return tuple(rows)


def english_loan(word: str, rows: tuple[str, ...], english: Callable[[str], bool]) -> tuple[str, ...]:
    """The row of `word` as an English loan in -phone, neuter with its plural in -s ("das Video-Babyphone", "die
    Video-Babyphones"), where the lexicon's `rows` read it only as the plural of the German spelling in -phon and
    the part before "phone" is an English word (`english`); () for any other word ("Saxophone", "Mikrofone")."""
    lower = word.lower()
    if not lower.endswith("phone") or not rows or not english(word[:-5]):
        return ()
    if not all(row.startswith("P|") and row.split("|")[1].lower() == lower[:-1] for row in rows):
        return ()
    lemma = word[:1].upper() + word[1:]
    return (f"S|{lemma}|n|{lemma}s|{lemma}s|",)
