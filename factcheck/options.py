"""The knobs of a check run, with their defaults (config file and command line override them)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Thresholds:
    """Scores (0-100) and margins that decide when a passage speaks to a claim."""

    relevant: float = 45.0  # match score at or above which a passage speaks to the claim (compare.FIRM_MARGIN below it for a figure in its setting)
    supports: float = 45.0  # score at or above which a passage without numbers confirms a claim
    negates: float = 50.0  # score at or above which a passage of the opposite polarity gainsays a claim
    related: float = 25.0  # score at or above which a passage is shown as related evidence
    dominance: float = 2.0  # one side outweighing the other this many times wins instead of "disputed"


@dataclass(frozen=True, slots=True)
class FetchOptions:
    """How URL sources are fetched and cached."""

    timeout: float = 10.0  # seconds, for connect and for each read
    max_bytes: int = 20_000_000  # cap on a decoded body
    retries: int = 2
    cache_dir: Path | None = None  # None: the user cache folder (XDG_CACHE_HOME respected)
    offline: bool = False  # cache only
    ignore: tuple[str, ...] = ()  # glob patterns of files skipped inside folders


@dataclass(frozen=True, slots=True)
class CheckOptions:
    """Everything a check run needs besides claims and sources."""

    top_k: int = 5  # evidence passages kept per claim
    candidates: int = 50  # passages retrieved from the index per claim before re-ranking
    thresholds: Thresholds = Thresholds()
    fetch: FetchOptions = FetchOptions()
    index_dir: Path | None = None  # None: an in-memory index for this run only
    jobs: int = 1
    index_engine: str = "auto"  # "auto" (tantivy in index_dir, else memory), "tantivy", "sqlite", "memory"
