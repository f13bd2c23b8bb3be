"""Naming the person a present is for, in the note's language and formality: "Ihre Mutter", "votre sœur",
"your mother", from the relation the customer's note names ("für meine Mama", "for my mum", "pour ma sœur"),
whatever language the note itself is written in. A relation whose gender the language would need and the
note does not give (an English "friend" is "Freund" or "Freundin") is not named.
"""

from __future__ import annotations

import re

from notegen.language.relations import concept, concepts, relations

_DE_POSSESSIVE = {  # case: gender: ending of Ihr-/dein-
    "nom": {"m": "", "f": "e", "n": "", "pl": "e"},
    "acc": {"m": "en", "f": "e", "n": "", "pl": "e"},
    "dat": {"m": "em", "f": "er", "n": "em", "pl": "en"},
}


_PRONOUNS = {
    "de": {"f": ("sie", "ihr"), "m": ("er", "ihm"), "n": ("es", "ihm"), "pl": ("sie", "ihnen")},
    "fr": {"f": ("elle", "lui"), "m": ("il", "lui"), "pl": ("ils", "leur")},
    "en": {"f": ("she", "her"), "m": ("he", "him"), "n": ("they", "them"), "pl": ("they", "them")},
}


def pronouns(concept: str, lang: str) -> tuple[str, str]:
    """The subject and object pronouns for a relation in `lang` ("sie"/"ihr", "il"/"lui", "they"/"them")."""
    gender = relations()[concept]["de" if lang == "en" else lang][1]
    return _PRONOUNS[lang].get(gender, _PRONOUNS[lang]["pl"] if lang != "fr" else ("", ""))


def person(concept: str, lang: str, formal: bool, own: str = "") -> tuple[str, str, str, str]:
    """(who, whom, to_whom, for_whom) for a relation concept, or four "" when `lang` needs a gender it lacks; an
    English note keeps the customer's own English word for the relation (`own`: "your mum", not "your mother")."""
    noun, gender = relations()[concept][lang]
    noun = own or noun if lang == "en" else noun
    if not noun:
        return "", "", "", ""
    if lang == "de":
        stem = "Ihr" if formal else "dein"
        who, whom, to = (f"{stem}{_DE_POSSESSIVE[case][gender]} {noun}" for case in ("nom", "acc", "dat"))
        if gender == "pl" and noun in ("Enkel",):
            to = f"{stem}en Enkeln"
        return who, whom, to, f"für {whom}"
    if lang == "fr":
        if gender == "pl":
            mine = "vos" if formal else "tes"
        elif formal:
            mine = "votre"
        else:
            mine = "ta" if gender == "f" and noun[:1] not in "aeéèiouh" else "ton"
        who = f"{mine} {noun}"
        return who, who, f"à {who}", f"pour {who}"
    who = f"your {noun}"
    return who, who, who, f"for {who}"


# A person named through someone else: "die Lehrerin von unserem Sohn", "la nounou de ma fille", "my son's teacher".
_DE_HEAD = re.compile(r"^(?P<article>die|den|das)\s+(?P<noun>[^\W\d_]+(?:-[^\W\d_]+)*)\s+(?P<rest>.+)$", re.IGNORECASE)
_DE_OWNER = re.compile(r"^(?:(?P<von>von|vom)\s+)?(?P<mine>mein|unser)(?P<ending>e[mnrs]?|)\s+(?P<tail>.+)$", re.I)
_DE_GENDER = {"die": "f", "den": "m", "das": "n"}
_DE_ARTICLES = {"nom": {"f": "die", "m": "der", "n": "das"}, "acc": {"f": "die", "m": "den", "n": "das"},
                "dat": {"f": "der", "m": "dem", "n": "dem"}}  # fmt: skip
_DE_GENITIVE = {"Neffe": "Neffen", "Kollege": "Kollegen", "Nachbar": "Nachbarn", "Pate": "Paten", "Sohn": "Sohnes",
                "Mann": "Mannes", "Freund": "Freundes", "Patenkind": "Patenkindes"}  # fmt: skip
