"""A French item named with its article, elision and number: "la housse de coussin « Provence »", "l'huile
d'olive", "le hamac double", "les trois hiboux décoratifs en céramique", "les deux paires de bottes de pluie".

The head noun is the first word of the name, or the second after an adjective that goes before the noun
("Petit vase en grès"). Its gender and number come from the DELA dictionary (`french_lexicon`) or the shop's
catalog; where DELA lists one spelling as two nouns of different genders ("le vase", "la vase"), the sense a
shop sells decides (`HOMONYMS`). Common nouns are written lower-case after the article; the rest of the name
stays as written, except adjectives after the head, which agree with it (`adjective_form`, also for a colour
variant: "la théière noire", "les bols bleu marine"). When the lexicon cannot tell, the item is named "l'article
« … »", which agrees whatever the noun is, and a colour is written "(coloris : noir)".
"""

from __future__ import annotations

from notegen.language.containers import french_container
from notegen.language.french_lexicon import Reading, agree_adjective, form_for, forms_of, readings
from notegen.language.french_variant import INVARIABLE_COLOURS, MATERIALS, adjective_form, place_variant
from notegen.language.phrase import PREPOSITIONS, Head, Phrase, count_word, glue_pack, join, split_name
from notegen.language.words import words
from notegen.model import Item

