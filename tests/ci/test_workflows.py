"""The CI examples in tests/ci run as they are: every `run:`/`script:` command on a fixture project.

Install steps are left out (the test runs the installed `factcheck` from this virtual
environment's bin folder); everything else runs in a temporary copy of tests/ci/project with the
same shell options CI uses, and the reports it writes are checked.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
import xmlschema
import yaml

HERE = Path(__file__).parent
SCHEMAS = HERE.parent / "schemas"
BIN = Path(sys.executable).parent


def _is_install(command: str) -> bool:
    return "pip install" in command


def _github_commands() -> list[str]:
    workflow = yaml.safe_load((HERE / "github-workflow.yml").read_text(encoding="utf-8"))
    return [step["run"] for job in workflow["jobs"].values() for step in job["steps"] if "run" in step]


def _gitlab_commands() -> list[str]:
    job = yaml.safe_load((HERE / "gitlab-ci.yml").read_text(encoding="utf-8"))["factcheck"]
    return [*job["before_script"], *job["script"], *job["after_script"]]


def _project(tmp_path: Path) -> Path:
    project = tmp_path / "project"
    shutil.copytree(HERE / "project", project)
    return project


def _run(command: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    assert shutil.which("factcheck", path=env["PATH"]), "factcheck is not installed in the test environment"
    return subprocess.run(["bash", "-e", "-o", "pipefail", "-c", command], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=120)  # fmt: skip


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GITHUB_", "GITLAB_", "NO_COLOR"))}
    return env | {"PATH": f"{BIN}{os.pathsep}{env.get('PATH', '')}", "CI": "true", **extra}


def test_the_examples_have_commands_to_run() -> None:
    assert [c for c in _github_commands() if _is_install(c)] == ["python -m pip install factcheck"]
    assert [c for c in _gitlab_commands() if _is_install(c)] == ["python -m pip install factcheck"]
    assert len(_github_commands()) == 2 and len(_gitlab_commands()) == 3


def test_github_workflow_runs(tmp_path: Path) -> None:
    project = _project(tmp_path)
    summary = tmp_path / "summary.md"
    env = _env(tmp_path, GITHUB_ACTIONS="true", GITHUB_STEP_SUMMARY=str(summary))
    for command in _github_commands():
        if not _is_install(command):
            done = _run(command, project, env)
            assert done.returncode == 0, (command, done.stderr)
            assert done.stdout == ""  # the report went to its file
    sarif = json.loads((project / "factcheck.sarif").read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(json.loads((SCHEMAS / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))).validate(sarif)
    assert len(sarif["runs"][0]["results"]) == 3
    assert summary.read_text(encoding="utf-8").count("## factcheck report") == 1
    assert (project / ".factcheck" / "index").exists()


def test_gitlab_job_runs(tmp_path: Path) -> None:
    project = _project(tmp_path)
    env = _env(tmp_path, GITLAB_CI="true")
    for command in _gitlab_commands():
        if not _is_install(command):
            done = _run(command, project, env)
            assert done.returncode == 0, (command, done.stderr)
    xmlschema.XMLSchema(SCHEMAS / "junit.xsd").validate(str(project / "factcheck-junit.xml"))
    issues = json.loads((project / "gl-code-quality.json").read_text(encoding="utf-8"))
    assert len(issues) == 3 and all(i["location"]["path"] for i in issues)


def test_pre_commit_hook_entry_runs(tmp_path: Path) -> None:
    hooks = yaml.safe_load((HERE.parents[1] / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    hook = next(h for h in hooks if h["id"] == "factcheck")
    project = _project(tmp_path)
    done = _run(" ".join([hook["entry"], *hook["args"]]), project, _env(tmp_path))
    assert done.returncode == 0, done.stderr
    assert "3 claims" in done.stdout
