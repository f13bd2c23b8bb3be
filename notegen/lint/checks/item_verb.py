"""SIN206, the verb of an item named as a subject: it stands in the item's number.

"Ihre Schnittschutzhandschuhe schützt", "Die Creolen aus Silber ist", « Les lunettes de protection est » name
a plural and go on in the singular; "Der Wollschal sind", « La lampe éclairent » the other way round. Only a
mention that surely is the verb's subject is judged, and only by a verb that surely tells a number:

- the mention opens a main clause: at the start of a sentence or a line, after a colon or a dash, after one
  of the rule's `clause_openers` ("aber", « mais », « que »); after a comma only with a determiner that cannot
  begin a German relative clause ("…, Ihre Handschuhe", never "…, der Handschuhe pflegt");
- German: its determiner can be a nominative for the noun ("Den Schal haben wir" is an object) and its number
  is one: "die Creolen" (plural name), "Ihre Kissen" (a neuter "Ihre" is plural), never "die Kissen" alone;
  French: the determiner's number; an item counted in its unit or container is a plural subject ("Die drei
  Packungen Kurkuma, 250 g, ist", « Les trois sachets de curcuma est »: `item_container.container_verb_hit`);
- the verb follows the mention (past the item's own name and variant words, a size the writer sets off by
  commas or brackets "Ihre Vogelhäuser, 30 cm, sind", a German prepositional phrase
  "aus Silber", French clitics « ne », « vous », « y » and adjectives « noires »); a German verb other than a
  form of "sein" followed by a word that may be its subject ("Die Creolen hat meine Kollegin …") says nothing;
- the verb's number: the rule's `singular_verbs` and `plural_verbs`, or the language's lemma table (a German
  form in -t or -te of a verb is singular, an -en form whose -t form is that verb's is plural; a French form
  of a verb in -ent or -ont is plural, other forms singular); words the lexicon knows as nouns or adjectives are
  no verbs. Anything else, a comma, "und", « et » or a relative pronoun after the mention: nothing is said.
"""

from __future__ import annotations

from functools import lru_cache

from notegen.language.agreement import french_numbers, german_cases, is_determiner
from notegen.language.forms import lemma_store
from notegen.language.french_lexicon import readings
from notegen.language.german_lexicon import entries
from notegen.language.items import Head
from notegen.lint.checks.item_number import COPULA, JOINED, is_adjective, may_be_subject, name_words, next_word
from notegen.lint.nlp.note_view import Hit, NoteView
from notegen.lint.rules import Rule
from notegen.model import Item

PHRASE = 4
"""How many words of a German prepositional phrase after the mention are passed over on the way to the verb."""
SIZE = 8
"""How many tokens of a size the writer sets off by commas or brackets after a mention are read ("30 x 40 cm")."""
_CLOSING = {",": ",", "(": ")"}
"""What closes a size the writer sets off after a mention, by what opens it."""
_OPENERS = frozenset({"–", "—", "-", ":", ";", ".", "!", "?", "…"})
_FR_INFINITIVE = ("er", "ir", "re", "oir")


def verb_hit(
    rule: Rule, ctx: NoteView, item: Item, head: Head, numbers: frozenset[str], at: tuple[int, int]
) -> Hit | None:
    """The hit for a finite verb after the subject mention `at` (its determiner's token and its head noun's)
    whose number is not the mention's, or None."""
    number = mention_number(ctx, head, numbers, at[0])
    return None if number is None else number_hit(rule, ctx, item, (number, head.word), at)


def number_hit(rule: Rule, ctx: NoteView, item: Item, subject: tuple[str, str], at: tuple[int, int]) -> Hit | None:
    """The hit for a finite verb after a subject that opens a clause at token `at[0]` and ends with the item's
    mention at `at[1]` whose number is not the subject's; `subject`: its number ("sg", "pl") and the word named
    in the message (the head noun, or the pack the item is named in)."""
    verb = subject_verb(rule, ctx, item, at)
    if verb < 0:
        return None
    number, name = subject
    told = verb_number(rule, ctx.lang, ctx.lowers[verb])
    if told is None and ctx.lang == "fr" and _after_clitic(rule, ctx, verb):
        told = _verb_number_fr(ctx.lowers[verb], True)  # « se fixe »: after a clitic, « fixe » is a verb
    if told is None or told == number:
        return None
    if ctx.lang == "de" and ctx.lowers[verb] not in COPULA and _object_first(rule, ctx, verb, told):
        return None
    start, end = ctx.chars(at[0], verb + 1)
    return Hit(start, end, {"name": name}, "verb")


