"""Packs, variants and names in the plural, as a native writer names them: the variant never lands inside a pack
phrase ("lot de anthracite 3"), a French colour follows the whole name with its complements, before sizes, a name sold
in the plural never gets an invented lot or a singular article, and a noun in apposition keeps its number."""

from __future__ import annotations

import dataclasses
import re

import pytest

from notegen.compose.composer import compose
from notegen.language.english import indefinite
from notegen.language.items import ITEM_WARNING, item_phrase, name_items, short_phrase
from notegen.model import Item
from tests.compose.shops import NOW, SECRET, atelier, harbour, order, wollwerk
from tests.factory import make_orders

PACKS = [  # lang, name, variant, quantity, the object form (formal)
    ("fr", "Chaussettes lot de 3", "Anthracite", 1, "les chaussettes anthracite (lot de 3)"),
    ("fr", "Chaussettes lot de 3", "Anthracite", 3, "les trois lots de 3 paires de chaussettes anthracite"),
    ("fr", "Serviettes de table en lin, lot de 4", "Blanc", 1, "les serviettes de table en lin blanches, lot de 4"),
    ("fr", "Bougie chauffe-plat lot de 10", "", 1, "les bougies chauffe-plat (lot de 10)"),
    ("fr", "Chaussettes en coton lot de 3", "Taille 39", 1, "les chaussettes en coton (taille 39), lot de 3"),
    ("de", "Socken 3er-Pack", "Anthrazit", 1, "die Socken in Anthrazit (3er-Pack)"),
    ("de", "Socken 3er-Pack", "Anthrazit", 3, "die drei 3er-Packs Socken in Anthrazit"),  # the pack said once
    ("de", "Schnapsgläser, 6 Stück", "Klar", 2, "die beiden Packungen Schnapsgläser in Klar, 6 Stück"),
    ("en", "Wool Socks (3 Pack)", "Charcoal", 1, "the Wool Socks in Charcoal (3 Pack)"),
    ("en", "Wool Socks (3 Pack)", "Charcoal", 3, "the three 3-packs of Wool Socks in Charcoal"),  # said once
    ("en", "Tealight 10 Pack", "", 1, "the Tealight (10 Pack)"),  # one pack, as the shop names it
    ("en", "Tealight 10 Pack", "", 3, "the three 10-packs of Tealights"),
    ("en", "Tea Towels - Pack of 3", "Sage", 2, "the two packs of 3 Tea Towels in Sage"),  # the pack said once
    ("en", "Beeswax wrap set of 3", "", 3, "the three beeswax wrap sets of 3"),  # the set is what was bought
]


@pytest.mark.parametrize(("lang", "name", "variant", "quantity", "expected"), PACKS)
def test_a_variant_goes_before_the_pack_phrase_and_packs_are_counted_as_packs(
    lang: str, name: str, variant: str, quantity: int, expected: str
) -> None:
    assert item_phrase(Item(name, quantity, variant=variant), lang, True).acc == expected


PLACES = [  # name, variant, quantity, the subject form
    ("Théière en fonte", "Noir", 3, "les trois théières noires en fonte"),
    ("Arrosoir galvanisé 10 L", "Vert sapin", 1, "l'arrosoir galvanisé vert sapin 10 L"),
    ("Théière en fonte 0,8 L", "Noir", 1, "la théière en fonte noire 0,8 L"),
    ("Lampe de chevet en laiton", "Noir", 1, "la lampe de chevet en laiton noire"),
    ("Tasse à café", "Bleu", 3, "les trois tasses à café bleues"),  # the head's colour, after its complement
    ("Arbre à chat", "Gris", 1, "l'arbre à chat gris"),
    ("Tente deux places", "Vert", 1, "la tente verte deux places"),
    ("Bougie à la cire d'abeille", "Blanc", 1, "la bougie à la cire d'abeille blanche"),
    ("Huile d'olive", "", 1, "l'huile d'olive"),
    ("Sac à dos enfant", "Rouge", 1, "le sac à dos enfant rouge"),
    ("Carnet A5 ligné", "Noir", 3, "les trois carnets noirs A5 lignés"),
    ("Gamelle pour chien", "Rouge", 1, "la gamelle pour chien rouge"),
    ("Tasse « Matin »", "Vert sauge", 1, "la tasse «\xa0Matin\xa0» vert sauge"),
    ("Vase en grès", "Grand modèle", 1, "le vase en grès (grand modèle)"),
    ("Pull en laine", "M", 1, "le pull en laine (taille M)"),
    ("Pull", "Taille M", 1, "le pull en taille M"),
    ("Nappe", "Lin", 1, "la nappe en lin"),
    ("Brosse à cheveux", "Noir", 1, "la brosse à cheveux noire"),
    ("Housse de coussin 40x40", "Bleu", 2, "les deux housses de coussin bleues 40x40"),
    ("Chaussettes en laine taille 39-42", "Rouge", 1, "les chaussettes rouges en laine taille 39-42"),
    ("Coffret", "Rouge", 1, "le coffret rouge"),
    ("Housse de couette, percale", "Blanc", 1, "la housse de couette blanche, percale"),
    ("Clé USB 32 Go", "Blanc", 3, "les trois clés USB blanches 32 Go"),  # an acronym belongs to the noun
    ("Lampe LED de bureau", "Noir", 1, "la lampe LED de bureau noire"),
    ("Boules de Noël", "Rouge", 1, "les boules de Noël rouges"),  # a name belongs to the noun
    ("Enceinte Bluetooth", "Noir", 1, "l'enceinte Bluetooth noire"),
    ("Pull XL", "Noir", 1, "le pull noir XL"),
    ("Housse de coussin en lin", "Gris", 3, "les trois housses de coussin en lin grises"),
]


@pytest.mark.parametrize(("name", "variant", "quantity", "expected"), PLACES)
def test_a_french_colour_follows_the_whole_name_before_its_size_and_en_is_never_doubled(
    name: str, variant: str, quantity: int, expected: str
) -> None:
    phrase = item_phrase(Item(name, quantity, variant=variant), "fr", True)
    assert phrase.nom == expected
    assert not phrase.unsure and " en en " not in phrase.nom


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Lot de 3 bols en grès", "le lot de 3 bols en grès (coloris\xa0: noir)"),  # lot or bols: cannot tell
        ("Paire de chaussettes", "la paire de chaussettes (coloris\xa0: noir)"),
    ],
)
def test_a_colour_whose_place_cannot_be_told_is_set_apart_and_reported(name: str, expected: str) -> None:
    item = Item(name, variant="Noir")
    assert item_phrase(item, "fr", True).nom == expected
    assert name_items((item,), "fr", True).unsure == (name,)
    items = [{"name": name, "variant": "Noir", "quantity": 1, "price": "19.00"}]
    note = compose(order(items=items, locale="fr"), atelier(), NOW, secret=SECRET)
    assert "(coloris\xa0: noir)" in note.text
    assert len(note.attention) == 1 and name in note.attention[0] and "colour" in note.attention[0]
    assert ITEM_WARNING == "ITEM001"


