"""The words a passage inherits from around it, so that "It is 50.45 km long" can speak to a
claim about the Channel Tunnel when the sentence before it, or its document's title, names it.

- Every passage inherits its document's title: the words of the source's file name and of its
  first line when that is a heading (short, without a full stop).
- A passage that names nothing the claim does not name also inherits the sentence before it
  (its pronouns most likely point there). A passage naming another thing ("the 201st base in
  Tajikistan") inherits nothing from its neighbour, so it cannot borrow the claim's subject.
"""

from __future__ import annotations

import bisect
import re
from pathlib import PurePosixPath

from factcheck.analysis import Analysis
from factcheck.index.base import Index, terms
from factcheck.model import Passage

HEADING_WORDS = 15  # a first passage this short and without a full stop is the document's title


class Surroundings:
    """Inherited words per passage, from one index, cached per source."""

    def __init__(self, index: Index) -> None:
        self._index = index
        self._sources: dict[str, tuple[list[int], list[Passage], frozenset[str]]] = {}

    def _source(self, source: str) -> tuple[list[int], list[Passage], frozenset[str]]:
        cached = self._sources.get(source)
        if cached is None:
            passages = list(self._index.passages(source))
            name = PurePosixPath(source.split("?")[0].rstrip("/")).stem
            title = set(terms(re.sub(r"[-_.]+", " ", name)))
            if passages and passages[0].line == 1:  # a table's first row (line 2) is no title
                first = passages[0].text.strip()
                if len(first.split()) <= HEADING_WORDS and not first.endswith("."):
                    title.update(terms(first))
            cached = ([p.start for p in passages], passages, frozenset(title))
            self._sources[source] = cached
        return cached

    def __call__(self, passage: Passage, found: Analysis, claim: Analysis) -> frozenset[str]:
        """The words `passage` (analysed as `found`) inherits when checked against `claim`."""
        starts, passages, title = self._source(passage.source)
        own_names = {t.key for t in found.entities}
        if not own_names <= claim.keys:
            return title
        at = bisect.bisect_left(starts, passage.start)
        if at == 0:
            return title
        return title | frozenset(terms(passages[at - 1].text))