BEFORE_NOUN = frozenset(
    words(
        "petit petite petits petites grand grande grands grandes beau bel belle beaux belles joli jolie jolis jolies "
        "gros grosse grosses nouveau nouvelle nouveaux nouvelles vieux vieille vieilles long longue longs longues "
        "bon bonne bons bonnes"
    )
)
# One spelling, two nouns: the gender of the thing a shop sells ("le vase", not "la vase" (mud)); it wins over
# DELA, which for some words lists only the other sense ("doudou": only the feminine, Antillean for darling).
HOMONYMS = {
    "vase": "m", "livre": "m", "poêle": "f", "moule": "m", "crème": "f", "louche": "f", "baume": "m", "coque": "f",
    "transat": "m", "rouge": "m", "voile": "m", "manche": "f", "mode": "f", "tour": "m", "page": "f", "poste": "m",
    "mousse": "f", "cartouche": "f", "palme": "f", "moufle": "f", "pendule": "f", "enseigne": "f", "crêpe": "f",
    "somme": "m", "solde": "m", "mémoire": "f", "garde": "f", "aide": "f", "cadre": "m", "office": "m",
    "physique": "m", "critique": "f", "greffe": "f", "trompette": "f", "espace": "m", "tong": "f", "souris": "f",
    "pince": "f", "vapeur": "f", "radio": "f", "guide": "m", "chèvre": "m", "pique": "f", "merci": "m",
    "chapeau": "m", "jean": "m", "atlas": "m", "doudou": "m",
}  # fmt: skip
# Words that begin with an h aspiré: no elision ("le hamac", "la housse"); their derivatives follow the head.
ASPIRATED = frozenset(
    words(
        "hache hachette hachoir haie haillon haine hall halte hamac hamburger hameau hamster hanche handicap hangar "
        "hanneton hareng haricot harnais harpe hasard hâte hausse haut hautbois havre hérisson héron héros hêtre "
        "hibou hochet hockey homard honte hoquet horde hotte houblon houle houppette housse houx hublot huche hutte "
        "hangar harissa hareng haddock hachis halogène hamac hérisson halle hampe handball harpon haras hardes "
        "hauban hauteur havresac hayon heaume herse hippie hobby hold-up hors-bord hot-dog houe houille houppe "
        "houppelande huit huitième hurlement hussard hernie hachures hammam harde"
    )
)
# Nouns written in the plural and counted in pairs ("deux paires de bottes"): footwear and what goes in it, what
# is worn on both hands, legs or arms, tools of two blades; "mi-bas" is spelt alike in both numbers ("bas" is not
# here: "le bas de pyjama" is one piece).
PAIRS = frozenset(
    words(
        "bottes bottines chaussettes chaussures chaussons sandales baskets tongs gants moufles mitaines lunettes "
        "boucles collants palmes ciseaux skis raquettes patins espadrilles mocassins escarpins tenailles écouteurs "
        "sabots ballerines mules charentaises pantoufles cuissardes derbies richelieus embauchoirs semelles "
        "guêtres jambières genouillères coudières brassards mi-bas oreillettes haltères lacets crampons béquilles "
        "bretelles rollers menottes maracas castagnettes demi-pointes"
    )
)
# Nouns counted in pairs only with the complement that says what they are for: « des plaquettes de frein », but
# « des plaquettes de chocolat »; « des baguettes de batterie », « des bâtons de marche », « des aiguilles à tricoter ».
QUALIFIED_PAIRS = {
    "plaquettes": frozenset(words("frein freins")),
    "baguettes": frozenset(words("batterie tambour")),
    "bâtons": frozenset(words("marche ski randonnée trekking")),
    "aiguilles": frozenset(words("tricoter")),
    "boutons": frozenset(words("manchette manchettes")),
    "bouchons": frozenset(words("oreille oreilles")),
    "pédales": frozenset(words("vélo vtt route automatiques plates")),
    "chaînes": frozenset(words("neige")),
    "poignées": frozenset(words("vélo guidon")),
}
__all__ = ["INVARIABLE_COLOURS", "MATERIALS", "adjective_form", "french_head", "french_phrase"]
RARE = 4  # DELA's rank of a word with no frequency class
FIXED = frozenset(words("pur"))  # invariable in set phrases: "des brioches pur beurre"
COUNTED_AS_ONE = frozenset(words("jumelles"))  # "une paire de jumelles" is a pleonasm
VERB_FIRST = frozenset(
    words(
        "abat porte vide cache couvre tire ouvre presse épluche casse serre taille marque protège sèche pèse chauffe "
        "coupe lave range essuie allume brise pare passe gratte chasse repose attrape chausse cure garde lance monte "
        "pousse hache tourne bouche grille rince ramasse bloque cale compte perce fixe aiguise appuie brûle tue "
        "cuit arrache réveille lèche mouche trotte attache lève hausse fume pique gobe remonte"
    )
)
UNCOUNTED_SECOND = frozenset(words("jour monnaie manger soleil feu vent temps tout"))
# Prepositions and adverbs that make a compound with a noun: "sous-verre", "après-shampooing", "sur-chaussure".
PREFIXES = frozenset(words("sous sur après avant arrière contre entre hors demi semi mi"))
# A verb + noun compound names one object ("un presse-agrumes", "un porte-clés"), except a protection worn on a
# limb that comes in pairs, which is sold and counted in pairs: "les protège-tibias", "une paire de protège-coudes".
WORN_ON = frozenset(words("protège couvre"))
PAIRED_LIMBS = frozenset(
    words("tibia genou coude poignet cheville avant-bras bras cuisse jambe mollet main pied talon orteil")
)
_VOWELS = frozenset("aeiouyéèêëàâäîïôöûüœæ")
_PRONOUNS = {"m": ("il", "le"), "f": ("elle", "la"), "pl": ("ils", "les"), "fpl": ("elles", "les")}
FALLBACK = Head("article", 0, "m", plural="articles", source="unknown")


def _gender(word: str) -> tuple[str, str, bool, str] | None:
    """(gender, plural, written in the plural, source) of a noun as DELA reads it, None when it cannot tell."""
    if "œ" in word:  # DELA writes "oeuf", "noeud"
        spelled = _gender(word.replace("œ", "oe"))
        return None if spelled is None else (spelled[0], spelled[1].replace("oe", "œ"), spelled[2], spelled[3])
    found = readings(word)
    if not found:
        return _compound(word) if "-" in word else None
    best = [r for r in found if r.rank == found[0].rank]
    features = frozenset().union(*(r.features for r in best))
    genders = {f[0] for f in features}
    # the sense a shop sells decides, also where DELA lists only another one ("la doudou", Antillean for darling)
    gender = HOMONYMS.get(best[0].lemma) or (genders.pop() if len(genders) == 1 else "")
    if not gender:
        return None
    plural_name = not any(f[1] == "s" for f in features)
    lemma = next((r.lemma for r in best if any(f[0] == gender for f in r.features)), best[0].lemma)
    other = "f" if gender == "m" else "m"
    plural = word if plural_name else form_for(lemma, gender + "p") or form_for(lemma, other + "p")
    if plural == word and not plural_name and not word.endswith(("s", "x", "z")) and "-" not in word:
        plural = word + "s"  # DELA keeps some loanwords invariable ("yoyo"); they take an s today
    if "-" in word and word.partition("-")[0] in VERB_FIRST:  # DELA writes many of them invariable ("pèse-personne")
        return gender, _verb_noun_plural(word), False, "lexicon"
    if not plural and word.partition("-")[0] in PREFIXES:  # DELA gives no plural of "sous-pull": its noun's
        prefixed = _prefixed(*word.split("-", 1))
        plural = prefixed[1] if prefixed is not None and prefixed[0] == gender else ""
    return gender, plural, plural_name, "lexicon"


