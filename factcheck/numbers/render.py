"""Numbers and intervals written for people: "2,000–4,000", ">6,000", "≈3,000", "12 June 2012"."""

from __future__ import annotations

import math
from dataclasses import replace

from factcheck.numbers.quantity import Quantity, bound_in_time
from factcheck.numbers.weekdays import WEEKDAYS
from factcheck.numbers.words import MONTH_NAMES

_SUFFIX = {"percent": "%", "percentage_points": " pp", "multiple": "×"}


def format_number(x: float) -> str:
    """A number with thousands separators and no needless decimals: 3187000 -> "3,187,000"."""
    if math.isinf(x) or math.isnan(x):
        return str(x)
    if abs(x - round(x)) < 1e-9 * max(1.0, abs(x)):
        return f"{int(round(x)):,}"
    text = f"{x:,.4f}".rstrip("0").rstrip(".")
    return text if text not in ("-0", "0") or x == 0 else f"{x:.3g}"


def _date(x: float) -> str:
    y, md = divmod(int(round(x)), 10000)
    m, d = divmod(md, 100)
    if 1 <= m <= 12 and d >= 1:
        return f"{d} {MONTH_NAMES[m]} {y}"
    return format_number(x)


def _point(x: float, q: Quantity) -> str:
    if q.kind == "time":
        hours, minutes = divmod(int(round(x)) % (24 * 60), 60)
        return f"{hours:02d}:{minutes:02d}"
    if q.kind == "date":
        return _date(x)
    if q.kind == "year":
        return str(int(round(x)))
    if q.kind == "fraction":
        return format_number(round(x * 100, 2)) + "%"
    if q.kind == "ordinal":
        n = int(round(x))
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{n:,}{suffix}"
    return format_number(x)


def _month_span(q: Quantity) -> str | None:
    """"June 2012" for a date interval that is exactly one calendar month."""
    if q.low is None or q.high is None:
        return None
    lo, hi = int(q.low), int(q.high)
    if lo // 100 == hi // 100 and lo % 100 == 1 and hi % 100 >= 28:
        y, m = divmod(lo // 100, 100)
        if 1 <= m <= 12:
            return f"{MONTH_NAMES[m]} {y}"
    return None


def format_interval(q: Quantity) -> str:
    """The interval of a quantity in a short readable form.

    "2,000–4,000", ">6,000", "≥500", "<500", "≤10,000", "≈3,000", "200–900", "40%", "1,400 km",
    "USD 3,000,000,000", "2012", "1990–1999", "June 2012", "12 June 2012", "29 July" (a day without
    its year, as written); "?" when unknown.
    """
    if q.low is None and q.high is None:
        return " ".join(q.text.split()) if q.kind == "date" else "?"  # a day without its year: "29 July"
    if q.kind == "weekday" and q.value is not None:
        return WEEKDAYS[int(q.value)]
    bound = bound_in_time(q)
    if bound:
        return f"{bound} {format_interval(replace(q, qualifier=None))}"  # "before 1916", "after 25 December 1910"
    if q.kind == "date":
        span = _month_span(q)
        if span is not None:
            return span
    approx = "≈" if q.approximate else ""
    if q.low is not None and q.high is not None:
        if q.low == q.high:
            body = approx + _point(q.low, q)
        else:
            lo, hi = _point(q.low, q), _point(q.high, q)
            if not q.low_inclusive:
                lo = ">" + lo
            if not q.high_inclusive:
                hi = "<" + hi
            body = f"{approx if q.low_inclusive and q.high_inclusive else ''}{lo}–{hi}"
    elif q.low is not None:
        body = (">" if not q.low_inclusive else "≳" if q.approximate else "≥") + _point(q.low, q)
    else:
        assert q.high is not None
        body = ("<" if not q.high_inclusive else "≲" if q.approximate else "≤") + _point(q.high, q)
    if q.kind in _SUFFIX:
        return body + _SUFFIX[q.kind]
    if q.kind == "money" and q.unit:
        return f"{q.unit} {body}"
    if q.kind in ("measure", "duration") and q.unit:
        unit = q.unit
        if q.kind == "duration" and (q.low != 1 or q.high != 1):
            unit += "s" if not unit.endswith("y") or unit == "day" else ""
            unit = "centuries" if q.unit == "century" else unit
        return f"{body} {unit}"
    return body


def describe(q: Quantity) -> str:
    """One line about a quantity for displays: its text, interval, kind, unit and qualifier."""
    parts = [f'"{q.text}"', format_interval(q), q.kind]
    if q.unit and q.kind in ("count", "ordinal", "fraction"):
        parts.append(q.unit)
    if q.qualifier:
        parts.append(f"({q.qualifier})")
    return " ".join(parts)
