"""Naming what was bought as a person would: "den Wollschal „Fjord“ in Salbeigrün", "deux bougies « Figuier »",
"two “Tidal” mugs in sea green". The one place that turns an order line into a noun phrase: compose, the
subject line, the insert and the lint all ask here, so that they never disagree.

The public API (see README "How items are named"):

- `head_noun(name, lang)` the head noun of an item name with its gender, number and plural (`Head`), or None
  when the lexicon cannot tell;
- `item_phrase(item, lang, formal)` every form a sentence needs (`Phrase`), and `noun_phrase(item, lang, slot)`
  one of them ("nom", "acc", "dat", "your", "of", "about");
- `name_items(items, lang, formal)` the whole order (`Items`), in the basket's order: up to three items, else the
  two most expensive and the rest summed up ("und zwei weitere Dinge");
- `mention_agrees(mention, item, lang)` whether a mention of the item in a text agrees with its head noun.

Each language has its module (`german`, `french`, `english`) over its lexicon (`german_lexicon`, ...).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache

from notegen.language.agreement import mention_agrees
from notegen.language.capitals import calm, shout, shouted
from notegen.language.catalog import Catalog, CatalogEntry
from notegen.language.containers import UNITS, closing_container, french_unmeasured
from notegen.language.english import after_model, english_head, english_phrase, english_split, is_title
from notegen.language.english_units import measure_at_end, unheld, units_again
from notegen.language.french import french_head, french_phrase, unknown_again
from notegen.language.french_lexicon import readings
from notegen.language.french_packs import BY_THE_METRE, by_measure, held, pack_number, sold_by_variant
from notegen.language.german import german_head, german_phrase
from notegen.language.german_heads import dative_plural
from notegen.language.packs import counted_in_pack, holds_pieces, unpacked, without_count, without_pack
from notegen.language.phrase import (
    PREPOSITIONS,
    SLOTS,
    Head,
    Phrase,
    bare_pair,
    count_word,
    open_end,
    pack_count,
    rewritten,
    split_name,
    split_pack,
)
from notegen.language.words import and_list
from notegen.model import Item

__all__ = [
    "ITEM_WARNING",
    "Head",
    "Items",
    "Phrase",
    "head_forms",
    "head_noun",
    "item_phrase",
    "mention_agrees",
    "name_items",
    "noun_phrase",
    "split_name",
    "unsure_item_message",
]  # fmt: skip
_FR_PRONOUNS = {"m": ("il", "le"), "f": ("elle", "la"), "pl": ("ils", "les"), "fpl": ("elles", "les")}


@dataclass(frozen=True, slots=True)
class Items(Phrase):
    """What the order holds, as the note names it: the forms of `Phrase` for the whole list, plus `top` (the
    most expensive item alone, a `Phrase`), `first` (the same without its variant, for a mention that stands
    alone, as in the subject line: "der Wollschal „Fjord“"), `short` (its head noun only, for a mention after
    the first in the same note: "der Wollschal", "die Gartenschläuche"; see `short_phrase`), `count` (order
    lines), `quantity` (pieces), `rest` (lines summed up as "zwei weitere Dinge", 0 when every item is named),
    `many` (more than one line) and `ends` the parts after a comma that end an item's mention (", 5 Stück"), which
    a sentence that goes on after the mention closes with a second comma (`phrase.close_ends`)."""

    top: Phrase
    first: Phrase
    short: Phrase
    count: int
    quantity: int
    rest: int
    many: bool
    ends: tuple[str, ...] = ()


@lru_cache(maxsize=8192)
def head_noun(name: str, lang: str) -> Head | None:
    """The head noun of an item name in `lang`, or None when the lexicon cannot tell (English: always known)."""
    name = split_pack(name, lang)[0]  # "Wool Socks (3 Pack)": the socks
    if lang == "de":
        return german_head(name)
    if lang == "fr":
        return french_head(name)
    return english_head(name)


@lru_cache(maxsize=8192)
def head_forms(name: str, lang: str) -> frozenset[str]:
    """The lower-case forms in which a note may write the head noun of `name`: as written, its plural and (German)
    its dative plural and a weak noun's form outside the nominative; empty when the lexicon cannot tell."""
    head = head_noun(name, lang)
    if head is None:
        return frozenset()
    found = {head.word.lower(), head.plural.lower()} - {""}
    if lang == "de" and head.plural:
        found.add(dative_plural(head).lower())
    if head.weak:  # "den Plüschhasen"
        found.add((head.word + head.weak).lower())
    return frozenset(found)


