"""`--format sarif`: SARIF 2.1.0 for code-scanning UIs, a result per claim.

One rule per verdict label. Each result sits at the claim's origin (`path:line` of the article it
was taken from), else its line in the claims file, else its first evidence (see `base.locate`).
The level follows the verdict (contradicted: error, disputed: warning, unverified: note,
supported: none); a claim that fails the run (`--fail-on`, a broken `expect`) is an error.
"""

from __future__ import annotations

import json
from typing import Any

from factcheck import __version__
from factcheck.model import Finding, Report, Verdict
from factcheck.report.base import RenderContext, finish, locate, one_line

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"

LEVELS = {
    Verdict.CONTRADICTED: "error",
    Verdict.DISPUTED: "warning",
    Verdict.UNVERIFIED: "note",
    Verdict.SUPPORTED: "none",
}

DESCRIPTIONS = {
    Verdict.SUPPORTED: "A passage in the sources agrees with the claim and none contradicts it.",
    Verdict.CONTRADICTED: "A passage in the sources disagrees with the claim and none supports it.",
    Verdict.DISPUTED: "The sources disagree among themselves about the claim.",
    Verdict.UNVERIFIED: "Nothing in the sources speaks to the claim well enough to decide.",
}


def _rule(verdict: Verdict) -> dict[str, Any]:
    return {
        "id": verdict.value,
        "name": verdict.value.capitalize(),
        "shortDescription": {"text": f"Claim {verdict.value}"},
        "fullDescription": {"text": DESCRIPTIONS[verdict]},
        "defaultConfiguration": {"level": LEVELS[verdict]},
    }


def message(finding: Finding) -> str:
    """The result's text: verdict and claim, the reason, the expectation, the evidence."""
    lines = [f"{finding.verdict.value}: {one_line(finding.claim.text)}", f"Reason: {one_line(finding.reason)}"]
    if finding.claim.expect is not None:
        lines.append(f"Expected: {finding.claim.expect.value} ({'met' if finding.passed else 'not met'})")
    for e in finding.evidence:
        lines.append(f"- {e.stance.value} {e.source}:{e.line}: {one_line(e.text)} ({one_line(e.reason)})")
    return "\n".join(lines)


def _result(finding: Finding, report: Report, ctx: RenderContext) -> dict[str, Any]:
    where = locate(finding, report)
    level = "error" if finding.fails(ctx.fail_on) else LEVELS[finding.verdict]
    return {
        "ruleId": finding.verdict.value,
        "ruleIndex": list(Verdict).index(finding.verdict),
        "level": level,
        "message": {"text": message(finding)},
        "locations": [
            {"physicalLocation": {"artifactLocation": {"uri": where.path}, "region": {"startLine": where.line}}}
        ],
        "partialFingerprints": {"claimId": finding.claim.id},
        "properties": {
            "claimId": finding.claim.id,
            "confidence": round(finding.confidence, 2),
            "expected": finding.claim.expect.value if finding.claim.expect else None,
            "passed": finding.passed,
        },
    }


class SarifReporter:
    """Renders one SARIF log with one run."""

    def render(self, report: Report, ctx: RenderContext) -> str:
        """The SARIF document (sorted keys, indent 2); skipped sources are tool notifications."""
        notifications = [
            {"level": "error" if ctx.strict else "warning", "message": {"text": f"skipped {s.ref}: {one_line(s.reason)}"},
             "descriptor": {"id": "skipped-source"}}
            for s in report.skipped
        ]  # fmt: skip
        run = {
            "tool": {"driver": {
                "name": "factcheck", "version": __version__,
                "rules": [_rule(v) for v in Verdict],
            }},
            "results": [_result(f, report, ctx) for f in report.findings],
            "invocations": [{"executionSuccessful": not (ctx.strict and report.skipped),
                             "toolExecutionNotifications": notifications}],
        }  # fmt: skip
        log = {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
        return finish(json.dumps(log, sort_keys=True, indent=2, ensure_ascii=False))
