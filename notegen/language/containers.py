"""What several of a product sold by weight or volume come in, in English and French: "the three pouches of Assam
Tea (250g Pouch)", "the three bags of Potting Compost", « les trois sacs d'engrais pour agrumes 1 kg ».

Such a product is counted in what it comes in, its noun in the singular, where the name says what that is
("(250g Pouch)", « sachet de 100 g ») or where the noun is a material whose plural would name kinds of it
(`FR_MATERIALS`, `english_materials.EN_MATERIALS`: « argiles », "Composts"). Other nouns take their plural as a
shop writes them ("the three Hand Creams 75ml", « les trois miels de lavande »). What an English noun sold so comes
in when its name names no container is read in `english_materials`.
German has its own table (`notegen.language.german_goods.CONTAINERS`): a German compound ends in its head, so
the end of the word decides there.
"""

from __future__ import annotations

import re

from notegen.language.english_words import AFTER_SIZE, DESCRIBING, FOOD_DESIGNATIONS, WINE_DESIGNATIONS
from notegen.language.words import words

WEIGHT = r"\d+(?:[.,]\d+)?\s*(?:g|kg|mg|ml|cl|dl|l|oz|lb|lbs|fl\.?\s?oz)"
# What a container is called in the plural ("(250g Pouch)" → "pouches"), and (French) its gender.
EN_CONTAINERS = {
    "pouch": "pouches", "jar": "jars", "tin": "tins", "bag": "bags", "bottle": "bottles", "box": "boxes",
    "tub": "tubs", "tube": "tubes", "sack": "sacks", "skein": "skeins", "ball": "balls", "bar": "bars",
    "block": "blocks", "can": "cans", "carton": "cartons", "packet": "packets", "pot": "pots", "hank": "hanks",
    "caddy": "caddies", "refill": "refills", "spool": "spools", "reel": "reels", "punnet": "punnets", "tray": "trays",
    "bunch": "bunches", "sachet": "sachets",
}  # fmt: skip
# What a product sold by the piece of its container says it comes in after "per" ("Engineered Oak Flooring,
# 1.98m² per Pack", "Vinyl Wallpaper, per Roll", "Floor Tiles 60x60cm, 1.44m² per Box"): several are counted in it.
_EN_PER = {
    **EN_CONTAINERS, "pack": "packs", "roll": "rolls", "case": "cases", "crate": "crates", "bundle": "bundles",
    "sheet": "sheets", "pallet": "pallets", "bale": "bales", "coil": "coils", "bucket": "buckets", "drum": "drums",
    # a bulk material by the tonne, the cubic metre or the bulk bag: "the three tonnes of Sharp Sand, per Tonne"
    "tonne": "tonnes", "ton": "tons", "bulk bag": "bulk bags", "jumbo bag": "jumbo bags", "m³": "cubic metres",
    "m3": "cubic metres", "cubic metre": "cubic metres", "cubic meter": "cubic meters",
}  # fmt: skip
_PER = re.compile(rf"(?:^|[\s,(])per\s+({'|'.join(_EN_PER)})(?!\w)\s*\)?\s*$", re.IGNORECASE)
# A container or unit alone in brackets at the end of a name ("Beeswax Tea Lights (Box)", "Mohair Yarn (Skein)"):
# what the shop sells one of; several of a name in the plural or of a mass noun are counted in it.
_BRACKETED = re.compile(
    rf"\s*\(\s*({'|'.join(sorted(_EN_PER, key=len, reverse=True))})\s*\)\s*$",
    re.IGNORECASE,
)
# A length before what it is wound on ("Twin and Earth Cable 2.5mm², 50m Drum", "Gaffer Tape, 25m Roll").
_WOUND = re.compile(
    r"\b\d+(?:[.,]\d+)?\s*(?:m|metres?|meters?|ft|yds?|yards?)\s+(roll|drum|reel|coil|spool)(?![\w-])", re.I
)
# A weight, volume or length and the container it fills closing a name after a comma ("Wine Gums, 200g Bag",
# "Rapeseed Oil, 5 Litre Tin", "Cloth Gaffer Tape, 50m Roll", "Seasoned Ash Logs, 15kg Net", a paper size before a
# sheet: "Marbled Paper, A4 Sheet"): several are "the three 200g bags of Wine Gums", the container said once. A net
# so placed holds the goods; elsewhere after a weight ("500g Net Weight") it is no container.
# A roll, reel or spool may be given by its width ("Kraft Gift Wrap, 70cm Roll", "Satin Ribbon, 25mm Reel"). Without
# the comma, the measure and container close the name after the word of what they hold ("Pure Lanolin 100ml Tube"),
# never after what a vessel is made of or a colour ("Stainless Steel 500ml Bottle": a bottle).
_EN_CLOSED = (
    rf"({WEIGHT}|\d+(?:[.,]\d+)?\s*(?:litres?|liters?|kilos?|grams?|kilograms?|m²|m|metres?|meters?)|A[0-6]"
    r"|\d+(?:[.,]\d+)?\s*(?:cm|mm)(?=\s+(?:roll|reel|spool)))\s+"
    rf"({'|'.join([*EN_CONTAINERS, 'roll', 'drum', 'coil', 'net', 'sheet', 'pack'])})\s*$"
)
_EN_CLOSING = re.compile(rf",\s*{_EN_CLOSED}", re.IGNORECASE)
_EN_CLOSING_BARE = re.compile(rf"(?<=[^\W\d_])\s+{_EN_CLOSED}", re.IGNORECASE)
# Not after a material or a colour ("Glass 1L Jar"), nor after "in a" ("Siberian Iris in a 2L Pot": its own pot).
_NOT_HELD = frozenset(DESCRIBING | AFTER_SIZE | set(words("a an the in per of with for"))) - {"cream"}
# A container and the weight or volume it holds, after a comma or in brackets ("Acacia Honey, Jar of 340g",
# "Espresso Beans (Bag of 1kg)"): the container that closes the name, as above, said once for several.
_EN_OF_MEASURE = re.compile(
    rf"(?:,\s*({'|'.join(EN_CONTAINERS)})\s+of\s+({WEIGHT})|\s*\(\s*({'|'.join(EN_CONTAINERS)})\s+of\s+({WEIGHT})\s*\))"
    r"\s*$",
    re.IGNORECASE,
)
_BY_AREA = re.compile(r"\bper\s+(?:m²|m2|sq\.?\s?m|square\s+(met(?:re|er)))(?!\w)", re.IGNORECASE)
FR_CONTAINERS = {
    "sachet": ("sachets", "m"), "pot": ("pots", "m"), "sac": ("sacs", "m"), "bouteille": ("bouteilles", "f"),
    "boîte": ("boîtes", "f"), "boite": ("boîtes", "f"), "paquet": ("paquets", "m"), "flacon": ("flacons", "m"),
    "bocal": ("bocaux", "m"), "tube": ("tubes", "m"), "pelote": ("pelotes", "f"), "tablette": ("tablettes", "f"),
    "bidon": ("bidons", "m"), "brique": ("briques", "f"), "pain": ("pains", "m"), "bobine": ("bobines", "f"),
    "seau": ("seaux", "m"), "recharge": ("recharges", "f"), "bâton": ("bâtons", "m"), "écheveau": ("écheveaux", "m"),
    "barquette": ("barquettes", "f"), "bourriche": ("bourriches", "f"), "cagette": ("cagettes", "f"),
    "carton": ("cartons", "m"), "caisse": ("caisses", "f"), "bloc": ("blocs", "m"), "rouleau": ("rouleaux", "m"),
    "cartouche": ("cartouches", "f"), "couronne": ("couronnes", "f"), "botte": ("bottes", "f"),
}  # fmt: skip
DE_CONTAINERS = {
    "dose": "Dosen", "glas": "Gläser", "beutel": "Beutel", "flasche": "Flaschen", "packung": "Packungen",
    "tüte": "Tüten", "tube": "Tuben", "sack": "Säcke", "eimer": "Eimer", "kanister": "Kanister", "tiegel": "Tiegel",
    "rolle": "Rollen", "paket": "Pakete", "karton": "Kartons", "spule": "Spulen", "kartusche": "Kartuschen",
    "töpfchen": "Töpfchen", "fläschchen": "Fläschchen", "döschen": "Döschen", "tütchen": "Tütchen",
    "päckchen": "Päckchen", "schachtel": "Schachteln", "becher": "Becher", "netz": "Netze",
    # what yarn and fibre are wound in: a ball, a hank, a plait
    "knäuel": "Knäuel", "strang": "Stränge", "zopf": "Zöpfe",
}  # fmt: skip
# A count of doses, capsules or the like after the name ("(60 Capsules)", « (30 unidoses) », ", 120 Kapseln"): the
# product is a pack of them, counted in packs, its noun in the singular.
_UNITS = {
    "de": r"(?:\w*(?:kapseln|tabletten|dragees|beutel|sticks|stäbchen|tücher|portionen|ampullen|stangen|stiele|zweige)"
    r"|blatt|bogen|bögen)",
    "fr": r"(?:unidoses|doses|capsules|gélules|comprimés|sachets|dosettes|lingettes|bâtonnets|pastilles|portions"
    r"|ampoules)",
    "en": r"(?:capsules|tablets|caplets|softgels|sachets|pods|wipes|sticks|servings|(?:tea\s?)?bags|lozenges|gummies"
    r"|ampoules|spools|reels|rolls|skeins|balls)",
}
UNITS = {lang: re.compile(rf"(?:,\s*|\(\s*)\d+\s+{body}\s*\)?\s*$", re.IGNORECASE) for lang, body in _UNITS.items()}
_ROLLED = frozenset(words("cadeau peint kraft cuisson sulfurisé"))
# A container after its weight or volume, the unit spelled out or not, one or several ("(50 Litre Bag)", "(2 x 500ml
# Bottles)"): several of the item come in it, in packs where it holds several ("the three packs of … (2 x 500ml
# Bottles)").
_EN_NAMED = re.compile(
    rf"\b(?:{WEIGHT}|\d+(?:[.,]\d+)?\s*(?:litres?|liters?|kilos?|grams?|kilograms?))[\s-]+"
    rf"({'|'.join(EN_CONTAINERS)})(e?s)?\b",
    re.IGNORECASE,
)
_DE_NAMED = re.compile(
    rf"\b{WEIGHT}\s+({'|'.join(DE_CONTAINERS)})\b|,\s*({'|'.join(DE_CONTAINERS)})\s+{WEIGHT}(?!\w)"
    rf"|,\s*({'|'.join(sorted(set(DE_CONTAINERS) - {'glas'}))})\s+\d",  # ", Rolle 50 m"; ", Glas 30 cm": glass
    re.IGNORECASE,
)
# A French container says what it holds by weight, volume, area or length: « bloc de 1 kg », « paquet de 2,22 m² »,
# « rouleau de 50 m ».
_FR_NAMED = re.compile(
    rf"\b({'|'.join(FR_CONTAINERS)})\s+de\s+(?:{WEIGHT}|\d+(?:[.,]\d+)?\s*m[²2]?)(?!\w)", re.IGNORECASE
)

