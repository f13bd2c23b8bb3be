"""How German shops sell some kinds of goods, read from the name: what several come in ("die drei Gläser
Gewürzgurken, 720 ml", "die drei Packungen Zeichenkarton, 50 Blatt") and how a book's format follows its name
("den Wanderführer „…“ als Taschenbuch").

The end of the head noun decides: a German compound ends in what the product is.
"""

from __future__ import annotations

import re

from notegen.language.containers import UNITS, designation, measure, measured
from notegen.language.phrase import Head
from notegen.language.words import words

# Nouns sold by weight or volume, not counted ("den Blütenhonig", never "die drei Blütenhonige"): the end of
# the head decides. The lexicon lists plurals of kinds ("Honige", "Weine") that a note must not use.
MASS = tuple(
    words(
        "honig senf essig öl salz pfeffer reis käse tee kaffee wein bier saft sirup schokolade erde wäsche mehl "
        "zucker müsli butter milch sahne quark joghurt konfitüre pesto soße sauce pasta dünger zimt kakao likör "
        "sekt wasser kompost granola tabak wolle seide leinen baumwolle kohle kreide knete wachs gips sand kies "
        "streu futter leim mulch granulat harz hirse papier espresso protein pulver klarlack lasur beize "
        "buchweizen dinkel quinoa amaranth couscous bulgur grieß graupen polenta knäckebrot knäcke zwieback "
        "bodengrund substrat tinte tusche ton rinde brennholz kaminholz feuerholz anfeuerholz lachs speck kaviar "
        "meerrettich fondant marzipan gelatine hefe stärke paste puder grit aufguss konzentrat masse ketchup "
        "mayonnaise marmelade gelee chutney fond brühe schmalz nougat popcorn aroma dressing spray gas "
        "zuckerguss tortenguss kuchenguss streudekor schmierseife flüssigseife gestein schutz fett talg"
    )
)
# Nouns that end like a mass noun and are counted: a cartridge and a mascara are no ink ("Gaskartusche" and
# "Wimperntusche" end in "tusche"), a box is no clay ("Umzugskarton" ends in "ton").
NOT_MASS = tuple(words("kartusche wimperntusche karton grimasse"))
# Nouns of a liquid where the name gives its volume, and of a thing otherwise: "Fixierbad, 1 l" is a fixer ("die drei
# Flaschen Fixierbad"), a "Vogelbad" a bird bath; "Hundeshampoo, 500 ml" a bottle, "Festes Shampoo, 60 g" a bar.
POURED = tuple(words("bad shampoo politur lotion"))
# What several of a noun sold by weight or volume come in ("die drei Flaschen Rapsöl", "die drei Gläser
# Blütenhonig"): the end of the head decides; any other comes in packs ("die drei Packungen Basmatireis").
CONTAINERS = (
    (
        tuple(
            words(
                "öl essig saft sirup wein bier wasser likör sekt milch tinte tusche aufguss ketchup aroma "
                "dressing gas schmierseife flüssigseife"
            )
        ),
        "Flaschen",
    ),
    (tuple(words("honig konfitüre senf pesto meerrettich kaviar mayonnaise marmelade gelee chutney fond")), "Gläser"),
    (tuple(words("lack lasur beize puder spray")), "Dosen"),
    (
        tuple(words("erde kompost dünger sand kies streu mulch grillkohle holzkohle bodengrund substrat holz gestein")),
        "Säcke",
    ),
    (tuple(words("wolle")), "Knäuel"),
    (tuple(words("schokolade")), "Tafeln"),
    (tuple(words("käse schutz")), "Stück"),  # "die zwei Stück Gehörschutz": German writes no "Gehörschutze"
    (tuple(words("wäsche")), "Sets"),
    (tuple(words("geschenkpapier packpapier backpapier seidenpapier")), "Rollen"),
)

