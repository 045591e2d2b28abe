"""The time between two dates, as a duration."""

from __future__ import annotations

from factcheck.numbers import Relation, compare, parse_quantities
from factcheck.numbers.spans import SPAN, between


def dates(text: str) -> list:
    return [q for q in parse_quantities(text) if q.kind == "date"]


def test_two_days_span_their_days() -> None:
    first, last = dates("The assault began on 6 June 2017 and the city fell on 17 October 2017.")
    span = between(first, last)
    assert span is not None and (span.low, span.high, span.unit, span.qualifier) == (133.0, 133.0, "day", SPAN)
    assert span.text == "6 June 2017 to 17 October 2017"
    (months,) = parse_quantities("about four months")
    assert compare(months, span).relation is Relation.AGREE
    (months,) = parse_quantities("two months")
    assert compare(months, span).relation is Relation.DISAGREE


def test_a_vague_date_spans_as_widely_as_it_may() -> None:
    first, last = dates("It began on 29 July 2005 and ended in November 2005.")
    span = between(first, last)
    assert span is not None and (span.low, span.high) == (95.0, 124.0)


def test_no_span_backwards_or_from_an_open_date() -> None:
    first, last = dates("It ended on 17 October 2017, having begun on 6 June 2017.")
    assert between(first, last) is None
    (count,) = parse_quantities("500 people")
    assert between(count, last) is None


def test_a_year_spans_its_whole_length() -> None:
    since, day = parse_quantities("led since 2009, and called off on 10 March 2022")
    span = between(since, day)
    assert span is not None and (span.low, span.high) == (4452.0, 4816.0)


def test_two_times_of_day_span_their_minutes() -> None:
    first, last = [q for q in parse_quantities("The first call came at 00:54 and the fire reached the roof by about 01:27.") if q.kind == "time"]
    span = between(first, last)
    assert span is not None and (span.low, span.high, span.unit) == (30.0, 36.0, "minute"), span
    (half,) = parse_quantities("just over half an hour")
    assert compare(half, span).relation is Relation.AGREE
    late, early = parse_quantities("at 23:40, and again at 00:54")
    past = between(late, early)
    assert past is not None and past.low == 74.0  # past midnight
    (day,) = [q for q in parse_quantities("on 14 June 2017") if q.kind == "date"]
    assert between(day, first) is None  # a day and a time of day span nothing

