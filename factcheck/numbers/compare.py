"""Reconcile a claim's quantity with a source's: interval logic with rounding and tolerance.

Both quantities are brought to one scale (units converted, fractions as percent, dates as years
when the other side is a year), each closed side is widened by its slack (rounding of what was
written, plus the tolerance of "about"), and the two intervals agree when they overlap. Bounds
written as bounds ("more than 500") are never widened, and strict bounds exclude their value.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, replace
from enum import StrEnum

from factcheck.numbers.clock import DAY, apart as _minutes_apart
from factcheck.numbers.quantity import PLAIN_BOUNDS, TURNED_BOUNDS, WHEN, Quantity, bound_in_time, later_bound
from factcheck.numbers.render import format_interval, format_number
from factcheck.numbers.tolerance import slack
from factcheck.numbers.weekdays import weekday_label, weekday_of
from factcheck.numbers.words import DURATIONS, MEASURES

# Qualifiers whose written number is a hard bound: never widened.
HARD_BOUNDS = frozenset({"more than", "well over", "at least", "at most", "up to", "fewer than"})
# Qualifiers that state a maximum ("up to 300 km/h", "as many as 5,000"): two of them must agree.
MAXIMA = frozenset({"at most", "up to", "as many as"})
# Qualifiers that say a figure reached its number ("as many as 5,000", "speeds of up to 670 mph").
PEAKS = frozenset({"as many as", "up to"})
# Kinds whose figures are written rounded to their last digit, so a finer one can fall outside.
FINE_KINDS = frozenset({"money", "measure", "percent"})
# Qualifiers whose interval is widened by the tolerance of an approximate number.
APPROX_QUALIFIERS = frozenset({"about", "as many as", "within about", None})


class Relation(StrEnum):
    """How a claim's number relates to a source's."""

    AGREE = "agree"
    DISAGREE = "disagree"
    INCOMPARABLE = "incomparable"


@dataclass(frozen=True, slots=True)
class NumberCheck:
    """The outcome of comparing two quantities, with a reason a person can verify."""

    relation: Relation
    reason: str
    strength: float  # 0-1: 1 for exact/contained agreement or a clear disagreement
    error: float | None = None  # relative distance between the intervals when they disagree
    near: bool = False  # two estimates that meet only where both tolerances reach past the other's figure
    wider: bool = False  # the source's interval holds the claim's and more ("April 1912" for "16 April 1912")


@dataclass(frozen=True, slots=True)
class _Side:
    """One quantity brought to a common scale, with its widened interval."""

    dimension: str  # what can be compared with what: "count", "percent", "length", "USD"...
    lo: float  # -inf for an open side
    hi: float  # +inf for an open side
    lo_inc: bool
    hi_inc: bool
    lo_slack: float
    hi_slack: float
    label: str  # how the dimension is named in reasons
    approx: bool  # the slack includes the tolerance of an approximate number
    raw_lo_inc: bool = True  # inclusivity as written, before any widening
    raw_hi_inc: bool = True

    @property
    def wlo(self) -> float:
        return self.lo - self.lo_slack

    @property
    def whi(self) -> float:
        return self.hi + self.hi_slack


def dimension(q: Quantity, other: Quantity) -> tuple[str, float, str] | str:
    """(dimension, factor to its base unit, label) or the reason the quantity cannot be compared."""
    kind = q.kind
    if kind in ("count", "ordinal", "multiple"):
        return kind, 1.0, kind
    if kind in ("percent", "fraction"):
        return "percent", (100.0 if kind == "fraction" else 1.0), "percent"
    if kind == "percentage_points":
        return "pp", 1.0, "percentage points"
    if kind == "year":
        return "year", 1.0, "year"
    if kind == "date":
        if other.kind == "year":
            return "year", 1.0, "year"
        return "date", 1.0, "date"
    if kind == "money":
        return f"money:{q.unit}", 1.0, f"money ({q.unit})"
    if kind == "measure":
        spec = MEASURES.get(q.unit or "")
        if spec is None:
            return f"measure:{q.unit}", 1.0, f"measure ({q.unit})"
        return spec[1], spec[2], spec[1]
    if kind == "duration":
        spec_d = DURATIONS.get(q.unit or "")
        return "duration", (spec_d[1] if spec_d else 1.0), "duration"
    return kind, 1.0, kind


CALENDAR = {"month": (28.0, 31.0), "year": (365.0, 366.0)}  # days in the shortest and longest of each


def _side(q: Quantity, other: Quantity, claimed: bool = False) -> _Side | str:
    dim = dimension(q, other)
    if isinstance(dim, str):
        return dim
    measured, factor, label = dim
    if q.low is None and q.high is None:
        return f"{q.kind} without a value"
    lo = -math.inf if q.low is None else q.low
    hi = math.inf if q.high is None else q.high
    low_inclusive, high_inclusive = q.low_inclusive, q.high_inclusive
    bound = bound_in_time(q) if q.low is not None and q.high is not None and other.qualifier != q.qualifier else None
    if not claimed and bound in PLAIN_BOUNDS:
        bound = None  # a source's plain bound is read as written; a negated one says when, either side
    if bound:  # ("after 2001" and "after September 2001" are alike, compared as written)
        # a claim's "before 25 December 1910" holds 24 December, "after 1916" 1918 (not "after the
        # 1908 earthquake": its year); a source's plain bound is read as written ("free of cholera
        # for a century before October 2010" says nothing against "found in October 2010"), its
        # negated one as the bound it is ("did not open before 2010": 2010 or later)
        if bound == "before":
            lo, hi, high_inclusive = -math.inf, lo, False
        elif bound == "after":
            lo, hi, low_inclusive = hi, math.inf, False
        elif bound == "not before":  # "did not open before 2010": in 2010 or later
            hi = math.inf
        else:  # "not after 1931": in 1931 or earlier
            lo = -math.inf
    if q.kind == "date" and measured == "year":
        lo = lo if math.isinf(lo) else math.floor(lo / 1e4)
        hi = hi if math.isinf(hi) else math.floor(hi / 1e4)
        if bound:
            low_inclusive = high_inclusive = True  # "before 25 December 1910" holds days of 1910
    widen = q.qualifier not in HARD_BOUNDS
    approx = q.approximate and q.qualifier in APPROX_QUALIFIERS
    # a bare figure set against a magnitude is read as one: a table's "about 6.4" under "Magnitude"
    unit = "magnitude" if q.kind == other.kind == "count" and q.unit is None and other.unit == "magnitude" else q.unit

    def pad(x: float) -> float:
        if not widen or math.isinf(x):
            return 0.0
        return slack(x, q.precision, approximate=approx, scaled=q.scaled, kind=q.kind, unit=unit)

    lo_s, hi_s = pad(lo), pad(hi)
    # A rounded value covers [v - step/2, v + step/2): "40%" and "41%" do not meet at 40.5.
    hi_inc = (high_inclusive and hi_s == 0) or (hi_s > 0 and approx)
    # A calendar month lasts 28 to 31 days and a year 365 or 366: "six months" is 168-186 days.
    low_factor, high_factor = CALENDAR.get(q.unit or "", (factor, factor)) if measured == "duration" else (factor, factor)
    return _Side(measured, _tidy(lo * low_factor, low_factor), _tidy(hi * high_factor, high_factor), low_inclusive or lo_s > 0, hi_inc,
                 lo_s * low_factor, hi_s * high_factor, label, approx and (lo_s > 0 or hi_s > 0), low_inclusive, high_inclusive)


def _tidy(x: float, factor: float) -> float:
    """A value brought to a common unit by `factor`, rid of the last bits of floating-point error:
    half an hour and 30 minutes are one time (0.5 / 24 and 30 / 1440 differ in their last bit)."""
    return x if factor == 1.0 or math.isinf(x) or x == 0 else float(f"{x:.12g}")


def _cap(side: _Side) -> bool:
    """Whether a side is only a maximum: open below, bounded above ("up to 300", "at most 40%")."""
    return math.isinf(side.lo) and side.lo < 0 and not math.isinf(side.hi)


def _overlaps(alo: float, ali: bool, ahi: float, ahi_i: bool, blo: float, bli: bool, bhi: float, bhi_i: bool) -> bool:
    lo, hi = max(alo, blo), min(ahi, bhi)
    if lo < hi:
        return True
    if lo > hi:
        return False
    lo_inc = (ali if alo == lo else True) and (bli if blo == lo else True)
    hi_inc = (ahi_i if ahi == hi else True) and (bhi_i if bhi == hi else True)
    return lo_inc and hi_inc and not math.isinf(lo)


def _gap(a: _Side, b: _Side) -> float:
    """How far apart two intervals are (0 when they meet)."""
    return max(0.0, a.lo - b.hi, b.lo - a.hi)


def _within_the_day(t: _Side) -> _Side:
    """A time open on one side closed where its day ends, or twelve hours on where that reaches
    further: "before 15:00" is 00:00-15:00, so 15:30 is not before it, not even as the day
    before's 15:30; "before 01:00" still holds 23:50 the night before, "after 22:00" 01:00 the
    morning after, and "after 04:00" 16:30."""
    # (a bound at midnight reaches twelve hours into its own side: "before midnight" is the
    # evening's, "after midnight" the small hours')
    lo = (t.hi - DAY / 2 if t.hi in (0.0, DAY) else min(0.0, t.hi - DAY / 2)) if math.isinf(t.lo) and not math.isinf(t.hi) else t.lo
    hi = (t.lo + DAY / 2 if t.lo in (0.0, DAY) else max(DAY, t.lo + DAY / 2)) if math.isinf(t.hi) and not math.isinf(t.lo) else t.hi
    return t if (lo, hi) == (t.lo, t.hi) else replace(t, lo=lo, hi=hi)


def _around_the_clock(c: _Side, s: _Side) -> _Side:
    """The source's time of day moved a day forward or back where that brings it nearer the
    claim's: 23:50 is ten minutes before "shortly after midnight", not 1,430 minutes after it.
    A time already within the claim's stays ("after 04:00" holds 16:30)."""
    best = s
    for shift in (DAY, -DAY):
        moved = replace(s, lo=s.lo + shift, hi=s.hi + shift)
        if _gap(c, moved) < _gap(c, best):
            best = moved
    return best


