"""The relations a customer names the people in their notes by ("meine Mama", "ma sœur", "my mum"), in German,
French and English: each relation's noun and gender in each language, the relation a phrase names (`concept`),
and the two people of someone named through another ("die Lehrerin von unserem Sohn": `through_parts`). Shared by
the composer, which names the person a present is for in the reader's language, and the lint, which checks that a
reply names the person the note names.
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
def relations() -> dict[str, dict[str, tuple[str, str]]]:
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
def concepts() -> dict[str, dict[str, str]]:
    return {lang: dict(pair.split("=") for pair in words.split()) for lang, words in _WORDS.items()}


def concept(text: str, lang: str = "") -> str:
    """The relation the customer names with their possessive ("meine Mama" → mother), or, in a phrase that
    names one person ("Oma Hilde", "grandpa"), the relation word alone, read first as a word of the note's
    language `lang` (French "Papi" is a grandfather, German "Papi" a father); "" when none."""
    text = text.lower()
    match = _relation_pattern().search(text)
    if not match:
        if _ARTICLE.match(text):  # "la maîtresse", "die Lehrerin": someone, but not "your" teacher
            return ""
        mappings = sorted(concepts().items(), key=lambda item: item[0] != lang)
        for word in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", text):
            for _, mapping in mappings:
                if word in mapping and mapping[word] != "colleague" and word not in _TITLES:
                    return mapping[word]
        return ""
    for lang, mapping in concepts().items():
        word = match.group(lang)
        if word:
            concept = mapping[word]
            if concept == "grandchildren" and lang == "de" and word == "enkel":  # "unserem Enkel", not "unsere Enkel"
                return "grandchildren" if re.match(r"\w+er?\s", match.group(0).lower()) else "grandson"
            if concept == "colleague" and lang == "fr":
                return "colleague_f" if match.group(0).lower().startswith("ma ") else "colleague_m"
            return concept
    return ""


_THROUGH = {
    "en": re.compile(r"^(?:(?:my|our)\s+)?(?P<owner>[^\W\d_]+)(?:'s|’s)\s+(?:[^\W\d_]+\s+)?(?P<head>[^\W\d_]+)", re.I),
    "de": re.compile(
        r"^(?:(?:die|den|das|dem|der)\s+)?(?P<head>[^\W\d_]+)\s+(?:von\s+|vom\s+)?(?:mein|unser)\w*\s+(?P<owner>[^\W\d_]+)",
        re.I,
    ),
    "fr": re.compile(
        r"^(?:(?:la|le|les|l['’])\s*)?(?P<head>[^\W\d_]+(?:-[^\W\d_]+)*)\s+(?:de|du|des|d['’])\s*"
        r"(?:ma|mon|mes|notre|nos)\s+(?P<owner>[^\W\d_]+)",
        re.I,
    ),
}


def through_parts(text: str, lang: str) -> tuple[str, str] | None:
    """(the one a present is for, the one they are named through) of a recipient named through someone else:
    ("teacher", "son") of "my son's teacher", ("Lehrerin", "Sohn") of "die Lehrerin von unserem Sohn", ("Sohn",
    "Freundes") of "Sohn meines Freundes" (after "vom", "du": the article is in the preposition); None for anyone
    else."""
    match = _THROUGH[lang].match(text) if lang in _THROUGH else None
    return (match.group("head"), match.group("owner")) if match else None
