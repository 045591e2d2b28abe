"""The default persistent engine: tantivy (the Rust search library) in an index folder.

Passages are indexed by their analysed words (`terms()`, joined by spaces and split again by
tantivy's whitespace tokenizer, so every engine sees the same words) and stored with their full
record and those words, so evidence is cited without reading sources again and a hit's words
are known without analysing its text again (`base.known_terms`). `sources.json` maps each indexed
source to its content digest and passage count; it is loaded once, so `has` is a dictionary
look-up. Each passage is also indexed under a `link` term naming the start of the passage after
it, so the passage before a hit (`before`) and a source's first passage (`first`) are one term
look-up each, however long the source. Writes go through one tantivy writer held under the folder's write lock and are
committed by `flush` (which `search` and `close` call), then `sources.json` is rewritten: a crash
between the two leaves a source marked stale, and it is re-indexed on the next run.
"""

from __future__ import annotations

import bisect
import json
import os
from collections.abc import Collection, Sequence
from pathlib import Path
from typing import Any

import tantivy

from factcheck.index.base import analyse_all, known_terms, ranked, rarest, terms
from factcheck.index.store import (
    Unusable,
    WriteLock,
    check_stamp,
    corrupted,
    open_or_rebuild,
    write_atomic,
    write_stamp,
)
from factcheck.model import Hit, Passage

ENGINE = "tantivy"
FORMAT = 5  # bump when the schema or the stored record changes: old folders are rebuilt
MANIFEST = "sources.json"
EXTRA = 16  # hits fetched beyond the limit so that ties at the cut are ordered the same way


def _schema() -> tantivy.Schema:
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("source", stored=True, tokenizer_name="raw", index_option="basic")
    builder.add_text_field("body", stored=False, tokenizer_name="whitespace", index_option="freq")
    builder.add_bytes_field("rec", stored=True, indexed=False)  # UTF-8 "line\tstart\tend\tpage\tterms\ttext"
    # How passages follow each other, for `first`, `before` and `after` without reading a whole
    # source: "<source>\0<start of the next passage>" (none for the last), "<source>\0^" for the
    # first, and "<source>\1<start of the passage before>" (none for the first).
    builder.add_text_field("link", stored=False, tokenizer_name="raw", index_option="basic")
    return builder.build()


def _link(source: str, start: int | None) -> str:
    """The `link` term of the passage of `source` before the one at `start` (None: the first passage)."""
    return f"{source}\0{'^' if start is None else start}"


def _back_link(source: str, start: int) -> str:
    """The `link` term of the passage of `source` after the one at `start`."""
    return f"{source}\1{start}"


