"""The word lists of English item names: nouns counted in pairs or sets, words that describe a noun after it, the
pack words, and the patterns of codes, sizes and titles (used by `notegen.language.english`)."""

from __future__ import annotations

import re

from notegen.language.words import words

PAIRS = frozenset(
    words(
        "glasses sunglasses spectacles scissors jeans trousers shorts leggings tights pyjamas pajamas socks gloves "
        "mittens boots shoes sneakers trainers slippers sandals wellies clogs loafers earrings cufflinks chopsticks "
        "goggles shears secateurs pliers tweezers tongs binoculars headphones earphones dungarees overalls "
        "pants knickers briefs boxers braces skis flip-flops booties earbuds loppers snips nippers pincers "
        "clippers trimmers joggers chinos jeggings culottes bloomers trunks flops earmuffs drumsticks servers skates "
        "rollerblades crampons gaiters insoles shoelaces laces stockings hold-ups wellingtons heels pumps mules "
        "espadrilles brogues moccasins slides plimsolls bootees mitts gauntlets wristbands sweatbands armbands "
        "flippers earplugs calipers callipers crutches stilts oars castanets maracas handcuffs sweatpants "
        "trackpants breeches jodhpurs waders suspenders curtains drapes bookends dumbbells chaps overtrousers "
        "salopettes stirrups spurs snowshoes kneepads galoshes goloshes overshoes gumboots sabots huaraches "
        "mukluks jandals cleats stilettos plimsoles sandshoes pattens legwarmers leg-warmers handwarmers "
        "armwarmers bracers vambraces epaulettes"
    )
)
_BODY = "shin knee elbow wrist ankle leg arm hand ear foot heel toe shoulder hip thigh calf"
# Nouns that name a pair only after the word that says what they are worn on or used for ("Shin Pads", not
# "Cotton Pads"; "Trekking Poles", not "Tent Poles").
QUALIFIED_PAIRS = {
    "pads": frozenset(words(_BODY + " brake")),
    "guards": frozenset(words(_BODY)),
    "protectors": frozenset(words(_BODY)),
    "warmers": frozenset(words(_BODY)),
    "supports": frozenset(words(_BODY)),
    "weights": frozenset(words(_BODY)),
    "poles": frozenset(words("ski trekking walking hiking nordic")),
    "fins": frozenset(words("swim swimming diving snorkel snorkelling open-heel full-foot")),
    "brushes": frozenset(words("drum")),
    "needles": frozenset(words("knitting")),
    "cutters": frozenset(words("wire bolt side cable nail flush diagonal pipe")),
    "bottoms": frozenset(words("pyjama pajama jogging tracksuit bikini swim lounge")),
    "clips": frozenset(words("trouser cycle bicycle bike")),
    "leads": frozenset(words("jump booster")),
    "chains": frozenset(words("snow tyre tire")),
    # the glassworker's tongs that shape a piece on the pipe, two arms joined at one end (not a car's jacks)
    "jacks": frozenset(words("glassblowing glassblower's glassblowers' glassworking lampworking flameworking")),
}
# Nouns in the plural bought as a set, not as a pack ("three sets of Dessert Bowls"); other plurals are counted
# in packs ("three packs of Tent Pegs").
SETS = frozenset(
    words(
        "bowls plates mugs cups glasses tumblers knives forks spoons teaspoons coasters placemats chairs stools "
        "darts dominoes weights strings brushes markers crayons paints pastels tools spanners wrenches screwdrivers "
        "chisels files bits blades skewers tins pans saucepans containers canisters jars bottles baskets boxes "
        "wheels tyres tires lights bells keys utensils cutlery dishes ramekins tableware napkins cutters grinders "
        "shakers mills"
    )
)
# Nouns in the plural sold in packets ("three packets of Sweet Pea Seeds").
PACKETS = frozenset(words("seeds bulbs sweets crisps"))
# Nouns in the plural that name one thing ("the three Kitchen Scales"): counted as they are.
ONE_PIECE = frozenset(words("scales bellows"))
# Words before "Glasses" that make them drinking glasses, bought in sets, not spectacles.
DRINKING = frozenset(
    words("wine water shot beer champagne cocktail drinking juice whisky whiskey gin martini highball pint sherry")
)
# Words a shop writes after the noun to say what it is made of or how it fits ("Jeans Slim Fit").
DESCRIBING = frozenset(
    words(
        "organic cotton silver gold golden steel stainless slim fit regular relaxed leather oak brass wool linen "
        "silk bamboo natural flannel resin walnut ceramic stoneware porcelain merino cashmere denim suede velvet "
        "recycled unisex black white grey gray blue green red pink yellow navy cream beige percale sateen satin "
        "hemp jute rattan wicker beech teak birch mohair alpaca viscose polyester nylon aluminium waterproof "
        "reflective insulated padded heated cordless foldable adjustable reversible rechargeable wireless"
    )
)
# Materials and shapes a shop writes after a size ("Vase 30cm Glass", "Mirror 60cm Round", "Skillet 26cm Cast
# Iron"): what follows the size describes the noun before it, so the first word is no maker.
AFTER_SIZE = frozenset(
    words(
        "glass iron wood wooden metal metallic marble stone slate granite copper zinc tin enamel enamelled plastic "
        "acrylic terracotta concrete cork felt hickory maple ash pine cedar acacia knit chunky round square oval "
        "rectangular hexagonal tall wide deep"
    )
)
# Words of a model after a product line ("Liberty Buds Pro", "Galaxy Buds Plus"): no noun of the name.
MODEL_WORDS = frozenset(words("pro max plus lite mini ultra se air live fe neo classic original essential"))
DIMENSIONS = re.compile(r"\d\s*[x×]\s*\d", re.IGNORECASE)
# Flavours and scents a shop writes after the noun ("Whey Protein Vanilla", "Lip Balm Peppermint"): no head when
# a noun stands before them (unlike "Madagascar Vanilla").
FLAVOURS = frozenset(
    words(
        "vanilla strawberry raspberry blueberry banana caramel mint peppermint spearmint lemon lime cherry coconut "
        "hazelnut cinnamon peach mango apricot pistachio unflavoured unflavored lavender rose eucalyptus"
    )
)
# Drinks, which a case holds in bottles: "the three cases of Rioja Reserva (Case of 12)", as a wine's name that is no
# English word ("Crémant", "Reserva"); "the Tennis Balls (Case of 24)" are balls.
DRINKS = frozenset(
    words(
        "wine champagne prosecco cava cider perry beer ale lager stout porter whisky whiskey gin rum vodka brandy "
        "port sherry sake mead kombucha water juice cordial tonic"
    )
)
# Protected designations of origin after a wine's or a food's name ("Prosecco DOC", "Parmigiano Reggiano DOP"):
# never the noun of the name; several of a wine so named come in bottles, of a food in bottles by volume, else in
# packs. Written as the labels write them.
WINE_DESIGNATIONS = frozenset(("DOC", "DOCG", "DOCa", "DO", "IGT", "VDP", "VQA", "AVA"))
FOOD_DESIGNATIONS = frozenset(("DOP", "PDO", "PGI", "IGP", "AOP", "AOC", "TSG", "STG"))
CASE_OF = re.compile(r"\bcase\s+of\s+\d", re.IGNORECASE)
# Generic English nouns: one of them after a quoted product name is written lower-case ("the “Fig Tree” candle").
EN_WORDS = frozenset(
    words(
        "candle mug cup bowl plate vase jar pot glass bottle soap cream oil lotion scarf hat beanie cap glove sock "
        "sweater jumper cardigan jacket coat dress shirt apron blanket throw cushion pillow cover bag tote basket "
        "box tin set kit pack bundle book notebook card print poster frame tea coffee honey jam chocolate cheese "
        "knife board spoon fork pan tray brush comb mirror ring necklace bracelet watch toy game puzzle plant lamp "
        "lantern holder refill sample gift donation membership subscription voucher ticket class workshop teapot "
        "kettle grinder mill tumbler towel napkin yarn skein needle button ribbon fabric thread pencil pen diffuser "
        "lifejacket"
    )
)
PROPER = frozenset(
    words(
        "english british irish scottish welsh french italian spanish german dutch danish swedish norwegian "
        "japanese chinese indian greek turkish american christmas easter valentine's halloween cornish yorkshire"
    )
)
LETTERS_WITH_AN = frozenset("AEFHILMNORSX")
EN_SIZES = frozenset(words("small medium large big little mini tall short long regular extra x-large"))
SIZE_WORDS = frozenset(words("size sizes no. no nr. number grade age ages"))
# Words before "of" that count or hold what follows: the head of "Box of Chocolate Truffles".
BEFORE_OF = frozenset(
    words(
        "box bag jar set pack pair bottle tin pouch packet kit bundle case crate basket bucket tray roll sheet "
        "piece slice loaf bunch bouquet string strand ball skein reel spool tube tub can carton sack bar block "
        "dozen collection selection assortment taste flight book ream pad bolt length punnet sachet pot bale"
    )
)
PACK_UNITS = {"set": "sets", "box": "boxes", "bag": "bags", "bundle": "bundles", "case": "cases", "crate": "crates",
              "carton": "cartons", "tray": "trays", "sleeve": "sleeves", "pair": "pairs", "card": "cards",
              "tube": "tubes", "tub": "tubs", "jar": "jars", "roll": "rolls", "bunch": "bunches",
              "punnet": "punnets"}  # fmt: skip
