"""Reconciliation of a claim's quantity with a source's: the table in docs/numbers.md."""

from __future__ import annotations

import pytest

from factcheck.numbers import NumberCheck, Quantity, Relation, compare, format_interval, parse_quantities

A, D, I = Relation.AGREE, Relation.DISAGREE, Relation.INCOMPARABLE


def q(text: str) -> Quantity:
    found = parse_quantities(text)
    assert len(found) == 1, found
    return found[0]


def check(claim: str, source: str) -> NumberCheck:
    return compare(q(claim), q(source))


CASES = [
    # exact values and containment
    ("3,137 fighters", "3,137 fighters", A),
    ("3,137 fighters", "3,138 fighters", D),
    ("between 2,000 and 4,000", "3,000", A),
    ("2,000–4,000", "between 2,000 and 4,000", A),
    ("2000 to 4000", "3,000 to 5,000", A),
    ("2000 to 4000", "a few hundred", D),
    ("a few thousand", "2000 to 4000", A),
    # strict and non-strict bounds
    ("more than 6,000", "7,000", A),
    ("more than 500", "500", D),
    ("at least 500", "500", A),
    ("fewer than 10", "10", D),
    ("up to 300", "300", A),
    ("up to 300", "301", D),
    ("more than 6,000", "about 7,000", A),
    ("more than 500", "fewer than 400", D),
    ("more than 500", "at least 400", A),
    # rounding and approximation
    ("3.2 million", "3,187,000", A),
    ("3.2 million", "3,300,000", D),
    ("40%", "40.4%", A),
    ("40%", "41%", D),
    ("about 3,000", "3,400", A),
    ("about 3,137", "3,400", D),
    ("about 700 servicemen", "650", A),
    ("nearly 3,000", "2,900", A),
    ("nearly 3,000", "3,100", D),
    ("3,000", "3,100", D),
    ("perhaps as many as 10,000", "11,000", A),
    # "within about" is a maximum with the tolerance of "about"
    ("within about 20 km", "22 km", A),
    ("within about 20 km", "30 km", D),
    ("within 20 km", "22 km", D),
    ("up to 10,000", "11,000", D),
    ("1.2bn", "1,240,000,000", A),
    # temperatures in °F against °C, compared in °C
    ("53°F", "12°C", A),
    ("53°F", "20°C", D),
    ("more than 300°F", "155°C", A),
    ("about 49°C", "43 degrees Celsius", D),
    # "about" adds two degrees to a temperature, whatever its scale; a change converts without the offset
    ("about 40°F", "6°C", A),
    ("about 40°F", "9°C", D),
    ("warmed by 3.6°F", "warmed by 2°C", A),
    ("warmed by about 2°F", "a 1.1°C rise", A),
    # "about" adds 0.2 to an earthquake's magnitude, not a share of it; a whole magnitude is rounded;
    # a bare figure set against a magnitude is read as one
    ("about 6.5 in magnitude", "a magnitude of 6.65", A),
    ("about 6.5 in magnitude", "a magnitude of 7.1", D),
    ("about 6.5 in magnitude", "| about 6.4 |", A),
    ("about 6.5 in magnitude", "| about 7.1 |", D),
    ("a magnitude 7 quake", "magnitude 7.4", A),
    ("a magnitude 7.0 quake", "magnitude 7.1", D),
    # vague
    ("several thousand", "4,000", A),
    ("several thousand", "12,000", D),
    ("tens of thousands", "50,000", A),
    ("tens of thousands", "100,000", D),
    ("hundreds of", "2,000", D),
    # kinds
    ("40%", "5 percentage points", I),
    ("5 pp", "5 percentage points", A),
    ("half of them", "50%", A),
    ("a third of them", "33%", A),
    ("a quarter of them", "40%", D),
    ("20 miles", "32 km", A),
    ("20 miles", "20 km", D),
    ("50 kg", "20 miles", I),
    ("$3bn", "€3bn", I),
    ("$3bn", "3 billion dollars", A),
    ("in 2012", "12 June 2012", A),
    ("in 2012", "2013", D),
    ("June 2012", "20 June 2012", A),
    ("June 2012", "19 December 2012", D),
    ("the 1990s", "in 1999", A),
    ("since 2005", "from 2005", A),
    ("in 2012", "2,012 people", I),
    ("the 201st base", "201", I),
    ("twice", "doubled", A),
    ("only once", "twice", D),
    ("three years", "36 months", A),
    ("six months", "180 days", A),  # a month is 28 to 31 days
    ("six months", "200 days", D),
    ("two years", "731 days", A),
    ("two years", "740 days", D),
]