PLURAL_NAMES = [  # lang, name, the subject form for 1, 2 and 3 pieces
    ("fr", "Bottes de pluie", ("les bottes de pluie", "les deux paires de bottes de pluie",
                               "les trois paires de bottes de pluie")),
    ("fr", "Haricots blancs", ("les haricots blancs", "les deux lots de haricots blancs",
                               "les trois lots de haricots blancs")),
    ("fr", "Jumelles", ("les jumelles", "les deux jumelles", "les trois jumelles")),
    ("de", "Arbeitshandschuhe", ("die Arbeitshandschuhe", "die zwei Paar Arbeitshandschuhe",
                                 "die drei Paar Arbeitshandschuhe")),
    ("de", "Gummistiefel", ("die Gummistiefel", "die zwei Paar Gummistiefel", "die drei Paar Gummistiefel")),
    ("de", "Holzknöpfe", ("die Holzknöpfe", "die beiden Packungen Holzknöpfe", "die drei Packungen Holzknöpfe")),
    ("de", "Gartenstühle", ("die Gartenstühle", "die beiden Sets Gartenstühle", "die drei Sets Gartenstühle")),
    ("de", "Knieschoner", ("die Knieschoner", "die zwei Paar Knieschoner", "die drei Paar Knieschoner")),
    ("en", "Tent Pegs", ("the Tent Pegs", "the two packs of Tent Pegs", "the three packs of Tent Pegs")),
    ("en", "Dessert Bowls", ("the Dessert Bowls", "the two sets of Dessert Bowls", "the three sets of Dessert Bowls")),
    ("en", "Wine Glasses", ("the Wine Glasses", "the two sets of Wine Glasses", "the three sets of Wine Glasses")),
    ("en", "Knee Pads", ("the Knee Pads", "the two pairs of Knee Pads", "the three pairs of Knee Pads")),
    ("en", "Cotton Pads", ("the Cotton Pads", "the two packs of Cotton Pads", "the three packs of Cotton Pads")),
    ("en", "Kitchen Scales", ("the Kitchen Scales", "the two Kitchen Scales", "the three Kitchen Scales")),
    ("en", "Wellies", ("the Wellies", "the two pairs of Wellies", "the three pairs of Wellies")),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "name", "expected"), PLURAL_NAMES)
def test_a_name_in_the_plural_is_counted_in_the_unit_one_piece_comes_in(
    lang: str, name: str, expected: tuple[str, str, str]
) -> None:
    """Several pieces of a product named in the plural are counted as pairs, sets or packs, never as if the name
    were one thing ("die drei Holzknöpfe" would be three buttons) nor left uncounted."""
    for quantity, form in zip((1, 2, 3), expected, strict=True):
        phrase = item_phrase(Item(name, quantity), lang, True)
        assert phrase.nom == form
        assert phrase.plural and phrase.gender in ("pl", "fpl")
        assert not any(word in phrase.nom.split() for word in ("lot", "le", "la", "der", "das"))


@pytest.mark.parametrize(
    ("name", "three"),
    [
        ("Tirelire cochon", "les trois tirelires cochon"),
        ("Station météo", "les trois stations météo"),
        ("Doudou plat éléphant", "les trois doudous plats éléphant"),  # "plat" agrees, "éléphant" is a noun
        ("Pyjama garçon", "les trois pyjamas garçon"),
        ("Poisson rouge", "les trois poissons rouges"),  # the lexicon knows the compound's plural
        ("Couteau suisse", "les trois couteaux suisses"),
        ("Sac isotherme", "les trois sacs isothermes"),
    ],
)
def test_a_noun_in_apposition_keeps_its_number_and_an_adjective_agrees(name: str, three: str) -> None:
    assert item_phrase(Item(name, 3), "fr", True).nom == three


@pytest.mark.parametrize(
    ("lang", "name", "variant", "quantity", "expected"),
    [
        ("en", "A Little Life (Paperback)", "", 1, "A Little Life (Paperback)"),  # a title with its own article
        ("en", "A Little Life (Paperback)", "", 3, "the three copies of A Little Life (Paperback)"),
        ("en", "Fleece Gilet", "XL", 1, "the Fleece Gilet in size XL"),  # a size code follows, in capitals
        ("en", "Fleece Gilet", "Large", 1, "the large Fleece Gilet"),
        ("de", "Mütze", "rot", 1, "die Mütze in Rot"),  # a colour after "in" is a noun
        ("de", "Schal", "dunkelblau", 1, "den Schal in Dunkelblau"),
        ("de", "Bildschirmreiniger", "", 3, "die drei Bildschirmreiniger"),  # -er from the verb "reinigen": der
    ],
)
def test_titles_size_codes_and_german_colours_are_written_as_a_native_writer_would(
    lang: str, name: str, variant: str, quantity: int, expected: str
) -> None:
    assert item_phrase(Item(name, quantity, variant=variant), lang, True).acc == expected


ENGLISH_PLURALS = [  # name, quantity, the object form, the indefinite article ("" for a plural name)
    ("Gel Pens (Pack of 10)", 1, "the Gel Pens (Pack of 10)", ""),  # never "Penss"
    ("Gel Pens (Pack of 10)", 2, "the two packs of 10 Gel Pens", ""),
    ("Fountain Pen", 3, "the three Fountain Pens", "a"),
    ("Nail Clippers", 1, "the Nail Clippers", ""),  # a noun named only in the plural, counted in pairs
    ("Nail Clippers", 2, "the two pairs of Nail Clippers", ""),
    ("Stretch Chinos", 1, "the Stretch Chinos", ""),  # an -o noun's plural in -os
    ("Macro Lens", 1, "the Macro Lens", "a"),  # a singular in -ens
    ("Macro Lens", 3, "the three Macro Lenses", "a"),
    ("Rugby Ball Size 4", 3, "the three Rugby Balls Size 4", "a"),  # a size after the noun takes no plural
    ("Pencil No. 2", 2, "the two Pencils No. 2", "a"),
]


@pytest.mark.parametrize(("name", "quantity", "expected", "article"), ENGLISH_PLURALS)
def test_an_english_name_already_in_the_plural_gets_no_second_s_and_no_article(
    name: str, quantity: int, expected: str, article: str
) -> None:
    assert item_phrase(Item(name, quantity), "en", True).acc == expected
    assert indefinite(name) == article


