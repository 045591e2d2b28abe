"""Stage 6: render a Report in one output format; one module per format behind `Reporter`.

`Format` names the formats (`--format`), `REPORTERS` maps each to its reporter, and `render` is
the one call the command line makes.
"""

from __future__ import annotations

from enum import StrEnum

from factcheck.model import Report
from factcheck.report.base import RenderContext, Reporter
from factcheck.report.csv import CsvReporter
from factcheck.report.github import GithubReporter
from factcheck.report.gitlab import GitlabReporter
from factcheck.report.json import JsonReporter
from factcheck.report.jsonl import JsonLinesReporter
from factcheck.report.junit import JunitReporter
from factcheck.report.markdown import MarkdownReporter
from factcheck.report.sarif import SarifReporter
from factcheck.report.table import TableReporter


class Format(StrEnum):
    """The output formats of `factcheck check --format`."""

    TABLE = "table"
    JSON = "json"
    JSONL = "jsonl"
    CSV = "csv"
    MARKDOWN = "markdown"
    JUNIT = "junit"
    SARIF = "sarif"
    GITHUB = "github"
    GITLAB = "gitlab"

    @property
    def is_json(self) -> bool:
        """Whether the format is JSON, so that a fatal error is also written as JSON on stderr."""
        return self in (Format.JSON, Format.JSONL, Format.SARIF, Format.GITLAB)


REPORTERS: dict[Format, Reporter] = {
    Format.TABLE: TableReporter(),
    Format.JSON: JsonReporter(),
    Format.JSONL: JsonLinesReporter(),
    Format.CSV: CsvReporter(),
    Format.MARKDOWN: MarkdownReporter(),
    Format.JUNIT: JunitReporter(),
    Format.SARIF: SarifReporter(),
    Format.GITHUB: GithubReporter(),
    Format.GITLAB: GitlabReporter(),
}


def render(report: Report, output_format: Format, ctx: RenderContext | None = None) -> str:
    """The text of `report` in `output_format`."""
    return REPORTERS[output_format].render(report, ctx or RenderContext())


__all__ = ["REPORTERS", "Format", "RenderContext", "Reporter", "render"]
