"""Who a customer's order note names as the one a present is for, in the customer's own words: "meinen Papa",
"ma sœur", "my niece", and a person named through someone else, whole: "die Lehrerin von unserem Sohn", "la
nounou de ma fille", "my son's teacher Miss Kaur" (the present is for the teacher, never for the son). An animal
is a recipient too ("our dog Pepper"), but a present for one is read only where the note names an occasion:
supplies for the customer's own new puppy are no present.

The words are the groups of ``locales/<lang>/notes/words.yml``: ``persons``, ``pets``, ``possessives`` (and
``own_possessives``, the customer's own: "my", "unser", "ma"), ``articles``, ``of_preps`` (what joins a person to
whom they belong: "von", "de", "of"), ``gift_preps``, ``thanks_preps``, ``recipient_preps`` and
``recipient_stops``. Whether a word is a person or an animal, and a phrase a person's name, is read in `persons`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from notegen.language.note_rules import NoteRules
from notegen.language.persons import compound, is_name, is_person, person_at

_PHRASE_LIMIT = 9
_GENITIVE = ("'s", "’s")


def for_someone(
    doc: Doc,
    rules: NoteRules,
    *,
    pets: bool = False,
    thanks: bool = False,
    celebrated: bool = False,
    wishes: frozenset[int] = frozenset(),
) -> bool:
    """Whether a person word follows a gift preposition ("for", "für", "pour") within the same phrase; an
    animal counts only with `pets` (the note names an occasion); after a thanks (`thanks`), "an", "à", "to"
    also say whom the present is for, when the phrase names someone of the customer's own ("ein Dankeschön an
    die Pflegerin meiner Mutter"; not "thanks to your team"); a name counts when the note names what is
    `celebrated` ("für Priya zu Diwali", "for Sam for Christmas") or says who they are ("for Grace, the carer
    who …"), and so does the customer's own ("for our Chloe"); a wish names whom it is for ("Happy 30th Tom",
    `greeted`, the tokens of `wishes` ending a wish)."""
    if greeted(doc, rules, doc.lang_, wishes):
        return True
    preps = rules.words.get("gift_preps", frozenset())
    after_thanks = rules.words.get("thanks_preps", frozenset()) if thanks else frozenset()
    celebrating = rules.words.get("occasion_preps", frozenset())
    through = rules.words.get("of_preps", frozenset())
    own = rules.words.get("own_possessives", frozenset())
    if is_name(owner(_phrase(doc, 0, rules, through), rules, doc.lang_), rules):
        return True  # "Abschied von Jana aus der Buchhaltung": a note that opens with someone's celebration
    for index, token in enumerate(doc):
        if token.lower_ in celebrating and owner(_phrase(doc, index + 1, rules, through), rules, doc.lang_):
            return True  # "zur Erstkommunion von Lena", "zum 40. Hochzeitstag meiner Eltern"
        if (token.lower_ in preps or token.lower_ in after_thanks) and not _idiom(doc, index, rules):
            span = _phrase(doc, index + 1, rules, through)
            known = is_name(span, rules) and (celebrated or _apposed(doc, span, rules, doc.lang_))
            named = token.lower_ in preps and (known or _own_name(span, rules))
            if not span or not (named or _names_someone(span, rules, doc.lang_, pets) or owner(span, rules, doc.lang_)):
                continue
            if token.lower_ in preps or any(word.lower_ in own for word in span):
                return True
    return False


def owner(span: list[Token], rules: NoteRules, lang: str) -> list[Token]:
    """Whose celebration `span` names (a word of ``celebrations`` or a compound ending in one, then "of", "von",
    "de" or a German genitive, then someone of the customer's, a person word or a name): "unserem Enkel Felix" of
    "Geburt von unserem Enkel Felix", "Lena" of "Erstkommunion von Lena", "meiner Eltern" of "Hochzeitstag meiner
    Eltern", "papi" of "les 50 ans de mariage de papi"; [] when it names none ("the work of your team")."""
    through = rules.words.get("of_preps", frozenset())
    own = rules.words.get("own_possessives", frozenset())
    determiners = own | rules.words.get("articles", frozenset())
    for at, token in enumerate(span):
        if at == 0 or not any(_celebration(word, rules, lang) for word in span[:at]):
            continue
        rest = span[at + 1 :] if token.lower_ in through else span[at:] if token.lower_ in own else []
        if not rest:
            continue
        person = person_at(rest, rules, lang, pets=True)
        if person == 0 or (rest[0].lower_ in determiners and 0 < person <= 2) or is_name(rest, rules):
            return rest  # "la fille de ma voisine" whole
    return []


def celebrates(doc: Doc, rules: NoteRules) -> bool:
    """Whether the note names a celebration or a festival ("Diwali", "Erstkommunion", "housewarming")."""
    return any(_celebration(token, rules, doc.lang_) for token in doc)


def _celebration(token: Token, rules: NoteRules, lang: str) -> bool:
    words = rules.words.get("celebrations", frozenset())
    lower = token.lower_
    if lower in words or token.lemma_.lower() in words:
        return True
    return lang == "de" and len(lower) > 6 and any(lower.endswith(word) for word in words if len(word) > 4)


def names_own(tokens: list[Token], rules: NoteRules, lang: str) -> bool:
    """Whether `tokens` name someone of the customer's: their possessive, then a person word within two words ("mon
    mari", "my husband", "meine Schwiegermutter")."""
    own = rules.words.get("own_possessives", frozenset())
    return any(
        token.lower_ in own and person_at(tokens[at + 1 : at + 3], rules, lang) >= 0 for at, token in enumerate(tokens)
    )


def _names_someone(span: list[Token], rules: NoteRules, lang: str, pets: bool) -> bool:
    """Whether a phrase is someone of the customer's: it opens with their possessive, an article or a person
    word, and a person word follows soon ("my wife", "la maîtresse de ma fille"; not "your work for children"),
    or it is an occasion of someone of theirs ("les 40 ans de ma cousine", "die Taufe meines Neffen")."""
    possessives = rules.words.get("possessives", frozenset())
    determiners = possessives | rules.words.get("articles", frozenset())
    at = person_at(span, rules, lang, pets)
    if 0 <= at <= 4 and (span[0].lower_ in determiners or at == 0):
        return True
    return at > 0 and any(token.lower_ in possessives for token in span[max(0, at - 2) : at])


def recipient(
    doc: Doc,
    rules: NoteRules,
    lang: str,
    named: frozenset[int] = frozenset(),
    wishes: frozenset[int] = frozenset(),
    days: frozenset[int] = frozenset(),
) -> tuple[str, bool]:
    """Who the note names as receiving the order, as written, and whether it is surely a person (or an
    animal of someone's). A person word among the tokens `named`, those of an occasion the note names ("Père
    Noël", "Father Christmas"), is no one, unless a preposition says the present is for them, and one among
    `days`, those of a day's name ("fête des pères", "Mother's Day"), is no one at all; the tokens of `wishes`
    end a wish that may name them (`greeted`)."""
    preps = rules.words.get("recipient_preps", frozenset())
    name, apposed = "", False
    for index, token in enumerate(doc):
        if token.lower_ not in preps or _idiom(doc, index, rules):
            continue
        span = _phrase(doc, index + 1, rules)
        if not span:
            continue
        if _own_name(span, rules):  # "for our Chloe"
            return _text(_with_joined(doc, span, rules, lang)), True
        found = owner(span, rules, lang)  # "pour les 50 ans de mariage de papi et mamie"
        if found:
            return _text(_with_joined(doc, found, rules, lang)), True
        at = person_at(span, rules, lang, pets=True)
        if at >= 0 and span[at].i in days:  # "pour la fête des pères", "for Mother's Day": the day's name
            continue
        if at >= 0:
            whole = _with_place(doc, _with_joined(doc, _through(doc, span, rules, lang), rules, lang), rules)
            return _from_determiner(whole, at, rules), True
        if not name and is_name(span, rules):
            name = _text(_with_joined(doc, span, rules, lang))
            apposed = _apposed(doc, span, rules, lang)  # "for Grace, the carer who looks after my mum"
    celebrating = preps | rules.words.get("occasion_preps", frozenset())
    through = rules.words.get("of_preps", frozenset())
    for index, token in enumerate(doc):  # "zur Erstkommunion von Lena", "pour le mariage de Léa et Hugo"
        if token.lower_ in celebrating or index == 0:
            found = owner(_phrase(doc, index + (token.lower_ in celebrating), rules, through), rules, lang)
            if found and (token.lower_ in celebrating or is_name(found, rules)):  # "Abschied von Jana"; not
                return _text(_with_joined(doc, found, rules, lang)), True  # "naissance de notre fils": their own
    if name:  # "für Priya zu Diwali": a name is surely someone's when the note names what they celebrate
        return name, bool(named) or celebrates(doc, rules) or apposed
    wished = greeted(doc, rules, lang, wishes)
    if wished:  # "Happy 30th Tom!", "Alles Gute zum Geburtstag, lieber Tom", "Bonne fête maman"
        return _text(_with_joined(doc, wished, rules, lang)), True
    anyone = _anywhere(doc, rules, lang, named)
    return (_text(_with_joined(doc, anyone, rules, lang)), True) if anyone else ("", False)


def _anywhere(doc: Doc, rules: NoteRules, lang: str, named: frozenset[int]) -> list[Token]:
    """The first person the note names anywhere ("my dad", "grandpa"), not among the tokens `named` nor one who gives
    the present (after a word of ``givers``: "für sie von Papa", "de la part de maman")."""
    possessives = rules.words.get("possessives", frozenset())
    givers = rules.words.get("givers", frozenset())
    given = -1  # the last token of the givers named ("von Oma und Opa")
    for index, token in enumerate(doc):
        if index > given and index not in named and is_person(token, rules, lang):
            first = next((i for i in range(index - 1, max(-1, index - 3), -1) if doc[i].lower_ in possessives), index)
            if any(not doc[i].is_alpha for i in range(first, index)):
                first = index
            span = _phrase(doc, first, rules) or [doc[index]]
            if not any(doc[i].lower_ in givers for i in range(max(0, first - 2), first)):
                return _through(doc, span, rules, lang)
            given = _with_joined(doc, span, rules, lang)[-1].i
    return []


def greeted(doc: Doc, rules: NoteRules, lang: str, ends: frozenset[int] = frozenset()) -> list[Token]:
    """Whom a wish is said to ("Happy 30th Tom", "Alles Gute zum Geburtstag, lieber Tom", "Eid Mubarak to the
    Rahmans"): a name or person right after a wish's end (a token of `ends` or a word of ``wishes``), a comma, one of
    ``vocatives`` or of ``greeting_preps``; never the shop's team (`_addressed`); [] when it wishes no one."""
    wishes = rules.words.get("wishes", frozenset())
    for index, token in enumerate(doc):
        if (index not in ends and token.lower_ not in wishes) or index + 1 in ends:
            continue
        at = index + 2 if index + 1 < len(doc) and doc[index + 1].text == "," else index + 1
        prep = at < len(doc) and doc[at].lower_ in rules.words.get("greeting_preps", frozenset())
        if at < len(doc) and (prep or doc[at].lower_ in rules.words.get("vocatives", frozenset())):
            at += 1
        span = _phrase(doc, at, rules) if at < len(doc) else []
        if span and _addressed(span, rules, lang, prep):
            return span
    return []


def _addressed(span: list[Token], rules: NoteRules, lang: str, prep: bool) -> bool:
    """Whether a wish's phrase names someone: a name, a person word ("Dad"), the customer's own ("ma maman") or, after
    a greeting preposition, an article and a person ("an die ganze Familie Yılmaz"); no group ("the team")."""
    if is_name(span, rules):
        return True
    at = person_at(span, rules, lang)
    if at < 0 or span[at].lower_ in rules.words.get("groups", frozenset()):
        return False
    determiners = rules.words.get("own_possessives", frozenset()) | (
        rules.words.get("articles", frozenset()) if prep else frozenset()
    )
    return at == 0 or (span[0].lower_ in determiners and at <= 2)  # not "deine Mama": who signs the card


def _apposed(doc: Doc, span: list[Token], rules: NoteRules, lang: str) -> bool:
    """Whether a name is followed by who they are, after a comma ("Grace, the carer who …", "Fatou, l'auxiliaire
    de vie de ma mère"): a possessive or an article, then a person word within two words."""
    end = span[-1].i + 1
    if end + 1 >= len(span[0].doc) or span[0].doc[end].text != ",":
        return False
    rest = _phrase(span[0].doc, end + 1, rules)
    determiners = rules.words.get("possessives", frozenset()) | rules.words.get("articles", frozenset())
    return bool(rest) and rest[0].lower_ in determiners and 0 < person_at(rest, rules, lang) <= 2


def _idiom(doc: Doc, index: int, rules: NoteRules) -> bool:
    """Whether the preposition at `index` follows a word of ``prep_idioms`` (« au courant pour le bébé »)."""
    return index > 0 and doc[index - 1].lower_ in rules.words.get("prep_idioms", frozenset())


def _own_name(span: list[Token], rules: NoteRules) -> bool:
    """Whether the phrase is the customer's own possessive and a name ("our Chloe", "notre Léa"); not in German,
    where every noun is capitalised ("für meinen Regenschirm")."""
    own = rules.words.get("own_possessives", frozenset())
    return rules.lang != "de" and len(span) > 1 and span[0].lower_ in own and is_name(span[1:], rules)


def _with_joined(doc: Doc, span: list[Token], rules: NoteRules, lang: str) -> list[Token]:
    """`span` with a second person joined to it by "and", "und", "et" ("Oma und Opa", "my brother and his
    girlfriend", "Léa et Hugo"): a person word, someone of the customer's ("his girlfriend") or, after a name, a
    name; not "my wife and I"."""
    end = span[-1].i + 1
    if end + 1 >= len(doc) or doc[end].lower_ not in rules.words.get("name_joins", frozenset()):
        return span
    rest = _phrase(doc, end + 1, rules)
    if not rest:
        return span
    determiners = rules.words.get("possessives", frozenset()) | rules.words.get("articles", frozenset())
    person = person_at(rest, rules, lang, pets=True)
    if (
        person == 0
        or (rest[0].lower_ in determiners and 0 < person <= 2)
        or (is_name(span, rules) and is_name(rest, rules))
    ):
        return [*span, doc[end], *rest]
    return span


def _with_place(doc: Doc, span: list[Token], rules: NoteRules) -> list[Token]:
    """`span` with the place that says which group it is, when it ends in a word of ``groups`` ("the whole team"
    + "at the office", "das ganze Team" + "im Büro")."""
    end = span[-1].i + 1
    if span[-1].lower_ not in rules.words.get("groups", frozenset()) or end + 1 >= len(doc):
        return span
    if doc[end].lower_ not in rules.words.get("place_preps", frozenset()):
        return span
    rest = _phrase(doc, end + 1, rules)
    return [*span, doc[end], *rest] if rest else span


def _through(doc: Doc, span: list[Token], rules: NoteRules, lang: str) -> list[Token]:
    """`span` with the person it is named through: "my son" + "'s teacher Miss Kaur", "die Lehrerin" + "von
    unserem Sohn" (only after an article: "meinen Bruder von seiner Schwester" names who it is from)."""
    end = span[-1].i + 1
    if end >= len(doc):
        return span
    link = doc[end]
    rest = _phrase(doc, end + 1, rules)
    if not rest:
        return span
    if link.lower_ in _GENITIVE and 0 <= person_at(rest, rules, lang, pets=True) <= 1:
        return [*span, link, *rest]
    determiners = rules.words.get("possessives", frozenset()) | rules.words.get("articles", frozenset())
    if (
        link.lower_ in rules.words.get("of_preps", frozenset())
        and span[0].lower_ in rules.words.get("articles", frozenset())
        and rest[0].lower_ in determiners
        and 0 < person_at(rest, rules, lang, pets=True) <= 2
    ):
        return [*span, link, *rest]
    return span


def _phrase(doc: Doc, start: int, rules: NoteRules, through: frozenset[str] = frozenset()) -> list[Token]:
    """The words of the noun phrase that starts at token `start` (up to a stop word or punctuation; the words
    of `through` do not stop it; a person word's tail, such as "in law", stays with it)."""
    stops = rules.words.get("recipient_stops", frozenset()) - through
    tails = rules.words.get("person_tails", frozenset())
    span: list[Token] = []
    at, end = start, min(len(doc), start + _PHRASE_LIMIT)
    while at < end:
        token = doc[at]
        at += 1
        tail = doc[token.i : token.i + 2].text.lower()
        if span and tail in tails:
            span += list(doc[token.i : token.i + 2])
            at += 1
            continue
        glued = span and token.i > 0 and not doc[token.i - 1].whitespace_ and doc[token.i - 1].text in "-'’"
        if (token.text in "-'’" and not token.whitespace_ and span) or glued:
            span.append(token)
            continue
        if span and token.lower_ in stops and not _joined(span[-1], token, rules) and not compound(token):
            break
        if not (
            token.is_alpha or token.like_num or token.text.isalnum() or token.text in ("&", *_GENITIVE)
        ) and not token.text.endswith("'"):
            break
        span.append(token)
    while span and (span[-1].lower_ in stops or span[-1].text in "-&'’"):
        span.pop()
    return span


def _joined(before: Token, token: Token, rules: NoteRules) -> bool:
    """Whether `token`, an article, goes on a phrase after a word that joins a person to whom they belong ("la
    fille de la voisine")."""
    return before.lower_ in rules.words.get("of_preps", frozenset()) and token.lower_ in rules.words.get(
        "articles", frozenset()
    )


def _from_determiner(span: list[Token], at: int, rules: NoteRules) -> str:
    """The phrase from the last run of determiners before its first person word ("l'anniv de mon copain" → "mon
    copain"; "la maîtresse de ma fille" stays whole; "toute l'équipe" keeps "toute")."""
    determiners = rules.words.get("possessives", frozenset()) | rules.words.get("articles", frozenset())
    starts = [i for i in range(at) if span[i].lower_ in determiners]
    start = starts[-1] if starts else 0
    while start > 0 and span[start - 1].lower_ in determiners:
        start -= 1
    return _text(span[start:])


def _text(span: list[Token]) -> str:
    if not span:
        return ""
    doc = span[0].doc
    return doc.text[span[0].idx : span[-1].idx + len(span[-1].text)]
