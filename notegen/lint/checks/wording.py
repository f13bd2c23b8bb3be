"""Rules on the wording as a whole: leaked placeholders (SIN203), mixed formality (SIN204), the note's
language (SIN205), and asking before giving (SIN401).

Formality also covers the greeting: a note that greets with a title and a last name ("Liebe Frau Müller",
"Bonjour Madame Martin") and then says "du" or "tu" is an error even when it never says "Sie" or "vous".

Formality: German "du" forms are informal in any case; "Sie", "Ihnen", "Ihr…" are formal when capitalised
inside a sentence. At the start of a sentence "Sie"/"Ihr…" may as well be "she", "they" or "her", so there they
count only when the verb form says so (a plural verb after "Sie") and the rest of the note is formal too, or
when nothing comes before them that "she" or "they" could stand for (the first words after the greeting), or
in the signature ("Ihre Clara"); lower-case "sie"/"ihr" never count. French: tu/te/toi/ton… against
vous/votre/vos, and a verb in the formal imperative that opens a sentence (« Gardez-les », « N'hésitez
pas », by the lemma table) counts as « vous »; a "vous" in a sentence that addresses several people, the
tu-person among them (the rule's `plural_address` phrases: « toi et ta sœur, vous … », « vous deux »), is the
plural of "tu", not formal.

Language: the share of each language's stop words (spaCy's own lists) among the note's words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from notegen.language import forms
from notegen.lint.nlp.note_view import Hit, NoteView
from notegen.lint.rules import Rule

_WORDS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


_GLOBAL_FLAGS = re.compile(r"^\(\?([aiLmsux]+)\)")


@cache
def _expressions(patterns: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    """The rule's regular expressions as alternations (a pass over the text each): first those that begin with
    a literal character ("\\{", "<", "None"), then the rest. An alternation whose every expression begins with
    a literal character is searched only where one of them stands; one expression that begins with an anchor,
    a flag or a lookaround would make the regex engine try every branch at every character."""
    first = [(number, pattern) for number, pattern in enumerate(patterns) if _literal_start(pattern)]
    rest = [(number, pattern) for number, pattern in enumerate(patterns) if not _literal_start(pattern)]
    return tuple(_alternation(group) for group in (first, rest) if group)


def _literal_start(pattern: str) -> bool:
    """Whether an expression begins with a literal character: an escaped sign or a plain one, not a class,
    a group, an anchor or a flag."""
    if pattern[:1] == "\\":
        return len(pattern) > 1 and not pattern[1].isalnum()
    return bool(pattern) and pattern[0] not in "([.^$|?*+{"


def _alternation(patterns: list[tuple[int, str]]) -> re.Pattern[str]:
    """Numbered expressions as one alternation; each keeps its own flags, and a group named "leak" in one of
    them becomes leak<number>."""
    parts = []
    for number, pattern in patterns:
        pattern = pattern.replace("(?P<leak>", f"(?P<leak{number}>")
        flags = _GLOBAL_FLAGS.match(pattern)
        parts.append(f"(?{flags[1]}:{pattern[flags.end() :]})" if flags else f"(?:{pattern})")
    return re.compile("|".join(parts))


def check_placeholders(rule: Rule, ctx: NoteView) -> list[Hit]:
    """SIN203: template syntax, merge tags, empty values or None/nan/null/undefined in the text. A match that
    begins inside an earlier one is left out, as one alternation of all the expressions would."""
    found = [m for e in _expressions(tuple(rule.settings.get("regex", ()))) for m in e.finditer(ctx.text)]
    hits: list[Hit] = []
    end = -1
    for match in sorted(found, key=lambda match: match.start()) if len(found) > 1 else found:
        if match.start() < end:
            continue
        end = match.end()
        leak = next((name for name, value in match.groupdict().items() if value is not None), None)
        start, stop = match.span(leak) if leak else match.span()
        hits.append(Hit(start, stop))
    return hits


def _register(rule: Rule, ctx: NoteView, index: int) -> str:
    text, lower = ctx.texts[index], ctx.lowers[index]
    if lower in rule.setting_set("informal"):
        previous = ctx.lowers[index - 1] if index else ""
        if previous in rule.settings.get("not_after", {}).get(lower, ()):
            return ""
        return "informal"
    if (text if rule.settings.get("formal_case_sensitive") else lower) not in rule.setting_set("formal"):
        return ""
    if ctx.sentence_starts[index] and text in rule.setting_set("ambiguous_at_start"):
        if ctx.kinds[index] == "signature" or _opens_the_note(ctx, index):
            return "formal"  # a sign-off ("Ihre Clara"), or nothing before it that "she" or "they" could be
        following = ctx.lowers[index + 1] if index + 1 < len(ctx.lowers) else ""
        endings = tuple(rule.setting_set("plural_verb_endings"))
        plural = following in rule.setting_set("plural_verbs") or following.endswith(endings)
        return "maybe-formal" if plural else ""
    return "formal"


def _opens_the_note(ctx: NoteView, index: int) -> bool:
    """Whether token `index` is the first word after the greeting."""
    return not any(ctx.alpha[i] and ctx.kinds[i] != "greeting" for i in range(index))


def check_formality(rule: Rule, ctx: NoteView) -> list[Hit]:
    """SIN204: the note mixes informal and formal address (du and Sie, tu and vous)."""
    found: dict[str, list[int]] = {"informal": [], "formal": [], "maybe-formal": []}
    candidates = rule.derived.get("candidates")
    if candidates is None:
        lowered = {word.lower() for word in rule.setting_set("formal")}
        candidates = rule.derived["candidates"] = rule.setting_set("informal") | lowered
    for index, lower in enumerate(ctx.lowers):
        if lower in candidates and not ctx.quoted[index]:
            register = _register(rule, ctx, index)
            if register:
                found[register].append(index)
    found["formal"] += _formal_imperatives(rule, ctx)
    if found["formal"]:
        found["formal"] = sorted(found["formal"] + found["maybe-formal"])
    plural = ctx.spans(rule.code, "plural_address")
    if plural and found["formal"]:  # « toi et ta sœur, vous … »: the plural of "tu", not the formal "vous"
        found["formal"] = [i for i in found["formal"] if not _in_sentence_with(ctx, i, plural)]
    informal, formal = found["informal"], found["formal"]
    if informal and not formal:
        title = _titled_greeting(rule, ctx)
        if title is None:
            return []
        start, end = ctx.chars(informal[0], informal[0] + 1)
        return [Hit(start, end, {"informal": ctx.texts[informal[0]], "title": title}, "title")]
    if not informal or not formal:
        return []
    minority = informal if (len(informal), -informal[0]) < (len(formal), -formal[0]) else formal
    start, end = ctx.chars(minority[0], minority[0] + 1)
    values = {"informal": ctx.texts[informal[0]], "formal": ctx.texts[formal[0]]}
    return [Hit(start, end, values)]


def _formal_imperatives(rule: Rule, ctx: NoteView) -> list[int]:
    """The verbs in the formal imperative that open a sentence of the body or a postscript (the rule's
    `formal_imperative`: the form's `endings`, the words that may stand `before` it, « N'hésitez pas », and the
    `lemma_endings` of a verb): « Gardez-les » of « garder »; « Chez », « Assez » are no verb's form."""
    setting = rule.settings.get("formal_imperative") or {}
    endings = tuple(setting.get("endings", ()))
    if not endings:
        return []
    before, verbs = frozenset(setting.get("before", ())), tuple(setting.get("lemma_endings", ()))
    found = []
    for index, lower in enumerate(ctx.lowers):
        if not lower.endswith(endings) or ctx.quoted[index] or ctx.kinds[index] not in ("body", "postscript"):
            continue
        starts = ctx.sentence_starts
        if starts[index] or (index and starts[index - 1] and ctx.lowers[index - 1] in before):
            lemma = forms.lemma_store(ctx.lang).lemma(lower)
            if lemma and lemma != lower and lemma.endswith(verbs):
                found.append(index)
    return found