@pytest.mark.parametrize(("claim", "source", "relation"), CASES)
def test_relation(claim: str, source: str, relation: Relation) -> None:
    result = check(claim, source)
    assert result.relation is relation, result.reason
    assert 0.0 <= result.strength <= 1.0
    assert (result.error is not None) == (relation is Relation.DISAGREE)
    assert "claim" in result.reason and "source" in result.reason


def test_rounding_reason_shows_the_widened_interval() -> None:
    result = check("3.2 million", "3,187,000")
    assert "3,150,000–3,250,000" in result.reason
    assert "rounding" in result.reason
    assert result.strength < 1.0


def test_disagreement_says_how_far_apart() -> None:
    result = check("2,000–4,000", "a few hundred")
    assert "200–900" in result.reason
    assert "no overlap" in result.reason
    assert result.error == pytest.approx((2000 - 900) / 2000)
    assert result.strength == 1.0


def test_an_excluded_bound_is_named_on_its_own_side() -> None:
    assert check("more than 500", "500").reason.endswith("source sits on the claim's excluded bound")
    assert check("40", "40-odd").reason.endswith("claim sits on the source's excluded bound")


def test_about_is_wider_for_rounder_numbers() -> None:
    assert check("about 3,000", "3,300").relation is A
    assert check("about 3,137", "3,300").relation is D


def test_exact_and_contained_agreement_is_strong_partial_is_weaker() -> None:
    assert check("more than 6,000", "7,000").strength == 1.0
    partial = check("2000 to 4000", "3,000 to 5,000")
    assert 0.5 <= partial.strength < 1.0
    loose = check("about 3,000", "3,440")
    assert loose.relation is A and loose.strength < partial.strength


def test_a_bound_excludes_its_value() -> None:
    result = check("more than 500", "500")
    assert result.relation is D
    assert result.error == 0.0


def test_years_disagree_by_years() -> None:
    result = check("in 2005", "in 2008")
    assert "3 years" in result.reason


def test_incomparable_names_the_kinds() -> None:
    result = check("40%", "5 percentage points")
    assert "percent" in result.reason and "percentage points" in result.reason
    assert result.strength == 0.0


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("2,000–4,000", "2,000–4,000"),
        ("more than 6,000", ">6,000"),
        ("at least 500", "≥500"),
        ("fewer than 10", "<10"),
        ("up to 300", "≤300"),
        ("about 3,000", "≈3,000"),
        ("a few hundred", "≈200–900"),
        ("40%", "40%"),
        ("1,400 km", "1,400 km"),
        ("$3bn", "USD 3,000,000,000"),
        ("in 2012", "2012"),
        ("the 1990s", "1990–1999"),
        ("June 2012", "June 2012"),
        ("12 June 2012", "12 June 2012"),
        ("on 29 July", "29 July"),  # a day without its year, as written
        ("on a Saturday night", "Saturday"),
        ("the 201st base", "201st"),
    ],
)
def test_format_interval(text: str, shown: str) -> None:
    assert format_interval(q(text)) == shown


def test_a_gap_of_a_power_of_a_thousand_is_named_as_a_scale_slip() -> None:
    result = check("3.2 million", "3,200")
    assert result.relation is D
    assert "factor of 1,000" in result.reason
    assert "scale" not in check("3,000", "4,000").reason


def test_fractions_read_as_percent_in_reasons() -> None:
    assert format_interval(q("half of them")) == "50%"
    assert "within rounding" in check("a third of them", "33%").reason


def test_a_widened_fraction_is_shown_in_per_cent_once() -> None:
    reason = check("some 25%", "about a quarter").reason
    assert "21.25–28.75%" in reason and "2,125" not in reason


def test_a_claims_as_many_as_must_be_reached_by_the_source() -> None:
    short = check("as many as 5,000", "2,000 to 4,000")
    assert short.relation is D and "falls 20% short" in short.reason
    for reached in ("3,000-5,000", "4,800", "up to 5,000", "more than 1,000"):
        assert check("as many as 5,000", reached).relation is A, reached
    assert check("4,000", "as many as 5,000").relation is A  # only a claim's "as many as" asserts its top


def test_a_range_centred_on_zero_compares_both_ways() -> None:
    assert check("-1-1", "2").relation is D and check("2", "-1-1").relation is D


