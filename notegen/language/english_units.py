"""What several of an English item are counted in when its noun is a mass noun or the name closes with its
container: "the three pouches of Assam Tea (250g Pouch)", "the three packs of Aged Gouda, 250g", "the three 200g bags
of Wine Gums" (used by `notegen.language.english`)."""

from __future__ import annotations

import math
import re
import unicodedata

from notegen.language.casing import common_frequency, common_word
from notegen.language.containers import EN_CONTAINERS, bracketed_container, closing_container
from notegen.language.english_materials import english_container
from notegen.language.english_plurals import counted_as_is, is_plural, plural_of, uncounted
from notegen.language.english_words import LENGTH_MARGIN, NAMED_PACK, PACK_UNITS
from notegen.language.phrase import Head, pack_count, split_pack

# A count in brackets after what holds it, a word no pack phrase knows ("Harlequin Rasboras (Shoal of 6)", "Tulips
# (Bunch of 10)"): several of a name in the plural are counted in it.
_HELD_IN = re.compile(r"\s*\(\s*([A-Z][a-z]+)\s+of\s+(\d+)\s*\)\s*$")
# A container and its size closing a name after a comma ("Echeveria Succulent, 9cm Pot", "…, 2 Litre Pot").
_OWN_CONTAINER = re.compile(
    rf",\s*(\d+(?:[.,]\d+)?\s*(?:cm|mm|in|g|kg|ml|cl|l|litres?|liters?))\s+({'|'.join(EN_CONTAINERS)})\s*$", re.I
)
# A pack phrase that counts what it holds ("(Set of 4)", ", PACK OF 3"; not "Crate of 20 x 500ml", bottles).
_OF_COUNT = re.compile(r",?\s*\(?\s*([a-z]+)\s+of\s+(\d+)\s*\)?", re.IGNORECASE)
# A volume closing a name, after a comma, a space or in brackets ("Button Shellac, 500ml", "(1 Litre)").
_BY_VOLUME = re.compile(r"(?<![\d.,])\d+(?:[.,]\d+)?\s*(?:ml|cl|l|litres?|liters?)\s*\)?\s*$", re.IGNORECASE)
# A length after a comma at the end of a name ("Nylon Paracord, 30m", "Paper Garland, 3 Metres").
_LENGTH_AT_END = re.compile(
    r"(?<!\d),\s*\d+(?:[.,]\d+)?\s*(?:m|metres?|meters?|ft|feet|yds?|yards?)\s*$", re.IGNORECASE
)


# A weight or volume closing a name after a space, in brackets or not ("Toasted Sesame Oil 250ml", "Agave Syrup
# (350ml)"), not after a comma, which sets off what a later mention leaves out anyway.
_MEASURE_AT_END = re.compile(r"(?<!,)\s+\(?\d+(?:[.,]\d+)?\s*(?:g|kg|ml|cl|l|litres?|liters?)\)?\s*$", re.IGNORECASE)


def measure_at_end(name: str) -> str:
    """The weight or volume that closes a name after a space (" 250ml" of "Toasted Sesame Oil 250ml"), which a
    later mention of goods counted in what they come in leaves out ("the bottles of Toasted Sesame Oil"); "" when
    none does."""
    found = _MEASURE_AT_END.search(name)
    return found.group(0) if found else ""


def unheld(name: str) -> str:
    """`name` without the container or the count in brackets it closes with, which a later mention leaves out
    ("Espresso Beans" of "Espresso Beans (Bag of 1kg)", "Neon Tetras" of "Neon Tetras (Group of 10)")."""
    closing = closing_container(name)
    if closing:
        return name.removesuffix(closing[2]).rstrip()
    held = _HELD_IN.search(name)
    return name[: held.start()] if held else name


def held_in(name: str) -> str:
    """What one piece of a name in the plural is, where a count in brackets at its end says ("shoals" for
    "Harlequin Rasboras (Shoal of 6)"), "" where it does not."""
    found = _HELD_IN.search(name)
    return plural_of(found.group(1)).lower() if found else ""


def in_lengths(name: str, word: str) -> str:
    """ "lengths" where a name ends in a length after a comma and its noun is a material English does not count: a
    noun in -ing of what a thing is made of, whose plural is rare ("the three lengths of Cast Iron Guttering, 4m"),
    or a noun with no plural in use ("… of Nylon Paracord, 30m"); "" for a thing English counts ("the three Garden
    Hoses, 30m"), and for a word whose plural is rare only beside its use as an adjective ("Cable Tidy, 1.5m")."""
    lower = word.lower()
    if not (_LENGTH_AT_END.search(name) and word.isalpha() and uncounted(lower, LENGTH_MARGIN)):
        return ""
    return "lengths" if lower.endswith("ing") or common_frequency(plural_of(lower)) is None else ""


