"""One sample Report shared by the reporter tests: every verdict, every stance, expectations."""

from __future__ import annotations

import pytest

from factcheck.model import Claim, Evidence, Finding, Report, SkippedSource, Stance, Verdict
from factcheck.report import RenderContext

RECRUITS = Claim(
    id="ca-recruits",
    text="Between 2,000 and 4,000 Central Asians have joined ISIL.",
    expect=Verdict.DISPUTED,
    sources=("notes/",),
    origin="articles/tca-2014.txt:14",
    file="claims/tca.yaml",
    line=4,
)
LAW = Claim(id="law-2012", text='The law on "extremism" | was signed in 2012.', file="claims/tca.yaml", line=9)
BORDER = Claim(id="border", text="Russia has guarded the Tajik-Afghan border since 2005.", expect=Verdict.SUPPORTED)
CSTO = Claim(id="csto", text="Uzbekistan left the CSTO,\nfor good.")


def _evidence(stance: Stance, line: int, text: str, reason: str, score: float = 80.0) -> Evidence:
    return Evidence(source="notes/icg.md", line=line, text=text, score=score, stance=stance, reason=reason)


SAMPLE = Report(
    findings=(
        Finding(
            RECRUITS,
            Verdict.DISPUTED,
            0.74,
            "one passage supports, one contradicts",
            (
                _evidence(Stance.SUPPORTS, 3, "Between 2000 and 4000 fighters came from Central Asia.", "2,000–4,000 within 2,000–4,000", 88.5),
                _evidence(Stance.CONTRADICTS, 7, "Only a few hundred have joined.", "claim 2,000–4,000; source 'a few hundred' = 200–900: no overlap"),
            ),
        ),
        Finding(LAW, Verdict.SUPPORTED, 0.9, "the year agrees", (_evidence(Stance.SUPPORTS, 12, "In 2012 it was signed into law.", "year 2012 = 2012"),)),
        Finding(
            BORDER,
            Verdict.CONTRADICTED,
            0.81,
            "the source says the opposite since 2005",
            (
                _evidence(Stance.CONTRADICTS, 20, "From 2005 it has not controlled the Tajik-Afghan border.", "negation flipped"),
                _evidence(Stance.RELATED, 21, "The 201st base has 7,000 troops.", "speaks to the subject only", 50.0),
            ),
        ),
        Finding(CSTO, Verdict.UNVERIFIED, 0.2, "nothing in the sources speaks to it"),
    ),
    skipped=(SkippedSource("https://example.org/gone.html", "HTTP 404 Not Found"),),
    sources=("notes/icg.md",),
)


@pytest.fixture
def report() -> Report:
    return SAMPLE


@pytest.fixture
def ctx() -> RenderContext:
    return RenderContext(width=100)
