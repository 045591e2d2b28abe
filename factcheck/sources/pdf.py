"""PDF files: the text of each page with pypdf (BSD licensed), one Block per page.

Document.text is the pages' text joined by blank lines; each page's Block carries its 1-based
page number, so evidence cites the page (and the line within it). Pages without text are left
out. Encrypted PDFs that need a password, and broken ones, raise SourceError.
"""

from __future__ import annotations

import logging
from io import BytesIO

from factcheck.errors import SourceError
from factcheck.model import Block, Document
from factcheck.sources.base import Raw
from factcheck.sources.decode import normalise

logging.getLogger("pypdf").addHandler(logging.NullHandler())  # the library never prints

PAGE_SEPARATOR = "\n\n"


def page_texts(data: bytes, *, source: str) -> tuple[str, ...]:
    """The normalised text of every page of a PDF, in order ("" for a page without text)."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError

    if not data.lstrip()[:5] == b"%PDF-":
        raise SourceError("not a PDF (no %PDF- header)", path=source)
    try:
        reader = PdfReader(BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise SourceError("encrypted PDF (it needs a password)", path=source)
        pages = [page.extract_text() or "" for page in reader.pages]
    except SourceError:
        raise
    except (DependencyError, FileNotDecryptedError):
        raise SourceError("encrypted PDF (it cannot be opened without a password)", path=source) from None
    except Exception as err:  # pypdf raises many kinds of error on damaged files; all mean "broken"
        raise SourceError(f"broken PDF ({type(err).__name__}: {err})", path=source) from None
    return tuple(_clean(text) for text in pages)


def parse(raw: Raw) -> Document:
    """Parse a PDF into a Document with a Block per page that has text."""
    texts = page_texts(raw.data, source=raw.source)
    parts: list[str] = []
    blocks: list[Block] = []
    offset = 0
    for number, text in enumerate(texts, start=1):
        if not text:
            continue
        if parts:
            offset += len(PAGE_SEPARATOR)
        blocks.append(Block(start=offset, end=offset + len(text), line=1, page=number))
        parts.append(text)
        offset += len(text)
    if not parts:
        raise SourceError("no text in the PDF (scanned pages need OCR first)", path=raw.source)
    return Document(
        source=raw.source, text=PAGE_SEPARATOR.join(parts), kind="pdf", blocks=tuple(blocks), digest=raw.digest
    )


def _clean(text: str) -> str:
    """Normalised page text without trailing spaces or blank lines at either end."""
    lines = [line.rstrip() for line in normalise(text).replace("\x00", "").split("\n")]
    return "\n".join(lines).strip("\n")