NAMED_PACK = re.compile(rf"\b({'|'.join(PACK_UNITS)})\b", re.IGNORECASE)
# Initials that are also words in lower case, read letter by letter in a name in capitals ("an LED STRIP").
LETTERED = frozenset(words("led usb ufo suv sos uk us eu"))
# A variant that is a measure alone ("53mm", "4.5 mm", "Ø 28cm", "500ml", "12\""), written in brackets after the
# name, never after "in" as a colour is.
MEASURE = re.compile(
    r"(?:Ø\s*)?\d+(?:[.,]\d+)?\s*(?:mm|cm|m|ml|cl|l|g|kg|oz|lb|in|inch|inches|\"|”)(?:\s*[x×]\s*\d+(?:[.,]\d+)?\s*"
    r"(?:mm|cm|m))?",
    re.IGNORECASE,
)
# Words of a measure ("2 x 5 kg", "30 x 40 cm"): no words of a label in sentence case.
MEASURE_WORDS = frozenset(words("x by cm mm m kg g ml cl l oz lb lbs in ft pcs"))
STOP = re.compile(r"^(?:[(+\d]|[–—-]$|No\.$)")
POSSESSIVE = re.compile(r"(?:['’]s|s['’])$")
CODE = re.compile(r"^[A-Z0-9]{1,4}(?:-[A-Z0-9]{1,4})*$")
# A standard or an interface a shop names with its number after the noun ("Cut Resistant Gloves EN 388", "Brake
# Fluid DOT 4", "Flash Drive USB 3.0", "Nitrile Gloves EN374"): no noun of the name.
STANDARD = re.compile(r"^(?:EN|BS|ISO|DIN|DOT|SAE|ECE|ANSI|ASTM|IEC|USB|HDMI)(?:\d[\d.:-]*)?$")
# What a dose of medicine or a supplement comes as: the head of "Paracetamol 500mg Tablets".
DOSE_FORMS = frozenset(
    words("tablets capsules caplets softgels lozenges gummies pastilles drops sachets ampoules vials patches")
)
NOT_PLURAL_ENDINGS = ("ss", "lens", "ics")
# Endings of a plural of a noun in -a, -u or -i ("spatulas", "menus", "skis") and of singulars ("canvas", "cactus",
# "tennis"): the word table tells them apart (`english_plurals._singular_in_use`).
VOWEL_S = ("as", "us", "is")
SINGULAR_MARGIN = 1.5
EVERYDAY = -17.0
"""The log frequency in lower case below which a word is too rare to be a noun of everyday English ("hughe")."""
"""How much rarer (in natural log units) than the word in -s its singular may be for the word to be its plural."""
# Nouns in -o whose plural takes -es; the others take -s ("capos", "geckos", "burritos").
TAKE_OES = frozenset(words("potato tomato hero echo veto torpedo embargo domino volcano mosquito cargo tornado mango"))
# A noun in -i that English took from Italian or Japanese and leaves as it is in the plural ("gnocchi", "sushi"; see
# `english_plurals._invariable`): how much rarer (natural log) its plural in -s is, or how common it is itself where
# the word table lacks that plural (a rarer word, "bhaji", may lack it by chance).
INVARIABLE_MARGIN = 5.0
# A noun English does not count ("gouda", "paprika", "cheddar"): its plural is rarer by `MASS_MARGIN` (natural
# log) or missing from the word table though the noun is common enough (`MASS_FLOOR`) for a plural in use to be
# there (the table ends at about -19.5); "puddings", "salamis" and "kettlebells" are in use.
MASS_MARGIN = 4.0
MASS_FLOOR = -17.75
# A noun sold by length is a material English does not count ("tubing", "paracord", "guttering") where its plural is
# rarer by this much (natural log) and it ends in -ing or has no plural in use; "ribbon", "hose", "tidy" are counted.
LENGTH_MARGIN = 3.0
LOAN_FLOOR = -17.0
IRREGULAR = {"eau": "eaux", "cactus": "cacti", "fungus": "fungi"}  # "Eaux de Parfum", "Potted Cacti"
IRREGULAR_PLURALS = tuple(words("mice geese teeth feet children people lice oxen cacti fungi women"))
TITLE = re.compile(r"^(?:The|A|An) [A-Z0-9]")
QUOTED_TITLE = re.compile(r"^[“\"‘][^”\"’]+[”\"’]\s*(?:\([^()]*\)\s*)?$")
# The format of a book or a record after its title ("Kind of Blue (Vinyl LP)"): several are copies of it.
FORMAT = re.compile(r"\([^()]*\b(?:vinyl|lp|cd|paperback|hardback|hardcover|dvd|audiobook|edition)\b[^()]*\)\s*$", re.I)
