"""The shop's catalog wins over the lexicon; `notegen catalog` drafts it; a bad catalog is an error that names
file, line and field; an item the lexicon cannot name gets a warning in the run's report."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from notegen.cli import main
from notegen.compose.composer import compose
from notegen.config import ShopConfig
from notegen.errors import ConfigError
from notegen.language.catalog import load_catalog
from notegen.language.items import ITEM_WARNING
from tests.compose.shops import NOW, SECRET, atelier, order, wollwerk

CATALOG = """product,lang,phrase,gender,plural
Leggings schwarz,de,Leggings in Schwarz,pl,
Doudou lapin,fr,doudou lapin,m,doudous lapins
SKU-7,de,Blütenhonig aus der Heide,m,-
"""


def _with_catalog(config: ShopConfig, folder: Path, text: str = CATALOG) -> ShopConfig:
    (folder / "catalog.csv").write_text(text, encoding="utf-8")
    shop = dataclasses.replace(config.shop, catalog="catalog.csv")
    return dataclasses.replace(config, shop=shop, path=folder / "notegen.toml")


def _item(name: str, quantity: int = 1, sku: str = "") -> list[dict[str, object]]:
    return [{"name": name, "quantity": quantity, "price": "12.00", "sku": sku}]


def test_an_item_the_lexicon_cannot_name_gets_a_phrase_without_agreement_and_a_warning() -> None:
    note = compose(order(items=_item("Furoshiki schwarz"), locale="de"), wollwerk(), NOW, secret=SECRET)
    assert "Artikel „Furoshiki schwarz“" in note.text
    assert note.attention and "Furoshiki schwarz" in note.attention[0] and "catalog" in note.attention[0]


def test_the_catalog_wins_over_the_lexicon(tmp_path: Path) -> None:
    config = _with_catalog(wollwerk(), tmp_path)
    note = compose(order(items=_item("Leggings schwarz", 2), locale="de"), config, NOW, secret=SECRET)
    assert "Leggings in Schwarz" in note.text and "Artikel" not in note.text and not note.attention
    said = note.subject + note.text
    assert "die beiden leggings in schwarz" in said.lower() or "Ihre beiden Leggings in Schwarz" in said
    french = _with_catalog(atelier(), tmp_path)
    note = compose(order(items=_item("Doudou lapin", 3), locale="fr"), french, NOW, secret=SECRET)
    assert "trois doudous lapins" in note.text and "la doudou" not in note.text
    by_sku = compose(order(items=_item("Honig 500 g", 3, sku="SKU-7"), locale="de"), config, NOW, secret=SECRET)
    assert "Blütenhonig aus der Heide" in by_sku.text and "drei Blütenhonig" not in by_sku.text


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("product,lang,phrase,gender\nX,de,X,m\n", "catalog.csv:1: missing column(s) plural"),
        ("product,lang,phrase,gender,plural\nX,de,X,q,Xe\n", "catalog.csv:2: gender 'q' is not one of m, f, n, pl"),
        ("product,lang,phrase,gender,plural\nX,it,X,m,Xe\n", "catalog.csv:2: lang 'it' is not one of"),
        ("product,lang,phrase,gender,plural\nX,de,,m,Xe\n", "catalog.csv:2: phrase is empty"),
        ("product,lang,phrase,gender,plural\nX,de,X,m,\n", "catalog.csv:2: plural is empty"),
        (
            "product,lang,phrase,gender,plural\nX,de,X,m,Xe\nx,de,X,m,Xe\n",
            "catalog.csv:3: 'x' (de) is in the catalog twice",
        ),
    ],
)
def test_a_bad_catalog_names_file_line_and_field(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "catalog.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as error:
        load_catalog(path)
    assert message in str(error.value)


def test_a_missing_catalog_file_says_how_to_draft_one(tmp_path: Path) -> None:
    config = dataclasses.replace(wollwerk(), shop=dataclasses.replace(wollwerk().shop, catalog="nope.csv"))
    config = dataclasses.replace(config, path=tmp_path / "notegen.toml")
    with pytest.raises(ConfigError, match="no such catalog file; draft one with `notegen catalog ORDERS"):
        compose(order(locale="de"), config, NOW, secret=SECRET)


def _orders_file(folder: Path) -> Path:
    orders = [
        {"order_id": "A-1", "locale": "de", "customer": {"first_name": "Jo", "email": "jo@example.org"},
         "items": [{"name": "Gießkanne Zink", "quantity": 1, "price": "20"},
                   {"name": "Furoshiki schwarz", "quantity": 1, "price": "20"}]},
        {"order_id": "A-2", "locale": "fr", "customer": {"first_name": "Lou", "email": "lou@example.org"},
         "items": [{"name": "Housse de coussin", "quantity": 2, "price": "20"}]},
    ]  # fmt: skip
    path = folder / "orders.json"
    path.write_text(json.dumps(orders), encoding="utf-8")
    return path


def test_notegen_catalog_drafts_every_product_with_its_phrase_and_certainty(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["catalog", str(_orders_file(tmp_path)), "-o", str(tmp_path / "draft.csv")])
    assert result.exit_code == 0, result.output
    assert result.stderr == "3 products, 1 to confirm (certain = no)\n"
    assert (tmp_path / "draft.csv").read_text(encoding="utf-8") == (
        "product,lang,phrase,gender,plural,certain,example\n"
        "Gießkanne Zink,de,Gießkanne Zink,f,Gießkannen Zink,yes,die Gießkanne Zink\n"
        "Furoshiki schwarz,de,Furoshiki schwarz,,,no,den Artikel „Furoshiki schwarz“\n"
        "Housse de coussin,fr,housse de coussin,f,housses de coussin,yes,la housse de coussin\n"
    )


def test_a_confirmed_draft_is_a_catalog(tmp_path: Path) -> None:
    CliRunner().invoke(main, ["catalog", str(_orders_file(tmp_path)), "-o", str(tmp_path / "draft.csv")])
    draft = (tmp_path / "draft.csv").read_text(encoding="utf-8")
    (tmp_path / "catalog.csv").write_text(draft.replace("schwarz,,,no", "schwarz,pl,,yes"), encoding="utf-8")
    catalog = load_catalog(tmp_path / "catalog.csv")
    assert len(catalog.entries) == 3


def test_the_report_warns_about_an_item_named_without_agreement(tmp_path: Path) -> None:
    config = tmp_path / "notegen.toml"
    config.write_text(
        '[shop]\nname = "Wollwerk"\ndefault_locale = "de"\n[signer]\nname = "Katrin Vogel"\n'
        '[email]\nsender = "Katrin <k@wollwerk.example>"\n'
    )
    outbox, report = tmp_path / "outbox", tmp_path / "report.json"
    result = CliRunner().invoke(
        main,
        ["render", str(_orders_file(tmp_path)), "--to", "email", "-o", str(outbox), "--config", str(config),
         "--report", str(report), "--jobs", "1", "--quiet"],
    )  # fmt: skip
    assert report.is_file(), result.output
    entries = {entry["order_id"]: entry for entry in json.loads(report.read_text(encoding="utf-8"))["orders"]}
    warnings = [f for f in entries["A-1"]["findings"] if f["code"] == ITEM_WARNING]
    assert len(warnings) == 1 and warnings[0]["severity"] == "warning" and "Furoshiki schwarz" in warnings[0]["message"]
    assert not [f for f in entries["A-2"]["findings"] if f["code"] == ITEM_WARNING]


SHOP_CATALOGS = {
    "de": (
        "Wollwerk",
        """product,lang,phrase,gender,plural