def _in_sentence_with(ctx: NoteView, index: int, spans: list[tuple[int, int]]) -> bool:
    """Whether one of `spans` stands in the sentence that holds token `index`."""
    start = index
    while start > 0 and not ctx.sentence_starts[start]:
        start -= 1
    end = ctx.sentence_end(index)
    return any(start <= first and last <= end for first, last in spans)


def _titled_greeting(rule: Rule, ctx: NoteView) -> str | None:
    """The title and name of a formal greeting ("Frau Müller", "Madame Martin"), or None. A title counts when a
    name follows it; where the language lets a title stand alone ("Chère Madame"), the title alone counts."""
    titles = rule.setting_set("titles")
    alone = rule.setting_set("titles_alone")
    greeting = [i for part in ctx.token_ranges("greeting") for i in part if not ctx.space[i]]
    for position, index in enumerate(greeting):
        if ctx.lowers[index] not in titles:
            continue
        following = greeting[position + 1] if position + 1 < len(greeting) else None
        name = ctx.texts[following] if following is not None else ""
        named = name[:1].isupper() and (name.isalpha() or name.replace("-", "").isalpha())  # "Schulte-Bräuning"
        if named and following is not None:
            return f"{ctx.texts[index]} {ctx.texts[following]}"
        if ctx.lowers[index] in alone:
            return ctx.texts[index]
    return None


@cache
def _languages_of() -> dict[str, tuple[str, ...]]:
    """Each stop word of any language, with the languages whose list has it."""
    lists = forms.stop_words()
    return {
        word: tuple(lang for lang, stop in lists.items() if word in stop) for stop in lists.values() for word in stop
    }


def shares(words: Iterable[str]) -> dict[str, float]:
    """How many of `words` (lower case) are stop words of each language; a word of k lists counts 1/k."""
    found = dict.fromkeys(forms.stop_words(), 0.0)
    languages = _languages_of()
    for langs in filter(None, map(languages.get, words)):
        for lang in langs:
            found[lang] += 1 / len(langs)
    return found


def detect(text: str) -> str | None:
    """The language whose stop words the text uses most, or None when it uses none."""
    found = shares(word.lower() for word in _WORDS.findall(text))
    best = max(found, key=lambda lang: found[lang])
    return best if found[best] > 0 else None


def check_language(rule: Rule, ctx: NoteView) -> list[Hit]:
    """SIN205: the note is written in another language than the order's."""
    expected = ctx.expected_lang
    if expected is None:
        return []
    found = shares(ctx.lowers)
    best = max(found, key=lambda lang: found[lang])
    if best == expected or found[best] < float(rule.settings.get("min_words", 3)):
        return []
    if found[best] < float(rule.settings.get("ratio", 2)) * found.get(expected, 0.0):
        return []
    return [Hit(values={"found": best, "expected": expected})]


def check_reciprocity(rule: Rule, ctx: NoteView) -> list[Hit]:
    """SIN401: the note asks (review, referral, newsletter) before it gives (a gift, else its thanks)."""
    asks = ctx.spans(rule.code, "asks")
    if not asks:
        return []
    gifts = ctx.spans(rule.code, "gifts")
    thanks = ctx.spans(rule.code, "thanks")
    give = gifts[0][0] if gifts else thanks[0][0] if thanks else None
    if give is not None and give < asks[0][0]:
        return []
    return [Hit(*ctx.chars(*asks[0]))]
