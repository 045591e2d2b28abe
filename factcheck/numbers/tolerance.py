"""How far a written number may be from the truth and still be right: rounding and approximation.

An exact count ("3,137") has no slack. A number written with a scale word or decimals is rounded
to its last written digit ("3.2 million" = 3,150,000-3,250,000). An approximate number ("about
3,000") may be off by a share that depends on how round it is: 15% for one significant figure,
10% for two, 5% for three, 2% beyond; never less than its rounding. A temperature or an
earthquake's magnitude is off by a fixed reach instead ("about 6.5" in magnitude: 6.3-6.7), and a
whole magnitude is rounded ("magnitude 7": 6.5-7.5).
"""

from __future__ import annotations

import math

# Share of the value an approximate number may be off, by significant figures (1, 2, 3, more).
APPROX_SHARE: tuple[float, ...] = (0.15, 0.10, 0.05, 0.02)
# A percentage is already a share: "about 76 per cent" means 76 give or take a few points, not
# give or take 10% of 76.
PERCENT_SHARE = 0.5
# Kinds that are whole things compared as written: a year, a day, a time of day (its qualifier
# gives its reach), a rank.
EXACT_KINDS = frozenset({"year", "date", "time", "ordinal"})


def step_of(digits: str) -> float:
    """The rounding step implied by how a number was written in digits.

    "3000" -> 1000, "3137" -> 1, "3.2" -> 0.1, "0.645" -> 0.001, "0" -> 1.
    """
    digits = digits.lstrip("+-−")
    if "." in digits:
        return 10.0 ** -len(digits.split(".", 1)[1])
    stripped = digits.rstrip("0")
    if not stripped:
        return 1.0
    return 10.0 ** (len(digits) - len(stripped))


def significant_figures(value: float, precision: float) -> int:
    """How many significant figures `value` has when written to `precision` (at least 1)."""
    if value == 0 or precision <= 0:
        return 1
    return max(1, math.floor(math.log10(abs(value)) + 1e-9) - math.floor(math.log10(precision) + 1e-9) + 1)


def approx_share(value: float, precision: float | None) -> float:
    """The share of `value` an approximate number may be off (rounder numbers allow more)."""
    figures = significant_figures(value, precision or 1.0)
    return APPROX_SHARE[min(figures, len(APPROX_SHARE)) - 1]


ABOUT_DEGREES = 2.0  # what "about" adds to a temperature, in degrees: a share of it means nothing (its zero is arbitrary)
ABOUT_MAGNITUDE = 0.2  # what "about" adds to an earthquake's magnitude: a share of a logarithm means nothing


def slack(value: float, precision: float | None, *, approximate: bool, scaled: bool, kind: str, unit: str | None = None) -> float:
    """The half-width a number written as `value` may be widened by when it is compared.

    `scaled`: written with a scale word or suffix, or with decimals, so rounded to `precision`.
    """
    if kind in EXACT_KINDS:
        return 0.0
    rounding = 0.0
    magnitude = unit == "magnitude"
    if precision is not None and (scaled or precision < 1 or magnitude or kind in ("percent", "percentage_points", "measure", "money", "fraction", "multiple")):
        # Percent, measures and money are real quantities written to their last digit; counts are
        # whole, so "3,000 troops" is exactly 3,000 unless a scale word or decimal says it was rounded.
        rounding = (precision if scaled or precision < 1 else min(precision, 1.0)) / 2
    if not approximate:
        return rounding
    if unit in ("°C", "°F"):
        return max(rounding, ABOUT_DEGREES)
    if magnitude:
        return max(rounding, ABOUT_MAGNITUDE)
    share = approx_share(value, precision) * (PERCENT_SHARE if kind == "percent" else 1.0)
    return max(rounding, share * abs(value))
