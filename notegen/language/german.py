"""A German item named in every case: "den Wollschal „Fjord“ in Salbeigrün", "die drei Gießkannen",
"den zwei Paar Socken", "die drei Packungen Spülschwämme".

The head noun and its gender and plural come from `notegen.language.german_lexicon` (or the shop's catalog);
leading adjectives are declined, the rest of the name stays as the shop wrote it. A countable head with a
quantity above one takes its plural; a noun sold by weight stays singular, counted in what it comes in ("die drei
Gläser Blütenhonig"); a name written
in the plural is counted in pairs, sets or packs. When the lexicon cannot tell, the item is named as "den Artikel
„…“", which agrees whatever the noun is.
"""

from __future__ import annotations

import re
from dataclasses import replace

from notegen.language.agreement import german_articles, german_endings, possessive_endings
from notegen.language.containers import DE_CONTAINERS, by_length, german_container, measure
from notegen.language.german_adjectives import ADJECTIVES, is_adjective
from notegen.language.german_compounds import written_apart
from notegen.language.german_goods import (
    ONE_PIECE_PLURALS,
    POURED,
    SAETZE,
    SETS,
    by_volume,
    by_weight,
    container,
    counts_doses,
    format_variant,
    liquid,
    measures,
    multipack,
    packed_in,
    side_word,
    size_word,
    sold_in,
    variant_first,
)
from notegen.language.german_heads import GROUPS, dative_of, dative_plural, find_head, goes_on_in_english
from notegen.language.german_lexicon import entries, noun_reading, respell, singular_reading
from notegen.language.german_makers import after_maker
from notegen.language.german_text import comes_in_sets, only_singular
from notegen.language.phrase import (
    PREPOSITIONS,
    SIZE,
    SIZE_TAIL,
    Head,
    Phrase,
    count_word,
    glue_pack,
    join,
    split_name,
    variant_text,
    with_variant,
)
from notegen.language.variant_parts import lead_item
from notegen.language.words import words
from notegen.model import Item

ARTICLES = {case: german_articles(case) for case in ("nom", "acc", "dat")}
# Adjective endings after a definite article (weak) and after a possessive (mixed), by case and gender
WEAK = {case: german_endings(case, "weak") for case in ("nom", "acc", "dat")}
STRONG = {case: german_endings(case, "this") for case in ("nom", "acc", "dat")}  # alone, as after "dies-"
MIXED = german_endings("acc", "mixed")
YOUR = possessive_endings("acc")
PRONOUNS = {"m": ("er", "ihn"), "f": ("sie", "sie"), "n": ("es", "es"), "pl": ("sie", "sie")}
_STEMS = re.compile(r",\s*\d+\s+(?:stiele|zweige)\s*$", re.IGNORECASE)  # a bunch of cut or dried stems
PACKED = re.compile(r"\d\s*(?:Stück|Stk\.?|er-Pack|g|kg|ml|l|cl)\b|\bPack", re.IGNORECASE)
# What several packs are called by the pack's own word: "6er-Set" sets, "Karton mit 6" Kartons; else Packungen.
_PACK_WORDS = (
    ("set", "Sets"),
    ("karton", "Kartons"),
    ("bund", "Bund"),
    ("paket", "Pakete"),
    ("kiste", "Kisten"),
    ("box", "Boxen"),
    ("schachtel", "Schachteln"),
    ("paar", "Paar"),
    ("kasten", "Kästen"),
    ("beutel", "Beutel"),
    ("tüte", "Tüten"),
    ("dose", "Dosen"),
    ("netz", "Netze"),
)


# A pack the shop counts by its number ("5er-Pack", "(6er-Set)", "Doppelpack"): several of them are counted in it,
# said once before the name ("die drei 5er-Packs Sneakersocken"), never "die drei Packungen …, 5er-Pack".
_NUMBERED_PACK = re.compile(r"[(,\s]*(\d+er|doppel)[-\s]?(pack|packung|set|box)\s*\)?", re.IGNORECASE)
_NUMBERED_PLURALS = {"pack": "Packs", "packung": "Packungen", "set": "Sets", "box": "Boxen"}


