"""What a person knows about the words of a shop's item names: gender and plural of common product nouns.

German and French need a noun's gender for its article ("den Wollschal", "die Mütze", "la bougie") and its
plural for quantities ("zwei Kissenhüllen", "deux plateaux"). The tables below list the head nouns that shop
items end in (German compounds are matched by their last part: "Wollschal" by "schal"); nouns outside them are
judged by their ending, as a reader would. English needs no gender, only plurals and which first words are
common words (written lower-case in a sentence: "your sourdough starter kit").

German entries read ``noun gender plural``: the plural is spelled out, ``=`` for unchanged, ``-`` for none
(uncountable), or a suffix after ``+``. Gender ``pl`` marks nouns that are plural already ("Socken"), and
``pair`` plural nouns that are counted in pairs. French entries read ``noun gender``; ``!`` after the gender
marks an aspirated h ("la housse", not "l'housse"); irregular plurals follow the gender.
"""

from __future__ import annotations

from typing import NamedTuple


class Noun(NamedTuple):
    """A head noun: its gender (m, f, n, pl, pair), its plural ("" when unknown), and an aspirated h (French)."""

    gender: str
    plural: str
    aspirated: bool = False


_DE = """
schal m +s|tuch n tücher|mütze f +n|haube f +n|stirnband n stirnbänder|handschuh m +e|handschuhe pair|socke f +n
socken pair|strumpf m strümpfe|strümpfe pair|pullover m =|pulli m +s|jacke f +n|weste f +n|cardigan m +s
poncho m +s|kleid n +er|rock m röcke|hose f +n|bluse f +n|hemd n +en|shirt n +s|top n +s|hoodie m +s|schürze f +n
mantel m mäntel|decke f +n|plaid n +s|kissen n =|hülle f +n|bezug m bezüge|laken n =|tasche f +n|beutel m =
rucksack m rucksäcke|korb m körbe|garn n +e|wolle f -|knäuel n =|strang m stränge|nadel f +n|set n +s|kit n +s
paket n +e|box f +en|kiste f +n|schachtel f +n|dose f +n|glas n gläser|becher m =|tasse f +n|teller m =|schale f +n
schüssel f +n|kanne f +n|krug m krüge|vase f +n|kerze f +n|halter m =|leuchter m =|lampe f +n|laterne f +n
seife f +n|creme f +s|öl n +e|lotion f +en|shampoo n +s|balsam m +e|duft m düfte|parfum n +s|spray n +s
bürste f +n|kamm m kämme|spiegel m =|buch n bücher|karte f +n|kalender m =|heft n +e|stift m +e|poster n =
druck m +e|bild n +er|rahmen m =|tee m +s|kaffee m +s|honig m +e|marmelade f +n|schokolade f +n|käse m =|wein m +e
bier n +e|saft m säfte|sirup m +e|gewürz n +e|salz n +e|pfeffer m =|nudeln pl|brot n +e|keks m +e|kekse pl
plätzchen n =|messer n =|gabel f +n|löffel m =|brett n +er|pfanne f +n|topf m töpfe|mittel n =|knopf m knöpfe
knöpfe pl|band n bänder|faden m fäden|schere f +n|ring m +e|kette f +n|ohrringe pair|ohrring m +e|anhänger m =
brosche f +n|uhr f +en|spiel n +e|puzzle n +s|puppe f +n|teddy m +s|ball m bälle|würfel m =|pflanze f +n|samen m =
blume f +n|strauß m sträuße|gutschein m +e|spende f +n|abo n +s|abonnement n +s|beitrag m beiträge|untersetzer m =
serviette f +n|läufer m =|teppich m +e|matte f +n|hocker m =|stuhl m stühle|tisch m +e|regal n +e|haken m =
lesezeichen n =|etui n +s|mäppchen n =|geldbörse f +n|portemonnaie n +s|gürtel m =|hut m hüte|kappe f +n
fäustling m +e|fäustlinge pair|pantoffeln pair|hausschuhe pair|schuh m +e|schuhe pair|stiefel m =|wachs n +e
docht m +e|streichholz n streichhölzer|streichhölzer pl|zündhölzer pl|diffusor m +en|tablett n +s|lappen m =
schwamm m schwämme|probe f +n|muster n =|stoff m +e|filz m +e|leinen n =|bündel n =|rolle f +n|flasche f +n
krawatte f +n|fliege f +n|tuchklemme f +n|kissenbezug m kissenbezüge|bettwäsche f -|handtuch n handtücher
waschlappen m =|sack m säcke|säckchen n =|sieb n +e|mühle f +n|dose f +n|vorrat m vorräte|mischung f +en
kugel f +n|figur f +en|stern m +e|engel m =|kranz m kränze|zweig m +e|schlüssel m =|stempel m =|aufkleber m =
sticker m =|papier n +e|umschlag m umschläge|kuvert n +s|block m blöcke|kurs m +e|workshop m +s|ticket n +s
""".replace("\n", "|")

