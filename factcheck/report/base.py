"""The reporter interface, the context a rendering needs, and the pieces every format shares.

A reporter turns a `Report` into the text of one format. It is pure: no I/O, no clock, no exit
code of its own (the verdicts and the exit status come from the core: `Report.exit_code`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

from factcheck.model import Evidence, Finding, Report, Verdict

DEFAULT_FAIL_ON: frozenset[Verdict] = frozenset({Verdict.CONTRADICTED})


@dataclass(frozen=True, slots=True)
class RenderContext:
    """What a reporter needs besides the report: the run's policy and the terminal's shape."""

    width: int = 100  # columns for the table format
    color: bool = False  # colour codes in the table format; machine formats never have any
    fail_on: frozenset[Verdict] = DEFAULT_FAIL_ON
    strict: bool = False  # skipped sources fail the run (exit 2)


class Reporter(Protocol):
    """Renders a Report as the text of one format; the text ends in exactly one newline."""

    def render(self, report: Report, ctx: RenderContext) -> str:
        """The whole output of this format for `report`."""
        ...


@dataclass(frozen=True, slots=True)
class Location:
    """Where a finding is shown in code-scanning UIs: a file (or URL) and a 1-based line."""

    path: str
    line: int


def split_ref(ref: str) -> Location | None:
    """Read "path:line" (or a bare path, line 1); None for an empty ref."""
    if not ref:
        return None
    path, sep, line = ref.rpartition(":")
    if sep and path and line.isdigit() and int(line) > 0:
        return Location(path, int(line))
    return Location(ref, 1)


def locate(finding: Finding, report: Report) -> Location:
    """The best place to pin a finding on.

    The claim's origin (the article it was taken from), else its line in the claims file, else
    its first evidence, else the first source read; `claims` as a last resort for a typed claim
    checked against nothing readable, so that no result is without a location.
    """
    claim = finding.claim
    if claim.origin and (where := split_ref(claim.origin)) is not None:
        return where
    if claim.file:
        return Location(claim.file, claim.line or 1)
    if finding.evidence:
        first = finding.evidence[0]
        return Location(first.source, first.line)
    refs = report.sources or tuple(s.ref for s in report.skipped)
    return Location(refs[0], 1) if refs else Location("claims", 1)


def weight(finding: Finding, ctx: RenderContext) -> int:
    """How loudly CI formats show a finding: 2 fails the run, 1 contradicted or disputed, 0 otherwise."""
    if finding.fails(ctx.fail_on):
        return 2
    return 1 if finding.verdict in (Verdict.CONTRADICTED, Verdict.DISPUTED) else 0


def evidence_dict(evidence: Evidence) -> dict[str, Any]:
    """One piece of evidence as the JSON Lines contract spells it (plus `page`)."""
    return {
        "source": evidence.source,
        "line": evidence.line,
        "page": evidence.page,
        "text": evidence.text,
        "score": round(evidence.score, 1),
        "stance": evidence.stance.value,
        "reason": evidence.reason,
    }


def finding_dict(finding: Finding, ctx: RenderContext) -> dict[str, Any]:
    """One finding as the JSON Lines contract spells it, plus reason, origin and whether it fails."""
    claim = finding.claim
    return {
        "id": claim.id,
        "claim": claim.text,
        "verdict": finding.verdict.value,
        "confidence": round(finding.confidence, 2),
        "reason": finding.reason,
        "evidence": [evidence_dict(e) for e in finding.evidence],
        "expected": claim.expect.value if claim.expect is not None else None,
        "passed": finding.passed,
        "fails": finding.fails(ctx.fail_on),
        "origin": claim.origin,
        "file": claim.file,
        "line": claim.line,
    }


def summary_dict(report: Report, ctx: RenderContext) -> dict[str, Any]:
    """Counts per verdict, how many claims failed the policy, and the run's exit status."""
    return {
        "claims": len(report.findings),
        "counts": {v.value: n for v, n in report.counts().items()},
        "failed": sum(f.fails(ctx.fail_on) for f in report.findings),
        "expectations_broken": sum(f.passed is False for f in report.findings),
        "skipped_sources": len(report.skipped),
        "fail_on": sorted(v.value for v in ctx.fail_on),
        "strict": ctx.strict,
        "exit_code": int(report.exit_code(ctx.fail_on, strict=ctx.strict)),
    }


def summary_line(report: Report, ctx: RenderContext) -> str:
    """One line for people: "4 claims: 1 supported, 1 contradicted, ... · 2 failed · 1 source skipped"."""
    n = len(report.findings)
    counts = ", ".join(f"{count} {verdict}" for verdict, count in report.counts().items())
    parts = [f"{n} claim{'s' if n != 1 else ''}: {counts}"]
    failed = sum(f.fails(ctx.fail_on) for f in report.findings)
    policy = ", ".join(sorted(ctx.fail_on)) or "none"
    parts.append(f"{failed} failing (fail-on: {policy})")
    broken = sum(f.passed is False for f in report.findings)
    if broken:
        parts.append(f"{broken} expectation{'s' if broken != 1 else ''} not met")
    if report.skipped:
        k = len(report.skipped)
        parts.append(f"{k} source{'s' if k != 1 else ''} skipped")
    return " · ".join(parts)


def one_line(text: str) -> str:
    """Text with its whitespace runs (newlines too) folded into single spaces."""
    return " ".join(text.split())


def finish(text: str) -> str:
    """Text ending in exactly one newline, as every reporter returns it."""
    return text.rstrip("\n") + "\n"