# A soft mass sold by volume, a fat, a wax or a paste, comes in a tin, a jar or a tube, which its name does not say:
# in packs ("die drei Packungen Melkfett, 250 ml"), never in bottles.
SOFT = tuple(words("fett talg wachs paste pasta butter schmalz vaseline knete fondant marzipan nougat masse"))
# A mass noun sold by volume that `CONTAINERS` names no container for comes in bottles ("die drei Flaschen
# Kunstblut, 100 ml"), but loose grains and pieces a shop fills by the litre into sacks (clay pebbles, granulate,
# bark).
LOOSE = tuple(words("ton granulat rinde gestein"))


def liquid(adjectives: list[str]) -> bool:
    """Whether the adjectives before a head say the product is a liquid ("Flüssiger Süßstoff", "flüssige Seife"): it is
    then sold by volume, not counted, and several come in bottles ("die drei Flaschen flüssigen Süßstoff")."""
    return any(word.lower().startswith("flüssig") for word in adjectives)


def container(word: str) -> str:
    """What several of the mass noun `word` come in ("Flaschen" for "Rapsöl"), "Packungen" by default."""
    lower = word.lower()
    if lower.startswith("eau de "):  # "die drei Flakons Eau de Parfum"
        return "Flakons"
    if lower.startswith("flüssig"):  # "die drei Flaschen Flüssigdünger", never "Säcke"
        return "Flaschen"
    if lower.endswith(NOT_MASS):
        return "Packungen"
    return next((unit for ends, unit in CONTAINERS if lower.endswith(ends)), "Packungen")


# Nouns written in the plural that are bought as a set, not as a pack ("drei Sets Gartenstühle"); other plurals
# are counted in packs ("drei Packungen Heftklammern"). The end of the head decides.
SAETZE = tuple(words("saiten"))  # "drei Sätze Gitarrensaiten"
# Garments named only in the plural that count as one piece each: "drei Shorts", "die Leggings" (f).
ONE_PIECE_PLURALS = tuple(words("shorts leggings jeggings hotpants chinos jeans"))
SETS = tuple(
    words(
        "stühle bänke gläser tassen becher schalen schüsseln teller messer gabeln löffel töpfe pfannen dosen körbe "
        "kisten boxen gewichte bleche formen kissen beläge darts"
    )
)
# What a "-messer" measures when it is a meter, masculine ("der Blutdruckmesser"), not a knife ("das Brotmesser").
MEASURED = tuple(
    words(
        "druck zucker feuchte feuchtigkeit entfernung temperatur zeit wind regen licht belichtung schall pegel höhe "
        "höhen geschwindigkeit winkel dicke strom spannung puls schritt fieber luft boden durchfluss radon"
    )
)
# Small things alike in both numbers that no shop sells one of: the name stands for the pack, read as a plural
# ("die Brühwürfel", "die drei Packungen Kaffeefilter 1x4"), as a pair is ("die Knieschoner").
PACKED_PIECES = tuple(
    words(
        "anzündwürfel brühwürfel zuckerwürfel grillanzünder kaminanzünder ofenanzünder kaffeefilter teefilter samen "
        "schokotropfen schokoladentropfen"
    )
)
# What several of such a name, or of a name in the plural, come in where it is not a pack: seeds for sowing in bags
# ("die drei Tüten Möhrensamen", never one seed), playing cards in decks ("die drei Päckchen Pokerkarten"); by
# weight they are packs ("die drei Packungen Leinsamen, 500 g").
PACKED_IN = (
    (tuple(words("samen")), "Tüten"),
    (
        tuple(
            words(
                "spielkarten skatkarten pokerkarten rommékarten rommeekarten tarotkarten doppelkopfkarten "
                "schafkopfkarten jasskarten bridgekarten canastakarten"
            )
        ),
        "Päckchen",
    ),
)


def packed_in(word: str) -> str:
    """What several of a name in the plural come in by its noun ("Tüten" for "Möhrensamen"), "" for a pack."""
    lower = word.lower()
    return next((unit for ends, unit in PACKED_IN if lower.endswith(ends)), "")