@lru_cache(maxsize=8192)
def item_phrase(item: Item, lang: str, formal: bool, donation: bool = False, catalog: Catalog | None = None) -> Phrase:
    """How the note names one item in `lang`, with its quantity and variant; the shop's `catalog` wins over the
    lexicon."""
    entry = catalog.find(item, lang) if catalog is not None else None
    calmed = _calmed(item.name, lang) if entry is None and shouted(item.name, True, lang == "fr") else ""
    if calmed and not shouted(calmed):  # "BOUGIE PARFUMÉE": named in its usual case, then in capitals again
        return shout(_named(replace(item, name=calmed), lang, formal, donation, None, True), item.name, calmed)
    return _named(item, lang, formal, donation, entry)


def _named(
    item: Item, lang: str, formal: bool, donation: bool, entry: CatalogEntry | None, capitals: bool = False
) -> Phrase:
    """`item_phrase` of a name in its usual case; `capitals` when the shop wrote it in capitals."""
    head = entry.head() if entry is not None else head_noun(item.name, lang)
    pack = ""
    if entry is None:
        item, head, pack = unpacked(item, lang, head)
    if lang == "de":
        return german_phrase(item, formal, donation, head, pack)
    if lang == "fr":
        return french_phrase(item, formal, donation, head, pack)
    return english_phrase(item, donation, head, pack, capitals)


def _calmed(name: str, lang: str) -> str:
    """A name in capitals in its usual case (`calm`); a French pack phrase stays in the shop's capitals, said as
    the shop wrote it (« les trois sachets de BALLONS DE BAUDRUCHE (SACHET DE 25) »), never cut into the count, and
    so does the container an English name closes with ("the three tins of SADDLE SOAP, 200G")."""
    base, pack = split_pack(name, lang)
    closing = closing_container(name) if lang == "en" else None  # "SADDLE SOAP, 200G TIN": its tin, as written
    if closing:
        base, pack = name[: -len(closing[2])], closing[2]
    if lang not in ("fr", "en") or not pack:
        return calm(name, lang)
    return calm(base, lang) + name[len(base) :]


def noun_phrase(
    item: Item,
    lang: str,
    slot: str = "acc",
    *,
    formal: bool = True,
    donation: bool = False,
    catalog: Catalog | None = None,
) -> str:
    """One form of `item_phrase`: `slot` is one of nom, acc, dat, your, of, about."""
    if slot not in SLOTS:
        raise ValueError(f"unknown slot {slot!r}; use one of {', '.join(SLOTS)}")
    text: str = getattr(item_phrase(item, lang, formal, donation, catalog), slot)
    return text


ITEM_WARNING = "ITEM001"
"""The code of the report's warning for an item named without agreement (see `unsure_item_message`)."""


def unsure_item_message(name: str, lang: str) -> str:
    """What the report tells the shop about an item the lexicon could not name with certainty."""
    phrase = noun_phrase(Item(name), lang, "acc")
    if head_noun(name, lang) is not None:  # the noun is known: its variant was set apart (French)
        return (
            f"item {name!r}: notegen cannot tell where its colour goes in the {lang} name {phrase!r} (it could "
            'belong to another noun of the name), so the note writes it apart, "(coloris : …)"; check the '
            "note, or name the product in the shop catalog ([shop] catalog)"
        )
    return (
        f"item {name!r}: the {lang} lexicon cannot tell the gender or plural of its noun, so the note names it "
        f"{phrase!r}; add the product to the shop catalog ([shop] catalog; `notegen catalog ORDERS` drafts one)"
    )