FR_MATERIALS = {
    **dict.fromkeys(words("engrais compost sable gravier paillage substrat"), ("sacs", "m")),
    **dict.fromkeys(words("argile"), ("pains", "m")),
    **dict.fromkeys(words("plâtre papier"), ("paquets", "m")),
}


# A weight closing a name ("Basil Pesto 190g", « Croquettes pour chat, 2 kg »).
ENDS_IN_WEIGHT = re.compile(r"\b\d+(?:[.,]\d+)?\s*(kg|g)\s*\)?\s*$", re.IGNORECASE)
_MEASURE = re.compile(r"(?<!\d),\s*(\d+(?:[.,]\d+)?)\s*(kg|g|l|ml|cl|dl|m)\s*$", re.IGNORECASE)
# Cheeses, sold by weight in pieces: « trois morceaux de comté », not « trois sachets ».
_CHEESES = frozenset(
    words("comté beaufort gruyère emmental parmesan fromage tomme cantal morbier mimolette gouda reblochon roquefort")
)
# Drinks and syrups: sold by weight too (« Sirop d'érable 250 g »), several come in bottles, never in sachets.
_FR_POURED_FOODS = frozenset(
    words(
        "vin crémant champagne cidre bière jus sirop vinaigre whisky whiskey rhum gin vodka cognac armagnac calvados "
        "liqueur porto pastis absinthe eau-de-vie mezcal tequila saké prosecco cava"
    )
)
# Foods and drinks whose name with its weight or volume after a comma counts them in what they come in (« les
# trois sacs de café en grains, 1 kg », "the three bags of Whey Protein Powder, 1kg"); a cream, a serum or a
# ball of wool so sold is counted itself (« les trois crèmes de nuit, 50 ml »). Spices by weight are ground or
# dried, never counted (« les trois sachets de cumin moulu, 50 g », never « les trois cumins moulus »).
_FR_SOLD_BY_MEASURE = (
    _CHEESES
    | _FR_POURED_FOODS
    | frozenset(
        words(
            "café thé tisane protéine chocolat cacao farine sucre riz quinoa confiture moutarde pesto sel miel "
            "piment poivre paprika curcuma cannelle cumin gingembre muscade safran curry cardamome coriandre fenugrec "
            "sumac carvi badiane girofle"
        )
    )
)
# Foods sold by weight or volume in no one container (butter in a block or a tub, milk or soup in a carton or a
# bottle, a sauce in a bottle or a jar, semolina in a bag or a box): several are named by their measure, the noun in
# the singular (« le lait d'avoine (3 × 1 l) »), never « les trois laits d'avoine 1 l », which reads as three kinds,
# nor a container the name does not tell.
_FR_UNCOUNTED = frozenset(
    words(
        "beurre lait soupe bouillon levure graisse saindoux margarine sauce purée compote muesli semoule polenta "
        "boulgour couscous fécule gélatine mayonnaise ketchup"
    )
)
# What a shop sells by the litre that is no drink: a liquid for the house or the wash (« Lessive liquide 3 L », « Savon
# noir 1L »), counted in what it comes in when its name gives a volume; a soap by weight is a bar, counted itself.
_FR_POURED = frozenset(words("lessive savon adoucissant"))
# An oil is a food where its name says what it is pressed from and that is eaten (« Huile d'olive vierge extra
# 75cl », « Huile de colza, 1 l »): several come in bottles. One for the body or the hair (« Huile sèche pour le
# corps, 100 ml », « Huile à barbe 30 ml ») is counted itself, as shops write it.
_EDIBLE_OIL = re.compile(
    r"\bhuiles?\s+(?:d[’']\s*|de\s+(?:pépins\s+de\s+)?)"
    r"(?:olives?|colza|tournesol|noix|noisettes?|sésame|arachides?|cameline|coco|pistaches?|raisin)\b",
    re.IGNORECASE,
)
# A volume in centilitres closing a French name is the measure of a drink (« Orangeade pétillante, 75 cl »): several
# come in bottles, unless the noun names what holds a drink or what is sized by what it holds (« Gourde inox 75 cl »,
# « Bougie parfumée 20 cl ») or a cream for the skin (« Crème pour les mains 7,5 cl »), each counted itself.
_FR_HOLDERS = frozenset(
    words(
        "verre gourde carafe carafon bouteille flasque mug tasse bol pichet théière cafetière bouilloire gobelet flûte "
        "coupe chope pot bocal boîte thermos bidon seau arrosoir shaker saladier casserole cocotte moule vase "
        "photophore bougie biberon verrine ramequin terrine jarre cruche tonnelet "
        "crème baume gel sérum lotion lait eau parfum"
    )
)
# The endings of French nouns of holders made on what they hold (« théière », « saucière », « saladier », « beurrier »,
# « bougeoir »), a drink's own noun aside: « bière » is in `_FR_POURED_FOODS`.
_HOLDER_ENDINGS = ("ière", "ier", "oir")
# A butter of what it is made from (« Beurre de cacahuète 350 g », « Beurre de cajou 250 g »): a spread or a balm
# in a jar, several in jars; a butter with no complement (« Beurre doux 250 g ») is the dairy one, see `_FR_UNCOUNTED`.
_SPREAD = re.compile(r"^\s*beurres?\s+(?:d[’']\s*|de\s+)\w", re.IGNORECASE)
# A weight or volume closing a French name without a comma (« Miel de fleurs 500 g », « Savon noir 1L »): the shop
# sells it by that measure, as after a comma. Not after « x », where it is one of a pack's (« 24 x 33 cl »).
_FR_CLOSING = re.compile(r"(?<![\d.,])(\d+(?:[.,]\d+)?)\s*(kg|g|l|ml|cl|dl)\s*$", re.IGNORECASE)
# Foods sold in jars, when a weight after a comma says so: "the three jars of Seville Orange Marmalade, 340g",
# « les trois pots de miel de lavande, 500 g ».
JARRED = frozenset(words("jam marmalade pesto mustard chutney honey confiture moutarde miel"))


