"""Reading what the customer wrote in their order note, so that the thank-you can answer it.

Detection is simple on purpose and works the same in German, French and English whatever the note's own
language: a question (a question mark, or a sentence that opens like one), a request ("bitte", "please",
"merci de"), gift wrapping, a gift for someone ("für meine Mutter", "pour ma sœur", "for my dad"), an occasion
("Geburtstag", "anniversaire", "Christmas") and a gift in someone's memory. The note is never quoted back: the
answer names the person and the occasion in the note's language ("Ihrer Schwester", "votre sœur").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from notegen.language.items import item_phrase
from notegen.language.locales import translate
from notegen.model import Item

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
teacher_f Lehrerin/f maîtresse/f teacher|teacher_m Lehrer/m maître/m teacher|cousin_f Cousine/f cousine/f cousin
cousin_m Cousin/m cousin/m cousin
"""
_WORDS = {
    "de": "mutter=mother mama=mother mami=mother mutti=mother vater=father papa=father papi=father vati=father "
    "schwester=sister bruder=brother tochter=daughter sohn=son oma=grandmother großmutter=grandmother "
    "omi=grandmother opa=grandfather großvater=grandfather frau=wife ehefrau=wife mann=husband ehemann=husband "
    "freundin=friend_f freund=friend_m tante=aunt onkel=uncle nichte=niece neffe=nephew kollegin=colleague_f "
    "kollege=colleague_m nachbarin=neighbour_f nachbar=neighbour_m partnerin=partner_f partner=partner_m "
    "patenkind=godchild patentochter=goddaughter patensohn=godson patin=godmother pate=godfather eltern=parents "
    "kinder=children großeltern=grandparents enkel=grandchildren enkelin=grandchildren lehrerin=teacher_f "
    "lehrer=teacher_m cousine=cousin_f cousin=cousin_m",
    "fr": "mère=mother maman=mother père=father papa=father sœur=sister soeur=sister frère=brother fille=daughter "
    "fils=son grand-mère=grandmother mamie=grandmother mamy=grandmother grand-père=grandfather papi=grandfather "
    "papy=grandfather femme=wife épouse=wife mari=husband époux=husband amie=friend_f copine=friend_f "
    "ami=friend_m copain=friend_m tante=aunt oncle=uncle nièce=niece neveu=nephew voisine=neighbour_f "
    "voisin=neighbour_m compagne=partner_f compagnon=partner_m filleule=goddaughter filleul=godson "
    "marraine=godmother parrain=godfather parents=parents enfants=children grands-parents=grandparents "
    "petits-enfants=grandchildren maîtresse=teacher_f maître=teacher_m cousine=cousin_f cousin=cousin_m "
    "collègue=colleague",
    "en": "mother=mother mum=mother mom=mother mummy=mother mommy=mother father=father dad=father daddy=father "
    "sister=sister brother=brother daughter=daughter son=son grandmother=grandmother grandma=grandmother "
    "gran=grandmother granny=grandmother nan=grandmother nana=grandmother grandfather=grandfather "
    "grandad=grandfather granddad=grandfather grandpa=grandfather wife=wife husband=husband girlfriend=girlfriend "
    "boyfriend=boyfriend friend=friend aunt=aunt auntie=aunt uncle=uncle niece=niece nephew=nephew "
    "colleague=colleague neighbour=neighbour neighbor=neighbour partner=partner godchild=godchild "
    "goddaughter=goddaughter godson=godson godmother=godmother godfather=godfather parents=parents kids=children "
    "children=children grandparents=grandparents grandchildren=grandchildren grandkids=grandchildren "
    "teacher=teacher fiancée=partner_f fiance=partner_m fiancé=partner_m cousin=cousin",
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
_OCCASIONS = (
    ("anniversary", r"hochzeitstag|jahrestag|anniversaire de mariage|wedding anniversary|anniversary"),
    ("birthday", r"geburtstag|anniversaire|birthday|b-?day|\bbday"),
    ("christmas", r"weihnacht|christkind|no[eë]l|christmas|xmas"),
    ("wedding", r"hochzeit|mariage|wedding"),
    ("birth", r"zur geburt|naissance|new baby|newborn|baby shower|neugeboren"),
    ("mothers_day", r"muttertag|f[êe]te des m[èe]res|mother'?s day|mothering sunday"),
    ("fathers_day", r"vatertag|f[êe]te des p[èe]res|father'?s day"),
    ("valentine", r"valentin"),
    ("easter", r"ostern|p[âa]ques|easter"),
    ("housewarming", r"einzug|neue wohnung|crémaillère|housewarming|new home"),
    ("retirement", r"ruhestand|rente\b|retraite|retirement"),
    ("graduation", r"abschluss|diplôme|graduation"),
    ("get_well", r"gute besserung|genesung|rétablissement|get well"),
)
WISHES = {  # in English; locales/<lang>/messages.po holds them in German and French
    "anniversary": "a happy anniversary",
    "birthday": "a very happy birthday",
    "christmas": "a merry Christmas",
    "wedding": "every happiness for the wedding",
    "birth": "every happiness with the new baby",
    "mothers_day": "a lovely Mother's Day",
    "fathers_day": "a lovely Father's Day",
    "valentine": "a happy Valentine's Day",
    "easter": "a happy Easter",
    "housewarming": "much happiness in the new home",
    "retirement": "a wonderful retirement",
    "graduation": "all the best after graduating",
    "get_well": "a speedy recovery",
}
_MEMORIAL = re.compile(
    r"in memory|memoriam|remembrance|\bmy late\b|erinnerung an|gedenken|verstorben|en mémoire|à la mémoire|"
    r"en souvenir|\bfeue?\b|décédée?"
)
_QUESTION_START = re.compile(  # a question without its question mark: only the unmistakable openings
    r"(?:^|[.!]\s+)(?:können sie|könnten sie|kannst du|könntest du|gibt es|pouvez-vous|pourriez-vous|"
    r"est-ce que|peux-tu|can you|could you|would you|is it possible|do you)\b"
)
_REQUEST = re.compile(
    r"\bbitte\b|please|\bpls\b|merci de|s'il vous pla[iî]t|s'il te pla[iî]t|\bsvp\b|\bstp\b|pourriez|pouvez|"
    r"könnten|könnt|würden|would you|could you|kindly"
)
_WRAP = re.compile(r"verpack|einpack|geschenkpapier|schleife|emball|papier cadeau|paquet.cadeau|wrap|ribbon")
_GIFT = re.compile(r"geschenk|schenk|mitbringsel|cadeau|offrir|j'offre|\bgift|\bpresent\b")
_OCCASION = re.compile("|".join(f"(?P<{key}>{pattern})" for key, pattern in _OCCASIONS))
# every pattern here is lower-case and runs on the lower-cased note


@dataclass(frozen=True, slots=True)
class Asked:
    """What the customer's note says, for the note to answer (all false and empty when there is none).

    `any` there is a note; `question`, `request`, `wrap` (gift wrapping), `gift` (a present for someone),
    `memorial` (a gift in someone's memory), `other` (a note none of these fit); `who` the person it is for,
    with the customer's possessive ("Ihre Mutter", "votre mère", "your mother"), `whom` as an object
    ("Ihren Vater"), `to_whom` as the receiver ("Ihrer Mutter", "à votre mère", "your mother"), `for_whom`
    ("für Ihre Mutter", "pour votre mère", "for your mother"); `they`/`them` the pronouns for that person
    ("sie"/"ihr", "elle"/"lui", "she"/"her"; "they"/"them" when the note does not tell); `wish` the
    occasion's wish ("alles Gute zum Geburtstag", "un joyeux anniversaire", "a very happy birthday") and
    `occasion` its key (birthday, …);
    `about` the item a question is about ("zur Mütze „Firn“", "" when none).
    """

    any: bool = False
    question: bool = False
    request: bool = False
    wrap: bool = False
    gift: bool = False
    memorial: bool = False
    other: bool = False
    who: str = ""
    whom: str = ""
    to_whom: str = ""
    for_whom: str = ""
    they: str = ""
    them: str = ""
    wish: str = ""
    occasion: str = ""
    about: str = ""


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


def _concept(text: str) -> str:
    match = _relation_pattern().search(text)
    if not match:
        return ""
    for lang, mapping in _concepts().items():
        word = match.group(lang)
        if word:
            concept = mapping[word]
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


def _pronouns(concept: str, lang: str) -> tuple[str, str]:
    gender = _relations()[concept]["de" if lang == "en" else lang][1]
    return _PRONOUNS[lang].get(gender, _PRONOUNS[lang]["pl"] if lang != "fr" else ("", ""))


def _person(concept: str, lang: str, formal: bool) -> tuple[str, str, str, str]:
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


def _about(note: str, items: Sequence[Item], lang: str, formal: bool, donation: bool) -> str:
    """The item a question is about, as in "your question about the candle" ("" when it names none)."""
    for item in items:
        words = re.findall(r"\w{4,}", item.name.lower())
        if any(re.search(rf"\b{re.escape(word)}", note) for word in words):
            return item_phrase(Item(item.name, item.quantity), lang, formal, donation).about
    return ""


def read_note(note: str, lang: str, formal: bool, items: Sequence[Item], gift_order: bool, donation: bool) -> Asked:
    """What the customer's `note` asks or tells, ready for a note in `lang` to answer."""
    text = " ".join(note.split()).lower()
    if not text:
        return Asked(gift=gift_order)
    concept = _concept(text)
    who, whom, to_whom, for_whom = _person(concept, lang, formal) if concept else ("", "", "", "")
    they, them = _pronouns(concept, lang) if who else ("", "")
    found = _OCCASION.search(text)
    occasion = found.lastgroup or "" if found else ""
    memorial = bool(_MEMORIAL.search(text))
    question = "?" in text or bool(_QUESTION_START.search(text))
    wrap = bool(_WRAP.search(text))
    request = bool(_REQUEST.search(text)) and not question
    gift = gift_order or (not memorial and (bool(_GIFT.search(text)) or bool(concept)))
    return Asked(
        any=True,
        question=question,
        request=request,
        wrap=wrap,
        gift=gift,
        memorial=memorial,
        other=not (question or request or wrap or gift or memorial or occasion),
        who=who,
        whom=whom,
        to_whom=to_whom,
        for_whom=for_whom,
        they=they,
        them=them,
        wish=translate(lang, WISHES[occasion]) if occasion else "",
        occasion=occasion,
        about=_about(text, items, lang, formal, donation) if question else "",
    )