H_ASPIRE = [  # a French name whose head begins with an h aspiré (no elision) or an h muet (elision)
    ("Harpon de pêche sous-marine", "le harpon de pêche sous-marine", "votre harpon de pêche sous-marine"),
    ("Hayon de remorque", "le hayon de remorque", "votre hayon de remorque"),
    ("Houppette à poudre", "la houppette à poudre", "votre houppette à poudre"),
    ("Horloge murale", "l'horloge murale", "votre horloge murale"),
    ("Hôtel à insectes", "l'hôtel à insectes", "votre hôtel à insectes"),
]


@pytest.mark.parametrize(("name", "the", "your"), H_ASPIRE)
def test_a_french_article_elides_before_an_h_muet_and_not_before_an_h_aspire(name: str, the: str, your: str) -> None:
    phrase = item_phrase(Item(name), "fr", True)
    assert (phrase.nom, phrase.your) == (the, your)


SHORT = [  # lang, name, quantity, the short mention after the first (object form)
    ("fr", "Carte postale « Phare »", 3, "les cartes postales"),  # the adjective stays with its noun
    ("fr", "Couverture lestée 7 kg", 1, "la couverture lestée"),
    ("fr", "Lampe torche LED", 1, "la lampe"),  # a noun in apposition does not
    ("de", "Bohrer-Set, 15-teilig", 1, "das Bohrer-Set"),  # without the name's comma
]


@pytest.mark.parametrize(("lang", "name", "quantity", "expected"), SHORT)
def test_a_later_mention_keeps_the_nouns_adjectives_and_drops_the_names_punctuation(
    lang: str, name: str, quantity: int, expected: str
) -> None:
    assert short_phrase(Item(name, quantity), lang, True).acc == expected


SOLD_BY_WEIGHT = [  # lang, name, quantity three (object form), a later mention of the three (object form)
    ("en", "Assam Loose Leaf Tea (250g Pouch)", "the three pouches of Assam Loose Leaf Tea (250g Pouch)",
     "the pouches of Assam Loose Leaf Tea (250g Pouch)"),
    ("en", "Potting Compost 40L", "the three bags of Potting Compost 40L", "the bags of Potting Compost"),
    ("en", "Merino Yarn (100g Skein)", "the three skeins of Merino Yarn (100g Skein)",
     "the skeins of Merino Yarn (100g Skein)"),
    # French says the weight closing the name once, as after a comma
    ("fr", "Engrais pour agrumes 1 kg", "les trois sacs d'engrais pour agrumes 1 kg",
     "les sacs d'engrais pour agrumes"),
    ("fr", "Argile autodurcissante 1 kg", "les trois pains d'argile autodurcissante 1 kg",
     "les pains d'argile autodurcissante"),
    ("fr", "Thé vert, sachet de 100 g", "les trois sachets de 100 g de thé vert",
     "les sachets de thé vert"),
    # German names the goods themselves again, in the singular, as a noun counted one by one
    ("de", "Zeichenkohle, 12 Stäbchen", "die drei Packungen Zeichenkohle, 12 Stäbchen", "die Zeichenkohle"),
    ("de", "Grillkohle 10 kg", "die drei Säcke Grillkohle 10 kg", "die Grillkohle"),
    ("de", "Fischöl, 120 Kapseln", "die drei Packungen Fischöl, 120 Kapseln", "das Fischöl"),
    ("de", "Geschenkpapier Sterne", "die drei Rollen Geschenkpapier Sterne", "das Geschenkpapier"),
    ("fr", "Sérum physiologique (30 unidoses)", "les trois boîtes de sérum physiologique (30 unidoses)",
     "les boîtes de sérum physiologique"),
    ("fr", "Papier cadeau étoiles", "les trois rouleaux de papier cadeau étoiles",
     "les rouleaux de papier cadeau étoiles"),
    ("en", "Herbal Tea (20 Bags)", "the three packs of Herbal Tea (20 Bags)", "the packs of Herbal Tea"),
    ("en", "Vitamin D3 (60 Capsules)", "the three packs of Vitamin D3 (60 Capsules)", "the packs of Vitamin D3"),
    # English counts no grain, flour or powder, weighed or not; by the kilo they come in bags
    ("en", "Wholegrain Brown Rice", "the three packs of Wholegrain Brown Rice", "the packs of Wholegrain Brown Rice"),
    ("en", "Strong Bread Flour 1.5kg", "the three bags of Strong Bread Flour 1.5kg",
     "the bags of Strong Bread Flour"),
    ("en", "Pea Protein Vanilla 1kg", "the three bags of Pea Protein Vanilla 1kg",
     "the bags of Pea Protein Vanilla"),  # a flavour after the noun is no head
    # spreads and preserves weighed after a comma come in jars
    ("en", "Blackcurrant Jam, 370g", "the three jars of Blackcurrant Jam, 370g", "the jars of Blackcurrant Jam"),
    ("en", "Heather Honey, 227g", "the three jars of Heather Honey, 227g", "the jars of Heather Honey"),
    ("fr", "Confiture d'abricots, 370 g", "les trois pots de confiture d'abricots, 370 g",
     "les pots de confiture d'abricots"),
    ("fr", "Miel de châtaignier, 250 g", "les trois pots de miel de châtaignier, 250 g",
     "les pots de miel de châtaignier"),
    ("fr", "Miel de lavande 500 g", "les trois pots de miel de lavande 500 g", "les pots de miel de lavande"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "name", "three", "later"), SOLD_BY_WEIGHT)
def test_a_product_sold_by_weight_is_counted_in_what_it_comes_in(lang: str, name: str, three: str, later: str) -> None:
    """Three of a product sold by weight or volume are three of what it comes in where the name says what that is,
    or where it is a material whose plural would name kinds of it ("three Potting Composts", « trois engrais »);
    the noun stays in the singular. A later mention names what it comes in, without the count and the doses; in
    German it names the goods themselves, as one ("das Fischöl")."""
    assert item_phrase(Item(name, 3), lang, True).acc == three
    assert short_phrase(Item(name, 3), lang, True).acc == later
    assert item_phrase(Item(name, 1), lang, True).plural is False


