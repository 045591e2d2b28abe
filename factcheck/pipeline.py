"""The one place the stages meet: claims and source refs in, a Report out.

sources.collect -> parse -> passages.split -> index (incremental) -> per claim: index.search ->
(anchors.anchors_for: the dates of the events it counts times from; corpus_subjects: its names most
sources give; Corpus.near_figures: the rows giving a number near its own) -> align.align
(rapidfuzz re-ranking, quantities paired) -> compare.judge (stance, reason), and for a claim
comparing or ranking named things comparisons.with_comparisons -> verdict.decide -> Finding.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import partial

from factcheck import claims as claims_mod
from factcheck.align import align, align_one, someones
from factcheck.anchors import Anchor, Anchors, anchors_for, main_days
from factcheck.analysis import Analysis, analyse, search_text
from factcheck.compare import Judgement, ally, judge, rival_beside
from factcheck.comparisons import HITS, with_comparisons
from factcheck.batch import map_ordered
from factcheck.errors import UsageError
from factcheck.index import Index, open_index, refresh
from factcheck.model import Claim, Finding, Hit, Passage, Report, SkippedSource, Stance
from factcheck.options import CheckOptions
from factcheck.surroundings import Surroundings, is_row
from factcheck.verdict import decide


SUBJECT_SHARE = 0.5  # share of a run's sources a name must appear in to be their subject
SUBJECT_SOURCES = 3  # ... and at least this many
MAIN_DAY_SOURCES = 100  # a run of more sources has no main days (reading them all would be slow)
SUBJECT_HITS = 200  # passages searched for it (so a run of more than 400 sources has no subject)
LEAD_HITS = 10  # the index's best candidates whose list's items are candidates too
FIGURE_HITS = 8  # passages giving a number near one of the claim's figures, added to the index's candidates
FIGURE_REACH = 0.15  # ... near: within this share of the claim's figure on either side
ROW_FIGURE_REACH = 0.3  # a row beside a candidate row is one too where it writes a figure this near one of the claim's
ROW_KINDS = ("count", "money", "measure")  # ... of these kinds
FIGURE_FLOOR = 100  # ... for figures from this size up (smaller ones stand everywhere)
BESIDE_LINES = 2  # the heaviest passage's neighbours within this many lines may side against it (_beside_the_heaviest)
OWN_WORDS = 0.2  # ... and a rival among them gives this share of the claim's words itself
# a number as written in a passage: "84,537", "1.2 million", "$3.4bn", "$3.4m" (not a year: four
# digits alone; "m" is a million only after a currency sign: "230 m" are metres)
NUMBER = re.compile(r"(?<![\w.,])([$€£¥])?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s*(million|billion|bn|m)\b)?", re.IGNORECASE)
SCALES = {"million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9}


@dataclass(frozen=True, slots=True)
class Corpus:
    """The indexed sources of a run and which of them each source ref stands for."""

    index: Index
    members: dict[str, tuple[str, ...]]  # ref as given -> Document.source values it expanded to
    skipped: tuple[SkippedSource, ...]
    sources: tuple[str, ...]  # every indexed source, in order of first mention
    surroundings: Surroundings  # words passages inherit from their titles and neighbours
    notes: tuple[str, ...] = ()  # what the index had to say (e.g. rebuilt after corruption)
    _allowed: dict[tuple[str, ...], frozenset[str]] = field(default_factory=dict, repr=False, compare=False)
    _subjects: dict[tuple[str, frozenset[str]], bool] = field(default_factory=dict, repr=False, compare=False)
    _days: dict[frozenset[str], tuple[Anchor, ...]] = field(default_factory=dict, repr=False, compare=False)
    _numbers: dict[frozenset[str], tuple[list[float], list[Passage]]] = field(default_factory=dict, repr=False, compare=False)

    def gives_widely(self, name: str, key: str, allowed: frozenset[str]) -> bool:
        """Whether at least half of the `allowed` sources (three at least) give the name: their
        subject. One search per name and set of sources, remembered."""
        known = self._subjects.get((key, allowed))
        if known is None:
            named = {h.passage.source for h in self.index.search(name, limit=SUBJECT_HITS, sources=allowed)}
            known = self._subjects[(key, allowed)] = len(named) >= max(SUBJECT_SOURCES, SUBJECT_SHARE * len(allowed))
        return known

    def main_days(self, allowed: frozenset[str]) -> tuple[Anchor, ...]:
        """The days most of the `allowed` sources give (anchors.main_days), for runs of at most
        MAIN_DAY_SOURCES sources; read once per set of sources."""
        known = self._days.get(allowed)
        if known is None:
            few = len(allowed) <= MAIN_DAY_SOURCES
            known = self._days[allowed] = main_days(p for s in sorted(allowed) for p in self.index.passages(s)) if few else ()
        return known

    def near_figures(self, claim: Analysis, allowed: frozenset[str]) -> list[Hit]:
        """Rows of tables and lists of the `allowed` sources (runs of at most MAIN_DAY_SOURCES)
        writing a number within FIGURE_REACH of one of the claim's amounts of FIGURE_FLOOR or
        more, FIGURE_HITS at most, nearest first: the row "24 June 2008 | 84,537 | 53,836" shares
        no word with "put the number of dead at more than 84,000". (Prose is found by its words;
        near numbers in it more often belong to other things.)"""
        wanted: list[tuple[float, float]] = []
        for q in claim.quantities:
            # (an open bound is looked for beside its bound: "more than 84,000" near 84,000)
            low, high = (q.low, q.high) if q.low is not None and q.high is not None else (q.low or q.high, q.low or q.high)
            if q.kind in ("count", "money", "measure") and low is not None and high is not None and low >= FIGURE_FLOOR:
                wanted.append((low, high))
        if not wanted or len(allowed) > MAIN_DAY_SOURCES:
            return []
        values, passages = self._numbers_of(allowed)
        found: dict[tuple[str, int], tuple[float, Passage]] = {}
        for low, high in wanted:
            middle = (low + high) / 2
            lo, hi = bisect.bisect_left(values, low * (1 - FIGURE_REACH)), bisect.bisect_right(values, high * (1 + FIGURE_REACH))
            for value, passage in zip(values[lo:hi], passages[lo:hi]):
                key = (passage.source, passage.start)
                gap = abs(value - middle) / middle
                if key not in found or gap < found[key][0]:
                    found[key] = (gap, passage)
        return [Hit(p, 0.0) for _, p in sorted(found.values(), key=lambda f: (f[0], f[1].source, f[1].start))[:FIGURE_HITS]]

    def _numbers_of(self, allowed: frozenset[str]) -> tuple[list[float], list[Passage]]:
        """Every number the rows of the `allowed` sources write (no four-digit one alone: a
        year), sorted, with its row; read once per set of sources."""
        known = self._numbers.get(allowed)
        if known is None:
            found = []
            for source in sorted(allowed):
                for passage in self.index.passages(source):
                    if not is_row(passage.text):
                        continue  # (prose is found by its words)
                    for m in NUMBER.finditer(passage.text):
                        sign, written, scale = m.group(1), m.group(2), (m.group(3) or "").lower()
                        digits = written.replace(",", "")
                        if scale == "m" and not sign:
                            scale = ""
                        if len(digits) == 4 and "," not in written and not scale:
                            continue
                        found.append((float(digits) * SCALES.get(scale, 1.0), passage))
            found.sort(key=lambda f: (f[0], f[1].source, f[1].start))
            known = self._numbers[allowed] = ([v for v, _ in found], [p for _, p in found])
        return known

    def allowed(self, refs: Iterable[str]) -> frozenset[str]:
        """The indexed sources that the given refs stand for (claims mostly share their refs)."""
        key = tuple(refs)
        found = self._allowed.get(key)
        if found is None:
            found = self._allowed[key] = frozenset(s for ref in key for s in self.members.get(ref, ()))
        return found


def build_corpus(refs: Sequence[str], options: CheckOptions) -> Corpus:
    """Read every source ref once and bring the index up to date with it (incrementally)."""
    from factcheck import sources

    collected = sources.collect(refs, options.fetch)
    index = open_index(options)
    stats = refresh(index, collected.raws, jobs=options.jobs)
    bad = {s.ref for s in stats.skipped}
    members = {ref: tuple(s for s in found if s not in bad) for ref, found in collected.members.items()}
    good = tuple(dict.fromkeys(raw.source for raw in collected.raws if raw.source not in bad))
    return Corpus(index, members, (*collected.skipped, *stats.skipped), good, Surroundings(index), stats.notes)


def corpus_subjects(claim: Analysis, corpus: Corpus, allowed: frozenset[str]) -> frozenset[str]:
    """The keys of the claim's names that most of its sources give ("Nargis" in notes on the
    cyclone): a passage may leave them out as it leaves out its own document's subject. None for
    a run of more than SUBJECT_HITS / SUBJECT_SHARE sources, which a name rarely spans."""
    if not SUBJECT_SOURCES <= len(allowed) <= SUBJECT_HITS / SUBJECT_SHARE:
        return frozenset()
    return frozenset(t.key for t in claim.entities if corpus.gives_widely(t.text, t.key, allowed))


def check_claim(claim: Claim, corpus: Corpus, refs: Sequence[str], options: CheckOptions) -> Finding:
    """Check one claim against the passages of its sources."""
    analysis = analyse(claim.text)
    allowed = corpus.allowed([*refs, *claim.sources])
    hits = corpus.index.search(search_text(analysis), limit=options.candidates, sources=allowed) if allowed else []

    def search(query: str) -> list[Hit]:
        return corpus.index.search(query, limit=HITS, sources=allowed)

    # A claim counting a time from an event ("two days after the blast") needs the event's date.
    anchors = anchors_for(analysis, search, lambda: corpus.main_days(allowed)) if allowed else {}
    # A passage giving a figure of the claim may leave out the name most of its sources give.
    pervasive = corpus_subjects(analysis, corpus, allowed)
    # A passage giving a number near the claim's may word nothing like it (a table's row).
    near = corpus.near_figures(analysis, allowed) if allowed else []
    # An item of a list may word little of the claim: its heading or introduction does.
    if analysis.quantities:
        listed = {(p.source, p.start): p for h in hits[:LEAD_HITS] for p in corpus.surroundings.items(h.passage)}
        # ... and a row of a table may give another account of the claim's figure beside one the
        # index found ("| Midland Railway statement | eight |" beside "| The Times | nine |")
        amounts = [q.value for q in analysis.quantities if q.kind in ROW_KINDS and q.value]
        listed |= {(p.source, p.start): p for h in hits[:LEAD_HITS] for p in corpus.surroundings.rows(h.passage) if _near_figure(amounts, p)}
        near += [Hit(p, 0.0) for p in listed.values()]
    aligned = align(analysis, hits, options, context=corpus.surroundings, anchors=anchors, pervasive=pervasive, also=near)
    judgements: list[Judgement] = [judge(analysis, a, options.thresholds) for a in aligned]
    if allowed:
        # A claim comparing or ranking named things is judged on their figures.
        judgements = with_comparisons(analysis, judgements, search, corpus.index, corpus.surroundings)
    judgements += _beside_the_heaviest(analysis, judgements, corpus, options, anchors, pervasive)
    return decide(claim, judgements, options, pervasive)


def _near_figure(amounts: Sequence[float], row: Passage) -> bool:
    """Whether a row writes a count, sum or measure within ROW_FIGURE_REACH of one of `amounts`
    (the claim's)."""
    return any(abs(q.value - v) <= ROW_FIGURE_REACH * v for q in analyse(row.text).quantities if q.kind in ROW_KINDS and q.value for v in amounts)


def _beside_the_heaviest(claim: Analysis, judgements: Sequence[Judgement], corpus: Corpus, options: CheckOptions, anchors: Anchors, pervasive: frozenset[str]) -> list[Judgement]:
    """The sentences just before and after the heaviest passage, where it gives its figure as
    someone's in prose, that give another's figure for the claim's: the index seldom returns them,
    sharing few of the claim's words ("WAGN said ... about 150 passengers had been on the train.
    The BBC, quoting police at the scene, reported that more than 200 people had been aboard").
    Beside a contradiction, where nothing confirms the claim, one confirming the figure it gainsays
    (compare.ally); beside a confirmation, one giving a rival figure (compare.rival_beside)."""
    supports = [j for j in judgements if j.stance is Stance.SUPPORTS]
    side = supports or [j for j in judgements if j.stance is Stance.CONTRADICTS]
    top = max(side, key=lambda j: (j.weight, j.alignment.score), default=None)
    if top is None or top.alignment.claim is None or not someones(top.alignment) or is_row(top.alignment.passage.text):
        return []
    here = top.alignment.passage
    seen = {(j.alignment.passage.source, j.alignment.passage.start) for j in judgements}
    found = []
    for nearby, follows in ((corpus.surroundings.following(here), True), (corpus.surroundings.previous(here), False)):
        if (
            nearby is None
            or (nearby.source, nearby.start) in seen
            or nearby.page != here.page
            or abs(nearby.line - here.line) > BESIDE_LINES
            or is_row(nearby.text)
        ):
            continue
        # (a sentence after the heaviest reads its words too: "The BBC ... reported that")
        a = align_one(top.alignment.claim, nearby, corpus.surroundings, follows=follows, anchors=anchors, pervasive=pervasive)
        j = judge(claim, a, options.thresholds)
        if not supports:
            agreeing = ally(top, j, options.thresholds)
            if agreeing is not None:
                found.append(agreeing)
        else:
            # (a rival must word some of the claim itself: the sentence after any confirmation
            # reads its words, and one naming nothing the words before it)
            own = align_one(top.alignment.claim, nearby)  # (without the words around it)
            rival = rival_beside(top, j, options.thresholds, pervasive) if own.words >= OWN_WORDS else None
            if rival is not None:
                found.append(rival)
    return found


def check(
    claims: Sequence[Claim | str],
    sources: Sequence[str] = (),
    options: CheckOptions | None = None,
) -> Report:
    """Check claims against sources and return the findings, in input order.

    `claims` are Claim records or plain texts; `sources` are paths, folders, globs or URLs that
    apply to every claim (claims may name more of their own). Raises UsageError when no claim
    has any source at all. A source that cannot be read is reported in Report.skipped.
    """
    options = options or CheckOptions()
    texts = [c for c in claims if isinstance(c, str)]
    typed = iter(claims_mod.from_texts(texts))
    records = [c if isinstance(c, Claim) else next(typed) for c in claims]
    refs = list(dict.fromkeys(sources))
    every = list(dict.fromkeys([*refs, *(s for c in records for s in c.sources)]))
    if not every:
        raise UsageError(
            "no sources to check against",
            hint="give some with --source/-s PATH|URL, in the claims file's `sources:`, or in factcheck.toml",
        )
    corpus = build_corpus(every, options)
    try:
        findings = tuple(map_ordered(partial(check_claim, corpus=corpus, refs=refs, options=options), records, options.jobs))
    finally:
        corpus.index.close()
    return Report(findings=findings, skipped=corpus.skipped, sources=corpus.sources, notes=corpus.notes)


__all__ = ["Corpus", "build_corpus", "check", "check_claim"]
