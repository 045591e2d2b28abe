"""`--format junit`: JUnit XML (the Ant schema CI test reporters read), a testcase per claim.

A claim fails (a `<failure>`) when its verdict is in `--fail-on` or its `expect` is not met. A
skipped source is a testcase of its own: `<skipped>`, or `<error>` under `--strict`. The schema
requires a timestamp and a host name; they are fixed (the epoch, `localhost`) so that the same
report always renders the same bytes. `system-out` lists every claim's verdict and reason.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from factcheck.model import Finding, Report
from factcheck.report.base import RenderContext, finish, one_line

# characters XML 1.0 cannot carry, even escaped
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _text(text: str) -> str:
    return _INVALID_XML.sub("\ufffd", text)


def failure_message(finding: Finding, ctx: RenderContext) -> str:
    """Why a claim fails: a broken expectation first, then the verdict in `--fail-on`."""
    if finding.passed is False and finding.claim.expect is not None:
        return f"expected {finding.claim.expect.value}, got {finding.verdict.value}"
    return f"{finding.verdict.value} (fail-on: {', '.join(sorted(ctx.fail_on))})"


def _details(finding: Finding) -> str:
    lines = [f"verdict: {finding.verdict.value} (confidence {finding.confidence:.2f})", f"reason: {finding.reason}"]
    if finding.claim.origin:
        lines.append(f"origin: {finding.claim.origin}")
    for e in finding.evidence:
        lines.append(f"{e.stance.value} {e.source}:{e.line} (score {e.score:.1f}): {one_line(e.text)} — {e.reason}")
    return _text("\n".join(lines))


class JunitReporter:
    """Renders one `<testsuite>` named `factcheck`."""

    def render(self, report: Report, ctx: RenderContext) -> str:
        """The XML document, indented, with an XML declaration."""
        failing = [f for f in report.findings if f.fails(ctx.fail_on)]
        suite = ET.Element("testsuite", {
            "name": "factcheck", "timestamp": "1970-01-01T00:00:00", "hostname": "localhost",
            "tests": str(len(report.findings) + len(report.skipped)), "failures": str(len(failing)),
            "errors": str(len(report.skipped) if ctx.strict else 0),
            "skipped": str(0 if ctx.strict else len(report.skipped)), "time": "0",
        })  # fmt: skip
        properties = ET.SubElement(suite, "properties")
        ET.SubElement(properties, "property", {"name": "fail-on", "value": ",".join(sorted(ctx.fail_on)) or "none"})
        for f in report.findings:
            name = _text(one_line(f"{f.claim.id}: {f.claim.text}"))
            case = ET.SubElement(suite, "testcase", {"name": name, "classname": f.claim.file or "claims", "time": "0"})
            if f.fails(ctx.fail_on):
                failure = ET.SubElement(case, "failure", {"message": _text(failure_message(f, ctx)), "type": f.verdict.value})
                failure.text = _details(f)
        for s in report.skipped:
            case = ET.SubElement(suite, "testcase", {"name": _text(one_line(f"source: {s.ref}")), "classname": "sources", "time": "0"})
            tag, attrs = ("error", {"type": "skipped-source"}) if ctx.strict else ("skipped", {})
            ET.SubElement(case, tag, {"message": _text(one_line(s.reason)), **attrs})
        out = ET.SubElement(suite, "system-out")
        out.text = _text("\n".join(f"{f.claim.id}: {f.verdict.value} — {one_line(f.reason)}" for f in report.findings))
        err = ET.SubElement(suite, "system-err")
        err.text = _text("\n".join(f"skipped {s.ref}: {one_line(s.reason)}" for s in report.skipped))
        ET.indent(suite)
        return finish(ET.tostring(suite, encoding="unicode", xml_declaration=True))
