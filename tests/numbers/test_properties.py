"""Properties of the number reader: surface forms agree, nothing raises, offsets always slice."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.numbers import Relation, compare, parse_quantities

ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
NO_DEADLINE = settings(deadline=None)  # no timing in tests: a loaded machine must not fail them
DASHES = ["-", "–", "—", "‒", "−"]
SEPARATORS = [",", " ", "\u00a0", "\u202f", "\u2009"]


def words(n: int) -> str:
    """English words for 0 <= n < 1,000,000 (the test's own oracle, independent of the parser)."""
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else "-" + ONES[n % 10])
    if n < 1000:
        rest = n % 100
        return ONES[n // 100] + " hundred" + ("" if rest == 0 else " and " + words(rest))
    rest = n % 1000
    return words(n // 1000) + " thousand" + ("" if rest == 0 else " " + words(rest))


def grouped(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def forms(n: int) -> list[str]:
    """Ways people write the whole number n."""
    out = [str(n), words(n)] + [grouped(n, sep) for sep in SEPARATORS if n >= 1000]
    if n >= 1000 and n % 1000 == 0:
        k = n // 1000
        out += [f"{k}k", f"{k} thousand", f"{words(k)} thousand"]
    if n >= 1_000_000 and n % 100_000 == 0:
        out += [f"{n / 1e6:g} million"]
    return out


# Counts that cannot be read as years: a plain 4-digit 1000-2100 next to a plural noun is a count,
# but keeping them out makes the property about surface forms, not about year heuristics.
counts = st.integers(min_value=0, max_value=999_999).filter(lambda n: not 1000 <= n <= 2100)


@NO_DEADLINE
@given(counts, st.sampled_from(["fighters", "people", "troops"]))
def test_every_surface_form_parses_to_the_same_value(n: int, noun: str) -> None:
    for form in forms(n):
        qs = parse_quantities(f"{form} {noun}")
        assert len(qs) == 1, (form, qs)
        q = qs[0]
        assert (q.low, q.high, q.kind) == (n, n, "count"), form
        assert q.text == form


@NO_DEADLINE
@given(st.integers(min_value=1, max_value=9999), st.integers(min_value=1, max_value=9999),
       st.sampled_from([*DASHES, " to ", " - ", " – "]), st.sampled_from([",", "\u00a0", ""]))
def test_ranges_with_every_dash_parse_to_the_interval(a: int, b: int, dash: str, sep: str) -> None:
    lo, hi = min(a, b), max(a, b)
    if lo == hi or 1000 <= lo <= 2100 or 1000 <= hi <= 2100:
        return
    text = f"{grouped(lo, sep)}{dash}{grouped(hi, sep)} militants"
    qs = parse_quantities(text)
    assert [(q.low, q.high, q.kind) for q in qs] == [(lo, hi, "count")], text


@NO_DEADLINE
@given(st.integers(min_value=1, max_value=99), st.integers(min_value=1, max_value=99),
       st.sampled_from(["thousand", "million"]))
def test_a_scale_word_after_a_range_applies_to_both_ends(a: int, b: int, scale: str) -> None:
    lo, hi = min(a, b), max(a, b)
    if lo == hi:
        return
    factor = {"thousand": 1e3, "million": 1e6}[scale]
    for text in (f"{lo} to {hi} {scale}", f"between {lo} and {hi} {scale}", f"between {words(lo)} and {words(hi)} {scale}"):
        qs = parse_quantities(text)
        assert [(q.low, q.high) for q in qs] == [(lo * factor, hi * factor)], text


number_soup = st.lists(
    st.sampled_from(list("0123456789 ,.-–—/%$€£+~:()'’\u00a0\u2212")
                             + ["more than ", "about ", "between ", " and ", " to ", "a few ", "hundred", "thousand",
                                "million", "half", "third", "st", "th", "s", "June ", "km", "k", "bn", "one", "twenty",
                                "in ", "since ", "per cent", "pp", "of ", "No. ", "G", "COVID-"]),
    max_size=30,
).map("".join)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=80), number_soup))
def test_no_input_makes_the_parser_raise_and_offsets_slice(text: str) -> None:
    qs = parse_quantities(text)
    last_end = 0
    for q in qs:
        assert text[q.start : q.end] == q.text
        assert q.start >= last_end, "quantities overlap or are out of order"
        assert q.start < q.end
        last_end = q.end
        if q.low is not None and q.high is not None:
            assert q.low <= q.high