_FR = """
bougie f|coffret m|allumette f|mèche f|cloche f|plateau m|sac m|tasse f|bol m|assiette f|vase m|carafe f|verre m
pot m|bocal m|théière f|mug m|savon m|crème f|huile f|parfum m|diffuseur m|brûleur m|photophore m|lanterne f
lampe f|écharpe f|foulard m|bonnet m|gant m|chaussette f|pull m|gilet m|robe f|chemise f|pantalon m|jupe f
tablier m|couverture f|plaid m|coussin m|housse f!|nappe f|serviette f|torchon m|panier m|boîte f|trousse f
pochette f|carnet m|livre m|carte f|affiche f|cadre m|bijou m bijoux|bague f|collier m|bracelet m|boucle f
montre f|thé m|café m|miel m|confiture f|chocolat m|biscuit m|vin m|fromage m|couteau m|planche f|poêle f
casserole f|cuillère f|fourchette f|kit m|set m|lot m|échantillon m|recharge f|don m|abonnement m|adhésion f
cadeau m|bon m|jeu m jeux|puzzle m|peluche f|jouet m|plante f|graine f|bouquet m|fleur f|pelote f|laine f|fil m
aiguille f|bouton m|ruban m|tissu m|coupon m|patron m|crayon m|stylo m|pinceau m|peinture f|céramique f
pichet m|coupe f|saladier m|plat m|sous-verre m|chandelier m|bougeoir m|cire f|brume f|spray m|baume m
lotion f|shampoing m|brosse f|peigne m|miroir m|étui m|portefeuille m|ceinture f|chapeau m|casquette f
chausson m|chaussure f|botte f|sandale f|hamac m!|sachet m|flacon m|bouteille f|pochon m|tapis m|couverture f
corbeille f|boule f|figurine f|étoile f|couronne f|calendrier m|agenda m|cahier m|enveloppe f|papier m
ticket m|atelier m|cours m|stage m|gourde f|nécessaire m|mouchoir m|bandeau m|chèche m|poncho m|cardigan m
""".replace("\n", "|")

_EN = """\
candle mug cup bowl plate vase jar pot glass bottle soap cream oil lotion scarf hat beanie cap glove gloves sock
socks sweater jumper cardigan jacket coat dress shirt apron blanket throw cushion pillow cover bag tote basket
box tin set kit pack bundle book notebook card print poster frame tea coffee honey jam chocolate cheese knife
board spoon fork pan tray brush comb mirror ring necklace bracelet earrings watch toy game puzzle plant seeds
lamp lantern holder wick wax matches refill sample gift donation membership subscription voucher ticket class
workshop sourdough starter walnut oak ash linen wool cotton merino cashmere silk leather ceramic stoneware
porcelain wooden wood small large big little mini winter summer spring autumn monthly annual yearly lifejacket
life jacket crew training appeal fund boat lifeboat volunteer chopping cutting serving tea towel napkin yarn
skein needle needles button buttons ribbon fabric thread pencil pen tumbler teapot kettle grinder mill salt
pepper spice sauce syrup wine beer juice bread biscuit biscuits cookie cookies diffuser spray balm shampoo
scented beeswax soy hand face body bath bed kitchen table desk wall door garden travel pocket gift-wrapped
"""

_DE_SUFFIXES = (
    ("ung", "f", "+en"), ("heit", "f", "+en"), ("keit", "f", "+en"), ("schaft", "f", "+en"), ("ion", "f", "+en"),
    ("tät", "f", "+en"), ("ik", "f", "+en"), ("ei", "f", "+en"), ("ette", "f", "+n"), ("chen", "n", "="),
    ("lein", "n", "="), ("ment", "n", "+e"), ("um", "n", ""), ("ling", "m", "+e"), ("ismus", "m", ""),
    ("e", "f", "+n"), ("er", "m", "="), ("el", "m", "="),
)  # fmt: skip
_FR_SUFFIXES = (
    ("tion", "f"), ("sion", "f"), ("ette", "f"), ("ure", "f"), ("ence", "f"), ("ance", "f"), ("té", "f"),
    ("ie", "f"), ("ise", "f"), ("ade", "f"), ("elle", "f"), ("eau", "m"), ("ment", "m"), ("age", "m"),
    ("oir", "m"), ("isme", "m"), ("et", "m"), ("ier", "m"), ("er", "m"), ("on", "m"), ("e", "f"),
)  # fmt: skip


