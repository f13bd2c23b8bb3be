"""Which lines of an order are donations, and how a note names a donation: by its purpose, as a charity would
("your gift to the winter appeal", "Ihre Spende für den Winterfonds", "votre don pour l'appel d'hiver", "your
sponsorship of the sponsored swim"), never by the product title ("your Pay-in for sponsored swim").

A line is a donation when its name, variant or SKU is one the shop lists in ``[donation] products``, or when its
name says so: a donation word in any of the three languages ("Donation", "Spende", "Don", "Pay-in",
"Patenschaft", "parrainage", "appeal", "Fonds"), or a gift that is no product ("Monthly gift", "Gift to the
lifeboat fund"; but "Gift card", "Gift box" are merchandise). A nonprofit's merchandise (a tote bag, a calendar)
is thanked as what it is. An order the data marks as a donation with no line that says so is a donation
whole ("Lifejacket for a volunteer"). One definition: compose, the insert and the lint ask `donation_lines`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from notegen.config import ShopConfig
from notegen.language.items import item_phrase, noun_phrase
from notegen.language.phrase import split_name
from notegen.language.words import words
from notegen.model import Item, Order

# Words that make a line a donation wherever they stand in its name.
DONATION_WORDS = frozenset(
    words(
        "donation donations donate pay-in paying-in sponsorship sponsor appeal fund spende spenden dauerspende "
        "zuwendung patenschaft spendenaktion fonds don dons parrainage mécénat"
    )
)
# Donation words that also name the purpose ("the winter appeal", "den Winterfonds"): kept in it.
_PURPOSE_WORDS = frozenset(words("appeal fund fonds spendenaktion"))
# Gift words: a donation only when nothing in the name makes them a product ("Gift card", "Geschenkbox").
GIFT_WORDS = frozenset(words("gift gabe cadeau"))
FREQUENCY = {
    "en": {"monthly": "monthly", "regular": "regular", "annual": "annual", "weekly": "weekly", "yearly": "annual"},
    "de": {"monatlich": "monatliche", "monatliche": "monatliche", "jährlich": "jährliche", "jährliche": "jährliche",
           "dauerspende": "regelmäßige", "regelmäßige": "regelmäßige"},
    "fr": {"mensuel": "mensuel", "mensuelle": "mensuel", "annuel": "annuel", "annuelle": "annuel",
           "régulier": "régulier"},
}  # fmt: skip
_FREQUENCY_WORDS = frozenset(word for table in FREQUENCY.values() for word in table)
# Words of a donation product's title that say nothing of its purpose.
_FILLER = (
    (DONATION_WORDS - _PURPOSE_WORDS)
    | GIFT_WORDS
    | _FREQUENCY_WORDS
    | frozenset(
        words("one-off single my your a an the for to towards of in für zum zur an den die das de du des pour à au")
    )
)
_SPONSOR = frozenset(words("pay-in paying-in sponsorship sponsor patenschaft parrainage"))
# English purposes a gift goes "to" ("to the winter appeal"); any other it is "for" ("for crew training").
_CAUSES = ("appeal", "fund", "campaign", "project", "programme", "trust")
_WORD = re.compile(r"[\w'’-]+")
# How a note names a donation, per language and kind: the head ("gift", "Spende", "don") and the word that
# joins it to its purpose.
NAMES = {
    "en": {"gift": ("gift", "to"), "sponsor": ("sponsorship", "of")},
    "de": {"gift": ("Spende", "für"), "sponsor": ("Patenschaft", "für")},
    "fr": {"gift": ("don", "pour"), "sponsor": ("parrainage", "pour")},
}


def _words(text: str) -> list[str]:
    return [word.lower() for word in _WORD.findall(text)]


def names_a_donation(item: Item, products: tuple[str, ...] = ()) -> bool:
    """Whether the order line `item` is a donation by its name, variant or SKU (see the module docstring)."""
    listed = {product.casefold() for product in products}
    if listed & {item.name.casefold(), item.sku.casefold(), item.variant.casefold()} - {""}:
        return True
    found = _words(item.name)
    if not DONATION_WORDS.isdisjoint(found):
        return True
    gifts = [index for index, word in enumerate(found) if word in GIFT_WORDS]
    return bool(gifts) and all(word in _FILLER for word in found[: gifts[0] + 2])


def donation_lines(order: Order, config: ShopConfig | None = None) -> tuple[bool, ...]:
    """Per order line, whether it is a donation: named as one, or the whole order marked as one in the data
    when none of its lines says so. Without `config` (the lint knows no shop), the shop's own list of donation
    products is not asked."""
    products = config.donation.products if config is not None else ()
    named = tuple(names_a_donation(item, products) for item in order.items)
    if not any(named) and order.donation:
        return (True,) * len(order.items)
    return named


def is_donation(order: Order, config: ShopConfig | None = None) -> bool:
    """Whether the note for `order` thanks a donation (at least one line is one): the donation occasion."""
    return any(donation_lines(order, config))


def _purpose(item: Item) -> tuple[str, str, str, bool]:
    """(purpose, kind, frequency, proper) of a donation line: what is left of its name once the donation words
    are gone, else its variant ("Monthly gift" / "Crew training"); kind "gift" or "sponsor"; the frequency word
    ("monthly", "" for a single gift); proper when the shop quoted it as a name ("Don « Appel d'hiver »")."""
    noun_part, quoted, _ = split_name(item.name, "en")
    found = _words(item.name)
    kind = "sponsor" if not _SPONSOR.isdisjoint(found) else "gift"
    frequency = next((word for word in found if word in _FREQUENCY_WORDS), "")
    purpose = quoted.strip("“”„«»\xa0 ") or " ".join(w for w in _WORD.findall(noun_part) if w.lower() not in _FILLER)
    if not purpose and item.variant.strip():
        purpose = item.variant.strip()
    return purpose, kind, frequency, bool(quoted)


@lru_cache(maxsize=1024)
def donation_name(item: Item, lang: str) -> Item:
    """The donation line as a charity names it, as an item name in `lang` ("gift to the winter appeal",
    "Monatliche Spende für den Winterfonds", "don mensuel pour l'Appel d'hiver"); one gift."""
    purpose, kind, frequency, proper = _purpose(item)
    head, join = NAMES[lang][kind]
    if frequency and kind == "gift":
        adjective = FREQUENCY[lang].get(frequency) or {"en": "regular", "de": "regelmäßige", "fr": "régulier"}[lang]
        head = {"de": f"{adjective.capitalize()} {head}", "fr": f"{head} {adjective}"}.get(lang, f"{adjective} {head}")
    return Item(f"{head} {_joined(purpose, join, lang, proper)}" if purpose else head, 1)


def _joined(purpose: str, join: str, lang: str, proper: bool) -> str:
    """The purpose after its joining word, with the article its noun needs ("für den Winterfonds", "pour
    l'appel d'hiver", "to the winter appeal"); a name the shop quoted keeps its capitals ("pour l'Appel
    d'hiver"); in quotes when the lexicon cannot tell its gender."""
    if lang == "en" and join == "to" and not any(word in purpose.lower() for word in _CAUSES):
        return f"for {purpose if proper or purpose[1:2].isupper() else purpose[:1].lower() + purpose[1:]}"
    if not item_phrase(Item(purpose), lang, True).certain:
        quoted = {"de": f"„{purpose}“", "fr": f"«\xa0{purpose}\xa0»", "en": f"“{purpose}”"}[lang]
        return f"{join} {quoted}"
    named = noun_phrase(Item(purpose), lang, "acc" if lang == "de" else "nom")
    if proper and named.lower().endswith(purpose.lower()):
        named = named[: len(named) - len(purpose)] + purpose
    return f"{join} {named}"


def named_lines(order: Order, config: ShopConfig, lang: str) -> tuple[Item, ...]:
    """The order's lines as the note names them: each line whose name says it is a donation by its purpose
    (`donation_name`, priced at what was given, so that the largest gift is named first), the rest as they are
    ("your two lifejackets for a volunteer", a gift in kind)."""
    return tuple(
        _given(item, donation_name(item, lang)) if donation and names_a_donation(item) else item
        for item, donation in zip(order.items, donation_lines(order, config), strict=True)
    )


def _given(item: Item, named: Item) -> Item:
    price = item.price * item.quantity if item.price is not None else None
    return Item(named.name, 1, price)