def mass_unit(head: Head, pack: str, name: str) -> str:
    """What several of a mass noun come in: what its pack names ("the three crates of Helles Lager, Crate of 20 x
    500ml"), packs where it counts several with no other word ("(Pack of 2)", "x2"), or the container alone in
    brackets at its end ("the three skeins of Mohair Yarn"), else what `english_container` finds ("the three
    pouches of Assam Tea (250g Pouch)")."""
    named = NAMED_PACK.search(pack)
    if named:
        return PACK_UNITS[named.group(1).lower()]
    if pack_count(pack) > 1:  # "the three packs of Olive Oil, 500ml (Pack of 2)": not three bottles
        return "packs"
    bracketed = bracketed_container(name)
    if bracketed:
        return bracketed[0]
    return measured_in(name, head.word, head.plural)


def measured_in(name: str, word: str, plural: str) -> str:
    """What several of a name with the head noun `word` (its plural `plural`) come in where English does not count
    the noun (see `english_container`, `in_lengths`): a mass noun by the litre or the millilitre in bottles ("the
    three bottles of Button Shellac, 500ml"), never a made-up plural; "" where the noun is counted itself ("the
    three Face Serums 30ml", "the three Watering Cans 5L", "the three Travel Mugs, 35cl")."""
    found = english_container(name, word, one_kind(word, plural)) or in_lengths(name, word)
    if found or not word.isalpha() or not _BY_VOLUME.search(name):
        return found
    return "bottles" if _poured(word.lower()) else ""


def _poured(lower: str) -> bool:
    """Whether a noun sold by volume is a liquid or a paste English does not count: the word table holds it often
    enough for a plural in use to be there, and never its plural (see `uncounted`; a plural rarer only beside a
    word of another use, as the verb "can", is no sign). A word with an accent is looked up without it, as English
    text mostly writes it ("Cafetière": a cafetiere, counted); a word the table lacks may be a vessel as well as a
    liquid, and keeps its plural."""
    plain = "".join(char for char in unicodedata.normalize("NFKD", lower) if not unicodedata.combining(char))
    return uncounted(plain, math.inf)


def one_kind(word: str, plural: str) -> bool:
    """Whether a noun names a kind of food rather than a piece of it, which a weight at the end of the name makes
    sold in packs: its plural is itself ("Smoked Salmon, 200g"), or English writes it as a name ("First Flush
    Assam, 125g": a tea, whose plural "Assams" would be three kinds of it), or English does not count it ("Aged
    Gouda, 250g": a cheese, not three whole ones; see `uncounted`), or holds it but never its plural, as a pasta
    English took whole from Italian ("Fresh Egg Farfalle, 250g": not "Farfalles")."""
    lower = word.lower()
    if plural.lower() == lower or not word.isalpha():
        return plural.lower() == lower
    return not common_word(lower) or uncounted(lower) or common_frequency(plural_of(lower)) is None


def pack_said_once(pack: str, unit: str, head: Head | None, quantity: int, plural_name: bool) -> str:
    """The unit of `quantity` packs of a name in the plural or of a mass noun with its `head`, their pack phrase said
    once (see `counted_once`, `numbered_packs`: "sets of 4", "3-packs", "tubs" for "(Tub of 200)" of a substance);
    "" for one, or where the pack phrase follows the name."""
    if quantity <= 1 or head is None:
        return ""
    counted = counted_once(pack, unit, head.word) if plural_name or head.mass else ""
    return counted or (numbered_packs(pack) if unit == "packs" else "")


def counted_once(pack: str, unit: str, word: str) -> str:
    """The unit of several packs of a name in the plural whose head noun is `word`, the pack phrase said once: with
    its count before the name ("sets of 4" for "(Set of 4)": "the three sets of 4 Linen Napkins", not "… (Set of 4)"
    again), or without it where the noun names no pieces one counts ("the three sets of Dolls' House Furniture");
    "" where the pack counts nothing so or names another unit than `unit`."""
    found = _OF_COUNT.fullmatch(pack)
    if found is None or {**PACK_UNITS, "pack": "packs"}.get(found.group(1).lower()) != unit:
        return ""
    lower = word.lower()
    return f"{unit} of {found.group(2)}" if is_plural(lower) or counted_as_is(lower) else unit


