"""Reading articles: paragraphs, ignore controls, and tracing HTML sentences to their lines."""

from __future__ import annotations

import pytest

from factcheck.errors import SourceError
from factcheck.extract.article import PageLocator, from_text, line_of, paragraphs, read_article
from factcheck.sources.base import Raw


def test_paragraphs_split_at_blank_lines_headings_and_list_items() -> None:
    text = "# Title\nFirst line\nsecond line.\n\n- item one\n- item two\n"
    spans = paragraphs(text, "markdown")
    assert [text[s:e] for s, e in spans] == ["# Title", "First line\nsecond line.", "- item one", "- item two"]


def test_every_line_of_html_main_text_is_a_paragraph() -> None:
    text = "Headline\nFirst paragraph.\nSecond paragraph."
    assert len(paragraphs(text, "html")) == 3


def test_comments_are_blanked_with_offsets_kept() -> None:
    text = "A <!-- note\nmore --> B\n"
    article = from_text(text)
    assert len(article.text) == len(text)
    assert "note" not in article.text and article.text.count("\n") == text.count("\n")


def test_ignore_marks_know_whether_they_stand_alone() -> None:
    text = "<!-- factcheck: ignore -->\nOne.\nTwo. <!-- factcheck: ignore -->\nThree. factcheck: ignore\n"
    marks = from_text(text).marks
    assert [(m.line, m.alone) for m in marks] == [(1, True), (3, False), (4, False)]


@pytest.mark.parametrize("data", [b"", b"  \n\n ", b"<!-- only a comment -->\n"])
def test_empty_articles_are_refused_with_their_name(data: bytes) -> None:
    with pytest.raises(SourceError, match="empty article") as err:
        read_article(Raw(source="notes/empty.txt", data=data))
    assert err.value.path == "notes/empty.txt"


def test_html_without_main_text_is_refused() -> None:
    page = b"<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav></body></html>"
    with pytest.raises(SourceError, match="no main text"):
        read_article(Raw(source="nav.html", data=page))


def test_stdin_that_starts_like_html_is_read_as_html() -> None:
    page = (
        b"<!DOCTYPE html><html><body><article><p>The museum received 1.2 million visitors in 2019, "
        b"the city said in its annual report on culture and tourism.</p></article></body></html>"
    )
    article = read_article(Raw(source="-", data=page))
    assert article.kind == "html" and "<p>" not in article.text


def test_stdin_plain_text_stays_text() -> None:
    article = read_article(Raw(source="-", data=b"The museum received 1.2 million visitors in 2019.\n"))
    assert article.kind == "text"


def test_locator_finds_sentences_across_tags_entities_and_white_space() -> None:
    page = "<html>\n<head><title>The port</title></head>\n<body>\n<p>The port&nbsp;of <b>Valmara</b>\n   handled 1.4&#160;million containers.</p>\n</body></html>"
    locator = PageLocator(page)
    offset = locator.find("The port of Valmara handled 1.4 million containers.")
    assert offset is not None and line_of(page, offset) == 4


def test_locator_says_none_rather_than_guess() -> None:
    assert PageLocator("<p>Something else entirely.</p>").find("The port of Valmara handled containers.") is None


def test_stdin_markdown_opening_with_a_comment_stays_text() -> None:
    data = b"<!-- factcheck: ignore -->\nThe museum received 1.2 million visitors in 2019.\n"
    assert read_article(Raw(source="-", data=data)).kind == "text"
