"""An English item named with its number, in the shop's own casing: "the Cast Iron Skillets 28cm", "the “Fig
Tree” candle", "two pairs of Merino Wool Socks", "The Art of Bread (Hardcover)", "three copies of The Art of
Bread".

The head noun is the last word of the name before a size, a dash, a bracket or a preposition, after any
trailing material or fit ("T-Shirt Organic Cotton"); its plural comes from `inflect` (see `english_plurals`).
Only the head takes the plural, never a size or number. Nouns that name a pair ("Scissors", "Socks") are counted
in pairs; a material sold by weight or by the pack in what it comes in (see `containers` and
`english_materials`); titles that begin with "The" take no article.
"""

from __future__ import annotations

import itertools
import re

from notegen.language.capitals import calm, shouted
from notegen.language.casing import (
    common_frequency,
    common_word,
    known_name,
    mostly_lower_case,
)
from notegen.language.containers import bracketed_container, by_area, closing_container, english_named
from notegen.language.english_makers import leads_name, maker_before_number, model_before_noun, standard_at
from notegen.language.english_materials import weighed_material
from notegen.language.english_plurals import counted_as_is, inflect_engine, is_plural, pair_at, plural_of
from notegen.language.english_units import held_in, in_units, mass_unit, measured_in, pack_said_once
from notegen.language.english_words import (
    BEFORE_OF,
    CODE,
    DESCRIBING,
    DOSE_FORMS,
    EN_SIZES,
    EN_WORDS,
    EVERYDAY,
    FLAVOURS,
    FOOD_DESIGNATIONS,
    FORMAT,
    LETTERED,
    LETTERS_WITH_AN,
    MEASURE,
    MEASURE_WORDS,
    MODEL_WORDS,
    NAMED_PACK,
    ONE_PIECE,
    PACK_UNITS,
    PACKETS,
    POSSESSIVE,
    PROPER,
    QUOTED_TITLE,
    SETS,
    SIZE_WORDS,
    STOP,
    TITLE,
    WINE_DESIGNATIONS,
)
from notegen.language.phrase import (
    PREPOSITIONS,
    Head,
    Phrase,
    bare_pair,
    count_word,
    glue_pack,
    join,
    split_name,
    split_pack,
    variant_text,
    with_variant,
)
from notegen.language.variant_parts import lead_item
from notegen.model import Item


def is_title(name: str) -> bool:
    """Whether a name is a title with its own article ("The Art of Bread", "A Little Life (Paperback)") or a title in
    quotation marks and nothing else but brackets ("“Wuthering Heights” (Clothbound Classics)"): it takes no
    article and is counted in copies."""
    return bool(TITLE.match(name) or QUOTED_TITLE.match(name))


