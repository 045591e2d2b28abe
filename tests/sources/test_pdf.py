"""pdf.parse: text per page, a Block per page with its number, encrypted and broken PDFs refused."""

from __future__ import annotations


import pytest
from fixture_server import REPORT_PAGES, WebServer, encrypted_pdf, make_pdf

from factcheck.errors import SourceError
from factcheck.options import FetchOptions
from factcheck.sources import base, pdf, urls
from factcheck.sources.base import Raw


def test_each_page_is_a_block_that_cites_its_page() -> None:
    document = pdf.parse(Raw(source="report.pdf", data=make_pdf(REPORT_PAGES)))
    assert document.kind == "pdf"
    assert [block.page for block in document.blocks] == [1, 2]
    for block, lines in zip(document.blocks, REPORT_PAGES):
        assert document.text[block.start : block.end] == "\n".join(lines)
        assert block.line == 1
    assert document.text == "\n\n".join("\n".join(lines) for lines in REPORT_PAGES)


def test_pages_without_text_are_left_out_but_keep_their_numbers() -> None:
    document = pdf.parse(Raw(source="gaps.pdf", data=make_pdf([["First page."], [], ["Third page."]])))
    assert [block.page for block in document.blocks] == [1, 3]
    assert document.text == "First page.\n\nThird page."


def test_a_pdf_without_any_text_is_reported() -> None:
    with pytest.raises(SourceError, match="no text in the PDF"):
        pdf.parse(Raw(source="scan.pdf", data=make_pdf([[], []])))


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (encrypted_pdf(), "encrypted PDF (it needs a password)"),
        (b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog", "broken PDF"),
        (b"<html><body>Not found</body></html>", "not a PDF (no %PDF- header)"),
    ],
)
def test_encrypted_broken_and_fake_pdfs_are_reported(data: bytes, problem: str) -> None:
    with pytest.raises(SourceError) as info:
        pdf.parse(Raw(source="bad.pdf", data=data))
    assert info.value.path == "bad.pdf"
    assert info.value.message.startswith(problem)


def test_a_fetched_pdf_is_parsed_by_its_media_type(web_server: WebServer, fetch_options: FetchOptions) -> None:
    raw = urls.fetch(web_server.url("report.pdf"), fetch_options)
    assert raw.media_type == "application/pdf"
    document = base.parse(raw)
    assert document.blocks[1].page == 2
    assert "360 fighters came from Turkmenistan" in document.text[document.blocks[1].start : document.blocks[1].end]
