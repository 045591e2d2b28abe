"""Page-chrome rules: shapes of lines, in several languages, not the seed's strings."""

from __future__ import annotations

import pytest

from factcheck.extract.chrome import chrome_line, chrome_reason

CHROME = [
    ("Home » World » Asia", "breadcrumb"),
    ("Startseite > Politik > Ausland", "breadcrumb"),
    ("Inicio >> Noticias >> Economía", "breadcrumb"),
    ("News | Sport | Culture | Weather", "navigation"),
    ("12,408 views", "counter"),
    ("1.245 Aufrufe", "counter"),
    ("3 412 vues", "counter"),
    ("Visite: 811", "counter"),
    ("Commenti (14)", "counter"),
    ("Published on 3 May 2019.", "metadata"),
    ("Written by Jane Doe", "metadata"),
    ("Category: Economy, Markets", "metadata"),
    ("Courtesy of Reuters", "metadata"),
    ("Veröffentlicht am 4. März 2020 von Anna Weber", "metadata"),
    ("Pubblicato il 5 maggio 2018", "metadata"),
    ("Publié le 3 août 2022 par Claire Martin", "metadata"),
    ("by John Smith - 14 March 2019 - 5 min read", "byline"),
    ("We use cookies to give you the best experience on our website.", "site furniture"),
    ("Join our 25,000 subscribers!", "reader prompt"),
    ("Sign up for our newsletter.", "reader prompt"),
    ("Nous utilisons des cookies pour améliorer votre expérience.", "site furniture"),
    ("Diese Website verwendet Cookies.", "site furniture"),
    ("© 2021 Example Media. All rights reserved.", "site furniture"),
    ("Condividi su Facebook", "site furniture"),
    ("Teilen: Facebook · Twitter", "reader prompt"),
    ("Leave a comment", "site furniture"),
    ("Thursday, 20 November 2014", "date line"),
    ("Read more", "reader prompt"),
]

ARTICLE_TEXT = [
    "The forum was attended by 300 delegates from 40 countries, the organisers said.",
    "Employment at the port rose to 6,300 workers last year, compared with 5,100 in 2019.",
    "By 2030 the city plans to double the number of tram lines, according to the council.",
    "Shares in the company fell 12% on Monday after it published its results.",
    "« C'est un jour amer », a-t-il dit.",
    "The channel had 2 million subscribers.",
    "In 2019 it had 300 readers.",
    "The bakery sold 2 million cookies in 2020, up from 1.5 million the year before.",
    "The two countries will sign up to the treaty in 2024, the ministry said.",
    "Die Länder teilen sich die Kosten von 40 Millionen Euro seit 2019.",
    "The ministry's newsletter reported 4,000 cases of measles in 2019.",
    "»Das ist bitter«, sagte er am Montag.",
    "The video had been viewed more than two million times before it was removed by the platform.",
]


@pytest.mark.parametrize(("line", "reason"), CHROME)
def test_chrome_lines_are_recognised(line: str, reason: str) -> None:
    assert chrome_reason(line) == reason


@pytest.mark.parametrize("sentence", ARTICLE_TEXT)
def test_article_sentences_are_not_chrome(sentence: str) -> None:
    assert chrome_reason(sentence) is None
    assert chrome_reason(sentence, block=False) is None


def test_a_title_without_final_period_is_a_heading_only_as_a_paragraph() -> None:
    title = "Kyrgyzstan and Russia sign a new defence agreement"
    assert chrome_reason(title) == "heading"
    assert chrome_reason(title, block=False) is None


def test_a_paragraph_of_very_short_lines_is_a_menu() -> None:
    assert chrome_reason("Share this:\nTwitter\nFacebook\nLike this:\nLoading...") == "menu"
    assert chrome_reason("Twitter\nFacebook", block=False) != "menu"


def test_short_fragments_are_chrome() -> None:
    assert chrome_reason("Top stories") == "fragment"
    assert chrome_reason("Next article.") == "fragment"


def test_chrome_line_is_only_about_the_line_itself() -> None:
    assert chrome_line("Home » World » Asia")
    assert not chrome_line("Kyrgyzstan and Russia sign a new defence agreement")  # a heading needs its paragraph
    assert not chrome_line("for irrigation.")  # the end of a wrapped sentence
