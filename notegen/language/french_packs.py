"""How many of a French item come in what: the pack phrase of a name counted in its own word with its number
before the name (« les trois boîtes de 4 pipettes »), what several of a name in the plural come in (`pack_unit`),
the pot several plants come in (« les trois hysopes en godet de 9 cm »), and a drink whose variant gives its volume
counted in bottles (« les trois bouteilles de rhum ambré (70 cl) »).
"""

from __future__ import annotations

import re
from dataclasses import replace

from notegen.language.containers import FR_CONTAINERS, WEIGHT, french_by_measure, french_container, weighed
from notegen.language.french_lexicon import readings
from notegen.language.french_variant import MEASURE
from notegen.language.phrase import Head
from notegen.model import Item

# The pot a plant is sold in, after a comma: « Hysope officinale, godet de 9 cm ». Said of several plants, it is
# the pot each one comes in, written « en godet de 9 cm » (« les trois hysopes, godet de 9 cm » reads as one pot).
_POTTED = re.compile(
    r",\s*((?:godet|conteneur|motte)\s+(?:de\s+)?[\d.,]+\s*(?:cm|l|litres?)|pot\s+(?:de\s+)?(?:[Øø]\s*)?[\d.,]+\s*cm)$",
    re.IGNORECASE,
)


def potted_name(item: Item, head: Head | None) -> tuple[str, str]:
    """The item's name without the pot several plants come in, and that pot as the note writes it after the name
    (« en godet de 9 cm »); the name as written and "" for one plant or any other name."""
    found = _POTTED.search(item.name) if head is not None and (item.quantity > 1 or head.plural_name) else None
    if found is None:
        return item.name, ""
    return item.name[: found.start()], f"en {found.group(1)}"


def sold_by_variant(item: Item, head: Head) -> bool:
    """Whether several of the item are counted in what they come in for the volume its variant gives (« 70 cl »):
    « les trois bouteilles de rhum ambré (70 cl) »."""
    return measured(item, head)[1] != item.name


def measured(item: Item, head: Head | None) -> tuple[Head | None, str]:
    """The head and the name that tells what several of the item come in: a drink whose variant gives its volume
    (« 70 cl ») is counted in bottles like one whose name gives it (« les trois bouteilles de vieil armagnac
    (70 cl) »)."""
    variant = item.variant.strip()
    if head is None or head.mass or head.plural_name or not MEASURE.fullmatch(variant):
        return head, item.name
    sold = f"{item.name}, {variant}"
    if french_container(item.name, head.word) is not None or french_container(sold, head.word) is None:
        return head, item.name
    return replace(head, mass=True), sold


def by_measure(item: Item, head: Head | None) -> str:
    """The weight or volume several of the item are named by, the noun in the singular (« 250 g » for three of « Seitan
    mariné 250 g »: « le seitan mariné (3 × 250 g) »), see `french_by_measure`: a noun the lexicon lacks or gives no
    plural counts as one nothing shows to be counted. "" for one, for a name in the plural or counted in what it
    comes in."""
    if head is None or item.quantity < 2 or head.mass or head.plural_name or head.source == "catalog":
        return ""
    found = readings(head.word)
    unknown = head.source == "agreement" or not head.plural  # « Miso blanc 300 g »: DELA gives it no plural
    return french_by_measure(item.name, found[0].lemma if found else head.word, unknown)


_PACK_NUMBER = re.compile(r"[,(]?\s*(?:(?:le|la)\s+)?(\w+)\s+de\s+(\d+)\s*\)?", re.IGNORECASE)


def pack_number(pack: str) -> str:
    """The number of pieces of a pack phrase that says only what the pack is and how many it holds (« , boîte de
    4 », « (lot de 3) », « , jeu de 4 »): several such packs are counted in that word with the number before the
    name (« les trois boîtes de 4 pipettes »), the pack said once. "" for any other pack phrase, and for one the
    shop wrote in capitals, which stays as written."""
    found = _PACK_NUMBER.fullmatch(pack.strip())
    if found is None or pack.isupper() or found.group(1).lower() not in PACK_UNITS or found.group(1).lower() == "paire":
        return ""
    return found.group(2)


_PAIRS_LOT = re.compile(r"[,(]?\s*(?:le\s+)?lot\s+de\s+(\d+)(?:\s+paires)?\s*\)?", re.IGNORECASE)


def pairs_number(pack: str, pair: bool) -> str:
    """The number of pairs a lot holds, where it is a lot of pairs: « , lot de 3 paires », or « , lot de 2 » of a
    noun counted in pairs (socks, gloves, laces). Several such lots are counted in lots with that many pairs
    before the name, the lot said once (« les trois lots de 2 paires de chaussettes de ski »); "" for any other
    pack phrase, and for one the shop wrote in capitals, which stays as written."""
    found = _PAIRS_LOT.fullmatch(pack.strip())
    if found is None or pack.isupper() or not (pair or "paires" in pack.lower()):
        return ""
    return found.group(1)


