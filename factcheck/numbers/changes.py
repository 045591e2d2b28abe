"""The change from one figure to another, as the multiple or share a claim's "more than tripled"
or "fell by about four-fifths" can be compared with.

A source rarely says "the rent more than tripled": it says the rent went "from $17.4 million to
$60 million". `change(before, after, kind)` turns two figures of one kind into the ratio of the
second to the first (kind "multiple": 3.45 for tripling) or into the share by which it moved
(kind "fraction": 0.8 for a fall by four-fifths, or "percent": 80). The result is marked with the
qualifier CHANGE, so that it can be told apart from a figure the source states.
"""

from __future__ import annotations

from factcheck.numbers.compare import APPROX_QUALIFIERS, Relation, compare
from factcheck.numbers.quantity import Quantity
from factcheck.numbers.tolerance import slack

CHANGE = "change between figures"  # the qualifier of a multiple or share worked out from two figures
PART = "part of a whole"  # the qualifier of a share worked out from "74 of its 108 pupils"
RATIO = "ratio of two figures"  # the qualifier of a multiple or share worked out from two amounts of one unit
AMOUNTS = ("count", "money", "measure", "percent")


def nominal(q: Quantity) -> float | None:
    """A figure's nominal value: as written, or the middle of its range; None for an open one."""
    if q.value is not None:
        return q.value
    if q.low is not None and q.high is not None:
        return (q.low + q.high) / 2
    return None


def change(before: Quantity, after: Quantity, kind: str) -> Quantity | None:
    """How `after` stands to `before`: a "multiple" (after / before), or a "fraction" or "percent"
    by which it rose or fell (|after - before| / before). None for figures of other kinds, of
    different units, or without a value."""
    if before.kind not in AMOUNTS or after.kind != before.kind:
        return None
    if compare(before, after).relation is Relation.INCOMPARABLE:
        return None
    a, b = nominal(before), nominal(after)
    if not a or b is None or a < 0 or b < 0:
        return None
    if kind not in ("multiple", "fraction", "percent"):
        return None
    (a_lo, a_hi), (b_lo, b_hi) = _bounds(before, a), _bounds(after, b)
    ratio = (b / a, b_lo / a_hi, b_hi / a_lo if a_lo > 0 else b_hi / a)
    if kind == "multiple":
        value, low, high = ratio
    else:
        # the share it moved by, up or down: "from 336,000 to 170,000" fell by about half
        value, low, high = (abs(r - 1) for r in ratio)
        low, high = (low, high) if b >= a else (high, low)
        if low > high or (b_lo <= a_hi and a_lo <= b_hi):
            # the two may be the same figure: it may not have moved at all
            low, high = 0.0 if b_lo <= a_hi and a_lo <= b_hi else min(low, high), max(low, high)
        if kind == "percent":
            value, low, high = 100 * value, 100 * low, 100 * high
    unit = "%" if kind == "percent" else None
    return _worked_out(
        f"{before.text} to {after.text}", (after.start, after.end), (before, after), value, kind, unit, CHANGE, (low, high)
    )


def share(part: Quantity, whole: Quantity) -> Quantity | None:
    """The share `part` is of `whole` ("74 of its 108 pupils": 0.685), as a fraction; None unless
    both are counts with values and the part is no larger than the whole."""
    if part.kind != "count" or whole.kind != "count":
        return None
    a, b = nominal(part), nominal(whole)
    if a is None or not b or a < 0 or a > b:
        return None
    span = (min(part.start, whole.start), max(part.end, whole.end))  # "47 people, 33 of whom" too
    (a_lo, a_hi), (b_lo, b_hi) = _bounds(part, a), _bounds(whole, b)
    bounds = (a_lo / b_hi, min(a_hi / b_lo, 1.0) if b_lo > 0 else 1.0)
    return _worked_out(f"{part.text} of {whole.text}", span, (part, whole), a / b, "fraction", None, PART, bounds)


def ratio(first: Quantity, second: Quantity, kind: str) -> Quantity | None:
    """How two figures of one kind and unit stand to each other: the larger as a "multiple" of
    the smaller ("2,700" against "176": 15.3 times), or the smaller as a "fraction" or "percent"
    of the larger ("$1 million" of "$100 million": 1%). None for figures of other kinds, of
    different units, without a value, or the same."""
    if first.kind not in AMOUNTS or second.kind != first.kind or kind not in ("multiple", "fraction", "percent"):
        return None
    if first.unit != second.unit and (first.kind != "count" or None not in (first.unit, second.unit)):
        return None  # (miles against millimetres, troops against tanks: two things; a count may leave its noun to the other)
    if compare(first, second).relation is not Relation.DISAGREE:
        return None  # (two figures that may be one are no ratio)
    a, b = nominal(first), nominal(second)
    if not a or not b or a < 0 or b < 0:
        return None
    small, large = (first, second) if a < b else (second, first)
    (s, l) = sorted((a, b))
    # (as wide as each figure's "about" allows, not its rounding: "$100 million" and "$5 million"
    # are 20 times, not anything from 9 to 33)
    (s_lo, s_hi), (l_lo, l_hi) = _written(small, s), _written(large, l)
    if kind == "multiple":
        value, bounds = l / s, (l_lo / s_hi, l_hi / s_lo if s_lo > 0 else l_hi / s)
    else:
        value, bounds = s / l, (s_lo / l_hi, min(s_hi / l_lo, 1.0) if l_lo > 0 else 1.0)
        if kind == "percent":
            value, bounds = 100 * value, (100 * bounds[0], 100 * bounds[1])
    span = (min(first.start, second.start), max(first.end, second.end))
    unit = "%" if kind == "percent" else None
    return _worked_out(f"{large.text} against {small.text}" if kind == "multiple" else f"{small.text} of {large.text}", span, (small, large), value, kind, unit, RATIO, bounds)


def _written(q: Quantity, nominal_value: float) -> tuple[float, float]:
    """The values a figure may stand for as written: its range, or its value widened by the
    tolerance of "about" when it is approximate (_bounds), not by its rounding."""
    if q.approximate and q.qualifier in APPROX_QUALIFIERS:
        return _bounds(q, nominal_value)
    low = q.low if q.low is not None else nominal_value
    high = q.high if q.high is not None else nominal_value
    return low, high


def _bounds(q: Quantity, nominal_value: float) -> tuple[float, float]:
    """The values a figure may stand for: its written value widened by its rounding and, for an
    approximate one ("about 570,000"), by the tolerance of "about" (numbers.tolerance)."""
    approximate = q.approximate and q.qualifier in APPROX_QUALIFIERS
    pad = slack(nominal_value, q.precision, approximate=approximate, scaled=q.scaled, kind=q.kind)
    low = q.low if q.low is not None and q.low != q.high else nominal_value
    high = q.high if q.high is not None and q.low != q.high else nominal_value
    return max(low - pad, 0.0), high + pad


def _worked_out(
    text: str,
    span: tuple[int, int],
    figures: tuple[Quantity, Quantity],
    value: float,
    kind: str,
    unit: str | None,
    qualifier: str,
    bounds: tuple[float, float],
) -> Quantity:
    """A figure worked out from two of a text's, at `span`, approximate when either of them is;
    `bounds` is what it may be given the rounding and approximation of the two."""
    return Quantity(
        text=text,
        start=span[0],
        end=span[1],
        low=bounds[0],
        high=bounds[1],
        unit=unit,
        approximate=figures[0].approximate or figures[1].approximate,
        kind=kind,
        qualifier=qualifier,
        value=value,
    )
