from __future__ import annotations

import json
from pathlib import Path

import jsonschema

from factcheck.model import Claim, Finding, Report, Verdict
from factcheck.report import Format, RenderContext, render

SCHEMA = json.loads((Path(__file__).parents[1] / "schemas" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))


def _sarif(report: Report, ctx: RenderContext) -> dict:
    return json.loads(render(report, Format.SARIF, ctx))


def test_valid_against_the_sarif_schema(report: Report, ctx: RenderContext) -> None:
    jsonschema.Draft4Validator(SCHEMA).validate(_sarif(report, ctx))


def test_what_code_scanning_needs(report: Report, ctx: RenderContext) -> None:
    run = _sarif(report, ctx)["runs"][0]
    assert run["tool"]["driver"]["name"] == "factcheck"
    assert [r["id"] for r in run["tool"]["driver"]["rules"]] == [v.value for v in Verdict]
    for result in run["results"]:
        assert result["ruleId"] in {v.value for v in Verdict}
        assert result["message"]["text"]
        location = result["locations"][0]["physicalLocation"]
        assert location["artifactLocation"]["uri"] and location["region"]["startLine"] >= 1


def test_location_prefers_origin_then_claims_file_then_evidence(report: Report, ctx: RenderContext) -> None:
    places = [
        (r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], r["locations"][0]["physicalLocation"]["region"]["startLine"])
        for r in _sarif(report, ctx)["runs"][0]["results"]
    ]
    assert places == [("articles/tca-2014.txt", 14), ("claims/tca.yaml", 9), ("notes/icg.md", 20), ("notes/icg.md", 1)]


def test_a_claim_with_nothing_to_point_at_still_has_a_location() -> None:
    lone = Report(findings=(Finding(Claim(id="x", text="x"), Verdict.UNVERIFIED, 0.0, "no sources"),))
    result = _sarif(lone, RenderContext())["runs"][0]["results"][0]
    assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "claims"
    jsonschema.Draft4Validator(SCHEMA).validate(_sarif(lone, RenderContext()))


def test_levels_follow_the_verdict_and_the_policy(report: Report) -> None:
    levels = {r["properties"]["claimId"]: r["level"] for r in _sarif(report, RenderContext())["runs"][0]["results"]}
    assert levels == {"ca-recruits": "warning", "law-2012": "none", "border": "error", "csto": "note"}
    failing_disputed = _sarif(report, RenderContext(fail_on=frozenset({Verdict.DISPUTED})))["runs"][0]["results"]
    assert failing_disputed[0]["level"] == "error"


def test_message_carries_reason_evidence_and_expectation(report: Report, ctx: RenderContext) -> None:
    text = _sarif(report, ctx)["runs"][0]["results"][2]["message"]["text"]
    assert "negation flipped" in text and "notes/icg.md:20" in text and "Expected: supported (not met)" in text


def test_skipped_sources_are_notifications_and_fail_execution_under_strict(report: Report) -> None:
    invocation = _sarif(report, RenderContext(strict=True))["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    assert invocation["toolExecutionNotifications"][0]["level"] == "error"
