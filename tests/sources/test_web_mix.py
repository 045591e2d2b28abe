"""End to end: claims checked against a mix of web sources, some of them failing, then offline.

The mix: an HTML page wrapped in chrome reached through a redirect, a windows-1252 page, a PDF,
a CSV table and a text page behind a redirect; plus a 404, a refused port, a stalled server and
an endless body, each of which must be reported as skipped without changing any verdict.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from fixture_server import WebServer

from factcheck.model import Report, Verdict
from factcheck.options import CheckOptions, FetchOptions

pipeline = pytest.importorskip("factcheck.pipeline", reason="the pipeline is not there yet")

# claim -> (verdict, the source path it must cite first, the line, the PDF page); None: cites nothing
CLAIMS: dict[str, tuple[Verdict, str | None, int, int | None]] = {
    "Between 2,000 and 4,000 citizens of the Central Asian states have left for Islamic State territory.": (
        Verdict.SUPPORTED, "redirect", 2, None,
    ),
    "Russia's Kant air base near Bishkek hosts about 700 servicemen.": (Verdict.SUPPORTED, "cp1252.html", 2, None),
    "Kyrgyzstan signed the law on extremism in 2012.": (Verdict.SUPPORTED, "report.pdf", 2, 2),
    "Kyrgyzstan signed the law on extremism in 2009.": (Verdict.CONTRADICTED, "report.pdf", 2, 2),
    "The ICSR tally counted 500 fighters from Uzbekistan.": (Verdict.SUPPORTED, "fighters.csv", 3, None),
    "The ICSR tally counted 900 fighters from Uzbekistan.": (Verdict.CONTRADICTED, "fighters.csv", 3, None),
    "The Tajik-Afghan border is about 1,400 km long.": (Verdict.SUPPORTED, "moved-notes", 2, None),
    "Regional Briefing has 25,000 newsletter subscribers.": (Verdict.UNVERIFIED, None, 0, None),  # page chrome
}
GOOD = ("redirect", "cp1252.html", "report.pdf", "fighters.csv", "moved-notes")


@pytest.fixture
def options(tmp_path: Path) -> CheckOptions:
    return CheckOptions(fetch=FetchOptions(timeout=0.5, retries=0, max_bytes=2_000_000, cache_dir=tmp_path / "cache"))


def assert_verdicts_and_citations(report: Report, server: WebServer) -> None:
    for finding in report.findings:
        verdict, path, line, page = CLAIMS[finding.claim.text]
        assert finding.verdict == verdict, finding
        if path is None:
            assert not any("25,000" in e.text or "subscribers" in e.text for e in finding.evidence)
            continue
        cited = finding.evidence[0]
        assert (cited.source, cited.line, cited.page) == (server.url(path), line, page), finding


def test_claims_against_a_web_mix_with_failures_then_offline(
    web_server: WebServer, refused_url: str, options: CheckOptions
) -> None:
    failing = {
        web_server.url("missing"): "HTTP 404 Not Found",
        refused_url: "connection refused",
        web_server.url("stall"): "timed out after 0.5 s",
        web_server.url("endless"): "body larger than 2,000,000 bytes",
    }
    refs = [*(web_server.url(path) for path in GOOD), *failing]
    report = pipeline.check(list(CLAIMS), refs, options)
    assert_verdicts_and_citations(report, web_server)
    assert {s.ref: s.reason for s in report.skipped} == failing

    offline = dataclasses.replace(options, fetch=dataclasses.replace(options.fetch, offline=True))
    hits = sum(web_server.hits.values())
    again = pipeline.check(list(CLAIMS), refs, offline)
    assert sum(web_server.hits.values()) == hits  # nothing was fetched
    assert_verdicts_and_citations(again, web_server)
    assert {s.ref: s.reason for s in again.skipped} == dict.fromkeys(failing, "not in the cache (offline)")


def test_a_failing_source_does_not_change_other_verdicts(web_server: WebServer, refused_url: str, options: CheckOptions) -> None:
    claims = list(CLAIMS)
    refs = [web_server.url(path) for path in GOOD]
    alone = pipeline.check(claims, refs, options)
    with_failures = pipeline.check(claims, [*refs, web_server.url("missing"), refused_url], options)
    assert [(f.verdict, f.evidence) for f in alone.findings] == [(f.verdict, f.evidence) for f in with_failures.findings]
