"""Who a word or a phrase of a customer's order note names: a person word or an animal's ("Schwiegervater", "ma
belle mere", "in-laws", "our dog"), and a person's name ("Anna & Tom", "the Hendersons"). The words are the
``persons``, ``pets``, ``articles``, ``family_articles`` and ``name_joins`` groups of
``locales/<lang>/notes/words.yml``; the lemma store tells a name from a word.
"""

from __future__ import annotations

from spacy.tokens import Token

from notegen.language.forms import lemma_store
from notegen.language.note_rules import FOLDED, NoteRules, fold, folded


def compound(token: Token) -> str:
    """The hyphenated word `token` is a part of, in lower case ("in-laws" for "in"), or ""."""
    doc = token.doc
    start = end = token.i
    while (
        start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_ and not doc[start - 1].whitespace_
    ):
        start -= 2
    while end + 2 < len(doc) and doc[end + 1].text == "-" and not doc[end].whitespace_ and not doc[end + 1].whitespace_:
        end += 2
    return doc[start : end + 1].text.lower() if end > start else ""


def is_person(token: Token, rules: NoteRules, lang: str, pets: bool = False) -> bool:
    """Whether `token` is a person word (or an animal's, with `pets`); in French typed with or without accents
    ("ma belle mere")."""
    lower = fold(token.lower_) if lang in FOLDED else token.lower_
    for group in ("persons", "pets") if pets else ("persons",):
        words = rules.words.get(group, frozenset())
        words = folded(words) if lang in FOLDED else words
        if lower in words or token.norm_ in words or (token.is_alpha and compound(token) in words):
            return True
        # German compounds end in their head: "Schwiegervater", "Tagesmutter", "Familienhund"
        if lang == "de" and len(lower) > 5 and any(lower.endswith(word) for word in words if len(word) > 3):
            return True
    return False


def person_at(span: list[Token], rules: NoteRules, lang: str, pets: bool = False) -> int:
    """Where the first person word of `span` is (or an animal's, with `pets`), -1 when it names none."""
    return next((i for i, token in enumerate(span) if is_person(token, rules, lang, pets)), -1)


def is_name(span: list[Token], rules: NoteRules) -> bool:
    """Whether the phrase is a person's name ("Anna & Tom", "Julie et Karim"): capitalised words the
    lexicon does not know as words, with no article before them, except a family's name in the plural after one
    of ``family_articles`` ("the Hendersons")."""
    words = [token for token in span if token.is_alpha]
    if len(words) == 2 and words[0].lower_ in rules.words.get("family_articles", frozenset()):
        words = words[1:] if words[1].text.endswith("s") else words
    if not words or words[0].lower_ in rules.words.get("articles", frozenset()):
        return False
    store = lemma_store(rules.lang)
    joins = rules.words.get("name_joins", frozenset())
    return all(
        token.lower_ in joins or (token.text[:1].isupper() and store.lemma(token.text.lower()) is None)
        for token in words
    )