# A pack counted by its number, as shops write it ("(3 Pack)", "5-Pack", "(12 Pk)", "(Twin Pack)").
_BY_NUMBER = re.compile(r",?\s*\(?\s*(?:(\d+)[-\s]?(?:pack|pk)|(twin)[-\s]?pack)\s*\)?", re.IGNORECASE)


def numbered_packs(pack: str) -> str:
    """Several packs counted by their number, as the shop calls one, said once before the name ("3-packs" for "(3
    Pack)": "the three 3-packs of Hand Cream", "the three 5-packs of Bamboo Socks"; "twin packs"), never "the three
    packs of … (3 Pack)" again; "" for another pack phrase."""
    found = _BY_NUMBER.fullmatch(pack)
    if found is None:
        return ""
    return f"{found.group(1)}-packs" if found.group(1) else "twin packs"


def units_again(text: str, name: str) -> str:
    """Several of `name` named again in what they come in, its measure or number said once, in the first mention:
    "the pouches of Ground Cumin" after "the three 100g pouches of …", "the packs of Hand Cream" after "the three
    3-packs of …"."""
    closing = closing_container(name)
    numbered = numbered_packs(split_pack(name, "en")[1])
    if closing:
        return text.replace(f" {closing[0]} {closing[1]} of ", f" {closing[1]} of ", 1)
    return text.replace(f" {numbered} of ", " packs of ", 1) if numbered else text


def in_units(core: str, unit: str, name: str) -> str:
    """The words of several of a name counted in `unit` ("sets of 4 Linen Napkins", "200g bags of Wine Gums"), or,
    with no unit, counted themselves ("Echeveria Succulents in 9cm Pots")."""
    if not unit:
        return each_in_own(core, name)
    core, unit = said_once(core, unit, name)
    return f"{unit} {core}" if unit[-1:].isdigit() else f"{unit} of {core}"


def said_once(core: str, unit: str, name: str) -> tuple[str, str]:
    """The words of several of a name and their unit, the container the name closes with said once: as the unit,
    its measure before it ("the three 200g bags of Wine Gums" of "Wine Gums, 200g Bag"), or, alone in brackets,
    no more after the name ("the three boxes of Beeswax Tea Lights" of "Beeswax Tea Lights (Box)"); a count of
    what one holds, in brackets, before the name ("the three shoals of 6 Harlequin Rasboras")."""
    held = _HELD_IN.search(name)
    if held and unit == held_in(name) and held.group(0).strip() in core:
        return re.sub(r"\s*" + re.escape(held.group(0).strip()), "", core, count=1), f"{unit} of {held.group(2)}"
    closing = closing_container(name)
    if closing and unit == closing[1] and closing[2] in core:
        return container_once(core, unit, closing)
    bracketed = bracketed_container(name)
    if bracketed and unit == bracketed[0] and bracketed[1] in core:
        return core.replace(bracketed[1], "", 1), unit
    return core, unit


def each_in_own(core: str, name: str) -> str:
    """The words of several of a thing counted itself with the container its name closes with after a comma said
    in the plural, each in its own ("the three Echeveria Succulents in 9cm pots" of "Echeveria Succulent, 9cm
    Pot", never three plants in one pot); a name in capitals keeps its words."""
    found = _OWN_CONTAINER.search(name)
    if found is None or not any(char.islower() for char in found.group(0)):
        return core
    word = EN_CONTAINERS[found.group(2).lower()]
    word = word.capitalize() if found.group(2)[:1].isupper() else word  # the shop's casing: "in 9cm Pots"
    return core.replace(found.group(0), f" in {found.group(1)} {word}", 1)


def container_once(core: str, unit: str, closing: tuple[str, str, str]) -> tuple[str, str]:
    """The words of a name and its unit with the container it closes with said once: its measure before the unit
    ("the three 200g bags of Wine Gums" of "Wine Gums, 200g Bag"), or, written in capitals,
    after the name without the container ("the three tins of SADDLE SOAP, 200G")."""
    measure, _, text = closing
    if not any(char.islower() for char in text):  # ", 200G TIN" → ", 200G"; " (JAR OF 340G)" → " (340G)"
        kept = f" ({measure})" if text.rstrip().endswith(")") else f", {measure}" if "," in text else f" {measure}"
        return core.replace(text, kept, 1), unit
    return core.replace(text, "", 1), f"{measure} {unit}"
