"""The printed insert of a gift order. It travels with the present, so it is written for the person who
unwraps it: a gift message, "from <the buyer's first name>", what the shop packed, and nothing addressed to
the buyer (no prices, no codes, no asks, no service lines). The buyer's email still thanks the buyer.

The message is what the buyer asked to have written, when their note quotes it ("Can you add a card saying
'Happy 40th Jess'"), else the wish for the occasion their note names ("Alles Gute zum Geburtstag!"), else a
plain warm wish. Nothing else of the buyer's note is ever printed: it may be an instruction or a complaint.
"""

from __future__ import annotations

import re

from notegen.compose.reply import WISHES, reading_of
from notegen.config import ShopConfig
from notegen.language.items import name_items
from notegen.language.locales import translate
from notegen.model import Note, Order

OCCASION = "gift_insert"
"""The occasion of a gift insert's `Note` (the lint does not ask its greeting to name the buyer)."""
# a quoted message, in the quotation marks of the three languages ("'" only around words: "t'aime" stays)
_QUOTED = (
    re.compile(r"„\s*([^“”„]{3,200}?)\s*[“”]"),
    re.compile(r"«\s*([^»]{3,200}?)\s*»"),
    re.compile(r"“\s*([^”]{3,200}?)\s*”"),
    re.compile(r'"\s*([^"]{3,200}?)\s*"'),
    re.compile(r"(?<!\w)'([^']{3,200}?(?:'\w[^']{0,200}?)*)'(?!\w)"),
)
_WORDS = {  # greeting, packed (with {shop} and {items}), plain wish, from (with {name})
    "de": ("Hallo", "{shop} hat {items} mit Sorgfalt verpackt.", "Von Herzen alles Gute!", "Von {name}"),
    "fr": ("Bonjour", "{shop} a emballé {items} avec soin.", "Avec toute notre affection\u202f!",
           "De la part {de}{name}"),
    "en": ("Hello", "{shop} has packed {items} for you with care.", "With warmest wishes!", "From {name}"),
}  # fmt: skip
# German and French speak to nobody in particular: the buyer's quoted words may say "du" or "tu", the insert
# may not mix them with "Sie" or "vous".
_BANG = {"fr": "\u202f!"}


def gift_message(order: Order, lang: str) -> str:
    """The message of the gift insert (see the module docstring)."""
    reading = reading_of(order.note, lang) if order.note.strip() else None
    if reading is not None and reading.kind in ("gift", "request") and reading.sure:
        for pattern in _QUOTED:
            quoted = pattern.search(order.note)
            if quoted and " " in quoted.group(1).strip():
                return quoted.group(1).strip()
    if reading is not None and reading.is_gift and reading.occasion in WISHES:
        wish = re.sub(r"^(?:an?|un|une) ", "", translate(lang, WISHES[reading.occasion]))
        return f"{wish[:1].upper()}{wish[1:]}{_BANG.get(lang, '!')}"
    return _WORDS[lang][2]


def gift_insert(order: Order, config: ShopConfig, lang: str) -> Note:
    """The insert printed for the recipient of gift `order`, in `lang`."""
    greeting, packed, _, sender = _WORDS[lang]
    name = order.customer.first_name or order.customer.full_name
    de = "d'" if name[:1].lower() in "aeiouyhéèêàâîïôû" else "de "
    items = name_items(order.items, lang, True, config.is_donation(order)).acc
    return Note(
        order_id=order.order_id,
        lang=lang,
        occasion=OCCASION,
        subject="",
        greeting=f"{greeting},",
        thanks=gift_message(order, lang),
        reply=packed.format(shop=config.shop.name, items=items),
        signature=(sender.format(name=name, de=de),),
        show_prices=False,
    )