_BY_LENGTH = re.compile(
    r"\b(?:meterware|(?:pro|je)\s+meter|per\s+(?:metre|meter)|by\s+the\s+(?:metre|meter)|au\s+m[eè]tre)\b",
    re.IGNORECASE,
)


def by_length(name: str) -> str:
    """The unit a product sold by length is counted in ("Meter" for "Baumwollstoff, Meterware", « mètres » for
    « Tissu coton, vendu au mètre », "metres" or "meters" as the name spells it), "" when it is not."""
    found = _BY_LENGTH.search(name)
    if found is None:
        return ""
    text = found.group(0).lower()
    if text.startswith("au"):
        return "mètres"
    if text.startswith(("per", "by")):
        return "metres" if "metre" in text else "meters"
    return "Meter"


def measured(name: str) -> tuple[float, str] | None:
    """The amount and unit a name ends in after a comma: (25.0, "kg") for "Zementmörtel, 25 kg",
    (50.0, "m") for "Bindedraht, 50 m"; None when it ends in none."""
    found = _MEASURE.search(name)
    return (float(found.group(1).replace(",", ".")), found.group(2).lower()) if found else None


def measure(name: str) -> str:
    """How a name after a comma says the product is sold: "volume" (", 0,75 l", ", 75cl"), "kg" or "g" (", 500 g");
    "" when it does not. A food or drink so sold is counted in what it comes in (« les trois sacs de café, 1 kg »)."""
    found = measured(name)
    unit = found[1] if found else "m"
    return "kg" if unit == "kg" else "g" if unit == "g" else "" if unit == "m" else "volume"


