"""Claims checked against a few notes written for one test, for the core tests."""

from __future__ import annotations

from pathlib import Path

import factcheck
from factcheck.model import Report, Verdict


def checked(folder: Path, claims: list[str], **notes: str) -> Report:
    """The report on `claims` against `folder` (made if missing), once `notes` are written into it
    (file stem -> text, as Markdown)."""
    folder.mkdir(parents=True, exist_ok=True)
    for stem, text in notes.items():
        (folder / f"{stem}.md").write_text(text, encoding="utf-8")
    return factcheck.check(claims, sources=[str(folder)])


def verdicts(folder: Path, claims: list[str], **notes: str) -> list[Verdict]:
    """The verdicts alone, in the claims' order."""
    return [f.verdict for f in checked(folder, claims, **notes).findings]