def test_a_length_per_hour_is_a_speed() -> None:
    for text in ("250 km/h", "250 km per hour", "250 kilometres an hour"):
        assert (q(text).kind, q(text).unit, q(text).high) == ("measure", "km/h", 250.0), text
    assert q("100 miles an hour").unit == "mph"
    assert check("100 miles an hour", "160 km/h").relation is A
    assert check("250 km/h", "57 km").relation is I  # a speed is no length


def test_two_maxima_must_be_the_same_maximum() -> None:
    differ = check("up to 300 km/h", "up to 160 km/h")
    assert differ.relation is D and "47% short" in differ.reason
    above = check("up to 160 km/h", "up to 300 km/h")
    assert above.relation is D and "maximum is 88% above" in above.reason
    assert check("up to 86 billion euros", "up to €86 billion").relation is A
    # a claim's "up to" says the figure reached its number, as "as many as" does
    short = check("up to 670 miles an hour", "220 to 300 miles an hour")
    assert short.relation is D and "falls 55% short" in short.reason
    assert check("up to 300 km/h", "250 km/h").relation is D
    # reached within the tolerance of "about": a top speed of 298 km/h, hailstones of 9 cm
    assert check("up to 300 km/h", "298 km/h").relation is A and check("up to 10 centimetres", "9 centimetres").relation is A
    assert check("250 km/h", "up to 300 km/h").relation is A  # only a claim's "up to" asserts its top
    assert check("fewer than 500", "fewer than 400").relation is A  # ceilings, not stated maxima
    # "within about" bounds: a tighter bound given for it does not gainsay it
    assert check("within about 15 km", "within about 10 km").relation is A


def test_volumes_and_energy_convert() -> None:
    assert check("10.5 cubic kilometres", "10.5 km³").relation is A
    assert check("27 billion cubic metres", "27 bcm").relation is A
    assert check("13 billion kWh", "13 TWh").relation is A
    assert check("13 TWh", "13 km³").relation is not A
    assert check("about 2.9 kilotons", "2,900 tons").relation is A  # an explosion's yield in tons of TNT
    assert check("close to three kilotons", "about 15 kilotons").relation is D


def test_a_finer_figure_must_lie_within_the_rounder_ones_rounding() -> None:
    assert check("$17.5 billion", "$17 billion").relation is D  # "$17 billion" is 16.5 to under 17.5
    assert check("$17 billion", "$17.5 billion").relation is D
    assert check("$17.2 billion", "$17 billion").relation is A
    assert check("40%", "40.4%").relation is A
    assert check("3.2 million", "3,187,000").relation is A
    assert check("100 miles an hour", "160 km/h").relation is A  # other units: converted, not by digits


def test_two_estimates_neither_reaching_the_others_figure_are_only_near() -> None:
    near = check("some 40 kilometres", "some 30 kilometres")  # 34-46 and 25.5-34.5 touch
    assert near.relation is A and near.near, near
    assert "neither figure lies within the other's tolerance" in near.reason
    assert not check("Close to 80,000", "about 90,000").near  # each lies within the other's tolerance
    assert not check("About 800", "around 700").near  # 595-805 and 680-920


def test_an_estimate_outside_the_claims_tolerance_is_only_near() -> None:
    # "about a thousand" (500-1,500) reaches 1,500, but 1,000 lies outside 1,350-1,650
    low = check("Around 1,500", "about a thousand")
    assert low.relation is A and low.near, low
    assert "the source's figure lies outside the claim's tolerance" in low.reason
    # a source figure within the claim's "about" bears it out, whichever way round
    assert not check("about 300", "about 340").near  # 340 within 255-345 (300 not within 306-374)
    assert not check("some C$460 million", "about C$431 million").near  # 431 within 414-506
    assert not check("about 3,000", "3,400").near  # one exact figure: within the tolerance of "about"


def test_an_hour_without_its_half_of_the_day_stands_in_the_nearer_half() -> None:
    earlier = check("at around four in the afternoon", "entered the village at about three o'clock")
    assert earlier.relation is D and "14:45" in earlier.reason, earlier.reason  # not 02:45
    # ... but it never confirms the half a claim gives: alike at most
    morning = check("at about 3 am", "at three o'clock")
    assert morning.relation is A and morning.near and "gives no half of the day" in morning.reason, morning
    assert check("at about 15:05", "at three o'clock").near
    # nearest the other's bound: "about four o'clock" is 16:00 beside "before 15:00", not 04:00
    assert check("before three o'clock in the afternoon", "at about four o'clock").relation is D
    assert check("at six o'clock", "at 18:00").relation is A  # the claim's hour too
    # "eleven minutes to six", "a quarter past ten" the same way
    assert check("struck at eleven minutes to six", "fixed the collision at 5.49 am").relation is A
    assert check("struck at eleven minutes to six", "his watch showed 5.52 am").relation is D
    assert check("at a quarter past ten", "at 22:15").relation is A


