"""Where fetched web sources are kept between runs, and what is there.

The cache is a requests-cache SQLite file, `http.sqlite`, in `FetchOptions.cache_dir` or else
`$XDG_CACHE_HOME/factcheck` (`~/.cache/factcheck` when XDG_CACHE_HOME is unset). A cached page is
reused without a request for `FRESH_FOR` seconds; after that it is revalidated with its ETag or
Last-Modified date, so an unchanged page costs a 304 and no body.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck.options import FetchOptions

if TYPE_CHECKING:
    from requests_cache import CachedSession

CACHE_FILE = "http.sqlite"
FRESH_FOR = 24 * 3600  # seconds a cached page is used without asking the server again


@dataclass(frozen=True, slots=True)
class CachedSource:
    """One fetched URL in the cache: what was asked for, what answered, and when."""

    url: str  # the URL as requested (before redirects)
    final_url: str  # the URL that answered, after redirects
    fetched: datetime  # when the body was fetched or last revalidated (UTC)
    expires: datetime | None  # when it will be revalidated (UTC); None: never
    size: int  # bytes of the decoded body
    media_type: str | None  # from the Content-Type header

    @property
    def stale(self) -> bool:
        """True when the next online run will revalidate this entry."""
        return self.expires is not None and self.expires <= datetime.now(self.expires.tzinfo)


def cache_dir(options: FetchOptions) -> Path:
    """The folder of the fetch cache: the option, else the user cache folder (XDG respected)."""
    if options.cache_dir is not None:
        return Path(options.cache_dir)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "factcheck"


def entries(session: CachedSession) -> tuple[CachedSource, ...]:
    """Every cached source, sorted by URL."""
    found = []
    for response in session.cache.responses.values():
        if response.status_code != 200:
            continue
        first = response.history[0].request.url if response.history else response.request.url
        media_type = response.headers.get("Content-Type", "").split(";")[0].strip() or None
        found.append(
            CachedSource(
                url=first or response.url,
                final_url=response.url,
                fetched=response.created_at,
                expires=response.expires,
                size=response.size,
                media_type=media_type,
            )
        )
    return tuple(sorted(found, key=lambda entry: entry.url))