Taschenlampe LED,de,LED-Taschenlampe,f,LED-Taschenlampen
Salatschüssel Olivenholz,de,Salatschüssel aus Olivenholz,f,Salatschüsseln aus Olivenholz
Bienenwachstücher 3er-Set,de,Dreierset Bienenwachstücher,n,Dreiersets Bienenwachstücher
""",
    ),
    "fr": (
        "L'Atelier Figuier",
        """product,lang,phrase,gender,plural
Mug isotherme 350 ml,fr,mug isotherme de 350 ml,m,mugs isothermes de 350 ml
Lampe chevet laiton,fr,lampe de chevet en laiton,f,lampes de chevet en laiton
Savon olive lot de 3,fr,lot de trois savons à l'olive,m,lots de trois savons à l'olive
""",
    ),
    "en": (
        "Tidal Pottery",
        """product,lang,phrase,gender,plural
Mug Speckled 12oz,en,speckled 12oz mug,,speckled 12oz mugs
Tea Towel Linen Sage,en,sage linen tea towel,,sage linen tea towels
Beeswax Wraps (Set of 3),en,set of three beeswax wraps,,sets of three beeswax wraps
""",
    ),
}


@pytest.mark.parametrize("lang", ["de", "fr", "en"])
def test_notes_that_name_items_by_the_catalog_are_produced_not_rejected(tmp_path: Path, lang: str) -> None:
    """The catalog's phrases are the shop's own words: the lint takes them as the item, in every order of a run
    (first and returning customers, one and three of a product)."""
    shop, catalog = SHOP_CATALOGS[lang]
    (tmp_path / "catalog.csv").write_text(catalog, encoding="utf-8")
    (tmp_path / "notegen.toml").write_text(
        f'[shop]\nname = "{shop}"\ndefault_locale = "{lang}"\ncatalog = "catalog.csv"\n'
        '[signer]\nname = "Katrin Vogel"\n[email]\nsender = "Katrin <k@shop.example>"\n',
        encoding="utf-8",
    )
    rows = [line.split(",") for line in catalog.splitlines()[1:]]
    orders = [
        {
            "order_id": f"K-{n}",
            "locale": lang,
            "placed_at": "2026-11-20T10:00:00+01:00",
            "customer": {"first_name": ["Anna", "Louis", "Maya", "Jonas"][n % 4], "last_name": "Roux",
                         "email": f"k{n}@example.org", "orders_count": 1 + n % 3},
            "items": [{"name": rows[n % 3][0], "quantity": 1 if n < 3 else 3, "price": "12.00"}],
        }
        for n in range(6)
    ]  # fmt: skip
    (tmp_path / "orders.json").write_text(json.dumps(orders, ensure_ascii=False), encoding="utf-8")
    outbox, report = tmp_path / "outbox", tmp_path / "report.json"
    result = CliRunner().invoke(
        main,
        ["render", str(tmp_path / "orders.json"), "--to", "email", "-o", str(outbox), "--config",
         str(tmp_path / "notegen.toml"), "--report", str(report), "--jobs", "1", "--quiet"],
        env={"NOTEGEN_SECRET": SECRET},
    )  # fmt: skip
    assert report.is_file(), result.output
    entries = json.loads(report.read_text(encoding="utf-8"))["orders"]
    assert [(e["order_id"], e["status"]) for e in entries] == [(f"K-{n}", "ok") for n in range(6)], entries
    for n in range(6):
        text = (outbox / f"K-{n}.html").read_text(encoding="utf-8")
        phrase = rows[n % 3][2] if n < 3 else rows[n % 3][4]
        assert phrase.replace("'", "&#39;") in text or phrase in text, (n, phrase)