def test_times_of_day_compare_in_minutes() -> None:
    assert check("shortly after six o'clock in the evening", "at 18:08").relation is A
    late = check("shortly after half past one in the morning", "at 02:47")
    assert late.relation is D and "47 minutes later" in late.reason, late.reason
    assert "01:30" in late.reason and "02:47" in late.reason
    assert check("a few minutes before midday", "at 11:56").relation is A
    assert check("a few minutes before midday", "at 12:04").relation is D
    assert check("at 18:08", "in 2014").relation is I  # a time of day is no year
    # around the clock: 23:50 is ten minutes before midnight
    assert check("shortly before midnight", "at 23:50").relation is A
    assert check("shortly after 23:50", "at 00:10").relation is A
    apart = check("at 23:55", "at 00:05")
    assert apart.relation is D and "10 minutes later" in apart.reason, apart.reason
    assert check("until 04:00", "until 06:00").relation is D  # two ends are two times, as two years are
    # a time within an open bound stays where it is, however far from the bound
    assert check("after 04:00", "at 16:30").relation is A
    assert check("before 20:00", "at 07:00").relation is A


def test_an_open_time_ends_with_its_day() -> None:
    # "before 15:00" is not the day before's 15:30, nor "before midday" the night's 23:40
    late = check("before three o'clock in the afternoon", "at 15:30")
    assert late.relation is D and "30 minutes later" in late.reason, late.reason
    night = check("before midday", "at 11.40pm")
    assert night.relation is D and "700 minutes later" in night.reason, night.reason
    assert check("after 22:00", "at 11:00").relation is D  # not the next morning, twelve hours on
    # across midnight within twelve hours of the bound
    assert check("before 01:00", "at 23:50").relation is A
    assert check("after 22:00", "at 01:00").relation is A
    # opposite open times meet only within twelve hours going forward
    assert check("before 14:00", "after 15:00").relation is D
    assert check("before 01:00", "after 23:00").relation is A
    # a bound at midnight reaches twelve hours into its own side
    assert check("before midnight", "at 00:10").relation is D
    assert check("after midnight", "at 23:58").relation is D
    assert check("after midnight", "at 01:30").relation is A
    # two open times still compare as bounds
    assert check("after 04:00", "after 05:00").relation is A
    assert check("before 14:00", "before 15:00").relation is A


def test_a_weekday_compares_with_a_weekday_or_a_dated_day() -> None:
    same = check("on a Saturday night", "on 31 July 1976")
    assert same.relation is A and '"31 July 1976" (a Saturday): same day of the week' in same.reason, same.reason
    other = check("on a Sunday night", "on 31 July 1976")
    assert other.relation is D and "another day of the week" in other.reason, other.reason
    assert check("late on the Friday", "on the Friday").relation is A
    assert check("late on the Friday", "on the Saturday").relation is D
    # a month, or a day without its year, says no day of the week
    assert check("on a Sunday", "in July 1976").relation is I
    assert check("on a Sunday", "on 26 February").relation is I
    assert check("on a Sunday", "at 18:08").relation is I


def test_a_part_of_an_hour_is_that_many_minutes() -> None:
    assert check("half an hour", "30 minutes").relation is A
    assert check("a quarter of an hour", "15 minutes").relation is A
    assert check("1 hour", "60 minutes").relation is A
    assert check("within half an hour", "40 minutes").relation is D


def test_trillions_of_cubic_metres_are_tcm() -> None:
    (claim,) = parse_quantities("some 26 trillion cubic metres")
    (source,) = parse_quantities("26.2 tcm")
    assert compare(claim, source).relation is Relation.AGREE
    (other,) = parse_quantities("16.4 tcm")
    assert compare(claim, other).relation is Relation.DISAGREE


