"""The head noun of a German name as the lexicon reads it (`german_lexicon`): the first word read as a noun after
any leading adjectives, the group it is for and the place it comes from (`find_head`: "Damen Regenjacke",
"Thüringer Rostbratwurst"), its gender in the sense a shop sells, its plural, whether it is sold by measure or in
pairs (`noun_head`), and its dative plural."""

from __future__ import annotations

import math

from notegen.language.casing import common_word, written_in_english
from notegen.language.english_kinds import only_a_noun, word_kinds
from notegen.language.german_adjectives import ADJECTIVE_ENDINGS, ADJECTIVES, is_adjective, known_adjective, stems
from notegen.language.german_goods import MASS, NOT_MASS, PACKED_PIECES, PAIRS
from notegen.language.german_lexicon import Entry, entries, noun_reading, respell, singular_reading
from notegen.language.german_places import place_adjective
from notegen.language.german_text import joined, reads_german, table
from notegen.language.phrase import Head
from notegen.language.words import words


def noun_head(word: str, index: int) -> Head | None:
    """`word` read as the head noun of a name, or None when the lexicon knows no noun in it."""
    if not word[:1].isupper() and "-" not in word:
        return None
    found, cut, source = noun_reading(word)
    if not found:
        return None
    found = _declined_singular(word[-cut:], found)
    plural_name = found[0].is_plural
    readings = [e for e in found if e.is_plural == plural_name]
    best = _usual(readings)
    gender = best.genders.split("/")[0] if best.genders else ""
    plural = word if plural_name else (respell(word, cut, best.plural) if best.plural else "")
    paired = found[0].lemma.lower().endswith(tuple(PAIRS)) or word.lower().endswith(tuple(PAIRS))
    packed = paired or word.lower().endswith(PACKED_PIECES)  # "Gummistiefel": a pair; "Brühwürfel": a pack
    if packed and not plural_name and plural.lower() == word.lower():  # as shops sell them
        plural_name = True
    mass = not plural_name and (
        not best.plural or (word.lower().endswith(MASS) and not word.lower().endswith(NOT_MASS))
    )
    pair = paired and plural_name
    certain = plural_name or (bool(gender) and (bool(plural) or mass))
    weak = best.weak if not plural_name and gender == "m" else ""
    return Head(word, index, gender, plural_name, plural, mass, pair, certain=certain, source=source, weak=weak)


GENITIVE_SHARE = math.log(10)
"""About one in ten of a noun's singular forms is its genitive: a noun written "des Stollens" n times is written in
the singular some ten times as often (natural log units)."""


def _declined_singular(part: str, found: list[Entry]) -> list[Entry]:
    """The readings of the noun `part` (the word, or the last part of a compound it is read by), with a singular
    of its own put back where the lexicon reads it as another noun's plural only and German text writes that
    singular about as often as the other noun: "Stollen" is the plural of "die Stolle" and a singular of its own,
    "der Stollen", whose genitive "des Stollens" text writes nearly as often as "Stolle" (`GENITIVE_SHARE`), so a
    product name means that singular. "Socken", whose genitive "Sockens" text never writes, stays the plural of
    "Socke", as "Leinen" of "Leine" ("des Leinens", the fabric, is rare beside "Leine"). A feminine singular shows
    no case in its ending, so nothing tells it."""
    if not all(entry.is_plural for entry in found):
        return found
    own = singular_reading(part)
    if own is None or own.plural.lower() != part.lower() or own.genders.split("/")[0] not in ("m", "n"):
        return found
    genitive = part[:1].upper() + part[1:].lower() + "s"
    other = found[0].lemma
    written = table()([genitive, other])
    if genitive not in written:
        return found
    return [own] if other not in written or written[genitive] + GENITIVE_SHARE >= written[other] else found


# Nouns of two genders whose sense a shop sells has the one Wiktionary does not list first: "das Trikot" (the
# shirt; "der Trikot" is the fabric), "das Band" (ribbon, strap; "der Band" is a volume), "die Single" (a record;
# "der Single" is a person living alone, "das Single" a match of two players).
SENSES = {"trikot": "n", "band": "n", "single": "f"}


