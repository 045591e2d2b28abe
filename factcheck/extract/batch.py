"""Extraction over many articles: files, folders, URLs and standard input, read by the source loader.

An article that cannot be read (missing, binary, empty, an HTML page without main text) is a
failure named with its path; the others are extracted all the same. Claim ids are unique across
the whole batch, so the claims of several articles can share one claims file.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from factcheck.errors import FactcheckError, SourceError
from factcheck.extract.article import read_article
from factcheck.extract.extractor import ExtractedClaim, extract_article
from factcheck.extract.options import DEFAULT_MIN_SCORE
from factcheck.options import FetchOptions
from factcheck.sources import collect
from factcheck.sources.base import Raw

STDIN = "-"


@dataclass(frozen=True, slots=True)
class Extraction:
    """The claims of a batch of articles, in article order, and the articles that failed."""

    claims: tuple[ExtractedClaim, ...]
    failures: tuple[FactcheckError, ...]  # one per article that could not be read, naming it


def extract_refs(
    refs: Sequence[str],
    *,
    min_score: float = DEFAULT_MIN_SCORE,
    fetch: FetchOptions | None = None,
    stdin: bytes | None = None,
) -> Extraction:
    """Extract the claims of every article `refs` name; `stdin` holds the bytes for a "-" ref."""
    raws: list[Raw] = []
    failures: list[FactcheckError] = []
    files = [ref for ref in refs if ref != STDIN]
    collected = collect(files, fetch or FetchOptions())
    failures.extend(SourceError(skipped.reason, path=skipped.ref) for skipped in collected.skipped)
    by_source = {raw.source: raw for raw in collected.raws}
    for ref in dict.fromkeys(refs):
        if ref == STDIN:
            raws.append(Raw(source=STDIN, data=stdin or b""))
        else:
            raws.extend(by_source[source] for source in collected.members.get(ref, ()))
    claims: list[ExtractedClaim] = []
    taken: set[str] = set()
    for raw in dict.fromkeys(raws):
        try:
            article = read_article(raw)
        except FactcheckError as err:
            failures.append(err)
            continue
        claims.extend(extract_article(article, min_score=min_score, taken=taken))
    return Extraction(claims=tuple(claims), failures=tuple(failures))