@lru_cache(maxsize=8192)
def short_phrase(item: Item, lang: str, formal: bool, donation: bool = False, catalog: Catalog | None = None) -> Phrase:
    """The item named again later in the note: its head noun (with the adjectives before it) and the article, without
    the count, size, quoted name or variant ("die Gartenschläuche" after "die drei Gartenschläuche 20 m", "les
    bougies", "the mugs"); the whole name without its variant where the shop's catalog names it or the lexicon
    cannot tell its noun; the whole name without its variant and count where the name is in the plural or a pack
    of several ("die Heftklammern Nr. 10" after "die drei Packungen Heftklammern Nr. 10"); German goods counted in
    what they come in as one, by their noun ("das Roggenmehl" after "die drei Packungen Roggenmehl Type 1150, 1
    kg")."""
    plain = Item(item.name, item.quantity, sku=item.sku)
    head = head_noun(item.name, lang)
    known = catalog is not None and catalog.find(item, lang) is not None
    calmed = calm(item.name, lang) if not known and shouted(item.name, True, lang == "fr") else ""
    if calmed and not shouted(calmed):  # a name in capitals whose letters have a small form ("A B C D" has none)
        return shout(short_phrase(replace(item, name=calmed), lang, formal, donation), item.name, calmed)
    titled = lang == "en" and (is_title(item.name) or _of_after_head(item.name, head))  # "The Art of Bread"
    pack = split_pack(item.name, lang)[1]  # "Pilsner Lager, Crate of 20 x 500ml", "Elodea Densa, Bunch"
    # "Pappteller, 20 Stück": several, named so; "Besteckset, 24 Stück": one set of them
    packed = pack_count(pack) > 1 and not (head is not None and holds_pieces(pack, head, lang))
    if known or titled or head is None:
        whole = item_phrase(plain, lang, formal, donation, catalog)
        moved = pack_number(pack) if lang == "fr" and head is None and whole.certain and not known else ""
        if moved:  # « les lots de poches … » after « les trois lots de 100 poches … », counted in the pack
            return without_count(rewritten(whole, lambda text: text.replace(f" de {moved} ", " de ", 1)), item, lang)
        if lang == "fr" and not whole.certain:  # « vos articles » after « vos trois articles « … » »
            return unknown_again(item, formal)
        return whole
    bottled = counted_in_pack(pack, item.name, head, lang)
    if lang == "de" and (head.mass or bottled) and not head.plural_name:  # "das Roggenmehl", however many packs
        return _several_again(Item(item.name, sku=item.sku), replace(head, mass=True), False, lang, formal, donation)
    volume = item.variant if lang == "fr" and sold_by_variant(item, head) else ""  # « les bouteilles de rhum »
    if (head.mass or bottled or volume) and item.quantity > 1 and not head.plural_name:  # "the cases of Pale Ale"
        counted = item_phrase(Item(item.name, item.quantity, variant=volume, sku=item.sku), lang, formal, donation)
        if volume:  # its volume is said in the first mention only
            counted = rewritten(counted, lambda text: text.replace(f" ({volume.strip()})", "", 1))
        doses = UNITS[lang].search(item.name)  # "die Packungen Zeichenkohle", not "…, 12 Stäbchen" again
        named = item.name
        if doses:
            cut = re.compile(r"\s*" + re.escape(doses.group(0)))
            counted = rewritten(counted, lambda text: cut.sub("", text, count=1))
            named = cut.sub("", named, count=1)  # "Faltpapier, 15 x 15 cm" of "…, 100 Blatt": its size said once
        tail = named[named.find(", ") :] if ", " in named else ""  # "…, pot de 17 ml": said once
        unmeasured = french_unmeasured(named) if lang == "fr" else named.removesuffix(measure_at_end(named))
        tail = tail or (named[len(unmeasured) :] if lang in ("fr", "en") else "")  # « Miel de fleurs 1 kg »
        if lang == "en":  # "the pouches of Cumin", 100g said once; "the packs of Hand Cream" of its 3-packs
            counted = rewritten(counted, lambda text: units_again(text, item.name))
        measure = held(item.name)[2] if lang == "fr" else ""  # « les sachets de thé vert », 100 g said once
        counted = rewritten(counted, lambda text: text.replace(f" de {measure} ", " ", 1)) if measure else counted
        if not tail and pack.startswith("("):  # "the cases of Rioja Reserva", not "… (Case of 12)" again
            counted = without_pack(counted, item.name, lang)
        return without_count(
            rewritten(counted, lambda text: text.replace(tail, "", 1)) if tail else counted, item, lang
        )
    # without the count: "die Socken" after "die drei Paar Socken"; a French name in the plural is cut like one in
    # the singular (« les échasses » after « les trois paires d'échasses en bois pour enfant »), with its pack too
    # (« les pipettes » after « les trois boîtes de 4 pipettes antiparasitaires pour chien »)
    if lang == "fr" and pack and head.plural_name and not head.mass:
        return short_phrase(replace(item, name=split_pack(item.name, lang)[0]), lang, formal, donation, catalog)
    if packed or head.mass or (head.plural_name and lang != "fr"):
        return _several_again(item, head, packed, lang, formal, donation)
    words = (english_split(item.name) if lang == "en" else split_name(item.name, lang))[0].split()
    end = head.index + 1  # "Stoneware Mug" of "Stoneware Mug 350 ml", "Wollschal" of "Wollschal „Fjord“"
    if lang == "fr":  # the adjectives after the noun stay with it: "la bande dessinée", never "la bande"
        while (
            end < len(words)
            and not words[end - 1].endswith(",")
            and (  # « le seitan mariné » of « …, 250 g »
                _french_adjective(words[end].rstrip(",;:"))
                or (head.plural_name and readings(" ".join(words[head.index : end + 1])))
            )
        ):
            end += 1  # « les haricots verts », a noun of its own
    if lang == "fr" and end < len(words):  # a noun that takes its complement with it: "huile d'olive", "sac à dos"
        if words[end].lower().startswith(("d'", "d’")):
            end += 1
        elif words[end].lower() in ("de", "à", "au", "aux") and end + 1 < len(words):
            end += 3 if words[end + 1].lower() in ("la", "le", "les") and end + 2 < len(words) else 2  # « à la cire »
    if lang == "en" and end + 1 < len(words) and words[end].lower() == "de":
        end += 2  # a French name English uses as it is: "the Eau de Parfum", never "the Eau"
    words[end - 1] = words[end - 1].rstrip(",;:")  # "das Dübel-Set" of "Dübel-Set, 200-teilig"
    start = after_model(words[: end - 1]) if lang == "en" else 0
    by_its_measure = lang == "fr" and bool(by_measure(item, head))  # « le seitan mariné » of « … (3 × 250 g) »
    quantity = 1 if head.plural_name or by_its_measure else item.quantity
    phrase = item_phrase(Item(" ".join(words[start:end]), quantity), lang, formal, donation)
    if not phrase.certain:
        return item_phrase(plain, lang, formal, donation, catalog)
    if head.plural_name and not phrase.plural:  # « Noix de cajou grillées »: only the adjective told the plural
        return _several_again(item, head, packed, lang, formal, donation)
    return without_count(phrase, item, lang)


