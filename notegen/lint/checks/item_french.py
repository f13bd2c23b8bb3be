"""SIN206, French adjectives after the head noun: they agree with it, as the composer agrees them.

Right after the head ("les carnets A5 ligné", "la théière noir"), every adjective is judged. Past a complement
of the item's name ("la housse de couette blanc en percale": "de couette"), the item's own words are judged:
those of its variant and of its name (by their lemma: "blanc" for "blanche"). They say what the item is, so
they agree with the head noun, not with the complement's noun: "la housse de coussin blanc" is wrong for a white
cover. After a complement of matter, use or company (« en », « pour », « avec »), an adjective may also
describe the complement's noun ("le plaid en laine blanche"): agreeing with it passes.

Words inside quotation marks are the shop's product name and are not judged; nor are the words the composer
keeps invariable (colours named after things, materials, "pur"). `agrees_after` uses the function the composer
agrees adjectives with (`notegen.language.french.adjective_form`).
"""

from __future__ import annotations

from functools import lru_cache

from notegen.language.french import FIXED, INVARIABLE_COLOURS, MATERIALS, adjective_form
from notegen.language.french_apposed import FIGURES, of_relation
from notegen.language.french_lexicon import LEADING_INVARIABLE, readings
from notegen.language.french_nouns import BEFORE_NOUN
from notegen.language.french_variant import COLOUR_ADJECTIVES, SIZE_LABELS, is_colour
from notegen.language.items import Head
from notegen.language.phrase import split_name
from notegen.lint.checks.item_verb import verb_number
from notegen.lint.nlp.note_view import Hit, NoteView
from notegen.lint.rules import Rule
from notegen.model import Item

INVARIABLE = FIXED | INVARIABLE_COLOURS | MATERIALS
AFTER = 3
"""How many words after a French noun (or after a complement of its name) are read for adjectives."""
COMPLEMENTS = 2
"""How many complements of the name are passed over."""
LINKS = frozenset({"de", "d'", "d’", "à", "en", "pour", "avec", "sur", "sous", "sans", "dans"})
"""The prepositions that begin a complement of a name ("housse de couette", "brosse à dents", "fougère sur
racine"); one that begins none ends the phrase: it is no adjective, even where the lexicon has an adjective
spelt alike (« sur », sour)."""
_PUNCTUATION = ",;:()[]"
LOOSE = frozenset({"en", "pour", "avec"})
"""Complements whose noun an adjective after them may describe ("en laine blanche")."""


SUFFIX = 4
"""The shortest last part of an unknown noun read for its gender ("mètre" of "oxymètre")."""


@lru_cache(maxsize=8192)
def suffix_head(name: str) -> Head | None:
    """The head noun of a French name that DELA lacks, read by its last part when DELA knows that part as a
    noun of one gender and it is at least half the word ("oxymètre": "mètre", masculine; a learned compound
    takes the gender of its last noun); None when no such part is found (nothing is guessed)."""
    names = split_name(name, "fr")[0].split()
    if not names:
        return None
    index = 1 if len(names) > 1 and names[0].lower() in BEFORE_NOUN else 0
    word = names[index].rstrip(",;:").lower()
    if not word.isalpha() or readings(word) or readings(word, "A"):
        return None
    for cut in range(2, len(word) - SUFFIX + 1):
        found = readings(word[cut:])
        if not found:
            continue
        genders = {feature[0] for reading in found for feature in reading.features}
        if len(genders) != 1 or len(word) - cut < len(word) / 2:
            return None
        plural = word + ("" if word.endswith(("s", "x", "z")) else "s")
        return Head(word, index, genders.pop(), plural=plural, source="suffix")
    return None