def _head_index(names: list[str]) -> int:
    """The position of the head noun among the words of a name, -1 when there is none."""
    cut = len(names)
    for i, word in enumerate(names):
        up_to = word.lower() == "up" and i + 1 < len(names) and names[i + 1].lower() == "to"  # "Filter up to 100 L"
        designated = word.strip(",:") in WINE_DESIGNATIONS | FOOD_DESIGNATIONS  # "Prosecco DOC Extra Dry"
        if i and (word.lower() in PREPOSITIONS["en"] or STOP.match(word) or _sized(names, i) or up_to or designated):
            if _of_in_name(names, i):
                continue  # "Tree of Life Necklace": a necklace
            before = names[:i]  # codes, who it is for or a maker: "UK 13A Fused Plug", "Men's 3/2mm Wetsuit",
            leading = all(CODE.match(w) or POSSESSIVE.search(w) for w in before)
            if word[:1].isdigit():  # a maker before a size: "Bosch 18V Cordless Drill", "Sony 65\" 4K TV"
                leading = all(map(leads_name, before)) or model_before_noun(names, i) or _numbered(names, i - 1)
            elif _sized(names, i):  # a maker before its model number: "Veritas No. 4 Bench Plane"
                leading = leading or maker_before_number(names, i)
            if STOP.match(word) and leading and _named_after_size(names, i):
                continue
            cut = i
            break
        if word.endswith((":", ",")):  # "Duvet Cover, Kings": what follows the comma describes it
            cut = i + 1
            break
    dose = next((j for j in range(cut + 1, len(names)) if names[j].lower().rstrip(":,") in DOSE_FORMS), -1)
    if dose >= 0 and names[cut][:1].isdigit():  # "Paracetamol 500mg Tablets": tablets
        return dose
    while cut > 1 and (
        (CODE.match(names[cut - 1].rstrip(":,")) and any(c.isdigit() or c == "A" for c in names[cut - 1]))
        or standard_at(names, cut - 1)
    ):
        cut -= 1  # "Leather Journal A5", "Battery AA", "Spiral Notebook A5, 80 Sheets", "Gloves EN 388"
    if 1 < cut < len(names) and names[cut - 1].lower() in MODEL_WORDS and names[cut][:1].isdigit():
        cut -= 1  # "Edge Tuner Pro 3": a tuner, of the model Pro 3
    pair = next((i for i in range(cut) if pair_at(names, i) and _ends_name(names, i, cut)), -1)
    if pair >= 0:
        return pair
    while (
        cut > 1
        and not weighed_material(names[cut - 1], " ".join(names[cut:]))
        and not POSSESSIVE.search(names[cut - 2])  # "Plumber's Hemp": hemp, a noun after whose it is
        and (
            names[cut - 1].lower().rstrip(":,") in DESCRIBING - EN_WORDS  # "Hand Cream": a noun
            or (cut > 2 and names[cut - 1].lower().rstrip(":,") in FLAVOURS)  # "Whey Protein Vanilla"
        )
    ):
        cut -= 1
    return cut - 1


def _ends_name(names: list[str], i: int, cut: int) -> bool:
    """Whether the noun at `i` ends the name, only describing words after it ("Gloves Leather"), rather than
    naming what the next noun is for ("Sunglasses Case", "Scissors Sharpener": a case, a sharpener)."""
    return all(word.lower().rstrip(":,") in DESCRIBING for word in names[i + 1 : cut])


def _numbered(names: list[str], i: int) -> bool:
    """Whether the word at `i` opens a model number its maker stands before ("Veritas No. 4 Bench Plane")."""
    return i > 0 and _sized(names, i) and maker_before_number(names, i)


def _named_after_size(names: list[str], i: int) -> bool:
    """Whether words of the name follow the size or number at `i` ("UK 13A Fused Plug"), up to a comma or bracket."""
    rest = list(itertools.takewhile(lambda w: not w.startswith("("), names[i + 1 :]))
    rest = list(itertools.dropwhile(lambda w: any(map(str.isdigit, w)) and not w.endswith(","), rest))  # "4K TV"
    capital = bool(rest) and any(char.isupper() for char in rest[0])  # "Power Bank", "microSD Card"
    return capital and rest[0].rstrip(":,").replace("-", "").isalpha() and not names[i].endswith(",")  # "USB-C"


def _of_in_name(names: list[str], i: int) -> bool:
    """Whether the "of" or "to" at `i` is inside the name of what is sold, not its complement: a capitalised
    noun ends the name ("Tree of Life Necklace", "USB-C to Lightning Cable 1m"), and what comes before "of" is no
    container or count ("Box of Chocolate Truffles", "Jar of Wildflower Honey", "Set of Kitchen Knives"). What "of"
    and an article open is the complement of the noun before it unless three words or more follow the article ("Map
    of the Solar System", but "Lord of the Rings Tea Towel"), and so is what a place or a person ends ("Map of Great
    Britain")."""
    rest = list(itertools.takewhile(lambda w: not (STOP.match(w) or w[:1].isdigit()), names[i + 1 :]))
    comma = next((j for j, w in enumerate(rest) if w.endswith((",", ":"))), len(rest))
    rest = rest[: comma + 1]  # "Map of the Lakes, Folded": the name ends at its comma
    article = bool(rest) and rest[0].lower() in ("the", "a", "an")
    if names[i].lower() not in ("of", "to") or len(rest) < 2 + 2 * article or names[i - 1].lower() in BEFORE_OF:
        return False
    last = rest[-1].rstrip(":,")
    if not last[:1].isupper() or not last.isalpha() or (names[i].lower() == "to" and is_plural(last.lower())):
        return False  # "Field Guide to British Mushrooms": a guide
    return not any(w.lower() in PREPOSITIONS["en"] for w in rest) and not known_name(last)


