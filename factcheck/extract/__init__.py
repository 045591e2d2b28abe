"""Pulling the check-worthy claims out of an article (`factcheck extract`).

`extract_claims(text)` takes plain text or Markdown; `read_article(raw)` and `extract_article`
take any article the source loaders read (HTML through its main text), and `writer` renders the
claims file of PRODUCT.md ("Claim files") in YAML, JSON, JSON Lines or a table.
"""

from __future__ import annotations

from factcheck.extract.article import Article, read_article
from factcheck.extract.extractor import DEFAULT_MIN_SCORE, ExtractedClaim, assign_ids, extract_article, extract_claims

__all__ = [
    "DEFAULT_MIN_SCORE",
    "Article",
    "ExtractedClaim",
    "assign_ids",
    "extract_article",
    "extract_claims",
    "read_article",
]