class TantivyIndex:
    """BM25 over a tantivy index persisted in `folder`, incremental by source digest."""

    def __init__(self, folder: Path, *, max_terms: int | None = None, heap: int = 128_000_000) -> None:
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self._max_terms = max_terms
        self._heap = heap
        self._schema = _schema()
        self._lock = WriteLock(self.folder)
        self._writer: Any = None
        self._searcher: Any = None
        self._manifest: dict[str, tuple[str, int]] = {}
        self._pending: dict[str, tuple[str, int] | None] = {}  # None: dropped
        self._last_filter: tuple[frozenset[str], Any] | None = None  # (sources, their query), see _filter
        self._orphans: list[object] = []  # handles inherited across fork, kept alive, never used
        self._pid = os.getpid()
        note = open_or_rebuild(self.folder, self._lock, self._load, self._create)
        self.notes: tuple[str, ...] = (note,) if note else ()

    # -- opening -------------------------------------------------------------------------------

    def _create(self) -> None:
        self._index = tantivy.Index(self._schema, path=str(self.folder))
        write_atomic(self.folder / MANIFEST, "{}")
        write_stamp(self.folder, ENGINE, FORMAT)
        self._manifest = {}
        self._ready()

    def _load(self) -> None:
        check_stamp(self.folder, ENGINE, FORMAT, MANIFEST)
        try:
            self._index = tantivy.Index.open(str(self.folder))
            self._manifest = _read_manifest(self.folder / MANIFEST)
        except (ValueError, OSError) as err:
            raise Unusable(f"it is corrupted ({str(err)[:200]})") from err
        self._ready()

    def _ready(self) -> None:
        self._index.config_reader("Manual")  # no watcher thread; we reload after our commits
        self._index.reload()
        self._searcher = None

    def _forked(self) -> None:
        """In a forked child, open fresh handles (the parent's are kept alive but not touched: a
        writer dropped here would wait for threads the child does not have)."""
        if os.getpid() != self._pid:
            self._pid = os.getpid()
            self._orphans += [self._index, self._searcher, self._writer, self._lock]
            _let_go_of_inherited_locks(self.folder)
            self._lock = WriteLock(self.folder)
            self._writer, self._searcher = None, None
            self._index = tantivy.Index.open(str(self.folder))
            self._ready()

    # -- the Index protocol --------------------------------------------------------------------

    def has(self, source: str, digest: str) -> bool:
        """True when `source` is indexed with exactly this content digest."""
        entry = self._manifest.get(source)
        return entry is not None and entry[0] == digest

    def replace(
        self, source: str, digest: str, passages: Sequence[Passage], *, analysed: Sequence[Sequence[str]] | None = None
    ) -> None:
        """Index `passages` as the whole content of `source`, dropping what it held before."""
        writer = self._write()
        writer.delete_documents_by_term("source", source)
        order = sorted(range(len(passages)), key=lambda i: passages[i].start)
        links: list[list[str]] = [[] for _ in passages]
        for at, i in enumerate(order):
            if at == 0:
                links[i].append(_link(source, None))
            if at + 1 < len(order):
                links[i].append(_link(source, passages[order[at + 1]].start))
            if at > 0:
                links[i].append(_back_link(source, passages[order[at - 1]].start))
        for p, words, linked in zip(passages, analyse_all(passages, analysed), links):
            doc = tantivy.Document()
            doc.add_text("source", source)
            body = " ".join(words)
            doc.add_text("body", body)
            for link in linked:
                doc.add_text("link", link)
            page = "" if p.page is None else p.page
            doc.add_bytes("rec", f"{p.line}\t{p.start}\t{p.end}\t{page}\t{body}\t{p.text}".encode())
            writer.add_document(doc)
        self._pending[source] = self._manifest[source] = (digest, len(passages))
        self._last_filter = None

    def prune(self, keep: Collection[str]) -> int:
        """Drop every indexed source not in `keep`; return how many were dropped."""
        keep = keep if isinstance(keep, (set, frozenset, dict)) else set(keep)
        gone = [s for s in self._manifest if s not in keep]
        if gone:
            writer = self._write()
            for source in gone:
                writer.delete_documents_by_term("source", source)
                del self._manifest[source]
                self._pending[source] = None
            self._last_filter = None
        return len(gone)

    def passages(self, source: str) -> Sequence[Passage]:
        """All passages of one indexed source, in order."""
        self.flush()
        count = self._manifest.get(source, ("", 0))[1]
        if not count:
            return []
        searcher = self._search()
        found = searcher.search(tantivy.Query.term_query(self._schema, "source", source), count, count=False)
        return sorted((_passage(searcher.doc(a)) for _, a in found.hits), key=lambda p: p.start)

    def first(self, source: str) -> Passage | None:
        """The first passage of one indexed source (smallest start), None when it has none."""
        found = self._linked(_link(source, None))
        return min(found, key=lambda p: p.start) if found else None

    def before(self, source: str, start: int) -> Passage | None:
        """The passage of `source` just before offset `start`, None when none starts before it.

        One term look-up when a passage starts at `start`; otherwise the whole source is read.
        """
        earlier = [p for p in self._linked(_link(source, start)) if p.start < start]
        if earlier:
            return max(earlier, key=lambda p: p.start)
        first = self.first(source)
        if first is None or first.start >= start:
            return None
        passages = self.passages(source)  # `start` is inside a passage, not at one
        at = bisect.bisect_left([p.start for p in passages], start)
        return passages[at - 1]

    def after(self, source: str, start: int) -> Passage | None:
        """The passage of `source` just after offset `start`, None when none starts after it.

        A term look-up or two when a passage starts at `start` (the last one's included);
        otherwise the whole source is read.
        """
        later = [p for p in self._linked(_back_link(source, start)) if p.start > start]
        if later:
            return min(later, key=lambda p: p.start)
        # the last passage: the one before links to it, or it is also the first
        if any(p.start < start for p in self._linked(_link(source, start))):
            return None
        first = self.first(source)
        if first is None or first.start == start:
            return None
        passages = self.passages(source)  # `start` is inside a passage, not at one
        at = bisect.bisect_right([p.start for p in passages], start)
        return passages[at] if at < len(passages) else None

    def _linked(self, link: str) -> list[Passage]:
        """The passages indexed with one `link` term (one, or a few when passages share a start)."""
        self.flush()
        if not self._manifest:
            return []
        searcher = self._search()
        found = searcher.search(tantivy.Query.term_query(self._schema, "link", link), 8, count=False)
        return [_passage(searcher.doc(a)) for _, a in found.hits]

    def search(self, query: str, *, limit: int, sources: Collection[str] | None = None) -> list[Hit]:
        """The `limit` best passages for `query` by BM25, best first (ties by source and position).

        Raises IndexCorrupted when the index files fail (the next run rebuilds them).
        """
        self.flush()
        if limit <= 0 or not self._manifest:
            return []
        try:
            return self._query(query, limit, sources)
        except ValueError as err:
            raise corrupted(self.folder, err) from err

    def _query(self, query: str, limit: int, sources: Collection[str] | None) -> list[Hit]:
        searcher = self._search()
        words = list(dict.fromkeys(terms(query)))
        if self._max_terms is not None:
            words = rarest(words, {w: searcher.doc_freq("body", w) for w in words}, self._max_terms)
        if not words:
            return []
        should = tantivy.Occur.Should
        text = tantivy.Query.boolean_query([(should, tantivy.Query.term_query(self._schema, "body", w)) for w in words])
        if sources is not None:
            if not sources:
                return []
            only = self._filter(sources)
            if only is not None:
                must = tantivy.Occur.Must
                text = tantivy.Query.boolean_query([(must, text), (must, only)])
        found = searcher.search(text, limit + EXTRA, count=False).hits
        if len(found) > limit:  # read only the records that can make the cut: those tied at it
            cut = round(found[limit - 1][0], 6)
            found = [hit for hit in found if round(hit[0], 6) >= cut]
        return ranked([Hit(_passage(searcher.doc(a)), score) for score, a in found], limit)

    def _filter(self, sources: Collection[str]) -> Any:
        """The query keeping only `sources`, None when they are every indexed source.

        Claims mostly share one set of sources: the last one's query is kept (by identity, so a
        frozenset reused by the caller costs nothing; the manifest only changes on flush).
        """
        if self._last_filter is not None and self._last_filter[0] is sources:
            return self._last_filter[1]
        allowed = sources if isinstance(sources, (set, frozenset)) else set(sources)
        only = None
        if not allowed.issuperset(self._manifest):  # a filter only when it excludes something
            terms_ = tantivy.Query.term_set_query(self._schema, "source", sorted(allowed))
            only = tantivy.Query.const_score_query(terms_, 0.0)
        if isinstance(sources, frozenset):
            self._last_filter = (sources, only)
        return only

    # -- writing -------------------------------------------------------------------------------

    def flush(self) -> None:
        """Commit buffered writes, record the digests, and let other processes write."""
        self._forked()
        if self._writer is None:
            return
        writer, self._writer = self._writer, None
        try:
            writer.commit()
            writer.wait_merging_threads()  # also drops tantivy's own writer lock
            on_disk = _read_manifest(self.folder / MANIFEST)  # other runs may have written since
            for source, entry in self._pending.items():
                if entry is None:
                    on_disk.pop(source, None)
                else:
                    on_disk[source] = entry
            write_atomic(self.folder / MANIFEST, json.dumps(on_disk, sort_keys=True))
            self._manifest = on_disk
            self._pending.clear()
            self._last_filter = None
        finally:
            self._lock.release()
        self._index.reload()
        self._searcher = None

    def close(self) -> None:
        """Flush; the index is not used afterwards."""
        self.flush()

    def _write(self) -> Any:
        self._forked()
        if self._writer is None:
            self._lock.acquire()
            self._writer = self._index.writer(self._heap, 1)  # one thread: the other core analyses text
        return self._writer

    def _search(self) -> Any:
        if self._searcher is None:
            self._searcher = self._index.searcher()
        return self._searcher


