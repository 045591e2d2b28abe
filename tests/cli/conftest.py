"""A clean environment for command-line tests, and a stand-in for the core when a test needs one."""

from __future__ import annotations

import sys
import types
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pytest
from typer.testing import CliRunner

import factcheck
from factcheck.model import Claim, Evidence, Finding, Report, SkippedSource, Stance, Verdict
from factcheck.options import CheckOptions


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ("GITHUB_STEP_SUMMARY", "NO_COLOR", "COLUMNS"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("CI", "true")
    monkeypatch.chdir(tmp_path)


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


class FakeCore:
    """Stands in for factcheck.pipeline: each claim gets the verdict its text names."""

    def __init__(self) -> None:
        self.skipped: tuple[SkippedSource, ...] = ()
        self.calls: list[tuple[list[Claim | str], list[str], CheckOptions]] = []

    def check(self, claims: Sequence[Claim | str], sources: Sequence[str] = (), options: CheckOptions | None = None) -> Report:
        self.calls.append((list(claims), list(sources), options or CheckOptions()))
        records = [c if isinstance(c, Claim) else Claim(id=f"c{i}", text=c) for i, c in enumerate(claims, 1)]
        findings = tuple(self._finding(c) for c in records)
        return Report(findings=findings, skipped=self.skipped, sources=tuple(sources))

    @staticmethod
    def _finding(claim: Claim) -> Finding:
        verdict = next((v for v in Verdict if v.value in claim.text.lower()), Verdict.UNVERIFIED)
        evidence = (Evidence("notes.txt", 1, "a passage", 70.0, Stance.SUPPORTS, "stand-in"),)
        return Finding(claim, verdict, 0.5, f"stand-in: {verdict.value}", evidence)


@pytest.fixture
def fake_core(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeCore]:
    core = FakeCore()
    module = types.ModuleType("factcheck.pipeline")
    module.check = core.check  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "factcheck.pipeline", module)
    monkeypatch.setattr(factcheck, "pipeline", module, raising=False)
    yield core


@pytest.fixture
def write() -> Callable[[str, str], Path]:
    def _write(name: str, text: str) -> Path:
        path = Path(name)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path

    return _write
