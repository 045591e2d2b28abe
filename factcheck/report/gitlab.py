"""`--format gitlab`: GitLab Code Quality JSON, an issue per claim.

Each claim carries its verdict in `check_name`, so every verdict is there as in the other formats.
Severity: a claim that fails the run is `major`, a contradicted or disputed one `minor`, a
supported or unverified one `info`. A skipped source is an issue too (`critical` under `--strict`). The
fingerprint is stable across runs: a hash of the claim's id, its file and the verdict.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from factcheck.model import Finding, Report
from factcheck.report.base import RenderContext, finish, locate, one_line, weight


def _fingerprint(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]


def _issue(finding: Finding, report: Report, ctx: RenderContext) -> dict[str, Any]:
    severity = ("info", "minor", "major")[weight(finding, ctx)]
    where = locate(finding, report)
    expect = ""
    if finding.claim.expect is not None:
        expect = f" (expected {finding.claim.expect.value}: {'met' if finding.passed else 'not met'})"
    return {
        "type": "issue",
        "check_name": f"factcheck/{finding.verdict.value}",
        "description": f"{finding.verdict.value}{expect}: {finding.claim.id}: {one_line(finding.claim.text)} — {one_line(finding.reason)}",
        "categories": ["Bug Risk"],
        "severity": severity,
        "fingerprint": _fingerprint(finding.claim.id, finding.claim.file or "", finding.verdict.value),
        "location": {"path": where.path, "lines": {"begin": where.line}},
    }


class GitlabReporter:
    """Renders the Code Quality report: a JSON array of issues."""

    def render(self, report: Report, ctx: RenderContext) -> str:
        """An issue per claim in input order, then one per skipped source."""
        issues = [_issue(f, report, ctx) for f in report.findings]
        issues += [
            {"type": "issue", "check_name": "factcheck/skipped-source",
             "description": f"skipped source {s.ref}: {one_line(s.reason)}", "categories": ["Bug Risk"],
             "severity": "critical" if ctx.strict else "minor", "fingerprint": _fingerprint("skipped", s.ref),
             "location": {"path": s.ref, "lines": {"begin": 1}}}
            for s in report.skipped
        ]  # fmt: skip
        return finish(json.dumps(issues, sort_keys=True, indent=2, ensure_ascii=False))
