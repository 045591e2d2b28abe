"""Times a claim counts from an event: "two days after the blast", "within ten days of landfall".

A source rarely gives the time between two events. It gives the day of each, often in different
notes: "the rig sank on 22 April 2010", and elsewhere "the blowout of 20 April 2010". So a claim
that the rig "went down two days after the blast" is met by the time between two dates that no
one passage holds.

`relative_times` finds a claim's durations counted from an event, with the words naming that
event ("the blast"). `anchor_dates` looks the event up in the sources and returns the dates the
passages that speak of it give (a few candidates, those most notes give first): the sources rarely say
which of their dates is the event's, so each candidate is tried. `align.pair` then measures from
each of them to the date of the passage that speaks to the rest of the claim. A candidate is
often another event's day (a note on the Haiti quake also dates Chile's), so a time worked out
from one may confirm a claim's duration but never contradicts it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from factcheck.analysis import Analysis, analyse, found_in, search_text
from factcheck.model import Hit, Passage
from factcheck.numbers import Quantity
from factcheck.numbers.quantity import BOUNDS_IN_TIME
from factcheck.numbers.spans import SPAN, bare

BOUNDS = frozenset({*BOUNDS_IN_TIME, "by", "until", "until at least", "since", "from", "as of"})  # qualifiers making a date a bound
ANCHORS = 5  # candidate dates kept for it
# what a time in each unit counts from: seconds and minutes from a time of day, hours from one or
# else a date, longer times from a date
COUNTED_FROM = {"second": ("time",), "minute": ("time",), "hour": ("time", "date")}
MAIN_DAYS = 2  # days most of a run's sources give, added to them
MAIN_EVENT_WORDS = 2  # content words at most of an event that may be the day most notes give
DAY = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*\s+\d{4}|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*\s+\d{1,2},?\s+\d{4}")
NAMED = 0.5  # share of the event's words a passage must give to name it ("the caliphate was declared")
EVENT_WORDS = 6  # words at most naming the event ("Katrina's Louisiana landfall")
# a date a note gives for a day of remembrance, never the event's: "for the twentieth
# anniversary in November 2007" (not "the 50th anniversary of the 21 October 1966 disaster",
# which gives the event's own day)
_ANNIVERSARY = re.compile(r"\banniversar(?:y|ies)\b(?![^.;]*\bof\b)[^.;]*$", re.IGNORECASE)
ANNIVERSARY_REACH = 40  # characters before a date that may name the anniversary

# "two days after the blast", "within ten days of landfall", "several months before his country
# became independent": the relation, then the event up to the end of its clause.
_RELATION = re.compile(r"\s+(after|before|of|since)\s+", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;:.!?()]|\s(?:when|while|and|but|as|that|which|who|where|because)\b", re.IGNORECASE)
_NEXT_PHRASE = re.compile(r"(?<=\w)\s+(?=(?:the|a|an|its|his|her|their)\s)", re.IGNORECASE)  # a new noun phrase starting
_BARE_OF = re.compile(r"(?<=\w)\s+of\s+(?!(?:the|a|an|its|his|her|their)\b|[A-Z\d])(?=[a-z]+\s+(?:he|she|they|it|we|I)\b)")  # "of injuries he suffered": what befell someone, not the event
# "talked for 16 hours before", "in the two years after the crisis": how long something lasted
_FOR = re.compile(r"\b(?:for|lasted|lasting|took|spent|(?:in|during|over|for|within)\s+the(?:\s+first)?)\s+$", re.IGNORECASE)
# "lasted almost nine months", "took about five days", "spent nearly a decade": how long it lasted,
# said as such ("served as mayor for 12 years" may be any twelve years between a note's dates)
_LASTED = re.compile(r"\b(?:lasted|lasting|lasts|took|taking|takes|spent|spending)\s+(?:[\w'’-]+\s+){0,5}$", re.IGNORECASE)
_WITHIN = re.compile(r"\bwithin\s+(?:about\s+|around\s+|some\s+|roughly\s+|just\s+|only\s+)?$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Relative:
    """A claim's duration counted from an event."""

    duration: Quantity
    before: bool  # "months before independence": the event comes after the claim's own
    event: str  # the words naming the event, as written ("the blast")
    keys: frozenset[str]  # their content words' keys
    lasting: bool = False  # how long something lasted ("the battle lasted almost nine months"): from either end


