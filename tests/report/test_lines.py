"""jsonl, json, csv, markdown, github and gitlab: their shapes and escaping."""

from __future__ import annotations

import csv
import io
import json

from factcheck.model import Claim, Finding, Report, Verdict
from factcheck.report import Format, RenderContext, render
from factcheck.report.github import escape_data, escape_property

CONTRACT = {"id", "claim", "verdict", "confidence", "evidence", "expected", "passed"}
EVIDENCE = {"source", "line", "text", "score", "stance", "reason"}


def test_jsonl_contract_in_input_order(report: Report, ctx: RenderContext) -> None:
    rows = [json.loads(line) for line in render(report, Format.JSONL, ctx).splitlines()]
    claims = [r for r in rows if "verdict" in r]
    assert [r["id"] for r in claims] == [f.claim.id for f in report.findings]
    for row, finding in zip(claims, report.findings, strict=True):
        assert CONTRACT <= set(row)
        assert row["verdict"] == finding.verdict.value and row["passed"] == finding.passed
        assert all(EVIDENCE <= set(e) for e in row["evidence"])
    assert claims[0]["expected"] == "disputed" and claims[0]["passed"] is True
    assert claims[1]["expected"] is None and claims[1]["passed"] is None
    assert rows[-1] == {"skipped": "https://example.org/gone.html", "reason": "HTTP 404 Not Found"}


def test_json_document_has_findings_skipped_and_summary(report: Report, ctx: RenderContext) -> None:
    text = render(report, Format.JSON, ctx)
    doc = json.loads(text)
    assert [f["id"] for f in doc["findings"]] == [f.claim.id for f in report.findings]
    assert doc["skipped"] == [{"source": "https://example.org/gone.html", "reason": "HTTP 404 Not Found"}]
    assert doc["summary"]["counts"] == {v.value: 1 for v in Verdict}
    assert doc["summary"]["exit_code"] == 1 and doc["summary"]["failed"] == 1
    assert text == json.dumps(doc, sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def test_csv_has_a_row_per_claim_then_per_skipped_source(report: Report, ctx: RenderContext) -> None:
    rows = list(csv.DictReader(io.StringIO(render(report, Format.CSV, ctx))))
    assert [r["record"] for r in rows] == ["claim"] * 4 + ["skipped"]
    assert [r["verdict"] for r in rows[:4]] == [f.verdict.value for f in report.findings]
    assert rows[1]["claim"] == 'The law on "extremism" | was signed in 2012.'
    assert rows[3]["claim"] == "Uzbekistan left the CSTO, for good."  # one line
    assert rows[2]["passed"] == "false" and rows[2]["expected"] == "supported"


def test_markdown_escapes_pipes_and_lists_skipped(report: Report, ctx: RenderContext) -> None:
    text = render(report, Format.MARKDOWN, ctx)
    assert "\\| was signed" in text
    table_rows = [line for line in text.splitlines() if line.startswith("| **")]
    assert len(table_rows) == 4 and all(row.count(" | ") == 5 for row in table_rows)
    assert "### Skipped sources" in text and "**❌ contradicted**" in text


def test_github_annotations_escape_and_locate(report: Report, ctx: RenderContext) -> None:
    lines = render(report, Format.GITHUB, ctx).splitlines()
    assert lines[0].startswith("::warning file=articles/tca-2014.txt,line=14,title=disputed%3A ca-recruits::")
    assert lines[2].startswith("::error file=notes/icg.md,line=20,")
    assert all("\n" not in line and line.startswith("::") for line in lines)
    assert escape_data("50%\nx") == "50%25%0Ax" and escape_property("a:b,c") == "a%3Ab%2Cc"


def test_gitlab_code_quality_shape(report: Report, ctx: RenderContext) -> None:
    issues = json.loads(render(report, Format.GITLAB, ctx))
    assert len(issues) == 5
    for issue in issues:
        assert {"description", "check_name", "fingerprint", "severity", "location"} <= set(issue)
        assert issue["severity"] in {"info", "minor", "major", "critical", "blocker"}
        assert issue["location"]["lines"]["begin"] >= 1
    assert len({i["fingerprint"] for i in issues}) == 5
    assert [i["severity"] for i in issues[:4]] == ["minor", "info", "major", "info"]


def test_table_width_is_respected(report: Report) -> None:
    for width in (60, 100, 140):
        text = render(report, Format.TABLE, RenderContext(width=width))
        assert max(len(line) for line in text.splitlines()) <= width
        assert "Skipped sources:" in text and "4 claims:" in text


def test_table_shows_source_line_and_reason(report: Report, ctx: RenderContext) -> None:
    text = render(report, Format.TABLE, ctx)
    assert "notes/icg.md:20" in text and "negation flipped" in text and "NOT MET" in text


def test_single_claim_summary_is_singular() -> None:
    one = Report(findings=(Finding(Claim(id="a", text="a"), Verdict.SUPPORTED, 1.0, "ok"),))
    assert "1 claim: 1 supported" in render(one, Format.MARKDOWN, RenderContext())
