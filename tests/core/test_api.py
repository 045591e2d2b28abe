"""The public API as PRODUCT.md fixes it."""

from __future__ import annotations

import pytest

import factcheck


@pytest.mark.parametrize("text", ["dozens of people", "twice as many", "3 troops", "between 2,000 and 4,000 militants", "40%"])
def test_quantity_bounds_are_floats(text: str) -> None:
    q = factcheck.parse_quantities(text)[0]
    assert all(x is None or type(x) is float for x in (q.low, q.high))
    assert text[q.start : q.end] == q.text


def test_check_and_extract_are_public(tmp_path) -> None:
    (tmp_path / "n.md").write_text("Uzbekistan suspended its CSTO membership in June 2012.\n", encoding="utf-8")
    report = factcheck.check(["Uzbekistan suspended its CSTO membership in 2012."], sources=[str(tmp_path)])
    assert report.findings[0].verdict is factcheck.Verdict.SUPPORTED
    assert factcheck.extract_claims("Uzbekistan suspended its CSTO membership in June 2012.")
