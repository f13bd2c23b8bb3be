"""SIN206, French elision before an item's noun that the lexicon does not know.

Whatever its gender, a noun that begins with a vowel takes the elided determiner (« l'ioniseur », « cet »,
« mon »), and one that begins with a consonant the full one (« le défroisseur », never « l'défroisseur »): this much is
judged where the lexicon cannot tell the gender. A first letter that may go either way is left alone: y (« le
yuzu », « l'ylang-ylang »), u (« le ukulélé »), « ou » before a vowel (« le ouistiti »), and an h that the h lists
of `french_h` do not know; one they mark aspiré is a consonant (« le hakama », never « l'hakama »), one they mark
muet a vowel (« l'hydrolat »).
"""

from __future__ import annotations

from notegen.language.agreement import french_problem, is_determiner
from notegen.language.french_h import h_aspirated
from notegen.lint.nlp.note_view import Hit, NoteView

OPEN = frozenset("yu")
"""The first letters that tell nothing by themselves (an h is told by the h lists, where they know it)."""


def unknown_elision(ctx: NoteView, index: int) -> Hit | None:
    """A French determiner right before the word at `index` whose elision its first letter contradicts."""
    word = ctx.lowers[index]
    determiner = ctx.word_before(index)
    if not word[:1].isalpha() or word[:2] in _OU_VOWEL or determiner < 0:
        return None
    aspirated = h_aspirated(word) if word[:1] == "h" else False
    if aspirated is None or word[:1] in OPEN:
        return None
    if not is_determiner(ctx.lowers[determiner], "fr"):
        return None
    numbers = frozenset({"sg", "pl"})
    # the gender the determiner itself has, so that only the sound after it is judged
    problems = {french_problem(ctx.lowers[determiner], word, gender, numbers, aspirated) for gender in ("m", "f")}
    if None in problems or not problems & {"elision", "aspirated"}:
        return None
    last = index
    while hyphen_after(ctx, last) and last + 2 < len(ctx.lowers) and ctx.ends[last + 1] == ctx.starts[last + 2]:
        last += 2  # the whole word the hyphens join (« anti-algues »)
    start, end = ctx.chars(determiner, last + 1)
    variant = "aspirated" if aspirated and problems == {"aspirated"} else "elision"
    return Hit(start, end, {"name": "".join(ctx.texts[index : last + 1])}, variant)


def hyphen_after(ctx: NoteView, index: int) -> bool:
    """Whether a hyphen follows the token at `index` with no space between them."""
    following = index + 1
    return following < len(ctx.lowers) and ctx.lowers[following] == "-" and ctx.ends[index] == ctx.starts[following]


_OU_VOWEL = frozenset("ou" + vowel for vowel in "aeiéèêy")