def french_after(rule: Rule, ctx: NoteView, item: Item, head: Head, numbers: frozenset[str], index: int) -> Hit | None:
    """The first adjective after the French head noun at token `index` that does not agree with it, read
    past sizes ("A5") and up to COMPLEMENTS complements of the item's name, to the first word that is no
    adjective, a quotation mark, punctuation or a verb (« est » is also the adjective "east"); None when all
    agree."""
    name_words, own = _item_words(item.name, item.variant)
    position, seen, complements = index + 1, 0, 0
    complement: tuple[str, str] | None = None  # the preposition and noun of the last complement passed
    while position < len(ctx.texts) and seen < AFTER:
        if ctx.space[position]:
            if "\n" in ctx.texts[position]:
                return None
            position += 1
            continue
        text = ctx.texts[position]
        if ctx.numeric[position] and not ctx.alpha[position]:  # a size: "A5", "28 cm"
            position, seen = position + 1, seen + 1
            continue
        noun = _complement_noun(ctx, position, name_words) if complements < COMPLEMENTS else -1
        if noun >= 0:
            complement, complements = (ctx.lowers[position], ctx.lowers[noun]), complements + 1
            position, seen = noun + 1, 0
            continue
        if not ctx.alpha[position] or ctx.quoted[position] or text != ctx.lowers[position] or text in LINKS:
            return None
        if verb_number(rule, ctx.lang, text) is not None:
            return None
        if text in LEADING_INVARIABLE and position + 2 < len(ctx.texts) and ctx.texts[position + 1] == "-":
            position += 2  # « gouttières demi-rondes »: « demi » is invariable, the adjective after it agrees
            continue
        if _compound_colour(rule, ctx, position):
            return None  # "bleu marine", "gris chiné": a compound colour is invariable
        if _before_own_noun(ctx, position, name_words):
            return None  # « à glissière double curseur »: the adjective stands before the noun it goes with
        if text in MATERIALS and text in name_words:
            # « les bols céramique émaillée », « les plans de travail chêne massif »: a material set beside the
            # head, read as « en céramique », its adjective the material's
            complement, position, seen = ("en", text), position + 1, seen + 1
            continue
        if text in SIZE_LABELS and text in name_words:
            return None  # « les capes de bain taille unique »: what follows is the size's
        found = agrees_after(text, head.gender, numbers)
        if found is None and complement is not None and text in name_words:
            # a noun of the name after the complement's ("laine mérinos", "cyclisme manches courtes"): the
            # adjectives after it may be its own
            complement, position, seen = (complement[0], text), position + 1, seen + 1
            continue
        if found is None:
            return None
        if (
            found
            and complement is None
            and text in name_words
            and (not _agrees_as_written(text, head) or _figure(text))
        ):
            return None  # « Haricots coco »: the shop writes the word so beside its head; a noun set beside it
        if found and text not in INVARIABLE and _judged(text, complement, own, head, name_words):
            if complement is None and _agrees_with_noun(text, _noun_before(ctx, index)):
                return None  # « les cartouches d'encre courtes »: the head is a complement; the adjective its noun's
            start, end = ctx.chars(index, position + 1)
            return Hit(start, end, {"name": head.word, "form": found}, "adjective")
        position, seen = position + 1, seen + 1
    return None


def _compound_colour(rule: Rule, ctx: NoteView, position: int) -> bool:
    """Whether the word at `position` is a colour adjective that begins a compound colour: another colour or
    one of the rule's `colour_shades` follows it ("bleu marine", "vert d'eau", "gris chiné")."""
    if ctx.lowers[position] not in COLOUR_ADJECTIVES:
        return False
    following = position + 1
    while following < len(ctx.texts) and ctx.space[following] and "\n" not in ctx.texts[following]:
        following += 1
    if following >= len(ctx.texts) or (not ctx.alpha[following] and ctx.lowers[following] not in ("d'", "d’")):
        return False
    word = ctx.lowers[following]
    return is_colour(word) or word in rule.setting_set("colour_shades")