def _compound(word: str) -> tuple[str, str, bool, str] | None:
    """A hyphenated noun DELA does not list: "porte-bébé" (verb + noun: masculine), "sous-verres" (preposition
    + noun, see `_prefixed`), "drap-housse" (noun + noun: the first noun's gender, both parts in the plural)."""
    first, _, second = word.partition("-")
    if first in VERB_FIRST:
        return "m", _verb_noun_plural(word), worn_in_pairs(word), "compound"
    if first in PREFIXES:
        return _prefixed(first, second)
    found = _gender(first)
    if found is None:
        return None
    gender, first_plural, _, _ = found
    second_plural = form_for(second, gender + "p") or form_for(second, gender + "p", "A")
    plural = f"{first_plural}-{second_plural}" if first_plural and second_plural else ""
    return gender, plural, False, "compound"


def _prefixed(first: str, second: str) -> tuple[str, str, bool, str] | None:
    """A preposition + noun compound DELA does not list as written: the noun's number is the compound's
    ("les sous-verres", "les après-shampooings": a noun with a singular of its own, written in the plural; "le
    sous-pull"); its gender that of the compound in the singular, as DELA lists it ("le sous-verre"), else the
    noun's ("la sur-chaussure"). None when the noun is unknown or of both genders."""
    nouns = readings(second)
    if not nouns:
        return None
    noun = nouns[0]
    features = frozenset().union(*(r.features for r in nouns if r.lemma == noun.lemma))
    written_plural = not any(f[1] == "s" for f in features)
    singular = readings(f"{first}-{noun.lemma}")
    genders = {f[0] for f in (singular[0] if singular else noun).features}
    if len(genders) != 1:
        return None
    gender = genders.pop()
    plural = form_for(noun.lemma, gender + "p") or form_for(noun.lemma, ("f" if gender == "m" else "m") + "p")
    if not plural:
        return None
    return gender, f"{first}-{plural}", written_plural, "compound"  # pairs: "les après-skis" (see `french_head`)


def worn_in_pairs(word: str) -> bool:
    """Whether a verb + noun compound names a protection worn on a limb that comes in pairs, or on shoes ("les
    protège-tibias", "les couvre-chaussures"): written in the plural, it is sold in pairs."""
    first, _, second = word.partition("-")
    if first not in WORN_ON or not second.endswith(("s", "x")):
        return False
    lemmas = {reading.lemma for reading in readings(second)} | {second}
    return not lemmas.isdisjoint(PAIRED_LIMBS) or second in PAIRS


def counted_in_pairs(word: str) -> bool:
    """Whether a compound written in the plural is counted in pairs: a protection worn on paired limbs ("les
    protège-genoux"), or a preposition + a noun counted in pairs ("les sur-chaussures", "les après-skis")."""
    first, _, second = word.partition("-")
    return worn_in_pairs(word) or (first in PREFIXES and second in PAIRS)


def _qualified_pair(word: str, after: list[str]) -> bool:
    """Whether a plural noun is counted in pairs for the complement after it (see `QUALIFIED_PAIRS`)."""
    if word not in QUALIFIED_PAIRS or not after:
        return False
    first = after[0].lower()
    if first in QUALIFIED_PAIRS[word]:  # « pédales automatiques »
        return True
    for elided in ("d'", "d’"):
        if first.startswith(elided):
            return first[len(elided) :] in QUALIFIED_PAIRS[word]
    return first in ("de", "à", "pour") and len(after) > 1 and after[1].lower() in QUALIFIED_PAIRS[word]