def german_container(name: str) -> str:
    """What several of a German item come in when its name says so after its weight or after a comma before its
    measure ("Dosen" for "Earl Grey lose, 100 g Dose", "Rollen" for "Kreppband, Rolle 50 m"), "" when it does not."""
    named = _DE_NAMED.search(name)  # "100 g Dose", ", Paket 2,5 m²" (not "Vorratsdose Glas 1 l": glass)
    return DE_CONTAINERS[(named.group(1) or named.group(2) or named.group(3)).lower()] if named else ""


def english_named(name: str) -> str:
    """What several of an English item come in when its name says so after its weight ("tins" for "Tropical Fish
    Flakes, 250ml Tin"; "nets" for "…, 15kg Net" at its end) or its length ("drums" for "…, 50m Drum"), or after
    "per" at its end ("packs" for "Engineered Oak Flooring, 1.98m² per Pack"), "" when it does not."""
    named = _EN_NAMED.search(name)
    if named:
        return "packs" if named.group(2) else EN_CONTAINERS[named.group(1).lower()]
    per = _PER.search(name) or _WOUND.search(name)
    closing = closing_container(name)  # "Seasoned Ash Logs, 15kg Net": nets
    return _EN_PER[per.group(1).lower()] if per else closing[1] if closing else ""