# Nouns whose plural is counted in pairs ("zwei Paar Socken"): the end of the head decides. One spelt alike in both
# numbers is read as the pair a shop sells ("die Knieschoner", "die Hosenträger").
PAIRS = frozenset(
    words(
        "socke socken handschuh strumpf schuh stiefel ohrring pantoffel sandale fäustling stulpe stulpen flosse "
        "flossen knieschoner ellbogenschoner ellenbogenschoner schienbeinschoner handgelenkschoner knieschützer "
        "schienbeinschützer ellenbogenschützer handgelenkschützer ohrenschützer ohrenwärmer pulswärmer hosenträger "
        "ohrstecker creolen kreolen ohrhänger manschettenknöpfe schnürsenkel einlegesohlen essstäbchen schwimmflügel "
        "latschen pumps clogs ballerinas espadrilles gamaschen hanteln inliner skistöcke wanderstöcke trekkingstöcke "
        "trommelstöcke schlagzeugstöcke drumsticks schneeketten schläppchen schlappen stiefelette stiefeletten "
        "pantolette pantoletten mokassin mokassins sneaker sneakers füßling füßlinge schuhspanner stiefelspanner"
    )
)
# Fruit and vegetables: sold by volume they are preserved, and several come in jars ("die drei Gläser eingelegte
# Gewürzgurken, 720 ml", "die drei Gläser Rotkohl, 720 ml"); fresh produce is never sold by the millilitre.
PRODUCE = tuple(
    words(
        "gurke gurken olive oliven kaper kapern peperoni pepperoni zwiebel zwiebeln bohne bohnen pilz pilze "
        "champignon champignons pfifferlinge steinpilze artischocke artischocken tomate tomaten paprika jalapeños "
        "bete beete rübe rüben kirsche kirschen pflaume pflaumen zwetschgen birne birnen pfirsich pfirsiche "
        "aprikose aprikosen mirabellen preiselbeeren mais erbsen karotte karotten möhre möhren kraut kohl mus "
        "spargel maronen kürbis sellerie linsen kichererbsen"
    )
)
_PRESERVED = re.compile(r"\b(?:eingelegt\w*|in\s+(?:essig|öl|lake|salzlake|sud)|süß-?sauer|sauer\s+eingelegt)\b", re.I)
# Bound goods whose sheets a name counts ("Skizzenblock A5, 80 Blatt"): one of them is one block, not a pack.
BOUND = tuple(words("block blöcke heft hefte buch bücher kalender album alben planer journal mappe pad pads book"))
_SHEETS = re.compile(r"\d+\s+(?:blatt|bogen|bögen)\s*\)?\s*$", re.IGNORECASE)


def jarred(head: Head, name: str) -> bool:
    """Whether the item is preserved fruit or vegetables, several of which come in jars: produce sold by volume
    ("Rotkohl, 720 ml") or said to be pickled ("Eingelegte Gewürzgurken", "Oliven in Lake")."""
    produce = head.word.lower().endswith(PRODUCE)
    return produce and (measure(name) == "volume" or _PRESERVED.search(name) is not None)