@pytest.mark.parametrize(
    ("lang", "name", "three"),
    [
        ("en", "Scented Candle 200g", "the three Scented Candles 200g"),  # a weight alone says nothing
        ("en", "Aluminium Foil", "the three Aluminium Foils"),
        ("en", "Ceramic Teapot 1.2L", "the three Ceramic Teapots 1.2L"),  # a vessel sized by what it holds
        ("fr", "Miel de lavande", "les trois miels de lavande"),  # no weight: kinds of honey, as shops write them
        ("fr", "Savon au lait de chèvre 100 g", "les trois savons au lait de chèvre 100 g"),  # a bar, by weight
        ("fr", "Huile essentielle de lavande", "les trois huiles essentielles de lavande"),
        ("fr", "Bougie parfumée 200 g", "les trois bougies parfumées 200 g"),
        ("fr", "Plaquettes de frein à disque", "les trois paires de plaquettes de frein à disque"),
        ("fr", "Plaquettes de chocolat noir", "les trois lots de plaquettes de chocolat noir"),
        ("fr", "Baguettes de batterie 5A", "les trois paires de baguettes de batterie 5A"),
        ("fr", "Bouchons d'oreilles en mousse", "les trois paires de bouchons d'oreilles en mousse"),
        ("fr", "Haltères néoprène 2 kg", "les trois paires d'haltères en néoprène 2 kg"),
        ("fr", "Pédales automatiques", "les trois paires de pédales automatiques"),
        ("fr", "Chaînes à neige", "les trois paires de chaînes à neige"),
        ("fr", "Demi-pointes en cuir", "les trois paires de demi-pointes en cuir"),
        ("fr", "Trotte-bébé en bois", "les trois trotte-bébés en bois"),  # verb + noun: masculine
        ("de", "Schneeketten 9 mm", "die drei Paar Schneeketten 9 mm"),
        ("de", "Digitaler Blutdruckmesser", "die drei digitalen Blutdruckmesser"),
        ("en", "Snow Chains", "the three pairs of Snow Chains"),
        ("en", "Notebook (80 Pages)", "the three Notebooks (80 Pages)"),  # pages make one notebook
        ("de", "Notizblock, 50 Blatt", "die drei Notizblöcke, 50 Blatt"),
    ],
)
def test_counted_things_stay_counted_and_pairs_are_told_by_what_they_are_for(lang: str, name: str, three: str) -> None:
    assert item_phrase(Item(name, 3), lang, True).acc == three


@pytest.mark.parametrize(
    ("lang", "name", "one"),
    [
        ("de", "Digitaler Blutdruckmesser", "den digitalen Blutdruckmesser"),  # a meter is masculine
        ("de", "Brotmesser Wellenschliff", "das Brotmesser Wellenschliff"),  # a knife is neuter
        ("de", "Ballettschläppchen Leder", "die Ballettschläppchen Leder"),  # a diminutive the lexicon lacks
        ("fr", "Mouche-bébé électrique", "le mouche-bébé électrique"),
        ("fr", "Demi-pointes en cuir", "les demi-pointes en cuir"),
        ("fr", "Repousse-cuticules en acier", "le repousse-cuticules en acier"),  # verb + noun: masculine
        ("fr", "Henné naturel", "le henné naturel"),  # an h aspiré
        ("de", "Gusseiserner Bräter", "den gusseisernen Bräter"),  # an adjective in -ern, declined
        ("de", "Hortensie „Annabelle“", "die Hortensie „Annabelle“"),  # not "Horten|sie"
        ("en", "Linen Duvet Cover, King", "the Linen Duvet Cover, King"),
        ("de", "Wundpflaster sensitiv", "das Wundpflaster sensitiv"),  # "Wund|pflaster": a noun in -e without it
        ("de", "Schulranzen Leder", "den Schulranzen Leder"),
        ("de", "Erdbeerpflanze", "die Erdbeerpflanze"),
        ("de", "Radtrikot kurzarm", "das Radtrikot kurzarm"),  # the shirt is neuter; the fabric is "der Trikot"
        ("de", "Geschenkband Satin", "das Geschenkband Satin"),
        ("de", "Trailrunningschuhe „Gravel“", "die Trailrunningschuhe „Gravel“"),  # an English first part
        ("de", "Leggings", "die Leggings"),
    ],
)
def test_gender_and_number_come_from_what_the_compound_names(lang: str, name: str, one: str) -> None:
    assert item_phrase(Item(name), lang, True).acc == one


@pytest.mark.parametrize(
    ("lang", "name", "three", "later"),
    [
        ("en", "Tree of Life Necklace", "the three Tree of Life Necklaces", "the Tree of Life Necklaces"),
        ("en", "Cup of Tea Mug", "the three Cup of Tea Mugs", "the Cup of Tea Mugs"),
        ("en", "Box of Chocolate Truffles", "the three Boxes of Chocolate Truffles",
         "the three Boxes of Chocolate Truffles"),
        ("en", "Ukulele Strings (Set of 4)", "the three sets of 4 Ukulele Strings", "the Ukulele Strings"),
        ("de", "Rotweinglas 6er-Set", "die drei 6er-Sets Rotweingläser", "die Rotweingläser"),
        ("de", "Gitarrensaiten Stahl 010", "die drei Sätze Gitarrensaiten Stahl 010", "die Gitarrensaiten Stahl 010"),
        ("de", "Wasserdichter Rucksack 30 l", "die drei wasserdichten Rucksäcke 30 l", "die wasserdichten Rucksäcke"),
        ("de", "Gefütterte Winterhandschuhe", "die drei Paar gefütterten Winterhandschuhe",
         "die gefütterten Winterhandschuhe"),
        ("de", "Hortensie „Annabelle“", "die drei Hortensien „Annabelle“", "die Hortensien"),
        ("de", "Lederstiefeletten", "die drei Paar Lederstiefeletten", "die Lederstiefeletten"),
        ("en", "Linen Duvet Cover, King", "the three Linen Duvet Covers, King", "the Linen Duvet Covers"),
        ("en", "Chocolate Truffles (Box of 12)", "the three boxes of 12 Chocolate Truffles",
         "the Chocolate Truffles"),
        # an adjective the shop wrote for the head agrees with it, also after a complement; before « à » and a
        # noun that can only be singular, where it would be read with that noun
        ("fr", "Sac à dos imperméable", "les trois sacs à dos imperméables", "les sacs à dos"),
        ("fr", "Pot de fleurs rond", "les trois pots de fleurs ronds", "les pots de fleurs"),
        ("fr", "Tringle à rideau extensible", "les trois tringles extensibles à rideau", "les tringles à rideau"),
        ("fr", "Hachoir à viande manuel", "les trois hachoirs manuels à viande", "les hachoirs à viande"),
        ("fr", "Rideau occultant", "les trois rideaux occultants", "les rideaux"),  # a verbal adjective DELA lacks
        ("fr", "Bouchons à vin hermétiques (lot de 4)", "les trois lots de 4 bouchons à vin hermétiques",
         "les bouchons à vin"),  # cut as a name without its pack
        ("fr", "Crème de nuit régénérante, 50 ml", "les trois crèmes de nuit régénérantes, 50 ml",
         "les crèmes de nuit"),
        ("fr", "Lame de scie sauteuse", "les trois lames de scie sauteuse", "les lames de scie"),  # a jigsaw's blade
        ("fr", "Croquettes pour chat, 2 kg", "les trois sacs de croquettes pour chat, 2 kg", "les croquettes"),
        ("fr", "Lentilles vertes (sachet de 500 g)", "les trois sachets de 500 g de lentilles vertes", "les lentilles"),
        ("fr", "Boutons-pression à coudre", "les trois lots de boutons-pression à coudre",
         "les boutons-pression à coudre"),
        ("de", "Rote Linsen, 500 g", "die drei Packungen rote Linsen, 500 g", "die roten Linsen"),
        ("de", "Neoprenfüßlinge 5 mm", "die drei Paar Neoprenfüßlinge 5 mm", "die Neoprenfüßlinge 5 mm"),
        ("en", "USB-C to Lightning Cable 1m", "the three USB-C to Lightning Cables 1m",
         "the USB-C to Lightning Cables"),
        ("en", "Grain-Free Dog Food, 12kg", "the three bags of Grain-Free Dog Food, 12kg",
         "the bags of Grain-Free Dog Food"),
        ("en", "Open-Heel Fins", "the three pairs of Open-Heel Fins", "the Open-Heel Fins"),
        ("en", "Clematis 'Nelly Moser'", "the three 'Nelly Moser' Clematises", "the Clematises"),  # a quoted cultivar
        ("en", "Rock 'n' Roll Mug", "the three Rock 'n' Roll Mugs", "the Rock 'n' Roll Mugs"),  # no quotation
    ],
)  # fmt: skip
def test_the_noun_a_name_is_a_kind_of_is_found_behind_of_and_adjectives(
    lang: str, name: str, three: str, later: str
) -> None:
    """ "of" inside a name ("Tree of Life") is not its complement, a declined adjective the lexicon lacks
    ("Wasserdichter") is no noun, and a set is counted as sets."""
    assert item_phrase(Item(name, 3), lang, True).acc == three
    assert short_phrase(Item(name, 3), lang, True).acc == later


