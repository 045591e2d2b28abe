"""html.parse and html.main_text: the article's text only, decoded by the web rules."""

from __future__ import annotations

from pathlib import Path

import pytest
from fixture_server import WebServer

from factcheck.errors import SourceError
from factcheck.options import FetchOptions
from factcheck.sources import base, html, urls
from factcheck.sources.base import Raw

WEB = Path(__file__).parent.parent / "fixtures" / "web"
CHROME = ("cookies", "Home", "Subscribe", "25,000 subscribers", "inbox", "All rights reserved", "2363", "Privacy")


def local(name: str, charset: str | None = None) -> Raw:
    return Raw(source=f"web/{name}", data=(WEB / name).read_bytes(), media_type="text/html", charset=charset)


def test_only_the_main_text_of_a_page_in_chrome_is_kept() -> None:
    document = html.parse(local("article.html"))
    assert document.kind == "html"
    assert document.source == "web/article.html"
    assert "between 2,000 and 4,000 citizens of the five Central Asian states" in document.text
    assert "formally confirmed the suspension on 19 December 2012" in document.text
    for chrome in CHROME:
        assert chrome not in document.text


def test_lines_are_the_lines_of_the_extracted_text() -> None:
    lines = html.parse(local("article.html")).text.split("\n")
    assert lines[0] == "Syria calling: Central Asian recruits"
    assert lines[1].startswith("The International Crisis Group published its briefing")
    assert all(line.strip() == line and line for line in lines)


def test_main_text_takes_a_string_and_drops_comments() -> None:
    page = (
        "<html><body><nav><a href='/'>Home</a></nav><article><h1>Port record</h1>"
        "<p>The port of Valmara handled 1.4 million containers in 2023, up 12% on the year before.</p>"
        "<p>Employment at the port rose to 6,300 workers last year, the authority's report says.</p>"
        "</article><section id='comments' class='comments'><div class='comment'><p>Great news for the "
        "city, the port handled barely 400,000 containers back then.</p></div></section></body></html>"
    )
    text = html.main_text(page)
    assert "1.4 million containers in 2023" in text
    assert "400,000" not in text and "Home" not in text


def test_a_page_without_main_text_is_reported() -> None:
    assert html.main_text((WEB / "empty.html").read_text()) == ""
    with pytest.raises(SourceError) as info:
        html.parse(local("empty.html"))
    assert info.value.message == "no main text"
    assert info.value.path == "web/empty.html"


@pytest.mark.parametrize(
    ("name", "charset"),
    [("cp1252.html", "windows-1252"), ("cp1252.html", "iso-8859-1"), ("meta-charset.html", None), ("cp1252.html", "utf-8")],
)
def test_windows_1252_pages_read_right(name: str, charset: str | None) -> None:
    text = html.parse(local(name, charset)).text
    assert "opened in October 2003 – it hosts about 700 servicemen" in text
    assert "Russia’s largest abroad" in text and "the “Kant deal”" in text
    assert not any("\x80" <= ch <= "\x9f" for ch in text)


def test_a_fetched_windows_1252_page_reads_right(web_server: WebServer, fetch_options: FetchOptions) -> None:
    document = base.parse(urls.fetch(web_server.url("cp1252.html"), fetch_options))
    assert document.kind == "html"
    assert document.source == web_server.url("cp1252.html")
    assert "The 201st base in Tajikistan – Russia’s largest abroad – has about 7,000 troops." in document.text.split("\n")


def test_each_paragraph_is_a_block_on_its_own_line() -> None:
    document = html.parse(local("article.html"))
    lines = document.text.split("\n")
    assert [document.text[b.start : b.end] for b in document.blocks] == lines
    assert [b.line for b in document.blocks] == list(range(1, len(lines) + 1))