def _reaches(a: _Side, b: _Side) -> bool:
    """Whether a's figure as written lies within b's figure widened by its slack."""
    return _overlaps(a.lo, a.raw_lo_inc, a.hi, a.raw_hi_inc, b.wlo, b.lo_inc, b.whi, b.hi_inc)


def _contains(outer: _Side, inner: _Side) -> bool:
    lo_ok = outer.lo < inner.lo or (outer.lo == inner.lo and (outer.raw_lo_inc or not inner.raw_lo_inc))
    hi_ok = outer.hi > inner.hi or (outer.hi == inner.hi and (outer.raw_hi_inc or not inner.raw_hi_inc))
    return lo_ok and hi_ok


def _shown(x: float) -> float:
    """A widened bound rounded for reading: whole numbers from 100 up, two decimals below."""
    return float(round(x)) if abs(x) >= 100 else round(x, 2)


def _interval_text(lo: float, hi: float, q: Quantity) -> str:
    suffix = {"percent": "%", "percentage_points": " pp"}.get(q.kind, "")
    if q.kind == "fraction":
        lo, hi, suffix = lo * 100, hi * 100, "%"
    elif q.kind in ("measure", "duration", "money") and q.unit:
        suffix = f" {q.unit}"
    lo, hi = _shown(lo), _shown(hi)
    if lo == hi:
        return format_number(lo) + suffix
    return f"{format_number(lo)}–{format_number(hi)}{suffix}"