def numbered_packs(pack: str, noun: str) -> str:
    """What several of a pack named by its number are called ("5er-Packs" for ", 5er-Pack", "6er-Sets" for
    "(6er-Set)", "Doppelpacks"), "" for any other pack and where the `noun` is itself a pack or a set
    ("Tischtennisschläger-Set, 2er-Set")."""
    found = _NUMBERED_PACK.fullmatch(pack)
    if found is None or noun.lower().endswith((*_NUMBERED_PLURALS, *map(str.lower, _NUMBERED_PLURALS.values()))):
        return ""
    number, word = found.groups()
    plural = _NUMBERED_PLURALS[word.lower()]
    return f"Doppel{plural.lower()}" if number.lower() == "doppel" else f"{number.lower()}-{plural}"


def _pack_word(pack: str) -> str:
    """What several of a pack are called by its own word ("Sets" for "6er-Set"; "Paar" for a pair, not for a pack
    of "2 Paar", which is a Packung), "" when it has none."""
    lower = pack.lower()
    if "paar" in lower and any(char.isdigit() for char in lower) and not re.search(r"(?<!\d)1\s*paar", lower):
        return ""  # "2 Paar": a Packung; "1 Paar": a pair
    return next((plural for word, plural in _PACK_WORDS if word in lower and re.search(rf"{word}\b", lower)), "")


# A name that begins with one is a title: „Die Verwandlung“, and an English one („The Art of Baking“).
TITLE_ARTICLES = frozenset(("der", "die", "das", "ein", "eine", "the"))
UNCHANGED_UNITS = ("Paar", "Stück", "Meter", "Bund")  # units that keep their form: "zwei Paar", "den drei Bund"
FALLBACK = Head("Artikel", 0, "m", plural="Artikel", source="unknown")
_INNER_QUOTES = str.maketrans("„“", "‚‘")


def adjective(word: str, ending: str) -> str:
    """An adjective of a product name declined for the article before it ("Kleine" → "kleinen"); a maker before
    the noun stays as the shop wrote it ("das Ravensburger Puzzle")."""
    lower = word.lower()
    if lower in GROUPS or (word[:1].isupper() and not is_adjective(word)):  # "die drei Damen Regenjacken"
        return word
    for old in ("er", "es", "en", "em", "e"):
        if lower.endswith(old) and len(lower) > len(old) + 2:
            return lower[: len(lower) - len(old)] + ending
    return word


def german_head(name: str) -> Head | None:
    """The head noun of a German item name, or None when the lexicon cannot tell."""
    noun_part, _, _ = split_name(name, "de")
    words = noun_part.split()
    if words and words[0].lower() in TITLE_ARTICLES:  # a title: „Die Verwandlung“ is named whole, quoted
        return None
    head = after_maker(words) or find_head(words)  # a maker first: "die drei Silit Kochtöpfe 20 cm"
    head = written_apart(words, head) if head is not None else None
    if head is None or not head.certain or goes_on_in_english(words, head):
        return _loanword(words)
    if head.plural_name and by_length(name):  # "Bäckerleinen, Meterware": the fabric, not ropes
        head = _by_the_metre(head)
    if in_pieces(head, name):  # "Puppenhausmöbel, 12-teilig": twelve pieces of furniture, not one
        return replace(head, plural_name=True) if comes_in_sets(head.word) else None  # "Spiegel, 3-teilig"?
    # "Fischöl, 120 Kapseln": a pack of them; "Baumwollstoff, Meterware": sold by the metre; "Hundekuchen, 400 g":
    # small pieces in a pack; "Rotkohl, 720 ml": in a jar
    sold = german_container(name) or by_length(name)
    poured = head.word.lower().startswith("flüssig") and measure(name) == "volume"  # "Flüssigseife, 250 ml"
    if (liquid(words[: head.index]) or poured) and not head.plural_name:  # "Flüssiger Süßstoff, 200 ml"
        return replace(head, mass=True)  # sold by volume
    if not head.plural_name and (sold or any(rule(head, name) for rule in (counts_doses, by_weight, sold_in))):
        return replace(head, mass=True)
    if not head.plural_name and measure(name) and _uncounted(head.word):  # "Essigmutter, 250 ml"
        return replace(head, mass=True)
    if not head.plural_name and by_volume(name) and head.word.lower().endswith(POURED):  # "Fixierbad, 1 l"
        return replace(head, mass=True)
    return head