# Building materials sold by weight: from `SACK_KG` up several come in sacks ("die drei Säcke Zementmörtel,
# 25 kg"), or in buckets when ready mixed ("die drei Eimer Fertigspachtel, 20 kg"); less in packs. Wall paint from
# `BUCKET_L` comes in buckets ("die drei Eimer Wandfarbe, 10 l").
BUILDING = tuple(
    words("kleber mörtel putz gips zement beton estrich spachtel spachtelmasse ausgleichsmasse fugenmasse")
)
_READY_MIXED = re.compile(r"fertig|dispersion|pastös", re.IGNORECASE)
SACK_KG, BUCKET_L = 5.0, 2.5
# Goods wound on spools or rolls, sold by weight or length: "die drei Spulen ABS-Filament, 1 kg", "die drei Rollen
# Bindedraht, 50 m", "die drei Rollen Klebeband, 50 m x 38 mm", "die drei Rollen Frischhaltefolie, 30 m"; yarn by
# length on spools ("Maschinenstickgarn, 1000 m"), by weight in balls ("Sockengarn, 100 g").
ROLLED = tuple(words("draht litze band film folie krepp"))
WOUND = ((tuple(words("filament")), "Spulen"), (ROLLED, "Rollen"))
# A roll's length and width after a comma: ", 33 m x 19 mm".
_ROLL = re.compile(r",\s*\d+(?:[.,]\d+)?\s*m\s*[x×]\s*\d+(?:[.,]\d+)?\s*(?:mm|cm)\s*$")
YARN = tuple(words("garn zwirn"))
# Dry food sold by volume comes in tins ("die drei Dosen Granulatfutter, 100 ml"), never in bottles; from
# `SACK_L` litres in sacks ("die drei Säcke Koifutter, 10 l"), as from `SACK_KG` kilos by weight ("die drei Säcke
# Taubenfutter, 25 kg"; less in packs).
DRY = tuple(words("futter"))
SACK_L = 5.0
# A food the name says is sliced, grated or diced is a pack by weight ("Serrano-Schinken, geschnitten, 100 g": three
# of them are three packs, not three hams), or the jar it comes in ("Sahnemeerrettich, gerieben, 140 g").
_CUT = re.compile(
    r"\b(?:geschnitten|aufgeschnitten|in\s+scheiben|gerieben|geraspelt|gehobelt|gewürfelt|gehackt|gestiftelt)\b",
    re.IGNORECASE,
)


# A weight or a volume that closes a name without a comma ("Autoshampoo 1 l", "Zement 25 kg"); not one of several
# ("6 x 1 l") nor a size ("40 x 60 cm").
_BARE_MEASURE = re.compile(r"(?<![\d.,x×])\s(\d+(?:[.,]\d+)?)\s*(kg|g|l|ml|cl)\s*$", re.IGNORECASE)


def german_measured(name: str) -> tuple[float, str] | None:
    """The amount and unit a name ends in, after a comma (`containers.measured`) or not: (1.0, "l") for "Autoshampoo
    1 l"; None when it ends in none."""
    bare = _BARE_MEASURE.search(name)
    if bare is not None and not re.search(r"[x×]\s*$", name[: bare.start()]):
        return float(bare.group(1).replace(",", ".")), bare.group(2).lower()
    return measured(name)


def by_volume(name: str) -> bool:
    """Whether a name ends in a volume, after a comma or not ("Fixierbad, 1 l", "Autoshampoo 1 l")."""
    found = german_measured(name)
    return found is not None and found[1] in ("ml", "cl", "l")