@settings(max_examples=200, deadline=None)
@given(number_soup, number_soup)
def test_compare_is_symmetric_in_relation_and_bounded(a: str, b: str) -> None:
    for qa in parse_quantities(a)[:3]:
        for qb in parse_quantities(b)[:3]:
            one, two = compare(qa, qb), compare(qb, qa)
            assert one.relation == two.relation
            assert 0.0 <= one.strength <= 1.0
            assert (one.error is not None) == (one.relation is Relation.DISAGREE)
            assert one.reason


@NO_DEADLINE
@given(counts)
def test_a_quantity_agrees_with_itself(n: int) -> None:
    for q in parse_quantities(f"about {n} people, more than {n} people, {n}% and {n} km"):
        if q.low is not None or q.high is not None:
            assert compare(q, q).relation is Relation.AGREE, q


@NO_DEADLINE
@given(st.integers(min_value=1, max_value=99))
def test_percent_forms_agree(n: int) -> None:
    texts = [f"{n}%", f"{n} %", f"{n} percent", f"{n} per cent", f"{words(n)} percent", f"{words(n)} per cent"]
    for text in texts:
        qs = parse_quantities(text)
        assert [(q.kind, q.low, q.high, q.unit) for q in qs] == [("percent", n, n, "%")], text


@NO_DEADLINE
@given(st.integers(min_value=1, max_value=999_999).filter(lambda n: not 1000 <= n <= 2100))
def test_strict_and_non_strict_bounds(n: int) -> None:
    def rel(claim: str, source: str) -> Relation:
        return compare(parse_quantities(claim)[0], parse_quantities(source)[0]).relation

    assert rel(f"more than {n:,} people", f"{n:,} people") is Relation.DISAGREE
    assert rel(f"more than {n:,} people", f"{n + 1:,} people") is Relation.AGREE
    assert rel(f"at least {n:,} people", f"{n:,} people") is Relation.AGREE
    assert rel(f"at least {n:,} people", f"{n - 1:,} people") is Relation.DISAGREE
    assert rel(f"fewer than {n:,} people", f"{n:,} people") is Relation.DISAGREE
    assert rel(f"up to {n:,} people", f"{n:,} people") is Relation.AGREE
    assert rel(f"{n:,} people", f"{n + 1:,} people") is Relation.DISAGREE


@NO_DEADLINE
@given(st.integers(min_value=1, max_value=9_999), st.integers(min_value=1, max_value=9))
def test_rounded_millions_agree_with_values_inside_their_rounding(m: int, digit: int) -> None:
    # "M.D million" covers [M.D - 0.05, M.D + 0.05) million.
    value = m * 1_000_000 + digit * 100_000
    written = parse_quantities(f"{m}.{digit} million people")[0]
    inside = parse_quantities(f"{value + 49_000:,} people")[0]
    outside = parse_quantities(f"{value + 51_000:,} people")[0]
    assert compare(written, inside).relation is Relation.AGREE
    assert compare(written, outside).relation is Relation.DISAGREE


@NO_DEADLINE
@given(st.integers(min_value=1, max_value=99_999), st.sampled_from([("million", 6, "m"), ("billion", 9, "bn")]))
def test_scaled_decimals_and_digits_are_the_same_number(tenths: int, scale: tuple[str, int, str]) -> None:
    word, power, suffix = scale
    n = tenths * 10 ** (power - 1)
    mantissa = f"{tenths / 10:g}"
    forms = [f"{mantissa} {word}", f"{mantissa}{suffix}", f"{n:,}", grouped(n, "\u00a0")]
    values = {parse_quantities(f"{form} people")[0].value for form in forms}
    assert values == {float(n)}, forms
