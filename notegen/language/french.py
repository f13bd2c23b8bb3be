"""A French item named with its article, elision and number: "la housse de coussin « Provence »", "l'huile
d'olive", "le hamac double", "les trois hiboux décoratifs en céramique", "les deux paires de bottes de pluie".

The head noun is the first word of the name, or the second after an adjective that goes before the noun
("Petit vase en grès"); `french_nouns` reads it (gender, number, pairs), or the shop's catalog gives it.
Common nouns are written lower-case after the article; the rest of the name
stays as written, except adjectives after the head, which agree with it (`adjective_form`, also for a colour
variant: "la théière noire", "les bols bleu marine"). When the lexicon cannot tell, the item is named "l'article
« … »", which agrees whatever the noun is, and a colour is written "(coloris : noir)".
"""

from __future__ import annotations

from dataclasses import replace

from notegen.language.containers import french_container
from notegen.language.french_apposed import (
    adjective_of,
    agrees_as,
    agrees_with,
    before_own_noun,
    of_relation,
    of_the_material,
    of_the_part,
)
from notegen.language.french_complements import agree_after_complement
from notegen.language.french_lexicon import LEADING_INVARIABLE, RARE, Reading, agree_adjective, form_for, readings
from notegen.language.french_makers import maker_after
from notegen.language.french_nouns import french_head
from notegen.language.french_packs import (
    PACK_UNITS,
    by_measure,
    measured,
    named_by_pack,
    pack_number,
    pack_unit,
    pairs_number,
    potted_name,
    said_measure,
)
from notegen.language.french_variant import (
    INVARIABLE_COLOURS,
    MATERIALS,
    SHADES,
    SIZE_LABELS,
    adjective_form,
    is_colour,
    place_variant,
)
from notegen.language.phrase import (
    PREPOSITIONS,
    Head,
    Phrase,
    bare_pair,
    count_word,
    glue_pack,
    join,
    rewritten,
    split_name,
)
from notegen.language.words import words
from notegen.model import Item

__all__ = ["INVARIABLE_COLOURS", "MATERIALS", "adjective_form", "french_head", "french_phrase", "unknown_again"]
FIXED = frozenset(words("pur"))  # invariable in set phrases: "des brioches pur beurre"
COUNTED_AS_ONE = frozenset(words("jumelles"))  # "une paire de jumelles" is a pleonasm
_VOWELS = frozenset("aeiouyéèêëàâäîïôöûüœæ")
_PRONOUNS = {"m": ("il", "le"), "f": ("elle", "la"), "pl": ("ils", "les"), "fpl": ("elles", "les")}
FALLBACK = Head("article", 0, "m", plural="articles", source="unknown")


def unknown_again(item: Item, formal: bool) -> Phrase:
    """An item the lexicon could not name, named again later in the note: « l'article », « vos articles », never
    the whole quoted name a second time (« vos trois articles « … » », then « vos articles »). It stays unsure."""
    several = item.quantity > 1
    head = replace(FALLBACK, plural_name=True) if several else FALLBACK
    core = head.plural if several else head.word
    phrase = _phrase(core, head, Item(item.name, 1, sku=item.sku), formal, False, certain=True)
    return replace(phrase, certain=False, unsure=(item.name,))


def compound_colour(names: list[str], index: int) -> bool:
    """Whether the word at `index` begins a compound colour, a colour and the adjective that tells its shade
    ("blanc chaud", "gris chiné", "noir mat"): both stay invariable ("les guirlandes blanc chaud")."""
    if index + 1 >= len(names) or not is_colour(names[index].lower()):
        return False
    return names[index + 1].rstrip(",;") in SHADES  # not "les tableaux blancs magnétiques"