def _label(q: Quantity, s: _Side | None, bounded: bool = True) -> str:
    """A quantity as a reason shows it; a source's "before 1916" (`bounded` False) as the year it
    is compared as (`_side` opens a claim's plain bound only, and a negated one either side)."""
    shown = format_interval(q if bounded or bound_in_time(q) not in PLAIN_BOUNDS else replace(q, qualifier=None))
    if s is not None and (s.lo_slack > 0 or s.hi_slack > 0) and q.low is not None and q.high is not None and q.kind not in WHEN:
        factor = (s.lo / q.low) if q.low not in (0, None) and not math.isinf(s.lo) else 1.0
        # a month's shortest and longest lengths scale the two bounds apart
        high = (s.hi / q.high) if q.high not in (0, None) and not math.isinf(s.hi) else factor
        if q.kind == "fraction":
            factor = high = 100.0  # the side is in per cent; the label shows the fraction as per cent
        how = "with the tolerance of 'about'" if s.approx else "by rounding"
        if _shown(s.wlo / factor) != _shown(s.whi / high):
            widened = _interval_text(s.wlo / factor, s.whi / high, q)
            return f'"{q.text}" ({widened} {how})'
    compact = q.text.replace(",", "").replace(" ", "").replace("\u00a0", "").lower()
    if compact == shown.replace(",", "").replace(" ", "").lower():
        return shown
    return f'"{q.text}" ({shown})'