def _uncounted(noun: str) -> bool:
    """Whether the lexicon gives the noun (or the last part it reads it by) two plurals for two senses ("Mutter":
    "Mütter", mothers, and "Muttern", nuts) and German text writes the noun but in neither ("Essigmutter"): a name
    that gives its weight or volume is then goods sold so, counted in what they come in ("die drei Flaschen
    Essigmutter, 250 ml"), not a plural guessed between the two ("Packsäcke" German writes: "die drei Packsäcke")."""
    if noun.lower().endswith(tuple(DE_CONTAINERS)):  # a vessel holds its measure: "Longdrinkglas, 300 ml"
        return False
    found, cut, _ = noun_reading(noun)
    plurals = sorted({respell(noun, cut, entry.plural) for entry in found if not entry.is_plural and entry.plural})
    return len({plural.lower() for plural in plurals}) > 1 and only_singular(noun, plurals)


def _by_the_metre(head: Head) -> Head:
    """A head read as another noun's plural, in a name sold by the metre, read as the singular noun of the same
    spelling where the lexicon has one: the material ("das Bäckerleinen" for "Bäcker|leinen, Meterware", not "die
    Leinen", ropes); else as it was."""
    cut = noun_reading(head.word)[1]
    own = singular_reading(head.word[-cut:]) if cut else None
    if own is None or not own.genders:
        return head
    return replace(head, gender=own.genders.split("/")[0], plural_name=False, plural="", mass=True)


_PIECES = re.compile(r"(?<![\w-])(\d+)-teilig\b", re.IGNORECASE)


def in_pieces(head: Head, name: str) -> bool:
    """Whether a name whose noun is written alike in both numbers counts its parts ("Puppenhausmöbel, 12-teilig",
    "Pinsel, 5-teilig", "Spiegel, 3-teilig"): several pieces sold as one where the noun comes in sets
    (`german_text.comes_in_sets`), read in the plural, and several of it counted in sets; else one piece of several
    parts or several pieces, named whole with "Artikel". A noun with a plural of its own stays one ("Besteckset,
    24-teilig")."""
    found = _PIECES.search(name)
    alike = head.plural == head.word and not head.plural_name and not head.mass
    return alike and found is not None and int(found.group(1)) > 1


# Loanwords of several words a shop sells, with their gender and what several come in: "das Eau de Parfum",
# "die drei Flakons Eau de Toilette".
LOANWORDS = {("eau", "de"): ("n", "Flakons")}


def _loanword(words: list[str]) -> Head | None:
    """The head of a name that begins with a loanword of three words ("Eau de Parfum „Sommerregen“"): the whole
    loanword, not counted itself but in what it comes in; None for any other name."""
    if len(words) < 3 or (words[0].lower(), words[1].lower()) not in LOANWORDS:
        return None
    word = " ".join(words[:3]).rstrip(",;:")
    return Head(word, 0, LOANWORDS[words[0].lower(), words[1].lower()][0], plural="", mass=True, source="lexicon")


