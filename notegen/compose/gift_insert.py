"""The printed insert of a gift order. It travels with the present, so it is written for the person who
unwraps it: a gift message, "from <the buyer's first name>", what the shop packed, and nothing addressed to
the buyer (no prices, no codes, no asks, no service lines). The buyer's email still thanks the buyer.

The message is what the buyer asked to have written, when their note quotes it ("Can you add a card saying
'Happy 40th Jess'"), else the wish for the occasion their note names ("Alles Gute zum Geburtstag!"), else a
plain warm wish. Nothing else of the buyer's note is ever printed: it may be an instruction or a complaint.

The insert's own words (greeting, what was packed, the plain wish, "from <name>") are the shop's locale data,
``locales/<lang>/gift_insert.yml``, several phrasings each, one chosen per order by the hash of the
templates' ``vary``; the plain wish, which may speak to the recipient, in the shop's formality.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import yaml

from notegen.compose.context import Variation
from notegen.compose.reply import WISHES
from notegen.config import ShopConfig
from notegen.errors import ConfigError
from notegen.language.customer_notes import read_customer_note
from notegen.language.donations import named_lines
from notegen.language.items import name_items
from notegen.language.locales import FORMAL, translate
from notegen.language.words import capfirst, french_spaces
from notegen.model import Note, Order
from notegen.resources import locales_dir

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
_BANG = {"fr": "\u202f!"}
LISTS = ("greeting", "packed", "wish", "sender")
"""The phrasings of ``locales/<lang>/gift_insert.yml``: each a list, or ``{formal: [...], informal: [...]}``."""


@dataclass(frozen=True, slots=True)
class InsertWords:
    """The phrasings of one language's gift insert, formal and informal: list name to (formal, informal)."""

    lists: dict[str, tuple[tuple[str, ...], tuple[str, ...]]]

    def choose(self, name: str, order_id: str, formal: bool) -> str:
        """One phrasing of list `name`, fixed per order (the hash of the templates' ``vary``)."""
        options = self.lists[name][0 if formal else 1]
        return options[Variation(order_id)(f"gift_insert.{name}", len(options))]


@cache
def insert_words(lang: str) -> InsertWords:
    """The gift-insert phrasings of `lang`; `ConfigError` naming the file and the list when one is missing or
    is not a list of phrases."""
    path = locales_dir() / lang / "gift_insert.yml"
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise ConfigError(f"{path}: cannot read the gift-insert phrasings: {error}") from None
    if not isinstance(raw, dict):
        raise ConfigError(f"{path}: give the lists {', '.join(LISTS)}")
    lists = {}
    for name in LISTS:
        entry = raw.get(name)
        both = entry if isinstance(entry, dict) and set(entry) == {"formal", "informal"} else {"formal": entry}
        formal, informal = _phrases(both["formal"], lang), _phrases(both.get("informal", both["formal"]), lang)
        if not (formal and informal):
            raise ConfigError(f"{path}: {name}: give a list of phrases, or formal: and informal: lists")
        lists[name] = (formal, informal)
    return InsertWords(lists)


def _phrases(value: object, lang: str) -> tuple[str, ...]:
    """The phrases of one list of the file (French with its no-break spaces), or () when it is no such list."""
    if not isinstance(value, list) or not all(isinstance(phrase, str) and phrase for phrase in value):
        return ()
    return tuple(french_spaces(phrase) if lang == "fr" else phrase for phrase in value)


def gift_message(order: Order, lang: str, formal: bool = True) -> str:
    """The message of the gift insert (see the module docstring); the plain wish in the `formal` register."""
    reading = read_customer_note(order.note, lang) if order.note.strip() else None
    if reading is not None and reading.kind in ("gift", "request") and reading.sure:
        for pattern in _QUOTED:
            quoted = pattern.search(order.note)
            if quoted and " " in quoted.group(1).strip():
                return quoted.group(1).strip()
    if reading is not None and reading.is_gift and reading.occasion in WISHES:
        wish = re.sub(r"^(?:an?|un|une) ", "", translate(lang, WISHES[reading.occasion]))
        return f"{wish[:1].upper()}{wish[1:]}{_BANG.get(lang, '!')}"
    return insert_words(lang).choose("wish", order.order_id, formal)


def gift_insert(order: Order, config: ShopConfig, lang: str) -> Note:
    """The insert printed for the recipient of gift `order`, in `lang`, in the shop's own formality (the
    recipient is not the customer the shop knows)."""
    words = insert_words(lang)
    formal = str(getattr(config.formality, lang, "")) in ("", *FORMAL.values())
    name = order.customer.first_name or order.customer.full_name
    de = "d'" if name[:1].lower() in "aeiouyhéèêàâîïôû" else "de "
    items = name_items(named_lines(order, config, lang), lang, True).acc
    packed = words.choose("packed", order.order_id, formal)
    return Note(
        order_id=order.order_id,
        lang=lang,
        occasion=OCCASION,
        subject="",
        greeting=f"{words.choose('greeting', order.order_id, formal)},",
        thanks=gift_message(order, lang, formal),
        reply=packed.format(shop=config.shop.name, items=items, Items=capfirst(items)),
        signature=(words.choose("sender", order.order_id, formal).format(name=name, de=de),),
        show_prices=False,
    )