def _verb_noun_plural(word: str) -> str:
    """The plural of a verb + noun compound: its noun takes the plural ("des porte-bébés", "des taille-haies"),
    unless it is plural already ("presse-agrumes") or names a thing not counted ("des abat-jour")."""
    first, _, second = word.partition("-")
    if second.endswith(("s", "x")) or second in UNCOUNTED_SECOND:
        return word
    return f"{first}-{form_for(second, 'mp') or form_for(second, 'fp') or second + 's'}"


def french_head(name: str) -> Head | None:
    """The head noun of a French item name, or None when the lexicon cannot tell."""
    noun_part, _, _ = split_name(name, "fr")
    names = noun_part.split()
    if not names:
        return None
    index = 1 if len(names) > 1 and names[0].lower() in BEFORE_NOUN else 0
    word = names[index].rstrip(",;:").lower()
    found = _gender(word)
    if found is None:
        return None
    gender, plural, plural_name, source = found
    if word.split("-")[0] in VERB_FIRST:  # "un épluche-légumes", but "les protège-tibias"
        plural_name = worn_in_pairs(word)
    if not plural_name and plural == word:  # "Pois chiches", "Noix de cajou grillées": the adjective tells
        plural_name = any(_plural_adjective(w, gender) for w in names[index + 1 :])
    lemmas = {reading.lemma for reading in readings(word)} | {word.split("-")[0]}
    aspirated = not lemmas.isdisjoint(ASPIRATED)
    plural_name = plural_name or word in PAIRS  # "les mi-bas", spelt alike in both numbers
    pair = word in PAIRS or (plural_name and (counted_in_pairs(word) or _qualified_pair(word, names[index + 1 :])))
    mass = not plural_name and french_container(name, min(lemmas, key=len)) is not None  # « l'engrais », sold by weight
    return Head(word, index, gender, plural_name, plural, mass, pair, aspirated, True, source)


def _agree_all_following(following: list[str], gender: str, plural: bool, head: str) -> list[str]:
    """The words after the head agreed with it (`_agree_following`), except an adjective after a noun in
    apposition that agrees with that noun as written, and not with the head in the singular: it is that
    noun's own ("le body manches courtes", never "les bodies manches courts")."""
    agreed: list[str] = []
    noun: list[Reading] = []
    for word in following:
        if noun and _agrees_with(word, noun) and not _agrees_with(word, [Reading(head, frozenset({gender + "s"}), 0)]):
            agreed.append(word)
            continue
        form = _agree_following(word, gender, plural, head)
        agreed.append(form)
        noun = readings(word) if form == word and not _adjective_of(word, gender) else []
    return agreed


def _agrees_with(word: str, noun: list[Reading]) -> bool:
    """Whether the adjective `word` as written has the gender and number of the noun read as `noun`."""
    features = frozenset().union(*(reading.features for reading in noun))
    return any(not features.isdisjoint(reading.features) for reading in readings(word, "A"))


def _agree_following(word: str, gender: str, plural: bool, head: str) -> str:
    """A word after the head, agreed with it: an adjective or participle ("télécommandées", "les doudous
    plats"). A noun in apposition stays as written ("les tirelires cochon", "les stations météo"), unless the
    lexicon knows the plural of the compound it makes with the head lemma `head`."""
    if word in FIXED:
        return word
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
    nouns = readings(word)
    if nouns and not _adjective_of(word, gender):
        rare = all(r.rank >= RARE and all(f[0] == gender for f in r.features) for r in nouns)
        return (form_for(nouns[0].lemma, gender + "p") or word) if plural and rare else word
    return agree_adjective(word, gender, plural)


def _adjective_of(word: str, gender: str) -> bool:
    """Whether `word` reads as an adjective that agrees with a noun of `gender` as written: one whose lemma has
    forms of both genders ("plat", "plate"), of which `word` is one of `gender`."""
    for reading in readings(word, "A"):
        if not any(feature[0] == gender for feature in reading.features):
            continue
        genders = {feature[0] for _, features in forms_of(reading.lemma, "A") for feature in features}
        if genders >= {"m", "f"}:
            return True
    return False


