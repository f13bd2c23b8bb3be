"""A note that names a coffin, an urn, a grave, a cremation or a funeral is read as a death in every language, so
the reply is quiet; the same words where they mean something else (a ballot box, a tea urn, a coffin-shaped
nail, « il tombe », "a grave mistake") are not."""

from __future__ import annotations

import pytest

from notegen.language.customer_notes import read_customer_note


@pytest.mark.parametrize(
    ("lang", "note"),
    [
        ("fr", "La médaille sera déposée dans le cercueil de mon oncle vendredi."),
        ("fr", "Nous cherchons une urne pour les cendres de notre chienne."),
        ("fr", "Une urne funéraire en grès, merci de soigner l'emballage."),
        ("fr", "Le faire-part de décès de ma marraine est joint au colis."),
        ("fr", "C'est pour la crémation de mon beau-père mardi."),
        ("fr", "Des bruyères pour sa tombe, elle aimait la lande."),
        ("fr", "pour la veillée funèbre de ma grand-tante"),
        ("de", "Die Kerze kommt am Samstag auf den Sarg meiner Tante."),
        ("de", "Für die Urne meines Vaters, bitte gut polstern."),
        ("de", "Nach der Einäscherung am Montag holen wir alles ab."),
        ("de", "Der Kranz ist für die Seebestattung meines Onkels."),
        ("de", "Die Asche meines Katers soll in die kleine Dose."),
        ("en", "The brooch will be pinned on my aunt's coffin on Friday."),
        ("en", "We need it before the cremation on Tuesday, thank you."),
        ("en", "A small urn for her ashes, please wrap it carefully."),
        ("en", "Flowers for his grave, he loved his roses."),
        ("en", "It is for the burial of my grandfather on Monday."),
    ],
)
def test_the_words_of_a_funeral_read_as_a_death(lang: str, note: str) -> None:
    reading = read_customer_note(note, lang)
    assert (reading.occasion, reading.quiet) == ("memorial", True), reading


@pytest.mark.parametrize(
    ("lang", "note"),
    [
        ("fr", "L'urne du bureau de vote de la mairie, à livrer avant dimanche svp."),
        ("fr", "Il tombe des cordes, laissez le colis au garage."),
        ("fr", "Ce n'est pas grave si le colis arrive lundi."),
        ("fr", "Les cendres du poêle sont trop fines, il me faut une pelle."),
        ("de", "Die Urne für die Betriebsratswahl bitte bis Freitag liefern."),
        ("de", "Die Asche vom Kaminofen ist sehr fein."),
        ("en", "Please make them a coffin shape, not almond."),
        ("en", "Our tea urn at the village hall broke, we need this one by Sunday."),
        ("en", "That was a grave mistake by the courier, please resend."),
        ("en", "Tickets for the Ashes, so please hurry."),
    ],
)
def test_the_same_words_meaning_something_else_do_not(lang: str, note: str) -> None:
    assert read_customer_note(note, lang).occasion != "memorial"
