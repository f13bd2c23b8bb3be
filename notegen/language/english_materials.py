"""What several of an English product sold by weight or volume come in when its name names no container: the
materials a shop sells by the bag, the tin or the tube ("the three bags of Potting Compost", "the three tins of
Masonry Paint 10L"), the foods and liquids bottled or bagged by their measure ("the three bottles of Oloroso Sherry,
75cl", "the three packs of Basmati Rice"), and the vessels whose size is no measure of a drink ("the three Travel
Mugs, 35cl").

A container the name says itself ("(250g Pouch)", ", 50m Drum", "per Pack") is read in `containers`, and comes first.
"""

from __future__ import annotations

import re
from functools import lru_cache

from notegen.language.casing import common_frequency
from notegen.language.containers import (
    ENDS_IN_WEIGHT,
    JARRED,
    UNITS,
    WEIGHT,
    by_area,
    by_length,
    designation,
    english_named,
    measure,
)
from notegen.language.english_plurals import uncounted
from notegen.language.english_words import DRINKS, EVERYDAY
from notegen.language.words import words

# Materials sold by weight or volume whose plural would name kinds of them ("three Potting Composts"), with what
# several come in. Other nouns sold so take their plural, as a shop writes them ("the three Hand Creams", « les trois
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

# Grains, flours and powders, which English does not count: several of one come in packs, with a weight or without
# ("the three packs of Basmati Rice", "the three bags of Strong White Flour 1.5kg": by the kilo, in bags). French
# counts them as shops do (« les trois farines de blé T65 »).
_EN_UNCOUNTED = frozenset(
    words(
        "rice flour sugar oats quinoa couscous bulgur semolina polenta buckwheat protein whey pasta spaghetti linguine "
        "tagliatelle fettuccine penne fusilli rigatoni macaroni orzo"
    )
)
_LIQUID = re.compile(r"\bliquid\b", re.IGNORECASE)
# Foods, drinks and liquids whose name with its weight or volume after a comma counts them in what they come in
# ("the three bags of Whey Protein Powder, 1kg").
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
# Drinks, foods and household liquids English counts as servings or kinds ("three juices", "three sauces"), which
# a volume at the end of the name makes bottled goods: "the three bottles of Cloudy Apple Juice 1L", "… of Sriracha
# Hot Sauce 150ml"; by weight or with no measure they are counted themselves ("the three Pasta Sauces, 500g").
_EN_POURED = frozenset(
    words(
        "juice cordial squash lemonade water tonic sauce ketchup dressing extract soap lube remover "
        "wine whisky whiskey brandy gin vodka rum liqueur sherry vermouth"
    )
)
# Liquids English sells only in bottles, counted in them without a measure in the name as well: "the three bottles
# of Board Oil", never "three Board Oils" (kinds of it).
_BOTTLED = frozenset(
    words("oil vinegar syrup cordial wine whisky whiskey brandy gin vodka rum liqueur sherry vermouth")
)
# A volume closing a name, after a comma, a space or in brackets, its litres spelled out or not ("Fabric Softener, 2
# Litres", "Maple Syrup 250ml", "Engine Oil 5W-30, 5L": a comma and a space after a figure are no decimal comma).
_EN_BY_VOLUME = re.compile(
    r"(?:(?<!\d),\s*|,\s+|(?<![\w.,]))\d+(?:[.,]\d+)?\s*(?:l|ml|cl|litres?|liters?)\s*\)?\s*$", re.IGNORECASE
)


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
    return bool(_weighed_key(word.lower().rstrip(":,"))) and re.match(rf"{WEIGHT}\b", after, re.IGNORECASE) is not None


@lru_cache(maxsize=4096)
def _weighed_key(lower: str) -> str:
    """The material of `_EN_WEIGHED` a noun names: itself, or the one a word closed up with another ends in
    ("glaze" of "underglaze", "milk" of "buttermilk"), the word before it one of everyday English; "" for none."""
    if lower in _EN_WEIGHED:
        return lower
    for key in _EN_WEIGHED:
        found = common_frequency(lower[: -len(key)]) if lower.endswith(key) and len(lower) > len(key) + 2 else None
        if found is not None and found >= EVERYDAY:
            return key
    return ""