@pytest.mark.parametrize(
    ("lang", "name", "one", "three"),
    [
        ("fr", "Le Petit Prince", "l'article «\xa0Le Petit Prince\xa0»",
         "les trois articles «\xa0Le Petit Prince\xa0»"),
        ("fr", "La Cuisine de Julia", "l'article «\xa0La Cuisine de Julia\xa0»",
         "les trois articles «\xa0La Cuisine de Julia\xa0»"),
        ("de", "Die Verwandlung", "den Artikel „Die Verwandlung“", "die drei Artikel „Die Verwandlung“"),
        ("de", "Das Parfum (Taschenbuch)", "den Artikel „Das Parfum (Taschenbuch)“",
         "die drei Artikel „Das Parfum (Taschenbuch)“"),
    ],
)  # fmt: skip
def test_a_title_that_begins_with_an_article_is_named_whole_and_reported(
    lang: str, name: str, one: str, three: str
) -> None:
    """Never "le le Petit Prince" or "das Das Parfum": a title is quoted whole in the construction that needs no
    agreement, and the report asks the shop to name it in its catalog."""
    assert item_phrase(Item(name), lang, True).acc == one
    assert item_phrase(Item(name, 3), lang, True).acc == three
    assert item_phrase(Item(name), lang, True).unsure == (name,)


COMMA_NAMES = [  # lang, a name whose last part the shop set off with a comma, that part
    ("de", "Ausstechformen Sterne, 5 Stück", ", 5 Stück"),
    ("de", "Bergkäse 12 Monate, 250 g", ", 250 g"),
    ("de", "Teelichter unparfümiert, 50 Stück", ", 50 Stück"),
    ("fr", "Comté 18 mois, 250 g", ", 250 g"),
    ("fr", "Plaid en laine, 130 x 170 cm", ", 130 x 170 cm"),
    ("en", "Sensitive Plasters, 20 Strips", ", 20 Strips"),
    ("en", "Linen Duvet Cover, King", ", King"),
    ("en", "Wool Throw, 130 x 170cm", ", 130 x 170cm"),
]
DECIMALS = [  # lang, a name with a decimal comma, what follows it
    ("de", "Rotwein Spätburgunder trocken 0,75 l", "0,75 l"),
    ("de", "Stricknadeln Bambus 4,5 mm", "4,5 mm"),
    ("fr", "Huile d'olive vierge extra 0,75 L", "0,75 L"),
]
_GOES_ON = re.compile(r" [^\W\d_]")


@pytest.mark.parametrize(("lang", "name", "part"), COMMA_NAMES)
def test_a_part_of_a_name_set_off_by_a_comma_is_closed_by_one_where_the_sentence_goes_on(
    lang: str, name: str, part: str
) -> None:
    """ "Wir hoffen, die Ausstechformen, 5 Stück, machen Ihnen Freude": an apposition inside a sentence is set off on
    both sides; before a full stop, a dash or the end of the subject line it needs no second comma."""
    shop = {"de": wollwerk, "fr": atelier, "en": harbour}[lang]()
    seen = 0
    for number in range(40):  # forty orders: the phrasings each order draws differ
        for quantity in (1, 3):
            lines = [{"name": name, "quantity": quantity, "price": "9.90"}]
            if number % 4 == 0:
                lines.append({"name": {"de": "Wollschal", "fr": "Bougie", "en": "Candle"}[lang], "price": "5.00"})
            made = order(order_id=f"C-{number}", items=lines, locale=lang)
            text = compose(made, shop, NOW, secret=SECRET).text
            for found in re.finditer(re.escape(part), text):
                seen += 1
                assert not _GOES_ON.match(text, found.end()), text[max(0, found.start() - 80) : found.end() + 30]
            seen += text.count(f" ({part[2:]}) ") if lang == "fr" else 0  # French, before another item: in brackets
    assert seen >= 80


@pytest.mark.parametrize(("lang", "name", "size"), DECIMALS)
def test_a_decimal_comma_is_no_part_set_off(lang: str, name: str, size: str) -> None:
    shop = {"de": wollwerk, "fr": atelier}[lang]()
    texts = [compose(order(order_id=f"D-{n}", items=[{"name": name}], locale=lang), shop, NOW, secret=SECRET).text
             for n in range(20)]  # fmt: skip
    assert any(size in text for text in texts)
    assert not any(f"{size}," in text for text in texts)