@dataclass(frozen=True, slots=True)
class Anchor:
    """A date the sources give for the event a claim counts from, and where."""

    date: Quantity
    passage: Passage
    main: bool = False  # one of the days most of the run's notes give, not found beside the event's words


# per claim duration counted from an event (by `id` of its Quantity): the event and its candidate dates
Anchors = dict[int, tuple[Relative, tuple[Anchor, ...]]]


def relative_times(claim: Analysis) -> tuple[Relative, ...]:
    """The claim's durations counted from an event named after them: "two days after the blast"
    (after), "within ten days of landfall" (of, after "within"), "months before independence"."""
    found = []
    for q in claim.quantities:
        if q.kind != "duration" or q.qualifier == SPAN:
            continue
        if _FOR.search(claim.text[: q.start]):
            continue  # "talked for 16 hours before agreeing": how long something lasted
        m = _RELATION.match(claim.text, q.end)
        within = q.text.lower().startswith("within") or _WITHIN.search(claim.text[: q.start])
        if m is None or (m.group(1).lower() == "of" and not within):
            continue
        end = _CLAUSE_END.search(claim.text, m.end())
        stop = end.start() if end else len(claim.text)
        article = _NEXT_PHRASE.search(claim.text, m.end(), stop)
        stop = article.start() if article else stop  # "of al-Baghdadi's death the group named ..."
        bare_of = _BARE_OF.search(claim.text, m.end(), stop)
        stop = bare_of.start() if bare_of else stop  # "four days after the earthquake of injuries he suffered" (not "the start of production")
        keys = frozenset(t.key for t in claim.terms if m.end() <= t.start < stop)
        if not keys or len(claim.text[m.end() : stop].split()) > EVENT_WORDS:
            continue
        found.append(Relative(q, m.group(1).lower() == "before", claim.text[m.end() : stop].strip(), keys))
    return tuple(found)


def lasting_times(claim: Analysis) -> tuple[Relative, ...]:
    """The claim's durations that say how long something lasted or took, counted from no event
    it names and said as such: "the battle to retake Mosul lasted almost nine months", "it took
    about five days to clear the queue" (not "served for 12 years", any twelve years between a
    note's dates; nor a bound: "more than a month" is met by chance). Their two ends are dates
    the sources may give in different sentences."""
    counted = {id(r.duration) for r in relative_times(claim)}
    return tuple(
        Relative(q, False, "", frozenset(), lasting=True)
        for q in claim.quantities
        if q.kind == "duration" and q.qualifier != SPAN and id(q) not in counted and _LASTED.search(claim.text[: q.start])
        and q.low is not None and q.high is not None  # a bound ("more than a month") is met by chance
    )


def main_days(passages: Iterable[Passage]) -> tuple[Anchor, ...]:
    """The days most of a run's sources give (MAIN_DAYS of them, given by two sources at least):
    in notes on one event, its day ("12 January 2010" in notes on the Haiti quake), which they
    rarely write beside the word a claim names it by ("a week after the earthquake")."""
    sources: dict[tuple[float, float], set[str]] = {}
    first: dict[tuple[float, float], Anchor] = {}
    for passage in passages:
        if not DAY.search(passage.text):
            continue
        for q in analyse(passage.text).quantities:
            if q.kind == "date" and a_moment(q) and q.low is not None and q.low == q.high:
                sources.setdefault((q.low, q.high), set()).add(passage.source)
                first.setdefault((q.low, q.high), Anchor(q, passage, main=True))
    order = sorted((day for day in sources if len(sources[day]) >= 2), key=lambda day: -len(sources[day]))
    return tuple(first[day] for day in order[:MAIN_DAYS])


