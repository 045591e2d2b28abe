"""Days written without their year ("on Sunday 28 March", "Sat 27 March" in a timeline), compared
with another date: read in that date's year, or the year before or after where that is nearer
("2 January" against "31 December 2020"), or both in one leap year when neither gives one."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import replace

from factcheck.numbers.compare import NumberCheck, Relation, compare
from factcheck.numbers.parse import parse_quantities
from factcheck.numbers.quantity import Quantity

ANY_YEAR = 2000  # a leap year, to compare two days written without their years


def compare_days(claim: Quantity, source: Quantity) -> NumberCheck:
    """compare(claim, source), a day without its year read in the other's year; where neither
    gives one, the reason shows none."""
    check = compare(*in_one_year(claim, source))
    if claim.kind == source.kind == "date" and claim.low is None and source.low is None:
        check = replace(check, reason=check.reason.replace(f" {ANY_YEAR}", ""))
    elif _year_alone_confirmed(claim, source, check):
        # "17 September" is within "September 1984" only in the year the claim gives it
        check = replace(check, reason=f"{check.reason}, but the source gives no year", near=True)
    return check


def _year_alone_confirmed(claim: Quantity, source: Quantity, check: NumberCheck) -> bool:
    """Whether a day without its year agrees with a claim's month (or a longer span of days),
    whose point is then the year the source never gives."""
    if check.relation is not Relation.AGREE or claim.kind != "date" or source.kind != "date" or source.low is not None:
        return False
    return claim.low is not None and claim.high is not None and day_number(claim.high) - day_number(claim.low) >= 27  # a month or more


def in_one_year(claim: Quantity, source: Quantity) -> tuple[Quantity, Quantity]:
    """The two dates to compare, with a year given to the one written without it."""
    if claim.kind != "date" or source.kind != "date" or (claim.low is not None and source.low is not None):
        return claim, source
    known = [q for q in (claim, source) if q.low is not None and q.high is not None]
    if not known:
        return dated(claim, ANY_YEAR), dated(source, ANY_YEAR)
    low, high = known[0].low, known[0].high
    assert low is not None and high is not None
    if int(low // 10000) != int(high // 10000):
        return claim, source  # a span over years: which one is unknown
    middle = day_number((low + high) / 2)
    tries = [(dated(claim, y), dated(source, y)) for y in (int(low // 10000) + d for d in (0, -1, 1))]
    tries = [t for t in tries if all(q.low is not None and q.high is not None for q in t)]
    if not tries:
        return claim, source
    return min(tries, key=lambda t: sum(abs(day_number(((q.low or 0) + (q.high or 0)) / 2) - middle) for q in t))


def dated(q: Quantity, year: int) -> Quantity:
    """A date without its year put in `year`; `q` itself when it has one, or when that makes no
    day of the calendar ("29 February" in 2021)."""
    if q.low is not None:
        return q
    full = next((d for d in parse_quantities(f"{q.text} {year}") if d.kind == "date" and d.low is not None), None)
    if full is None or full.low is None or full.high is None or not _valid(full.low) or not _valid(full.high):
        return q
    return replace(q, low=full.low, high=full.high, value=full.value, precision=full.precision)


def _valid(value: float) -> bool:
    """Whether a YYYYMMDD number is a day of the calendar."""
    y, md = divmod(int(value), 10000)
    m, d = divmod(md, 100)
    return 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1]


def day_number(value: float) -> int:
    """A YYYYMMDD number (a midpoint between two days may be none) as the nearest day's count
    (days since 1 January of year 1)."""
    y, md = divmod(int(value), 10000)
    m, d = divmod(md, 100)
    m = min(max(m, 1), 12)
    return dt.date(y, m, min(max(d, 1), calendar.monthrange(y, m)[1])).toordinal()