def _several_again(item: Item, head: Head, packed: bool, lang: str, formal: bool, donation: bool) -> Phrase:
    """A name in the plural, a pack of several or a mass noun named again: the name without its count and pack,
    and without what the shop set off after its first comma ("die Tonmurmeln" of "Tonmurmeln, bunt, Beutel mit 40
    Stück", "die Trinksauger Silikon" of "Trinksauger Silikon, Größe 2, 2 Stück"); in German also without a
    complement after a preposition."""
    whole, pack = split_pack(item.name, lang)
    name = unheld(whole) if lang == "en" else whole  # "the Espresso Beans" of "… (Bag of 1kg)"
    first = name.split(", ")[0].removesuffix(measure_at_end(name) if lang == "en" and head.mass else "")
    # « la toile de lin » of « …, au mètre », « le miel de châtaignier » of « … 400 g », said again
    first = french_unmeasured(BY_THE_METRE.sub("", first, count=1)) if lang == "fr" else first
    if lang == "de":  # "der Rasendünger" of "Rasendünger mit Langzeitwirkung", as of a noun counted one by one
        first = _german_again(first, head)
    one = lang == "en" and item.quantity == 1  # "the Candle" after "the Candle (Set of 2)", as the shop names it
    several_packs = packed and not one  # "the Candles" after "the three sets of 2 Candles"
    plural_again = lang == "en" and several_packs and not bare_pair(pack)  # "Judo Zori (Pair)": as the shop wrote it
    if (first != whole or plural_again) and head.index < len(first.split()):
        counts = [2 if several_packs and not head.plural_name else 1]
        if lang == "de" and head.plural_name and head.plural == head.word:  # alike in both numbers: said as two
            counts.append(2)  # "die Puppenhausmöbel" of "Puppenhausmöbel, 12-teilig"
        for count in counts:
            several = Item(first, count, sku=item.sku)
            short = without_count(item_phrase(several, lang, formal, donation), several, lang)
            if short.certain and short.plural == (head.plural_name or several_packs):
                return short
    return without_pack(item_phrase(Item(item.name, sku=item.sku), lang, formal, donation), item.name, lang)


