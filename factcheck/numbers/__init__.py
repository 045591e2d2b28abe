"""Numbers: find every quantity in a text and reconcile a claim's numbers with a source's.

`parse_quantities(text)` reads counts, ranges, bounds, vague quantities, percentages, fractions,
ordinals, multiples, years, dates, money and measures as intervals with a kind and a unit;
`compare(claim, source)` says whether two of them agree, with a reason a person can check;
`compare_days` does so for a day written without its year, read in the other date's.
The semantics are documented in docs/numbers.md.
"""

from __future__ import annotations

from factcheck.numbers.compare import NumberCheck, Relation, compare
from factcheck.numbers.days import compare_days
from factcheck.numbers.parse import parse_quantities
from factcheck.numbers.quantity import WHEN, Quantity
from factcheck.numbers.render import describe, format_interval, format_number

__all__ = [
    "WHEN",
    "NumberCheck",
    "Quantity",
    "Relation",
    "compare",
    "compare_days",
    "describe",
    "format_interval",
    "format_number",
    "parse_quantities",
]
