"""Hand labels for the fixture articles: their checkable statements, and their page chrome."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

ARTICLES = Path(__file__).parent.parent / "fixtures" / "articles"
SEED = ARTICLES / "tca-2014-kyrgyzstan-russia-isil.txt"


@dataclass(frozen=True)
class Truth:
    """Hand labels for one fixture article: words that identify each sentence."""

    path: Path
    claims: tuple[str, ...]  # checkable statements: each must be kept
    not_claims: tuple[str, ...]  # opinion, hedges, ignored sentences: none may be kept
    chrome: tuple[str, ...]  # page chrome: never kept, whatever the score


TRUTHS = (
    Truth(
        SEED,
        claims=(
            "According to the Defence Ministers of Kyrgyzstan and Russia",
            "Talks between Kyrgyz Defence Minister",
            "(2000 to 4000)",
            "has recently declared its support for IS",
            "in 2012 was signed into law",
            "from 2005 it has not controlled the Tajik-Afghan border",
            "Uzbekistan’s exit from the CSTO",
        ),
        not_claims=(
            "Here again the IS threat will come very handy",
            "seems more the result of a political and military convenience",
            "it appears that the threat to Central Asia may also be exaggerated",
            "All this certainly contributes",
        ),
        chrome=(
            "Sei all'interno di",
            "GiroBlog",
            "Courtesy of",
            "Category:",
            "Published on",
            "Written by",
            "letture",
            "contributi al forum",
            "Policy sui Forum",
        ),
    ),
    Truth(
        ARTICLES / "valmara-port.html",
        claims=(
            "handled 1.4 million containers in 2023",
            "which opened in March 2022",
            "The terminal cost €310 million",
            "to a depth of 16 metres",
            "rose to 6,300 workers",
            "third largest container port",
        ),
        not_claims=(
            "It seems likely",
            "What the record means",
            "We should be careful",
            "Unofficial estimates",  # under <!-- factcheck: ignore -->
        ),
        chrome=(
            "cookies",
            "25,000 subscribers",
            "Marta Ilves",
            "4,812 views",
            "Share on",
            "Tags:",
            "Related articles",
            "400,000 containers",  # a reader's comment
            "Log in",
            "All rights reserved",
            "Privacy policy",
        ),
    ),
    Truth(
        ARTICLES / "lake-orvan-drought.md",
        claims=(
            "dropped to 212.4 metres above sea level",
            "about 340,000 people",
            "45 million cubic metres",
            "41% below the 1991–2020 average",
            "The level fell 1.8 metres",
        ),
        not_claims=(
            "A local angler claimed",  # under <!-- factcheck: ignore -->
            "banned the filling of private swimming pools",  # `factcheck: ignore` on its line
            "It is hard not to see",
            "Maybe the authorities",
            "Many residents think so",
        ),
        chrome=(
            "Accueil",
            "Lake Orvan falls to its lowest level",
            "Publié le",
            "1 532 vues",
            "Partager sur",
            "Ce qu'il faut retenir",
            "Lire aussi",
            "newsletter",
            "cookies",
            "Tous droits réservés",
        ),
    ),
    Truth(
        ARTICLES / "mill-closure.txt",
        claims=(
            "will close at the end of June 2021",
            "The mill opened in 1903 and employed 640 people",
            "Today 212 employees work at the site",
            "had fallen by more than 60% since 2008",
            "Jonas Brandt said the workers had been told",
        ),
        not_claims=("The city council hopes", "That would be the best outcome"),
        chrome=(
            "Startseite",
            "Mill closes after 118 years",
            "Anna Weber",
            "Aufrufe",
            "Teilen",
            "Kommentare",
            "Schreiben Sie",
            "Alle Rechte vorbehalten",
        ),
    ),
)