def _date_days(x: float) -> int:
    y, md = divmod(int(x), 10000)
    m, d = divmod(md, 100)
    return dt.date(y, m, d).toordinal()


def _distance(c: _Side, s: _Side, claim: Quantity) -> tuple[str, float]:
    """How far apart two disjoint intervals are, in words and as a relative error."""
    below = s.hi <= c.lo
    gap = (c.lo - s.hi) if below else (s.lo - c.hi)
    anchor = c.lo if below else c.hi
    if gap == 0:
        # "after 1916" and 1916; "40" and "40-odd" (the source's bound)
        mine = not (c.raw_lo_inc if below else c.raw_hi_inc)
        return ("source sits on the claim's excluded bound" if mine else "claim sits on the source's excluded bound"), 0.0
    if c.dimension == "year":
        n = int(round(gap))
        return f"{n} year{'s' if n != 1 else ''} {'earlier' if below else 'later'}", gap / max(abs(anchor), 1.0)
    if c.dimension == "date":
        try:
            days = (_date_days(c.lo) - _date_days(s.hi)) if below else (_date_days(s.lo) - _date_days(c.hi))
        except ValueError:
            days = int(gap)
        return f"{days} day{'s' if days != 1 else ''} {'earlier' if below else 'later'}", gap / max(abs(anchor), 1.0)
    if c.dimension == "time":
        n = int(round(gap))
        return f"{n} minute{'s' if n != 1 else ''} {'earlier' if below else 'later'}", gap / DAY
    if anchor == 0 or math.isinf(anchor):
        return f"{format_number(gap)} apart", 1.0
    error = gap / abs(anchor)
    if claim.unit == "magnitude":  # (a share of a logarithm means nothing)
        return f"source {format_number(round(gap, 2))} of magnitude {'below' if below else 'above'} claim", error
    if below:
        ratio = s.hi / anchor
        if 0 < ratio < 0.01:
            return f"source at most 1/{format_number(round(1 / ratio))} of claim", error
        if 0 <= ratio < 0.5:
            return f"source at most {ratio:.0%} of claim", error
        return f"source {error:.0%} below claim", error
    ratio = s.lo / anchor
    if ratio >= 2:
        return f"source at least {format_number(round(ratio, 1) if ratio < 10 else round(ratio))}× claim", error
    return f"source {error:.0%} above claim", error


