"""The app as a whole: version, help with examples on every command, completion, inspect."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from factcheck import __version__
from factcheck.cli import app


def _commands() -> list[list[str]]:
    """Every command of the app, sub-commands of groups included."""
    found = [[c.name or ""] for c in app.registered_commands]
    for group in app.registered_groups:
        found += [[group.name or "", c.name or ""] for c in group.typer_instance.registered_commands]
    return found


COMMANDS = _commands()


def test_the_commands_are_registered() -> None:
    assert {"check", "inspect"} <= {c[0] for c in COMMANDS}


def test_version(runner: CliRunner) -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout == f"factcheck {__version__}\n"


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c))
def test_every_command_has_help_with_an_example(runner: CliRunner, command: list[str]) -> None:
    result = runner.invoke(app, [*command, "--help"])
    assert result.exit_code == 0
    example = [line for line in result.stdout.splitlines() if "Example:" in line]
    assert example and f"factcheck {' '.join(command)}" in example[0]


def test_every_registered_command_has_a_docstring() -> None:
    for command in app.registered_commands:
        assert command.callback is not None and command.callback.__doc__, command.name


def test_check_help_lists_every_option(runner: CliRunner) -> None:
    text = runner.invoke(app, ["check", "--help"]).stdout
    for option in ("--claims", "--source", "--format", "--output", "--fail-on", "--top-k", "--strict", "--keep-going",
                   "--quiet", "--width", "--timeout", "--max-bytes", "--cache-dir", "--offline", "--index-dir",
                   "--jobs", "--config"):  # fmt: skip
        assert option in text


def test_shell_completion_is_offered(runner: CliRunner) -> None:
    result = runner.invoke(app, ["--show-completion", "bash"])
    assert result.exit_code == 0 and "factcheck" in result.stdout.lower()


def test_version_does_not_import_the_core() -> None:
    code = "import sys; from factcheck.cli import app; print(sorted(m for m in sys.modules if m in ('factcheck.pipeline', 'factcheck.index', 'factcheck.sources')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_inspect_json_is_the_analysis(runner: CliRunner) -> None:
    from factcheck.analysis import analyse

    text = "Between 2,000 and 4,000 fighters have not returned since 2012."
    result = runner.invoke(app, ["inspect", text, "--format", "json"])
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout) == json.loads(json.dumps(analyse(text).to_dict()))
    assert json.loads(result.stdout)["negations"][0]["cue"] == "not"


def test_inspect_table(runner: CliRunner) -> None:
    result = runner.invoke(app, ["inspect", "About 40% of the 1,400 km border, in 2005.", "--width", "100"])
    assert result.exit_code == 0, result.stderr
    assert "quantities" in result.stdout and "1,400 km" in result.stdout and "40%" in result.stdout
    assert "2005" in result.stdout and "2,005" not in result.stdout
    assert "\x1b[" not in result.stdout


def test_inspect_unknown_format(runner: CliRunner) -> None:
    result = runner.invoke(app, ["inspect", "x", "--format", "csv"])
    assert result.exit_code == 2 and result.stderr.startswith("error: unknown format 'csv'")
