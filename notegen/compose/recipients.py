"""Naming the person a present is for, in the note's language and formality: "Ihre Mutter", "votre sœur",
"your mother", from the relation the customer's note names ("für meine Mama", "for my mum", "pour ma sœur"),
whatever language the note itself is written in. A relation whose gender the language would need and the
note does not give (an English "friend" is "Freund" or "Freundin") is not named.
"""

from __future__ import annotations

import re
from functools import lru_cache

# concept: German noun/gender, French noun/gender, English noun; "?" where the language needs a gender the
# concept does not give (an English "friend" is "Freund" or "Freundin": the note then names no one).
_RELATIONS = """
mother Mutter/f mère/f mother|father Vater/m père/m father|sister Schwester/f sœur/f sister
brother Bruder/m frère/m brother|daughter Tochter/f fille/f daughter|son Sohn/m fils/m son
grandmother Oma/f grand-mère/f grandmother|grandfather Opa/m grand-père/m grandfather
wife Frau/f femme/f wife|husband Mann/m mari/m husband|girlfriend Freundin/f amie/f girlfriend
boyfriend Freund/m ami/m boyfriend|friend_f Freundin/f amie/f friend|friend_m Freund/m ami/m friend
friend ? ? friend|aunt Tante/f tante/f aunt|uncle Onkel/m oncle/m uncle|niece Nichte/f nièce/f niece
nephew Neffe/m neveu/m nephew|colleague_f Kollegin/f collègue/f colleague|colleague_m Kollege/m collègue/m colleague
colleague ? ? colleague|neighbour_f Nachbarin/f voisine/f neighbour|neighbour_m Nachbar/m voisin/m neighbour
neighbour ? ? neighbour|partner_f Partnerin/f compagne/f partner|partner_m Partner/m compagnon/m partner
partner ? ? partner|godchild Patenkind/n ? godchild|goddaughter Patentochter/f filleule/f goddaughter
godson Patensohn/m filleul/m godson|godmother Patin/f marraine/f godmother|godfather Pate/m parrain/m godfather
parents Eltern/pl parents/pl parents|children Kinder/pl enfants/pl children
grandparents Großeltern/pl grands-parents/pl grandparents|grandchildren Enkel/pl petits-enfants/pl grandchildren
teacher_f Lehrerin/f maîtresse/f teacher|teacher_m Lehrer/m maître/m teacher|teacher ? ? teacher
cousin_f Cousine/f cousine/f cousin|cousin_m Cousin/m cousin/m cousin|cousin ? ? cousin
grandson Enkel/m petit-fils/m grandson|granddaughter Enkelin/f petite-fille/f granddaughter
"""
_WORDS = {
    "de": "mutter=mother mama=mother mami=mother mutti=mother vater=father papa=father papi=father vati=father "
    "schwester=sister bruder=brother tochter=daughter sohn=son oma=grandmother großmutter=grandmother "
    "omi=grandmother opa=grandfather großvater=grandfather frau=wife ehefrau=wife mann=husband ehemann=husband "
    "freundin=friend_f freund=friend_m tante=aunt onkel=uncle nichte=niece neffe=nephew kollegin=colleague_f "
    "kollege=colleague_m nachbarin=neighbour_f nachbar=neighbour_m partnerin=partner_f partner=partner_m "
    "patenkind=godchild patentochter=goddaughter patensohn=godson patin=godmother pate=godfather eltern=parents "
    "kinder=children großeltern=grandparents enkel=grandchildren enkelin=granddaughter lehrerin=teacher_f "
    "lehrer=teacher_m cousine=cousin_f cousin=cousin_m",
    "fr": "mère=mother maman=mother père=father papa=father sœur=sister soeur=sister frère=brother fille=daughter "
    "fils=son grand-mère=grandmother mamie=grandmother mamy=grandmother grand-père=grandfather papi=grandfather "
    "papy=grandfather femme=wife épouse=wife mari=husband époux=husband amie=friend_f copine=friend_f "
    "ami=friend_m copain=friend_m tante=aunt oncle=uncle nièce=niece neveu=nephew voisine=neighbour_f "
    "voisin=neighbour_m compagne=partner_f compagnon=partner_m filleule=goddaughter filleul=godson "
    "marraine=godmother parrain=godfather parents=parents enfants=children grands-parents=grandparents "
    "petits-enfants=grandchildren petit-fils=grandson petite-fille=granddaughter "
    "maîtresse=teacher_f maître=teacher_m cousine=cousin_f cousin=cousin_m "
    "collègue=colleague",
    "en": "mother=mother mum=mother mam=mother mom=mother mummy=mother mommy=mother father=father dad=father "
    "daddy=father sister=sister brother=brother daughter=daughter son=son grandmother=grandmother grandma=grandmother "
    "gran=grandmother granny=grandmother nan=grandmother nana=grandmother grandfather=grandfather "
    "grandad=grandfather granddad=grandfather grandpa=grandfather wife=wife husband=husband girlfriend=girlfriend "
    "boyfriend=boyfriend friend=friend aunt=aunt auntie=aunt uncle=uncle niece=niece nephew=nephew "
    "colleague=colleague neighbour=neighbour neighbor=neighbour partner=partner godchild=godchild "
    "goddaughter=goddaughter godson=godson godmother=godmother godfather=godfather parents=parents kids=children "
    "children=children grandparents=grandparents grandchildren=grandchildren grandkids=grandchildren "
    "teacher=teacher grandson=grandson granddaughter=granddaughter "
    "fiancée=partner_f fiance=partner_m fiancé=partner_m cousin=cousin",
}
_POSSESSIVES = {
    "de": r"(?:meine[rnms]?|unsere[rnms]?)",
    "fr": r"(?:ma|mon|mes|notre|nos)",
    "en": r"(?:my|our)",
}
_FILLERS = {
    "de": r"(?:(?:liebe[nrs]?|beste[nrs]?|kleine[nrs]?|große[nrs]?|verstorbene[nrs]?|alte[nrs]?)\s+)?",
    "fr": r"(?:(?:chère|cher|petite?|grande?|meilleure?|regretté|regrettée|défunte?)\s+)?",
    "en": r"(?:(?:dear|lovely|little|big|best|late|beloved|old|wonderful)\s+)?",
}
_TITLES = frozenset({"frau", "mann", "femme", "mari"})
_ARTICLE = re.compile(
    r"^(?:die|der|den|dem|das|la|le|les|l['’]|the)\b"
)  # without "my" these are titles or anyone: "Frau Weber"