def bracketed_container(name: str) -> tuple[str, str] | None:
    """The container in the plural and the text in brackets that close an English name with it alone: ("skeins", "
    (Skein)") for "Mohair Yarn (Skein)"; None when its end is no such bracket ("(Pair)" is a pack)."""
    found = _BRACKETED.search(name)
    return (_EN_PER[found.group(1).lower()], found.group(0)) if found else None


def closing_container(name: str) -> tuple[str, str, str] | None:
    """The measure, the container in the plural and the text they close an English name with after a comma:
    ("200g", "bags", ", 200g Bag") for "Wine Gums, 200g Bag", ("1kg", "bags", " (Bag of 1kg)") for "Espresso Beans
    (Bag of 1kg)"; None when it ends in no such container."""
    found = _EN_CLOSING.search(name) or _closed_bare(name)
    if found is None:
        held = _EN_OF_MEASURE.search(name)  # "Acacia Honey, Jar of 340g": ("340g", "jars", ", Jar of 340g")
        if held is None:
            return None
        container, amount = (held.group(1), held.group(2)) if held.group(1) else (held.group(3), held.group(4))
        return amount, EN_CONTAINERS[container.lower()], held.group(0)
    container = found.group(2).lower()
    return found.group(1), EN_CONTAINERS.get(container, container + "s"), found.group(0)


