"""`--format github`: GitHub Actions workflow commands, an annotation per claim.

`::error file=F,line=L,title=T::message` for a claim that fails the run, `::warning` for a
contradicted or disputed claim that does not, `::notice` otherwise; then a `::warning` (an
`::error` under `--strict`) per skipped source. Values are escaped as the runner expects.
"""

from __future__ import annotations

from factcheck.model import Finding, Report
from factcheck.report.base import RenderContext, finish, locate, one_line, summary_line, weight
from factcheck.report.sarif import message


def escape_data(text: str) -> str:
    """Escape a workflow command's message."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a workflow command's property value (file, title)."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _command(finding: Finding, report: Report, ctx: RenderContext) -> str:
    level = ("notice", "warning", "error")[weight(finding, ctx)]
    where = locate(finding, report)
    title = escape_property(f"{finding.verdict.value}: {finding.claim.id}")
    return f"::{level} file={escape_property(where.path)},line={where.line},title={title}::{escape_data(message(finding))}"


class GithubReporter:
    """Renders one workflow command per claim and per skipped source, then a summary notice."""

    def render(self, report: Report, ctx: RenderContext) -> str:
        """Workflow-command lines, one annotation each."""
        lines = [_command(f, report, ctx) for f in report.findings]
        level = "error" if ctx.strict else "warning"
        lines += [f"::{level} title=skipped source::{escape_data(f'{s.ref}: {one_line(s.reason)}')}" for s in report.skipped]
        lines.append(f"::notice title=factcheck::{escape_data(summary_line(report, ctx))}")
        return finish("\n".join(lines))