def _agree_all_following(
    following: list[str], gender: str, plural: bool, head: str, written_plural: bool = False
) -> list[str]:
    """The words after the head agreed with it (`_agree_following`), except an adjective after a noun in
    apposition or a complement that agrees with that noun as written, and not with the head as the name writes
    it: it is that noun's own ("le body manches courtes", never "les bodies manches courts"; « les cartouches
    d'encre bleue »)."""
    written = gender + ("p" if written_plural else "s")
    agreed: list[str] = []
    nouns: list[list[Reading]] = []  # the nouns in apposition in a row before the word
    material = ""  # a material the shop set beside the head: « chêne » of « stratifié chêne naturel »
    for index, word in enumerate(following):
        if compound_colour(following, index) or (index and compound_colour(following, index - 1)):
            agreed.append(word)  # "les plaids gris chiné"
            continue
        sized = index > 0 and following[index - 1].lower() in SIZE_LABELS  # « les ponchos taille unique »: the size's
        if sized or of_the_material(word, material, written) or before_own_noun(following, index, written):
            agreed.append(word)  # « les trois stratifiés chêne naturel », « les piles longue durée »
            continue
        noun = nouns[-1] if nouns else []
        own = bool(noun) and agrees_with(word, noun) and (not agrees_as(word, written) or _second_apposed(nouns))
        after_of = following[index - 1][2:] if index and following[index - 1].startswith(("d'", "d’")) else ""
        own = own or (bool(after_of) and of_relation(word, readings(after_of)))  # « d'hygiène dentaire »
        if of_the_part(word, noun, apposed=True):  # « les pulls col roulé noirs »: the collar is rolled
            agreed.append(word)
            nouns = []
            continue
        if own or (index and before_own_noun(following, index - 1, written)):
            agreed.append(word)
            nouns = [*nouns, readings(word)] if readings(word) else []  # « aimant »: a noun and an adjective
            continue
        form = _agree_following(word, gender, plural, head)
        agreed.append(form)
        bare = word.removeprefix("d'").removeprefix("d’")  # « d'encre »: a complement's noun
        own_noun = readings(bare) if form == word and not adjective_of(bare, gender) else []
        nouns = [] if not own_noun else [own_noun] if bare != word else [*nouns, own_noun]
        material = bare if bare.lower() in MATERIALS else ""
    return agreed


# Nouns of whom a product is for (« short de bain enfant », « veste pluie femme »): an adjective after one is the
# product's, never theirs.
WEARERS = frozenset(words("homme femme enfant bébé fille garçon fillette adulte junior ado dame"))


def _second_apposed(nouns: list[list[Reading]]) -> bool:
    """Whether the last of the nouns in apposition before an adjective is the second in a row, which with the
    adjective names a part or a kind of its own (« cellule phono aimant mobile »: the magnet moves): the first
    makes with the head the name of the product (« cellule phono »), so an adjective after the second that can
    agree with it is its own and stays as written. Not a noun of whom the product is for (`WEARERS`), nor of
    what it is made of (« coque téléphone silicone transparente »: the case is clear), nor one that makes a
    compound noun with the first (« tapis salle bain antidérapant », for « salle de bain »)."""
    if len(nouns) < 2 or any(reading.lemma in WEARERS | MATERIALS for reading in nouns[-1]):
        return False
    first, second = nouns[-2][0].lemma, nouns[-1][0].lemma
    return not any(readings(f"{first}{link}{second}") for link in (" ", " de ", " à "))


def _agree_following(word: str, gender: str, plural: bool, head: str) -> str:
    """A word after the head, agreed with it: an adjective or participle ("télécommandées", "les doudous
    plats"). A noun in apposition stays as written ("les tirelires cochon", "les stations météo"), unless the
    lexicon knows the plural of the compound it makes with the head lemma `head`."""
    if word in FIXED or word.lower() in MATERIALS or word.lower().startswith(("d'", "d’")):  # « balais d'essuie-glace »
        return word
    bare = word.rstrip(",;:")
    if bare != word:  # "les hydromels traditionnels, 75 cl": the comma stays after the agreed word
        return _agree_following(bare, gender, plural, head) + word[len(bare) :]
    compound = form_for(f"{head} {word}", gender + "p") if plural else ""
    if compound.count(" ") == 1:  # "poissons rouges", as DELA writes the compound
        return compound.partition(" ")[2]
    return _adjective_or_noun(word, gender, plural)