PART_VARIANTS = [  # lang, name, variant, the object form: a variant that names a part or model goes in brackets
    ("de", "Füllfederhalter Edelstahl", "Feder M", "den Füllfederhalter Edelstahl (Feder M)"),
    ("de", "Trinkflasche", "Deckel Schwarz", "die Trinkflasche (Deckel Schwarz)"),
    ("de", "Schachspiel Holz", "Großes Brett", "das Schachspiel Holz (großes Brett)"),
    ("de", "Kissen", "Mit Füllung", "das Kissen mit Füllung"),
    ("de", "Pullover", "Anthrazit meliert", "den Pullover in Anthrazit meliert"),  # a colour stays after "in"
    ("de", "Esstisch", "Eiche Natur", "den Esstisch in Eiche Natur"),
    ("fr", "Gourde", "Bouchon noir", "la gourde (bouchon noir)"),
    ("fr", "Coussin", "Avec garnissage", "le coussin avec garnissage"),
    ("fr", "Nappe", "Lin lavé", "la nappe en lin lavé"),
    ("en", "Stainless Steel Fountain Pen", "Medium Nib", "the Stainless Steel Fountain Pen (Medium Nib)"),
    ("en", "Wooden Chess Set", "Large Board", "the Wooden Chess Set (Large Board)"),
    ("en", "Dog Bowl", "Extra Large", "the extra large Dog Bowl"),
    ("en", "Women's Hiking Boots", "UK 6", "the Women's Hiking Boots in size UK 6"),  # a shoe size with its system
    ("de", "Wanderschuhe", "EU 39,5", "die Wanderschuhe in Größe EU 39,5"),
    ("de", "Arbeitshose", "Größe 52", "die Arbeitshose in Größe 52"),
]


@pytest.mark.parametrize(("lang", "name", "variant", "expected"), PART_VARIANTS)
def test_a_variant_that_names_a_part_is_set_in_brackets_not_after_in(
    lang: str, name: str, variant: str, expected: str
) -> None:
    assert item_phrase(Item(name, variant=variant), lang, True).acc == expected


ONE_PIECE = [  # German garments named in the plural, each one piece: counted directly
    ("Laufshorts Herren", 3, "die drei Laufshorts Herren"),
    ("Radlerleggings", 2, "die beiden Radlerleggings"),
    ("Trailrunningschuhe „Gravel“", 3, "die drei Paar Trailrunningschuhe „Gravel“"),
]


@pytest.mark.parametrize(("name", "quantity", "expected"), ONE_PIECE)
def test_german_garments_named_in_the_plural_are_counted_as_pieces(name: str, quantity: int, expected: str) -> None:
    assert item_phrase(Item(name, quantity), "de", True).nom == expected


NAMED_PACKS = [  # lang, name, quantity, the subject form: a pack word of the trade names what is counted
    ("de", "Rotwein Spätburgunder, Karton mit 6", 3, "die drei Kartons Rotwein Spätburgunder, Karton mit 6"),
    ("fr", "Huître creuse n°3, bourriche de 24", 1, "les huîtres creuses n°3, bourriche de 24"),
    ("fr", "Huître creuse n°3, bourriche de 24", 3, "les trois bourriches de 24 huîtres creuses n°3"),  # said once
    ("fr", "Fraises, barquette de 12", 2, "les deux barquettes de 12 fraises"),
    ("fr", "Tomates cerises, barquette de 250 g", 3, "les trois barquettes de 250 g de tomates cerises"),
    ("en", "Golf Balls (Sleeve of 3)", 3, "the three sleeves of 3 Golf Balls"),
]


@pytest.mark.parametrize(("lang", "name", "quantity", "expected"), NAMED_PACKS)
def test_a_pack_named_by_the_trades_word_is_counted_in_it(lang: str, name: str, quantity: int, expected: str) -> None:
    assert item_phrase(Item(name, quantity), lang, True).nom == expected


def test_a_variant_goes_before_a_weight_set_off_by_a_comma_and_the_comma_closes_it() -> None:
    texts = [
        compose(order(order_id=f"V-{n}", items=[{"name": "Sockenwolle 4-fach, 100 g", "variant": "Petrol"}],
                      locale="de"), wollwerk(), NOW, secret=SECRET).text
        for n in range(20)
    ]  # fmt: skip
    assert any("Sockenwolle 4-fach in Petrol, 100 g" in text for text in texts)
    assert not any("100 g in Petrol" in text or "100 g, in Petrol" in text for text in texts)
    assert not any(re.search(r", 100 g [^\W\d_]", text) for text in texts)  # "…, 100 g, ist unterwegs"


SOLD_BY_MEASURE = [  # lang, name, the subject form for three: foods and drinks in what they come in, others counted
    ("de", "Molkenprotein Vanille, 1 kg", "die drei Packungen Molkenprotein Vanille, 1 kg"),
    ("de", "Reichhaltige Nachtcreme, 50 ml", "die drei reichhaltigen Nachtcremes, 50 ml"),
    ("de", "Baumwollstoff „Sternchen“, Meterware", "die drei Meter Baumwollstoff „Sternchen“, Meterware"),
    ("fr", "Café en grains « Moka », 1 kg", "les trois sacs de café en grains «\xa0Moka\xa0», 1 kg"),
    ("fr", "Comté AOP 18 mois, 250 g", "les trois morceaux de comté AOP 18 mois, 250 g"),
    ("fr", "Vin rouge Pinot noir, 75 cl", "les trois bouteilles de vin rouge Pinot noir, 75 cl"),
    ("fr", "Crème de nuit régénérante, 50 ml", "les trois crèmes de nuit régénérantes, 50 ml"),
    (
        "fr",
        "Tissu coton imprimé étoiles, vendu au mètre",
        "les trois mètres de tissu en coton imprimé étoiles",
    ),
    ("en", "Whey Protein Powder, Vanilla, 1kg", "the three bags of Whey Protein Powder, Vanilla, 1kg"),
    ("en", "Merino Sock Yarn, 100g", "the three balls of Merino Sock Yarn, 100g"),
    ("en", "Cotton Poplin Fabric, per Metre", "the three metres of Cotton Poplin Fabric, per Metre"),
    ("de", "Teekanne „Mila“ 1,2 l", "die drei Teekannen „Mila“ 1,2 l"),  # a decimal comma sets nothing off
]


@pytest.mark.parametrize(("lang", "name", "three"), SOLD_BY_MEASURE)
def test_food_sold_by_weight_comes_in_packs_and_fabric_by_the_metre(lang: str, name: str, three: str) -> None:
    assert item_phrase(Item(name, 3), lang, True).nom == three


