"""Compose the 25 notes per language that the native editors read (notes-*.txt): the sample shops, varied
orders from tests/factory.py, and product names that appear in no test table.

.venv/bin/python tests/data/voice/review/make_notes.py
"""

from __future__ import annotations

import dataclasses
import sys
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[4]
sys.path.insert(0, str(ROOT))

from notegen.compose.composer import compose  # noqa: E402
from notegen.config import load_config  # noqa: E402
from notegen.model import Item  # noqa: E402
from tests.factory import make_orders  # noqa: E402

FRESH = {
    "de": [
        ("Kaffeemühle aus Buchenholz", ""),
        ("Gartenschlauch 20 m", ""),
        ("Wärmflasche mit Strickbezug", "Mohnrot"),
        ("Backpapier-Alternative Silikonmatte", ""),
        ("Schreibtischlampe „Lumo“", "Messing"),
        ("Fahrradhandschuhe", "Gr. M"),
        ("Nudelholz", ""),
        ("Kinderbuch „Der kleine Igel“", ""),
        ("Haarbürste Wildschwein", ""),
        ("Salatschüssel Olivenholz", ""),
        ("Regenschirm", ""),
        ("Thermosbecher 350 ml", "Salbei"),
        ("Bienenwachstücher 3er-Set", ""),
        ("Zahnbürste Bambus", ""),
        ("Brotmesser", ""),
        ("Tischläufer Leinen", "Natur"),
        ("Hängematte", ""),
        ("Taschenlampe LED", ""),
        ("Pfeffermühle", ""),
        ("Wanderstöcke", ""),
        ("Kerzenständer", ""),
        ("Schürze", ""),
        ("Futternapf Keramik", ""),
        ("Notizbuch A5 liniert", ""),
        ("Duftkerze Zedernholz", ""),
    ],
    "fr": [
        ("Moulin à café en hêtre", ""),
        ("Tuyau d'arrosage 20 m", ""),
        ("Bouillotte avec housse tricotée", "Rouge"),
        ("Lampe de bureau « Lumo »", "Laiton"),
        ("Gants de vélo", "Taille M"),
        ("Rouleau à pâtisserie", ""),
        ("Brosse à cheveux", ""),
        ("Saladier en bois d'olivier", ""),
        ("Parapluie", ""),
        ("Mug isotherme 350 ml", "Sauge"),
        ("Emballages à la cire d'abeille", ""),
        ("Brosse à dents en bambou", ""),
        ("Couteau à pain", ""),
        ("Chemin de table en lin", "Naturel"),
        ("Hamac", ""),
        ("Lampe torche LED", ""),
        ("Moulin à poivre", ""),
        ("Bâtons de randonnée", ""),
        ("Bougeoir", ""),
        ("Tablier", ""),
        ("Gamelle en céramique", ""),
        ("Carnet A5 ligné", ""),
        ("Bougie parfumée Cèdre", ""),
        ("Huile de massage", ""),
        ("Housse de couette", ""),
    ],
    "en": [
        ("Beech Coffee Grinder", ""),
        ("Garden Hose 20m", ""),
        ("Hot Water Bottle with Knitted Cover", "Poppy Red"),
        ("Desk Lamp “Lumo”", "Brass"),
        ("Cycling Gloves", "Size M"),
        ("Rolling Pin", ""),
        ("Boar Bristle Hairbrush", ""),
        ("Olive Wood Salad Bowl", ""),
        ("Umbrella", ""),
        ("Travel Mug 350ml", "Sage"),
        ("Beeswax Wraps (Set of 3)", ""),
        ("Bamboo Toothbrush", ""),
        ("Bread Knife", ""),
        ("Linen Table Runner", "Natural"),
        ("Hammock", ""),
        ("LED Torch", ""),
        ("Pepper Mill", ""),
        ("Hiking Poles", ""),
        ("Candle Holder", ""),
        ("Apron", ""),
        ("Ceramic Dog Bowl", ""),
        ("A5 Lined Notebook", ""),
        ("Cedarwood Scented Candle", ""),
        ("Massage Oil", ""),
        ("Duvet Cover", ""),
    ],
}
SHOP = {"de": "de-wollwerk", "fr": "fr-atelier", "en": "en-harbour-trust"}
NOW = datetime.fromisoformat("2026-11-23T09:00:00+00:00")


def describe(order: object, note: object) -> str:
    """One note as the editor reads it: what was bought, what the customer wrote, whether the shop knows of earlier
    orders (first, returning or unknown), the subject and the text."""
    bought = "; ".join(f"{it.quantity} × {it.name}" + (f" ({it.variant})" if it.variant else "") for it in order.items)
    return (
        f"Items bought: {bought}\nCustomer's own note: {order.note or '(none)'}\n"
        f"Customer's history: {order.customer.history(NOW.date())}\n"
        f"Subject: {note.subject}\n\n{note.text}\n"
    )


def main() -> None:
    for lang in ("de", "fr", "en"):
        config = load_config(ROOT / "samples" / SHOP[lang] / "notegen.toml")
        out = []
        for i, order in enumerate(make_orders(25, lang, seed=77)):
            name, variant = FRESH[lang][i]
            extra = order.items[1:2] if i % 3 == 0 else ()
            items = (Item(name, variant=variant, quantity=3 if i % 4 == 1 else 1), *extra)
            order = dataclasses.replace(order, items=items)
            note = compose(order, config, NOW, secret="review-secret")
            out.append(f"### Note {i + 1} (order {order.order_id})\n" + describe(order, note))
        Path(__file__).with_name(f"notes-{lang}.txt").write_text("\n".join(out), encoding="utf-8")


if __name__ == "__main__":
    main()