def _sized(names: list[str], i: int) -> bool:
    """Whether the word at `i` opens a size or number the shop writes after the noun ("Football Size 5",
    "Fishing Hooks No. 8"): a word of `SIZE_WORDS` followed by a number, or a number after "#" that ends the words
    of the name ("the three Paint Brushes #6", "… Crochet Hooks #7 (4.5mm)"; not "Best Dad #1 Mug": a mug)."""
    if re.fullmatch(r"#\d+[,:]?", names[i]):
        return i + 1 == len(names) or names[i].endswith((",", ":")) or names[i + 1].startswith("(")
    return names[i].lower() in SIZE_WORDS and i + 1 < len(names) and names[i + 1][:1].isdigit()


def _named_after(names: list[str], index: int) -> bool:
    """Whether the head found at `index` is a name in -s after the noun before it ("Dry Fly Adams", "Pale Ale
    Hughes"): a word that reads as a plural but that English writes with a capital, as a person or a place, and whose
    singular is no noun of everyday English ("Horseshoe Packers": packers)."""
    word, before = names[index].rstrip(":,"), names[index - 1]
    if not word[:1].isupper() or not before.isalpha() or before.lower() in PREPOSITIONS["en"]:
        return False
    if not (is_plural(word.lower()) and not pair_at(names, index) and known_name(word)):
        return False
    singular = inflect_engine().singular_noun(word.lower())  # "Packers", a team's name, is the plural of "packer" too
    found = common_frequency(singular) if singular else None
    return found is None or found < EVERYDAY or not common_word(singular)


def _model_after_line(names: list[str], index: int) -> bool:
    """Whether the word at `index` is a product line in the plural and a model word after it ends the name, with its
    figure or not ("Galaxy Buds Plus", "Galaxy Buds Pro 2"): the line is the noun, the model word takes no s,
    several are as they are ("the three … Buds Plus")."""
    ends = len(list(itertools.takewhile(lambda w: not w.startswith("("), names)))  # "(2nd Generation)"
    ends -= ends > index + 2 and names[ends - 1][:1].isdigit()
    if index < 0 or index + 2 != ends or names[index + 1].lower().rstrip(":,") not in MODEL_WORDS:
        return False
    word = names[index]
    return word[:1].isupper() and word.isalpha() and is_plural(word.lower())


def english_split(name: str) -> tuple[str, str, str]:
    """The noun part, the quoted name and the tail of an English name (see `split_name`); a name that opens with
    its quoted name has its noun after it ("“Mr Fox” Hand Puppet": a hand puppet called “Mr Fox”)."""
    noun_part, quoted, tail = split_name(name, "en")
    if _model_within(noun_part, quoted, tail):  # "Dagger “Stratos” Touring Kayak": a kayak, as written
        words = list(itertools.takewhile(lambda w: not w.startswith("("), tail.split()))
        noun_part = " ".join([noun_part, quoted, *words])
        return noun_part, "", tail[len(" ".join(words)) :].strip()
    if not noun_part and quoted and tail[:1].isalpha():
        words = list(itertools.takewhile(lambda w: not w.startswith("("), tail.split()))
        noun_part = " ".join(words)
        return noun_part, quoted, tail[len(noun_part) :].strip()
    return noun_part, quoted, tail


