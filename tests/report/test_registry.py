"""Every format has a reporter, and every reporter honours the shared contract."""

from __future__ import annotations

import re

import pytest

from factcheck.model import Report, Verdict
from factcheck.report import REPORTERS, Format, RenderContext, render

ANSI = re.compile(r"\x1b\[")


def test_every_format_has_a_reporter() -> None:
    assert set(REPORTERS) == set(Format)


@pytest.mark.parametrize("fmt", list(Format))
def test_output_ends_in_exactly_one_newline(fmt: Format, report: Report, ctx: RenderContext) -> None:
    text = render(report, fmt, ctx)
    assert text.endswith("\n") and not text.endswith("\n\n")


@pytest.mark.parametrize("fmt", list(Format))
def test_every_claim_and_its_verdict_appear(fmt: Format, report: Report, ctx: RenderContext) -> None:
    text = render(report, fmt, ctx)
    for finding in report.findings:
        assert finding.claim.id in text
        # the verdict appears next to its own claim: on the same line, or in the same record
        records = [chunk for chunk in re.split(r"\n(?=\S)|\n\s*\n", text) if finding.claim.id in chunk]
        assert any(finding.verdict.value in chunk for chunk in records), (fmt, finding.claim.id)


@pytest.mark.parametrize("fmt", list(Format))
def test_skipped_sources_are_reported(fmt: Format, report: Report, ctx: RenderContext) -> None:
    assert "https://example.org/gone.html" in render(report, fmt, ctx)


@pytest.mark.parametrize("fmt", list(Format))
def test_rendering_is_pure_and_stable(fmt: Format, report: Report, ctx: RenderContext) -> None:
    assert render(report, fmt, ctx) == render(report, fmt, ctx)


@pytest.mark.parametrize("fmt", [f for f in Format if f is not Format.TABLE])
def test_machine_formats_never_carry_colour(fmt: Format, report: Report) -> None:
    assert not ANSI.search(render(report, fmt, RenderContext(color=True)))


def test_table_has_colour_only_when_asked(report: Report) -> None:
    assert ANSI.search(render(report, Format.TABLE, RenderContext(color=True)))
    assert not ANSI.search(render(report, Format.TABLE, RenderContext(color=False)))


@pytest.mark.parametrize("fmt", list(Format))
def test_expectations_show_in_every_format(fmt: Format, report: Report, ctx: RenderContext) -> None:
    text = render(report, fmt, ctx).lower()
    broken = next(f for f in report.findings if f.passed is False)
    assert broken.claim.expect is not None and broken.claim.expect.value in text
    assert "expect" in text or "passed" in text or "not met" in text


def test_an_empty_policy_fails_nothing(report: Report) -> None:
    ctx = RenderContext(fail_on=frozenset())
    # the broken expectation still fails; contradicted alone no longer would
    assert [f.claim.id for f in report.findings if f.fails(ctx.fail_on)] == ["border"]
    assert render(report, Format.JSON, ctx).count('"fails": true') == 1


def test_no_absolute_paths_in_machine_formats(report: Report, ctx: RenderContext) -> None:
    for fmt in Format:
        assert "/work/" not in render(report, fmt, ctx) and "/tmp/" not in render(report, fmt, ctx)


def test_verdict_labels_are_the_four(report: Report) -> None:
    assert {f.verdict for f in report.findings} == set(Verdict)