def subject_verb(rule: Rule, ctx: NoteView, item: Item, at: tuple[int, int]) -> int:
    """The token of the word in lower case that may be the finite verb of the item's mention at `at` (its
    determiner's token and its head noun's) when the mention opens a clause, so is surely its subject; else -1
    (a noun, a name or punctuation after it)."""
    determiner, index = at
    if not _opens_clause(rule, ctx, determiner):
        return -1
    verb = _verb_after(rule, ctx, item, index)
    if verb < 0 or ctx.texts[verb] != ctx.lowers[verb] or not ctx.alpha[verb]:
        return -1
    return verb


def mention_number(ctx: NoteView, head: Head, numbers: frozenset[str], determiner: int) -> str | None:
    """The one number ("sg" or "pl") the mention stands in as a subject, or None when it may be either or
    its determiner cannot begin a subject."""
    word = ctx.lowers[determiner]
    if ctx.lang == "de":
        told = {number for number in numbers if "nom" in german_cases(word, "pl" if number == "pl" else head.gender)}
    else:
        told = set(numbers & french_numbers(word))
    return told.pop() if len(told) == 1 else None


def _after_clitic(rule: Rule, ctx: NoteView, position: int) -> bool:
    """Whether a French clitic pronoun that is never an article (the rule's `verb_clitics`: « se », « vous »,
    « ne ») stands right before the word at `position`: that word is a verb, even one the lexicon also knows
    as an adjective or a noun (« se fixe », « se porte »); after « l' » it may be a noun (« à l'huile »)."""
    before = ctx.word_before(position)
    return before >= 0 and ctx.lowers[before] in rule.setting_set("verb_clitics")


def _opens_clause(rule: Rule, ctx: NoteView, determiner: int) -> bool:
    """Whether the determiner at `determiner` begins a main clause (or a French clause after « que »)."""
    before = ctx.word_before(determiner)
    if before < 0 or ctx.sentence_starts[determiner]:
        return True
    text = ctx.lowers[before]
    if text in _OPENERS or text in rule.setting_set("clause_openers"):
        return True
    # "…, der Handschuhe pflegt": after a comma a German article may be a relative pronoun
    return text == "," and (ctx.lang == "fr" or ctx.lowers[determiner] not in rule.setting_set("relatives"))


def _verb_after(rule: Rule, ctx: NoteView, item: Item, index: int) -> int:
    """The token of the word that may be the verb after the mention, or -1."""
    skip = name_words(item.name, item.variant)
    position = next_word(ctx, index, skip)
    # the name's commas, and one that sets its last part off: "Die Augentropfen mit Hyaluron, 10 ml ist",
    # "Die Servietten Leinen, 4er-Pack, sind"; the name's brackets: « Les semelles (la paire) en pointure 39 »
    commas = item.name.count(",") + 1 if "," in item.name else 0
    brackets = {mark for mark in "()" if mark in item.name}
    while position >= 0 and ((ctx.texts[position] == "," and commas) or ctx.texts[position] in brackets):
        commas -= ctx.texts[position] == ","
        position = next_word(ctx, position, skip)
    position = past_size(rule, ctx, position)
    prepositions = rule.settings.get("prepositions", {})
    if ctx.lang == "de" and position >= 0 and ctx.lowers[position] not in prepositions:
        before = ctx.word_before(position)  # "in" of a variant passed over: "Die Skisocken in Größe 39-42 …"
        if before > index and ctx.lowers[before] in prepositions and _in_phrase(ctx, position):
            position = before
    if ctx.lang == "de" and position >= 0 and ctx.lowers[position] in prepositions:
        for _ in range(PHRASE):  # "Die Creolen aus Sterlingsilber sind …"
            position = next_word(ctx, position, skip)
            if position < 0 or not _in_phrase(ctx, position):
                break
    if ctx.lang == "fr":
        position = _past_french_phrase(rule, ctx, position, skip)
        clitics = rule.setting_set("clitics")
        passed, clitic = 0, False
        while position >= 0 and (
            ctx.lowers[position] in clitics or (passed < 2 and not clitic and _french_adjective(rule, ctx, position))
        ):  # after a clitic that is no article comes the verb, even one spelt as an adjective: « se fixe »
            clitic = ctx.lowers[position] in rule.setting_set("verb_clitics")
            passed += not clitic
            position = next_word(ctx, position, skip)
    return position


