"""German compounds a shop writes in two words ("Bambus Zahnbürste", "Kaffee Becher", "Yoga Matte"): the noun is
the second word, as in the compound written whole, where the first names a material, the two make a word of the
lexicon, both are English nouns too and the second names the thing (a loan compound: "Beauty Box", "Mystery Box"),
or the second is sold in pairs ("Pinguin Socken", "Einhorn Hausschuhe": German writes a pair last). Otherwise the
second word says what the first is made of or tastes of ("Zahnbürste Bambus", "Tee Sencha"), its line, its use or its
scent ("Top Yoga", "Lotion Aloe"), and the first stays the noun."""

from __future__ import annotations

from notegen.language.casing import common_word
from notegen.language.english_kinds import word_kinds
from notegen.language.german_heads import GROUPS, noun_head, word_after
from notegen.language.german_lexicon import entries
from notegen.language.german_makers import MATERIALS
from notegen.language.german_text import joined, one_word, plural_share, reads_german
from notegen.language.phrase import Head
from notegen.language.words import words

# Materials a shop writes as the first word of a compound written apart, besides `MATERIALS`, and what may come
# before a material in one word ("Edelstahl", "Kunstleder"); a product made of one is no material ("Kaminholz").
FIRST_MATERIALS = frozenset(
    words("bambus kork jute beton acryl fleece denim canvas cord frottee satin kaschmir cashmere merino tweed loden")
)
MATERIAL_KINDS = ("", "edel", "kunst", "echt", "massiv", "bio-", "bio", "recycling")


def written_apart(names: list[str], head: Head) -> Head:
    """The head of the name's words `names` when `head`'s word begins a compound written in two words: the
    noun after it ("die Bambus Zahnbürste", "die drei Holz Spielzeug Eisenbahnen"); else `head`. A loan compound
    is two words: "die Beauty Box Winter" (a box for the winter)."""
    first = head.index
    while following := word_after(names, head.index):
        second = noun_head(following, head.index + 1)
        if second is None or not second.certain or _material(second.word):
            return head
        loan = head.index == first and _loan_first(head.word) and _english_nouns(head.word, following)
        loan = loan and _counted_after(head, second)
        known = entries(head.word + following.lower()) or one_word(head.word, following)
        if following.lower() in GROUPS or not (loan or second.pair or _first_material(head.word) or known):
            return head  # "Jacke Herren": a jacket for men
        if not known and joined(following, head.word) is not None:  # "Tee Mate": German writes "Matetee"
            return head
        head = second
    return head


def _loan_first(word: str) -> bool:
    """Whether `word` may begin a loan compound: an English word English text writes in lower case, which German
    text writes no more often ("Beauty", "Mystery", "Yoga"); a German noun before an English word stays the noun,
    the English word its model's name ("der Pullover Basic", "die Hose Jogger")."""
    return common_word(word) and not reads_german(word)


COUNT_MARGIN = 1.0
"""How much more readily (natural log units, `german_text.plural_share`) German text must count the second of two
nouns than the first for the second to be the thing sold: "Box" of "Mystery Box", "Set" of "Tee Set"."""


def _counted_after(first: Head, second: Head) -> bool:
    """Whether the second of two nouns a shop wrote apart names the thing, the first what it is for, as in a loan
    compound ("Mystery Box", "Tee Set"): German text counts the second clearly more readily than the first. A
    noun followed by its line, its style or its scent is counted itself at least as readily, and stays the noun
    ("das Shirt Sport", "die Hose Chino", "das Gel Aloe"), as where nothing tells ("die Hose Jogger": "Jogger" is
    spelt alike in both numbers)."""
    before = plural_share(first.word, first.plural)
    after = plural_share(second.word, second.plural)
    return before is not None and after is not None and after - before >= COUNT_MARGIN


def _english_nouns(*names: str) -> bool:
    """Whether English uses each of `names` as a noun ("Yoga" and "Matte", "Tee" and "Set"); a German word that
    English text only quotes is none ("Seife" of "Seife Rose", a soap of rose scent)."""
    return all("noun" in word_kinds(name) for name in names)


def _material(word: str) -> bool:
    """Whether `word` names a material or ends in one ("Leinen", "Edelstahl", "Kaminholz")."""
    return word.lower().endswith(MATERIALS) or word.lower() in FIRST_MATERIALS


def _first_material(word: str) -> bool:
    """Whether `word` is a material itself, as the first word of a compound written apart ("Bambus", "Edelstahl",
    not "Kaminholz" or "Schleifpapier")."""
    lower = word.lower()
    return lower in FIRST_MATERIALS or any(lower == kind + stuff for kind in MATERIAL_KINDS for stuff in MATERIALS)