def _closed_bare(name: str) -> re.Match[str] | None:
    """The measure and container closing an English name without a comma after the word of what they hold ("Pure
    Lanolin 100ml Tube", "Dog Treats 500g Pouch"); None where there are none or they follow a material, a colour
    (`_NOT_HELD`) or "in a"."""
    found = _EN_CLOSING_BARE.search(name)
    before = name[: found.start()].split() if found else []
    return found if before and before[-1].lower() not in _NOT_HELD else None


def by_area(name: str) -> str:
    """The unit an English product sold by area is counted in ("square metres" for "Artificial Grass, per m²", as
    the name spells it), "" when it is not."""
    found = _BY_AREA.search(name)
    if found is None:
        return ""
    return "square meters" if (found.group(1) or "").lower() == "meter" else "square metres"


def designation(name: str) -> str:
    """Whether an English name carries a protected designation of origin: "wine" ("Chianti Classico DOCG 2019"),
    "food" ("Parmigiano Reggiano DOP, 1kg", "Comté AOP"), "" when it does not."""
    found = {word.strip(",:()") for word in name.split()}
    return "wine" if found & WINE_DESIGNATIONS else "food" if found & FOOD_DESIGNATIONS else ""


def french_container(name: str, lemma: str, uncounted: bool = False) -> tuple[str, str] | None:
    """What several of the French item `name` with the head noun `lemma` (its singular) come in, with the
    gender of that word: (« sacs », "m") for « Engrais pour agrumes 1 kg »; None when it is counted itself. A noun
    nothing shows to be counted (`uncounted`: the lexicon lacks it or gives it no plural) sold by volume is poured,
    in bottles, in flasks below half a litre by the millilitre (see `_bottled`)."""
    named = next((found for found in _FR_NAMED.finditer(name) if found.group(1).lower() != lemma.lower()), None)
    if named:  # « Bidon de 20 l » is the can itself, « Engrais, seau de 5 kg » what the fertiliser comes in
        return FR_CONTAINERS[named.group(1).lower()]
    if UNITS["fr"].search(name):
        return ("boîtes", "f")
    if lemma.lower() == "papier" and not _ROLLED.isdisjoint(name.lower().split()):
        return ("rouleaux", "m")  # « trois rouleaux de papier cadeau », but « trois paquets de papier abrasif »
    if by_length(name):  # « trois mètres de tissu coton, vendu au mètre »
        return ("mètres", "m")
    found = french_measured(name)
    sold = "" if found is None or found[1] == "m" else found[1] if found[1] in ("kg", "g") else "volume"
    lower = lemma.lower()
    poured = lower in _FR_POURED or (lower == "huile" and _EDIBLE_OIL.search(name) is not None)
    spread = lower == "beurre" and _SPREAD.search(name) is not None  # « les trois pots de beurre de cacahuète »
    if found is not None and sold == "volume" and _poured_out(found[1], lower, uncounted):
        return _bottled(*found, poured=poured)  # « les trois bouteilles d'orangeade pétillante, 75 cl »
    if lower in FR_MATERIALS or not sold or (lower not in _FR_SOLD_BY_MEASURE and not (poured and sold == "volume")):
        return ("pots", "m") if spread and sold else FR_MATERIALS.get(lower)
    if lower in JARRED:
        return ("pots", "m")
    if found is not None and sold == "volume":  # « les trois bouteilles de riesling, 75 cl »
        return _bottled(*found, poured=poured)
    if lemma.lower() in _CHEESES:
        return ("morceaux", "m")
    if lemma.lower() == "chocolat":
        return ("tablettes", "f")
    if lower in _FR_POURED_FOODS:  # « les trois bouteilles de sirop d'érable 250 g »
        return ("bouteilles", "f")
    return ("sacs", "m") if sold == "kg" else ("sachets", "m")