"""German nouns whose genitive is not the noun and "s" ("des Neffen", "des Sohnes"); feminine and plural nouns
have none."""
_FR_HEAD = re.compile(r"^(?P<article>la|le|les|l['’])\s*(?P<rest>\S.*\s(?:de|du|des|d['’]).*)$", re.IGNORECASE)
_FR_MINE = re.compile(r"\b(ma|mon|mes|notre|nos)\b", re.IGNORECASE)
_FR_TO = {"la": "à la", "le": "au", "les": "aux", "l'": "à l'", "l’": "à l’"}
_FR_PRONOUNS = {"la": ("elle", "lui"), "le": ("il", "lui"), "les": ("ils", "leur")}
_EN_OWNER = re.compile(r"^(?:(?P<mine>my|our)\s+)?(?P<owner>[^\W\d_]+)(?:'s|’s)\s", re.IGNORECASE)


def named_through(text: str, note_lang: str, lang: str, formal: bool) -> tuple[str, ...] | None:
    """(who, whom, to_whom, for_whom, they, them) of someone the note names through another person, as the
    customer did with the possessive turned to the reader's ("die Lehrerin von unserem Sohn" → "die Lehrerin Ihres
    Sohnes"; "la nounou de ma fille" → "la nounou de votre fille"; "mum's carer Bernadette" → "your mum's carer
    Bernadette"); six "" when the note is in another language or the phrase cannot be turned (better say nothing
    than name the wrong person); None when the phrase names no one through someone else."""
    through = {"de": _de_through, "fr": _fr_through, "en": _en_through}[note_lang](text, formal)
    if through is None:
        return None
    return through if through[0] and note_lang == lang else ("",) * 6


def _de_through(text: str, formal: bool) -> tuple[str, ...] | None:
    head = _DE_HEAD.match(text)
    owner = _DE_OWNER.match(head.group("rest")) if head else None
    if head is None or owner is None:
        return None
    gender = _DE_GENDER[head.group("article").lower()]
    noun = head.group("noun")[:1].upper() + head.group("noun")[1:]
    stem = "Ihr" if formal else "dein"
    tail = owner.group("tail")
    relation = concept(f"mein {tail}") if owner.group("von") else ""
    words = tail.split()
    if relation and len(words) == 1 and relations()[relation]["de"][0]:
        kin, kin_gender = relations()[relation]["de"]
        male = kin_gender in ("m", "n")
        whose = f"{stem}{'es' if male else 'er'} {_DE_GENITIVE.get(kin, kin + 's') if male else kin}"
    else:
        whose = f"{owner.group('von') + ' ' if owner.group('von') else ''}{stem}{owner.group('ending')} {tail}"
    who, whom, to_whom = (f"{_DE_ARTICLES[case][gender]} {noun} {whose}" for case in ("nom", "acc", "dat"))
    return (who, whom, to_whom, f"für {whom}", *_PRONOUNS["de"][gender])


def _fr_through(text: str, formal: bool) -> tuple[str, ...] | None:
    head = _FR_HEAD.match(text)
    if head is None:
        return None
    article = head.group("article").lower()
    rest = _FR_MINE.sub(lambda m: _fr_yours(m.group(1).lower(), formal), head.group("rest"))
    space = "" if article in ("l'", "l’") else " "
    who, to_whom = f"{article}{space}{rest}", f"{_FR_TO[article]}{space}{rest}"
    return (who, who, to_whom, f"pour {who}", *_FR_PRONOUNS.get(article, ("", "")))


def _fr_yours(mine: str, formal: bool) -> str:
    if mine in ("mes", "nos"):
        return "vos" if formal or mine == "nos" else "tes"
    if formal or mine == "notre":
        return "votre"
    return {"ma": "ta", "mon": "ton"}[mine]


def _en_through(text: str, formal: bool) -> tuple[str, ...] | None:
    owner = _EN_OWNER.match(text)
    if owner is None:
        return None
    kin = owner.group("owner").lower() in concepts()["en"]  # "mum's carer": the customer's mum
    mine = bool(owner.group("mine"))  # "my son's teacher"
    who = "your " + text[owner.start("owner") :] if mine else ("your " if kin else "") + text
    return who, who, who, f"for {who}", "they", "them"


def own_word(text: str, concept: str) -> str:
    """The English word the customer's note `text` names the relation `concept` by ("mum", "nan", "grandad"), in
    lower case; "" when the note names it otherwise."""
    words = concepts()["en"]
    return next((word for word in re.findall(r"[^\W\d_]+", text.lower()) if words.get(word) == concept), "")