def _model_within(noun_part: str, quoted: str, tail: str) -> bool:
    """Whether a quoted model stands between a maker and the noun, where the shop wrote it ("Dagger “Stratos”
    Touring Kayak", "Petzl “Djinn” Quickdraw, 17cm"): words before it, and words after it that go on with a
    capital, not a preposition, a size or a bracket, up to the comma that may close the noun. It stays there, a
    word of the name; a quoted name after the noun goes before it instead."""
    first = tail.split(maxsplit=1)[0].rstrip(",:") if tail else ""
    if not (noun_part and quoted and first[:1].isupper()) or first.lower() in PREPOSITIONS["en"]:
        return False
    return first.replace("-", "").isalpha() and not noun_part.endswith((",", ":"))


def after_model(words: list[str]) -> int:
    """Where the noun of an English name starts after a maker and the model quoted or numbered between them ("the
    Touring Kayak" of "Dagger “Stratos” Touring Kayak", "the Bench Plane" of "Veritas No. 4 Bench Plane", never
    "the Dagger"): after the quoted model or the last word with a figure, 0 when the words before the head hold
    none."""
    quoted = next((i + 1 for i in range(len(words) - 1, -1, -1) if words[i].endswith(("”", "’"))), 0)
    if quoted or not words or not words[0].replace("-", "").isalpha() or mostly_lower_case(words[0]):
        return quoted  # "1000 Piece Jigsaw Puzzle", "Tent 2 Person": no maker before the figure
    return next((i + 1 for i in range(len(words) - 1, 0, -1) if any(map(str.isdigit, words[i]))), 0)


def english_head(name: str) -> Head | None:
    """The head noun of an English item name (English nouns have no gender: only the number counts)."""
    noun_part, _, _ = english_split(name)
    names = noun_part.split()
    index = _head_index(names)
    if index < 0:
        return None
    if index > 0 and _named_after(names, index):
        index -= 1  # "Dry Fly Adams": a fly, of the pattern Adams
    if _model_after_line(names, index - 1):
        index -= 1  # "Galaxy Buds Pro": the buds, of the model Pro
    word = names[index].rstrip(":,")
    lower = word.lower()
    pair = pair_at(names, index)  # "Clippers", "Shin Pads": counted in pairs, and written in the plural
    plural_name = pair or is_plural(lower) or counted_as_is(lower)  # "Fresh Potato Gnocchi, 500g": several
    plural = word if plural_name else plural_of(word, any(char.islower() for char in noun_part))
    mass = not plural_name and bool(measured_in(name, word, plural))
    return Head(word, index, "", plural_name, plural, mass, pair=pair)


def indefinite(name: str) -> str:
    """The indefinite article an item name takes ("a", "an"), "" when it takes none (plurals, titles)."""
    base, pack = split_pack(name, "en")
    calmed = calm(base, "en") if shouted(base) else base  # "LATEX GLOVES (BOX OF 50)" read as "Latex Gloves"
    head = english_head(calmed)  # "Stainless Steel Scourers x10": scourers, no article; "Riding Boot (Pair)": a pair
    if is_title(name) or head is None or head.plural_name or bare_pair(pack):
        return ""
    first = re.split(r"[\s-]", name.lstrip("“”‘’\"'([ "), maxsplit=1)[0]  # "an “Ember” …": by its sound
    digits = re.match(r"\d+", first)
    if digits:  # "11oz" reads "eleven", "8-Piece" "eight"
        first = inflect_engine().number_to_words(int(digits.group(0)))
    elif len(first) == 1 or (_initials(first) and not _shouted_word(name, first)):
        return "an" if first[:1] in LETTERS_WITH_AN else "a"  # initials read letter by letter: "an LED", "a UV"
    article: str = inflect_engine().a(first).split(" ", 1)[0]
    return article


def _initials(word: str) -> bool:
    """Whether a word in capitals may be initials, read letter by letter ("LED", "UV", "HDMI")."""
    return word[:1].isupper() and word.rstrip("0123456789").isupper()


def _shouted_word(name: str, first: str) -> bool:
    """Whether the first word of a name written all in capitals is a word, not initials ("a SHOE POLISH", "a
    FOLDING CAMP TABLE", but "an LED STRIP LIGHT", "an HDMI CABLE"): a word English writes in lower case."""
    if first.lower() in LETTERED or len(first) < 3 or not first.isalpha() or any(c.islower() for c in name):
        return False
    return common_word(first.lower())


