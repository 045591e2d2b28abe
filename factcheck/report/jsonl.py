"""`--format jsonl`: one JSON object per claim, in input order (the contract in PRODUCT.md).

Skipped sources follow the claims as objects of their own, `{"skipped": ref, "reason": ...}`,
so a stream reader that keys on `verdict` is not disturbed by them.
"""

from __future__ import annotations

import json

from factcheck.model import Report
from factcheck.report.base import RenderContext, finding_dict, finish


class JsonLinesReporter:
    """Renders a finding per line, then a line per skipped source."""

    def render(self, report: Report, ctx: RenderContext) -> str:
        """One compact JSON object a line, keys sorted."""
        rows = [finding_dict(f, ctx) for f in report.findings]
        rows += [{"skipped": s.ref, "reason": s.reason} for s in report.skipped]
        lines = [json.dumps(row, sort_keys=True, ensure_ascii=False) for row in rows]
        return finish("\n".join(lines)) if lines else ""
