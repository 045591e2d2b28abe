"""`--format markdown`: a PR comment or CI job summary (GitHub-flavoured tables)."""

from __future__ import annotations

from factcheck.model import Finding, Report, Verdict
from factcheck.report.base import RenderContext, finish, one_line, summary_line

MARKS = {
    Verdict.SUPPORTED: "✅",
    Verdict.CONTRADICTED: "❌",
    Verdict.DISPUTED: "⚠️",
    Verdict.UNVERIFIED: "❔",
}


def cell(text: str) -> str:
    """Text made safe for one Markdown table cell: one line, pipes escaped."""
    return one_line(text).replace("\\", "\\\\").replace("|", "\\|")


def _expected(finding: Finding) -> str:
    if finding.claim.expect is None:
        return ""
    return f"{finding.claim.expect.value} ({'met' if finding.passed else '**not met**'})"


def _evidence(finding: Finding) -> str:
    if not finding.evidence:
        return ""
    best = finding.evidence[0]
    where = f"{best.source}:{best.line}"
    more = f" (+{len(finding.evidence) - 1} more)" if len(finding.evidence) > 1 else ""
    return f"`{cell(where)}` {best.stance.value}: {cell(best.text)}{more}"


class MarkdownReporter:
    """Renders a heading, the summary, a table of claims and the skipped sources."""

    def render(self, report: Report, ctx: RenderContext) -> str:
        """Markdown text; a failing claim's verdict is in bold."""
        lines = ["## factcheck report", "", summary_line(report, ctx), ""]
        lines += ["| claim | verdict | confidence | expected | reason | evidence |", "| --- | --- | --- | --- | --- | --- |"]
        for f in report.findings:
            verdict = f"{MARKS[f.verdict]} {f.verdict.value}"
            if f.fails(ctx.fail_on):
                verdict = f"**{verdict}**"
            claim = f"**{cell(f.claim.id)}** {cell(f.claim.text)}"
            row = (claim, verdict, f"{f.confidence:.2f}", _expected(f), cell(f.reason), _evidence(f))
            lines.append("| " + " | ".join(row) + " |")
        if report.skipped:
            lines += ["", "### Skipped sources", ""]
            lines += [f"- `{cell(s.ref)}`: {cell(s.reason)}" for s in report.skipped]
        return finish("\n".join(lines))