def past_size(rule: Rule, ctx: NoteView, position: int) -> int:
    """Past a size the writer sets off by commas or brackets after a mention ("Ihre Vogelhäuser, 30 cm, sind",
    "Your Bird Feeders (30cm) are"): the word after its closing comma or bracket, a number first and then only
    numbers and the rule's `units`; `position` itself (the comma or bracket) when no such size follows it."""
    closing = _CLOSING.get(ctx.texts[position], "") if position >= 0 else ""
    if not closing:
        return position
    units = rule.setting_set("units")
    following, sized = position + 1, False
    while following < len(ctx.texts) and following - position <= SIZE:
        lower = ctx.lowers[following]
        if ctx.space[following] and "\n" in lower:
            break
        if lower == closing:
            return next_word(ctx, following, frozenset()) if sized else position
        if ctx.numeric[following]:
            sized = True
        elif not ctx.space[following] and not (sized and lower in units):
            break
        following += 1
    return position


def _past_french_phrase(rule: Rule, ctx: NoteView, position: int, skip: frozenset[str]) -> int:
    """The first word after a French prepositional phrase that begins at `position` and is no verb itself
    (« en pointure 42 », « pour la randonnée »): up to PHRASE words that tell no verb's number are passed;
    `position` itself when no such phrase begins there (« en » before a verb is a clitic: « en ont »)."""
    if position < 0 or ctx.lowers[position] not in rule.setting_set("phrase_prepositions"):
        return position
    following = next_word(ctx, position, skip)
    if following < 0 or verb_number(rule, "fr", ctx.lowers[following]) is not None:
        return position
    ends = rule.setting_set("phrase_ends")
    for _ in range(PHRASE):
        if following < 0 or not ctx.alpha[following] or ctx.lowers[following] in ends:
            return following  # « et », « qui »: another subject or a clause follows, nothing is said
        if verb_number(rule, "fr", ctx.lowers[following]) is not None:
            return following
        following = next_word(ctx, following, skip)
    return following


def _in_phrase(ctx: NoteView, position: int) -> bool:
    """Whether a word may stand inside a German prepositional phrase: a noun, a determiner, an adjective."""
    text = ctx.texts[position]
    return ctx.alpha[position] and (text[:1].isupper() or is_adjective(ctx, position) or _is_article(ctx, position))


def _is_article(ctx: NoteView, position: int) -> bool:
    return bool(german_cases(ctx.lowers[position], "m") | german_cases(ctx.lowers[position], "f"))


def _french_adjective(rule: Rule, ctx: NoteView, position: int) -> bool:
    """Whether a word after the noun is an adjective (« noires ») and no verb (« est » is also "east")."""
    lower = ctx.lowers[position]
    return ctx.alpha[position] and bool(readings(lower, "A")) and verb_number(rule, "fr", lower) is None


def _object_first(rule: Rule, ctx: NoteView, verb: int, told: str) -> bool:
    """Whether the German mention may be the object of the verb, its subject after it ("Die Creolen hat meine
    Kollegin poliert"): a word that may begin a subject follows, and it is no pronoun of the other number
    ("Ihre Handschuhe schützt Sie": the formal "Sie" takes a plural verb, so the gloves are the subject) nor
    one of the rule's `objects`, which are never subjects ("Ihnen", "uns")."""
    after = next_word(ctx, verb, frozenset())
    if not may_be_subject(rule, ctx, after) or ctx.lowers[after] in rule.setting_set("objects"):
        return False
    other = rule.setting_set("plural_subjects" if told == "sg" else "singular_subjects")
    return ctx.texts[after] not in other and _noun_number(ctx, after) in (told, None)


def _noun_number(ctx: NoteView, start: int) -> str | None:
    """The number of the German noun phrase that begins at token `start` (a determiner, declined adjectives,
    a noun) when its noun surely tells one ("Ihre Füße", only a plural: "pl"),
    else None: a phrase of the other number than the verb is not its subject ("Die Neoprenfüßlinge hält Ihre
    Füße warm" has no subject that "hält" fits)."""
    position = start
    if is_determiner(ctx.lowers[position], "de"):
        position = next_word(ctx, position, frozenset())
    for _ in range(PHRASE):
        if position < 0 or not ctx.alpha[position] or not is_adjective(ctx, position):
            break
        position = next_word(ctx, position, frozenset())
    if position < 0 or not ctx.alpha[position] or not ctx.texts[position][:1].isupper():
        return None
    found = entries(ctx.texts[position])
    numbers = {"pl" if entry.is_plural else "sg" for entry in found}
    alike = any(entry.plural.lower() == ctx.lowers[position] for entry in found if not entry.is_plural)
    return numbers.pop() if len(numbers) == 1 and not alike else None


