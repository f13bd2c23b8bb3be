"""The shop's `notegen.toml`: who the shop is, who signs, what the notes offer, how mail goes out.

Each section is a frozen dataclass with defaults; unknown keys and wrong types are errors that name the
file and the key. Texts a shop writes in its own words may be a plain string or a table per language
(``impact = { de = "...", fr = "..." }``).
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass, field, fields
from datetime import date
from pathlib import Path
from typing import Any, get_type_hints

from notegen.errors import ConfigError
from notegen.model import LANGS

LocalText = dict[str, str]
"""A text per language; the key "*" holds a text given as a plain string (used for every language)."""


def local(text: LocalText, lang: str) -> str:
    """The text of `text` for `lang`: its own language, else the plain one, else English, else ""."""
    return text.get(lang) or text.get("*") or text.get("en") or ""


@dataclass(frozen=True)
class Shop:
    name: str = ""
    kind: str = "shop"  # shop | nonprofit
    default_locale: str = "en"  # de | fr | en, or with the shop's country: de-AT, fr-CH, en-GB
    website: str = ""
    logo: str = ""  # a local file, relative to the config file
    color: str = "#2f4f4f"
    accent: str = "#b5651d"
    templates: str = ""  # the shop's own note templates: a folder with <lang>/<occasion>.txt.j2, relative to the config
    catalog: str = ""  # how to name the products (CSV: product, lang, phrase, gender, plural), relative to the config
    occasions: tuple[str, ...] = ()  # the shop's own occasions: "christmas: 12-01..12-24", "comeback: code WELCOME"

    @property
    def lang(self) -> str:
        """The shop's own language: "de" of "de-AT"."""
        return self.default_locale[:2]

    @property
    def country(self) -> str:
        """The shop's own country, "AT" of "de-AT" ("" when the locale names none)."""
        return self.default_locale[3:]


@dataclass(frozen=True)
class Signer:
    name: str = ""
    role: LocalText = field(default_factory=dict)


NAMES = ("full", "first")
"""How a formal note (Sie, vous) names a customer whose title is not on file: by the full name ("Guten Tag Noah
Weber", « Bonjour Sophie Martin ») or by the first name ("Hallo Noah", « Bonjour Sophie »)."""


@dataclass(frozen=True)
class Formality:
    """The register per language, and per language how a formal note names a customer known by name but not by
    title (`NAMES`); a customer whose title is on file is "Frau Weber", « Madame Martin » under "full", and now
    the title, now the first name under "first"."""

    de: str = "sie"  # sie | du
    fr: str = "vous"  # vous | tu
    de_name: str = "full"  # full | first
    fr_name: str = "first"  # full | first

    def name(self, lang: str) -> str:
        """How a formal note in `lang` names a customer without a title on file: "full" or "first"."""
        return str(getattr(self, f"{lang}_name", "first"))


@dataclass(frozen=True)
class Gift:
    enabled: bool = False
    kind: str = "code"  # code | points | sample
    percent: int = 10
    points: int = 0
    sample: LocalText = field(default_factory=dict)
    expires_days: int = 60
    prefix: str = "THANKS"
    secret_env: str = "NOTEGEN_SECRET"
    secret_file: str = ""  # a file beside the config holding the secret, readable by its owner only


@dataclass(frozen=True)
class Referral:
    enabled: bool = False
    percent: int = 10
    url: str = ""
    prefix: str = "FRIEND"


@dataclass(frozen=True)
class Support:
    enabled: bool = True
    review_url: str = ""
    share_url: str = ""


ASKS = ("review", "referral", "share", "newsletter")
"""What a note may ask for: a review, a code passed to a friend, a share, signing up for the newsletter."""


@dataclass(frozen=True)
class Asks:
    """Which asks a note makes: per occasion, the asks in the order the shop prefers them; a note takes the first
    `most` of them that it can make (the shop offers it, and it applies: no newsletter for a customer who
    already agreed). A shop's own occasion follows first_order or returning."""

    most: int = 2
    first_order: tuple[str, ...] = ("newsletter", "share", "review", "referral")
    returning: tuple[str, ...] = ("review", "referral", "share", "newsletter")
    gift: tuple[str, ...] = ("review", "referral", "share", "newsletter")
    donation: tuple[str, ...] = ("share", "newsletter")


@dataclass(frozen=True)
class Newsletter:
    enabled: bool = False
    url: str = ""


@dataclass(frozen=True)
class Service:
    enabled: bool = True
    email: str = ""
    phone: str = ""
    hours: LocalText = field(default_factory=dict)
    response_days: int = 2
    complaints: LocalText = field(default_factory=dict)  # how a complaint is resolved, in the shop's words


@dataclass(frozen=True)
class Reply:
    enabled: bool = True  # answer what the customer wrote in their order note
    answered_by: str = ""  # who answers questions and requests in order notes; "" = the note promises no answer
    delivery: LocalText = field(default_factory=dict)  # the shop's answer to "when does my parcel come?"; "" = none