def _weighed_in(name: str, lower: str) -> str:
    """What several of a material of `_EN_WEIGHED` or `_EN_KINDS` with the head `lower` come in, "" when it is
    none or its name gives no weight or volume."""
    kind = _KIND.search(name)
    if kind and kind.group(1).lower().endswith(" " + lower):
        return _EN_KINDS[kind.group(1).lower()]
    lower = _weighed_key(lower)
    if not lower:
        return ""
    unit = _unit_at_end(name)
    by_kilo, by_gram, by_litre, by_millilitre = _EN_WEIGHED[lower]
    units = {"kg": by_kilo, "g": by_gram, "ml": by_millilitre, "cl": by_millilitre, "": ""}
    return units.get(unit, by_litre)


# A volume in centilitres closing a name, the measure of a bottled drink ("Oloroso Sherry, 75cl"): several come in
# bottles, unless the noun names what holds a drink, its size said so ("Travel Mug, 35cl", "Teapot, 75cl"), or
# what does not pour ("Hand Cream, 7.5cl").
_IN_CENTILITRES = re.compile(r"\d\s*cl\s*\)?\s*$", re.IGNORECASE)
# Substances that do not pour, sold in a tube, a tin or a jar ("Hand Cream", "Lip Balm", "Nappy Cream").
_UNPOURED = tuple(words("cream balm butter gel paste wax salve putty jam honey marmalade spread"))
_VESSELS = (
    *words(
        "glass flask tumbler decanter carafe jug bottle tankard mug cup beaker goblet flute coupe pot jar tin can "
        "shaker pitcher dispenser kettle cafetière cafetiere stein growler canteen chalice bowl"
    ),
    *_UNPOURED,
)
_VOLUME = re.compile(r"\d\s*(?:ml|cl|l|litres?|liters?)\b", re.IGNORECASE)


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
    if same_plural and ENDS_IN_WEIGHT.search(name):  # "the three jars of Basil Pesto 190g"
        return "jars" if lower in JARRED else "packs"
    if lower in _EN_UNCOUNTED:
        return "bags" if _unit_at_end(name) == "kg" else "packs"
    sold = "volume" if _EN_BY_VOLUME.search(name) else measure(name)
    if sold == "volume" and (_LIQUID.search(name) or _poured_noun(lower)):
        return "bottles"  # "the three bottles of Liquid Castile Soap, 500ml", "… of Washing-Up Liquid, 5 Litre"
    if _IN_CENTILITRES.search(name) and not lower.endswith(_VESSELS):
        return "bottles"  # "the three bottles of Oloroso Sherry, 75cl"; "the three Travel Mugs, 35cl"
    if not sold and lower in _BOTTLED and not re.search(rf"\b{lower}\s+on\s", name, re.IGNORECASE):
        return "bottles"  # "Oil on Canvas": a painting
    if material or not _sold_by_measure(lower):
        return material or by_length(name) or by_area(name)
    if lower == "chocolate" and sold == "g":
        return "bars"
    if lower in JARRED and sold:
        return "jars"
    return {"volume": "bottles", "kg": "bags", "g": "packs", "": ""}[sold]


_POURED_ENDS = tuple(word for word in _EN_POURED if len(word) > 4)


def _poured_noun(lower: str) -> bool:
    """Whether an English noun is one of `_EN_POURED`, or a word English text lacks that closes with one of them
    ("verjuice", a juice): read by its end, as a kind of that liquid."""
    return lower in _EN_POURED or (lower.endswith(_POURED_ENDS) and common_frequency(lower) is None)


def _sold_by_measure(lower: str) -> bool:
    """Whether an English noun names a product sold by weight or volume, counted in what that comes in: one of
    `_EN_SOLD_BY_MEASURE`, or a biocide, whose name says it is one ("herbicide", "fungicide", "biocide")."""
    return lower in _EN_SOLD_BY_MEASURE or lower.endswith("cide")


def substance(lower: str) -> bool:
    """Whether an English noun names a substance, not a piece of something: one that does not pour ("cream",
    "balm"), a food, drink or liquid sold by measure ("shampoo", "tea", "lager"), a grain, or a noun English does not
    count ("lanolin", "cotton wool"). A pack of several holds tubes, jars or bottles of it, and several such packs keep
    it in the singular ("the three 3-packs of Hand Cream", never "… of Hand Creams")."""
    if lower.endswith(_UNPOURED) or lower in _EN_POURED | _BOTTLED | _EN_UNCOUNTED | DRINKS:
        return True
    return _sold_by_measure(lower) or uncounted(lower)
