from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import xmlschema

from factcheck.model import Claim, Finding, Report, Verdict
from factcheck.report import Format, RenderContext, render

SCHEMA = xmlschema.XMLSchema(Path(__file__).parents[1] / "schemas" / "junit.xsd")


def test_valid_against_the_junit_schema(report: Report, ctx: RenderContext) -> None:
    SCHEMA.validate(render(report, Format.JUNIT, ctx))


def test_valid_under_strict_too(report: Report) -> None:
    SCHEMA.validate(render(report, Format.JUNIT, RenderContext(strict=True)))


def test_one_testcase_per_claim_and_failures_by_policy(report: Report) -> None:
    suite = ET.fromstring(render(report, Format.JUNIT, RenderContext(fail_on=frozenset({Verdict.DISPUTED}))))
    cases = [c for c in suite.iter("testcase") if c.get("classname") != "sources"]
    assert [c.get("name", "").split(":")[0] for c in cases] == [f.claim.id for f in report.findings]
    failed = {c.get("name", "").split(":")[0]: c.find("failure") for c in cases}
    assert failed["ca-recruits"] is not None  # disputed is in --fail-on here
    assert failed["border"] is not None  # broken expect, whatever the policy
    assert failed["border"].get("message") == "expected supported, got contradicted"
    assert failed["law-2012"] is None and failed["csto"] is None
    assert suite.get("failures") == "2" and suite.get("tests") == "5"


def test_skipped_source_is_skipped_or_an_error_under_strict(report: Report) -> None:
    plain = ET.fromstring(render(report, Format.JUNIT, RenderContext()))
    strict = ET.fromstring(render(report, Format.JUNIT, RenderContext(strict=True)))
    assert plain.get("skipped") == "1" and plain.get("errors") == "0"
    assert strict.get("errors") == "1" and strict.find("testcase/error") is not None


def test_text_xml_cannot_carry_is_replaced() -> None:
    odd = Report(findings=(Finding(Claim(id="odd", text="bell \x07 <&>"), Verdict.CONTRADICTED, 0.5, "x\x00y"),))
    text = render(odd, Format.JUNIT, RenderContext())
    SCHEMA.validate(text)
    assert "&lt;&amp;&gt;" in text