def verb_numbers(rule: Rule, ctx: NoteView, item: Item, determiner: int, index: int) -> frozenset[str]:
    """The numbers the German finite verb after the mention at `index` (with its determiner at `determiner`)
    allows its subject: {"sg"}, {"pl"}, or an empty set when no verb tells, or the mention may be no subject.

    "Ihre Vertikutierer ist …" reads "Ihre" as a plural only if "ist" allowed it: the finite verb right after
    the mention (past the rest of the item's name and its variant; the rule's `singular_verbs` and
    `plural_verbs`, or the lemma table, as `verb_number`) narrows the numbers a noun spelt alike in both may
    stand in, unless the mention may be no subject: after a preposition, or after "und" (a subject of two
    nouns), or, with a verb other than a form of "sein", when a word that may be a subject follows the verb
    ("Die Kissen hat meine Kollegin genäht": the cushions are its object)."""
    before = ctx.word_before(determiner)
    if before >= 0 and (ctx.lowers[before] in JOINED or ctx.lowers[before] in rule.settings.get("prepositions", {})):
        return frozenset()
    verb = next_word(ctx, index, name_words(item.name, item.variant))
    if verb < 0:
        return frozenset()
    lower = ctx.lowers[verb]
    told = verb_number(rule, "de", lower) if ctx.texts[verb] == lower and ctx.alpha[verb] else None
    if told is None:
        return frozenset()
    found = frozenset({told})
    if lower not in COPULA and may_be_subject(rule, ctx, next_word(ctx, verb, frozenset())):
        return frozenset()
    return found


def verb_number(rule: Rule, lang: str, word: str) -> str | None:
    """The number a finite verb of the third person tells ("sg", "pl"), or None when `word` is none or may be
    none (German and French; `word` in lower case)."""
    if word in rule.setting_set("singular_verbs"):
        return "sg"
    if word in rule.setting_set("plural_verbs"):
        return "pl"
    return _verb_number_de(word) if lang == "de" else _verb_number_fr(word) if lang == "fr" else None


@lru_cache(maxsize=8192)
def _verb_number_de(word: str) -> str | None:
    """A German form's number by the lemma table: "schützt", "schützte" singular; "schützen" plural (its -t
    form "schützt" is a form of it); a participle ("geliefert") is none."""
    store = lemma_store("de")
    lemma = store.lemma(word)
    if lemma and lemma != word and lemma.endswith("n") and word.endswith(("t", "te")):
        return None if word.startswith("ge") and not lemma.startswith("ge") else "sg"
    if word.endswith("en") and lemma is None:
        stems = (word[:-2] + "t", word[:-2] + "et", word[:-1] + "t", word[:-2] + "end", word[:-1] + "d")
        if any(store.lemma(form) == word for form in stems):
            return "pl"  # "schützen" by "schützt"; "passen" by its participle "passend"
    if lemma is None and word.endswith("t") and not word.startswith("ge"):
        # a form the table lacks ("passt"): singular when the table reads another form of the same stem, the
        # present participle or the second person ("passend", "passest"), as a form of stem + "en"
        for stem in {word[:-1], word[:-2] if word.endswith("et") else word[:-1]}:
            if any(store.lemma(stem + ending) == stem + "en" for ending in ("end", "est", "st")):
                return "sg"
    return None


@lru_cache(maxsize=8192)
def _verb_number_fr(word: str, surely_verb: bool = False) -> str | None:
    """A French form's number by the lemma table: a form of a verb in -ent or -ont is plural (« protègent »,
    « seront »), unless it is the short singular of a verb in -tir or -enir (« sent », « vient »); another
    form of a verb is singular (« protège », « plaira »). Infinitives, participles and words DELA knows as nouns
    or adjectives are none, unless the word is `surely_verb` (after a clitic pronoun)."""
    store = lemma_store("fr")
    lemma = store.lemma(word)
    if surely_verb and word.endswith("e") and (not lemma or lemma == word):
        plural = store.lemma(word + "nt")  # « fixe », read as the adjective: its plural « fixent » is of « fixer »
        return "sg" if plural and plural != word + "nt" and plural.endswith(_FR_INFINITIVE) else None
    if not lemma or lemma == word or not lemma.endswith(_FR_INFINITIVE):
        return None
    if not surely_verb and (readings(word) or readings(word, "A")):
        return None
    if word.endswith(("ent", "ont")):
        short = word == lemma[:-3] + "t" or (word.endswith("ient") and lemma.endswith("enir"))
        return "sg" if short else "pl"
    # the third person singular ends so (« protège », « finit », « prend », « plaira », « vainc »); not
    # participles, infinitives or other persons (« protégé », « fini », « protèges », « protégez »)
    return "sg" if word.endswith(("e", "t", "d", "a", "c")) and not word.endswith(("ée", "ant")) else None
