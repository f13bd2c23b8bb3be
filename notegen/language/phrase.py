"""The records every language shares: the head noun of an item name (`Head`) and the forms a sentence needs to
name an item (`Phrase`), plus the small pieces of an item name (its quoted product name, its variant)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from notegen.language.words import number_word, words
from notegen.model import Item

QUOTES = {"de": ("„", "“"), "fr": ("« ", " »"), "en": ("“", "”")}
SLOTS = ("nom", "acc", "dat", "your", "of", "about")
_ASCII_QUOTED = re.compile(r'"([^"]+)"')
_QUOTED = re.compile(r'„[^“”"]*[“”"]|«[^»]*»|“[^”]*”|‚[^‘]*‘|‘[^’]*’|(?<![\w’])\'[A-Z][^\'\n]+\'(?![\w])')
SIZE = re.compile(
    r"^(?:(?:UK|EU|US)\s?)?(?:XXS|XS|S|M|L|XL|XXL|XXXL|\d{1,3}(?:[.,]5)?(?:[/-]\d{1,3})?)$", re.IGNORECASE
)
# A size's region before its number ("UK 12", "EU 42"): English writes "UK size 12".
REGION = re.compile(r"(UK|EU|US)\s?(?=\d)", re.IGNORECASE)
# A pack or count at the end of a name: "Chaussettes lot de 3", "Socken 3er-Pack", "Wool Socks (3 Pack)",
# "Schnapsgläser, 6 Stück". Sizes of one piece ("Puzzle 1000 pièces", "Besteckset 24-teilig") are no packs.
_BY = r"\s*x\s*[\d.,]+\s*(?:l|ml|cl)"  # "20 x 0,5 l": bottles in a crate
# not after a weight: "Spring Onions, 150g Bunch" closes with its container (`containers.closing_container`)
_NOT_WEIGHED = r"(?<!\d[a-z]\s)(?<!\d[a-z]{2}\s)(?<!\d\s[a-z]\s)(?<!\d\s[a-z]{2}\s)"
_PACKS = {
    "de": r"\d+(?:er)?[-\s]?(?:Pack|Packung|Set|Box)|\d+\s*(?:Stück|Stk\.?|Paar)|Doppelpack|Paar|Bund|x\d+"
    r"|(?:Pack|Packung|Set|Vorteilspack|Karton|Kiste|Box|Schachtel|Beutel|Tüte|Dose|Netz)\s+(?:à|mit|zu)\s+\d+"
    r"(?:\s+Stück)?"
    # a pack by what it holds: "Karton mit 6 Flaschen", "Holzkiste mit 3 Flaschen", never "Box mit 3 Fächern"
    r"|[\w-]*(?:Pack|Packung|Paket|Set|Karton|Kiste|Box|Schachtel|Beutel|Tüte|Dose|Netz)\s+(?:à|mit|zu)\s+\d+\s+"
    r"(?:Flaschen|Dosen|Gläsern|Gläser|Tafeln|Riegeln|Rollen|Tuben|Kapseln|\w*beuteln|Päckchen|Packungen)"
    rf"|(?:Kasten|Kiste|Karton|Tray)\s+\d+{_BY}",
    "fr": r"(?:(?:le|la)\s+)?(?:lot|pack|paquet|coffret|bo[iî]te|sachet|set|kit|filet|bourriche|barquette|carton|caisse"
    r"|étui|jeu|botte)\s+de\s+\d+(?:\s+(?:paires|pièces|unités|bouteilles|canettes|flacons|sachets|pots))?"
    r"|\d+\s+paires|par\s+\d+|(?:la\s+)?paire|(?-i:x)\d+",  # « X27 », a capital and a number: a model
    "en": r"\d+[-\s]?(?:Pack|Pk|Pairs?)"
    r"|(?:Pack|Set|Box|Bundle|Bag|Pair|Case|Crate|Carton|Tray|Sleeve|Card|Tube|Tub|Jar|Roll)\s+of\s+\d+"
    # a count "x 12", "× 12" as "x12", never the second side of a size ("120 x 170")
    rf"(?:{_BY})?|Twin[-\s]?Pack|Multipack|Pair|{_NOT_WEIGHED}(?:Bunch|Punnet)|(?<![\d.,]\s)[x×]\s?\d+",
}
PACK = {
    lang: re.compile(rf"(?:,\s*|\s+[-–—]\s+|\s+)(\(\s*(?:{body})\s*\)|(?:{body}))$", re.IGNORECASE)
    for lang, body in _PACKS.items()
}
PREPOSITIONS = {
    "de": frozenset(words("in mit aus für ohne von zum zur im vom am")),
    "fr": frozenset(words("en avec de d' du des pour sans sous à au aux sur")),
    "en": frozenset(words("in with for of from by on to without de")),
}


@dataclass(frozen=True, slots=True)
class Head:
    """The noun an item is a kind of, as its name writes it, and what the lexicon (or the shop's catalog) says.

    `index` is its position among the words before any quoted name; `gender` m, f or n ("" when unknown);
    `plural_name` whether the name is written in the plural ("Socken", "Bottes de pluie", "Gloves") or is a
    plurale tantum; `plural` the head's plural as the name would write it ("" when unknown or a mass noun);
    `mass` a noun not counted ("Olivenöl"); `pair` counted in pairs ("Socken", "Gloves"); `aspirated` a French
    h aspiré; `certain` whether the lexicon could tell (else the note uses a construction without agreement);
    `source` lexicon, compound, catalog or unknown; `weak` the ending a German weak noun takes in the singular
    outside the nominative ("n" of "den Plüschhasen", "en" of "dem Futterautomaten"; "" for other nouns).
    """

    word: str
    index: int
    gender: str
    plural_name: bool = False
    plural: str = ""
    mass: bool = False
    pair: bool = False
    aspirated: bool = False
    certain: bool = True
    source: str = "lexicon"
    weak: str = ""

    @property
    def number(self) -> str:
        """ "pl" when the name itself is plural, else "sg"."""
        return "pl" if self.plural_name else "sg"


@dataclass(frozen=True, slots=True)
class Phrase:
    """One item, or all items of an order, named in the forms a sentence needs.

    `nom` subject form with article ("der Wollschal …", "la bougie …", "the … candle"); `acc` object form
    ("den Wollschal …"); `dat` German dative ("dem Wollschal …"), French "à" form ("à la bougie …"), English
    as `nom`; `your` possessive object form ("Ihren Wollschal …", "vos deux bougies …", "your … candle");
    `of` ("vom Wollschal …", "de la bougie …", "of the … candle"); `about` for a question about it ("zum
    Wollschal …", "sur la bougie …", "about the … candle"); `it`/`it_acc` the pronoun ("er"/"ihn", "elle"/"la",
    "it"/"it"); `plural` whether a verb takes the plural ("sind", "sont", "are"); `gender` m, f, n, pl or fpl
    (of the noun the phrase turns on); `certain` false when the lexicon could not tell and the phrase is the
    construction that needs no agreement ("den Artikel „…“"); `unsure` the item names it could not tell.
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
    certain: bool
    unsure: tuple[str, ...]


def rewritten(phrase: Phrase, change: Callable[[str], str]) -> Phrase:
    """`phrase` with `change` made to each of the forms a sentence uses (`SLOTS`: nom, acc, dat, your, of,
    about); pronouns, gender and number stay."""
    forms: dict[str, Any] = {slot: change(getattr(phrase, slot)) for slot in SLOTS}
    return replace(phrase, **forms)


@lru_cache(maxsize=4096)  # each item's name is split several times while it is named
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


@lru_cache(maxsize=4096)
def split_pack(name: str, lang: str) -> tuple[str, str]:
    """An item name as (the name without a pack or count at its end, that pack phrase as a note writes it after
    the variant): "Chaussettes lot de 3" → ("Chaussettes", "(lot de 3)"), "Schnapsgläser, 6 Stück" →
    ("Schnapsgläser", ", 6 Stück"), "Wool Socks (3 Pack)" → ("Wool Socks", "(3 Pack)"); ("name", "") when it
    has none."""
    match = PACK[lang].search(name)
    if match is None or not name[: match.start()].strip():
        return name, ""
    pack = match.group(1)
    if lang == "en" and " of " in pack and not pack.startswith("(") and match.group(0).strip()[:1] not in ",-–—":
        return name, ""  # "Beeswax wrap set of 3": a set is what was bought
    if match.group(0).lstrip().startswith(","):
        return name[: match.start()], ", " + pack
    if re.fullmatch(r"[x×]\s?\d+", pack, re.IGNORECASE):  # "Kerzenhalter Messing x2" stays as the shop wrote it
        return name[: match.start()], pack
    return name[: match.start()], pack if pack.startswith("(") else f"({pack})"


def glue_pack(core: str, pack: str) -> str:
    """A named item with its pack phrase after it: "(lot de 3)" in brackets, or after a comma where the item's
    words end in a bracket of their own ("le pull (taille M), lot de 3") or the shop wrote it so."""
    if not pack:
        return core
    if pack.startswith(","):
        return core + pack
    if pack.startswith("(") and core.endswith(")"):
        return f"{core}, {pack[1:-1]}"
    return f"{core} {pack}"


_OPENS, _CLOSES = "([„«“‚‘", ")]“»”‘’"
_GOES_ON = re.compile(r" [^\W_]")  # a word after a space: the sentence goes on


def open_end(text: str) -> str:
    """The part of a named item after its last comma outside brackets and quotes (", 5 Stück" of "die
    Ausstechformen, 5 Stück", ", King" of "the Duvet Covers, King"), "" when it has none. Inside a sentence such
    a part is set off by a second comma ("Die Ausstechformen, 5 Stück, sind unterwegs"): see `close_ends`."""
    if ", " not in text:  # most names: no comma at all
        return ""
    depth, cut = 0, -1
    for index, char in enumerate(text):
        if char in _OPENS and not (char in _CLOSES and depth):
            depth += 1
        elif char in _CLOSES and depth:
            depth -= 1
        elif char == "," and not depth and text[index + 1 : index + 2] == " ":  # not the comma of "0,75 l"
            cut = index
    return text[cut:] if cut >= 0 else ""


# A part after a comma that gives a measure, a size or a count of the product: "40 x 20 cm", "10m", "Ø 30 cm",
# "+2,0 dpt", "8 cm Rücken", "5 Pole", "6 Mulden", "Gr. 42", "Size 8", "Age 3–4", "A3", "Full Size", "King". A
# variant after it would be read as that part's ("…, 10m in Pastel Rainbow", "50 Cigars in Walnut").
_AMOUNT = r"[+-]?\d+(?:[.,/]\d+)?(?:\s*[-–]\s*\d+(?:[.,]\d+)?)?"
_GLUED = r"mm|cm|m|km|ml|cl|dl|l|g|kg|mg|oz|lbs?|ft|in|yds?|mAh|Ah|V|W|[\"”″′']"
_LETTER = r"(?:XXS|XS|S|M|L|XL|XXL|XXXL|\dXL)"
SIZE_TAIL = re.compile(
    rf"""^,\s*(?:
    (?:[Øø⌀]\s*)?{_AMOUNT}(?:\s*[x×]\s*{_AMOUNT})*
        (?:\s*(?:{_GLUED})(?![^\W\d_])|-[^\W\d_][\w-]*|\s+[^\W\d_]+\.?)?(?:\s+[^\W\d_]+\.?)?
    | (?:Size|Sizes|Gr\.|Größe|Age|Ages|Alter|Nr\.|No\.)\s*[\w./–-]+(?:\s+[\w./–-]+)?
    | (?:DIN\s*)?[AB]\d | {_LETTER}(?:/{_LETTER})?
    | (?:Full|Pony|Cob|Twin|Queen|King|Double|Single|One|Kids?|Adult)\s+Size
    | (?:Super\s+|Small\s+)?(?:King|Double) | Queen | Single | Einzelbett | Doppelbett
    )$""",
    re.IGNORECASE | re.VERBOSE,
)


def size_tails(text: str) -> str:
    """The parts at the end of a named item, each after a comma, that give its measure, size or count (", 2-Wege,
    75 cm" of "Reißverschluss, 2-Wege, 75 cm"; ", 40 x 20 cm"); "" when its last part is none ("…, Herren")."""
    cut = len(text)
    while (end := open_end(text[:cut])) and SIZE_TAIL.match(end):
        cut -= len(end)
    return text[cut:]


_COUNTED = re.compile(r",\s*\d+\s+[A-ZÄÖÜ][a-zäöüß]+$")  # a German count of pieces: ", 3 Stiele", ", 12 Stück"


def with_variant(
    text: str, variant: str, first: Callable[[str], bool] = lambda end: False, *, apart: bool = False
) -> str:
    """A named item with its variant: after it, or a variant after "in" before the parts after its commas that give
    its measure, size or count (see `size_tails`), so that it is read as the product's and not as that part's:
    "Tischläufer Leinen in Grau, 40 x 20 cm", "Paper Bunting in Pastel Rainbow, 10m". `first` tells of another
    last part a variant after "in" goes before (a language's own: "…, Topf Ø 19 cm"). With `apart`, a variant
    after "in" that would follow another part after a comma ending in a word in lower case (an adjective, "kurz")
    goes in brackets, without "in", so that it is not read with that word ("die Lederhose, kurz (Gr. 50)", not
    "kurz in Gr. 50"), or after a last part that counts what the product holds ("…, getrocknet, 3 Stiele in
    Natur"); after a noun it stays ("…, Modell Everest in Mintgrün")."""
    if not variant.startswith("in "):
        return join(text, variant)
    tails = size_tails(text) or (end if first(end := open_end(text)) else "")
    body = text[: len(text) - len(tails)]
    if apart and (part := open_end(body)) and part.split()[-1][:1].islower():
        if _COUNTED.search(tails):  # "…, getrocknet, 3 Stiele in Natur": not in brackets between the name's parts
            return join(text, variant)
        variant = f"({variant[3:]})"
    return join(body, variant) + tails


def close_ends(text: str, ends: tuple[str, ...]) -> str:
    """`text` with a comma after each of `ends` (see `open_end`) where the sentence goes on after it with a word:
    "die Ausstechformen, 5 Stück machen" → "die Ausstechformen, 5 Stück, machen"; none before a full stop, a dash
    or a bracket ("…, 5 Stück – und ein Dankeschön")."""
    present = sorted((end for end in ends if end in text), key=len, reverse=True)
    if not present:
        return text
    # the longest end that is there, whatever follows it (", 100 g in Petrol", not ", 100 g" before "in Petrol")
    pattern = re.compile("|".join(map(re.escape, present)))
    return pattern.sub(lambda m: m.group(0) + ("," if _GOES_ON.match(m.string, m.end()) else ""), text)


_BARE_PAIR = re.compile(r"\(?\s*(?:1\s+|la\s+)?(?:paar|pair|paire)\s*\)?", re.IGNORECASE)


_BOTTLES = re.compile(rf"{_BY}|bouteilles|canettes|flacons|bottles|cans|flaschen|dosen", re.IGNORECASE)


def in_bottles(pack: str) -> bool:
    """Whether a pack counts the bottles or cans a drink comes in ("Kasten 20 x 0,5 l", « carton de 24
    bouteilles », "Crate of 20 x 500ml"): the drink stays in the singular, several are counted in the pack's word
    ("die drei Kästen Kellerbier", "the three crates of Pilsner Lager")."""
    return bool(pack) and _BOTTLES.search(pack) is not None


_BARE_UNIT = re.compile(r"\(?\s*(?:bunch|punnet|bund)\s*\)?", re.IGNORECASE)


def bare_unit(pack: str) -> bool:
    """Whether a pack phrase names only the unit one item comes in (", Bunch", "(Punnet)", ", Bund"): several are
    counted in it ("the three bunches of Elodea Densa, Bunch", "die drei Bund Petersilie, Bund")."""
    return bool(pack) and _BARE_UNIT.fullmatch(pack.strip(", ")) is not None


def bare_pair(pack: str) -> bool:
    """Whether a pack phrase says only that the item is a pair (", Paar", "(Pair)", « , la paire »): several of
    them are counted in pairs and need it no more ("the three pairs of Disc Brake Pads")."""
    return bool(pack) and _BARE_PAIR.fullmatch(pack.strip(", ")) is not None


def pack_count(pack: str) -> int:
    """How many pieces a pack phrase holds ("(lot de 3)" → 3, "Doppelpack" and "Paar" → 2), 0 when it names no
    number."""
    digits = re.search(r"\d+", pack)
    if digits:
        return int(digits.group(0))
    return 2 if re.search(r"doppel|twin|paar|pair", pack, re.IGNORECASE) else 0


def join(*parts: str) -> str:
    """The non-empty parts, separated by spaces; a part that begins with a comma or semicolon follows without
    one ("„Madras“, 100 g", "Spülschwämme, 10 Stück")."""
    text = ""
    for part in parts:
        if part:
            text = text + part if not text or part[:1] in (",", ";") else f"{text} {part}"
    return text


def count_word(quantity: int, lang: str) -> str:
    """A count as a note writes it: words up to twelve, digits above."""
    return number_word(quantity, lang)


def variant_text(
    item: Item,
    lang: str,
    donation: bool,
    common: frozenset[str] = frozenset(),
    bare: frozenset[str] = frozenset(),
    part: bool = False,
) -> str:
    """The item's variant as it follows the name: "in Salbeigrün", "en taille M", "for the lifeboat fund".

    A variant that begins with one of the `common` words is written lower-case ("Sable" → "sable"); one that
    begins with one of the `bare` words follows without a preposition ("le vase en grès sable"); one that begins
    with a preposition has it in lower case ("mit Füllung"). A variant that names a part or a model of the product
    (`part`: "Feder M", "Medium Nib", « bouchon noir ») is written in brackets, never after "in"."""
    variant = item.variant.strip()
    if not variant:
        return ""
    first = variant.split()[0].lower()
    if first in common and not variant[1:2].isupper():
        variant = variant[:1].lower() + variant[1:]
    if first in PREPOSITIONS[lang]:
        return first + variant[len(first) :]
    if first in bare:
        return variant
    if donation:
        return {"de": "für", "fr": "pour", "en": "for"}[lang] + " " + variant
    if part:
        return f"({variant})"
    if SIZE.match(variant):
        return {"de": "in Größe", "fr": "en taille", "en": "in size"}[lang] + " " + variant
    return {"de": "in", "fr": "en", "en": "in"}[lang] + " " + variant