def sold_in(head: Head, name: str) -> str:
    """What several of the item come in by its kind and the measure its name ends in: preserved produce in jars
    ("Gläser"), building materials in sacks, buckets or packs, wall paint in buckets, filament, wire and yarn on
    spools, on rolls or in balls; "" when the name does not say so."""
    if jarred(head, name):
        return "Gläser"
    kind = designation(name.upper())  # "die drei Packungen Pecorino Romano DOP, 300 g", also in capitals
    if kind and not head.plural_name:
        return "Flaschen" if kind == "wine" or measure(name) == "volume" else "Packungen"
    if _ROLL.search(name) and head.word.lower().endswith(ROLLED) and not head.plural_name:
        return "Rollen"  # "die drei Rollen Klebefilm, 33 m x 19 mm"
    found = german_measured(name)
    if found is None or head.plural_name:
        return ""
    amount, unit = found
    lower = head.word.lower()
    kilos = amount if unit == "kg" else amount / 1000 if unit == "g" else 0.0
    if lower.endswith(BUILDING) and kilos:
        return "Packungen" if kilos < SACK_KG else "Eimer" if _READY_MIXED.search(name) else "Säcke"
    if lower.endswith("farbe") and unit == "l" and amount >= BUCKET_L:
        return "Eimer"
    if lower.endswith(YARN):
        return "Spulen" if unit == "m" else "Knäuel" if kilos else ""
    if head.mass and unit == "l" and lower.endswith(LOOSE):  # "die drei Säcke Pinienrinde, 60 l"
        return "Säcke"
    if lower.endswith(DRY) and unit in ("ml", "cl", "l"):  # "die drei Dosen Teichfutter, 500 ml"
        return "Säcke" if unit == "l" and amount >= SACK_L else "Dosen"
    if lower.endswith(DRY) and kilos >= SACK_KG:  # "die drei Säcke Taubenfutter, 25 kg"
        return "Säcke"
    if kilos and _CUT.search(name):  # "die drei Packungen Serrano-Schinken, geschnitten, 100 g"
        return "Packungen" if container(head.word) == "Stück" else container(head.word)  # grated cheese: no piece
    poured = head.mass and unit in ("ml", "cl", "l") and not lower.endswith(SOFT)
    if poured and container(head.word) in ("Packungen", "Stück"):  # "Kunstblut, 100 ml"
        return "Flaschen"
    return next((wound for ends, wound in WOUND if lower.endswith(ends) and (kilos or unit == "m")), "")


# Several bottles, tins or bags of one measure sold together ("6 x 1 l", "4 x 400 ml", "12 x 0,33 l"): one item is the
# pack, and several are counted in packs ("die drei Packungen Apfelsaft, 6 x 1 l"), never in the bottles it holds.
_MULTIPACK = re.compile(r"(?<![\d.,])(?:[2-9]|[1-9]\d+)\s*[x×]\s*\d+(?:[.,]\d+)?\s*(?:ml|cl|l|g|kg)\b", re.IGNORECASE)


def multipack(name: str) -> bool:
    """Whether the name gives several of one measure ("Apfelsaft, 6 x 1 l"): the item is a pack of them."""
    return _MULTIPACK.search(name) is not None


def counts_doses(head: Head, name: str) -> bool:
    """Whether the name counts the doses, capsules or sheets a pack holds (", 120 Kapseln", ", 50 Blatt"), so that
    the product is counted in packs; a block or a book whose sheets are counted is counted itself."""
    if UNITS["de"].search(name) is None:
        return False
    return not (_SHEETS.search(name) and head.word.lower().endswith(BOUND))


# Snacks and sweets, small pieces a shop sells by weight: "Hundesnack Ente, 100 g" is a pack of them.
TREATS = tuple(words("snack keks cookie praline bonbon cracker lakritz"))
# Small pieces of food, feed or fuel whose noun is alike in both numbers ("Hundekuchen", "Anzündwürfel",
# "Semmelknödel", "Schokostreusel", "Leckerli"): by weight they are a pack of pieces. Another such noun by weight
# names a thing that weighs so much itself ("der Spalthammer, 2 kg", "das Bügeleisen, 1,2 kg").
PIECES = tuple(words("kuchen würfel knödel streusel krümel brösel plätzchen leckerli"))


def by_weight(head: Head, name: str) -> bool:
    """Whether the item is small pieces sold by weight after a comma, counted in packs ("die drei Packungen
    Hundekuchen Huhn, 400 g"), not as pieces: a noun of small pieces alike in both numbers, a snack or a sweet."""
    alike = not head.plural_name and bool(head.plural) and head.plural.lower() == head.word.lower()
    lower = head.word.lower()
    return ((alike and lower.endswith(PIECES)) or lower.endswith(TREATS)) and measure(name) in ("g", "kg")


# Formats a book, a record or a film comes in, by the end of the variant ("Taschenbuch", "E-Book", "Hörbuch",
# "Hardcover", "Audio-CD"): the name goes on with "als" ("den Wanderführer „…“ als Taschenbuch").
FORMATS = tuple(
    words("buch book cover back ausgabe edition cd dvd lp vinyl blu-ray download kassette hörspiel schallplatte")
)
# How a book is bound, as a variant: the name goes on with "in der … Ausgabe" ("in der gebundenen Ausgabe"),
# which agrees with whatever case the name stands in.
BINDINGS = frozenset(words("gebunden broschiert kartoniert geheftet signiert illustriert"))


