"""An in-memory index holding a few lines as one source's passages, for the core tests."""

from __future__ import annotations

from factcheck.index.memory import MemoryIndex
from factcheck.model import Passage


def indexed(source: str, lines: list[str]) -> tuple[MemoryIndex, list[Passage]]:
    """An in-memory index holding `lines` as the passages of `source`, one a line."""
    index = MemoryIndex()
    passages, start = [], 0
    for line, text in enumerate(lines, 1):
        passages.append(Passage(source, text, line, start, start + len(text)))
        start += len(text) + 1
    index.replace(source, "d1", passages)
    return index, passages