def _adjective_or_noun(word: str, gender: str, plural: bool) -> str:
    """An adjective agreed with the head; a noun (one the lexicon does not read as an adjective of the head's
    gender that has forms of both genders: "cochon" after "tirelire", "garçon" after "pyjama") as written. A
    rare noun of the head's gender (no frequency class in DELA) names the same thing as the head and agrees
    like an adjective: "les scies égoïnes", where a common one names what the head is for ("les stations
    météo", "les lampes tempête")."""
    first, hyphen, second = word.partition("-")
    if hyphen and first.lower() in LEADING_INVARIABLE:  # « demi-ronde » agrees, « demi-saison » is a noun's
        return agree_adjective(word, gender, plural) if readings(second, "A") else word
    nouns = readings(word)
    if nouns and not adjective_of(word, gender):
        rare = all(r.rank >= RARE and all(f[0] == gender for f in r.features) for r in nouns)
        return (form_for(nouns[0].lemma, gender + "p") or word) if plural and rare else word
    return agree_adjective(word, gender, plural)


def french_phrase(item: Item, formal: bool, donation: bool, head: Head | None, pack: str = "") -> Phrase:
    """How a French note names `item`, its head noun given (None: the construction without agreement), with the
    `pack` phrase cut from its name (see `split_pack`) after the variant."""
    name, potted = potted_name(item, head)
    head, sold = measured(item, head)
    noun_part, quoted, tail = split_name(name, "fr")
    tail = join(tail, potted)
    names = noun_part.split()
    names, head = maker_after(names, head) if head is not None else (names, head)  # « la poêle en fonte Lodge »
    measure = by_measure(replace(item, name=name), head) if not pack else ""
    if measure:  # « le seitan mariné (3 × 250 g) », never « les trois seitans marinés 250 g »
        bare = name[: name.rfind(measure)].rstrip(" ,")
        one = french_phrase(replace(item, name=bare, quantity=1), formal, donation, head)
        return rewritten(one, lambda text: f"{text} ({item.quantity}\xa0×\xa0{measure})")
    if head is not None and item.quantity > 1 and not (head.plural_name or head.plural or head.mass):
        head = None  # a plural DELA does not give ("drap-housse"): no guess; a mass noun needs none (« l'argon »)
    by_pack = named_by_pack(replace(item, name=name), pack) if head is None else None
    if by_pack is not None:  # « les trois boîtes de 50 poches de congélation »: the pack's gender
        return _phrase(by_pack[0], by_pack[1], item, formal, donation, certain=True)
    if head is None:
        placed = place_variant(item, [], 0, "", "", False, donation)
        inner = quoted.strip("«»\xa0 ")  # the shop's quotes within the quotation: « Nubert enceinte “nuBox” »
        whole = join(noun_part, f"“{inner}”" if inner and noun_part else inner)
        core = join(f"«\xa0{whole}\xa0»" if whole else "", tail, placed.variant)
        return _phrase(glue_pack(core, pack), FALLBACK, item, formal, donation, certain=False)
    plural = (item.quantity > 1 and not head.mass) or head.plural_name  # « trois sacs d'engrais bio »
    if head.source == "catalog":  # the shop's own phrase, as written
        written = head.plural if item.quantity > 1 and not head.plural_name else head.word
        placed = place_variant(item, [written], 1, head.word, head.gender, plural, donation)
        core = join(written, placed.colour, placed.variant)
        return _phrase(core, head, item, formal, donation, certain=True, apart=placed.apart)
    gender = head.gender
    start = [w if w.isupper() else w.lower() for w in names[: head.index + 1]]
    if item.quantity > 1 and not head.plural_name and not head.mass:
        stop = start[-1][len(start[-1].rstrip(",;:")) :]  # « les trois tapis, 6 mm »: the comma after the head stays
        start = [agree_adjective(w, gender, True) for w in start[:-1]] + [
            head.plural + stop if head.plural else start[-1]
        ]
    end = head.index + 1
    while end < len(names) and names[end][:1].islower() and names[end].lower() not in PREPOSITIONS["fr"]:
        if names[end - 1].endswith(","):  # "Cartouches d'encre courtes, format international": a qualifier follows
            break  # and « Chemise, coupe ajustée »: the cut's adjective, never agreed with the head
        end += 1
    lemma = readings(head.word)[0].lemma if readings(head.word) else head.word
    following = _agree_all_following(names[head.index + 1 : end], gender, plural, lemma, head.plural_name)
    material = names[head.index + 1].lower() if following else ""
    own = len(following) > 1 and of_the_material(names[head.index + 2], material, gender + "sp"[head.plural_name])
    made_for = lemma.lower() in FOR_MATERIAL or (not readings(lemma) and bool(readings(lemma, "G")))  # « rénovant »
    if material in MATERIALS and not made_for and not own:
        # "Gourde inox" → "la gourde en inox"; but "la lasure bois", "le foret métal": what it is for; and the
        # shop's words where the material has its own adjective: « le stratifié chêne naturel »
        following[0:1] = ["en", material]
    after = [_sold(word, gender, plural) for word in _agree_after_code(names[end:], gender, plural)]
    agreed = start + following + agree_after_complement(after, gender, plural, head.plural_name)
    placed = place_variant(item, agreed, len(start) + len(following), head.word, gender, plural, donation)
    if quoted and not placed.after:  # "la tasse « Matin » vert sauge": the colour of the named product
        core = join(" ".join(placed.before), quoted, placed.colour, tail, placed.variant)
    else:  # "la théière noire en fonte (0,8 L)"
        core = join(" ".join(placed.before), placed.colour, " ".join(placed.after), quoted, tail, placed.variant)
    moved = _moved(pack, item, head, core)
    paired = item.quantity > 1 and bare_pair(pack)  # « les trois paires de paumelles », never « …, la paire »
    core = core if moved or paired else glue_pack(core, pack)  # « les trois boîtes de 4 pipettes … »
    return _phrase(
        core, head, item, formal, donation, certain=True, apart=placed.apart, packed=pack, moved=moved, sold=sold
    )


