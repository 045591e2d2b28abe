"""Pulling the check-worthy claims out of an article (`factcheck extract`).

`extract_claims(text)` takes plain text or Markdown; `read_article(raw)` and `extract_article`
take any article the source loaders read (HTML through its main text); `extract_refs` runs a
batch of files, folders, URLs and standard input; `writer.render` writes the claims file of
PRODUCT.md ("Claim files") in YAML, JSON, JSON Lines or a table. Modules load on first use.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from factcheck.extract.options import DEFAULT_MIN_SCORE, ClaimsFormat

_LAZY = {
    "Article": "factcheck.extract.article",
    "read_article": "factcheck.extract.article",
    "ExtractedClaim": "factcheck.extract.extractor",
    "assign_ids": "factcheck.extract.extractor",
    "extract_article": "factcheck.extract.extractor",
    "extract_claims": "factcheck.extract.extractor",
    "Extraction": "factcheck.extract.batch",
    "extract_refs": "factcheck.extract.batch",
    "render": "factcheck.extract.writer",
}

__all__ = ["DEFAULT_MIN_SCORE", "ClaimsFormat", *_LAZY]

if TYPE_CHECKING:
    from factcheck.extract.article import Article, read_article
    from factcheck.extract.batch import Extraction, extract_refs
    from factcheck.extract.extractor import ExtractedClaim, assign_ids, extract_article, extract_claims
    from factcheck.extract.writer import render


def __getattr__(name: str) -> Any:
    """Import a public name's module on first use."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'factcheck.extract' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