def test_a_day_without_its_year_is_compared_in_the_other_dates_year() -> None:
    from factcheck.numbers import compare_days

    (day,) = parse_quantities("on 28 March")
    (other,) = parse_quantities("on 29 March 2021")
    check = compare_days(day, other)
    assert check.relation is Relation.DISAGREE and "28 March 2021" in check.reason and "1 day" in check.reason
    assert compare(day, other).relation is Relation.INCOMPARABLE  # compare itself knows no year for it
    (new_year,) = parse_quantities("on 2 January")
    assert "2 January 2021" in compare_days(new_year, parse_quantities("on 31 December 2020")[0]).reason
    (same,) = parse_quantities("Sat 27 March")
    check = compare_days(parse_quantities("on 27 March")[0], same)
    assert check.relation is Relation.AGREE and "2000" not in check.reason
    # within a claim's month only in the year the claim gives it: alike, confirming nothing
    reopened = parse_quantities("reopened on 17 September")[0]
    month = compare_days(parse_quantities("in September 1984")[0], reopened)
    assert month.relation is Relation.AGREE and month.near and "gives no year" in month.reason, month
    assert not compare_days(parse_quantities("on 17 September 1984")[0], reopened).near  # the day is the claim's point
    days = parse_quantities("from 30 September 1984 to 2 October 1984")[0]  # (three days, not a month)
    assert not compare_days(days, parse_quantities("on 1 October")[0]).near


def test_a_day_known_by_name_is_its_date() -> None:
    from factcheck.numbers import compare_days

    (new_year,) = parse_quantities("The avalanche came down on New Year's Day 1837.")
    check = compare_days(new_year, parse_quantities("on Tuesday 27 December 1836")[0])
    assert check.relation is Relation.DISAGREE and "1 January 1837" in check.reason
    # without its year, in the other date's year
    (eve,) = parse_quantities("on Christmas Eve")
    assert compare_days(eve, parse_quantities("on 24 December 1971")[0]).relation is Relation.AGREE
    assert compare_days(eve, parse_quantities("on 23 December 1971")[0]).relation is Relation.DISAGREE


def test_a_claims_year_or_date_after_before_or_after_is_a_bound() -> None:
    assert check("it closed before 1916", "closed in 1915").relation is A
    assert check("it closed before 1916", "closed in 1916").relation is D
    assert check("reopened after 25 December 1910", "reopened on 27 December 1910").relation is A
    late = check("reopened before 25 December 1910", "reopened on 26 December 1910")
    assert late.relation is D and "before 25 December 1910" in late.reason, late.reason
    from factcheck.numbers import compare_days

    assert compare_days(q("running again before Christmas Day"), q("reopened on Christmas Eve")).relation is A
    # the event a year names, not a bound: "after the 1908 earthquake" is 1908's
    assert check("never rebuilt after the 1908 earthquake", "rebuilt in 1909").relation is D
    # the day a span is counted from is no bound ("the day after 4 July 1826" is not 30 July)
    assert check("he died the day after 4 July 1826", "he died on 30 July 1826").relation is D
    assert check("rebuilt prior to the 1908 earthquake", "rebuilt in 1900").relation is D
    # two bounds the other way tell nothing of each other
    assert check("the bridge opened before 1916", "it opened after 1910").relation is Relation.INCOMPARABLE
    # a source's bound is read as written
    assert check("found in October 2010", "free of cholera before October 2010").relation is A


def test_a_negated_bound_is_turned_round() -> None:
    (bound,) = parse_quantities("The Kant air base did not open before 2010.")
    assert bound.qualifier == "not before" and format_interval(bound) == "not before 2010"
    assert check("did not open before 2010", "opened in 2012").relation is A
    assert check("did not open before 2010", "opened in 2010").relation is A
    assert check("didn't open before 2010", "opened in October 2003").relation is D
    assert check("was never finished after 1932", "finished in 1930").relation is A
    assert check("was not finished after 12 May 1932", "finished on 13 May 1932").relation is D
    # bounds the same way compare; a source's plain bound the other way is read as its year
    assert check("did not open before 2010", "opened after 2011").relation is A
    assert check("did not open before 2010", "opened before 2011").relation is A
    assert check("did not open before 2010", "opened before 2009").relation is D
    # a negation further off governs the verb, not the bound; nor is "not long after" one
    assert parse_quantities("It was not, as the papers had it for years, opened before 2010.")[0].qualifier == "before"
    for text in ("rebuilt not long after 1900", "did not reopen until after 2010", "not only before 1990"):
        assert parse_quantities(text)[0].qualifier in ("before", "after"), text
    assert parse_quantities("cannot have opened before 2010")[0].qualifier == "not before"
    # a source's negated bound is the bound too: "opened before 2010" is gainsaid by it
    late = check("it opened before 2010", "it did not open before 2010")
    assert late.relation is D and "not before 2010" in late.reason, late.reason