def _moved(pack: str, item: Item, head: Head, core: str) -> str:
    """What several packs of a name in the plural say before it, the pack said once: its number (« les trois
    boîtes de 4 pipettes »), or the number of pairs a lot of them holds, with its « de » (« les trois lots de 2
    paires de chaussettes de ski »); "" where the pack stays as the shop wrote it."""
    if item.quantity < 2 or not head.plural_name or head.mass:
        return ""
    pairs = pairs_number(pack, head.pair)
    if pairs:
        return f"{pairs} paires " + ("d'" if _elides(core, head.aspirated) else "de ")
    return "" if head.pair else pack_number(pack)


# Products and tools named by the material they are for, not made of: "la lasure bois", "le foret métal".
FOR_MATERIAL = frozenset(
    words(
        "lasure peinture vernis colle huile cire mastic enduit décapant saturateur nettoyant teinture primaire "
        "vitrificateur rénovateur dégriseur lessive traitement protecteur durcisseur impression patine "
        "foret mèche scie lame disque fraise embout abrasif"
    )
)


def _sold(word: str, gender: str, plural: bool) -> str:
    """« vendu » of « …, vendu à l'unité » agreed with the head: « les trois crochets …, vendus à l'unité »."""
    if word.lower() not in ("vendu", "vendue", "vendus", "vendues"):
        return word
    return "vendu" + ("e" if gender == "f" else "") + ("s" if plural else "")


