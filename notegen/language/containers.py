"""What several of a product sold by weight or volume come in, in English and French: "the three pouches of Assam
Tea (250g Pouch)", "the three bags of Potting Compost", « les trois sacs d'engrais pour agrumes 1 kg ».

Such a product is counted in what it comes in, its noun in the singular, where the name says what that is
("(250g Pouch)", « sachet de 100 g ») or where the noun is a material whose plural would name kinds of it
(`EN_MATERIALS`, `FR_MATERIALS`: "Composts", « argiles »). Other nouns take their plural as a shop writes them
("the three Olive Oils 500ml", « les trois miels de lavande »).
German has its own table (`notegen.language.german_goods.CONTAINERS`): a German compound ends in its head, so
the end of the word decides there.
"""

from __future__ import annotations

import re

from notegen.language.english_words import FOOD_DESIGNATIONS, WINE_DESIGNATIONS
from notegen.language.words import words

WEIGHT = r"\d+(?:[.,]\d+)?\s*(?:g|kg|mg|ml|cl|dl|l|oz|lb|lbs|fl\.?\s?oz)"
# What a container is called in the plural ("(250g Pouch)" → "pouches"), and (French) its gender.
EN_CONTAINERS = {
    "pouch": "pouches", "jar": "jars", "tin": "tins", "bag": "bags", "bottle": "bottles", "box": "boxes",
    "tub": "tubs", "tube": "tubes", "sack": "sacks", "skein": "skeins", "ball": "balls", "bar": "bars",
    "block": "blocks", "can": "cans", "carton": "cartons", "packet": "packets", "pot": "pots", "hank": "hanks",
    "caddy": "caddies", "refill": "refills", "spool": "spools", "reel": "reels", "punnet": "punnets", "tray": "trays",
    "bunch": "bunches",
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
# "Rapeseed Oil, 5 Litre Tin", "Cloth Gaffer Tape, 50m Roll"): several are "the three 200g bags of Wine Gums", the
# container said once.
_EN_CLOSING = re.compile(
    rf",\s*({WEIGHT}|\d+(?:[.,]\d+)?\s*(?:litres?|liters?|kilos?|grams?|kilograms?|m|metres?|meters?))\s+"
    rf"({'|'.join([*EN_CONTAINERS, 'roll', 'drum', 'coil'])})\s*$",
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
    "päckchen": "Päckchen", "schachtel": "Schachteln", "becher": "Becher",
}  # fmt: skip
# A count of doses, capsules or the like after the name ("(60 Capsules)", « (30 unidoses) », ", 120 Kapseln"): the
# product is a pack of them, counted in packs, its noun in the singular.
_UNITS = {
    "de": r"(?:\w*(?:kapseln|tabletten|dragees|beutel|sticks|stäbchen|tücher|portionen|ampullen|stangen)|blatt|bogen"
    r"|bögen)",
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

# Materials sold by weight or volume whose plural would name kinds of them ("three Potting Composts"), with what
# several come in. Other nouns sold so take their plural, as a shop writes them ("the three Olive Oils", « les trois
# miels de lavande »), unless the name says what they come in.
EN_MATERIALS = (
    (
        frozenset(
            words(
                "compost soil fertiliser fertilizer mulch sand gravel grit litter food kibble hay straw catnip "
                "substrate bedding peat perlite vermiculite coir"
            )
        ),
        "bags",
    ),
    (frozenset(words("clay plaster sandpaper")), "packs"),
    (frozenset(words("twine yarn wool")), "balls"),  # "the three balls of Natural Jute Twine"
    (frozenset(words("thread filament")), "spools"),  # "the three spools of PLA Filament 1.75mm, 1kg"
    (frozenset(words("caulk sealant silicone filler")), "tubes"),  # "the two tubes of Decorator's Caulk, 310ml"
)
FR_MATERIALS = {
    **dict.fromkeys(words("engrais compost sable gravier paillage substrat"), ("sacs", "m")),
    **dict.fromkeys(words("argile"), ("pains", "m")),
    **dict.fromkeys(words("plâtre papier"), ("paquets", "m")),
}
# Grains, flours and powders, which English does not count: several of one come in packs, with a weight or without
# ("the three packs of Basmati Rice", "the three bags of Strong White Flour 1.5kg": by the kilo, in bags). French
# counts them as shops do (« les trois farines de blé T65 »).
_EN_UNCOUNTED = frozenset(
    words(
        "rice flour sugar oats quinoa couscous bulgur semolina polenta buckwheat protein whey pasta spaghetti linguine "
        "tagliatelle fettuccine penne fusilli rigatoni macaroni orzo"
    )
)


_WEIGHED = re.compile(r"\b\d+(?:[.,]\d+)?\s*(kg|g)\s*\)?\s*$", re.IGNORECASE)
_MEASURE = re.compile(r"(?<!\d),\s*(\d+(?:[.,]\d+)?)\s*(kg|g|l|ml|cl|dl|m)\s*$", re.IGNORECASE)
_LIQUID = re.compile(r"\bliquid\b", re.IGNORECASE)
# Cheeses, sold by weight in pieces: « trois morceaux de comté », not « trois sachets ».
_CHEESES = frozenset(
    words("comté beaufort gruyère emmental parmesan fromage tomme cantal morbier mimolette gouda reblochon roquefort")
)
# Foods and drinks whose name with its weight or volume after a comma counts them in what they come in (« les
# trois sacs de café en grains, 1 kg », "the three bags of Whey Protein Powder, 1kg"); a cream, a serum or a
# ball of wool so sold is counted itself (« les trois crèmes de nuit, 50 ml »). Spices by weight are ground or
# dried, never counted (« les trois sachets de cumin moulu, 50 g », never « les trois cumins moulus »).
_FR_SOLD_BY_MEASURE = _CHEESES | frozenset(
    words(
        "café thé tisane protéine chocolat cacao farine sucre riz quinoa vin crémant champagne cidre bière jus sirop "
        "vinaigre confiture moutarde pesto sel miel whisky whiskey rhum gin vodka cognac armagnac calvados liqueur "
        "porto pastis absinthe eau-de-vie mezcal tequila saké prosecco cava "
        "piment poivre paprika curcuma cannelle cumin gingembre muscade safran curry cardamome coriandre fenugrec "
        "sumac carvi badiane girofle"
    )
)
_EN_SOLD_BY_MEASURE = frozenset(
    words(
        "coffee espresso tea protein whey powder flour sugar rice oats cheese cheddar parmesan chocolate cocoa oil "
        "vinegar syrup jam marmalade pesto mustard chutney salt honey fudge"
        # household, hair and car liquids, bottled by the litre: "the three bottles of Wool Wash, 1 Litre"
        " conditioner softener detergent shampoo bleach disinfectant mouthwash cleanser toner wash coolant antifreeze"
        " screenwash degreaser sanitiser sanitizer lubricant fluid"
        # pool, pond and garden treatments and the solvents and fuels of a workshop, bottled by the litre: "the three
        # bottles of Pond Clarifier, 2.5 Litre" (any biocide too: see `_sold_by_measure`)
        " chlorine clarifier flocculant descaler weedkiller stabiliser stabilizer spirit turpentine paraffin kerosene"
        " creosote"
    )
)
# A volume after a comma, its litres spelled out or not ("Fabric Softener, 2 Litres", "Engine Oil 5W-30, 5L": a
# comma and a space after a figure are no decimal comma).
_EN_BY_VOLUME = re.compile(r"(?:(?<!\d),\s*|,\s+)\d+(?:[.,]\d+)?\s*(?:l|ml|cl|litres?|liters?)\s*$", re.IGNORECASE)
# Foods sold in jars, when a weight after a comma says so: "the three jars of Seville Orange Marmalade, 340g",
# « les trois pots de miel de lavande, 500 g ».
_JARRED = frozenset(words("jam marmalade pesto mustard chutney honey confiture moutarde miel"))


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
    Flakes, 250ml Tin") or its length ("drums" for "…, 50m Drum"), or after "per" at its end ("packs" for "Engineered
    Oak Flooring, 1.98m² per Pack"), "" when it does not."""
    named = _EN_NAMED.search(name)
    if named:
        return "packs" if named.group(2) else EN_CONTAINERS[named.group(1).lower()]
    per = _PER.search(name) or _WOUND.search(name)
    return _EN_PER[per.group(1).lower()] if per else ""


def bracketed_container(name: str) -> tuple[str, str] | None:
    """The container in the plural and the text in brackets that close an English name with it alone: ("skeins", "
    (Skein)") for "Mohair Yarn (Skein)"; None when its end is no such bracket ("(Pair)" is a pack)."""
    found = _BRACKETED.search(name)
    return (_EN_PER[found.group(1).lower()], found.group(0)) if found else None


def closing_container(name: str) -> tuple[str, str, str] | None:
    """The measure, the container in the plural and the text they close an English name with after a comma:
    ("200g", "bags", ", 200g Bag") for "Wine Gums, 200g Bag"; None when it ends in no such container."""
    found = _EN_CLOSING.search(name)
    if found is None:
        return None
    container = found.group(2).lower()
    return found.group(1), EN_CONTAINERS.get(container, container + "s"), found.group(0)


def by_area(name: str) -> str:
    """The unit an English product sold by area is counted in ("square metres" for "Artificial Grass, per m²", as
    the name spells it), "" when it is not."""
    found = _BY_AREA.search(name)
    if found is None:
        return ""
    return "square meters" if (found.group(1) or "").lower() == "meter" else "square metres"


# Materials a shop sells by weight or volume, counted in what that comes in, by the kilo, the gram, the litre and
# the millilitre ("" where they are counted themselves): "the three bags of Anti-Mould Tile Grout, 3kg", "the three
# tins of Masonry Paint 10L", "the three packs of Shea Butter 250g", "the three bottles of Contact Adhesive 50ml", but
# "the three Acrylic Paints 75ml"; and the two-word kinds of them that come in a container of their own ("the
# three blocks of Clear Soap Base, 500g", "the three jars of Crunchy Peanut Butter, 340g"). Without a weight or
# volume they are counted themselves.
_EN_WEIGHED = {
    **dict.fromkeys(words("grout plaster mortar cement render screed concrete"), ("bags", "packs", "tubs", "tubs")),
    **dict.fromkeys(words("wax beeswax butter glaze mix dye"), ("bags", "packs", "bottles", "bottles")),
    **dict.fromkeys(words("paint varnish primer undercoat emulsion woodstain lacquer"), ("tins", "tins", "tins", "")),
    "adhesive": ("bags", "tubs", "tubs", "bottles"), "resin": ("packs", "bottles", "bottles", "bottles"),
    "putty": ("tubs", "tubs", "tubs", "tubs"), "glue": ("bottles", "bottles", "bottles", "bottles"),
    "milk": ("bags", "packs", "cartons", "cartons"),
}  # fmt: skip
_SOLD_AT_END = re.compile(r"(?<![\d.,])\d+(?:[.,]\d+)?\s*(kg|g|ml|cl|l|litres?|liters?)\s*\)?\s*$", re.IGNORECASE)
_EN_KINDS = {
    "soap base": "blocks",
    **{f"{nut} butter": "jars" for nut in words("peanut almond cashew hazelnut pistachio nut seed")},
}
_KIND = re.compile(rf"\b({'|'.join(_EN_KINDS)})\b", re.IGNORECASE)


def _unit_at_end(name: str) -> str:
    """The unit of the weight or volume a name ends in ("kg" for "Strong White Flour 1.5kg", "ml" for "Contact
    Adhesive 50ml"), "" when it ends in none."""
    found = _SOLD_AT_END.search(name)
    return found.group(1).lower() if found else ""


def weighed_material(word: str, after: str) -> bool:
    """Whether `word` is a material of `_EN_WEIGHED` sold by the weight or volume `after` opens with ("Epoxy Resin,
    500ml"): the noun of the name, though a material word after a noun otherwise only describes it."""
    return word.lower().rstrip(":,") in _EN_WEIGHED and re.match(rf"{WEIGHT}\b", after, re.IGNORECASE) is not None


def _weighed_in(name: str, lower: str) -> str:
    """What several of a material of `_EN_WEIGHED` or `_EN_KINDS` with the head `lower` come in, "" when it is
    none or its name gives no weight or volume."""
    kind = _KIND.search(name)
    if kind and kind.group(1).lower().endswith(" " + lower):
        return _EN_KINDS[kind.group(1).lower()]
    if lower not in _EN_WEIGHED:
        return ""
    unit = _unit_at_end(name)
    by_kilo, by_gram, by_litre, by_millilitre = _EN_WEIGHED[lower]
    units = {"kg": by_kilo, "g": by_gram, "ml": by_millilitre, "cl": by_millilitre, "": ""}
    return units.get(unit, by_litre)


# A volume in centilitres closing a name, the measure of a bottled drink ("Oloroso Sherry, 75cl"): several come in
# bottles, unless the noun names what holds a drink, its size said so ("Travel Mug, 35cl", "Teapot, 75cl"), or
# what does not pour ("Hand Cream, 7.5cl").
_IN_CENTILITRES = re.compile(r"\d\s*cl\s*\)?\s*$", re.IGNORECASE)
_VESSELS = tuple(
    words(
        "glass flask tumbler decanter carafe jug bottle tankard mug cup beaker goblet flute coupe pot jar tin can "
        "shaker pitcher dispenser kettle cafetière cafetiere stein growler canteen chalice bowl"
        " cream balm butter gel paste wax salve putty jam honey marmalade spread"
    )
)
_VOLUME = re.compile(r"\d\s*(?:ml|cl|l|litres?|liters?)\b", re.IGNORECASE)


def designation(name: str) -> str:
    """Whether an English name carries a protected designation of origin: "wine" ("Chianti Classico DOCG 2019"),
    "food" ("Parmigiano Reggiano DOP, 1kg", "Comté AOP"), "" when it does not."""
    found = {word.strip(",:()") for word in name.split()}
    return "wine" if found & WINE_DESIGNATIONS else "food" if found & FOOD_DESIGNATIONS else ""


def english_container(name: str, head: str, same_plural: bool = False) -> str:
    """What several of the English item `name` with the head noun `head` come in ("pouches" for "Assam Tea
    (250g Pouch)", "bags" for "Potting Compost"), "" when it is counted itself; `same_plural` for a head whose
    plural is itself, which a weight at the end makes a food sold in packs ("the three packs of Smoked Salmon,
    200g", never "the three Smoked Salmon")."""
    named = english_named(name)
    if named:
        return named
    if UNITS["en"].search(name):
        return "packs"
    kind = designation(name)  # "the three bottles of Prosecco DOC Extra Dry", "the three packs of Manchego DOP"
    if kind:
        return "bottles" if kind == "wine" or _VOLUME.search(name) else "packs"
    lower = head.lower()
    weighed = _weighed_in(name, lower)
    if weighed:
        return weighed
    material = next((unit for nouns, unit in EN_MATERIALS if lower in nouns), "")
    if same_plural and _WEIGHED.search(name):  # "the three jars of Basil Pesto 190g"
        return "jars" if lower in _JARRED else "packs"
    if lower in _EN_UNCOUNTED:
        return "bags" if _unit_at_end(name) == "kg" else "packs"
    sold = "volume" if _EN_BY_VOLUME.search(name) else measure(name)
    if _LIQUID.search(name) and sold == "volume":
        return "bottles"  # "the three bottles of Liquid Castile Soap, 500ml", "… of Washing-Up Liquid, 5 Litre"
    if _IN_CENTILITRES.search(name) and not lower.endswith(_VESSELS):
        return "bottles"  # "the three bottles of Oloroso Sherry, 75cl"; "the three Travel Mugs, 35cl"
    if material or not _sold_by_measure(lower):
        return material or by_length(name) or by_area(name)
    if lower == "chocolate" and sold == "g":
        return "bars"
    if lower in _JARRED and sold:
        return "jars"
    return {"volume": "bottles", "kg": "bags", "g": "packs", "": ""}[sold]


def _sold_by_measure(lower: str) -> bool:
    """Whether an English noun names a product sold by weight or volume, counted in what that comes in: one of
    `_EN_SOLD_BY_MEASURE`, or a biocide, whose name says it is one ("herbicide", "fungicide", "biocide")."""
    return lower in _EN_SOLD_BY_MEASURE or lower.endswith("cide")


def french_container(name: str, lemma: str) -> tuple[str, str] | None:
    """What several of the French item `name` with the head noun `lemma` (its singular) come in, with the
    gender of that word: (« sacs », "m") for « Engrais pour agrumes 1 kg »; None when it is counted itself."""
    named = next((found for found in _FR_NAMED.finditer(name) if found.group(1).lower() != lemma.lower()), None)
    if named:  # « Bidon de 20 l » is the can itself, « Engrais, seau de 5 kg » what the fertiliser comes in
        return FR_CONTAINERS[named.group(1).lower()]
    if UNITS["fr"].search(name):
        return ("boîtes", "f")
    if lemma.lower() == "papier" and not _ROLLED.isdisjoint(name.lower().split()):
        return ("rouleaux", "m")  # « trois rouleaux de papier cadeau », but « trois paquets de papier abrasif »
    if by_length(name):  # « trois mètres de tissu coton, vendu au mètre »
        return ("mètres", "m")
    sold = measure(name)
    if lemma.lower() in FR_MATERIALS or lemma.lower() not in _FR_SOLD_BY_MEASURE or not sold:
        return FR_MATERIALS.get(lemma.lower())
    if lemma.lower() in _JARRED:
        return ("pots", "m")
    if sold == "volume":  # « les trois bouteilles de riesling, 75 cl »
        return ("flacons", "m") if re.search(r"ml\s*$", name, re.IGNORECASE) else ("bouteilles", "f")
    if lemma.lower() in _CHEESES:
        return ("morceaux", "m")
    if lemma.lower() == "chocolat":
        return ("tablettes", "f")
    return ("sacs", "m") if sold == "kg" else ("sachets", "m")


def weighed(name: str) -> tuple[str, str] | None:
    """What a French name in the plural that ends in its weight comes in: « sacs » by the kilo (« Croquettes pour
    chat, 2 kg »), « sachets » by the gram (« Graines de tournesol, 250 g »); None without a weight."""
    found = _WEIGHED.search(name)
    if found is None:
        return None
    return ("sacs", "m") if found.group(1).lower() == "kg" else ("sachets", "m")