def _poured_out(unit: str, lower: str, uncounted: bool) -> bool:
    """Whether several of a French noun sold by volume in `unit` come in bottles, whatever noun it is: a volume in
    centilitres, the measure of a drink, but of a holder or a cream (`_FR_HOLDERS`), or a noun nothing shows to be
    counted (`uncounted`) but a food of `_FR_UNCOUNTED`, named by its measure."""
    if lower in FR_MATERIALS:
        return False
    holder = lower in _FR_HOLDERS or lower.endswith(_HOLDER_ENDINGS)  # « théière », « saladier », « bougeoir »
    return (unit == "cl" and not holder) or (uncounted and lower not in _FR_UNCOUNTED)


def french_by_measure(name: str, lemma: str, unknown: bool) -> str:
    """The weight or volume that closes a French name (« 500 g » of « Beurre de cacahuète 500 g », « 1 l » of « Lait
    d'avoine, 1 l ») where several are named by it, the noun in the singular (« le beurre de cacahuète (3 × 500 g)
    »): a food of `_FR_UNCOUNTED`, or a noun nothing shows to be counted (`unknown`: one the lexicon lacks, its
    gender told by an adjective, « Seitan mariné 250 g », or gives no plural, « Miso blanc 300 g »); "" for any other
    name, and for one that tells what it comes in (`french_container`)."""
    found = french_measured(name)
    if found is None or found[1] == "m" or french_container(name, lemma, unknown):
        return ""
    if not unknown and lemma.lower() not in _FR_UNCOUNTED:
        return ""
    closing = _MEASURE.search(name) or _FR_CLOSING.search(name)
    return closing.group(0).lstrip(", ").strip() if closing else ""


def french_measured(name: str) -> tuple[float, str] | None:
    """The amount and unit a French name ends in, after a comma or not: (500.0, "g") for « Miel de fleurs 500 g »
    and for « Miel de lavande, 500 g »; None when it ends in none, or in one of a pack's (« Bière 24 x 33 cl »)."""
    found = _FR_CLOSING.search(name)
    if measured(name) is not None or found is None:
        return measured(name)
    if re.search(r"(?:^|[\s\d])[x×]\s*$", name[: found.start()], re.IGNORECASE):
        return None
    return float(found.group(1).replace(",", ".")), found.group(2).lower()


def french_unmeasured(name: str) -> str:
    """A French name without the weight or volume that closes it with no comma before it, as a later mention says
    it: « Miel de châtaignier » of « Miel de châtaignier 400 g »; the name as written else."""
    found = _FR_CLOSING.search(name)
    if found is None or measured(name) is not None or french_measured(name) is None:
        return name
    return name[: found.start()].rstrip() or name


_LITRES = {"ml": 0.001, "cl": 0.01, "dl": 0.1, "l": 1.0}


def _bottled(amount: float, unit: str, *, poured: bool) -> tuple[str, str]:
    """What a French liquid sold by `amount` of `unit` comes in: bottles (« les trois bouteilles de riesling, 75 cl
    »), a small one by the millilitre in flasks (« les trois flacons de vinaigre balsamique 250 ml »), an oil or a
    washing liquid from 2 litres in cans (« les trois bidons de lessive liquide 3 L »)."""
    litres = amount * _LITRES.get(unit, 1.0)
    if poured and litres >= 2:
        return ("bidons", "m")
    return ("flacons", "m") if unit == "ml" and litres < 0.5 else ("bouteilles", "f")


def weighed(name: str) -> tuple[str, str] | None:
    """What a French name in the plural that ends in its weight comes in: « sacs » by the kilo (« Croquettes pour
    chat, 2 kg »), « sachets » by the gram (« Graines de tournesol, 250 g »); None without a weight."""
    found = ENDS_IN_WEIGHT.search(name)
    if found is None:
        return None
    return ("sacs", "m") if found.group(1).lower() == "kg" else ("sachets", "m")