READER_FINDINGS = [  # lang, name, variant, quantity, the subject form, from a native editor's reading
    ("en", "Disc Brake Pads, Pair", "", 3, "the three pairs of Disc Brake Pads"),  # a pair: counted in pairs
    ("en", "Linen Tea Towels (Pair)", "Grey Check", 3, "the three pairs of Linen Tea Towels in Grey Check (Pair)"),
    ("de", "Bremsbeläge Scheibenbremse, Paar", "", 3, "die drei Paar Bremsbeläge Scheibenbremse, Paar"),
    (
        "fr",
        "Plaquettes de frein à disque, la paire",
        "",
        3,
        "les trois paires de plaquettes de frein à disque",  # the pair said once, as in English
    ),
    ("en", "Milk Chocolate with Hazelnuts, 100g", "", 3, "the three bars of Milk Chocolate with Hazelnuts, 100g"),
    ("fr", "Chocolat au lait noisettes, 100 g", "", 3, "les trois tablettes de chocolat au lait noisettes, 100 g"),
    ("de", "Earl Grey lose, 100 g Dose", "", 3, "die drei Dosen Earl Grey lose, 100 g Dose"),  # never "Earls"
    ("de", "Vinyl-LP „Kind of Blue“", "", 1, "die Vinyl-LP „Kind of Blue“"),
    ("en", "Kind of Blue (Vinyl LP)", "", 3, "the three copies of Kind of Blue (Vinyl LP)"),  # not "Kinds of Blue"
]


@pytest.mark.parametrize(("lang", "name", "variant", "quantity", "expected"), READER_FINDINGS)
def test_names_a_native_editor_corrected(lang: str, name: str, variant: str, quantity: int, expected: str) -> None:
    assert item_phrase(Item(name, quantity, variant=variant), lang, True).nom == expected


def test_a_later_mention_of_a_pair_names_the_things_and_several_feminine_items_are_elles() -> None:
    assert short_phrase(Item("Disc Brake Pads, Pair", 3), "en", True).nom == "the Disc Brake Pads"
    items = (Item("Bougie parfumée"), Item("Tasse"), Item("Théière en fonte"))
    assert name_items(items, "fr", True).it == "elles"
    assert name_items((Item("Bougie parfumée"), Item("Vase")), "fr", True).it == "ils"


def test_a_french_colour_goes_before_a_diameter_not_inside_it() -> None:
    assert item_phrase(Item("Abat-jour en lin Ø 40 cm", variant="Naturel"), "fr", True).nom == (
        "l'abat-jour en lin naturel Ø 40 cm"
    )


@pytest.mark.parametrize(("name", "about", "of"), [("Kletterseil 60 m", "zum Kletterseil", "vom Kletterseil"),
                                                   ("Backform", "zur Backform", "von der Backform")])  # fmt: skip
def test_german_notes_contract_zu_and_von_with_the_article(name: str, about: str, of: str) -> None:
    orders = [dataclasses.replace(made, items=(Item(name),)) for made in make_orders(80, "de", seed=5)]
    texts = [compose(made, wollwerk(), NOW, secret=SECRET).text for made in orders]
    head = name.split()[0]
    assert not any(f"zu dem {head}" in t or f"von dem {head}" in t or f"zu der {head}" in t for t in texts)
    assert any(about in t or of in t for t in texts)


ROUND8_CAUSES = [  # lang, name, quantity, the subject form: general causes found by held-out round 8
    ("de", "Kellerbier naturtrüb, Kasten 20 x 0,5 l", 3, "die drei Kästen Kellerbier naturtrüb, Kasten 20 x 0,5 l"),
    ("fr", "Bière blonde (carton de 12 bouteilles)", 3, "les trois cartons de bière blonde (carton de 12 bouteilles)"),
    ("fr", "Bière blonde (carton de 12 bouteilles)", 1, "la bière blonde (carton de 12 bouteilles)"),
    ("en", "Pale Ale, Case of 12 x 330ml", 3, "the three cases of Pale Ale, Case of 12 x 330ml"),
    ("de", "Kerzenhalter Messing x2", 1, "die Kerzenhalter Messing x2"),
    ("de", "Loser Grüntee „Sencha“, 100 g", 1, "der lose Grüntee „Sencha“, 100 g"),  # an adjective, not "der Loser"
    ("de", "Matter Klarlack, 750 ml", 1, "der matte Klarlack, 750 ml"),
    ("de", "Holzschutzlasur Eiche", 3, "die drei Dosen Holzschutzlasur Eiche"),
    ("de", "Schokostreusel, 250 g", 1, "die Schokostreusel, 250 g"),
    ("de", "Eau de Parfum „Sommerregen“, 50 ml", 3, "die drei Flakons Eau de Parfum „Sommerregen“, 50 ml"),
    ("fr", "Géranium vivace « Rozanne »", 3, "les trois géraniums vivaces «\xa0Rozanne\xa0»"),
    (
        "fr",
        "Hydromel traditionnel, 75 cl",
        3,
        "les trois bouteilles d'hydromel traditionnel, 75 cl",
    ),  # a drink by the cl
    ("fr", "Sous-verres en liège, le lot de 6", 1, "les sous-verres en liège, le lot de 6"),
    ("fr", "ARBRE À CHAT « NUAGE »", 3, "les trois ARBRES À CHAT «\xa0NUAGE\xa0»"),
    ("fr", "Crochet en laiton, vendu à l'unité", 3, "les trois crochets en laiton, vendus à l'unité"),
    ("en", "Chopin Nocturnes (Urtext Edition)", 3, "the three copies of Chopin Nocturnes (Urtext Edition)"),
]


@pytest.mark.parametrize(("lang", "name", "quantity", "expected"), ROUND8_CAUSES)
def test_crates_capitals_loanwords_and_agreement_found_by_round_8(
    lang: str, name: str, quantity: int, expected: str
) -> None:
    assert item_phrase(Item(name, quantity), lang, True).nom == expected


def test_a_later_mention_of_several_packs_names_them_without_the_count() -> None:
    """German names the goods again in the singular, without the pack and what follows the noun; English keeps
    the cases."""
    assert short_phrase(Item("Zeichenkohle, 12 Stäbchen", 3), "de", True).nom == "die Zeichenkohle"
    assert short_phrase(Item("Pale Ale, Case of 12 x 330ml", 3), "en", True).nom == "the cases of Pale Ale"
    assert short_phrase(Item("Rapsöl 1 l", 1), "de", True).nom == "das Rapsöl"


