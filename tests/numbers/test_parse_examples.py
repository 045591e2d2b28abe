"""Every example case in number_cases.py parses to exactly the expected quantities."""

from __future__ import annotations

import math
from typing import Any

import pytest

from factcheck.numbers import Quantity, parse_quantities
from number_cases import CASES, Expected


def _same(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def mismatches(text: str, expected: list[Expected]) -> list[str]:
    """What differs between the parse of `text` and the expected quantities (empty when equal)."""
    got = parse_quantities(text)
    problems: list[str] = []
    if len(got) != len(expected):
        return [f"expected {len(expected)} quantities, got {[(q.text, q.kind) for q in got]}"]
    for q, (qtext, kind, low, high, extra) in zip(got, expected):
        checks: dict[str, Any] = {"text": qtext, "kind": kind, **extra}
        for name, want in checks.items():
            have = getattr(q, name)
            if isinstance(want, (int, float)) and not isinstance(want, bool):
                if not _same(have, want):
                    problems.append(f"{q.text!r}.{name} = {have!r}, expected {want!r}")
            elif have != want:
                problems.append(f"{q.text!r}.{name} = {have!r}, expected {want!r}")
        if not (_same(q.low, low) and _same(q.high, high)):
            problems.append(f"{q.text!r} interval {q.low}..{q.high}, expected {low}..{high}")
    return problems


PARAMS = [
    pytest.param(text, expected, id=f"{category}-{i}")
    for category, cases in CASES.items()
    for i, (text, expected) in enumerate(cases)
]


@pytest.mark.parametrize(("text", "expected"), PARAMS)
def test_example(text: str, expected: list[Expected]) -> None:
    assert mismatches(text, expected) == []


@pytest.mark.parametrize(("text", "expected"), PARAMS)
def test_offsets_slice_the_input(text: str, expected: list[Expected]) -> None:
    for q in parse_quantities(text):
        assert isinstance(q, Quantity)
        assert text[q.start : q.end] == q.text


@pytest.mark.parametrize(
    "text", ["one in every hundred and fifty lambs", "one in every hundred-and-fifty", "one in every thousand two hundred"]
)
def test_a_whole_spelled_on_after_its_scale_word_is_not_the_scale_word_alone(text: str) -> None:
    # "one in every hundred and fifty" is no 1%, whatever else it reads
    assert not [q for q in parse_quantities(text) if q.kind == "fraction" and q.low in (0.01, 0.001)]
