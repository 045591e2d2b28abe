"""Plain text and Markdown sources: decoded bytes, the whole text one block."""

from __future__ import annotations

from pathlib import PurePosixPath

from factcheck.model import Document
from factcheck.sources import is_url
from factcheck.sources.base import Raw
from factcheck.sources.decode import decode

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})
MARKDOWN_MEDIA = frozenset({"text/markdown", "text/x-markdown"})


def parse(raw: Raw) -> Document:
    """A Document of `raw`'s text (SourceError naming the file and line when it is not text)."""
    text = decode(raw.data, source=raw.source, declared=raw.charset, detect=is_url(raw.source))
    return Document(source=raw.source, text=text, kind=kind(raw), digest=raw.digest)


def kind(raw: Raw) -> str:
    """"markdown" for Markdown files (by suffix or media type), else "text"."""
    media = (raw.media_type or "").split(";")[0].strip().lower()
    name = raw.source.split("?")[0].split("#")[0]
    if media in MARKDOWN_MEDIA or PurePosixPath(name).suffix.lower() in MARKDOWN_SUFFIXES:
        return "markdown"
    return "text"
