"""Compose the notes of the seventh reading (notes7-*.txt) from a list of product names the editor chose (names7-*.tsv,
one per line: name<TAB>variant), with the orders and shops of `make_notes.py`.

.venv/bin/python tests/data/voice/review/make_notes7.py de tests/data/voice/review/names7-de.tsv 211 \
    tests/data/voice/review/notes7-de.txt
"""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_notes


def main() -> None:
    lang, names_path, seed, out_path = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3]), Path(sys.argv[4])
    names = []
    for line in names_path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, variant = line.partition("\t")
            names.append((name.strip(), variant.strip()))
    config = make_notes.load_config(make_notes.ROOT / "samples" / make_notes.SHOP[lang] / "notegen.toml")
    out = []
    for i, order in enumerate(make_notes.make_orders(len(names), lang, seed=seed)):
        name, variant = names[i]
        extra = order.items[1:2] if i % 3 == 0 else ()
        quantity = 3 if i % 4 == 1 else 2 if i % 4 == 3 else 1
        items = (make_notes.Item(name, variant=variant, quantity=quantity), *extra)
        order = dataclasses.replace(order, items=items)
        note = make_notes.compose(order, config, make_notes.NOW, secret="review-secret")
        out.append(f"### Note {i + 1} (order {order.order_id})\n" + make_notes.describe(order, note))
    out_path.write_text("\n".join(out), encoding="utf-8")


if __name__ == "__main__":
    main()