def _scale_slip(c: _Side, s: _Side) -> float | None:
    """The power of 1,000 two finite, non-zero intervals are apart by, when that explains the gap."""
    if c.dimension in WHEN or any(math.isinf(x) or x == 0 for x in (c.lo, c.hi, s.lo, s.hi)):
        return None
    middle = (c.lo + c.hi) / 2
    if middle == 0:
        return None  # "-1 to 1" is centred on nothing a factor could scale
    ratio = ((s.lo + s.hi) / 2) / middle
    for factor in (1e3, 1e6, 1e9):
        for r in (factor, 1 / factor):
            if abs(ratio / r - 1) < 0.1:
                return factor
    return None


def _finer_outside(claim: Quantity, source: Quantity, c: _Side, s: _Side) -> str | None:
    """Why two exact figures written to different precision disagree, or None: the finer one
    must lie within the rounder one's rounding, as written ("$17.5 billion" is no "$17 billion",
    which stands for 16.5 to under 17.5; "$17.2 billion" is one)."""
    if claim.approximate or source.approximate or claim.kind not in FINE_KINDS or (source.kind, source.unit) != (claim.kind, claim.unit):
        return None
    if not (claim.value is not None and source.value is not None and claim.precision and source.precision):
        return None
    if c.lo != c.hi or s.lo != s.hi or claim.qualifier or source.qualifier:
        return None
    if claim.precision < source.precision:
        fine, coarse, who = c, s, "source"
    elif source.precision < claim.precision:
        fine, coarse, who = s, c, "claim"
    else:
        return None
    inside = coarse.wlo <= fine.lo and (fine.lo < coarse.whi or (coarse.hi_inc and fine.lo == coarse.whi))
    return None if inside else f"the finer figure lies outside the {who}'s rounding"


def compare(claim: Quantity, source: Quantity) -> NumberCheck:
    """Compare a claim's quantity with a source's. Never raises: odd input is INCOMPARABLE."""
    try:
        if {claim.unit, source.unit} == {"°F", "°C"}:
            claim, source = _in_celsius(claim), _in_celsius(source)  # "53°F" against "12°C"
        if "weekday" in (claim.kind, source.kind):
            return _compare_weekdays(claim, source)
        if claim.kind == source.kind == "time" and (claim.either_half or source.either_half):
            return _in_the_nearer_half(claim, source)
        mine, theirs = bound_in_time(claim), bound_in_time(source)
        if mine and theirs and later_bound(mine) != later_bound(theirs) and not (mine in TURNED_BOUNDS or theirs in TURNED_BOUNDS):
            # "before 1916" against "after 1910": neither bound tells the other's time
            return NumberCheck(Relation.INCOMPARABLE, f"claim {claim.text!r} vs source {source.text!r}: bounds the other way", 0.0)
        return _compare(claim, source)
    except Exception as err:  # noqa: BLE001 - a comparison never breaks a check
        return NumberCheck(Relation.INCOMPARABLE, f"cannot compare {claim.text!r} with {source.text!r} ({err})", 0.0)


def _in_the_nearer_half(claim: Quantity, source: Quantity) -> NumberCheck:
    """Two times of day, one or both an hour "o'clock" with no half of the day, compared in the
    halves that bring them nearest: "about three o'clock" against "around four in the afternoon"
    is read as 15:00, not 03:00. Such a source's hour never confirms a claim's half of the day:
    "three o'clock" is only alike to "3 pm"."""
    def halves(q: Quantity) -> list[Quantity]:
        return [q, _later(q, 12 * 60)] if q.either_half else [q]

    def at(q: Quantity) -> float:
        return next((x for x in (q.value, q.low, q.high) if x is not None), 0.0)  # ("before 15:00": its bound)

    c, s = min(((c, s) for c in halves(claim) for s in halves(source)), key=lambda cs: _minutes_apart(at(cs[0]), at(cs[1])))
    check = _compare(c, s)
    if source.either_half and not claim.either_half and check.relation is Relation.AGREE:
        # "three o'clock" may be 15:00, but it does not say so: alike at most
        return replace(check, reason=f"{check.reason}, but the source gives no half of the day", near=True)
    return check


