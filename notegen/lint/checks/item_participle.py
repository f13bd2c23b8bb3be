"""SIN206, French: the participle or adjective after « être » whose subject is an item agrees with its head noun.

« Votre lyre en inox est parti » for « est partie », « Vos trois housses sont arrivés » for « arrivées »,
« Votre théière a été expédié » for « expédiée »: the word after the verb takes the gender of the item's head
noun (as the naming module knows it) and the number of its mention. Judged only where nothing else may be meant:

- the mention is surely the verb's subject, as for the verb's number (`item_verb.subject_verb`), and its
  determiner tells one number;
- the verb is a form of « être » (the rule's `copulas`), or of « avoir » before « été » (the rule's
  `auxiliaries`: « a été »), with no reflexive pronoun before it (« se sont vu offrir »); a participle after
  « avoir » alone does not agree with the subject (« Votre lampe a voyagé »);
- the adverbs after the verb are passed (the rule's `participle_adverbs`: « bien », « déjà »; and a word in
  -ment the lexicon knows as neither a noun nor an adjective: « soigneusement »);
- the next word is one the lexicon reads as an adjective or a past participle, and none of its readings has
  the head's gender and the mention's number. An invariable adjective (« marron », « chic ») agrees with any; a
  noun (« est cadeau »), a word the lexicon lacks, a comma, a head noun of unknown gender: nothing is said.
German and English participles do not agree with the subject.
"""

from __future__ import annotations

from notegen.language.french_lexicon import agree_adjective, readings
from notegen.language.items import Head
from notegen.lint.checks.item_number import next_word
from notegen.lint.checks.item_verb import mention_number, subject_verb
from notegen.lint.nlp.note_view import Hit, NoteView
from notegen.lint.rules import Rule
from notegen.model import Item

ADVERBS = 3
"""How many adverbs between the verb and the participle are passed (« est déjà bien arrivée »)."""


def participle_hit(
    rule: Rule, ctx: NoteView, item: Item, head: Head, numbers: frozenset[str], at: tuple[int, int]
) -> Hit | None:
    """The hit for a participle or adjective after « être » that does not agree with the subject mention `at`
    (its determiner's token and its head noun's), or None."""
    if ctx.lang != "fr" or head.gender not in ("m", "f"):
        return None
    number = mention_number(ctx, head, numbers, at[0])
    verb = subject_verb(rule, ctx, item, at) if number else -1
    if verb < 0 or _reflexive(rule, ctx, verb):
        return None
    word = _participle_after(rule, ctx, verb)
    if word < 0:
        return None
    lower = ctx.lowers[word]
    found = readings(lower, "A")
    pair = head.gender + ("p" if number == "pl" else "s")
    if not found or any(pair in reading.features for reading in found):
        return None
    right = agree_adjective(lower, head.gender, number == "pl")
    if right == lower:
        return None
    start, end = ctx.chars(at[0], word + 1)
    return Hit(start, end, {"name": head.word, "form": right}, "participle")


def _reflexive(rule: Rule, ctx: NoteView, verb: int) -> bool:
    """Whether a reflexive pronoun stands before the verb (« se sont vu offrir »: its own agreement)."""
    before = ctx.word_before(verb)
    return before >= 0 and ctx.lowers[before] in rule.setting_set("reflexives")


def _participle_after(rule: Rule, ctx: NoteView, verb: int) -> int:
    """The token of the word that may be the participle or adjective after a form of « être » at `verb` (or
    of « avoir » followed by « été »), past adverbs; -1 when the verb is another or no word follows."""
    lower = ctx.lowers[verb]
    position = next_word(ctx, verb, frozenset())
    if lower in rule.setting_set("auxiliaries"):
        if position < 0 or ctx.lowers[position] != "été":
            return -1
        position = next_word(ctx, position, frozenset())
    elif lower not in rule.setting_set("copulas"):
        return -1
    adverbs = rule.setting_set("participle_adverbs")
    for _ in range(ADVERBS):
        if position < 0 or not (ctx.lowers[position] in adverbs or _adverb_in_ment(ctx.lowers[position])):
            break
        position = next_word(ctx, position, frozenset())
    if position < 0 or not ctx.alpha[position] or ctx.texts[position] != ctx.lowers[position]:
        return -1
    return position


def _adverb_in_ment(lower: str) -> bool:
    """Whether a word in -ment is an adverb: the lexicon knows it as neither a noun nor an adjective."""
    return lower.endswith("ment") and not readings(lower) and not readings(lower, "A")