def german_phrase(item: Item, formal: bool, donation: bool, head: Head | None, pack: str = "") -> Phrase:
    """How a German note names `item`, its head noun given (None: the construction without agreement), with the
    `pack` phrase cut from its name (see `split_pack`) after the variant."""
    item, parts = lead_item(item, "de", donation)  # "Navy / L": "in Navy", then ", Größe L"
    noun_part, quoted, tail = split_name(item.name, "de")
    words = noun_part.split()
    if head is not None and head.source == "catalog":  # the shop's own phrase, as one piece
        noun_part, quoted, tail, words = head.word, "", "", [head.word]
    item = replace(item, variant=_colour_first(item.variant))  # "Gr. M, Navy": "in Navy, Gr. M"
    part = names_part(item.variant) or measures(item.variant) or size_word(item.variant) or side_word(item.variant)
    variant = (not donation and format_variant(item.variant)) or variant_text(
        _part_variant(item) if part else _noun_variant(item), "de", donation, part=part
    )  # "als Taschenbuch", else "in Salbeigrün", "(Feder M)", "(groß)", "(links, Gr. M)"
    variant = join(variant, parts.after)
    packed = _pack_word(pack) or ("Packungen" if pack or PACKED.search(item.name) else "")
    packed = packed or ("Bund" if _STEMS.search(item.name) else "")  # "die drei Bund Pampasgras, 3 Stiele"
    packed = "Sets" if head is not None and head.plural_name and _PIECES.search(item.name) else packed
    if head is None:
        inner = quoted.translate(_INNER_QUOTES)  # a quotation within the quotation takes the single marks
        whole = glue_pack(join(noun_part, inner, tail), pack)  # the shop's whole name as it wrote it, quoted:
        named = join(f"„{whole}“", variant)  # „Drumsticks 7A Ahorn, Paar“, „Zierkissen ‚Herbstwald‘, 40 x 40 cm“
        return _phrase([], "Artikel", named, FALLBACK, item.quantity, formal, certain=False, name=item.name)
    adjectives = words[: head.index]
    numbered = numbered_packs(pack, head.word) if item.quantity > 1 else ""  # "die drei 5er-Packs Sneakersocken"
    spread = head.word.count(" ")  # a head of several words ("Eau de Parfum"), not a catalog's phrase as one piece
    last = head.index + (spread if head.source != "catalog" and head.index + spread < len(words) else 0)
    punctuation = words[last][len(head.word.rsplit(" ", 1)[-1]) :]  # "Spülschwämme, 10 Stück"
    rest = join(" ".join(words[last + 1 :]), quoted, tail)
    after = _with_variant(rest, punctuation, variant, "" if numbered else pack)
    packed = "Meter" if by_length(item.name) and not head.plural_name else packed  # "drei Meter Baumwollstoff"
    # "die drei Dosen Earl Grey, 100 g Dose", "die drei Gläser Gewürzgurken, 720 ml", "die drei Säcke Zement, 25 kg"
    named = german_container(item.name) or sold_in(head, item.name)
    named = named or ("Flaschen" if head.mass and liquid(adjectives) else "")  # "die drei Flaschen flüssige Seife"
    packed = named or numbered or packed
    units = bool(pack) or counts_doses(head, item.name) or packed == "Meter" or bool(named) or multipack(item.name)
    return _phrase(adjectives, head.word, after, head, item.quantity, formal, certain=True, name=item.name,
                   packed=packed, units=units)  # fmt: skip


def _with_variant(rest: str, punctuation: str, variant: str, pack: str) -> str:
    """What follows the head: the rest of the name, the variant and the pack phrase; the variant goes before the
    parts after the commas where it would be read with them ("in Grau, 40 x 20 cm", "in Rosa, Topf Ø 19 cm", see
    `phrase.with_variant` and `variant_first`), in brackets after any other such part ("„Isar“, kurz (Gr. 50)")."""
    rest = punctuation + " " + rest if punctuation and rest else punctuation + rest
    return join(with_variant(rest, variant, variant_first, apart=True), pack)