def _german_again(first: str, head: Head) -> str:
    """The words of a German name (before its first comma) that a later mention keeps: none from a preposition
    on ("Rasendünger mit Langzeitwirkung"), nor from a word in lower case after the noun, an adjective the shop
    set after it ("die Baby-Bodys" of "Baby-Bodys langarm", "der Töpferton" of "Töpferton weiß"); a mass noun
    keeps no word after it at all ("das Roggenmehl" of "Roggenmehl Type 1150"), as a noun counted one by one."""
    words = first.split()
    after = head.index + 1 + head.word.count(" ")  # "Eau de Parfum": its three words
    adjective = (i for i, w in enumerate(words[after:], after) if w.isalpha() and w.islower())  # "weiß", not "mm"
    end = next((i for i, w in enumerate(words) if w in PREPOSITIONS["de"]), len(words))
    end = min(end, next((i for i in adjective if not words[i - 1][:1].isdigit()), len(words)))
    return " ".join(words[: min(end, after) if head.mass and not head.plural_name else end])


def _of_after_head(name: str, head: Head | None) -> bool:
    """Whether an English name goes on with "of" after its head ("Box of Chocolates"): a later mention then names
    it whole; "of" before the head ("Tree of Life Necklace") is part of the name, and so is a count in brackets at
    its end ("Harlequin Rasboras (Shoal of 6)": the rasboras), as is the container it closes with ("…, Jar of 340g")."""
    base = split_pack(name, "en")[0]
    base = base[: len(base) - len((closing_container(base) or ("", "", ""))[2])]
    words = re.sub(r"\s*\([^()]*\)\s*$", "", split_name(base, "en")[0]).split()  # not "'Queen of Night'"
    return "of" in words and (head is None or words.index("of") > head.index)


def _french_adjective(word: str) -> bool:
    """Whether a word after a French head noun is an adjective that stays with it in a short mention
    ("dessinée", "parfumée"): an adjective and no noun ("torche", "ponce" may be nouns in apposition)."""
    if not word.isalpha() or not word.islower() or word in PREPOSITIONS["fr"]:
        return False
    return bool(readings(word, "A")) and not readings(word)


