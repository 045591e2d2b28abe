"""What every source goes through: raw bytes in, a Document out, the parser picked by kind.

A source ref (a path, a folder, a glob, a URL) is expanded and read into `Raw` records by
`files.py` or `urls.py`; the parser for its kind (`text.py`, `html.py`, `pdf.py`, `tables.py`)
turns each into a `Document`. Parsers are imported lazily so start-up stays fast.
"""

from __future__ import annotations

import hashlib
import importlib
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Protocol

from factcheck.model import Document


INDEXED_AS = b"terms-3"  # how passages are indexed: raise it when the indexed words change


@dataclass(frozen=True, slots=True)
class Raw:
    """The bytes of one source as read or fetched, before parsing."""

    source: str  # how evidence cites it: a path relative to the working folder, or a URL
    data: bytes
    media_type: str | None = None  # e.g. "text/html" from a Content-Type header
    charset: str | None = None  # declared charset (HTTP header), None when not declared

    @property
    def digest(self) -> str:
        """A content hash of the bytes, for incremental indexing and caching; it changes with
        INDEXED_AS too, so that an index built by an older release is rebuilt."""
        return hashlib.blake2b(self.data, digest_size=16, person=INDEXED_AS).hexdigest()


class Parser(Protocol):
    """Turns the raw bytes of one kind of source into a Document."""

    def __call__(self, raw: Raw) -> Document: ...


# kind -> module exposing `parse(raw: Raw) -> Document`
PARSERS: dict[str, str] = {
    "text": "factcheck.sources.text",
    "html": "factcheck.sources.html",
    "pdf": "factcheck.sources.pdf",
    "csv": "factcheck.sources.tables",
}

SUFFIX_KINDS: dict[str, str] = {
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".pdf": "pdf",
    ".csv": "csv",
    ".tsv": "csv",
}

MEDIA_KINDS: dict[str, str] = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "application/pdf": "pdf",
    "text/csv": "csv",
    "text/tab-separated-values": "csv",
}


def kind_of(raw: Raw) -> str:
    """The parser kind for a raw source: by media type, then by suffix, else plain text."""
    if raw.media_type:
        kind = MEDIA_KINDS.get(raw.media_type.split(";")[0].strip().lower())
        if kind:
            return kind
    name = raw.source.split("?")[0].split("#")[0]
    return SUFFIX_KINDS.get(PurePosixPath(name).suffix.lower(), "text")


def parse(raw: Raw) -> Document:
    """Parse raw bytes with the parser for their kind (raises SourceError when they cannot be)."""
    module = importlib.import_module(PARSERS[kind_of(raw)])
    parser: Parser = module.parse
    return parser(raw)