def _colour_first(variant: str) -> str:
    """A variant of a size and a colour with the colour first ("Navy, Gr. M" for "Gr. M, Navy"), as a note names
    them after "in": "in Navy, Gr. M", never "in Gr. M, Navy", where the colour is left hanging."""
    parts = variant.strip().split(", ")
    if len(parts) == 2 and SIZE_TAIL.match(f", {parts[0]}") and not SIZE_TAIL.match(f", {parts[1]}"):
        return f"{parts[1]}, {parts[0]}"
    return variant


def _noun_variant(item: Item) -> Item:
    """The item with a variant a shop wrote in lower case capitalised: after "in" a colour is a noun ("in Rot",
    "in Dunkelblau"), as is a size ("in Größe M")."""
    variant = item.variant.strip()
    first = variant.split()[0].rstrip(",;") if variant else ""  # "schwarz, Gr. 9": "in Schwarz, Gr. 9"
    if first.isalpha() and first.islower() and first not in PREPOSITIONS["de"]:
        return replace(item, variant=variant[:1].upper() + variant[1:])
    return item


def _part_variant(item: Item) -> Item:
    """The item with a variant in brackets that begins with an adjective or a side, in lower case: "(großes
    Brett)", "(groß)", "(links, Gr. M)"."""
    first = item.variant.split()[0]
    return (
        replace(item, variant=item.variant.strip().lower()[:1] + item.variant.strip()[1:])
        if is_adjective(first) or size_word(first) or side_word(first)
        else item
    )


_SIZE_LABELS = tuple(words("größe länge weite umfang nummer stärke breite höhe"))


def names_part(variant: str) -> bool:
    """Whether a variant names a part or a model of the product rather than its colour, material or size, so that
    it cannot follow "in": a declined adjective first ("Großes Brett") or a noun with a size or a colour after it
    ("Feder M", "Deckel Schwarz"); "Anthrazit meliert", "Eiche Natur" and "Salbeigrün" follow "in"."""
    parts = variant.split()
    if not parts or not parts[0].isalpha() or parts[0].lower().endswith(_SIZE_LABELS):  # "in Größe 52"
        return False
    if len(parts) > 1 and parts[1][:1].isupper() and is_adjective(parts[0]):  # not "Beige" alone
        return True
    last = parts[-1].lower()
    known_noun = parts[0][:1].isupper() and parts[0].lower() not in ADJECTIVES and bool(entries(parts[0]))
    return len(parts) > 1 and known_noun and (bool(SIZE.match(parts[-1])) or last in ADJECTIVES)


def _amount(head: Head, quantity: int, packed: str, units: bool = False) -> tuple[str, str, bool]:
    """(the count before the noun, the noun form, plural) for a head and quantity. A name written in the plural
    is counted in pairs ("drei Paar Socken"), in sets where it is tableware or furniture ("drei Sets
    Gartenstühle"), else in packs ("die drei Packungen Spülschwämme, 10 Stück", "die drei Packungen
    Heftklammern"): a product named in the plural is sold as several pieces in one. A noun sold by weight or
    volume is counted in what it comes in ("die drei Flaschen Rapsöl", "die drei Packungen entkoffeinierten
    Espresso"), except where the shop's catalog says it is not counted ("den grünen Tee Sencha"); a name that
    counts the doses or capsules in it (`units`: "Fischöl, 120 Kapseln") is counted in packs."""
    if quantity == 1 or (head.mass and head.source == "catalog"):
        return "", (head.word if not head.plural_name else head.plural), head.plural_name
    if head.mass:  # "die drei Flaschen Rapsöl": the noun stays in the singular
        unit = (packed or "Packungen") if units else container(head.word)  # "die drei Kartons Rotwein"
    elif head.plural_name and packed:  # "Socken 3er-Pack" three times: three packs, not three pairs
        unit = packed  # "die drei Sets Rotweingläser (6er-Set)"
    elif head.plural_name and head.pair:
        unit = "Paar"
    elif head.plural_name and head.word.lower().endswith(ONE_PIECE_PLURALS):  # "die drei Shorts"
        return "beiden" if quantity == 2 else count_word(quantity, "de"), head.word, True
    elif head.plural_name and head.source != "catalog":  # the shop's catalog says what one piece is
        lower = head.word.lower()
        unit = "Sets" if lower.endswith(SETS) else "Sätze" if lower.endswith(SAETZE) else packed_in(lower)
        unit = unit or "Packungen"  # "die drei Tüten Möhrensamen", else "die drei Packungen Heftklammern"
    else:
        return "beiden" if quantity == 2 else count_word(quantity, "de"), head.plural or head.word, True
    count = "beiden" if quantity == 2 and unit not in UNCHANGED_UNITS else count_word(quantity, "de")
    return join(count, unit), head.word, True


