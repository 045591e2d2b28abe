"""`--format json`: one document with the findings, the skipped sources and the summary."""

from __future__ import annotations

import json

from factcheck.model import Report
from factcheck.report.base import RenderContext, finding_dict, finish, summary_dict


class JsonReporter:
    """Renders the whole report as one JSON document (sorted keys, indent 2)."""

    def render(self, report: Report, ctx: RenderContext) -> str:
        """The document: `findings` (the JSON Lines objects), `skipped`, `sources`, `summary`."""
        document = {
            "findings": [finding_dict(f, ctx) for f in report.findings],
            "skipped": [{"source": s.ref, "reason": s.reason} for s in report.skipped],
            "sources": list(report.sources),
            "summary": summary_dict(report, ctx),
        }
        return finish(json.dumps(document, sort_keys=True, indent=2, ensure_ascii=False))