def _before_own_noun(ctx: NoteView, position: int, name_words: frozenset[str]) -> bool:
    """Whether the adjective at `position` stands right before a noun of the item's name that it agrees with as
    written: it is that noun's own, placed before it (« double curseur », « petit pois »)."""
    following = position + 1
    while following < len(ctx.texts) and ctx.space[following] and "\n" not in ctx.texts[following]:
        following += 1
    if following >= len(ctx.texts) or not ctx.alpha[following]:
        return False
    noun = ctx.lowers[following]
    if noun in LINKS or noun not in name_words or ctx.lowers[position] not in name_words:
        return False
    if not {reading.lemma for reading in readings(noun)}.isdisjoint(r.lemma for r in readings(noun, "A")):
        return False  # an adjective of its own (« bohème »); « portée » is one of « porter », and a noun
    return _agrees_with_noun(ctx.lowers[position], noun)


def _noun_before(ctx: NoteView, index: int) -> str:
    """The noun whose complement the word at token `index` is (« cartouches » of « cartouches d'encre »,
    « housse » of « housse à skis »), or "" when no « de », « d' », « à » or « pour » after a word stands right
    before it."""
    position = index - 1
    while position >= 0 and ctx.space[position] and "\n" not in ctx.texts[position]:
        position -= 1
    if position < 1 or ctx.lowers[position] not in ("de", "d'", "d’", "à", "pour"):
        return ""
    position -= 1
    while position >= 0 and ctx.space[position] and "\n" not in ctx.texts[position]:
        position -= 1
    return ctx.lowers[position] if position >= 0 and ctx.alpha[position] else ""


def _complement_noun(ctx: NoteView, position: int, name_words: frozenset[str]) -> int:
    """The token of the noun of a complement of the item's name that begins at `position` with its
    preposition ("de couette"), or -1 when none begins there."""
    if ctx.lowers[position] not in LINKS:
        return -1
    following = position + 1
    while following < len(ctx.texts) and ctx.space[following] and "\n" not in ctx.texts[following]:
        following += 1
    if following < len(ctx.texts) and ctx.alpha[following] and ctx.lowers[following] in name_words:
        return following
    return -1


def _judged(
    word: str, complement: tuple[str, str] | None, own: frozenset[str], head: Head, written: frozenset[str]
) -> bool:
    """Whether an adjective that does not agree with the head is an error: right after the head always; past
    a complement when it is one of the item's own words and, after « en », « pour » or « avec », does not
    agree with the complement's noun either; nor after any complement when the shop wrote it so for the
    complement's noun: as the name writes it, it agrees with that noun and cannot with the head (« graines de
    haricot nain », « ramette de papier recyclé », « lames de scie sauteuse »), or may after « à » outside a
    compound noun (« chapeaux de feutre à bord large »); nor when it names a thing of its own with the complement's
    noun, as the lexicon knows it (« magnums de bordeaux rouge »), or is one of relation of the noun after « de »
    (« sprays de protection solaire »); nor the shop's word after « en » and a material the lexicon lacks
    (« boubous en bazin brodé »)."""
    if complement is None:
        return True
    if own.isdisjoint(_lemmas(word)):
        return False
    link, noun = complement
    if _named_with(noun, word):
        return False  # « les magnums de bordeaux rouge »: « bordeaux rouge » is a noun of its own
    if link in ("de", "d'", "d’") and of_relation(word, readings(noun)):
        return False  # « les sprays de protection solaire »: the protection's
    if link == "en" and word in written and not readings(noun):
        return False  # « boubous en bazin brodé »: after a material the lexicon lacks, the shop's word is its own
    # « chapeaux à bord large »: « à bord large » tells the brim, and the adjective may be the brim's
    either = link == "à" and not _compound(head.word, noun)
    if word in written and _agrees_with_noun(word, noun) and (either or not _agrees_as_written(word, head)):
        return False
    return link not in LOOSE or not _agrees_with_noun(word, noun)


@lru_cache(maxsize=8192)
def _compound(head: str, noun: str) -> bool:
    """Whether the head noun and a complement in « à » make a compound noun the lexicon knows ("sac à dos",
    "brosse à dents"): an adjective after it describes the whole, where after « chapeau à bord » it may tell
    the brim (« à bord large », « à manches courtes », « à col roulé »)."""
    lemmas = {reading.lemma for reading in readings(head.lower())} or {head.lower()}
    return any(readings(f"{lemma} à {noun}") for lemma in lemmas)