def _later(q: Quantity, minutes: float) -> Quantity:
    """A time of day moved on by `minutes`."""
    def moved(x: float | None) -> float | None:
        return None if x is None else x + minutes

    return replace(q, low=moved(q.low), high=moved(q.high), value=moved(q.value))


def _compare_weekdays(claim: Quantity, source: Quantity) -> NumberCheck:
    """A weekday against a weekday, or against a date whose day and year are known."""
    a, b = weekday_of(claim), weekday_of(source)
    head = f"claim {weekday_label(claim)} vs source {weekday_label(source)}"
    if a is None or b is None:
        return NumberCheck(Relation.INCOMPARABLE, f"{head}: no day of the week to compare", 0.0)
    if a == b:
        return NumberCheck(Relation.AGREE, f"{head}: same day of the week", 1.0)
    return NumberCheck(Relation.DISAGREE, f"{head}: another day of the week", 1.0, 1.0)


def _in_celsius(q: Quantity) -> Quantity:
    """A temperature in °F as the same one in °C (its zero is another, so it does not scale like
    other units); any other quantity as it is."""
    if q.unit != "°F":
        return q

    def celsius(f: float | None) -> float | None:
        return None if f is None else round((f - 32) * 5 / 9, 6)

    return replace(
        q, unit="°C", low=celsius(q.low), high=celsius(q.high), value=celsius(q.value),
        precision=None if q.precision is None else q.precision * 5 / 9,
    )


