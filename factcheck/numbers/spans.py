"""The time between two dates, as a duration a claim's "almost nine months" can be compared with
(and between two times of day, for "nearly 50 minutes after the ship hit the rocks").

A source rarely says "the siege lasted four months": it gives the day the siege began and the day
it ended. `between(earlier, later)` turns two dates into the duration they span, an interval in
days as wide as the dates are vague ("October 2017" is any day of that month). The duration is
marked with the qualifier SPAN, so that it can be told apart from a duration the source states.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from factcheck.numbers.clock import DAY
from factcheck.numbers.quantity import Quantity

SPAN = "between dates"  # the qualifier of a duration worked out from two dates (or times of day)
FROM_EVENT = "from the event's date"  # ... one of them a date the sources give the event a claim counts from (anchors.py)


def _day(value: float) -> date | None:
    whole = int(value)
    try:
        return date(whole // 10000, whole // 100 % 100, whole % 100)
    except ValueError:
        return None


def bare(text: str) -> str:
    """A date as written without the word that placed it in time ("until 3 July 2012")."""
    return re.sub(r"^(from|until|till|by|since|after|before|on|in)\s+", "", text, flags=re.IGNORECASE)


def _as_date(q: Quantity) -> Quantity:
    """A year as the date range it covers ("since 2009": 1 January to 31 December 2009)."""
    if q.kind != "year" or q.low is None or q.high is None:
        return q
    return replace(q, kind="date", low=q.low * 10000 + 101, high=q.high * 10000 + 1231)


def _minutes_between(earlier: Quantity, later: Quantity) -> Quantity | None:
    """The minutes from one time of day to another, across midnight where that is the shorter way
    ("23:40" to "00:54": 74 minutes); None when either is open or they may be the same minute."""
    if None in (earlier.low, earlier.high, later.low, later.high):
        return None
    assert earlier.low is not None and earlier.high is not None and later.low is not None and later.high is not None
    shortest, longest = later.low - earlier.high, later.high - earlier.low
    if longest <= 0 and longest + DAY <= DAY / 2:
        shortest, longest = shortest + DAY, longest + DAY  # past midnight
    if shortest <= 0:
        return None
    return Quantity(
        text=f"{bare(earlier.text)} to {bare(later.text)}", start=later.start, end=later.end,
        low=shortest, high=longest, unit="minute", approximate=False, kind="duration", qualifier=SPAN,
        value=shortest if shortest == longest else None, precision=1.0,
    )


def between(earlier: Quantity, later: Quantity) -> Quantity | None:
    """The duration from `earlier` to `later` (dates or years, in days; or two times of day, in
    minutes); None when either is open or `later` may begin before `earlier` ends."""
    if earlier.kind == "time" or later.kind == "time":
        return _minutes_between(earlier, later) if earlier.kind == later.kind else None
    earlier, later = _as_date(earlier), _as_date(later)
    if earlier.kind != "date" or later.kind != "date":
        return None
    if None in (earlier.low, earlier.high, later.low, later.high):
        return None
    first, last = _day(earlier.low or 0), _day(earlier.high or 0)
    start, end = _day(later.low or 0), _day(later.high or 0)
    if None in (first, last, start, end):
        return None
    assert first and last and start and end
    shortest, longest = (start - last).days, (end - first).days
    if shortest <= 0:
        return None
    return Quantity(
        text=f"{bare(earlier.text)} to {bare(later.text)}",
        start=later.start,
        end=later.end,
        low=float(shortest),
        high=float(longest),
        unit="day",
        approximate=False,
        kind="duration",
        qualifier=SPAN,
        value=float(shortest) if shortest == longest else None,
        precision=1.0,
    )