@lru_cache(maxsize=8192)
def _named_with(noun: str, word: str) -> bool:
    """Whether the complement's noun and the adjective after it make a compound noun the lexicon knows
    (« bordeaux rouge », « papier recyclé », « eau minérale »): the adjective is part of that noun's name."""
    lemmas = {reading.lemma for reading in readings(noun)} | {noun}
    return any(readings(f"{lemma} {word}") for lemma in lemmas)


def _figure(word: str) -> bool:
    """Whether a word is the noun of an animal or figure a product is shaped as (« coussins chat »), which the
    composer keeps as written though the lexicon also reads it as an adjective."""
    return any(reading.lemma in FIGURES for reading in readings(word))


def _agrees_as_written(word: str, head: Head) -> bool:
    """Whether an adjective has the gender and number of the head noun as the item's name writes it."""
    wanted = head.gender + ("p" if head.plural_name else "s")
    return any(wanted in reading.features for reading in readings(word, "A"))


def _agrees_with_noun(word: str, noun: str) -> bool:
    """Whether an adjective has a form of the gender and number of a noun."""
    wanted = frozenset().union(*(reading.features for reading in readings(noun)))
    return any(reading.features & wanted for reading in readings(word, "A"))


@lru_cache(maxsize=8192)
def _lemmas(word: str) -> frozenset[str]:
    """A word and the lemmas of its adjective readings ("blanche": blanche, blanc)."""
    return frozenset({word, *(reading.lemma for reading in readings(word, "A"))})


@lru_cache(maxsize=8192)
def _item_words(name: str, variant: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words of an item's name (lower case), and the lemmas of its name and variant words: its own."""
    # "régénérante," of "Crème de nuit régénérante, 50 ml" is the word "régénérante"
    name_words = frozenset(
        word.strip(_PUNCTUATION) for word in name.lower().replace("'", "' ").replace("’", "’ ").split()
    )
    words = name_words | frozenset(word.strip(_PUNCTUATION) for word in variant.lower().split())
    return name_words, frozenset().union(*(_lemmas(word) for word in words)) if words else frozenset()


@lru_cache(maxsize=8192)
def agrees_after(word: str, gender: str, numbers: frozenset[str]) -> str | None:
    """None when `word` is no French adjective (the phrase ends there), "" when it agrees with a noun of
    `gender` in one of `numbers`, else the form it should take ("noire"), as the composer agrees it
    (`notegen.language.french.adjective_form`); remembered, as the notes of a batch use the same words.
    After a noun a word is read by its usual adjective readings, those of DELA's commonest rank, as the
    composer reads it: a rare invariable use (« vivace », the tempo) does not excuse « géraniums vivace »."""
    adjective = readings(word, "A")
    if not adjective:
        return None
    wanted = {gender + number[0] for number in numbers}
    usual = [reading for reading in adjective if reading.rank == adjective[0].rank]
    every = frozenset().union(*(r.features for r in usual), *(r.features for r in readings(word)))
    if every & wanted:
        return ""
    form = adjective_form(word, gender, "pl" in numbers and "sg" not in numbers) if gender in ("m", "f") else None
    return form if form and form != word else ""


_VOWELS = frozenset("aeiouyéèêëàâäîïôöûüœæ")


def unelided_de(ctx: NoteView, head: Head, first: int) -> Hit | None:
    """« de » written in full right before the head noun at token `first` where the noun begins with a vowel or
    a mute h (« le flacon de émail », « trois sachets de engrais » for « d'émail », « d'engrais »); not before an
    aspirated h (« de housse ») nor a y before a vowel (« de yaourt »)."""
    before = ctx.word_before(first)
    if before < 0 or ctx.lowers[before] != "de":
        return None
    word = ctx.lowers[first]
    initial, second = word[:1], word[1:2]
    if initial == "y" and second in _VOWELS:
        return None
    if initial in _VOWELS or (initial == "h" and not head.aspirated):
        start, end = ctx.chars(before, first + 1)
        return Hit(start, end, {"name": word}, "de")
    return None