def _let_go_of_inherited_locks(folder: Path) -> None:
    """Close, in a forked child, the descriptors of tantivy's lock files it inherited.

    A lock taken with flock belongs to the open file, which fork shares: when a thread of the
    parent lets go of `.tantivy-meta.lock` by closing its descriptor after the fork, the lock stays
    held through the child's copy, and the child, opening the index afresh, waits on it forever.
    Nothing in the child uses the copies (the threads that opened them were not forked). Where
    /proc is missing (not Linux) there is nothing to do."""
    fds = Path("/proc/self/fd")
    if not fds.is_dir():
        return
    mine = os.path.realpath(folder)
    for entry in list(fds.iterdir()):
        try:
            target = os.readlink(entry)
        except OSError:
            continue  # (the descriptor listing the folder itself, closed by now)
        name = os.path.basename(target)
        if os.path.dirname(target) == mine and name.startswith(".tantivy-") and name.endswith(".lock"):
            try:
                os.close(int(entry.name))
            except OSError:
                pass


def _read_manifest(path: Path) -> dict[str, tuple[str, int]]:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return {str(s): (str(e[0]), int(e[1])) for s, e in raw.items()}
    except (KeyError, TypeError, IndexError, AttributeError) as err:
        raise ValueError(f"{path.name} is malformed") from err


def _passage(doc: Any) -> Passage:
    line, start, end, page, body, text = doc.get_first("rec").decode().split("\t", 5)
    known_terms(text, body.split(" ") if body else [])
    return Passage(doc.get_first("source"), text, int(line), int(start), int(end), int(page) if page else None)
