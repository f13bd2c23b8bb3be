"""Naming what was bought as a person would: "den Wollschal „Fjord“ in Salbeigrün", "deux bougies « Figuier »",
"two “Tidal” mugs in sea green".

An item name is read as a noun part, an optional quoted product name and a tail ("Bergkäse 12 Monate"). German
gets the article of the head noun's gender in the case a sentence needs; French gets its article, elision and
plural; English moves the quoted name before the noun ("Candle “Fig Tree”" → "the “Fig Tree” candle").
Small quantities are written as words, variants follow the name, and a long order names its two most
expensive items and sums up the rest ("und zwei weitere Dinge").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from notegen.language.nouns import (
    EN_WORDS,
    english_is_plural,
    english_plural,
    french_noun,
    french_plural,
    french_singular,
    german_noun,
)
from notegen.language.words import and_list, number_word, words
from notegen.model import Item

QUOTES = {"de": ("„", "“"), "fr": ("« ", " »"), "en": ("“", "”")}
_ASCII_QUOTED = re.compile(r'"([^"]+)"')
_QUOTED = re.compile(r'„[^“”"]*[“”"]|«[^»]*»|“[^”]*”|‚[^‘]*‘')
_SIZE = re.compile(r"^(?:XXS|XS|S|M|L|XL|XXL|XXXL|\d{1,3}(?:[/-]\d{1,3})?)$", re.IGNORECASE)
_PREPOSITIONS = {
    "de": frozenset(words("in mit aus für ohne von zum zur im vom am")),
    "fr": frozenset(words("en avec de d' du des pour sans à au aux sur")),
    "en": frozenset(words("in with for of from by on to without")),
}
_EN_PAIRS = frozenset(words("socks gloves mittens earrings slippers jeans trousers shorts tights boots shoes sandals"))
_EN_SIZES = frozenset(words("small medium large big little mini tall short long regular extra x-large xl"))
_FR_PRE_ADJECTIVES = frozenset(
    words("petit petite grand grande beau bel belle joli jolie nouveau nouvelle gros grosse")
)
_FR_VARIANT_WORDS = frozenset(
    words(
        "blanc blanche noir noire gris grise bleu bleue vert verte rouge jaune rose violet orange beige brun brune "
        "marron ocre sable crème naturel naturelle laiton cuivre bois lin coton laine grès verre céramique grand "
        "petit moyen format taille doré dorée argenté argentée clair foncé"
    )
)
_FR_COLOURS = frozenset(
    words(
        "blanc blanche noir noire gris grise bleu bleue vert verte rouge jaune rose violet violette orange beige "
        "brun brune marron ocre sable crème naturel naturelle terracotta doré dorée argenté argentée anthracite "
        "ivoire kaki bordeaux turquoise corail moutarde prune taupe écru"
    )
)
_VOWELS = frozenset("aeiouyéèêëàâäîïôöûüœæ")
_DE_ARTICLES = {
    "nom": {"m": "der", "f": "die", "n": "das", "pl": "die"},
    "acc": {"m": "den", "f": "die", "n": "das", "pl": "die"},
    "dat": {"m": "dem", "f": "der", "n": "dem", "pl": "den"},
}
_DE_YOUR = {"m": "{y}en", "f": "{y}e", "n": "{y}", "pl": "{y}e"}
_DE_PRONOUNS = {"m": ("er", "ihn"), "f": ("sie", "sie"), "n": ("es", "es"), "pl": ("sie", "sie")}
_FR_PRONOUNS = {"m": ("il", "le"), "f": ("elle", "la"), "pl": ("ils", "les"), "fpl": ("elles", "les")}


@dataclass(frozen=True, slots=True)
class Phrase:
    """One item, or all items of an order, named in the forms a sentence needs.

    `nom` subject form with article ("der Wollschal …", "la bougie …", "the … candle"); `acc` object form
    ("den Wollschal …"); `dat` German dative ("dem Wollschal …"), French "à" form ("à la bougie …"), English
    as `nom`; `your` possessive object form ("Ihren Wollschal …", "vos deux bougies …", "your … candle");
    `of` ("vom Wollschal …", "de la bougie …", "of the … candle"); `about` for a question about it ("zum
    Wollschal …", "sur la bougie …", "about the … candle"); `it`/`it_acc` the pronoun ("er"/"ihn", "elle"/"la",
    "it"/"it"); `plural` whether a verb takes the plural ("sind", "sont", "are"); `gender` m, f, n or pl.
    """

    nom: str
    acc: str
    dat: str
    your: str
    of: str
    about: str
    it: str
    it_acc: str
    gender: str
    plural: bool


@dataclass(frozen=True, slots=True)
class Items(Phrase):
    """What the order holds, as the note names it: the forms of `Phrase` for the whole list, plus `top` (the
    most expensive item alone, a `Phrase`), `short` (the same without its variant, for a second mention:
    "der Wollschal „Fjord“"), `count` (order lines), `quantity` (pieces), `rest` (lines summed up as "zwei
    weitere Dinge", 0 when every item is named) and `many` (more than one line)."""

    top: Phrase
    short: Phrase
    count: int
    quantity: int
    rest: int
    many: bool


def split_name(name: str, lang: str) -> tuple[str, str, str]:
    """An item name as (noun part, quoted product name with its quotes, tail); ASCII quotes become the
    language's own ("„Fjord“", "« Figuier »", "“Tidal”")."""
    left, right = QUOTES[lang]
    name = _ASCII_QUOTED.sub(lambda m: f"{left}{m.group(1).strip()}{right}", name)
    match = _QUOTED.search(name)
    if not match:
        return name.strip(), "", ""
    quoted = match.group(0)
    if lang == "fr" and quoted.startswith("«"):
        quoted = f"«\xa0{quoted[1:-1].strip()}\xa0»"
    return name[: match.start()].strip(), quoted, name[match.end() :].strip()


def _join(*parts: str) -> str:
    return " ".join(part for part in parts if part)


def _variant(item: Item, lang: str, donation: bool) -> str:
    variant = item.variant.strip()
    if not variant:
        return ""
    first = variant.split()[0].lower()
    if lang != "de" and (first in EN_WORDS or first in _FR_VARIANT_WORDS) and not variant[1:2].isupper():
        variant = variant[:1].lower() + variant[1:]
    if first in _PREPOSITIONS[lang] or (lang == "fr" and first in _FR_COLOURS):
        return variant
    if donation:
        return {"de": "für", "fr": "pour", "en": "for"}[lang] + " " + variant
    if _SIZE.match(variant):
        return {"de": "in Größe", "fr": "en taille", "en": "in size"}[lang] + " " + variant
    return {"de": "in", "fr": "en", "en": "in"}[lang] + " " + variant


def _count(quantity: int, lang: str) -> str:
    return number_word(quantity, lang) if quantity <= 12 else str(quantity)


# German ------------------------------------------------------------------------------------------------


def _de_adjective(word: str, ending: str) -> str:
    """An adjective of a product name declined for the article before it ("Kleine" → "kleinen")."""
    lower = word.lower()
    for old in ("er", "es", "en", "em", "e"):
        if lower.endswith(old) and len(lower) > len(old) + 2:
            return lower[: len(lower) - len(old)] + ending
    return word


def _german(item: Item, formal: bool, donation: bool) -> Phrase:
    noun_part, quoted, tail = split_name(item.name, "de")
    words = noun_part.split()
    run = 0
    while run < len(words) and words[run][:1].isupper():
        run += 1
    head = next((i for i in range(run - 1, -1, -1) if german_noun(words[i], guess=False)), run - 1)
    noun = german_noun(words[head]) if head >= 0 else None
    gender = noun.gender if noun else "n"
    adjectives, head_word = (words[:head], words[head]) if head >= 0 else ([], "")
    after = _join(" ".join(words[head + 1 :]) if head >= 0 else noun_part, quoted, tail, _variant(item, "de", donation))
    counted = item.quantity > 1 and (gender in ("pl", "pair") or bool(noun and noun.plural))
    if gender in ("pl", "pair") or counted:
        plural_word = head_word if gender in ("pl", "pair") or not noun else noun.plural
        amount = "beiden" if item.quantity == 2 else _count(item.quantity, "de")
        if item.quantity == 1:
            amount = ""
        elif gender == "pair":
            amount = f"{_count(item.quantity, 'de')} Paar"
        core = {
            case: _join(amount, *(_de_adjective(a, "en") for a in adjectives), plural_word) for case in _DE_ARTICLES
        }
        if not plural_word.endswith(("n", "s")):
            core["dat"] = _join(amount, *(_de_adjective(a, "en") for a in adjectives), plural_word + "n")
        phrase = {case: _join(_DE_ARTICLES[case]["pl"], core[case], after) for case in _DE_ARTICLES}
        possessive = _join(_DE_YOUR["pl"].format(y="Ihr" if formal else "dein"), core["acc"], after)
        gender = "pl"
    else:
        endings = {"nom": "e", "acc": "en" if gender == "m" else "e", "dat": "en"}
        phrase = {
            case: _join(
                _DE_ARTICLES[case][gender], *(_de_adjective(a, endings[case]) for a in adjectives), head_word, after
            )
            for case in _DE_ARTICLES
        }
        mixed = {"m": "en", "f": "e", "n": "es"}[gender]
        your_word = _DE_YOUR[gender].format(y="Ihr" if formal else "dein")
        possessive = _join(your_word, *(_de_adjective(a, mixed) for a in adjectives), head_word, after)
        if item.quantity > 1:  # no plural known: "zweimal den Wollschal"
            times = _count(item.quantity, "de") + "mal"
            phrase = {case: f"{times} {text}" for case, text in phrase.items()}
            possessive = f"{times} {possessive}"
    return _de_phrase(phrase, possessive, gender)


def _de_phrase(phrase: dict[str, str], possessive: str, gender: str) -> Phrase:
    dat = phrase["dat"]
    short = {"dem ": ("vom ", "zum "), "der ": ("von der ", "zur "), "den ": ("von den ", "zu den ")}
    of, about = next(
        ((o + dat[len(a) :], z + dat[len(a) :]) for a, (o, z) in short.items() if dat.startswith(a)), ("", "")
    )
    if not of:
        of, about = "von " + dat, "zu " + dat
    it, it_acc = _DE_PRONOUNS[gender]
    return Phrase(phrase["nom"], phrase["acc"], dat, possessive, of, about, it, it_acc, gender, gender == "pl")


# French ------------------------------------------------------------------------------------------------


def _french(item: Item, formal: bool, donation: bool) -> Phrase:
    noun_part, quoted, tail = split_name(item.name, "fr")
    words = noun_part.split()
    head = 1 if len(words) > 1 and words[0].lower() in _FR_PRE_ADJECTIVES else 0
    head_word = words[head].lower() if words else ""
    singular = french_singular(head_word) if head_word else ""
    noun = french_noun(singular or head_word) if head_word else None
    gender = noun.gender if noun else "m"
    known = bool(head_word) and (singular or head_word) in _known_french()
    if known:
        words[: head + 1] = [w if w.isupper() else w[:1].lower() + w[1:] for w in words[: head + 1]]
    end = head + 1
    while end < len(words) and words[end][:1].islower() and words[end].lower() not in _PREPOSITIONS["fr"]:
        end += 1
    plural = bool(singular) or item.quantity > 1
    span = words[:end]
    if item.quantity > 1 and not singular:
        span = [french_plural(w) if w[:1].islower() else w for w in span]
    core = _join(" ".join(span + words[end:]), quoted, tail, _variant(item, "fr", donation))
    if item.quantity > 1 and singular:  # "Allumettes longues" twice: two sets of them, not two matches
        vowel = core[:1].lower() in _VOWELS or (core[:1].lower() == "h" and not (noun and noun.aspirated))
        core, gender = ("lots d'" if vowel else "lots de ") + core, "m"
    if item.quantity > 1:
        core = f"{_count(item.quantity, 'fr')} {core}"
    vowel = core[:1].lower() in _VOWELS or (core[:1].lower() == "h" and not (noun and noun.aspirated))
    if plural:
        the, your = "les", "vos" if formal else "tes"
        gender = "fpl" if gender == "f" else "pl"
    elif gender == "f":
        the, your = "l'" if vowel else "la", "votre" if formal else ("ton" if vowel else "ta")
    else:
        the, your = "l'" if vowel else "le", "votre" if formal else "ton"
    nom = the + core if the == "l'" else f"{the} {core}"
    dat = {"le": "au ", "les": "aux "}.get(the, "à " + nom[: len(nom) - len(core)]) + core
    of = {"le": "du ", "les": "des "}.get(the, "de " + nom[: len(nom) - len(core)]) + core
    it, it_acc = _FR_PRONOUNS[gender]
    return Phrase(nom, nom, dat, f"{your} {core}", of, f"sur {nom}", it, it_acc, gender, plural)


@lru_cache(maxsize=1)
def _known_french() -> frozenset[str]:
    from notegen.language.nouns import FR_NOUNS

    return frozenset(FR_NOUNS) | _FR_PRE_ADJECTIVES


# English -----------------------------------------------------------------------------------------------


def _english(item: Item, donation: bool) -> Phrase:
    noun_part, quoted, tail = split_name(item.name, "en")
    words = noun_part.split()
    if words and words[0].lower() in EN_WORDS and not words[0].isupper():
        words[0] = words[0][:1].lower() + words[0][1:]
    cut = next((i for i, w in enumerate(words) if i and w.lower() in _PREPOSITIONS["en"]), len(words))
    plural_form = bool(words[:cut] and english_is_plural(words[cut - 1]))
    plural = item.quantity > 1 or plural_form
    if item.quantity > 1 and cut and not plural_form:
        words[cut - 1] = english_plural(words[cut - 1])
    size = ""
    variant = item.variant.strip()
    if variant and not donation and variant.split()[0].lower() in _EN_SIZES:
        size, variant = variant.lower(), ""
    if quoted and words:
        if words[0][:1].isupper() and words[0].lower() in EN_WORDS:
            words[0] = words[0].lower()
        core = _join(quoted, " ".join(words[:cut]), " ".join(words[cut:]), tail)
    else:
        core = _join(" ".join(words), quoted, tail)
    core = _join(size, core, _variant(Item(item.name, variant=variant), "en", donation) if variant else "")
    if item.quantity > 1 and plural_form:  # "Merino socks" three times: three pairs, not three socks
        core = ("pairs of " if words[cut - 1].lower() in _EN_PAIRS else "packs of ") + core
    if item.quantity > 1:
        core = f"{_count(item.quantity, 'en')} {core}"
    the = f"the {core}"
    it, it_acc = ("they", "them") if plural else ("it", "it")
    return Phrase(
        the, the, the, f"your {core}", f"of {the}", f"about {the}", it, it_acc, "pl" if plural else "n", plural
    )


# The whole order ---------------------------------------------------------------------------------------


@lru_cache(maxsize=8192)
def item_phrase(item: Item, lang: str, formal: bool, donation: bool = False) -> Phrase:
    """How the note names one item in `lang`, with its quantity and variant."""
    if lang == "de":
        return _german(item, formal, donation)
    if lang == "fr":
        return _french(item, formal, donation)
    return _english(item, donation)


def _rest(count: int, lang: str, small: bool) -> Phrase:
    word = _count(count, lang)
    if lang == "de":
        nom = f"{word} Kleinigkeiten" if small else f"{word} weitere Dinge"
        dat = f"{word} Kleinigkeiten" if small else f"{word} weiteren Dingen"
        return Phrase(nom, nom, dat, nom, f"von {dat}", f"zu {dat}", "sie", "sie", "pl", True)
    if lang == "fr":
        nom = f"{word} petites choses" if small else f"{word} autres articles"
        return Phrase(nom, nom, f"à {nom}", nom, f"de {nom}", f"sur {nom}", "ils", "les", "pl", True)
    nom = f"{word} little extras" if small else f"{word} more things"
    return Phrase(nom, nom, nom, nom, f"of {nom}", f"about {nom}", "they", "them", "pl", True)


def _price(item: Item) -> Decimal:
    return item.price if item.price is not None else Decimal(-1)


@lru_cache(maxsize=4096)
def name_items(items: tuple[Item, ...], lang: str, formal: bool, donation: bool = False) -> Items:
    """The order's items as the note names them: all of them up to three, else the two most expensive
    and the rest summed up."""
    ranked = sorted(items, key=_price, reverse=True)
    named = ranked if len(ranked) <= 3 else ranked[:2]
    phrases = [item_phrase(item, lang, formal, donation) for item in named]
    if len(named) < len(ranked):
        rest = ranked[2:]
        small = all(item.price is not None and item.price <= 10 for item in rest)
        phrases.append(_rest(len(rest), lang, small))
    top = phrases[0]
    many = len(phrases) > 1
    fields = {name: and_list([getattr(p, name) for p in phrases], lang) for name in ("nom", "acc", "dat", "your")}
    if lang == "en":
        fields["of"], fields["about"] = f"of {fields['nom']}", f"about {fields['nom']}"
    else:
        fields["of"], fields["about"] = (
            and_list([getattr(p, name) for p in phrases], lang) for name in ("of", "about")
        )
    if many:
        gender = "fpl" if lang == "fr" and all(p.gender == "fpl" for p in phrases) else "pl"
        it, it_acc = {"de": ("sie", "sie"), "fr": _FR_PRONOUNS[gender], "en": ("they", "them")}[lang]
    else:
        gender, it, it_acc = top.gender, top.it, top.it_acc
    return Items(
        **fields,
        it=it,
        it_acc=it_acc,
        gender=gender,
        plural=many or top.plural,
        top=top,
        short=item_phrase(Item(named[0].name, named[0].quantity), lang, formal, donation) if named[0].variant else top,
        count=len(items),
        quantity=sum(item.quantity for item in items),
        rest=len(ranked) - len(named),
        many=len(items) > 1,
    )