@dataclass(frozen=True)
class Donation:
    impact: LocalText = field(default_factory=dict)
    products: tuple[str, ...] = ()  # product names or SKUs that are donations (see notegen.language.donations)


@dataclass(frozen=True)
class Email:
    sender: str = ""
    reply_to: str = ""


@dataclass(frozen=True)
class Smtp:
    host: str = ""
    port: int = 587
    security: str = "starttls"  # starttls | ssl | none
    username: str = ""
    password_env: str = "NOTEGEN_SMTP_PASSWORD"
    timeout: int = 30


@dataclass(frozen=True)
class Insert:
    size: str = "A6"
    bleed_mm: int = 0
    crop_marks: bool = False
    gift: bool = True  # print an insert for gift orders (a gift message for the recipient); false = none


@dataclass(frozen=True)
class Lint:
    score_threshold: int = 50


@dataclass(frozen=True)
class ShopConfig:
    shop: Shop = field(default_factory=Shop)
    signer: Signer = field(default_factory=Signer)
    formality: Formality = field(default_factory=Formality)
    gift: Gift = field(default_factory=Gift)
    referral: Referral = field(default_factory=Referral)
    support: Support = field(default_factory=Support)
    newsletter: Newsletter = field(default_factory=Newsletter)
    asks: Asks = field(default_factory=Asks)
    service: Service = field(default_factory=Service)
    reply: Reply = field(default_factory=Reply)
    donation: Donation = field(default_factory=Donation)
    email: Email = field(default_factory=Email)
    smtp: Smtp = field(default_factory=Smtp)
    insert: Insert = field(default_factory=Insert)
    lint: Lint = field(default_factory=Lint)
    path: Path | None = field(default=None, compare=False)

    @property
    def base_dir(self) -> Path:
        """The folder relative paths in the config (the logo) are taken from."""
        return self.path.parent if self.path else Path.cwd()


CHOICES: dict[tuple[str, str], tuple[str, ...]] = {
    ("shop", "kind"): ("shop", "nonprofit"),
    ("formality", "de"): ("sie", "du"),
    ("formality", "fr"): ("vous", "tu"),
    ("formality", "de_name"): NAMES,
    ("formality", "fr_name"): NAMES,
    ("gift", "kind"): ("code", "points", "sample"),
    ("smtp", "security"): ("starttls", "ssl", "none"),
    ("insert", "size"): ("A6", "A5", "DL", "4x6", "a4-4up"),
}
_TYPE_NAMES = {str: "a string", int: "an integer", bool: "true or false"}
_OCCASION = re.compile(
    r"^\s*(?P<name>[a-z][a-z0-9_-]*)\s*:\s*(?:code\s+(?P<code>\S+)|"
    r"(?P<start>\d{2}-\d{2})\s*\.\.\s*(?P<end>\d{2}-\d{2}))\s*$"
)


@dataclass(frozen=True)
class OccasionRule:
    """A shop's own occasion: the template it uses and when: a discount code, or days of the year (both ends in)."""

    name: str
    code: str = ""
    start: tuple[int, int] = (0, 0)
    end: tuple[int, int] = (0, 0)

    def applies(self, codes: tuple[str, ...], day: date | None) -> bool:
        """Whether an order with these discount codes, placed on `day`, is this occasion."""
        if self.code:
            return any(code.upper() == self.code.upper() for code in codes)
        if day is None:
            return False
        today = (day.month, day.day)
        if self.start <= self.end:
            return self.start <= today <= self.end
        return today >= self.start or today <= self.end


def occasion_rule(text: str, where: str = "notegen.toml") -> OccasionRule:
    """Parse one entry of [shop] occasions ("christmas: 12-01..12-24" or "comeback: code WELCOME")."""
    match = _OCCASION.match(text)
    problem = "" if match else "is not understood; write it as 'name: MM-DD..MM-DD' or 'name: code CODE'"
    if match and match["start"]:
        try:
            for value in (match["start"], match["end"]):
                date(2024, int(value[:2]), int(value[3:]))
        except ValueError:
            problem = "has a day that does not exist"
    if not match or problem:
        raise ConfigError(f"{where}: [shop] occasions: {text!r} {problem}")
    if not match["code"]:
        start, end = match["start"], match["end"]
        return OccasionRule(match["name"], start=(int(start[:2]), int(start[3:])), end=(int(end[:2]), int(end[3:])))
    return OccasionRule(match["name"], code=match["code"])


def _checked_text(where: str, section: str, key: str, text: str) -> str:
    """A text of the config with Windows line ends as "\n"; any other control character is an error naming the
    key: a bare CR or a form feed would reach the notes and the mail headers as they are."""
    text = text.replace("\r\n", "\n")
    for char in text:
        if char != "\n" and unicodedata.category(char) == "Cc":
            raise ConfigError(
                f"{where}: [{section}] {key} contains the control character U+{ord(char):04X}; remove it "
                "(write line breaks in a multi-line string)"
            )
    return text