def _sentence_case(names: list[str]) -> list[str]:
    """A name of several words written as a label in sentence case ("Hand-thrown mug") reads lower-case in a
    sentence; Title Case ("Ceramic Pour-Over Set"), single words, initials and proper adjectives stay as
    written."""
    first = names[0] if len(names) > 1 else ""
    if not first[:1].isupper() or first[1:2].isupper() or first.lower() in PROPER:
        return names
    if not first.replace("-", "").isalpha():
        return names
    label = [word for word in names[1:] if word.isalpha() and word.lower() not in MEASURE_WORDS]
    if any(word.lstrip("([")[:1].isupper() for word in names[1:]) or not label:  # "Dumbbells 2 x 5kg": no label
        return names
    return [first[:1].lower() + first[1:], *names[1:]]


def is_joined(names: list[str], index: int) -> bool:
    """Whether the head at `index` is the second of two nouns joined by "and" ("Dustpan and Brush"): one thing
    of two parts, both nouns in the plural for several ("the three Dustpans and Brushes")."""
    return index >= 2 and names[index - 1].lower() in ("and", "&") and index == len(names) - 1


def _unit(head: Head, pack: str, name: str) -> str:
    """What one piece of a name written in the plural is called when several are counted: what the name's pack
    says it is, "pairs" for a pair noun, "sets" for tableware and tools, none for a noun that names
    one thing ("three Kitchen Scales"), else "packs" ("three packs of Tent Pegs")."""
    lower = head.word.lower()
    container = english_named(name) or by_area(name) or (bracketed_container(name) or ("",))[0]
    if container:  # "Koi Pellets, 500g Tub": tubs; "Paving Slabs, per m²": square metres; "Tea Lights (Box)": boxes
        return container
    if pack:  # what the pack says it is: "(Set of 4)" sets, "(Box of 12)" boxes, "(3 Pack)" packs
        named = NAMED_PACK.search(pack)
        return PACK_UNITS[named.group(1).lower()] if named else "packs"
    if head.pair:
        return "pairs"
    if held_in(name):  # "the three shoals of Harlequin Rasboras (Shoal of 6)"
        return held_in(name)
    lined = lower not in SETS | PACKETS and _model_after_line(english_split(name)[0].split(), head.index)
    if lower in ONE_PIECE or lined:
        return ""  # "the three Kitchen Scales", "the three Galaxy Buds Pro"
    return "sets" if lower in SETS else "packets" if lower in PACKETS else "packs"


def _with_quoted(name: str, names: list[str], quoted: str, tail: str, head: Head | None) -> str:
    """The words of a name with its quoted name before its noun where the name opens with it ("“Midnight Garden”
    Wallpaper, per Roll") or the noun ends the words ("Candle “Fig Tree”" → "“Fig Tree” candle", a generic noun
    then in lower case), else after them as written."""
    last = head is not None and (head.index == len(names) - 1 or names[head.index + 1].lower() in PREPOSITIONS["en"])
    opens = quoted and not split_name(name, "en")[0]
    if not (quoted and names and head is not None and (last or opens)):
        return join(" ".join(names), quoted, tail)
    if len(names) == 1 and names[0].lower().rstrip("s") in EN_WORDS:  # a generic noun after the name
        names = [names[0].lower()]
    return join(quoted, " ".join(names), tail)


