"""A variant of several parts, as shop systems write it, split into what a note can say of each part.

Shopify joins a variant's option values with " / " ("Navy / L", "Black / M / Organic"); WooCommerce and others
write "Key: Value" pairs ("Color: Black, Size: M", « Couleur : Noir, Taille : M », "Farbe: Schwarz, Größe: M");
a shop may also list the values after commas ("Bleu marine, L"). A careful writer names the colour as a variant
alone is named and adds the size after a comma: „das T-Shirt Basic in Navy, Größe L“, « le t-shirt basique
marine, taille L », "the Basic Tee in Black, size M". A key is dropped where the kind of its value is known (by
the key or by the value: a colour, a size); where a part is neither, or two parts are of one kind, the note cannot
tell what each part says and writes the variant as the shop wrote it, in brackets ("the Basic Tee (Black / M /
Organic)"), never a guess. A variant of one part is left to the language as it is ("Salbeigrün", "links, Gr. M").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache
from typing import NamedTuple

from notegen.language.english_words import EN_SIZES
from notegen.language.phrase import REGION, SIZE
from notegen.language.words import words
from notegen.model import Item

# Colours as German and English shops write them; a German shop often writes them in English ("Navy", "Off-White").
EN_COLOURS = frozenset(
    words(
        "black white grey gray navy blue red green yellow orange pink purple brown beige cream ivory khaki olive "
        "tan charcoal burgundy maroon teal turquoise silver gold natural sand stone ecru oatmeal mustard rust coral "
        "mint lavender lilac indigo denim camel taupe sage plum cobalt aqua lime peach salmon rose copper bronze "
        "magenta violet mauve bone slate graphite pewter chocolate mocha caramel cherry emerald jade ruby nude "
        "blush fuchsia anthracite petrol bordeaux khaki multicolour multicolor"
    )
)
# Words that tell a colour's shade: "Heather Grey", "Dark Navy", "Off-White", "Forest Green".
EN_SHADES = frozenset(
    words(
        "dark light pale deep bright heather washed vintage dusty dusky off faded neon pastel mid marl forest sky royal"
    )
)
DE_COLOURS = frozenset(
    words(
        "schwarz weiß weiss rot blau grün gelb grau braun rosa pink lila violett orange beige türkis silber gold "
        "bronze kupfer anthrazit creme ecru natur oliv petrol mint bordeaux ocker khaki taupe sand aubergine "
        "koralle magenta apricot lachs champagner elfenbein cognac camel marine senf bunt"
    )
)
# English colours German text has its own everyday word for: beside the note's "Größe", "Black" would leave the
# variant half translated ("in Schwarz, Größe 9" for "Color: Black, Size: 9"); "Navy", "Beige" stay as written.
DE_FOR_EN = {"black": "Schwarz", "white": "Weiß", "grey": "Grau", "gray": "Grau", "red": "Rot", "blue": "Blau",
             "green": "Grün", "yellow": "Gelb", "brown": "Braun", "purple": "Lila", "silver": "Silber"}  # fmt: skip
# Words that tell a German colour's shade, before it ("Dunkelblau", "Hellgrau") or after it ("Grau meliert").
DE_SHADES = frozenset(words("dunkel hell pastell mittel tief zart matt meliert melange glänzend"))
# Short colours a compound may end in only after a shade or another colour: "Weinrot", not "Schrot"; "Eisweiß".
_DE_SHORT = {
    "rot": frozenset(words("dunkel hell wein kirsch feuer rubin rost ziegel signal bordeaux karmin alt")),
    "weiß": frozenset(words("schnee eis alt rein creme perl natur")),
}
COLOUR_KEYS = frozenset(words("color colour farbe couleur coloris colore kleur farbton"))
SIZE_KEYS = frozenset(words("size größe groesse grösse gr gr. taille pointure schuhgröße"))
SIZE_WORD = {"de": "Größe", "fr": "taille", "en": "size"}
# One size for all: it tells the reader nothing, and a note leaves it out ("Black / One Size": "in Black").
ONE_SIZE = frozenset(["one size", "onesize", "os", "o/s", "einheitsgröße", "einheitsgroesse", "taille unique", "tu"])
_LETTERS = re.compile(r"^(?:\d?X{1,4}[SL]|[2-6]XL|XXS)$", re.IGNORECASE)
_LABEL = re.compile(r"^(?:Gr\.|Gr|Größe|Groesse|Size|Taille)\s*:?\s*", re.IGNORECASE)
# "Color: Black", « Couleur : Noir »: a key of a few words, a colon, a value
_KEYED = re.compile(r"^([^\W\d_][^:,/;|]{0,24}?)\s?:\s+(\S.*)$")
_BEFORE_KEY = r"(?=[^\W\d_][^:,/;|]{0,24}?\s?:\s)"
_KEYED_SEPARATORS = re.compile(rf"(\s*[,;|]\s+{_BEFORE_KEY}|\s+/\s+{_BEFORE_KEY})")
_SLASHES = re.compile(r"(\s+/\s+)")  # Shopify's "Navy / L"; never the "/" of one size, "S/M", "38/39"
_COMMAS = re.compile(r"(,\s+)")


class Split(NamedTuple):
    """A variant as a language names it: `lead` the part it names as it names a variant alone (a colour, or a size
    where there is none; "" when the whole variant goes in brackets), `size` the size after the colour as the shop
    wrote it ("" when none), `after` what follows the lead's words (", Größe L", ", taille L", ", size M", or the
    whole variant in brackets, "(Black / M / Organic)"), `before` an English size word that goes before the name
    ("the large Dog Bowl in Black")."""

    lead: str
    size: str = ""
    after: str = ""
    before: str = ""


class VariantPart(NamedTuple):
    """One part of a variant: its `key` ("" when the shop wrote none), its `value`, and its `kind` ("colour",
    "size" or "" when nothing tells)."""

    key: str
    value: str
    kind: str


def en_colour(text: str) -> bool:
    """Whether an English variant names a colour: colour words, a shade before one ("Heather Grey", "Off-White")."""
    parts = text.lower().replace("-", " ").split()
    return bool(parts) and parts[-1] in EN_COLOURS and all(p in EN_COLOURS or p in EN_SHADES for p in parts)


def de_colour(text: str) -> bool:
    """Whether a German variant names a colour: a colour ("Schwarz", "Navy"), a compound ending in one
    ("Salbeigrün", "Dunkelblau", "Weinrot"), or one with its shade after it ("Grau meliert")."""
    parts = text.lower().replace("-", " ").split()
    if not parts or not all(p in DE_SHADES or p in EN_SHADES for p in parts[1:]):
        return en_colour(text)
    first = parts[0]
    if first in DE_COLOURS or en_colour(first):
        return True
    for colour in DE_COLOURS:
        if first.endswith(colour) and len(first) - len(colour) >= 3:
            stem = first[: -len(colour)]
            return colour not in _DE_SHORT or stem in _DE_SHORT[colour] or stem in DE_COLOURS or stem in DE_SHADES
    return False


# Children's sizes by height in cm, the only sizes of three figures ("Navy / 104"), in steps of 6 cm and, as many
# shops size children's clothes, of 10 cm ("Weiß / 160"); "Schwarz / 500" is no size.
_HEIGHTS = frozenset(str(height) for height in (*range(50, 177, 6), *range(60, 171, 10)))


def known_size(size: Callable[[str], str]) -> Callable[[str], str]:
    """`size`, except for a number of three figures that is no child's height in cm (a measure: "500")."""

    def sized(text: str) -> str:
        value = _LABEL.sub("", text.strip())
        return "" if value.isdigit() and len(value) > 2 and value not in _HEIGHTS else size(text)

    return sized