def _usual(readings: list[Entry]) -> Entry:
    """The reading of the most usual sense: the gender most of the readings with a plural share; on a tie, the
    first (Wiktionary lists the most common sense first): "Leiter" f, "Messer" n, "Zelt" n."""
    sense = SENSES.get(readings[0].lemma.lower(), "") if readings else ""
    chosen = [e for e in readings if e.genders.split("/")[0] == sense]
    if chosen:
        return chosen[0]
    counted = [e for e in readings if e.plural] or readings
    votes: dict[str, int] = {}
    for entry in counted:
        votes[entry.genders] = votes.get(entry.genders, 0) + 1
    top = max(votes.values())
    tied = [e for e in counted if votes[e.genders] == top]
    return next((e for e in tied if not _person_in_e(e)), tied[0])


def _person_in_e(entry: Entry) -> bool:
    """Whether a reading is a weak masculine in -e, the kind of noun that names a person or an animal ("der Finne",
    the Finn; "der Heide"; "der Hase"): where a noun of the same spelling has a reading of another gender as
    often, a shop sells that thing ("die Finne", a fin; "die Heide", heather); a noun in -e is mostly feminine."""
    return bool(entry.weak) and entry.lemma.endswith("e")


def dative_plural(head: Head) -> str:
    """The dative plural of the head ("Gießkannen", "Gläsern", "Bechern"), as the lexicon gives it where it knows the
    noun or the plural the name is written in ("den Knöpfle": a diminutive in -le takes no -n)."""
    plural = head.plural or head.word
    if head.source == "catalog":
        return plural
    found, cut, _ = noun_reading(head.word)
    datives = {e.dative for e in found if e.dative and e.plural}
    read_as_plural = bool(found) and all(e.is_plural for e in found)  # "Spätzle": "mit den Spätzle", no -n
    if len(datives) == 1 and (read_as_plural or not head.plural_name):
        return respell(head.word, cut, datives.pop())
    return dative_of(plural)


def dative_of(plural: str) -> str:
    """The dative of a plural: -n, except plurals in -n, -s and foreign -i, -a ("Gläsern", "Sets")."""
    return plural if plural.endswith(("n", "s", "i", "a")) else plural + "n"


# Who a product is for, written before its noun as a word of its own ("Damen Regenjacke", "Kinder Fahrradhelm"):
# no head, and not declined.
GROUPS = frozenset(words("damen herren kinder baby babys mädchen jungen jungs frauen männer senioren teens unisex"))


def find_head(words: list[str]) -> Head | None:
    """The head noun of the words of a German name: the first word the lexicon reads as a noun, after any
    leading adjectives ("Große Auflaufform"), the group it is for ("Damen Regenjacke") and the place it comes from
    ("Thüringer Rostbratwurst"); None when there is none before a lower-case word."""
    for index, word in enumerate(words):
        following = words[index + 1] if index + 1 < len(words) else ""
        if _before_noun(word) and following[:1].isupper() and noun_head(following.rstrip(",;:"), index + 1):
            continue
        head = noun_head(word.rstrip(",;:"), index)
        following = words[index + 1] if index + 1 < len(words) else ""
        adjective = following[:1].isupper() and is_adjective(word)
        # "Loser Grüntee": not "der Loser"; "Blumensamen Bienenweide": seeds, not "die blumensame Bienenweide"
        if adjective and head is not None and (head.source == "lexicon" or _compound_in_en(word, head)):
            plain = word.lower().replace("ss", "ß")  # "Weisse" of "WEISSE TASSE": not the beer
            bases = [form for end in ADJECTIVE_ENDINGS for form in stems(plain.removesuffix(end))]
            known = any(form in ADJECTIVES for form in bases) or known_adjective(word)
            adjective = known and noun_head(following.rstrip(",;:"), index + 1) is not None
        if head is not None and not adjective:
            return head
        if not word[:1].isupper() or word.endswith(","):  # "Campingfaltstuhl, Aluminium": not the aluminium
            return None
        if head is None and not adjective and _unknown_noun(word):  # "Striegel Pferd": not "das Pferd"
            return None
    return None