def _texts(where: str, section: str, key: str, value: Any) -> Any:
    """`value` with each text in it checked by `_checked_text` (a string, a list or a table of strings)."""
    if isinstance(value, str):
        return _checked_text(where, section, key, value)
    if isinstance(value, list):
        return [_texts(where, section, key, v) for v in value]
    if isinstance(value, dict):
        return {k: _texts(where, section, f"{key}.{k}", v) for k, v in value.items()}
    return value


def _value(where: str, section: str, key: str, expected: Any, value: Any) -> Any:
    value = _texts(where, section, key, value)
    if expected is LocalText or expected == dict[str, str]:
        if isinstance(value, str):
            return {"*": value}
        if isinstance(value, dict) and all(k in LANGS and isinstance(v, str) for k, v in value.items()):
            return dict(value)
        raise ConfigError(f"{where}: [{section}] {key} must be a string or a table of de/fr/en strings")
    if expected == tuple[str, ...]:
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            return tuple(value)
        raise ConfigError(f"{where}: [{section}] {key} must be a list of strings")
    if (expected is int and isinstance(value, bool)) or not isinstance(value, expected):
        raise ConfigError(
            f"{where}: [{section}] {key} must be {_TYPE_NAMES[expected]}, got {type(value).__name__} {value!r}"
        )
    if (section, key) == ("shop", "default_locale"):
        return _locale(where, value)
    choices = CHOICES.get((section, key))
    if choices and value not in choices:
        raise ConfigError(f"{where}: [{section}] {key} must be one of {', '.join(choices)}, got {value!r}")
    return value


_LOCALE = re.compile(r"^(?P<lang>[a-z]{2})(?:[-_](?P<country>[A-Za-z]{2}))?$")


def _locale(where: str, value: str) -> str:
    """A shop's locale as "de" or "de-AT": one of the note languages, with the shop's own country if given."""
    found = _LOCALE.match(value)
    if not found or found["lang"] not in LANGS:
        raise ConfigError(
            f"{where}: [shop] default_locale must be one of {', '.join(LANGS)}, optionally with the shop's "
            f"country (de-AT, fr-CH, en-GB), got {value!r}"
        )
    return found["lang"] + (f"-{found['country'].upper()}" if found["country"] else "")


def _section(where: str, name: str, cls: type[Any], table: Any) -> Any:
    if not isinstance(table, dict):
        raise ConfigError(f"{where}: [{name}] must be a table")
    hints = get_type_hints(cls)
    known = {f.name for f in fields(cls)}
    values = {}
    for key, value in table.items():
        if key not in known:
            raise ConfigError(f"{where}: unknown key [{name}] {key}; known keys: {', '.join(sorted(known))}")
        values[key] = _value(where, name, key, hints[key], value)
    return cls(**values)


def parse_config(data: dict[str, Any], where: str = "notegen.toml", path: Path | None = None) -> ShopConfig:
    """Build a `ShopConfig` from parsed TOML; `where` names the file in error messages."""
    hints = get_type_hints(ShopConfig)
    sections = {f.name for f in fields(ShopConfig) if f.name != "path"}
    values: dict[str, Any] = {}
    for name, table in data.items():
        if name not in sections:
            raise ConfigError(f"{where}: unknown section [{name}]; known sections: {', '.join(sorted(sections))}")
        values[name] = _section(where, name, hints[name], table)
    config = ShopConfig(**values, path=path)
    if not config.shop.name:
        raise ConfigError(f"{where}: [shop] name is missing; the notes are written in the shop's name")
    if not config.signer.name:
        raise ConfigError(f"{where}: [signer] name is missing; a real person of the shop signs every note")
    for text in config.shop.occasions:
        occasion_rule(text, where)
    _check_asks(config.asks, where)
    return config


def _check_asks(asks: Asks, where: str) -> None:
    if not 0 <= asks.most <= 2:
        raise ConfigError(
            f"{where}: [asks] most must be 0, 1 or 2 (a good note asks for two things at most), got {asks.most}"
        )
    for name in ("first_order", "returning", "gift", "donation"):
        for ask in getattr(asks, name):
            if ask not in ASKS:
                raise ConfigError(f"{where}: [asks] {name}: unknown ask {ask!r}; use {', '.join(ASKS)}")


def load_config(path: Path) -> ShopConfig:
    """Read and check a `notegen.toml`."""
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such config file; create one with `notegen init`") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: not valid TOML: {error}") from None
    except OSError as error:
        raise ConfigError(f"{path}: cannot read: {error.strerror}") from None
    return parse_config(data, str(path), path.resolve())
