"""Declined adjectives at the start of a German product name ("Kleiner", "Kabellose", "Entkoffeinierter"): the
adjectives and endings that tell them, so that the head noun is found after them and they are declined with it."""

from __future__ import annotations

from functools import lru_cache

from notegen.language.words import words

ADJECTIVE_ENDINGS = ("e", "er", "es", "en", "em")
ADJECTIVE_SUFFIXES = tuple(words("ig lich isch los bar sam haft iv ös dicht fest frei voll förmig ern"))
ADJECTIVES = frozenset(
    words(
        "klein groß grün schwarz weiß rot blau gelb braun grau rosa neu alt lang kurz warm kalt weich fein echt "
        "rund dick dünn hoch tief breit schmal leicht schwer hell dunkel bunt klar sanft mild scharf süß frisch "
        "zart stark edel rein wild ganz halb doppelt extra schön gut matt los glatt trocken flüssig oval roh"
    )
)


@lru_cache(maxsize=8192)
def is_adjective(word: str) -> bool:
    """Whether a capitalised word at the start of a name is a declined adjective ("Kleiner", "Kabellose"; "Grosse"
    as capitals and Swiss German write "Große")."""
    lower = word.lower()
    if "ss" in lower and is_adjective(lower.replace("ss", "ß")):
        return True
    for ending in ADJECTIVE_ENDINGS:
        stem = lower[: -len(ending)]
        known = any(form in ADJECTIVES for form in stems(stem))
        if lower.endswith(ending) and (known or stem.endswith(ADJECTIVE_SUFFIXES) or _participle(stem)):
            return True
    return known_adjective(word)


def known_adjective(word: str) -> bool:
    """Whether spaCy's lemma table reads `word` in lower case as a declined form of an adjective: its lemma is
    the word without its ending, in lower case ("flache" → "flach", "bunte" → "bunt"; a noun's is capitalised)."""
    from notegen.language.forms import lemma_store  # the table loads on the first name that needs it

    lower = word.lower()
    lemma = lemma_store("de").lemma(lower) or ""
    known = any(lower.endswith(end) and lemma in stems(lower[: -len(end)]) for end in ADJECTIVE_ENDINGS)
    return known or _declined_elsewhere(lower)


def _declined_elsewhere(lower: str) -> bool:
    """Whether a word in -e (lower case) is an adjective the lemma table knows only in its other declined forms
    ("digitale": "digitaler" → "digital"; "analoge", "transparente"), as it lists few forms in -e of loan
    adjectives."""
    from notegen.language.forms import lemma_store

    if not lower.endswith("e") or len(lower) < 5:
        return False
    stem, store = lower[:-1], lemma_store("de")
    return any(store.lemma(stem + end) in stems(stem) for end in ("er", "es", "en"))


def stems(stem: str) -> tuple[str, ...]:
    """The adjective a declined form's stem may come from: itself, or with the e an adjective in -el or -er drops
    before its ending ("dunkl" of "dunkler": "dunkel"; "teur" of "teure": "teuer")."""
    if len(stem) > 3 and stem.endswith(("l", "r")) and stem[-2] not in "aeiouäöü":
        return stem, stem[:-1] + "e" + stem[-1]
    return (stem,)


def _participle(stem: str) -> bool:
    """Whether `stem` is a participle used as an adjective ("gefüttert", "handgemacht", "selbstaufblasend")."""
    if stem.endswith("t") and "ge" in stem[:-3] and len(stem) > 5:
        return True
    return len(stem) > 6 and stem.endswith(("iert", "end"))  # "entkoffeiniert", "selbstaufblasend"