def _noun(entry: str) -> tuple[str, str]:
    noun, _, gender = entry.partition("/")
    return (noun, gender) if gender else ("", "")


@lru_cache(maxsize=1)
def _relations() -> dict[str, dict[str, tuple[str, str]]]:
    table: dict[str, dict[str, tuple[str, str]]] = {}
    for entry in filter(None, _RELATIONS.replace("\n", "|").split("|")):
        concept, de, fr, en = entry.split()
        table[concept] = {"de": _noun(de), "fr": _noun(fr), "en": (en, "")}
    return table


@lru_cache(maxsize=1)
def _relation_pattern() -> re.Pattern[str]:
    alternatives = []
    for lang, words in _WORDS.items():
        names = sorted((pair.split("=")[0] for pair in words.split()), key=len, reverse=True)
        alternatives.append(rf"\b{_POSSESSIVES[lang]}\s+{_FILLERS[lang]}(?P<{lang}>{'|'.join(names)})\b")
    return re.compile("|".join(alternatives))


@lru_cache(maxsize=1)
def _concepts() -> dict[str, dict[str, str]]:
    return {lang: dict(pair.split("=") for pair in words.split()) for lang, words in _WORDS.items()}


def concept(text: str) -> str:
    """The relation the customer names with their possessive ("meine Mama" → mother), or, in a phrase that
    names one person ("Oma Hilde", "grandpa"), the relation word alone; "" when none."""
    text = text.lower()
    match = _relation_pattern().search(text)
    if not match:
        if _ARTICLE.match(text):  # "la maîtresse", "die Lehrerin": someone, but not "your" teacher
            return ""
        for word in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", text):
            for mapping in _concepts().values():
                if word in mapping and mapping[word] != "colleague" and word not in _TITLES:
                    return mapping[word]
        return ""
    for lang, mapping in _concepts().items():
        word = match.group(lang)
        if word:
            concept = mapping[word]
            if concept == "grandchildren" and lang == "de" and word == "enkel":  # "unserem Enkel", not "unsere Enkel"
                return "grandchildren" if re.match(r"\w+er?\s", match.group(0).lower()) else "grandson"
            if concept == "colleague" and lang == "fr":
                return "colleague_f" if match.group(0).lower().startswith("ma ") else "colleague_m"
            return concept
    return ""


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
    gender = _relations()[concept]["de" if lang == "en" else lang][1]
    return _PRONOUNS[lang].get(gender, _PRONOUNS[lang]["pl"] if lang != "fr" else ("", ""))


def person(concept: str, lang: str, formal: bool) -> tuple[str, str, str, str]:
    """(who, whom, to_whom, for_whom) for a relation concept, or four "" when `lang` needs a gender it lacks."""
    noun, gender = _relations()[concept][lang]
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
    if relation and len(words) == 1 and _relations()[relation]["de"][0]:
        kin, kin_gender = _relations()[relation]["de"]
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
    kin = owner.group("owner").lower() in _concepts()["en"]  # "mum's carer": the customer's mum
    mine = bool(owner.group("mine"))  # "my son's teacher"
    who = "your " + text[owner.start("owner") :] if mine else ("your " if kin else "") + text
    return who, who, who, f"for {who}", "they", "them"
