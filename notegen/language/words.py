"""Small pieces of language that every note needs: numbers as words, ordinals, lists, capitals.

Babel formats money, dates and grouped numbers (see `notegen.language.locales`); these are the words Babel does not
spell out: "zwei", "deux", "two"; "dritte", "troisième", "third"; "A, B und C".
"""

from __future__ import annotations

from collections.abc import Sequence


def words(text: str) -> list[str]:
    """The words of a space-separated list (tables of words read better that way)."""
    return text.split()


NUMBERS = {
    "de": words("eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf"),
    "fr": words("un deux trois quatre cinq six sept huit neuf dix onze douze"),
    "en": words("one two three four five six seven eight nine ten eleven twelve"),
}
ORDINALS = {
    "de": words(
        "erste zweite dritte vierte fünfte sechste siebte achte neunte zehnte elfte zwölfte dreizehnte vierzehnte "
        "fünfzehnte sechzehnte siebzehnte achtzehnte neunzehnte zwanzigste"
    ),
    "fr": words(
        "première deuxième troisième quatrième cinquième sixième septième huitième neuvième dixième onzième douzième "
        "treizième quatorzième quinzième seizième dix-septième dix-huitième dix-neuvième vingtième"
    ),
    "en": words(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
        "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
    ),
}
AND = {"de": "und", "fr": "et", "en": "and"}


def number_word(value: int, lang: str) -> str:
    """A small number as a word (1–12: "zwei", "deux", "two"), larger ones in digits."""
    return NUMBERS[lang][value - 1] if 1 <= value <= 12 else str(value)


def ordinal(value: int, lang: str) -> str:
    """An ordinal for "your third order": dritte / troisième / third, in words up to the twentieth (a letter
    writes « quinzième », not « 15e »); 21. / 21e / 21st above."""
    if 1 <= value <= len(ORDINALS[lang]):
        return ORDINALS[lang][value - 1]
    if lang == "de":
        return f"{value}."
    if lang == "fr":
        return f"{value}e"
    suffix = "th" if 10 <= value % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(value % 10, "th")
    return f"{value}{suffix}"


def and_list(parts: Sequence[str], lang: str) -> str:
    """Join phrases as a person lists them: "A", "A und B", "A, B und C"."""
    if len(parts) <= 1:
        return parts[0] if parts else ""
    return f"{', '.join(parts[:-1])} {AND[lang]} {parts[-1]}"


def capfirst(text: str) -> str:
    """`text` with its first letter upper-case and the rest left alone (unlike str.capitalize)."""
    return text[:1].upper() + text[1:]


_FRENCH_SPACES = {" !": "\u202f!", " ?": "\u202f?", " ;": "\u202f;", " :": "\xa0:", "« ": "«\xa0", " »": "\xa0»"}


def french_spaces(text: str) -> str:
    """French typography: a narrow no-break space before ! ? ; and a no-break space before : and inside « »,
    so that a line never breaks between a word and its punctuation."""
    for plain, typeset in _FRENCH_SPACES.items():
        if plain in text:
            text = text.replace(plain, typeset)
    return text


def web_address(url: str) -> str:
    """A URL as it is written in a letter: without the scheme and a trailing slash."""
    for scheme in ("https://", "http://"):
        if url.startswith(scheme):
            url = url[len(scheme) :]
            break
    return url.rstrip("/")