def _agree_after_code(rest: list[str], gender: str, plural: bool) -> list[str]:
    """The words after a size or code, the adjectives among them agreed with the head ("Carnet A5 ligné" →
    "carnets A5 lignés"), up to a preposition, a bracket or a noun that begins a phrase of its own."""
    agreed = list(rest)
    if not plural:
        return agreed
    for index, word in enumerate(rest):
        if word.lower() in PREPOSITIONS["fr"] or word[:1] in '(«"' or word.lower() in PACK_UNITS:
            break  # « les haltères hexagonaux, paire de 5 kg »: « paire » is no form of « pair »
        if not word[:1].islower():
            continue  # "A5", "XL", a brand
        if index and rest[index - 1].isdigit():
            break  # « 120 basses », « 2 places »: a noun the number counts, never agreed with the head
        if compound_colour(rest, index) or (index and compound_colour(rest, index - 1)):
            continue  # "les guirlandes 100 LED blanc chaud"
        form = adjective_form(word, gender, plural)
        if form is None:
            break
        agreed[index] = form
    return agreed


def _elides(text: str, aspirated: bool) -> bool:
    """Whether an article elides before `text`: a vowel or an h muet, but not an h aspiré nor a y before a vowel
    ("la yaourtière")."""
    first, second = text[:1].lower(), text[1:2].lower()
    if first == "y" and second in _VOWELS:
        return False
    return first in _VOWELS or (first == "h" and not aspirated)


def _phrase(
    core: str,
    head: Head,
    item: Item,
    formal: bool,
    donation: bool,
    *,
    certain: bool,
    apart: bool = False,
    packed: str = "",
    moved: str = "",
    sold: str = "",
) -> Phrase:
    """The forms of the item named `core` (without article or count); `apart` when its variant was set apart
    ("(coloris : noir)"), which the report names as unsure, like an unknown noun; `packed` the pack phrase of
    the name ("(lot de 3)", "(boîte de 24)"): then it is counted in what the pack is (« lots », « boîtes »), with
    the pack's number `moved` before the name where it was cut from it (« trois boîtes de 4 pipettes »); `sold`
    the name with the volume its variant gives, which tells what several come in (« bouteilles »).
    A name in the plural is counted in pairs ("trois paires
    de bottes") or in lots ("trois lots de haricots blancs"): a product named in the plural is sold as several
    pieces in one."""
    quantity = item.quantity
    plural = quantity > 1 or head.plural_name
    gender = head.gender
    if not certain:
        core = f"article {core}" if quantity == 1 else f"{count_word(quantity, 'fr')} articles {core}"
    elif quantity > 1 and head.plural_name and head.word in COUNTED_AS_ONE:
        core = f"{count_word(quantity, 'fr')} {core}"  # "trois jumelles": one pair of lenses is one instrument
    elif quantity > 1 and (head.plural_name or head.mass):
        if head.mass:  # « trois sacs d'engrais »: a noun sold by weight is counted in what it comes in
            own = pack_unit(packed, item.name, head.word) if packed else None  # « trois cartons de bière »
            uncounted = head.source == "agreement" or not head.plural  # « les trois flacons de nuoc-mâm, 250 ml »
            unit, gender = own or french_container(sold or item.name, head.word, uncounted) or ("paquets", "m")
        else:
            unit, gender = ("paires", "f") if head.pair and not packed else pack_unit(packed, item.name, head.word)
        core, holds = said_measure(core, unit)  # « les trois sachets de 200 g de magnésie en poudre »
        lead = moved if moved.endswith(("'", " ")) or not moved else f"{moved} "  # « 2 paires d' »: no space
        of = f"de {lead}" if moved or not _elides(core, head.aspirated) else "d'"
        core = f"{count_word(quantity, 'fr')} {unit} {holds}{of}{core}"
    elif quantity > 1 and not head.plural_name:
        core = f"{count_word(quantity, 'fr')} {core}"
    aspirated = head.aspirated and certain
    vowel = _elides(core, aspirated)
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
    it, it_acc = _PRONOUNS[gender]
    unsure = () if certain and not apart else (item.name,)
    return Phrase(nom, nom, dat, f"{your} {core}", of, f"sur {nom}", it, it_acc, gender, plural, certain, unsure)
