"""The change from one figure to another, as a multiple or a share."""

from __future__ import annotations

import pytest

from factcheck.numbers import Relation, compare, parse_quantities
from factcheck.numbers.changes import CHANGE, PART, RATIO, change, ratio, share


def one(text: str):
    (q,) = parse_quantities(text)
    return q


def test_a_change_as_a_multiple_or_a_share() -> None:
    before, after = one("$17.4 million"), one("$60 million")
    tripled = change(before, after, "multiple")
    assert tripled is not None and tripled.qualifier == CHANGE and tripled.value == pytest.approx(60 / 17.4)
    assert compare(one("more than tripled"), tripled).relation is Relation.AGREE
    assert compare(one("doubled"), tripled).relation is Relation.DISAGREE
    fall = change(one("$81 million"), one("$16 million"), "fraction")
    assert fall is not None and compare(one("about four-fifths"), fall).relation is Relation.AGREE
    fall = change(one("$81 million"), one("$16 million"), "percent")
    assert fall is not None and fall.value == pytest.approx(100 * 65 / 81)


def test_a_change_carries_the_tolerance_of_its_figures() -> None:
    # "from about 570,000 ounces to about 315,000" is 0.55 of it, give or take what "about" allows
    slump = change(one("about 570,000 ounces"), one("about 315,000 ounces"), "multiple")
    assert slump is not None and slump.value == pytest.approx(315 / 570)
    assert slump.low is not None and slump.high is not None and slump.low < 0.5 < 0.6 < slump.high
    assert compare(one("nearly halved"), slump).relation is Relation.AGREE
    exact = change(one("570,000 ounces"), one("315,000 ounces"), "multiple")
    assert exact is not None and exact.low == exact.high == pytest.approx(315 / 570)
    assert compare(one("nearly halved"), exact).relation is Relation.DISAGREE
    assert compare(one("tripled"), slump).relation is Relation.DISAGREE


def test_a_change_within_the_figures_tolerance_may_be_none() -> None:
    # "from about 1,000 to 960" may not have moved at all: "fell by 4%" agrees
    fall = change(one("about 1,000"), one("960"), "percent")
    assert fall is not None and fall.low == 0.0 and fall.value == pytest.approx(4.0)
    assert compare(one("4%"), fall).relation is Relation.AGREE


def test_no_change_between_figures_of_other_kinds_or_units() -> None:
    assert change(one("500 km"), one("$60 million"), "multiple") is None
    assert change(one("$5 million"), one("€6 million"), "multiple") is None
    assert change(one("0 people"), one("60 people"), "multiple") is None


def test_a_part_of_a_whole_as_a_share() -> None:
    part = share(one("74"), one("108 pupils"))
    assert part is not None and part.qualifier == PART and part.value == pytest.approx(74 / 108)
    assert compare(one("about seven in ten"), part).relation is Relation.AGREE
    assert compare(one("half"), part).relation is Relation.DISAGREE
    assert share(one("108"), one("74")) is None  # a part is no larger than its whole
    assert share(one("$5 million"), one("$60 million")) is None  # counts only


def test_the_ratio_of_two_amounts_of_one_unit() -> None:
    sued, paid = one("$100 million"), one("$1 million")
    cut = ratio(sued, paid, "percent")
    assert cut is not None and cut.qualifier == RATIO and cut.value == pytest.approx(1.0)
    assert compare(one("just one per cent"), cut).relation is Relation.AGREE
    times = ratio(one("85%"), one("5%"), "multiple")
    assert times is not None and compare(one("seventeen times"), times).relation is Relation.AGREE
    assert ratio(one("40 feet"), one("14 feet"), "fraction") is not None
    # two units, or two figures that may be one, stand in no ratio
    assert ratio(one("about two miles"), one("181 mm"), "fraction") is None
    assert ratio(one("about 7,000"), one("7,000"), "multiple") is None