def _rest(count: int, lang: str, small: bool) -> Phrase:
    word = count_word(count, lang)
    if lang == "de":
        nom = f"{word} Kleinigkeiten" if small else f"{word} weitere Dinge"
        dat = f"{word} Kleinigkeiten" if small else f"{word} weiteren Dingen"
        return Phrase(nom, nom, dat, nom, f"von {dat}", f"zu {dat}", "sie", "sie", "pl", True, True, ())
    if lang == "fr":
        nom = f"{word} petites choses" if small else f"{word} autres articles"
        return Phrase(nom, nom, f"à {nom}", nom, f"de {nom}", f"sur {nom}", "ils", "les", "pl", True, True, ())
    nom = f"{word} little extras" if small else f"{word} more things"
    return Phrase(nom, nom, nom, nom, f"of {nom}", f"about {nom}", "they", "them", "pl", True, True, ())


def _bracketed_end(text: str) -> str:
    """A French item in a list with the part the shop set off after a comma in brackets (« les gigoteuses en coton
    (6 mois) »): between commas, a size or a count reads as an item of the list of its own."""
    end = open_end(text)
    if not end or text[: -len(end)].endswith(")") or any(char in end for char in "()«»"):
        return text
    return f"{text[: -len(end)]} ({end[2:]})"


def _price(item: Item) -> Decimal:
    return item.price if item.price is not None else Decimal(-1)


@lru_cache(maxsize=4096)
def name_items(
    items: tuple[Item, ...], lang: str, formal: bool, donation: bool = False, catalog: Catalog | None = None
) -> Items:
    """The order's items as the note names them, in the order the customer put them in the basket: all of them
    up to three, else the two most expensive and the rest summed up."""
    ranked = sorted(range(len(items)), key=lambda i: _price(items[i]), reverse=True)
    named = [items[i] for i in sorted(ranked if len(ranked) <= 3 else ranked[:2])]
    rest = [items[i] for i in ranked[2:]] if len(named) < len(ranked) else []
    phrases = [item_phrase(item, lang, formal, donation, catalog) for item in named]
    if lang == "fr":  # « les gigoteuses (6 mois) et le hochet », never « …, 6 mois, et le hochet »
        phrases[:-1] = [rewritten(p, _bracketed_end) if p.certain else p for p in phrases[:-1]]  # not « l'article »
    if rest:
        small = all(item.price is not None and item.price <= 10 for item in rest)
        phrases.append(_rest(len(rest), lang, small))
    top = phrases[0]
    many = len(phrases) > 1
    first = (
        item_phrase(Item(named[0].name, named[0].quantity, sku=named[0].sku), lang, formal, donation, catalog)
        if named[0].variant
        else top
    )
    short = short_phrase(named[0], lang, formal, donation, catalog)
    ends = {open_end(getattr(p, slot)) for p in (*phrases, first, short) for slot in SLOTS} - {""}
    fields = {name: and_list([getattr(p, name) for p in phrases], lang) for name in ("nom", "acc", "dat", "your")}
    if lang == "en":
        fields["of"], fields["about"] = f"of {fields['nom']}", f"about {fields['nom']}"
    else:
        fields["of"], fields["about"] = (
            and_list([getattr(p, name) for p in phrases], lang) for name in ("of", "about")
        )
    if many:
        gender = "fpl" if lang == "fr" and all(p.gender in ("f", "fpl") for p in phrases) else "pl"  # « elles »
        it, it_acc = {"de": ("sie", "sie"), "fr": _FR_PRONOUNS[gender], "en": ("they", "them")}[lang]
    else:
        gender, it, it_acc = top.gender, top.it, top.it_acc
    return Items(
        **fields,
        certain=all(p.certain for p in phrases),
        unsure=tuple(name for p in phrases for name in p.unsure),
        it=it,
        it_acc=it_acc,
        gender=gender,
        plural=many or top.plural,
        top=top,
        first=first,
        short=short,
        count=len(items),
        quantity=sum(item.quantity for item in items),
        rest=len(ranked) - len(named),
        many=len(items) > 1,
        ends=tuple(sorted(ends, key=len, reverse=True)),
    )
