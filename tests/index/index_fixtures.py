"""Records and engine handles shared by the index tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from factcheck.index.base import Index
from factcheck.index.sqlite import SqliteIndex
from factcheck.index.tantivy_index import TantivyIndex
from factcheck.model import Passage

PERSISTENT: dict[str, Callable[[Path], Index]] = {"sqlite": SqliteIndex, "tantivy": TantivyIndex}


def make_passages(source: str, *texts: str) -> list[Passage]:
    """One passage per text, on consecutive lines, with offsets as if the texts were joined by newlines."""
    out, offset = [], 0
    for line, text in enumerate(texts, 1):
        out.append(Passage(source, text, line, offset, offset + len(text)))
        offset += len(text) + 1
    return out
