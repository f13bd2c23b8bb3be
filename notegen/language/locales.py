"""Languages: which one each order is written in, the fixed strings of each language, and Babel formatting.

The fixed strings live in `locales/<lang>/messages.po`, read with Babel (no compile step). Money, dates and
numbers are formatted with Babel for the note's locale (`note_locale`): in the shop's own language, the shop's
own variety of it (``default_locale = "de-AT"`` writes "Jänner", plain "de" writes "Januar" to every country); in
another language, the variety of the shipping country where Babel knows that pair (``en_GB`` "19 January 2027"),
else the language's main locale.
Every formatter is cached, so that formatting the same amount or date again costs a dictionary look-up.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import cache, lru_cache

from babel import localedata
from babel.dates import format_date
from babel.messages.pofile import read_po
from babel.numbers import format_currency, format_decimal, format_percent

from notegen.config import ShopConfig
from notegen.model import LANGS, Order
from notegen.resources import locales_dir

COUNTRY_LANG = {"DE": "de", "AT": "de", "LI": "de", "FR": "fr", "BE": "fr", "LU": "fr", "MC": "fr"}
MAIN_LOCALE = {"de": "de_DE", "fr": "fr_FR", "en": "en"}


def order_lang(order: Order) -> str | None:
    """The language the order asks for: its own locale, else its shipping country's; None when neither says."""
    if order.locale in LANGS:
        return order.locale
    return COUNTRY_LANG.get(order.shipping_country)


def choose_lang(order: Order, config: ShopConfig) -> str:
    """The order's language: its own locale, else its shipping country, else the shop default."""
    return order_lang(order) or config.shop.lang


FORMAL = {"de": "sie", "fr": "vous"}


def register(order: Order, config: ShopConfig, lang: str) -> str:
    """The formality the note is written in: sie/du, vous/tu ("" in English). A customer known only by title
    and last name ("Frau Albers", "Madame Girard") is addressed formally, whatever the shop's default: nobody
    says "du" to someone whose first name they do not know."""
    if lang not in FORMAL:
        return ""
    if not order.customer.first_name:
        return FORMAL[lang]
    return str(getattr(config.formality, lang))


@cache
def _catalog(lang: str) -> dict[str, str]:
    path = locales_dir() / lang / "messages.po"
    if not path.is_file():
        return {}
    with path.open("rb") as handle:
        catalog = read_po(handle, locale=lang)
    return {str(m.id): str(m.string) for m in catalog if m.id and isinstance(m.id, str) and m.string}


def translate(lang: str, msgid: str) -> str:
    """The fixed string `msgid` in `lang` (the msgid itself, in English, when it has no translation)."""
    return _catalog(lang).get(msgid, msgid)


@cache
def babel_locale(lang: str, country: str = "") -> str:
    """The Babel locale for writing `lang` to `country`: ``fr_BE`` when Babel knows it, else ``fr_FR``."""
    if country:
        candidate = f"{lang}_{country.upper()}"
        if localedata.exists(candidate):
            return candidate
    return MAIN_LOCALE.get(lang, lang)


def note_locale(lang: str, config: ShopConfig, country: str) -> str:
    """The Babel locale of a note in `lang` to a customer in `country`: a shop writes its own language as it
    speaks it (a German shop does not write "Jänner" to Vienna, nor "10%" to Zurich), and another language in
    the variety of the customer's country."""
    if lang == config.shop.lang:
        return babel_locale(lang, config.shop.country)
    return babel_locale(lang, country)


@lru_cache(maxsize=4096)
def money(amount: Decimal, currency: str, locale: str) -> str:
    """`amount` in `currency` as written in `locale`: 49,90 € (de), 49,90 € (fr), €49.90 (en)."""
    return str(format_currency(amount, currency, locale=locale))


@lru_cache(maxsize=4096)
def day(value: date, locale: str) -> str:
    """A date as written in running text: 19. Januar 2027, 19 janvier 2027, January 19, 2027."""
    return str(format_date(value, "long", locale=locale))


@lru_cache(maxsize=1024)
def month(value: date, locale: str) -> str:
    """A month and year as in "since May 2023": Mai 2023, mai 2023, May 2023."""
    return str(format_date(value, "MMMM y", locale=locale))


@lru_cache(maxsize=256)
def percent(value: int, locale: str) -> str:
    """A whole percentage: 10 % (de, fr, with a no-break space), 10% (en)."""
    return str(format_percent(Decimal(value) / 100, locale=locale))


@lru_cache(maxsize=1024)
def number(value: int, locale: str) -> str:
    """A whole number with the locale's grouping: 1.000, 1 000, 1,000."""
    return str(format_decimal(value, locale=locale))
