"""`--format csv`: a row per claim with its best evidence, then a row per skipped source.

The first column, `record`, tells the two apart (`claim` or `skipped`), so a spreadsheet filter
keeps only the claims.
"""

from __future__ import annotations

import csv
import io

from factcheck.model import Report
from factcheck.report.base import RenderContext, one_line

COLUMNS = (
    "record", "id", "claim", "verdict", "confidence", "expected", "passed", "fails", "reason",
    "origin", "evidence_count", "source", "line", "page", "score", "stance", "evidence", "evidence_reason",
)  # fmt: skip


def _flag(value: bool | None) -> str:
    return "" if value is None else str(value).lower()


class CsvReporter:
    """Renders findings as RFC 4180 CSV with a header row ("\\n" line ends)."""

    def render(self, report: Report, ctx: RenderContext) -> str:
        """The header, a row per claim in input order, a row per skipped source."""
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(COLUMNS)
        for f in report.findings:
            claim = f.claim
            best = f.evidence[0] if f.evidence else None
            writer.writerow([
                "claim", claim.id, one_line(claim.text), f.verdict.value, f"{f.confidence:.2f}",
                claim.expect.value if claim.expect else "", _flag(f.passed), _flag(f.fails(ctx.fail_on)),
                one_line(f.reason), claim.origin or "", len(f.evidence),
                best.source if best else "", best.line if best else "",
                best.page if best and best.page is not None else "",
                f"{best.score:.1f}" if best else "", best.stance.value if best else "",
                one_line(best.text) if best else "", one_line(best.reason) if best else "",
            ])  # fmt: skip
        for s in report.skipped:
            row = dict.fromkeys(COLUMNS, "") | {"record": "skipped", "source": s.ref, "reason": one_line(s.reason)}
            writer.writerow(row.values())
        return out.getvalue()
