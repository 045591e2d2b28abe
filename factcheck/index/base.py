"""The index interface: passages in, candidate passages for a claim out.

An engine keeps passages per source, keyed by the source's content digest, so an unchanged
source is never re-indexed and a changed one is replaced alone.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

from factcheck.model import Hit, Passage, SkippedSource

WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*", re.UNICODE)
THOUSANDS = re.compile(r"(?<=\d)[,\u00a0\u202f](?=\d{3}\b)")  # "2,000" is one term, "2000"

# Function words that carry no retrieval signal. Negations and quantity words are kept out of
# this list on purpose: they matter to comparison, though not to retrieval either, so they are
# dropped from queries by `terms`, not from the analysis of a text.
STOPWORDS = frozenset(
    """a an the and or but if then than that this these those there here of in on at to for from by
    with without within into onto over under about above below between among as is are was were be
    been being am do does did done has have had having it its it's they them their theirs he him his
    she her hers we us our ours you your yours i me my mine who whom whose which what when where why
    how all any both each few more most other some such only own same so too very can could may might
    must shall should will would also just not no nor s t don now up down out off again further once
    per via upon onto while during before after since until amp against""".split()
)


def fold(text: str) -> str:
    """Case- and accent-folded text, for matching words regardless of how they are written."""
    if text.isascii():  # the common case, and ten times faster than decomposing
        return text.lower()
    text = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("’", "'")


@lru_cache(maxsize=1)
def _stemmer() -> object:
    import snowballstemmer  # type: ignore[import-untyped]  # pure Python Snowball (uses PyStemmer's C code when installed)

    return snowballstemmer.stemmer("english")


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The Snowball (Porter 2) stem of a folded word: "recruits", "recruited" -> "recruit"."""
    if word.isdigit() or len(word) < 4:
        return word
    return str(_stemmer().stemWord(word))  # type: ignore[attr-defined]


# folded word -> its index term ("" for a word that is not one); indexing a corpus analyses the
# same few hundred thousand words millions of times, and a dict look-up is the cheapest step
_TERMS: dict[str, str] = {}


# text -> its terms as an engine stored them when indexing it: the passages a search has just
# returned are the ones whose terms are asked for next (a claim's candidates are compared word by
# word), and reading them back is cheaper than analysing the text again
_KNOWN: dict[str, list[str]] = {}
KNOWN_TEXTS = 4096


def known_terms(text: str, words: list[str]) -> None:
    """Record that `words` are `terms(text)` (an engine read them back from its index)."""
    if len(_KNOWN) >= KNOWN_TEXTS:
        _KNOWN.clear()
    _KNOWN[text] = words


def terms(text: str) -> list[str]:
    """The stemmed, folded content words of a text, in order: what indexes and queries are built from."""
    known = _KNOWN.get(text)
    if known is not None:
        return list(known)
    if len(_TERMS) > 1_000_000:
        _TERMS.clear()
    folded = fold(text)
    if "," in folded or "\u00a0" in folded or "\u202f" in folded:
        folded = THOUSANDS.sub("", folded)
    out = []
    get = _TERMS.get
    for word in WORD.findall(folded):
        term = get(word)
        if term is None:
            keep = word not in STOPWORDS and (len(word) > 1 or word.isdigit())
            term = _TERMS[word] = stem(word) if keep else ""
        if term:
            out.append(term)
    return out


def rarest(words: Collection[str], doc_freq: dict[str, int], keep: int) -> list[str]:
    """The `keep` words of a query found in fewest documents, in query order (unknown words dropped)."""
    known = [w for w in dict.fromkeys(words) if doc_freq.get(w, 0) > 0]
    if len(known) <= keep:
        return known
    chosen = set(sorted(known, key=lambda w: (doc_freq[w], w))[:keep])
    return [w for w in known if w in chosen]


def ranked(hits: Sequence[Hit], limit: int) -> list[Hit]:
    """Hits best first, equal scores (to 1e-6) by source and position, cut to `limit`.

    Engines fetch a few more hits than asked and order them here, so that ties at the cut do not
    depend on how an engine laid its data out (cold and incremental builds give the same list).
    """
    ordered = sorted(hits, key=lambda h: (-round(h.score, 6), h.passage.source, h.passage.start))
    return ordered[:limit]


@dataclass(frozen=True, slots=True)
class IndexStats:
    """What bringing an index up to date with a set of sources did."""

    sources: int  # sources seen
    indexed: int  # sources (re-)indexed because they were new or changed
    unchanged: int  # sources skipped because their digest was already indexed
    removed: int  # sources dropped because they are gone
    passages: int  # passages written
    skipped: tuple[SkippedSource, ...] = ()  # sources that could not be read or parsed
    notes: tuple[str, ...] = ()  # e.g. "index at ... was corrupted and has been rebuilt"


def analyse_all(passages: Sequence[Passage], analysed: Sequence[Sequence[str]] | None) -> Sequence[Sequence[str]]:
    """The terms of each passage: `analysed` when the caller computed them, else computed here."""
    if analysed is None:
        return [terms(p.text) for p in passages]
    if len(analysed) != len(passages):
        raise ValueError(f"{len(analysed)} analysed passages for {len(passages)} passages")
    return analysed


class Index(Protocol):
    """Where candidate passages for a claim come from.

    Engines: memory.py (in process), tantivy_index.py (persistent, the default on disk) and
    sqlite.py (persistent, standard library only). Writes may be buffered until `flush`;
    `search` flushes first, so a run sees its own writes.
    """

    notes: tuple[str, ...]  # things a run should report, e.g. an index rebuilt after corruption

    def has(self, source: str, digest: str) -> bool:
        """True when `source` is indexed with exactly this content digest."""
        ...

    def replace(
        self, source: str, digest: str, passages: Sequence[Passage], *, analysed: Sequence[Sequence[str]] | None = None
    ) -> None:
        """Index `passages` as the whole content of `source`, dropping what it held before.

        `analysed`, when given, holds `terms(p.text)` for each passage, computed elsewhere
        (e.g. in worker processes), so the engine does not analyse the text again.
        """
        ...

    def passages(self, source: str) -> Sequence[Passage]:
        """All passages of one indexed source, in order."""
        ...

    def first(self, source: str) -> Passage | None:
        """The first passage of one indexed source (smallest start), None when it has none."""
        ...

    def before(self, source: str, start: int) -> Passage | None:
        """The passage of `source` just before offset `start` (the last one starting before it).

        None when no passage of `source` starts before `start`. Cheap for `start` the start of
        one of the source's passages (what a hit gives), whatever the size of the source.
        """
        ...

    def after(self, source: str, start: int) -> Passage | None:
        """The passage of `source` just after offset `start` (the first one starting after it).

        None when no passage of `source` starts after `start`. Cheap for `start` the start of one
        of the source's passages, whatever the size of the source.
        """
        ...

    def search(self, query: str, *, limit: int, sources: Collection[str] | None = None) -> list[Hit]:
        """The `limit` best passages for `query`, best first, only from `sources` when given."""
        ...

    def prune(self, keep: Collection[str]) -> int:
        """Drop every indexed source not in `keep`; return how many were dropped."""
        ...

    def flush(self) -> None:
        """Make buffered writes durable and visible to searches and to other processes."""
        ...

    def close(self) -> None:
        """Flush and release the engine's files; the index is not used afterwards."""
        ...
