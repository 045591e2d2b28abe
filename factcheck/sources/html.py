"""HTML pages: only the main text, found by trafilatura, so page chrome never becomes evidence.

Navigation, cookie banners, newsletter boxes, comments and footers are dropped; headings,
paragraphs and tables of the article are kept, one paragraph a line. The Document's lines are
the lines of this extracted text, not of the HTML file: evidence from a page cites them. Each
line (a heading, a paragraph, a table row) is a Block of its own, so sentences never run across
two paragraphs.
"""

from __future__ import annotations

import logging

from factcheck.errors import SourceError
from factcheck.model import Block, Document
from factcheck.sources.base import Raw
from factcheck.sources.decode import decode_web, normalise

logging.getLogger("trafilatura").addHandler(logging.NullHandler())  # the library never prints


def main_text(html: str) -> str:
    """The main text of an HTML page, a paragraph a line; "" when the page has none.

    Runs trafilatura locally on the string (nothing is fetched), favouring precision and
    without its fallback extractors, which would let navigation links through on pages that
    have no article.
    """
    import trafilatura  # imported on first use: it is slow to import

    text = trafilatura.extract(
        html,
        fast=True,
        favor_precision=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        deduplicate=False,
        with_metadata=False,
    )
    if not text:
        return ""
    lines = (line.rstrip() for line in normalise(text).split("\n"))
    return "\n".join(line for line in lines if line)


def parse(raw: Raw) -> Document:
    """Parse an HTML page into a Document of its main text; SourceError "no main text" if none."""
    html = decode_web(raw.data, source=raw.source, declared=raw.charset, html=True)
    text = main_text(html)
    if not text:
        raise SourceError("no main text", path=raw.source)
    return Document(source=raw.source, text=text, kind="html", blocks=paragraphs(text), digest=raw.digest)


def paragraphs(text: str) -> tuple[Block, ...]:
    """A Block per line of extracted text: a heading never runs into the paragraph after it."""
    blocks: list[Block] = []
    offset = 0
    for number, line in enumerate(text.split("\n"), start=1):
        blocks.append(Block(start=offset, end=offset + len(line), line=number))
        offset += len(line) + 1
    return tuple(blocks)