def size_of(text: str, lang: str) -> str:
    """A size as a note writes it after a comma ("Größe L", "size 42"; an English size word alone, "large"); ""
    when the text is no size. A size letter keeps its capital."""
    value = _LABEL.sub("", text.strip())
    if lang == "en" and value.lower() in EN_SIZES:
        return value.lower()
    if value and (SIZE.match(value) or _LETTERS.match(value)):
        region = REGION.match(value) if lang == "en" else None  # "UK 12": "UK size 12", as English writes it
        if region:
            return f"{region.group(1).upper()} {SIZE_WORD[lang]} {value[region.end() :]}"
        return f"{SIZE_WORD[lang]} {value.upper() if value.isalpha() else value}"
    return ""


def parts_of(variant: str) -> tuple[list[str], list[str]]:
    """The parts of a variant and the separators between them, as the shop wrote them: "Color: Black, Size: M" →
    (["Color: Black", "Size: M"], [", "]); "Navy / L" → (["Navy", "L"], [" / "]); ([variant], []) for one part.
    Commas split only a variant whose every part is keyed; a plain "Bleu marine, L" is split by `split_variant`
    where each part is known."""
    text = " ".join(variant.split())
    for pattern in (_KEYED_SEPARATORS, _SLASHES):
        pieces = pattern.split(text)
        if len(pieces) > 1:
            return pieces[::2], pieces[1::2]
    return [text], []


def _part(text: str, colour: Callable[[str], bool], size: Callable[[str], str], trust: bool) -> VariantPart:
    """One part; a value under a colour key is a colour where the language writes any colour as the shop did
    (`trust`: "in Salbei"), else only where `colour` knows it (French agrees it)."""
    keyed = _KEYED.match(text)
    if keyed is None:
        kind = "one" if text.lower() in ONE_SIZE else "size" if size(text) else "colour" if colour(text) else ""
        return VariantPart("", text, kind)
    key, value = keyed.group(1).strip(), keyed.group(2).strip()
    name = key.lower().removeprefix("pa_")
    if name in SIZE_KEYS and value.lower() in ONE_SIZE:
        return VariantPart(key, value, "one")
    if name in SIZE_KEYS:  # « Pointure : 39 » is said « pointure 39 », never « taille 39 »
        return VariantPart(key, f"pointure {value}" if name == "pointure" else value, "size")
    if name in COLOUR_KEYS:
        return VariantPart(key, value, "colour" if trust or colour(value) else "")
    if not trust and name.isalpha() and colour(value):  # French « Ruban : Marine »: the part's colour, « ruban marine »
        return VariantPart(key, f"{name} {value.lower()}", "part")
    return VariantPart(key, value, "")


