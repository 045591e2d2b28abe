"""docs/cli.md shows the CI examples exactly as tests/ci has them (and as test_workflows runs them)."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

HERE = Path(__file__).parent
DOC = HERE.parents[1] / "docs" / "cli.md"


def _yaml_blocks() -> list[object]:
    return [yaml.safe_load(block) for block in re.findall(r"```yaml\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)]


def test_docs_show_the_tested_github_workflow() -> None:
    assert yaml.safe_load((HERE / "github-workflow.yml").read_text(encoding="utf-8")) in _yaml_blocks()


def test_docs_show_the_tested_gitlab_job() -> None:
    assert yaml.safe_load((HERE / "gitlab-ci.yml").read_text(encoding="utf-8")) in _yaml_blocks()


def test_docs_list_every_check_option() -> None:
    from typer.testing import CliRunner

    from factcheck.cli import app

    text = DOC.read_text(encoding="utf-8")
    help_text = CliRunner().invoke(app, ["check", "--help"]).stdout
    for option in set(re.findall(r"(--[a-z][a-z-]+)", help_text)) - {"--help"}:
        assert f"`{option}" in text or f"/ {option}" in text, option
