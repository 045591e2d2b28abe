"""Stage 3: the index candidate passages come from (see base.py for the interface)."""

from __future__ import annotations

from factcheck.index.base import Index
from factcheck.index.memory import MemoryIndex
from factcheck.options import CheckOptions


def open_index(options: CheckOptions) -> Index:
    """The index a run uses: in memory unless a persistent engine is configured."""
    return MemoryIndex()


__all__ = ["Index", "MemoryIndex", "open_index"]
