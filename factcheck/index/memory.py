"""An in-process BM25 index: no persistence, for small corpora and tests."""

from __future__ import annotations

import bisect
import heapq
import math
from collections import Counter, defaultdict
from collections.abc import Collection, Sequence

from factcheck.index.base import analyse_all, terms
from factcheck.model import Hit, Passage

K1, B = 1.2, 0.75


class MemoryIndex:
    """BM25 over an inverted index held in memory."""

    def __init__(self) -> None:
        self.notes: tuple[str, ...] = ()
        self._digests: dict[str, str] = {}
        self._by_source: dict[str, list[int]] = {}
        self._passages: list[Passage | None] = []
        self._lengths: list[int] = []
        self._words: list[frozenset[str]] = []  # the terms each passage was indexed under (a row's headings too)
        self._postings: dict[str, dict[int, int]] = defaultdict(dict)
        self._total_length = 0
        self._live = 0
        self._ordered: dict[str, tuple[list[int], list[Passage]]] = {}  # source -> starts, passages by start

    def has(self, source: str, digest: str) -> bool:
        """True when `source` is indexed with exactly this content digest."""
        return self._digests.get(source) == digest

    def replace(
        self, source: str, digest: str, passages: Sequence[Passage], *, analysed: Sequence[Sequence[str]] | None = None
    ) -> None:
        """Index `passages` as the whole content of `source`, dropping what it held before."""
        self._ordered.pop(source, None)
        for pid in self._by_source.pop(source, []):
            old = self._passages[pid]
            assert old is not None
            for term in self._words[pid]:
                self._postings[term].pop(pid, None)
            self._total_length -= self._lengths[pid]
            self._passages[pid] = None
            self._live -= 1
        ids = []
        for passage, words in zip(passages, analyse_all(passages, analysed)):
            pid = len(self._passages)
            self._passages.append(passage)
            self._lengths.append(len(words))
            self._words.append(frozenset(words))
            self._total_length += len(words)
            self._live += 1
            for term, count in Counter(words).items():
                self._postings[term][pid] = count
            ids.append(pid)
        self._by_source[source] = ids
        self._digests[source] = digest

    def passages(self, source: str) -> Sequence[Passage]:
        """All passages of one indexed source, in order."""
        return [p for pid in self._by_source.get(source, []) if (p := self._passages[pid])]

    def first(self, source: str) -> Passage | None:
        """The first passage of one indexed source (smallest start), None when it has none."""
        passages = self._in_order(source)[1]
        return passages[0] if passages else None

    def before(self, source: str, start: int) -> Passage | None:
        """The passage of `source` just before offset `start`, None when none starts before it."""
        starts, passages = self._in_order(source)
        at = bisect.bisect_left(starts, start)
        return passages[at - 1] if at else None

    def after(self, source: str, start: int) -> Passage | None:
        """The passage of `source` just after offset `start`, None when none starts after it."""
        starts, passages = self._in_order(source)
        at = bisect.bisect_right(starts, start)
        return passages[at] if at < len(passages) else None

    def _in_order(self, source: str) -> tuple[list[int], list[Passage]]:
        ordered = self._ordered.get(source)
        if ordered is None:
            passages = sorted(self.passages(source), key=lambda p: p.start)
            ordered = self._ordered[source] = ([p.start for p in passages], passages)
        return ordered

    def search(self, query: str, *, limit: int, sources: Collection[str] | None = None) -> list[Hit]:
        """The `limit` best passages for `query` by BM25, best first (ties by source and position)."""
        if not self._live:
            return []
        allowed = sources if sources is None or isinstance(sources, (set, frozenset)) else set(sources)
        average = self._total_length / self._live or 1.0
        scores: dict[int, float] = defaultdict(float)
        for term in set(terms(query)):
            postings = self._postings.get(term)
            if not postings:
                continue
            idf = math.log(1 + (self._live - len(postings) + 0.5) / (len(postings) + 0.5))
            for pid, tf in postings.items():
                norm = tf + K1 * (1 - B + B * self._lengths[pid] / average)
                scores[pid] += idf * tf * (K1 + 1) / norm
        best = heapq.nsmallest(
            limit,
            (
                (-round(score, 6), p.source, p.start, pid)
                for pid, score in scores.items()
                if (p := self._passages[pid]) is not None and (allowed is None or p.source in allowed)
            ),
        )
        return [Hit(passage, scores[pid]) for *_, pid in best if (passage := self._passages[pid]) is not None]

    def prune(self, keep: Collection[str]) -> int:
        """Drop every indexed source not in `keep`; return how many were dropped."""
        keep = keep if isinstance(keep, (set, frozenset, dict)) else set(keep)
        gone = [s for s in self._digests if s not in keep]
        for source in gone:
            self.replace(source, "", ())
            del self._digests[source], self._by_source[source]
        return len(gone)

    def flush(self) -> None:
        """Nothing to do: writes are visible at once."""

    def close(self) -> None:
        """Nothing to release."""