# A shape, a format or a style as a variant, one compound noun of two genders that take "im" ("Hochformat",
# "Retro-Design", "Vintage-Look", "Landhausstil", "Karomuster"): "die Wanduhr im Retro-Design", never "in Retro-Design".
SHAPES = tuple(words("format design look stil muster dekor"))


def format_variant(variant: str) -> str:
    """The variant as it follows a name when it is a format ("als Taschenbuch", "in der gebundenen Ausgabe", "im
    Hochformat"), "" when it is none."""
    text = variant.strip()
    lower = text.lower()
    if lower in BINDINGS:
        return f"in der {lower}en Ausgabe"
    if text[:1].isupper() and " " not in text and lower.endswith(SHAPES) and not lower.startswith(SHAPES):
        return f"im {text}"
    if text[:1].isupper() and " " not in text and lower.endswith(FORMATS):
        return f"als {text}"
    return ""


# A length, a volume, a weight or a power as a whole variant ("300 mm", "Ø 28 cm", "0,5 l", "18 V"): no colour,
# so it cannot follow "in"; a note writes it in brackets ("die Schraubzwingen (300 mm), 2 Stück").
_MEASURE_VARIANT = re.compile(
    r"(?:Ø\s*)?\d+(?:[.,]\d+)?(?:\s*[x×]\s*\d+(?:[.,]\d+)?)*\s*(?:mm|cm|m|ml|cl|l|g|kg|V|W|Ah|Zoll)",
    re.IGNORECASE,
)


def measures(variant: str) -> bool:
    """Whether a variant is a measure alone ("300 mm", "Ø 28 cm", "0,5 l"), not a size ("Gr. 38") or a colour."""
    return bool(_MEASURE_VARIANT.fullmatch(variant.strip()))


# A size said by an adjective alone ("Groß", "klein"): no colour, so it cannot follow "in" ("in Groß"); a note writes
# it in brackets ("das Räuchermännchen „Förster“ (groß)"), as a shop's size label is.
SIZE_WORDS = frozenset(words("groß gross klein mittel mittelgroß riesig winzig"))


def size_word(variant: str) -> bool:
    """Whether a variant is a size said by an adjective alone ("Groß", "Klein", "Mittel")."""
    return variant.strip().lower() in SIZE_WORDS


# Which side a product is for ("links", "rechts, Gr. M"): no colour, so it cannot follow "in" ("in Links"); a note
# writes it in brackets, as a size label ("der Reithandschuh (links, Gr. M)").
SIDES = frozenset(words("links rechts linksseitig rechtsseitig beidseitig"))


def side_word(variant: str) -> bool:
    """Whether a variant opens with the side the product is for ("links", "Rechts, Gr. 8")."""
    first = variant.split()[0].rstrip(",;") if variant.split() else ""
    return first.lower() in SIDES


# A part after the name's last comma that names what holds the product, with its measure ("Topf Ø 19 cm", "Töpfchen
# 17 ml", "Tube 75 ml"): a colour after it would be that container's ("…, Topf Ø 19 cm in Rosa": a pink pot).
_HOLDER_END = re.compile(r",\s*[A-ZÄÖÜ][\w-]*\s+(?:Ø\s*)?\d[\d.,]*\s*[^\W\d_]+\.?$")


def variant_first(end: str) -> bool:
    """Whether a variant after "in" goes before the part after the name's last comma (`end`) that is no measure,
    size or count itself (those: `phrase.size_tails`), so that it is read as the product's: before a container and
    its measure ("die Hortensie „Magical“ in Rosa, Topf Ø 19 cm")."""
    return bool(_HOLDER_END.search(end))