# Words a shop writes before a noun as an adjective that takes no ending: "die drei Original Schweizer Taschenmesser",
# never "die drei Originale".
UNDECLINED = frozenset(words("original"))


def _before_noun(word: str) -> bool:
    """Whether a word before a noun says who the product is for ("Damen Regenjacke"), where it comes from, an
    adjective of place ("Thüringer Rostbratwurst", not "der Thüringer"), or that it is the maker's own ("Original
    Ersatzakku"): no head, and not declined."""
    if word.lower() in GROUPS or word.lower() in UNDECLINED:
        return True
    return word.endswith("er") and place_adjective(word, [(e.lemma, e.plural) for e in entries(word)])


def _compound_in_en(word: str, head: Head) -> bool:
    """Whether a compound noun in -en may be an adjective only where one is known (see `find_head`): a name opens
    with an adjective's strong ending (-er, -e, -es), so "Blumensamen" is a noun, not "blumensam" + -en."""
    return head.source == "compound" and word.endswith("en")


def _unknown_noun(word: str) -> bool:
    """Whether a capitalised word the lexicon cannot read may be the name's noun, so that a noun after it ("Pferd",
    "Zink", "Lamm": what it is made of or for) is no head: any word but a code or an acronym ("LED", "RD-250") and
    a brand that English text knows ("Fiskars Spaltaxt", "Opinel Klappmesser"; German nouns it does not know)."""
    return word.isalpha() and not word.isupper() and not written_in_english(word)


def word_after(words: list[str], index: int) -> str:
    """The word after the noun at `index` that may be a noun of its own going on the name ("Mütze" of "Beanie
    Mütze", "Card" of "Gift Card"): a capitalised word of letters, a hyphen allowed, in the same part of the name;
    "" where the noun closes a part ("Zahnbürste, Bambus"), or a code, a figure or a lower-case word follows ("LED",
    "20 cm", "weiß")."""
    if index + 1 >= len(words) or words[index].endswith((",", ";", ":")):
        return ""
    following = words[index + 1].rstrip(",;:")
    if not following[:1].isupper() or following.isupper() or not following.replace("-", "").isalpha():
        return ""
    return following


def goes_on_in_english(words: list[str], head: Head) -> bool:
    """Whether the noun found is an English word that an English noun German does not know follows ("Gift Card",
    "Ski Wax"): the name is English, its noun the last word, of no German gender; not a model's name after a German
    noun ("Rucksack Classic", "Gardine Voile", "Taschenlampe LED"), nor after a noun German text writes far more
    often than English text ("Mantel Trench", "Tasche Canvas"), nor a German noun and its kind, which German
    writes as one word the other way round ("Tee Rooibos": "Rooibostee")."""
    following = word_after(words, head.index)
    if not following or not common_word(head.word) or noun_head(following, head.index + 1) is not None:
        return False
    if reads_german(head.word):  # "Tasche Canvas", "Mantel Trench": a German noun and its model's name
        return False
    if joined(following, head.word) is not None:  # "Tee Rooibos": German writes "Rooibostee", a tea
        return False
    nouns = "noun" in word_kinds(following) and "noun" in word_kinds(head.word)
    return only_a_noun(following) or (nouns and _only_a_plural(head.word))


def _only_a_plural(word: str) -> bool:
    """Whether the lexicon reads `word` only as the plural of another noun ("Phone", of "Phon", a unit of
    loudness): where English uses it as a noun of its own, before an English noun ("Phone Case"), it is that
    English word, and the name is English even where the second noun may be an adjective too ("case")."""
    found = entries(word)
    return bool(found) and all(e.is_plural and e.lemma.lower() != word.lower() for e in found)