def anchor_dates(claim: Analysis, relative: Relative, search: Callable[[str], list[Hit]]) -> tuple[tuple[Anchor, ...], bool]:
    """Candidate dates of the event `relative` counts from, most mentioned first, and whether
    they are those of passages naming it.

    They are the dates of the passages that name the event, found by searching for it with the
    claim's names ("the Gorkha quake" with "Nepal"). Where no passage names it ("the blast" in
    notes that say "blowout"), the dates of the passages a search for the whole claim finds: its
    other words keep the search on its story."""
    if relative.lasting:
        # no event to look up: the dates of the passages that speak to the whole claim
        return _dates(search(search_text(claim)), relative.keys, "date", named=False), False
    names = [t.text for t in claim.entities if t.key not in relative.keys]
    hits = search(search_text(analyse(relative.event))) + search(search_text(analyse(" ".join([relative.event, *names]))))
    for kind in COUNTED_FROM.get(relative.duration.unit or "", ("date",)):
        named = _dates(hits, relative.keys, kind, named=True)
        if named:
            return named, True
        found = _dates(search(search_text(claim)), relative.keys, kind, named=False)
        if found:
            return found, False
    return (), False


def _dates(hits: Sequence[Hit], keys: frozenset[str], kind: str, named: bool) -> tuple[Anchor, ...]:
    """The dates (or times of day, by `kind`) the hits give, most mentioned first; only those of
    hits naming the event (most of its words) when `named`."""
    votes: Counter[tuple[float | str, float | str]] = Counter()
    sources: dict[tuple[float | str, float | str], set[str]] = {}
    first: dict[tuple[float | str, float | str], Anchor] = {}
    seen = set()
    for hit in hits:
        if (hit.passage.source, hit.passage.start) in seen:
            continue
        seen.add((hit.passage.source, hit.passage.start))
        found = analyse(hit.passage.text)
        if named and sum(found_in(key, found.keys) for key in keys) < NAMED * len(keys):
            continue
        for q in found.quantities:
            if q.kind != kind or not a_moment(q) or _ANNIVERSARY.search(found.text, max(0, q.start - ANNIVERSARY_REACH), q.start):
                continue
            day: tuple[float | str, float | str]
            if q.low is not None and q.high is not None:
                day = (q.low, q.high)
            elif kind == "date" and q.low is None and q.high is None:
                day = (bare(q.text).lower(), bare(q.text).lower())  # "15 June": read in the other date's year
            else:
                continue
            votes[day] += 1
            sources.setdefault(day, set()).add(hit.passage.source)
            first.setdefault(day, Anchor(q, hit.passage))
    # the event's day is given in most notes, and as a day rather than a month
    order = sorted(votes, key=lambda day: (-len(sources[day]), day[0] != day[1], -votes[day]))
    return tuple(first[day] for day in order[:ANCHORS])


def anchors_for(claim: Analysis, search: Callable[[str], list[Hit]], main: Callable[[], tuple[Anchor, ...]] = tuple) -> Anchors:
    """The candidate dates of each event the claim counts a duration from, with the run's main
    days (`main`, looked up only for a claim counting from one) for an event named by one word
    ("the earthquake"), or by two that no passage gives ("the old one came down"), not for
    "the cholera outbreak was confirmed", which has a day of its own;
    empty for a claim counting from none."""
    found = {}
    lasting = lasting_times(claim)
    for relative in relative_times(claim) + lasting:
        anchors, named = anchor_dates(claim, relative, search)
        # "the earthquake", and "the bridge fell" where no passage names it: in notes on one
        # event, likely theirs
        if len(relative.keys) == 1 or (len(relative.keys) <= MAIN_EVENT_WORDS and not named):
            days = {(a.date.low, a.date.high) for a in anchors}
            anchors += tuple(a for a in main() if (a.date.low, a.date.high) not in days)
        if anchors:
            found[id(relative.duration)] = (relative, anchors)
    return found


def a_moment(q: Quantity) -> bool:
    """Whether `q` is a date or a time of day that says when something happened, not a bound
    ("before 25 April 2010", "by May", "after 04:00") that a time from it or to it would wrongly
    make exact."""
    return q.kind in ("date", "time") and q.qualifier not in BOUNDS


def cited(anchor: Anchor) -> str:
    """Where an anchor's date is given: "notes.md:12", and "the day most notes give, notes.md:12"
    for a main day."""
    where = f"{anchor.passage.source.rsplit('/', 1)[-1]}:{anchor.passage.line}"
    return f"the day most notes give, {where}" if anchor.main else where
