"""Languages: which one each order is written in, and the fixed strings of each language.

The fixed strings live in `locales/<lang>/messages.po`, read with Babel (no compile step).
"""

from __future__ import annotations

from functools import cache

from babel.messages.pofile import read_po

from .config import ShopConfig
from .model import LANGS, Order
from .resources import locales_dir

COUNTRY_LANG = {"DE": "de", "AT": "de", "LI": "de", "FR": "fr", "BE": "fr", "LU": "fr", "MC": "fr"}


def choose_lang(order: Order, config: ShopConfig) -> str:
    """The order's language: its own locale, else its shipping country, else the shop default."""
    if order.locale in LANGS:
        return order.locale
    return COUNTRY_LANG.get(order.shipping_country, config.shop.default_locale)


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