NAMES_AND_USES = [  # lang, name, quantity, the subject form
    ("en", "Salmon Fly Jones, Size 6", 3, "the three Salmon Flies Jones, Size 6"),  # a pattern named for a person
    ("en", "Salmon Fly Jones, Size 6", 1, "the Salmon Fly Jones, Size 6"),
    ("en", "Festival Tent Hughes", 3, "the three Festival Tents Hughes"),
    ("en", "Brussels Sprouts Seeds", 3, "the three packets of Brussels Sprouts Seeds"),  # a plural head stays one
    ("en", "Rubber Wellingtons", 3, "the three pairs of Rubber Wellingtons"),
    ("fr", "Peinture bois satinée, 0,5 l", 1, "la peinture bois satinée, 0,5 l"),  # for wood, not made of it
    ("fr", "Vernis bois incolore", 3, "les trois vernis bois incolores"),
    ("fr", "Foret métal HSS 8 mm", 1, "le foret métal HSS 8 mm"),  # a drill bit: masculine, unlike « la forêt »
    ("fr", "Bol inox 20 cm", 1, "le bol en inox 20 cm"),  # made of it
    ("de", "Whey Protein Schoko 1 kg", 3, "die drei Packungen Whey Protein Schoko 1 kg"),  # "Whey": no adjective
    ("de", "Bio Rapsöl 1 l", 3, "die drei Flaschen Bio Rapsöl 1 l"),
    ("en", "Kettlebells 2 x 8kg", 1, "the Kettlebells 2 x 8kg"),  # a measure is no label in sentence case
    ("en", "Fitted Sheet Sateen, Double", 3, "the three Fitted Sheets Sateen, Double"),  # a fabric after the head
    ("en", "Barley Straw 2kg", 3, "the three bags of Barley Straw 2kg"),  # uncountable
    ("fr", "Champagne rosé 75 cl", 1, "le champagne rosé 75 cl"),  # the wine, not « la champagne »
]


@pytest.mark.parametrize(("lang", "name", "quantity", "expected"), NAMES_AND_USES)
def test_a_name_after_the_noun_and_a_material_a_product_is_for_are_told_apart(
    lang: str, name: str, quantity: int, expected: str
) -> None:
    assert item_phrase(Item(name, quantity), lang, True).nom == expected


ROUND9_CAUSES = [  # lang, name, quantity, the subject form: general causes found by held-out rounds 9 and 10
    ("en", "EU 2-Pin Travel Adaptor", 3, "the three EU 2-Pin Travel Adaptors"),  # a code and a size before the noun
    ("en", "Bait Boat BB-40, 2.4GHz", 3, "the three Bait Boats BB-40, 2.4GHz"),  # a model code is no head
    ("en", "Pond Pump up to 2000 Litres", 3, "the three Pond Pumps up to 2000 Litres"),
    ("en", "Tree of Life Beads, 8mm, Tube of 50", 3, "the three tubes of 50 Tree of Life Beads, 8mm"),
    ("en", "Pond Fish Pellets, 500ml Tub", 3, "the three 500ml tubs of Pond Fish Pellets"),
    ("de", "Laufsocken Merino, 1 Paar", 3, "die drei Paar Laufsocken Merino, 1 Paar"),  # one pair: counted in pairs
    ("de", "Vogelfutter Sonnenblumenkerne, Eimer 5 kg", 3, "die drei Eimer Vogelfutter Sonnenblumenkerne, Eimer 5 kg"),
    ("de", "Glasperlen, blau, Tüte mit 100 Stück", 3, "die drei Tüten Glasperlen, blau, Tüte mit 100 Stück"),
    ("de", "Flaschensauger", 3, "die drei Flaschensauger"),  # an agent noun of "saugen", not "Flaschensau|ger"
    ("de", "Xyzqorb 7A, Paar", 1, "der Artikel „Xyzqorb 7A, Paar“"),  # unknown: the whole name in the quotes
    ("fr", "Bob de pluie à bord large", 3, "les trois bobs de pluie à bord large"),  # the brim is wide
    ("fr", "Gilet à capuche amovible", 3, "les trois gilets à capuche amovible"),  # the hood comes off
    ("fr", "Trousse à fermeture double zip", 3, "les trois trousses à fermeture double zip"),  # « double » of « zip »
    ("fr", "Heurtoir de porte en laiton", 1, "le heurtoir de porte en laiton"),  # h aspiré
    ("en", "Goggles Strap", 3, "the three Goggles Straps"),  # a pair noun naming what the strap is for
    ("en", "Rain Cape Reflective", 3, "the three Rain Capes Reflective"),  # an adjective after the head
    ("en", "Women's 5mm Winter Wetsuit", 3, "the three Women's 5mm Winter Wetsuits"),  # who it is for, a size
    ("en", "Copper Pot Scrubbers", 1, "the Copper Pot Scrubbers"),  # no name in -s: the table does not hold it
    ("de", "Damen Regenjacke", 3, "die drei Damen Regenjacken"),  # who it is for: no head, not declined
    ("de", "Kinder Fahrradhelm", 1, "der Kinder Fahrradhelm"),
    ("de", "Flache Pastateller, 4er-Set", 1, "die flachen Pastateller, 4er-Set"),  # an adjective by its lemma
    ("de", "Bio-Dinkel, 1 kg", 3, "die drei Packungen Bio-Dinkel, 1 kg"),  # grain, sold by weight
    ("de", "Belüftungsgitter", 3, "die drei Belüftungsgitter"),  # a noun in -ung linked by s begins a compound
    ("de", "Qwzrtlampe, Messing", 1, "der Artikel „Qwzrtlampe, Messing“"),  # unknown: not named by its material
]


@pytest.mark.parametrize(("lang", "name", "quantity", "expected"), ROUND9_CAUSES)
def test_codes_named_containers_parts_and_agent_nouns_found_by_rounds_9_and_10(
    lang: str, name: str, quantity: int, expected: str
) -> None:
    assert item_phrase(Item(name, quantity), lang, True).nom == expected


def test_a_colour_goes_before_a_qualifier_the_shop_set_off_by_a_comma() -> None:
    item = Item("Recharges d'encre longues, format standard", 1, variant="vert")
    assert item_phrase(item, "fr", True).nom == "les recharges d'encre longues vertes, format standard"


@pytest.mark.parametrize(
    ("name", "article"),
    [("HAND CREAM, 75ML TUBE", "a"), ("OVEN GLOVE", "an"), ("LED DESK LAMP", "an"), ("HDMI CABLE 2M", "an")],
)
def test_a_name_in_capitals_takes_the_article_of_its_first_word_read_as_a_word(name: str, article: str) -> None:
    assert indefinite(name) == article