def _declined_unit(amount: str) -> str:
    """The unit noun of an amount that declines ("Gläser" of "drei Gläser"); "" for a bare count and for "Paar"
    and "Stück", which keep their form and read like a number."""
    count, _, unit = amount.rpartition(" ")
    declines = unit[:1].isupper() or unit[:1].isdigit()  # "Gläser", "5er-Packs"
    return unit if count and declines and unit not in UNCHANGED_UNITS else ""


def _dative_unit(amount: str) -> str:
    """The count and unit in the dative ("drei Gläsern" of "drei Gläser"); "Paar" and "Stück" do not change."""
    unit = _declined_unit(amount)
    return f"{amount[: -len(unit)]}{dative_of(unit)}" if unit else amount


def _phrase(
    adjectives: list[str],
    word: str,
    after: str,
    head: Head,
    quantity: int,
    formal: bool,
    *,
    certain: bool,
    name: str,
    packed: str = "",
    units: bool = False,
) -> Phrase:
    amount, noun, plural = _amount(head if certain else FALLBACK, quantity, packed, units)
    if not certain:
        noun = "Artikel"
    gender = "pl" if plural else head.gender
    # After a unit noun the product's adjectives stand on their own, strong, in the noun's gender and number:
    # "die drei Packungen rote Linsen", "mit drei Packungen roten Linsen", "die drei Flaschen flüssiges
    # Spülmittel", "mit drei Flaschen flüssigem Spülmittel", also after a unit that keeps its form: "die drei Meter
    # gewalkten Wollstoff"; after "Paar", like after a number, weak: "die drei Paar warmen Socken".
    own_gender = head.gender if certain and head.mass and not head.plural_name else "pl"
    partitive = bool(_declined_unit(amount)) or (own_gender != "pl" and bool(amount))

    def ending(case: str) -> str:
        return STRONG[case][own_gender] if partitive else WEAK[case][gender]

    forms = {}
    weak = head.weak if certain and not plural else ""  # "den Plüschhasen", "dem Futterautomaten"
    for case, articles in ARTICLES.items():
        shown = noun + weak if case != "nom" else noun
        if case == "dat" and plural and not (certain and head.mass):  # "mit drei Flaschen Rapsöl"
            shown = dative_plural(head) if certain else "Artikeln"
        declined = [adjective(a, ending(case)) for a in adjectives]
        counted = _dative_unit(amount) if case == "dat" else amount  # "den drei Gläsern Blütenhonig"
        forms[case] = join(articles[gender], counted, *declined, join(shown, after))
    possessive = ("Ihr" if formal else "dein") + YOUR[gender]
    own = ending("acc") if partitive else MIXED[gender]
    your = join(possessive, amount, *(adjective(a, own) for a in adjectives), join(noun + weak, after))
    dat = forms["dat"]
    short = {"dem ": ("vom ", "zum "), "der ": ("von der ", "zur "), "den ": ("von den ", "zu den ")}
    of, about = next(((o + dat[len(a) :], z + dat[len(a) :]) for a, (o, z) in short.items() if dat.startswith(a)))
    it, it_acc = PRONOUNS[gender]
    unsure = () if certain else (name,)
    return Phrase(forms["nom"], forms["acc"], dat, your, of, about, it, it_acc, gender, plural, certain, unsure)
