"""The head noun of a French item name, as a French writer reads it: its gender and number from the DELA
dictionary (`french_lexicon`), the sense a shop sells where one spelling is two nouns (`HOMONYMS`), the h aspiré
(`french_h`), compounds DELA does not list (verb + noun, preposition + noun, noun + noun), and whether a name in
the plural is sold in pairs (`PAIRS`, `QUALIFIED_PAIRS`) or by weight (`notegen.language.containers`).
"""

from __future__ import annotations

from notegen.language.containers import french_container
from notegen.language.french_h import h_aspirated
from notegen.language.french_lexicon import Reading, form_for, readings
from notegen.language.french_makers import maker_first
from notegen.language.phrase import PREPOSITIONS, Head, split_name
from notegen.language.words import words

TITLE_ARTICLES = frozenset(words("le la les un une des"))  # a name that begins with one is a title
BEFORE_NOUN = frozenset(
    words(
        "petit petite petits petites grand grande grands grandes beau bel belle beaux belles joli jolie jolis jolies "
        "gros grosse grosses nouveau nouvel nouvelle nouveaux nouvelles vieux vieil vieille vieilles long longue "
        "longs longues bon bonne bons bonnes"
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
    "chapeau": "m", "jean": "m", "atlas": "m", "doudou": "m", "foret": "m", "champagne": "m",
    "harissa": "f",  # DELA: masculine only; Le Robert and Larousse: feminine
    # DELA gives a plural only to a sense no shop sells (« la brie », « la chlore », « la coke »): `counted_sense`
    "brie": "m", "chlore": "m", "coke": "m",
}  # fmt: skip


def counted_sense(best: list[Reading]) -> str:
    """The gender of the one sense of a noun of both genders that DELA gives a plural, the other naming a thing
    not counted (« le musette », the dance music, has none; « la musette », the bag, has « musettes »): a shop
    sells the thing counted. "" where both or neither have a plural (« la manille », « le manille »): nothing tells."""
    lemmas = {reading.lemma for reading in best}
    counted = {gender for gender in "mf" if any(form_for(lemma, gender + "p") for lemma in lemmas)}
    return counted.pop() if len(counted) == 1 else ""


# Nouns written in the plural and counted in pairs ("deux paires de bottes"): footwear and what goes in it, what
# is worn on both hands, legs, arms or ears, what one stands, walks or glides on with both feet or holds one in
# each hand (« deux paires d'échasses », « de skis », « d'avirons »), what is heard or seen with both ears or eyes,
# tools of two blades, what stands by twos on a hearth (« une paire de chenets »); "mi-bas" is spelt alike in both
# numbers ("bas" is not here: "le bas de pyjama" is one piece).
PAIRS = frozenset(
    words(
        "bottes bottines chaussettes chaussures chaussons sandales baskets tongs gants moufles mitaines lunettes "
        "boucles collants palmes ciseaux skis raquettes patins espadrilles mocassins escarpins tenailles écouteurs "
        "sabots ballerines mules charentaises pantoufles cuissardes derbies richelieus embauchoirs semelles "
        "guêtres jambières genouillères coudières brassards mi-bas oreillettes haltères lacets crampons béquilles "
        "bretelles rollers menottes maracas castagnettes demi-pointes échasses avirons étriers éperons maniques "
        "claquettes bottillons boots sneakers santiags nu-pieds chevillères talonnettes manchettes créoles enceintes "
        "snowboots waders poulaines galoches socques brodequins babouches spartiates chenets landiers"
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
    "clous": frozenset(words("oreille oreilles")),
    "pendants": frozenset(words("oreille oreilles")),
}
VERB_FIRST = frozenset(
    words(
        "abat porte vide cache couvre tire ouvre presse épluche casse serre taille marque protège sèche pèse chauffe "
        "coupe lave range essuie allume brise pare passe gratte chasse repose attrape chausse cure garde lance monte "
        "pousse hache tourne bouche grille rince ramasse bloque cale compte perce fixe aiguise appuie brûle tue "
        "cuit arrache réveille lèche mouche trotte attache lève hausse fume pique gobe remonte repousse guide"
    )
)
UNCOUNTED_SECOND = frozenset(words("jour monnaie manger soleil feu vent temps tout"))
# Prepositions and adverbs that make a compound with a noun: "sous-verre", "après-shampooing", "sur-chaussure".
PREFIXES = frozenset(words("sous sur après avant arrière contre entre hors demi semi mi"))
# A verb + noun compound names one object ("un presse-agrumes", "un porte-clés"), except a protection worn on a
# limb that comes in pairs, which is sold and counted in pairs: "les protège-tibias", "une paire de protège-coudes".
WORN_ON = frozenset(words("protège couvre"))
PAIRED_LIMBS = frozenset(words("tibia genou coude poignet cheville cuisse jambe mollet main pied talon orteil"))


def _gender(word: str) -> tuple[str, str, bool, str] | None:
    """(gender, plural, written in the plural, source) of a noun as DELA reads it, None when it cannot tell."""
    if "œ" in word:  # DELA writes "oeuf", "noeud"
        spelled = _gender(word.replace("œ", "oe"))
        return None if spelled is None else (spelled[0], spelled[1].replace("oe", "œ"), spelled[2], spelled[3])
    found = readings(word)
    if not found:
        return _loanword(word) or (_compound(word) if "-" in word else _agent_noun(word) or _solid_prefixed(word))
    best = [r for r in found if r.rank == found[0].rank]
    features = frozenset().union(*(r.features for r in best))
    genders = {f[0] for f in features}
    # the sense a shop sells decides, also where DELA lists only another one ("la doudou", Antillean for darling)
    gender = HOMONYMS.get(best[0].lemma) or (genders.pop() if len(genders) == 1 else counted_sense(best))
    if not gender:
        return None
    plural_name = not any(f[1] == "s" for f in features)
    lemma = next((r.lemma for r in best if any(f[0] == gender for f in r.features)), best[0].lemma)
    other = "f" if gender == "m" else "m"
    plural = word if plural_name else form_for(lemma, gender + "p") or form_for(lemma, other + "p")
    if plural == word and not plural_name and not word.endswith(("s", "x", "z")) and "-" not in word:
        plural = word + "s"  # DELA keeps some loanwords invariable ("yoyo"); they take an s today
    first = word.partition("-")[0]
    if "-" in word and gender == "m" and _verb_first(first) and not plural.startswith(f"{first}s-"):
        return gender, _verb_noun_plural(word), False, "lexicon"  # DELA: invariable "pèse-personne"
    if not plural and word.partition("-")[0] in PREFIXES:  # DELA gives no plural of "sous-pull": its noun's
        prefixed = _prefixed(*word.split("-", 1))
        plural = prefixed[1] if prefixed is not None and prefixed[0] == gender else ""
    if not plural and "-" in word and not plural_name and word.partition("-")[0] not in PREFIXES:
        parts = _noun_noun(word)  # DELA gives no plural of « porte-fenêtre »
        plural = parts[1] if parts is not None and parts[0] == gender else ""
    return gender, plural, plural_name, "lexicon"


# Nouns shops sell that DELA (built from dictionaries of the 1990s) does not list, loanwords and newer French words,
# with the gender Le Robert and Larousse give them; their plural takes an s (« les mangas », « les lingettes »).
# Teas and foods sold by weight are left out: how several of them are counted needs more than a gender.
LOANWORDS = {
    **dict.fromkeys(
        words(
            "manga smartphone sweat hoodie mug sticker selfie podcast hoverboard gyropode donut cupcake bento "
            "emoji crop-top legging joystick gamepad blender bodyboard paddle snowboard longboard wakeboard eyeliner "
            "gloss webtoon bandana snood kigurumi primer highlighter chino gimbal mook babyphone softshell e-liquide "
            "clearomiseur brownie canelé marshmallow"
        ),
        "m",
    ),
    **dict.fromkeys(words("webcam fouta gyroroue lingette turbulette vapoteuse"), "f"),
}


def _loanword(word: str) -> tuple[str, str, bool, str] | None:
    """A loanword of `LOANWORDS`, in the singular or written in the plural (« Mangas »), or None."""
    singular = word if word in LOANWORDS else word[:-1] if word.endswith("s") and word[:-1] in LOANWORDS else ""
    if not singular:
        return None
    plural = singular if singular.endswith(("s", "x", "z")) else singular + "s"
    return LOANWORDS[singular], plural, word != singular, "lexicon"


def _agent_noun(word: str) -> tuple[str, str, bool, str] | None:
    """A noun DELA lacks made with « -eur » or « -euse » on the stem of a verb in « -er » it knows (« tempéreuse »,
    of « tempérer »: a machine that tempers): masculine in « -eur », feminine in « -euse », as every such noun,
    its plural in -s; in the plural too (« tempéreuses »). None for any other word: an ending alone tells nothing."""
    singular = word[:-1] if word.endswith("s") else word
    suffix = "euse" if singular.endswith("euse") else "eur" if singular.endswith("eur") else ""
    stem = singular[: -len(suffix)] if suffix else ""
    if len(stem) < 3 or not stem.isalpha() or not any(r.lemma == f"{stem}er" for r in readings(f"{stem}é", "A")):
        return _participle_noun(word)
    return ("f" if suffix == "euse" else "m"), f"{singular}s", word != singular, "lexicon"


def _participle_noun(word: str) -> tuple[str, str, bool, str] | None:
    """A noun DELA lacks that is a verb's present participle, the product named by what it does (« rénovant », of
    « rénover »: « le rénovant cuir », as « le décapant », « le nettoyant »): masculine, as every such noun, its plural
    in -s; None for any other word."""
    singular = word[:-1] if word.endswith("s") else word
    if not singular.endswith("ant") or len(singular) < 6 or not singular.isalpha() or not readings(singular, "G"):
        return None
    return "m", f"{singular}s", word != singular, "lexicon"


# Prepositions French also writes in one word with a noun (« surpantalon », « contrepoids », « entrejambe »).
SOLID_PREFIXES = ("contre", "entre", "sous", "sur")


def _solid_prefixed(word: str) -> tuple[str, str, bool, str] | None:
    """A noun DELA lacks written in one word of a preposition and a noun it knows (« surpantalon », of « pantalon »):
    the noun's gender and plural, as `_prefixed` reads the compound written with a hyphen (« les surpantalons »); None
    for any other word."""
    first = next((prefix for prefix in SOLID_PREFIXES if word.startswith(prefix)), "")
    rest = word[len(first) :]
    if not first or len(rest) < 4 or not rest.isalpha() or not readings(rest):
        return None
    found = _prefixed(first, rest)
    return None if found is None else (found[0], found[1].replace("-", "", 1), found[2], found[3])


def _compound(word: str) -> tuple[str, str, bool, str] | None:
    """A hyphenated noun DELA does not list: "porte-bébé" (verb + noun: masculine), "sous-verres" (preposition
    + noun, see `_prefixed`), "drap-housse" (noun + noun: the first noun's gender, both parts in the plural)."""
    first, _, second = word.partition("-")
    if _verb_first(first):
        return "m", _verb_noun_plural(word), worn_in_pairs(word), "compound"
    if first in PREFIXES:
        return _prefixed(first, second)
    return _noun_noun(word)


def _noun_noun(word: str) -> tuple[str, str, bool, str] | None:
    """A compound of two nouns ("drap-housse", "porte-fenêtre"): the first noun's gender, both parts in the
    plural ("portes-fenêtres"), or written in the plural as both parts take it (« boutons-pression »)."""
    first, _, second = word.partition("-")
    found = _gender(first)
    if found is None:
        return None
    gender, first_plural, first_written_plural, _ = found
    if first_written_plural:  # « boutons-pression »: written in the plural, as both parts take it
        return gender, word, True, "compound"
    own = _gender(second) if readings(second) else None  # « draps-housses »: the second noun's own plural
    second_plural = own[1] if own else form_for(second, gender + "p") or form_for(second, gender + "p", "A")
    plural = f"{first_plural}-{second_plural}" if first_plural and second_plural else ""
    return gender, plural, False, "compound"


def _verb_first(first: str) -> bool:
    """Whether the first part of a compound is a verb ("porte-", "emporte-"): one of `VERB_FIRST`, or a word
    DELA knows as no noun that spaCy's lemma table reads as a form of a verb ("emporte" of "emporter")."""
    if first in VERB_FIRST:
        return True
    if readings(first):
        return False
    from notegen.language.forms import lemma_store  # the table loads on the first compound that needs it

    lemma = lemma_store("fr").lemma(first) or ""
    return lemma != first and lemma.endswith(("er", "ir", "re"))


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
    protège-tibias", "les couvre-chaussures"): written in the plural, it is sold in pairs. A noun spelt alike in
    both numbers (« bras », « avant-bras », « nez ») is not written in the plural: « le protège-bras » is one."""
    first, _, second = word.partition("-")
    found = readings(second)
    if first not in WORN_ON or not second.endswith(("s", "x")) or any("s" in f[1] for r in found for f in r.features):
        return False
    lemmas = {reading.lemma for reading in found} | {second}
    return not lemmas.isdisjoint(PAIRED_LIMBS) or second in PAIRS


def counted_in_pairs(word: str) -> bool:
    """Whether a compound written in the plural is counted in pairs: a protection worn on paired limbs ("les
    protège-genoux"), or a preposition + a noun counted in pairs ("les sur-chaussures", "les après-skis")."""
    first, _, second = word.partition("-")
    solid = next((prefix for prefix in SOLID_PREFIXES if word.startswith(prefix)), "") if not second else ""
    if solid:  # « les surchaussures », written in one word
        first, second = solid, word[len(solid) :]
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
    unless it is plural already ("presse-agrumes"), names a thing not counted ("des abat-jour") or is no noun
    ("des découd-vite")."""
    first, _, second = word.partition("-")
    if second.endswith(("s", "x")) or second in UNCOUNTED_SECOND or not readings(second):
        return word  # a noun not counted, or no noun at all: « des découd-vite » (vite, an adverb)
    return f"{first}-{form_for(second, 'mp') or form_for(second, 'fp') or second + 's'}"


def french_head(name: str) -> Head | None:
    """The head noun of a French item name, or None when the lexicon cannot tell."""
    noun_part, _, _ = split_name(name, "fr")
    names = noun_part.split()
    if not names or names[0].lower() in TITLE_ARTICLES:  # a title: « Le Petit Prince » is named whole, quoted
        return None
    index = 1 if len(names) > 1 and (names[0].lower() in BEFORE_NOUN or maker_first(names)) else 0
    word = names[index].rstrip(",;:").lower()
    aspirated = h_aspirated(word)
    found = _gender(word) or told_by_adjective(names, index)
    if found is None or (aspirated is None and index == 0):  # an h neither aspiré nor muet for sure: no elision
        return None
    gender, plural, plural_name, source = found
    if word.split("-")[0] in VERB_FIRST:  # "un épluche-légumes", but "les protège-tibias"
        plural_name = worn_in_pairs(word)
    if not plural_name and plural == word:  # "Pois chiches", "Petits pois": the adjective tells
        plural_name = any(_plural_adjective(w, gender) for w in names[:index] + _past_complements(names[index + 1 :]))
    lemmas = {reading.lemma for reading in readings(word)} | {word.split("-")[0]}
    plural_name = plural_name or word in PAIRS  # "les mi-bas", spelt alike in both numbers
    pair = word in PAIRS or (plural_name and (counted_in_pairs(word) or _qualified_pair(word, names[index + 1 :])))
    uncounted = source == "agreement" or not plural  # nothing shows it is counted: « Miso blanc 300 g »
    mass = not plural_name and french_container(name, min(lemmas, key=len), uncounted) is not None  # « l'engrais »
    return Head(word, index, gender, plural_name, plural, mass, pair, aspirated is True, True, source)


def told_by_adjective(names: list[str], index: int) -> tuple[str, str, bool, str] | None:
    """A noun the lexicon lacks (a regional or newer word: « Nduja piquante », « Kimchi artisanal »), read by the
    adjective right after it, which shows its gender and number (« artisanal »: masculine singular, « artisanale »:
    feminine): a word of lower-case letters after its capital that reads as no adjective, before an adjective of
    one gender in the singular whose other gender has a form of its own. Its plural takes an s. None where
    nothing tells (« Kendama en hêtre »: nothing agrees with it)."""
    word = names[index].lower()
    following = names[index + 1] if index + 1 < len(names) and not names[index].endswith((",", ";", ":")) else ""
    adjective = following.rstrip(",;:")
    if not (word.isalpha() and names[index][1:].islower() and len(word) > 2 and adjective.islower()):
        return None
    if readings(word, "A") or not adjective.isalpha() or readings(adjective):
        return None
    features = frozenset().union(*(reading.features for reading in readings(adjective, "A")))
    if len({feature[0] for feature in features}) != 1 or {feature[1] for feature in features} != {"s"}:
        return None  # « rouge », « vert » or « verts »: no single gender, or a plural the noun's plural is not
    plural = word if word.endswith(("s", "x", "z")) else word + "s"
    return next(iter(features))[0], plural, False, "agreement"


def _past_complements(after: list[str]) -> list[str]:
    """The words after the head but the nouns right after a preposition, which are a complement's own (« chats » of
    « Coupe-ongles pour chiens »: DELA also reads « chiens » as an adjective); an adjective after such a noun
    stays (« grillées » of « Noix de cajou grillées »)."""
    return [word for before, word in zip(["", *after], after, strict=False) if before.lower() not in PREPOSITIONS["fr"]]


def _plural_adjective(word: str, gender: str) -> bool:
    """Whether `word` is an adjective in the plural of `gender` only (« vivants, » of « Vers de terre vivants, boîte
    de 250 g »: the comma that closes the name's first part aside)."""
    found = readings(word.rstrip(",;:").lower(), "A")
    features = found[0].features if found else frozenset()
    return bool(features) and all(f[1] == "p" for f in features) and any(f[0] == gender for f in features)
