"""Where a French note puts an item's variant, and in what form: a colour agrees with the head and follows the
whole name with its complements, before a size or a code ("la housse de couette en percale blanche", "le fard à
paupières doré", "l'arrosoir galvanisé vert sapin 10 L", "le carnet noir A5 ligné"); a size is written « en
taille … » ("le body en taille 6 mois", "le pull en taille XL"); other variants follow the name ("la lampe en
laiton"), set apart when the name has its own « en » ("le vase en grès (grand modèle)").

Where the colour would not be the item's own (a holder and what it holds: "Lot de 3 bols"), or its agreement
cannot be told, the colour is written "(coloris : noir)", which needs no agreement, and the item is reported
(`Placed.apart`).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from notegen.language.french_lexicon import SHORTENED, agree_adjective, form_for, readings, verbal_adjective
from notegen.language.phrase import PREPOSITIONS, SIZE, join, variant_text
from notegen.language.variant_parts import lead_item
from notegen.language.words import NUMBERS, words
from notegen.model import Item

MATERIALS = frozenset(
    words(
        "inox bois verre métal lin coton cuir bambou acier zinc laiton cuivre grès chêne néoprène silicone "
        "porcelaine céramique feutre liège velours plastique aluminium alu caoutchouc jute rotin osier laine "
        "pierre marbre granit pin hêtre noyer teck acacia sisal"
    )
)
# Adjectives that tell a colour's shade and make a compound colour with it: "blanc chaud", "gris chiné".
SHADES = frozenset(words("clair foncé chaud froid pâle vif profond chiné mat brillant cassé moyen soutenu pastel"))
# Adjectives that tell a material's kind or finish: after a material the shop set beside the head, they are the
# material's (« le stratifié chêne naturel », « les trois paniers osier naturel »), never the product's.
FINISHES = frozenset(
    words(
        "naturel massif brut huilé ciré verni vernis laqué teinté blanchi cérusé fumé vieilli brossé poli satiné "
        "émaillé inoxydable galvanisé recyclé véritable lavé traité thermotraité tressé chromé anodisé forgé "
        "patiné cérame reconstitué"
    )
)
# Nouns used as colours stay invariable ("des bols marron", "des tasses crème"); rose, mauve, fauve, pourpre,
# écarlate and incarnat agree like adjectives, as grammars teach.
INVARIABLE_COLOURS = frozenset(
    words(
        "sable crème ocre marron orange moutarde prune taupe ivoire kaki bordeaux corail turquoise émeraude olive "
        "cerise chocolat caramel citron framboise lavande saumon pistache anthracite ardoise indigo lilas champagne "
        "miel noisette perle paille brique menthe sauge aubergine châtaigne cognac safran tabac vanille grenat jade "
        "rubis fuchsia magenta marine nature acajou abricot céladon cobalt pétrole tilleul bronze greige"
    )
)
# Adjectives of colour: a compound of one ("bleu marine", "vert d'eau", "gris-bleu") stays invariable.
COLOUR_ADJECTIVES = frozenset(
    words("blanc noir rouge bleu vert jaune gris brun violet rose beige mauve fauve écru doré argenté cuivré roux")
)
# Nouns a shop gives as a variant that name a colour or a print, invariable after the name as colour nouns are:
# precious metals, the colour of spangles, thread or a frame as often as the metal of a ring (« les paillettes
# holographiques or », « le fil or rose », never « en or », which would say what the product is made of), and a
# fabric's print (« la nappe en coton enduit vichy bleu »).
COLOUR_NOUNS = frozenset(words("argent or vichy tartan madras liberty paisley jacquard camouflage léopard"))
# Nouns that hold other things: a colour after "le lot de 3 bols" could belong to either noun.
HOLDERS = frozenset(words("lot paire coffret assortiment duo trio ensemble kit pack set"))
# Words that name a size or a number after them: a colour stands before them ("taille 39-42", "n° 8").
SIZE_LABELS = frozenset(words("taille pointure format modèle réf référence numéro calibre diamètre longueur"))
COLOURING = "coloris"
_STOPS = ",;:"
# Sizes a French shop sends that a note writes « en taille … »: ages ("6 mois", "3-6 mois", "2 ans", "18M",
# "Naissance"), letter sizes ("XL", "3XL", "S/M"), numbers ("42", "38/40"), codes ("T2", "75B", "W32 L34", "EU
# 42"); a bracket may follow ("S (36-38)", "Taille 2 (4-9 kg)").
_AGE = r"\d{1,2}(?:\s*(?:[-/]|à)\s*\d{1,2})?\s*(?:mois|ans?|M|A)|naissance|prématuré|nouveau-né"
_LETTERS = r"(?:\d?X{0,4}[SL]|M)(?:\s*/\s*(?:\d?X{0,4}[SL]|M))?"
_NUMBER = r"\d{1,3}(?:[.,]5)?(?:\s*[/-]\s*\d{1,3})?"
_CODE = (
    r"T\.?\s?\d{1,2}|\d{2,3}\s?[A-H]{1,2}|W\d{2}\s*L\d{2}"
    r"|(?:EU|FR|UK|US)\s?\d{1,2}(?:[.,]5)?|\d{1,2}(?:[.,]5)?\s?(?:EU|FR)"
)
FRENCH_SIZE = re.compile(rf"^(?:taille\s+)?(?:{_AGE}|{_LETTERS}|{_NUMBER}|{_CODE})(?:\s*\([^()]*\))?$", re.IGNORECASE)
ONE_SIZE = frozenset(words("tu t.u. unique"))
MEASURE = re.compile(r"\d+(?:[.,]\d+)?\s*(?:ml|cl|dl|l|g|kg)", re.IGNORECASE)  # a weight or volume: « 70 cl »


class Placed(NamedTuple):
    """A French item's words with its variant in place: `words` the name's words before the variant's place,
    `colour` the agreed colour ("" when none or set apart), `after` the name's words after it, `variant` a
    variant written after the whole name ("en taille M", "(coloris : noir)"), `apart` whether the variant was
    set apart because its place or agreement could not be told."""

    before: list[str]
    colour: str
    after: list[str]
    variant: str
    apart: bool


def is_colour(word: str) -> bool:
    """Whether a (lower-case) word is a colour adjective or a colour noun."""
    return word in COLOUR_ADJECTIVES or word in INVARIABLE_COLOURS


def names_colour(variant: str) -> bool:
    """Whether a variant is a colour: a colour word first ("Bleu marine", "Marron"), or one adjective."""
    lower = variant.lower()
    words_of = lower.replace("-", " ").split()
    if not words_of:  # "-", "–": no word at all
        return False
    first = words_of[0]
    if lower in MATERIALS or first in PREPOSITIONS["fr"] or SIZE.match(variant) or size_text(variant):
        return False
    return is_colour(first) or first in COLOUR_NOUNS or (" " not in lower and bool(readings(lower, "A")))


def adjective_form(adjective: str, gender: str, plural: bool) -> str | None:
    """`adjective` agreed with a noun of `gender` ("m" or "f") and number (`plural`): "noir", f, plural →
    "noires"; "ligné", m, plural → "lignés". Colours that are nouns ("marron", "orange", "crème") and compound
    colours ("bleu marine", "vert d'eau", "gris-bleu") are invariable and come back as written. None when the
    lexicon does not know the word as an adjective, or knows no form for that gender and number: then write a
    construction that needs no agreement ("(coloris : noir)") rather than guess."""
    if gender not in ("m", "f"):
        raise ValueError(f"gender {gender!r}: use 'm' or 'f'")
    text = adjective.strip()
    lower = text.lower()
    parts = lower.replace("-", " ").replace("'", " ").replace("’", " ").split()
    if not parts:
        return None
    if len(parts) > 1:  # a compound colour: invariable
        return text if is_colour(parts[0]) or parts[0] in COLOUR_NOUNS else None
    if lower in INVARIABLE_COLOURS or lower in COLOUR_NOUNS or lower in SHORTENED:  # « rétro », « fluo »
        return text
    for reading in readings(lower, "A"):
        form = form_for(reading.lemma, gender + ("p" if plural else "s"), "A")
        if form:
            return form[:1].upper() + form[1:] if text[:1].isupper() else form
    if verbal_adjective(lower):
        return agree_adjective(text, gender, plural)
    return None


def colour_apart(variant: str) -> str:
    """A colour in the construction that needs no agreement: "(coloris : noir)"."""
    return f"({COLOURING}\xa0: {variant.strip().lower()})"


def name_end(names: list[str], at: int) -> int:
    """Where the words of the name a colour follows end, from `at` (just after the head and its adjectives):
    after every complement of the head ("la housse de couette en percale | blanche", "le tipi pour enfant |
    écru", "le sac à dos enfant | rouge"), before a size, a number, a code, a bracket or a name ("l'arrosoir
    galvanisé | vert 10 L", "le carnet | noir A5 ligné", "le pull | noir XL")."""
    while at < len(names):
        written = names[at].rstrip(_STOPS)  # a name or an acronym belongs to the noun: "les boules de Noël
        word = written.lower()  # rouges", "les oreillettes Bluetooth blanches", "la clé USB blanche"
        bare = word.replace("'", "").replace("’", "").replace("-", "")
        if not bare.isalpha() or word in NUMBERS["fr"] or (written[:1].isupper() and SIZE.match(written)):
            break
        if word in ("ø", "⌀", "diam.", "diamètre"):  # "l'abat-jour en lin naturel | Ø 40 cm": a measurement
            break
        following = names[at + 1] if at + 1 < len(names) else ""
        if word in SIZE_LABELS and following[:1].isdigit():  # "chaussettes en laine | taille 39-42"
            break
        if word == "au" and following.lower().rstrip(_STOPS) in ("mètre", "metre"):  # « toile de lin | au mètre »
            break
        at += 1
        if names[at - 1].endswith(tuple(_STOPS)):  # "housse de couette | blanche, percale": the name ends at its comma
            break
    return at


def place_variant(
    item: Item, names: list[str], at: int, head: str, gender: str, plural: bool, donation: bool
) -> Placed:
    """The variant of `item` placed among the name's `names` (the agreed words of the noun part), `at` the
    position just after the head and its adjectives: a colour after the whole name with its complements
    (`name_end`), agreed with the head of `gender` and number `plural`, whatever noun of the complement it
    could also agree with ("la housse de couette en percale blanche"); any other variant after the name. A
    colour is set apart where it would not be the item's own: after a holder and what it holds ("le lot de 3
    bols (coloris : bleu)"). A variant of several parts names its colour so and its size after it (« le t-shirt
    basique marine, taille L », see `variant_parts`)."""
    lead, parts = lead_item(item, "fr", donation, names_colour, size_text)
    if lead is not item:
        placed = place_variant(lead, names, at, head, gender, plural, donation)
        return placed._replace(variant=join(placed.variant, parts.after))
    variant = item.variant.strip()
    if not variant:
        return Placed(names, "", [], "", False)
    if donation or not names_colour(variant):
        written = other_variant(item, donation, " en " in f" {' '.join(names).lower()} ")
        return Placed(names, "", [], after_comma_part(names, max(at - 1, 0), written), False)
    number = next((i for i in range(at) if names[i].lower() in NUMBERS["fr"]), at)  # "la tente verte deux places"
    closed = at > 0 and names[at - 1].endswith(tuple(_STOPS))  # "cartouches d'encre courtes | , format international"
    end = number if number < at else at if closed else name_end(names, at)
    form = adjective_form(variant.lower(), gender, plural) if gender in ("m", "f") else None
    if form is None or (head in HOLDERS and end > at):
        return Placed(names, "", [], colour_apart(variant), True)
    # « les percolateurs 6 tasses, coloris rouge », never « rouges 6 tasses »; one keeps it: « la multiprise blanche
    # 4 prises » (a singular colour is no capacity's), but not a pack, whose number counts the goods the colour is
    # of: « le coffret 3 bougies parfumées, coloris ivoire », never « le coffret ivoire 3 bougies »
    if (plural or head in HOLDERS) and counted_capacity(names, end):
        return Placed(names, "", [], f", {COLOURING} {variant.lower()}", False)
    end = at if end > at and purpose_of_other(names, at, variant, gender, plural) else end
    before = names[:end]
    if before and before[-1].endswith(tuple(_STOPS)):  # the comma after the colour: "couette blanche, percale"
        stop = before[-1][len(before[-1].rstrip(_STOPS)) :]
        before, form = [*before[:-1], before[-1].rstrip(_STOPS)], form + stop
    return Placed(before, form, names[end:], "", False)


def after_comma_part(names: list[str], at: int, written: str) -> str:
    """A variant written with « en » (`written`) as it follows a part the shop set off with a comma from `at` on: a
    size as a part of its own (« le pull col roulé, laine mérinos, taille L »), any other in brackets (« la bougie
    parfumée, 200 g (grand modèle) »), as after a name with an « en » of its own: « laine mérinos en taille L »
    would read as that part's size. `written` itself where the name has no such part."""
    if not written.startswith("en ") or not any(word.endswith(",") for word in names[at:-1]):
        return written
    size = written[3:]
    return f", {size}" if size.startswith(("taille ", "pointure ")) else f"({size})"


def counted_capacity(names: list[str], at: int) -> bool:
    """Whether the name goes on at `at` with a capacity that counts things in figures (« 6 tasses », « 12 œufs »,
    « 2 places »): a colour in the plural before it would read as theirs (« rouges 6 tasses »: six red cups), one
    after it too."""
    if at + 1 >= len(names) or not names[at].isdigit():
        return False
    counted = names[at + 1].rstrip(_STOPS)
    found = readings(counted) if counted.isalpha() and counted.islower() and len(counted) > 1 else []
    return any(feature[1] == "p" for reading in found for feature in reading.features)


def purpose_of_other(names: list[str], at: int, variant: str, gender: str, plural: bool) -> bool:
    """Whether the complement right after the head is « pour » or « en » and a noun the colour would not agree with
    as an adjective does (« le remontoir pour montres automatiques noir laqué » reads as black watches, « le gilet
    en laine gris » as a gender error): the colour then goes before it (« le remontoir noir laqué pour montres
    automatiques », « le gilet gris en laine »), as before a material after « en » whose own colour would take
    another form (« la guêpière noire en satin », « les trois djellabas écrues en laine », never « en satin noire
    », « en laine écrues »). A colour whose form is the same for both (« la gamelle pour chien rouge », « la laisse
    pour chien bleu canard », « la housse de couette en percale blanche ») and one after « pour » and a noun of the
    head's gender (« le tipi pour enfant écru ») keep their place after the name."""
    preposition = names[at].lower() if at < len(names) else ""
    if at + 1 >= len(names) or preposition not in ("pour", "en") or names[at - 1].endswith(tuple(_STOPS)):
        return False
    noun = names[at + 2] if names[at + 1].lower() in ("le", "la", "les") and at + 2 < len(names) else names[at + 1]
    noun = noun.rstrip(_STOPS).lower().removeprefix("l'").removeprefix("l’")
    found = [reading for reading in readings(noun) if reading.rank == readings(noun)[0].rank] if readings(noun) else []
    pairs = {feature for reading in found for feature in reading.features}
    if preposition == "en" and pairs:  # the material's own colour would read otherwise: « satin noir », « laine écrue »
        form = adjective_form(variant.lower(), gender, plural)
        own = {pair for pair in pairs if pair[1] == "s"} or pairs  # « bois » is a material in the singular
        return any(adjective_form(variant.lower(), pair[0], pair[1] == "p") != form for pair in own)
    if not pairs or any(pair[0] == gender for pair in pairs):
        return False
    other = next(iter(pairs))[0]  # a compound colour (« bleu canard ») is invariable: nothing shows
    return adjective_form(variant.lower(), gender, plural) != adjective_form(variant.lower(), other, plural)


def other_variant(item: Item, donation: bool, has_en: bool) -> str:
    """A variant that is no colour, after the name: "en taille M", "en lin", "en grand modèle"; in brackets
    when the name has an « en » of its own ("le vase en grès (grand modèle)"), never a second « en »."""
    variant = item.variant.strip()
    common = MATERIALS | INVARIABLE_COLOURS | common_first(variant)
    written = variant_text(item, "fr", donation, common=common, part=names_part(variant))
    size = size_text(variant) if not donation else ""
    if size:
        written = f"en {size}"
    if MEASURE.fullmatch(variant):  # « la crème de nuit (50 ml) », never « en 50 ml »
        return f"({variant})"
    if has_en and written.startswith("en "):
        return f"({written[3:]})"
    return written


def names_part(variant: str) -> bool:
    """Whether a variant of several words names a part or a model of the product (« Bouchon noir », « Plume M »):
    a noun first that is no material, colour or adjective; it follows the name in brackets, never after « en »."""
    parts = variant.lower().split()
    if len(parts) < 2 or parts[0] in MATERIALS or is_colour(parts[0]) or parts[0] in SIZE_LABELS:
        return False
    return bool(readings(parts[0])) and not readings(parts[0], "A")


def size_text(variant: str) -> str:
    """A size variant as a note writes it after « en »: "taille 6 mois", "taille 3-6 mois", "taille XL", "taille
    75B", "taille unique", "pointure 39"; "" when the variant is no size. A month or an age alone ("en 6 mois")
    would read as a time."""
    text = " ".join(variant.split())
    lower = text.lower()
    if lower in ONE_SIZE or lower == "taille unique":
        return "taille unique"
    if lower.startswith("pointure ") and FRENCH_SIZE.match(text[9:]):
        return f"pointure {text[9:]}"
    if not FRENCH_SIZE.match(text):
        return ""
    size = text[7:] if lower.startswith("taille ") else text
    common = size.replace("-", "").isalpha() and not size.isupper()  # "Naissance", "Nouveau-né"; not "XL"
    return f"taille {size.lower() if common else size}"


def common_first(variant: str) -> frozenset[str]:
    """The variant's first word when it is a common French word written with a capital, as catalogues write
    them ("Grand modèle", "Laiton"): a sentence writes "en grand modèle", "en laiton". A word the lexicon does
    not know in that form (a name, a brand) or one in capitals ("XL", "LED") keeps its casing."""
    first = variant.split()[0] if variant.split() else ""
    lower = first.lower()
    if not first[:1].isupper() or not first[1:].islower():
        return frozenset()
    # a word in its own base form only: "Paris" is also the plural of "pari", and stays a city
    return frozenset({lower}) if any(reading.lemma == lower for reading in readings(lower)) else frozenset()