# What a French pack phrase says a pack is, in the plural, with its gender: « (boîte de 24) » → boîtes.
PACK_UNITS = {"boîte": ("boîtes", "f"), "boite": ("boîtes", "f"), "filet": ("filets", "m"), "sachet": ("sachets", "m"),
              "paquet": ("paquets", "m"), "coffret": ("coffrets", "m"), "bourriche": ("bourriches", "f"),
              "barquette": ("barquettes", "f"), "carton": ("cartons", "m"), "caisse": ("caisses", "f"),
              "étui": ("étuis", "m"), "paire": ("paires", "f"), "jeu": ("jeux", "m"), "lot": ("lots", "m"),
              "botte": ("bottes", "f")}  # fmt: skip


def named_by_pack(item: Item, pack: str) -> tuple[str, Head] | None:
    """Several packs of a name in the plural whose gender the lexicon cannot tell (« poches »: a paperback is « le
    poche »), the pack saying only what it is and how many it holds (« , boîte de 50 »): counted in the pack, its
    number before the name as the shop wrote it, which nothing agrees with (« les trois boîtes de 50 poches de
    congélation »); the words around it, and its pronoun, are the pack's. (the phrase without its article, the pack's
    word as its head); None for one pack, which keeps the construction without agreement, for any other name, and
    with a variant, which would have to agree with the name."""
    number = pack_number(pack)
    first = (item.name.split() or [""])[0]
    found = readings(first)
    if item.quantity < 2 or not number or item.variant.strip() or not first.isalpha() or first.isupper() or not found:
        return None
    if any(feature[1] != "p" for reading in found for feature in reading.features):
        return None  # it might be one piece: « les trois articles « Pochette », lot de 3 »
    word = pack.strip("(), ").lower().removeprefix("le ").removeprefix("la ").split(" ", 1)[0]
    plural, gender = PACK_UNITS[word]
    rest = f"{first.lower()}{item.name[len(first) :]}"
    return f"{plural} de {number} {rest}", Head(word, 0, gender, plural=plural)


def pack_unit(pack: str, name: str, head: str) -> tuple[str, str]:
    """The unit several of a name in the plural are counted in: the pack's own word (« boîtes », « filets »),
    else what the name says they come in (« (sachet de 500 g) »), else bags for a weight (« Croquettes, 2 kg »:
    « sacs », « sachets » for grams), else « lots ». A pack word before the weight it holds is the name's own unit
    (« , filet de 15 kg »: « filets »)."""
    first = pack.strip("(), ").lower().removeprefix("la ").split(" ", 1)[0]
    if pack:
        return PACK_UNITS.get(first, ("lots", "m"))
    holds = _HOLDS.search(name)  # « Bûches de chêne, filet de 15 kg »: the name's own word, never « sacs »
    own = PACK_UNITS.get(holds.group(2).lower()) if holds else None
    return own or french_container(name, head) or weighed(name) or ("lots", "m")


# A container at the end of a name that says the weight or volume it holds: « , sachet de 200 g », « (pot de 17
# ml) ». One by length or area stays after the name (« les trois rouleaux de grillage, rouleau de 25 m »).
_HOLDS = re.compile(rf"(,\s*|\s*\()(\w+)\s+de\s+({WEIGHT})(\)?)$", re.IGNORECASE)


def held(name: str) -> tuple[str, str, str]:
    """(the name without the container it ends in, that container, what it holds): « Magnésie en poudre, sachet
    de 200 g » → (« Magnésie en poudre », « sachet », « 200 g »); (name, "", "") for any other name."""
    found = _HOLDS.search(name)
    if found is None or ("(" in found[1]) != bool(found[4]):
        return name, "", ""
    return name[: found.start()], found[2].lower(), found[3]


# What a name sold by the metre says of it (« au mètre », « , vendu au mètre »): said once the count is in metres.
BY_THE_METRE = re.compile(r"(?:,\s*|\s+)(?:vendue?s?\s+)?au\s+m[eè]tre\b", re.IGNORECASE)


def said_measure(core: str, unit: str) -> tuple[str, str]:
    """A name sold by weight or volume without the container it ends in when several are counted in
    that container (« Magnésie en poudre, sachet de 200 g », « Lentilles corail (sachet de 500 g) » counted in
    « sachets »), and what it holds as the note writes it after the unit: « les trois sachets de 200 g de magnésie
    en poudre », the container said once; a name sold by the metre counted in metres without its « au mètre » (« les
    trois mètres de toile de lin », never « … au mètre »). (core, "") else."""
    if unit == "mètres":
        return BY_THE_METRE.sub("", core, count=1), ""
    cut, container, measure = held(core)
    if not container or (FR_CONTAINERS.get(container) or PACK_UNITS.get(container, ("", "")))[0] != unit:
        return core, ""
    if container == "pot" and measure[-1:] in "lL" and measure[-2:-1] not in "mcd":
        return core, ""  # « pot de 1 l »: the pot a plant grows in, said after it
    return cut, f"de {measure} "