def _plural_of(word: str, spec: str) -> str:
    if spec == "=":
        return word
    if spec == "-":
        return ""
    if spec.startswith("+"):
        return word + spec[1:]
    return spec


def _german(table: str) -> dict[str, Noun]:
    nouns = {}
    for entry in filter(None, table.split("|")):
        word, gender, *rest = entry.split()
        spec = rest[0] if rest else "="
        nouns[word] = Noun(gender, word if gender in ("pl", "pair") else _plural_of(word, spec))
    return nouns


def _french(table: str) -> dict[str, Noun]:
    nouns = {}
    for entry in filter(None, table.split("|")):
        word, gender, *rest = entry.split()
        nouns[word] = Noun(gender.rstrip("!"), rest[0] if rest else "", gender.endswith("!"))
    return nouns


DE_NOUNS = _german(_DE)
FR_NOUNS = _french(_FR)
EN_WORDS = frozenset(_EN.split())
_DE_BY_LENGTH = sorted(DE_NOUNS, key=len, reverse=True)


def german_noun(word: str, *, guess: bool = True) -> Noun | None:
    """Gender and plural of a German noun, compounds by their last part ("Holzknöpfe" → pl), else by ending.

    The plural comes back capitalised like `word` ("Kissenhüllen"); it is "" when it cannot be known. With
    `guess` false, only nouns of the table count.
    """
    last = word.lower().rsplit("-", 1)[-1]
    for key in _DE_BY_LENGTH:
        if last.endswith(key):
            noun = DE_NOUNS[key]
            return Noun(noun.gender, _respell(word, len(key), noun.plural) if noun.plural else "")
    if not guess:
        return None
    for suffix, gender, spec in _DE_SUFFIXES:
        if last.endswith(suffix) and len(last) > len(suffix) + 1:
            return Noun(gender, _plural_of(word, spec) if spec else "")
    return None


def _respell(word: str, length: int, ending: str) -> str:
    """`word` with its last `length` letters replaced by `ending`, keeping the capital of that part."""
    part = word[len(word) - length :]
    if part[:1].isupper():
        ending = ending[:1].upper() + ending[1:]
    return word[: len(word) - length] + ending


def french_noun(word: str) -> Noun | None:
    """Gender, irregular plural and aspirated h of a singular French noun (lower-case), by table or ending."""
    noun = FR_NOUNS.get(word)
    if noun is not None:
        return noun
    for suffix, gender in _FR_SUFFIXES:
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            return Noun(gender, "")
    return None


def french_singular(word: str) -> str:
    """The singular of a French noun that the table knows in the plural ("allumettes"), else ""."""
    lower = word.lower()
    for noun_word, noun in FR_NOUNS.items():
        if noun.plural and noun.plural == lower:
            return noun_word
    if lower.endswith(("s", "x")) and lower[:-1] in FR_NOUNS:
        return lower[:-1]
    return ""


def french_plural(word: str) -> str:
    """The plural of a French noun or adjective by the usual rules (bougie → bougies, plateau → plateaux)."""
    lower = word.lower()
    noun = FR_NOUNS.get(lower)
    if noun is not None and noun.plural:
        return _respell(word, len(word), noun.plural)
    if lower.endswith(("s", "x", "z")):
        return word
    if lower.endswith(("eau", "au", "eu")) and lower not in ("pneu", "bleu"):
        return word + "x"
    if lower.endswith("al") and lower not in ("bal", "festival", "carnaval", "récital", "régal"):
        return word[:-2] + "aux"
    return word + "s"


_EN_IRREGULAR = {
    "knife": "knives", "scarf": "scarves", "leaf": "leaves", "shelf": "shelves", "loaf": "loaves", "half": "halves",
    "life": "lives", "wolf": "wolves", "person": "people", "child": "children", "mouse": "mice", "foot": "feet",
    "tooth": "teeth", "sheep": "sheep", "fish": "fish", "series": "series",
}  # fmt: skip


def english_plural(word: str) -> str:
    """The plural of an English noun (mug → mugs, box → boxes, knife → knives); plurals stay as they are."""
    lower = word.lower()
    if lower in _EN_IRREGULAR:
        return word[:1] + _EN_IRREGULAR[lower][1:]
    if english_is_plural(word):
        return word
    if lower.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if lower.endswith("y") and lower[-2:-1] not in ("a", "e", "i", "o", "u"):
        return word[:-1] + "ies"
    return word + "s"


def english_is_plural(word: str) -> bool:
    """Whether an English noun is written in the plural already ("socks", "matches")."""
    lower = word.lower()
    if lower in _EN_IRREGULAR.values() and lower not in ("sheep", "fish", "series"):
        return True
    return lower.endswith("s") and not lower.endswith(("ss", "us", "is", "ous")) and len(lower) > 3
