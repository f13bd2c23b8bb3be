"""Compose the 25 notes per language of the third review (notes3-*.txt): the sample shops, other varied orders
(seed 91) and other product names than the first two reviews'; the rest as `make_notes.py` does it.

.venv/bin/python tests/data/voice/review/make_notes3.py
"""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_notes

FRESH = {
    "de": [
        ("Isomatte selbstaufblasend", ""),
        ("Espressokocher 6 Tassen", ""),
        ("Kuscheltier Hase", "Beige"),
        ("Gesichtscreme 50 ml", ""),
        ("Laufshorts Herren", "Gr. L"),
        ("Akkuschrauber 18 V", ""),
        ("Socken 3er-Pack", "Anthrazit"),
        ("Wasserkocher Edelstahl 1,7 l", ""),
        ("Blumentopf Terrakotta Ø 20 cm", ""),
        ("Teekanne Gusseisen", "Schwarz"),
        ("Schneidebrett Eiche", ""),
        ("Schlafsack Daune", ""),
        ("Lesebrille +2,0", ""),
        ("Puzzle 1000 Teile", ""),
        ("Kochbuch „Einfach vegan“", ""),
        ("Seifenschale", ""),
        ("Handcreme Lavendel", ""),
        ("Spielzeugauto Holz", ""),
        ("Gießkanne Zink 5 l", ""),
        ("Kopfhörer Bluetooth", "Weiß"),
        ("Zeltheringe 10 Stück", ""),
        ("Sonnenbrille polarisiert", ""),
        ("Bettwäsche Satin 135x200", "Taubenblau"),
        ("Strickmütze", "Senf"),
        ("Badeente", ""),
    ],
    "fr": [
        ("Matelas autogonflant", ""),
        ("Cafetière italienne 6 tasses", ""),
        ("Peluche lapin", "Beige"),
        ("Crème visage 50 ml", ""),
        ("Short de course homme", "Taille L"),
        ("Perceuse-visseuse 18 V", ""),
        ("Chaussettes lot de 3", "Anthracite"),
        ("Bouilloire inox 1,7 L", ""),
        ("Pot de fleurs en terre cuite", ""),
        ("Théière en fonte", "Noir"),
        ("Planche à découper en chêne", ""),
        ("Sac de couchage en duvet", ""),
        ("Lunettes de lecture +2,0", ""),
        ("Puzzle 1000 pièces", ""),
        ("Livre de cuisine « Simplement végétal »", ""),
        ("Porte-savon", ""),
        ("Crème pour les mains Lavande", ""),
        ("Voiture en bois", ""),
        ("Arrosoir en zinc 5 L", ""),
        ("Casque Bluetooth", "Blanc"),
        ("Hache de camping", ""),
        ("Lunettes de soleil polarisées", ""),
        ("Housse de coussin en velours", "Bleu canard"),
        ("Bonnet en laine", "Moutarde"),
        ("Huile d'olive vierge extra 75 cl", ""),
    ],
    "en": [
        ("Self-Inflating Sleeping Mat", ""),
        ("Stovetop Espresso Maker 6 Cup", ""),
        ("Plush Bunny", "Beige"),
        ("Face Cream 50ml", ""),
        ("Men's Running Shorts", "Size L"),
        ("Cordless Drill 18V", ""),
        ("Wool Socks (3 Pack)", "Charcoal"),
        ("Stainless Steel Kettle 1.7L", ""),
        ("Terracotta Plant Pot 20cm", ""),
        ("Cast Iron Teapot", "Black"),
        ("Oak Chopping Board", ""),
        ("Down Sleeping Bag", ""),
        ("Reading Glasses +2.0", ""),
        ("1000 Piece Jigsaw Puzzle", ""),
        ("The Green Kitchen Cookbook", ""),
        ("Soap Dish", ""),
        ("Lavender Hand Cream", ""),
        ("Wooden Toy Car", ""),
        ("Zinc Watering Can 5L", ""),
        ("Bluetooth Headphones", "White"),
        ("Tent Pegs (Pack of 10)", ""),
        ("Polarised Sunglasses", ""),
        ("Velvet Cushion Cover", "Teal"),
        ("Wool Beanie", "Mustard"),
        ("Enamel Camping Mug", ""),
    ],
}


def main() -> None:
    for lang in ("de", "fr", "en"):
        config = make_notes.load_config(make_notes.ROOT / "samples" / make_notes.SHOP[lang] / "notegen.toml")
        out = []
        for i, order in enumerate(make_notes.make_orders(25, lang, seed=91)):
            name, variant = FRESH[lang][i]
            extra = order.items[1:2] if i % 3 == 0 else ()
            items = (make_notes.Item(name, variant=variant, quantity=3 if i % 4 == 1 else 1), *extra)
            order = dataclasses.replace(order, items=items)
            note = make_notes.compose(order, config, make_notes.NOW, secret="review-secret")
            out.append(f"### Note {i + 1} (order {order.order_id})\n" + make_notes.describe(order, note))
        Path(__file__).with_name(f"notes3-{lang}.txt").write_text("\n".join(out), encoding="utf-8")


if __name__ == "__main__":
    main()
