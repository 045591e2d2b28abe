"""The small, frozen records that flow between the pipeline's stages.

sources -> Document -> passages -> Passage -> index -> Hit -> alignment/comparison -> Evidence
-> verdict -> Finding -> Report -> reporters.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from enum import StrEnum

from factcheck.errors import ExitCode


class Verdict(StrEnum):
    """The four verdict labels, in every format."""

    SUPPORTED = "supported"
    CONTRADICTED = "contradicted"
    DISPUTED = "disputed"
    UNVERIFIED = "unverified"


class Stance(StrEnum):
    """How one passage bears on a claim."""

    SUPPORTS = "supports"
    CONTRADICTS = "contradicts"
    RELATED = "related"  # speaks to the claim's subject but neither confirms nor denies it


@dataclass(frozen=True, slots=True)
class Claim:
    """One statement to check, with where it came from."""

    id: str
    text: str
    expect: Verdict | None = None  # the verdict the claims file expects; CI fails when it differs
    sources: tuple[str, ...] = ()  # source refs of this claim (its file's and its own), resolved
    origin: str | None = None  # "path:line" of the article the claim was taken from
    file: str | None = None  # the claims file it was read from, None for typed claims
    line: int | None = None  # 1-based line of the claim in that file


@dataclass(frozen=True, slots=True)
class Block:
    """A stretch of a document's text that is split into passages on its own.

    Plain text is one block; a PDF has a block per page; a CSV a block per row (`atomic`: the
    row is one passage, never split into sentences).
    """

    start: int  # character offset of the block in Document.text
    end: int
    line: int  # 1-based line of the block's first character (the row for CSV, within the page for PDF)
    page: int | None = None  # 1-based PDF page
    atomic: bool = False  # keep the block whole as one passage


@dataclass(frozen=True, slots=True)
class Document:
    """One loaded source: its normalised text and how to cite it."""

    source: str  # how evidence cites it: a path relative to the working folder, or a URL
    text: str  # NFC text with "\n" line ends
    kind: str = "text"  # "text", "markdown", "html", "pdf", "csv"
    blocks: tuple[Block, ...] = ()  # empty: the whole text is one block starting at line 1
    digest: str = ""  # content hash of the raw bytes, for incremental indexing


@dataclass(frozen=True, slots=True)
class Passage:
    """A span of one source's text that claims are matched against (a sentence, a row)."""

    source: str  # Document.source
    text: str
    line: int  # 1-based line where the passage starts (row for CSV; line of the page for PDF)
    start: int  # character offset into the document's text
    end: int
    page: int | None = None  # 1-based PDF page


@dataclass(frozen=True, slots=True)
class Hit:
    """A passage the index returned for a query, with the engine's relevance score."""

    passage: Passage
    score: float  # engine score (BM25 or similar); larger is more relevant, not comparable across engines


@dataclass(frozen=True, slots=True)
class SkippedSource:
    """A source that could not be loaded; reported in every format, not fatal unless --strict."""

    ref: str
    reason: str


@dataclass(frozen=True, slots=True)
class Evidence:
    """A passage cited for a verdict, with its stance and a one-line reason a person can check."""

    source: str
    line: int
    text: str
    score: float  # 0-100 match score of the passage against the claim
    stance: Stance
    reason: str
    page: int | None = None
    start: int | None = None  # character offsets of the passage in its source's text
    end: int | None = None


@dataclass(frozen=True, slots=True)
class Finding:
    """The verdict on one claim, with its confidence, reason and evidence."""

    claim: Claim
    verdict: Verdict
    confidence: float  # in [0, 1]
    reason: str  # one line: why this verdict
    evidence: tuple[Evidence, ...] = ()

    @property
    def passed(self) -> bool | None:
        """Whether the verdict is the expected one; None when the claim expects nothing."""
        return None if self.claim.expect is None else self.verdict == self.claim.expect

    def fails(self, fail_on: frozenset[Verdict]) -> bool:
        """True when this finding fails the run: a verdict in `fail_on` or a broken `expect`."""
        return self.verdict in fail_on or self.passed is False


@dataclass(frozen=True, slots=True)
class Report:
    """Everything one check run found: a finding per claim in input order, and skipped sources."""

    findings: tuple[Finding, ...]
    skipped: tuple[SkippedSource, ...] = ()
    sources: tuple[str, ...] = field(default=())  # the sources that were read, as cited
    notes: tuple[str, ...] = ()  # things the run wants the user to know (e.g. an index rebuilt)

    def counts(self) -> dict[Verdict, int]:
        """How many findings carry each verdict, every label present."""
        seen = Counter(f.verdict for f in self.findings)
        return {v: seen.get(v, 0) for v in Verdict}

    def exit_code(self, fail_on: frozenset[Verdict], *, strict: bool = False) -> ExitCode:
        """0 when nothing failed the policy, 1 when a finding did, 2 for skipped sources under strict."""
        if strict and self.skipped:
            return ExitCode.ERROR
        if any(f.fails(fail_on) for f in self.findings):
            return ExitCode.FINDINGS
        return ExitCode.OK
