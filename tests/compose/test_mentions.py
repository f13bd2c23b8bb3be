"""Several things bought, named in one sentence in the order of the order's lines, and the one thing bought named
short in the subject line: "Ihre Bienenwachskerzen – und ein herzliches Dankeschön", never the catalogue line
"Die beiden Sets Bienenwachskerzen, 4er-Set – …" (the native readings' findings on which item comes first and
on subjects)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from notegen.compose.composer import compose
from notegen.compose.context import Variation
from notegen.compose.mentions import Deferred, standalone
from notegen.compose.templates import environment
from notegen.language.items import name_items
from notegen.model import Item, Note

from .shops import NOW, SECRET, harbour, informal, order, wollwerk


def _line(name: str, quantity: int = 1, price: str | None = None, variant: str = "") -> Item:
    return Item(name, quantity, Decimal(price) if price else None, variant)


def _order_id(subject_variant: int) -> str:
    """An order id whose subject is the phrasing `subject_variant` of the six."""
    return next(f"M-{n}" for n in range(1000) if Variation(f"M-{n}")("subject", 6) == subject_variant)


def _note(config: Any, items: list[dict[str, Any]], *, variant: int, lang: str = "de", orders: int = 1) -> Note:
    placed = order(
        order_id=_order_id(variant), locale=lang, items=items, customer={"orders_count": orders, "salutation": "ms"}
    )
    return compose(placed, config, NOW, secret=SECRET)


def test_two_lines_are_named_in_the_order_of_the_order_even_when_the_second_costs_more() -> None:
    lines = (_line("Fahrradschlauch 28 Zoll", 1, "7.90"), _line("Fahrradlampe „Lumen“", 2, "39.00"))
    named = name_items(lines, "de", True)
    assert named.nom == "der Fahrradschlauch 28 Zoll und die beiden Fahrradlampen „Lumen“"
    assert named.short.nom == "der Fahrradschlauch"  # the review line asks about the first line's item
    english = name_items((_line("Linen Tea Towel", 3, "6"), _line("Oak Chopping Board", 1, "45")), "en", True)
    assert english.nom == "the three Linen Tea Towels and the Oak Chopping Board"


def test_a_long_order_names_its_two_dearest_lines_in_the_order_of_the_order_and_sums_up_the_rest() -> None:
    lines = (
        _line("Geschirrtuch", 2, "6.00"),
        _line("Brotkorb", 1, "25.00"),
        _line("Butterdose", 1, "19.00"),
        _line("Eierbecher", 4, "4.00"),
    )
    named = name_items(lines, "de", True)
    assert named.nom == "der Brotkorb, die Butterdose und zwei Kleinigkeiten"
    assert named.rest == 2 and named.short.nom == "der Brotkorb"
    dearer_last = (*lines[:3], _line("Brotmesser", 1, "59.00"))
    assert name_items(dearer_last, "de", True).nom == "der Brotkorb, das Brotmesser und zwei weitere Dinge"


def test_the_note_thanks_for_the_first_line_first_and_asks_about_it() -> None:
    items = [
        {"name": "Gartenschere", "quantity": 1, "price": "24.90"},
        {"name": "Pflanzkelle", "quantity": 3, "price": "29.90"},
    ]
    returning = {"orders_count": 5, "customer_since": "2024-03-01"}  # Wollwerk asks them for a review
    for order_id in ("T-1", "T-2", "T-3", "T-4"):
        placed = order(order_id=order_id, locale="de", items=items, customer=returning)
        note = compose(placed, wollwerk(), NOW, secret=SECRET)
        assert note.thanks.index("Gartenschere") < note.thanks.index("Pflanzkellen"), note.thanks
        assert "Gartenschere" in note.support and "Pflanzkelle" not in note.support, note.support


@pytest.mark.parametrize(
    ("lang", "line", "mention"),
    [
        ("de", _line("Holzwäscheklammern, 20er-Set", 2), "Ihre Holzwäscheklammern"),  # no count, no pack tail
        ("de", _line("Brotkorb aus Weide", 2), "Ihre Brotkörbe"),  # the number of what was bought
        ("de", _line("Wollschal „Fjord“", 1, variant="Salbeigrün"), "Ihr Wollschal"),  # nominative, not "Ihren"
        ("de", _line("Blütenhonig, 500 g"), "Ihr Blütenhonig"),  # goods sold by weight: the goods themselves
        ("de", _line("Buchweizenmehl, 1 kg"), "Ihr Buchweizenmehl"),
        ("en", _line("Assam Breakfast Tea, 250g", 2), "your Assam Breakfast Tea"),
        ("en", _line("Beeswax Food Wraps (Set of 3)", 2), "your Beeswax Food Wraps"),
        ("en", _line("Enamel Camping Mug, 350ml", 2), "your Enamel Camping Mugs"),
        ("en", _line("Notebook “Field”", 1, variant="A5"), "your notebook"),  # cased as "the “Field” notebook"
    ],
)
def test_the_subject_mention_is_the_thing_without_count_sizes_or_pack(lang: str, line: Item, mention: str) -> None:
    assert standalone((line,), lang, True, None) == mention


def test_the_informal_subject_mention_says_dein() -> None:
    assert standalone((_line("Wollschal „Fjord“"),), "de", False, None) == "dein Wollschal"


@pytest.mark.parametrize(
    ("lang", "lines"),
    [
        ("de", (_line("Gartenschere"), _line("Pflanzkelle"))),  # one of two would leave the other out
        ("de", (_line("Großer Kochtopf mit Deckel"),)),  # "Ihr großer Kochtopf": the adjective changes after "Ihr"
        ("de", (_line("Thermosbecher, 350 ml", 2),)),  # the lexicon cannot tell the noun: the catalogue line stays
        ("de", (_line("Buchweizenmehl, 1 kg", 2),)),  # "Ihr Buchweizenmehl" says one bag of two
        ("en", (_line("Linen Tea Towel"), _line("Oak Chopping Board"))),
    ],
)
def test_no_subject_mention_where_it_cannot_be_said_safely(lang: str, lines: tuple[Item, ...]) -> None:
    assert standalone(lines, lang, True, None) == ""


def test_the_subject_names_what_was_bought_short() -> None:
    items = [{"name": "Bienenwachskerzen, 4er-Set", "variant": "Honiggelb", "quantity": 2, "price": "14.90"}]
    assert _note(wollwerk(), items, variant=2).subject == "Ihre Bienenwachskerzen – und ein herzliches Dankeschön"
    assert _note(informal(wollwerk()), items, variant=2).subject.startswith("Deine Bienenwachskerzen – ")
    tea = [{"name": "Assam Breakfast Tea, 250g", "quantity": 3, "price": "8.50"}]
    assert _note(harbour(), tea, variant=2, lang="en").subject == "Your Assam Breakfast Tea – and a thank-you"


def test_the_subject_thanks_for_the_order_when_the_items_cannot_be_named_short() -> None:
    items = [{"name": "Gartenschere", "price": "24.90"}, {"name": "Pflanzkelle", "price": "9.90"}]
    assert _note(wollwerk(), items, variant=2).subject == "Danke für Ihre erste Bestellung bei Wollwerk"
    assert _note(wollwerk(), items, variant=2, orders=5).subject == "Danke für Ihre Bestellung bei Wollwerk"
    english = [{"name": "Linen Tea Towel", "price": "6"}, {"name": "Oak Chopping Board", "price": "45"}]
    subject = _note(harbour(), english, variant=2, lang="en").subject
    assert subject == "A quick thank-you from Grace"  # never "Your order from …", which reads as a dispatch notice


def test_a_batch_of_one_product_still_has_different_subjects() -> None:
    """Sincerity: the subject that names the item is one phrasing of six, not the subject of every note."""
    items = [{"name": "Bienenwachskerzen, 4er-Set", "quantity": 2, "price": "14.90"}]
    subjects = {_note(wollwerk(), items, variant=variant).subject for variant in range(6)}
    assert len(subjects) == 6


def test_the_subjects_mention_is_made_once_and_only_when_a_template_reads_it() -> None:
    """A shop's own subject may read the mention in any way a text allows and gets the text each time; a note
    whose subject does not read it never pays for naming the item short."""
    made: list[int] = []

    def make() -> str:
        made.append(1)
        return "Ihre Bienenwachskerzen"

    sandbox = environment("")
    unread = Deferred(make)
    assert sandbox.from_string("Danke für Ihre Bestellung").render(mention=unread) == "Danke für Ihre Bestellung"
    assert made == []
    template = sandbox.from_string(
        "{% if mention %}{{ mention|cap }}|{{ mention.upper() }}|{{ mention ~ '!' }}|{{ mention|length }}"
        "|{{ mention.split()[-1] }}{% endif %}"
    )
    read = Deferred(make)
    assert template.render(mention=read) == (
        "Ihre Bienenwachskerzen|IHRE BIENENWACHSKERZEN|Ihre Bienenwachskerzen!|22|Bienenwachskerzen"
    )
    assert made == [1]
    assert sandbox.from_string("{% if mention %}yes{% else %}no{% endif %}").render(mention=Deferred(str)) == "no"
