"""The h at the start of a French word: aspiré (« la housse », « le hamac », « de housse », no elision) or muet
(« l'huile », « l'horloge », « d'herbe »), as Le Robert, Larousse and the TLFi mark it. DELA does not mark it.

`ASPIRATED` lists the h aspiré words a shop may name, with their families (a derivative keeps the h of its root:
« la hache », « la hachette », « le hachoir », « le hachis »; but « le héros » and « l'héroïne » differ);
`ASPIRATED_BEGINNINGS` the beginnings all of whose words have one (« hâ »); `MUTE` and `MUTE_BEGINNINGS` the h muet
ones. A word in neither is unknown (`h_aspirated` gives None): the
composer then names the item without an article that elides or not, and the lint accepts either.
"""

from __future__ import annotations

from notegen.language.french_lexicon import readings
from notegen.language.words import words

ASPIRATED = frozenset(
    words(
        "hâblerie hâbleur hachage hache haché hachée hachement hacher hachereau hachette hacheur hachis hachoir "
        "hachure hachures haddock hagard haie haïku haillon haillonneux haine haineux haïssable haka hakama halage "
        "hâle hâlé hâler haletant halètement hall halle hallebarde hallebardier hallier halo halte halva "
        "hamac hamburger hameau hammam hampe hamster hanap hanche handball handballeur handicap handicapé "
        "handisport hangar hanneton hanté hantise happe happement harangue haras harassant harassé harassement "
        "harcelant harcèlement harceleur hard hard-rock harde hardes hardi hardie hardiesse harem hareng harengère "
        "harfang hargne hargneux haricot haridelle harissa harki harnachement harnais harnois harpe harpie "
        "harpiste harpon harponnement harponneur hasard hasardeux hasch haschich haschisch hase hâte hâtelet "
        "hâtelette hâtif hâtive hauban haubert hausse haussement haussière haut hautain hautbois hautboïste haute "
        "hautement hauteur havanais havane hâve havre havresac hayon heaume henné hennin hennissant hennissement "
        "héraut hère hérissé hérissée hérissement hérisson hérissonne herniaire hernie héron héronneau héronnière "
        "héros herse hêtraie hêtre heurt heurté heurtoir hi-fi hibou hic hickory hideur hideux hifi hijab hip-hop "
        "hippie hippy hissage hit hobby hobereau hochement hochequeue hochet hockey hockeyeur hold-up holding "
        "hollandais hollandaise hollande holster homard home hongre hongrois hongroise honte honteux hooligan "
        "hoquet hoqueton horde horion hors hot-dog hotte hottée hottentot houblon houblonnière houe houille "
        "houiller houillère houle houlette houleux houppe houppelande houppette houppier hourdis hourra houseau "
        "housse houssine houssoir houx hoyau hub hublot huche huchet huée huguenot huit huitaine huitième hulotte "
        "hune hunier huppe huppé huppée hure hurlant hurlement hurleur huron husky hussard hussarde hutte"
    )
)
MUTE = frozenset(
    words(
        "habile habileté habilitation habilité habillage habillé habillement habit habitable habitacle habitant "
        "habitat habitation habité habitude habitué habituel hagiographe hagiographie haleine hallucinant "
        "hallucination halluciné hallucinogène haltère haltérophile haltérophilie hamamélis hameçon hebdo "
        "hebdomadaire hectare hellébore hellène hellénique hellénisme herbacé herbage herbe herbeux herbicide "
        "herbier herbivore herborisation herboriste herboristerie herbu hercule herculéen hermaphrodite "
        "herméneutique hermétique hermine herpès heure heureux heuristique hiatus hibernation hibiscus hiéroglyphe "
        "hilare hilarité hindou hippique hippisme hirondelle hirsute hispanique histogramme histologie hiver "
        "hivernage hivernal hivernant homélie homicide hommage homme honnête honnêteté honneur honorable "
        "honoraires honorifique horaire horreur horrible hortensia horticole hospice hospitalier hospitalisation "
        "hospitalité hostellerie hostie hostile hostilité hôte hôtesse huis huisserie huissier humanoïde humble "
        "humectant humérus humiliation humilité humus"
    )
)
# Beginnings whose every word has an h muet: the learned prefixes (« l'hydromel », « l'hygromètre », « l'hélice »,
# « l'hexagone ») and the families of common nouns (« l'huile », « l'huilier », « l'horloge », « l'horloger »);
# a word of `ASPIRATED` wins over them (« le héron », « le hérisson »).
MUTE_BEGINNINGS = tuple(
    words(
        "hy hé hecto hexa hepta homéo homo holo hippo harmoni histoire histori hôtel hôpital huil huîtr horlog "
        "hormon horizon horodat horoscop horticult humain humani humeur humid humor humour"
    )
)
# Beginnings whose every word has an h aspiré: « hâ » (« la hâte », « le hâle », « le hâtelet »,
# « hâbleur »: every such word of DELA, each marked so by Le Robert and the TLFi).
ASPIRATED_BEGINNINGS = ("hâ",)
_UNSURE = frozenset(words("hyène"))  # « la hyène » and « l'hyène »: the dictionaries give both


def h_aspirated(word: str) -> bool | None:
    """Whether the French `word` (any case, any form: « Hachettes », « hautes », « hors-bord ») begins with an h
    aspiré: True, False (an h muet, or no h), or None for an h that neither list knows."""
    lower = word.lower()
    if not lower.startswith("h"):
        return False
    found = readings(lower) + readings(lower, "A")
    names = {lower, lower.split("-")[0], lower.removesuffix("s"), lower.removesuffix("x")}
    names |= {reading.lemma for reading in found}
    if not names.isdisjoint(ASPIRATED) or lower.startswith(ASPIRATED_BEGINNINGS):
        return True
    if not names.isdisjoint(_UNSURE):
        return None
    if not names.isdisjoint(MUTE) or lower.startswith(MUTE_BEGINNINGS):
        return False
    return None
