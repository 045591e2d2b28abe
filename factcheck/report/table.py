"""`--format table`: a rich table for people at a terminal.

A row per claim: the claim (its id, text and expectation), the verdict in its colour with the
confidence, and the reason followed by the evidence, each cited as `source:line`. Numbers are
highlighted. Then a summary line with the counts, and a section listing skipped sources.
"""

from __future__ import annotations

import io

from rich import box
from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from factcheck.model import Finding, Report, Stance, Verdict
from factcheck.report.base import RenderContext, finish, one_line, summary_line

STYLES = {
    Verdict.SUPPORTED: "bold green",
    Verdict.CONTRADICTED: "bold red",
    Verdict.DISPUTED: "bold yellow",
    Verdict.UNVERIFIED: "bold blue",
}
STANCE_STYLES = {Stance.SUPPORTS: "green", Stance.CONTRADICTS: "red", Stance.RELATED: "dim"}
NUMBER = r"(?<![\w.:])\d[\d,.]*(?:%|\b)"  # not a line number after "source:"
EXCERPT = 240  # characters of an evidence passage shown in the table (other formats carry it whole)


def _numbers(text: Text) -> Text:
    text.highlight_regex(NUMBER, "cyan")
    return text


def _claim_cell(finding: Finding) -> Text:
    cell = Text(overflow="fold")
    cell.append(finding.claim.id, style="bold")
    cell.append("\n")
    cell.append_text(_numbers(Text(one_line(finding.claim.text))))
    if finding.claim.expect is not None:
        met = "met" if finding.passed else "NOT MET"
        cell.append(f"\nexpect {finding.claim.expect.value}: {met}", style="green" if finding.passed else "bold red")
    if finding.claim.origin:
        cell.append(f"\nfrom {finding.claim.origin}", style="dim")
    return cell


def _verdict_cell(finding: Finding, ctx: RenderContext) -> Text:
    cell = Text()
    cell.append(finding.verdict.value, style=STYLES[finding.verdict])
    cell.append(f"\n{finding.confidence:.2f}", style="dim")
    if finding.fails(ctx.fail_on):
        cell.append("\nFAIL", style="bold red")
    return cell


def _evidence_cell(finding: Finding) -> Group:
    parts = [_numbers(Text(one_line(finding.reason)))]
    for e in finding.evidence:
        excerpt = one_line(e.text)
        if len(excerpt) > EXCERPT:
            excerpt = excerpt[: EXCERPT - 1].rstrip() + "…"
        line = Text()
        line.append(f"{e.source}:{e.line}", style="underline")
        line.append(f" {e.stance.value} {e.score:.0f}", style=STANCE_STYLES[e.stance])
        line.append(" ")
        line.append_text(_numbers(Text(f"“{excerpt}”")))
        if e.reason:
            line.append(f" — {one_line(e.reason)}", style="italic")
        parts.append(line)
    return Group(*parts)


class TableReporter:
    """Renders the table, the summary line and the skipped sources at `ctx.width` columns."""

    def render(self, report: Report, ctx: RenderContext) -> str:
        """Text for a terminal; colour codes only when `ctx.color`."""
        out = io.StringIO()
        console = Console(
            file=out, width=ctx.width, color_system="standard" if ctx.color else None, force_terminal=ctx.color,
            markup=False, emoji=False, highlight=False, legacy_windows=False,
        )  # fmt: skip
        table = Table(box=box.ROUNDED, show_lines=True, expand=True)
        table.add_column("Claim", ratio=3)
        table.add_column("Verdict", no_wrap=True)
        table.add_column("Reason and evidence", ratio=5)
        for f in report.findings:
            table.add_row(_claim_cell(f), _verdict_cell(f, ctx), _evidence_cell(f))
        console.print(table)
        console.print(Text(summary_line(report, ctx)), style="bold")
        if report.skipped:
            console.print(Text("\nSkipped sources:", style="bold yellow"))
            for s in report.skipped:
                console.print(Text(f"  {s.ref}: {one_line(s.reason)}"))
        text = out.getvalue()
        if not ctx.color:
            text = "\n".join(line.rstrip() for line in text.splitlines())
        return finish(text)
