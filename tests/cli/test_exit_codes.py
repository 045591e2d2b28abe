"""Exit codes in every combination of --fail-on, expect and --strict (PRODUCT.md, "Exit codes").

The core is stood in for (tests/cli/conftest.py): each claim's verdict is the label its text
names, so these tests pin the command line's policy handling, not the checking.
"""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.model import SkippedSource

# verdicts of the claims, `expect` per claim (or None), --fail-on arguments, --strict, a skipped source, exit
CASES = [
    (["supported"], [None], [], False, False, 0),
    (["contradicted"], [None], [], False, False, 1),
    (["contradicted"], [None], ["none"], False, False, 0),
    (["contradicted"], [None], ["disputed"], False, False, 0),
    (["disputed"], [None], [], False, False, 0),
    (["disputed"], [None], ["disputed"], False, False, 1),
    (["disputed", "unverified"], [None, None], ["contradicted,unverified"], False, False, 1),
    (["disputed"], [None], ["contradicted", "disputed"], False, False, 1),
    (["unverified"], [None], ["supported,contradicted,disputed"], False, False, 0),
    (["supported"], ["supported"], [], False, False, 0),
    (["supported"], ["disputed"], [], False, False, 1),
    (["supported"], ["disputed"], ["none"], False, False, 1),
    (["disputed"], ["disputed"], ["none"], False, False, 0),
    (["contradicted"], ["contradicted"], ["none"], False, False, 0),
    (["contradicted"], ["contradicted"], [], False, False, 1),  # in --fail-on, expected or not
    (["supported"], [None], [], False, True, 0),
    (["supported"], [None], [], True, True, 2),
    (["supported"], [None], [], True, False, 0),
    (["contradicted"], [None], [], True, True, 2),
    (["contradicted"], [None], [], False, True, 1),
    (["supported"], ["disputed"], ["none"], True, True, 2),
]


def _claims_yaml(verdicts: list[str], expects: list[str | None]) -> str:
    lines = ["sources: [notes.txt]", "claims:"]
    for i, (verdict, expect) in enumerate(zip(verdicts, expects, strict=True)):
        lines.append(f"  - id: claim-{i}\n    text: The sources call this {verdict}.")
        if expect:
            lines.append(f"    expect: {expect}")
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(("verdicts", "expects", "fail_on", "strict", "skipped", "code"), CASES)
def test_exit_code(runner: CliRunner, fake_core, write, verdicts, expects, fail_on, strict, skipped, code) -> None:
    write("claims.yaml", _claims_yaml(verdicts, expects))
    if skipped:
        fake_core.skipped = (SkippedSource("gone.pdf", "not a PDF"),)
    args = ["check", "--claims", "claims.yaml", "--format", "jsonl"]
    args += [arg for value in fail_on for arg in ("--fail-on", value)]
    args += ["--strict"] if strict else []
    result = runner.invoke(app, args)
    assert result.exit_code == code, result.stderr
    assert len(result.stdout.splitlines()) == len(verdicts) + int(skipped)


@pytest.mark.parametrize(("config", "args", "code"), [
    ('fail-on = "disputed"\n', [], 1),
    ('fail-on = "disputed"\n', ["--fail-on", "contradicted"], 0),
    ('fail-on = "none"\n', [], 0),
    ("strict = true\n", [], 2),
    ("strict = true\n", ["--no-strict"], 0),
])  # fmt: skip
def test_config_policy_and_command_line_precedence(runner: CliRunner, fake_core, write, config, args, code) -> None:
    write("factcheck.toml", config)
    fake_core.skipped = (SkippedSource("gone.pdf", "not a PDF"),)
    result = runner.invoke(app, ["check", "The sources call this disputed.", "-s", "notes.txt", "-f", "json", *args])
    assert result.exit_code == code, result.stderr
