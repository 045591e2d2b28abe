"""Vague quantities and the intervals they are read as (documented in docs/numbers.md).

A vague word alone ("a few", "several") counts things; before a scale word ("a few hundred",
"several thousand") it multiplies the scale. A plural scale ("hundreds of", "thousands") means
2 to 10 of that scale, the upper end excluded; "tens of" and "dozens of" work the same way.
"""

from __future__ import annotations

# Vague words alone: (low, high), both included.
ALONE: dict[str, tuple[float, float]] = {
    "a couple of": (2, 3),
    "a couple": (2, 3),
    "couple of": (2, 3),
    "a few": (2, 6),
    "few": (2, 6),
    "several": (3, 9),
    "a handful of": (2, 6),
    "handful of": (2, 6),
    "a dozen": (12, 12),
    "another dozen": (12, 12),
    "a further dozen": (12, 12),
    "half a dozen": (6, 6),
    "a score of": (17, 23),  # about twenty, as "about 20" reaches (only before a plural noun: "a score of 3-1", "of nil" are a game's)
    "dozens of": (24, 100),
    "dozens": (24, 100),
    "scores of": (40, 200),
    "tens of": (20, 100),
}
# Vague words before a scale word: multipliers (low, high), both included:
# "a few hundred" = 200-900, "several thousand" = 3,000-9,000, "a couple of hundred" = 200-300.
MULTIPLIERS: dict[str, tuple[float, float]] = {
    "a couple of": (2, 3),
    "a couple": (2, 3),
    "couple of": (2, 3),
    "a few": (2, 9),
    "few": (2, 9),
    "several": (3, 9),
    "a handful of": (2, 6),
    "some": (2, 9),  # "some hundreds of"
}
# Words that make the plural scale after them wider: "tens of thousands" = 20,000 to <100,000.
PLURAL_PREFIXES: dict[str, float] = {"tens of": 10.0, "dozens of": 12.0, "hundreds of": 100.0}
# A plural scale ("thousands") is [2 x scale, 10 x scale), upper end excluded.
PLURAL_LOW, PLURAL_HIGH = 2.0, 10.0


def plural_interval(scale: float, prefix: float = 1.0) -> tuple[float, float]:
    """The interval of a plural scale word, with an optional "tens of"-like prefix factor.

    "thousands" -> (2000, 10000); "tens of thousands" -> (20000, 100000), upper end excluded.
    """
    base = scale * prefix
    return PLURAL_LOW * base, PLURAL_HIGH * base