def split_variant(
    variant: str, lang: str, colour: Callable[[str], bool] | None = None, size: Callable[[str], str] | None = None
) -> Split:
    """The variant as `lang` names it (see `Split`); `colour` and `size` tell a part's kind in that language (by
    default German or English colour words and `size_of`; French passes its own). One plain part comes back as
    it is."""
    return _split(" ".join(variant.split()), lang, colour, size)


def _composed(kinds: list[str]) -> bool:
    """Whether parts of these kinds can be said one after the other: each known, at most one colour and one size
    (one size for all counts as none)."""
    return (
        "" not in kinds
        and kinds.count("colour") + kinds.count("part") < 2
        and kinds.count("size") + kinds.count("one") < 2
    )


@lru_cache(maxsize=4096)
def _split(variant: str, lang: str, colour: Callable[[str], bool] | None, size: Callable[[str], str] | None) -> Split:
    if not variant:
        return Split("")
    is_colour = colour or (de_colour if lang == "de" else en_colour)
    sized = known_size(size or (lambda text: size_of(text, lang)))
    texts, separators = parts_of(variant)
    parts = [_part(text, is_colour, sized, colour is None) for text in texts]
    if len(parts) == 1 and not parts[0].key:  # one part, or a plain list after commas ("Bleu marine, L")
        texts = _COMMAS.split(variant)[::2]
        parts = [_part(text, is_colour, sized, colour is None) for text in texts]
        if len(parts) == 1 or not _composed([part.kind for part in parts]):
            return Split(variant)  # as a variant of one part ("links, Gr. M")
    if not _composed([part.kind for part in parts]):
        shown = [_shown(part, text, sized, lang) for part, text in zip(parts, texts, strict=True)]
        whole = "".join(piece + separator for piece, separator in zip(shown, [*separators, ""], strict=True))
        return Split("", "", f"({whole})")
    found = {part.kind: part.value for part in parts if part.kind != "one"}
    if not found:
        return Split("")
    if "part" in found:  # « (ruban marine), taille 57 »: a part named with its colour, as a variant alone
        found["colour"] = found.pop("part")
    if "colour" not in found:
        return Split(found["size"])  # a size alone: "in Größe M", « en taille M », "in size M"
    if "size" not in found:
        return Split(found["colour"])
    said = sized(found["size"]) or f"{SIZE_WORD[lang]} {found['size']}"
    if lang == "en" and said in EN_SIZES:  # "the large Dog Bowl in Black"
        return Split(found["colour"], found["size"], "", said)
    shade = DE_FOR_EN.get(found["colour"].lower(), found["colour"]) if lang == "de" else found["colour"]
    return Split(shade, found["size"], f", {said}")


# German keys whose value says by its unit what it measures ("Gewicht: 700 g" is "700 g"), or by a sign
# ("Durchmesser: 73 mm" is "Ø 73 mm"): the sign before the value and the units that tell it.
_DE_MEASURE_KEYS = {
    "gewicht": ("", ("g", "kg")), "inhalt": ("", ("ml", "cl", "l")), "füllmenge": ("", ("ml", "cl", "l", "g", "kg")),
    "durchmesser": ("Ø ", ("mm", "cm", "m")),
}  # fmt: skip
_AMOUNT = re.compile(r"\d+(?:[.,]\d+)?\s*([^\W\d_]+)")


def _shown(part: VariantPart, text: str, sized: Callable[[str], str], lang: str) -> str:
    """A part of a variant written whole in brackets: its value where its kind is known, a French size with its
    word (« taille 57 », never a bare « 57 »), a German measure by its unit or sign ("700 g", "Ø 73 mm", never
    "Gewicht: 700 g"), any other part as the shop wrote it."""
    if lang == "fr" and part.kind == "size" and part.key:
        return sized(part.value) or text
    measure = _DE_MEASURE_KEYS.get(part.key.lower()) if lang == "de" else None
    amount = _AMOUNT.fullmatch(part.value) if measure else None
    if measure and amount and amount.group(1).lower() in measure[1]:
        return measure[0] + part.value
    return part.value if part.kind else text


def lead_item(
    item: Item,
    lang: str,
    donation: bool,
    colour: Callable[[str], bool] | None = None,
    size: Callable[[str], str] | None = None,
) -> tuple[Item, Split]:
    """The item with the part of its variant a language names as a variant alone (`Split.lead`), and the split;
    a donation's variant (its purpose) and a variant of one part stay as they are."""
    if donation or not item.variant.strip():
        return item, Split(item.variant)
    split = split_variant(item.variant, lang, colour, size)
    return (item if split.lead == item.variant else replace(item, variant=split.lead)), split