def _compare(claim: Quantity, source: Quantity) -> NumberCheck:
    c, s = _side(claim, source, claimed=True), _side(source, claim)
    if isinstance(c, str) or isinstance(s, str):
        why = c if isinstance(c, str) else s
        return NumberCheck(Relation.INCOMPARABLE, f"claim {_label(claim, None)} vs source {_label(source, None, bounded=False)}: {why}", 0.0)
    if c.dimension != s.dimension:
        return NumberCheck(
            Relation.INCOMPARABLE,
            f"claim {_label(claim, None)} ({c.label}) vs source {_label(source, None, bounded=False)} ({s.label}): different kinds",
            0.0,
        )
    if c.dimension == "time":
        open_claim = math.isinf(c.lo) or math.isinf(c.hi)
        # "after 15:00" and "before 14:00" meet only the next day, 23 hours on: not the same time
        # ("after 23:00" and "before 01:00" meet two hours on)
        after, before = (c, s) if math.isinf(c.hi) else (s, c)
        opposed = math.isinf(after.hi) and not math.isinf(after.lo) and math.isinf(before.lo) and not math.isinf(before.hi) and (before.hi - after.lo) % DAY > DAY / 2
        c, s = _within_the_day(c), _within_the_day(s)
        moved = _around_the_clock(c, s)
        # a time outside "before midday" is measured from the claim's day, not the day before
        s = moved if not opposed and (not open_claim or _gap(c, moved) == 0) else s
    head = f"claim {_label(claim, c)} vs source {_label(source, s, bounded=False)}"
    if claim.qualifier in PEAKS and not math.isinf(c.hi) and not math.isinf(s.whi):
        # "As many as 5,000" says the figure reaches 5,000: a source whose highest figure stays
        # short of that, beyond the tolerance of both, disagrees. "Up to 300 km/h", a hard bound,
        # is reached within the tolerance of "about" too (298 km/h reaches it).
        reach = c.hi_slack or slack(c.hi, claim.precision, approximate=True, scaled=claim.scaled, kind=claim.kind, unit=claim.unit)
        if s.whi < c.hi - reach:
            short = (c.hi - s.whi) / c.hi if c.hi else 1.0
            return NumberCheck(
                Relation.DISAGREE,
                f"{head}: the source's highest figure falls {short:.0%} short of the claim's",
                round(min(1.0, 0.5 + short), 3),
                round(short, 4),
            )
    if {claim.qualifier, source.qualifier} <= MAXIMA and _cap(c) and _cap(s) and c.dimension not in WHEN:
        # Two maxima of one thing ("up to 300 km/h", "up to 160 km/h") must be the same maximum.
        near = max(c.hi_slack, s.hi_slack, abs(c.hi) * 1e-9)
        if abs(c.hi - s.hi) > near:
            short = abs(c.hi - s.hi) / abs(c.hi) if c.hi else 1.0
            side = "below" if s.hi < c.hi else "above"
            return NumberCheck(
                Relation.DISAGREE, f"{head}: the source's maximum is {short:.0%} {side} the claim's", 1.0, round(short, 4)
            )
    raw = _overlaps(c.lo, c.raw_lo_inc, c.hi, c.raw_hi_inc, s.lo, s.raw_lo_inc, s.hi, s.raw_hi_inc)
    wide = _overlaps(c.wlo, c.lo_inc, c.whi, c.hi_inc, s.wlo, s.lo_inc, s.whi, s.hi_inc)
    if raw:
        if c.lo == s.lo and c.hi == s.hi and (c.raw_lo_inc, c.raw_hi_inc) == (s.raw_lo_inc, s.raw_hi_inc):
            return NumberCheck(Relation.AGREE, f"{head}: same", 1.0)
        if _contains(c, s):
            return NumberCheck(Relation.AGREE, f"{head}: source within claim", 1.0)
        if _contains(s, c):
            return NumberCheck(Relation.AGREE, f"{head}: claim within source", 0.8, wider=True)
        lo, hi = max(c.lo, s.lo), min(c.hi, s.hi)
        narrow = min(c.hi - c.lo, s.hi - s.lo)
        share = (hi - lo) / narrow if narrow > 0 and not math.isinf(narrow) else 0.5
        return NumberCheck(Relation.AGREE, f"{head}: overlap", round(0.6 + 0.3 * min(1.0, share), 3))
    below = s.hi <= c.lo
    gap = (c.lo - s.hi) if below else (s.lo - c.hi)
    total = (c.lo_slack + s.hi_slack) if below else (c.hi_slack + s.lo_slack)
    finer = _finer_outside(claim, source, c, s) if wide else None
    if finer is not None:
        # They meet only where one figure's rounding reaches the other: "$17.5 billion" and "$17 billion".
        return NumberCheck(Relation.DISAGREE, f"{head}: {finer}", 0.6, 0.0)
    if wide:
        how = "within the tolerance of 'about'" if (c.approx or s.approx) else "within rounding"
        strength = round(max(0.5, min(0.9, 0.9 - 0.4 * (gap / total) if total > 0 else 0.9)), 3)
        if c.approx and s.approx and not _reaches(s, c):
            # Two estimates whose tolerances touch but whose source figure the claim's "about"
            # does not reach ("some 40 kilometres" and "some 30 kilometres"; "around 1,500" and
            # "about a thousand", which reaches 1,500 but is not reached by it): alike at most,
            # never a confirmation. A source figure within the claim's tolerance bears it out
            # ("about 300" and "about 340").
            why = "neither figure lies within the other's tolerance" if not _reaches(c, s) else "the source's figure lies outside the claim's tolerance"
            return NumberCheck(Relation.AGREE, f"{head}: {why}", strength, near=True)
        return NumberCheck(Relation.AGREE, f"{head}: {how}", strength)
    apart, error = _distance(c, s, claim)
    slip = _scale_slip(c, s)
    if slip:
        apart += f" (a factor of {format_number(slip)}: a scale word or unit may be off)"
    wgap = (c.wlo - s.whi) if below else (s.wlo - c.whi)
    strength = 1.0 if total <= 0 else min(1.0, 0.5 + 0.5 * wgap / total)
    return NumberCheck(Relation.DISAGREE, f"{head}: no overlap, {apart}", round(strength, 3), round(error, 4))