def _plural_adjective(word: str, gender: str) -> bool:
    found = readings(word.lower(), "A")
    features = found[0].features if found else frozenset()
    return bool(features) and all(f[1] == "p" for f in features) and any(f[0] == gender for f in features)


def french_phrase(item: Item, formal: bool, donation: bool, head: Head | None, pack: str = "") -> Phrase:
    """How a French note names `item`, its head noun given (None: the construction without agreement), with the
    `pack` phrase cut from its name (see `split_pack`) after the variant."""
    noun_part, quoted, tail = split_name(item.name, "fr")
    names = noun_part.split()
    if head is not None and item.quantity > 1 and not head.plural_name and not head.plural:
        head = None  # a plural DELA does not give ("drap-housse"): no guess
    if head is None:
        placed = place_variant(item, [], 0, "", "", False, donation)
        whole = join(noun_part, quoted.strip("«»\xa0 "))  # one quotation: « Oxymètre Pulse »
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
        start = [agree_adjective(w, gender, True) for w in start[:-1]] + [head.plural or start[-1]]
    end = head.index + 1
    while end < len(names) and names[end][:1].islower() and names[end].lower() not in PREPOSITIONS["fr"]:
        end += 1
    lemma = readings(head.word)[0].lemma if readings(head.word) else head.word
    following = _agree_all_following(names[head.index + 1 : end], gender, plural, lemma)
    if following and names[head.index + 1].lower() in MATERIALS:  # "Gourde inox" → "la gourde en inox"
        following[0:1] = ["en", names[head.index + 1].lower()]
    agreed = start + following + _agree_after_code(names[end:], gender, plural)
    placed = place_variant(item, agreed, len(start) + len(following), head.word, gender, plural, donation)
    if quoted and not placed.after:  # "la tasse « Matin » vert sauge": the colour of the named product
        core = join(" ".join(placed.before), quoted, placed.colour, tail, placed.variant)
    else:  # "la théière noire en fonte (0,8 L)"
        core = join(" ".join(placed.before), placed.colour, " ".join(placed.after), quoted, tail, placed.variant)
    return _phrase(glue_pack(core, pack), head, item, formal, donation, certain=True, apart=placed.apart, packed=pack)


def _agree_after_code(rest: list[str], gender: str, plural: bool) -> list[str]:
    """The words after a size or code, the adjectives among them agreed with the head ("Carnet A5 ligné" →
    "carnets A5 lignés"), up to a preposition, a bracket or a noun that begins a phrase of its own."""
    agreed = list(rest)
    if not plural:
        return agreed
    for index, word in enumerate(rest):
        if word.lower() in PREPOSITIONS["fr"] or word[:1] in '(«"':
            break
        if not word[:1].islower():
            continue  # "A5", "XL", a brand
        form = adjective_form(word, gender, plural)
        if form is None:
            break
        agreed[index] = form
    return agreed


# What a French pack phrase says a pack is, in the plural, with its gender: « (boîte de 24) » → boîtes.
PACK_UNITS = {"boîte": ("boîtes", "f"), "boite": ("boîtes", "f"), "filet": ("filets", "m"), "sachet": ("sachets", "m"),
              "paquet": ("paquets", "m"), "coffret": ("coffrets", "m")}  # fmt: skip


def _pack_unit(pack: str) -> tuple[str, str]:
    """The unit several packs are counted in: the pack's own word (« boîtes », « filets »), else « lots »."""
    first = pack.strip("(), ").split(" ", 1)[0].lower()
    return PACK_UNITS.get(first, ("lots", "m"))


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
) -> Phrase:
    """The forms of the item named `core` (without article or count); `apart` when its variant was set apart
    ("(coloris : noir)"), which the report names as unsure, like an unknown noun; `packed` the pack phrase of
    the name ("(lot de 3)", "(boîte de 24)"): then it is counted in what the pack is (« lots », « boîtes »).
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
            unit, gender = french_container(item.name, head.word) or ("paquets", "m")
        else:
            unit, gender = ("paires", "f") if head.pair and not packed else _pack_unit(packed)
        vowel = _elides(core, head.aspirated)
        core = f"{count_word(quantity, 'fr')} {unit} {'d' + chr(39) if vowel else 'de '}{core}"
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
