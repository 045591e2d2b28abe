"""Stage 3: the index candidate passages come from (see base.py for the interface).

Engines, chosen by `CheckOptions.index_engine`:

- "auto" (the default): the default persistent engine (tantivy) in `CheckOptions.index_dir`
  when one is set, else an in-memory index for this run only (what library calls and tests get).
- "tantivy" / "sqlite": that persistent engine, in `index_dir` or, when unset, in
  `default_index_dir()`.
- "memory": in memory, even when `index_dir` is set.

The command line passes `default_index_dir()` as `index_dir` unless `--index-dir` or the config
says otherwise, so runs at the terminal and in CI persist their index by default. Another engine
(e.g. a search cluster over HTTP) is a class with the Index methods, added to `ENGINES`.
"""

from __future__ import annotations

import hashlib
import importlib
import os
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck.index.base import Index, IndexStats, terms
from factcheck.index.memory import MemoryIndex
from factcheck.options import CheckOptions

if TYPE_CHECKING:
    from factcheck.model import Passage, SkippedSource
    from factcheck.sources.base import Raw

DEFAULT_ENGINE = "tantivy"

# engine name -> "module:class"; the class takes the index folder as its one positional argument
ENGINES: dict[str, str] = {
    "tantivy": "factcheck.index.tantivy_index:TantivyIndex",
    "sqlite": "factcheck.index.sqlite:SqliteIndex",
}


def default_index_dir(cache_dir: Path | None = None, cwd: Path | None = None) -> Path:
    """Where the index of runs started in `cwd` lives: `<cache>/factcheck/index/<hash of cwd>`.

    One folder per working folder, because sources are cited relative to it (`notes/a.md` in two
    projects are two different files). `cache_dir` defaults to `$XDG_CACHE_HOME` or `~/.cache`.
    """
    if cache_dir is None:
        cache_dir = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "factcheck"
    where = str((cwd or Path.cwd()).resolve())
    return cache_dir / "index" / hashlib.blake2b(where.encode(), digest_size=8).hexdigest()


def open_index(options: CheckOptions) -> Index:
    """The index a run uses (see the module docstring for how the engine and folder are chosen)."""
    engine = options.index_engine
    if engine == "memory" or (engine == "auto" and options.index_dir is None):
        return MemoryIndex()
    name = DEFAULT_ENGINE if engine == "auto" else engine
    if name not in ENGINES:
        from factcheck.errors import ConfigError

        known = ", ".join(["auto", "memory", *ENGINES])
        raise ConfigError(f"unknown index engine {engine!r} (known: {known})")
    folder = options.index_dir or default_index_dir(options.fetch.cache_dir)
    return _engine(name)(folder)


def _engine(name: str) -> Callable[[Path], Index]:
    module, _, cls = ENGINES[name].partition(":")
    engine: Callable[[Path], Index] = getattr(importlib.import_module(module), cls)
    return engine


def refresh(index: Index, raws: Iterable[Raw], *, jobs: int = 1) -> IndexStats:
    """Bring `index` up to date with `raws`: re-index new or changed sources, drop the others.

    The rule for dropping: after a run has collected every source its refs stand for, any
    indexed source it did not see (a deleted file, a ref no longer given) leaves the index, so
    the index always holds exactly the run's sources and ranks the same as a cold build.
    A source that cannot be parsed is left out and listed in `IndexStats.skipped`. With `jobs`
    other than 1, sources are parsed, split and analysed in that many worker processes (0: one
    per core) while this one writes the index; the result is the same.
    """
    from factcheck.batch import imap_ordered
    from factcheck.model import SkippedSource

    seen: dict[str, None] = {}
    stale = []
    for raw in raws:
        seen[raw.source] = None
        if not index.has(raw.source, raw.digest):
            stale.append(raw)
    skipped: list[SkippedSource] = []
    written = 0
    for raw, outcome in zip(stale, imap_ordered(_analyse, stale, jobs)):
        if isinstance(outcome, SkippedSource):
            skipped.append(outcome)
            seen.pop(raw.source, None)
            continue
        found, analysed = outcome
        index.replace(raw.source, raw.digest, found, analysed=analysed)
        written += len(found)
    removed = index.prune(seen)
    index.flush()
    indexed = len(stale) - len(skipped)
    return IndexStats(len(seen) + len(skipped), indexed, len(seen) - indexed, removed, written, tuple(skipped), index.notes)


def _analyse(raw: Raw) -> tuple[tuple[Passage, ...], list[list[str]]] | SkippedSource:
    """One source parsed, split into passages, and each passage analysed into terms."""
    from factcheck import passages
    from factcheck.errors import SourceError
    from factcheck.model import SkippedSource
    from factcheck.sources.base import parse

    try:
        found = passages.split(parse(raw))
    except SourceError as err:
        return SkippedSource(raw.source, err.message)
    return found, with_headings(found)


def with_headings(found: Sequence[Passage]) -> list[list[str]]:
    """The indexed words of each passage of one source: its own, and for a row of a table or a
    labelled list also its table's header row and the sentence introducing it, so that a search
    for "China's gas exports in 2014" finds "| 2014 | 9.0 | 25.5 | 6.5 |" under "| year | Russia
    | China | Iran |" and "Export volumes by destination (bcm ...)"."""
    from factcheck.surroundings import CELL, is_row

    words: list[list[str]] = []
    above: list[str] | None = None  # the words every row of the current table or list inherits
    for i, p in enumerate(found):
        own = terms(p.text)
        if not is_row(p.text):
            above = None
        elif above is None:
            lead = terms(found[i - 1].text) if i > 0 else []
            if CELL in p.text:  # a table's first row is its header; the passage before introduces it
                above = list(dict.fromkeys([*own, *lead]))
            else:  # a labelled list has no header: every item inherits the lines introducing it
                above = lead
                own = list(dict.fromkeys([*own, *above]))
        else:
            own = list(dict.fromkeys([*own, *above]))
        words.append(own)
    return words


def build(refs: Sequence[str], options: CheckOptions) -> IndexStats:
    """Build or update the persistent index for `refs` ahead of a run (`factcheck sources index`).

    Uses `options.index_dir`, else `default_index_dir()`, with the default engine unless
    `options.index_engine` names another persistent one.
    """
    from dataclasses import replace

    from factcheck import sources

    if options.index_engine == "auto" and options.index_dir is None:
        options = replace(options, index_dir=default_index_dir(options.fetch.cache_dir))
    collected = sources.collect(refs, options.fetch)
    index = open_index(options)
    try:
        stats = refresh(index, collected.raws, jobs=options.jobs)
    finally:
        index.close()
    return replace(stats, skipped=tuple(collected.skipped) + stats.skipped)


__all__ = [
    "DEFAULT_ENGINE",
    "ENGINES",
    "Index",
    "IndexStats",
    "MemoryIndex",
    "build",
    "default_index_dir",
    "open_index",
    "refresh",
    "terms",
]
