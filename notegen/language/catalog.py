"""The shop's catalog: how to name its products, per product and language, where it knows better than the lexicon.

A CSV file (UTF-8, a header line; `[shop] catalog` in notegen.toml names it) with the columns

- `product`: the product name exactly as the orders write it, or its SKU;
- `lang`: de, fr or en;
- `phrase`: how a note writes the product after its article ("Leggings schwarz", "doudou lapin");
- `gender`: m, f or n (de), m or f (fr), empty (en); `pl` when the phrase is plural ("Leggings schwarz");
- `plural`: the phrase in the plural, for a quantity above one; `-` for a product not counted ("Blütenhonig").

Other columns (`certain`, `example`, which `notegen catalog` drafts) are ignored. An entry wins over the
lexicon; the note builds articles, counts and cases around its phrase.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from notegen.errors import ConfigError
from notegen.language.phrase import Head
from notegen.model import LANGS, Item

COLUMNS = ("product", "lang", "phrase", "gender", "plural")
GENDERS = {"de": ("m", "f", "n", "pl"), "fr": ("m", "f", "pl"), "en": ("", "pl")}


@dataclass(frozen=True, slots=True)
class CatalogEntry:
    """How the shop names one product in one language."""

    product: str
    lang: str
    phrase: str
    gender: str
    plural: str

    def head(self) -> Head:
        """The entry as the head noun the phrase builders take: the whole phrase is the "noun"."""
        mass = self.plural == "-"
        plural = self.phrase if self.gender == "pl" else ("" if mass else self.plural)
        gender = "" if self.gender == "pl" else self.gender
        return Head(self.phrase, 0, gender, self.gender == "pl", plural, mass, source="catalog")


@dataclass(frozen=True, eq=False)
class Catalog:
    """A shop's catalog, looked up by SKU or product name (compared by identity: one per file and version)."""

    entries: dict[tuple[str, str], CatalogEntry]
    path: str = ""

    def find(self, item: Item, lang: str) -> CatalogEntry | None:
        """The entry for `item` in `lang`: by its SKU, else by its name; None when the shop has none."""
        if item.sku:
            found = self.entries.get((item.sku.casefold(), lang))
            if found is not None:
                return found
        return self.entries.get((item.name.strip().casefold(), lang))


def _entry(row: dict[str, str], where: str) -> CatalogEntry:
    values = {column: (row.get(column) or "").strip() for column in COLUMNS}
    if not values["product"]:
        raise ConfigError(f"{where}: product is empty; give the product name as the orders write it, or its SKU")
    lang = values["lang"]
    if lang not in LANGS:
        raise ConfigError(f"{where}: lang {lang!r} is not one of {', '.join(LANGS)}")
    if not values["phrase"]:
        raise ConfigError(f"{where}: phrase is empty; write how a note names the product after its article")
    if values["gender"] not in GENDERS[lang]:
        allowed = ", ".join(g or "empty" for g in GENDERS[lang])
        raise ConfigError(f"{where}: gender {values['gender']!r} is not one of {allowed} for {lang}")
    if not values["plural"] and values["gender"] != "pl":
        raise ConfigError(f"{where}: plural is empty; write the phrase in the plural, or - if it is not counted")
    return CatalogEntry(**values)


def parse_catalog(text: str, name: str) -> Catalog:
    """A catalog from the text of its CSV file; `name` is the file named in error messages."""
    reader = csv.DictReader(io.StringIO(text.removeprefix("\ufeff"), newline=""))
    missing = [column for column in COLUMNS if column not in (reader.fieldnames or ())]
    if missing:
        raise ConfigError(f"{name}:1: missing column(s) {', '.join(missing)}; the header needs {', '.join(COLUMNS)}")
    entries: dict[tuple[str, str], CatalogEntry] = {}
    for row in reader:
        where = f"{name}:{reader.line_num}"
        entry = _entry(row, where)
        key = (entry.product.casefold(), entry.lang)
        if key in entries:
            raise ConfigError(f"{where}: {entry.product!r} ({entry.lang}) is in the catalog twice; keep one line")
        entries[key] = entry
    return Catalog(entries, name)


@lru_cache(maxsize=8)
def _load(path: str, stamp: float) -> Catalog:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(
            f"{path}: no such catalog file; draft one with `notegen catalog ORDERS -o {path}`, or remove [shop] catalog"
        ) from None
    except UnicodeDecodeError as error:
        raise ConfigError(f"{path}: byte {error.start} is not valid UTF-8; save the catalog as UTF-8") from None
    return parse_catalog(text, path)


def load_catalog(path: Path) -> Catalog:
    """The catalog file at `path`, read once per version of the file."""
    try:
        stamp = path.stat().st_mtime
    except OSError:
        stamp = -1.0
    return _load(str(path), stamp)
