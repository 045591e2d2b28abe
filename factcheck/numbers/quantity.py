"""The record a parsed quantity is: its span, its interval, its kind and unit, how it was written."""

from __future__ import annotations

import re
from dataclasses import dataclass


WHEN = frozenset({"year", "date", "time"})  # the kinds that say when something happened


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number found in a text, read as an interval with its kind, unit and qualifier.

    `low`/`high` are equal for a single value and None for an open side ("more than 500" has
    low=500, low_inclusive=False, high=None). Percentages are in percent (40.0 for "40%"),
    fractions are ratios (0.5 for "half"), dates are YYYYMMDD floats, years are years.
    """

    text: str  # == the input[start:end]
    start: int  # character offsets into the parsed text
    end: int
    low: float | None
    high: float | None
    unit: str | None  # counted noun as written, lower-case ("militants"), or canonical unit ("km", "%", "USD")
    approximate: bool  # about/roughly/nearly/vague quantities
    kind: str  # "count", "percent", "percentage_points", "fraction", "multiple", "ordinal", "year", "date", "time", "money", "measure", "duration", "weekday"
    low_inclusive: bool = True
    high_inclusive: bool = True
    qualifier: str | None = None  # canonical qualifier that shaped the interval: "more than", "about", "between", "since"...
    value: float | None = None  # the nominal number as written; None for vague quantities and ranges
    precision: float | None = None  # rounding step implied by the writing: "3.2 million" -> 100000, "3,000" -> 1000
    scaled: bool = False  # written with a scale word or suffix ("3.2 million", "4k"), so rounded to `precision`
    either_half: bool = False  # a time written "three o'clock" with no half of the day: read as 03:00, compared in the nearer half
    counted_from: bool = False  # a year or date a span is counted from ("the day after 4 July 1826"): after "before"/"after", no bound

    def __post_init__(self) -> None:
        # The public API promises floats: a parser path that computed an int ("dozens" -> 24)
        # must not leak it.
        for name in ("low", "high", "value", "precision"):
            number = getattr(self, name)
            if number is not None and not isinstance(number, float):
                object.__setattr__(self, name, float(number))


_ANCHOR = re.compile(r"(?:before|after|prior\s+to|earlier\s+than|later\s+than)\s+the\b", re.IGNORECASE)


PLAIN_BOUNDS = ("before", "after")
TURNED_BOUNDS = ("not before", "not after")  # a negation turns a plain bound round ("did not open before 2010")
BOUNDS_IN_TIME = PLAIN_BOUNDS + TURNED_BOUNDS


def bound_in_time(q: Quantity) -> str | None:
    """"before" or "after" where a year or a date after that word bounds the time ("before 1916",
    "after 25 December 1910", "before Christmas Day"), rather than naming the event it is told by
    ("after the 1908 earthquake", "prior to the 1908 earthquake") or being the day a span is
    counted from ("the day after 4 July 1826"); "not before" or "not after" where a negation
    turns it round ("did not open before 2010": 2010 or later); None otherwise."""
    if q.kind in ("year", "date") and q.qualifier in BOUNDS_IN_TIME and not q.counted_from and not _ANCHOR.match(q.text):
        return q.qualifier
    return None


def later_bound(bound: str) -> bool:
    """Whether a bound in time (bound_in_time) holds the times from its year or date on: "after",
    "not before"."""
    return bound in ("after", "not before")