def english_phrase(item: Item, donation: bool, head: Head | None, pack: str = "", capitals: bool = False) -> Phrase:
    """How an English note names `item`, with the `pack` phrase cut from its name (see `split_pack`) after the
    variant ("the Wool Socks in Charcoal (3 Pack)"). A name in the plural is counted in the unit one
    piece of it comes in (see `_unit`): "three pairs of Wool Socks", "three packs of Wool Socks (3 Pack)",
    "three sets of Dessert Bowls", "three packs of Tent Pegs". A size said in a word goes before the name ("the
    large Dog Bowl"), in brackets after a name the shop wrote in `capitals` ("the WAXED COTTON FLAT CAP (Large)")."""
    item, parts = lead_item(item, "en", donation)  # "Navy / L": "in Navy", then ", size L"
    noun_part, quoted, tail = english_split(item.name)
    names = noun_part.split() if is_title(noun_part) else _sentence_case(noun_part.split())
    if head is not None and head.source == "catalog":  # the shop's own phrase, as one piece
        noun_part, quoted, tail, names = head.word, "", "", [head.word]
    title = is_title(noun_part) or (not noun_part and is_title(item.name))  # "“Wuthering Heights” (Hardback)"
    joined = not title and head is not None and is_joined(names, head.index)
    edition = FORMAT.search(item.name)  # "the three copies of Kind of Blue (Vinyl LP)"; an edition of a named
    # guide is counted itself ("the three Field Guides … (2nd Edition)"), of a plural title in copies
    copies = edition is not None and (bool(head and head.plural_name) or "edition" not in edition.group(0).lower())
    if head is not None and item.quantity > 1 and not head.plural_name and not head.mass and not title and not copies:
        raw = names[head.index]
        word = raw[: len(head.word)]
        initials = any(char.islower() for char in noun_part)
        names[head.index] = (plural_of(word, initials) if word != head.word else head.plural) + raw[len(head.word) :]
        if joined:  # "the three Mortars and Pestles"
            names[head.index - 2] = plural_of(names[head.index - 2])
    variant = " ".join(_sentence_case(item.variant.split()))
    size = ""
    sizes = [word.lower() in EN_SIZES for word in variant.split()]
    if variant and not donation and all(sizes) and not capitals:
        size, variant = variant.lower(), ""  # "the large Dog Bowl"; a size code follows: "in size XL"
    core = _with_quoted(item.name, names, quoted, tail, head)
    # "Medium Nib": "the Fountain Pen (Medium Nib)"; a measure alone, no colour: "the Espresso Tamper (53mm)"
    part = (bool(sizes) and sizes[0] and (capitals or not all(sizes))) or bool(MEASURE.fullmatch(variant))
    written = variant_text(Item(item.name, variant=variant), "en", donation, part=part) if variant else ""
    before = parts.before if not capitals else ""  # "the large Basic Tee in Black"; in capitals "… (Large)"
    written = join(written, parts.after or (f"({parts.size})" if parts.before and capitals else ""))
    closes = closing_container  # "the Bookcloth in Burgundy, A3 Sheet", as "the Paper Bunting in Pastel Rainbow, 10m"
    core = join(size or before, with_variant(core, written, lambda end: closes(end) is not None))
    plural = item.quantity > 1 or bool(head and head.plural_name)
    plural_name = bool(head and head.plural_name) and not title
    unit = "copies" if title or copies else _unit(head, pack, item.name) if plural_name and head else ""
    if head is not None and head.mass and not title:  # "three pouches of Assam Tea (250g Pouch)"
        unit = mass_unit(head, pack, item.name)
    counted = pack_said_once(pack, unit, head, item.quantity, plural_name)  # "sets of 4", "3-packs", "tubs"
    single_pair = pack.startswith(",") and bare_pair(pack)  # "Bodyboard Fins, Pair": "the pair of Bodyboard Fins"
    glued = core if single_pair or counted else glue_pack(core, pack)
    core = f"pair of {core}" if single_pair and item.quantity == 1 else glued
    if item.quantity > 1:  # "the three 250g bags of …", not "…, 250g Bag"; "the three sets of 4 Linen Napkins"
        core = f"{count_word(item.quantity, 'en')} {in_units(core, counted or unit, item.name)}"
    the = core if title and item.quantity == 1 else f"the {core}"
    your = core if title and item.quantity == 1 else f"your {core}"
    it, it_acc = ("they", "them") if plural else ("it", "it")
    gender = "pl" if plural else "n"
    return Phrase(the, the, the, your, f"of {the}", f"about {the}", it, it_acc, gender, plural, True, ())
