"""The thing a customer's question names when the order does not hold it, named as the note names things.

"Passt Merino-Socken auch in die Waschmaschine?" on an order of a scarf is answered "Ich beantworte Ihre Frage zu
den Merino-Socken persönlich", so that the customer sees the question was read, and read as theirs. The thing is
named only where notegen can name it with certainty, else the reply keeps saying that the question is about
something the order does not hold:

- the shop's catalog names the customer's words (its product, however they were cut in the note);
- German: the one noun as the customer wrote it, when it is the nominative of a noun the lexicon knows (singular
  or plural: "den Wollschal", "die Lammfellhausschuhe"; not "den Hausschuhen", whose nominative the note would
  have to guess, nor "Filzgleiter", one or several), after an article, or without one as the subject of a
  question that opens with its verb ("Passt Merino-Socken …?"; not "in Ordnung", "Letztes Mal");
- French and English: the words after an article or a possessive ("le tablier", "the oak chopping board"), in
  lower case (a capital starts a product's own name, whose end the words cannot tell: « la Brume d'oreiller »),
  when the lexicon knows their noun and, in French, the article agrees with it (« la tablier » names nothing);
- exactly one thing is named (or one after an article, beside others a capital alone marks: "die Kuscheldecke
  aus echter Schurwolle"), and the note is read in the language the note is written in.
"""

from __future__ import annotations

import re

from notegen.language.asked_things import ThingNamed, phrases_asked
from notegen.language.catalog import Catalog
from notegen.language.items import head_noun, item_phrase
from notegen.model import Item

_LONGEST = 3
"""The most words a thing named after an article may have ("the oak chopping board")."""
_FRENCH_ARTICLES = {"le": "m", "la": "f", "les": "pl", "cette": "f", "ces": "pl", "du": "m", "vos": "pl", "tes": "pl"}
"""French articles and possessives that tell the gender or number of the noun after them."""
_FOLLOWING = 3
"""How many words after a thing marked by a capital alone may belong to a catalog product's name."""


def thing_named(text: str, lang: str, note_lang: str, formal: bool, catalog: Catalog | None) -> str:
    """How the reply names what the question `text` asks about ("zu den Merino-Socken", "sur le tablier", "about
    the oak chopping board"), or "" when notegen cannot name it with certainty."""
    if note_lang != lang:
        return ""
    phrases = phrases_asked(text, lang)
    for phrase in phrases:
        product = _in_catalog(text, phrase, lang, catalog)
        if product and catalog is not None:
            return item_phrase(Item(product), lang, formal, False, catalog).about
    one = _the_one(phrases)
    if one is None or not _certain(one, lang):
        return ""
    named = item_phrase(Item(one.text), lang, formal)
    return named.about if named.certain else ""


def _the_one(phrases: tuple[ThingNamed, ...]) -> ThingNamed | None:
    """The one thing the question names: the only one, or the only one after an article or right after the
    question's verb ("Passen Filzgleiter auch unter Stühle aus Metall?")."""
    if len(phrases) == 1:
        return phrases[0]
    heads = [phrase for phrase in phrases if phrase.determiner or (phrase.second and not phrase.after_small_word)]
    return heads[0] if len(heads) == 1 else None


def _certain(phrase: ThingNamed, lang: str) -> bool:
    """Whether the lexicon names the customer's words with certainty, as the note needs them (see above)."""
    if lang == "de":
        if not phrase.determiner and (phrase.after_small_word or not phrase.second):
            return False  # "Ist das so in Ordnung?", "Letztes Mal …": no thing of the shop's
        head = head_noun(phrase.text, lang) if len(phrase.words) == 1 else None
        written = phrase.text.casefold()
        if head is None or (not head.plural_name and head.word.casefold() == head.plural.casefold() != ""):
            return False  # "Filzgleiter": one or several? the word cannot tell
        return written in (head.word.casefold(), head.plural.casefold())
    if not phrase.determiner or len(phrase.words) > _LONGEST or any(word[:1].isupper() for word in phrase.words):
        return False  # a capital starts a product's own name, which may run on ("la Brume d'oreiller")
    head = head_noun(phrase.text, lang)
    if head is None or not head.certain:
        return False
    told = _FRENCH_ARTICLES.get(phrase.determiner, "") if lang == "fr" else ""
    if told == "pl":
        return head.plural_name
    return not told or (not head.plural_name and head.gender == told)


def _in_catalog(text: str, phrase: ThingNamed, lang: str, catalog: Catalog | None) -> str:
    """The catalog's product the customer's words name ("Coffee grinder" of "how long Coffee grinder lasts"), the
    longest that fits; "" when the shop has no catalog or no such product."""
    if catalog is None:
        return ""
    found = re.search(re.escape(phrase.text) + rf"((?:\s+[^\W\d_]+(?:-[^\W\d_]+)*){{0,{_FOLLOWING}}})", text)
    if found is None:
        return ""
    words = found.group(0).split()
    for end in range(len(words), 0, -1):
        name = " ".join(words[:end])
        if catalog.find(Item(name), lang) is not None:
            return name
    return ""
