"""Every golden case in every format: the real pipeline on small fixture sources, byte for byte.

A case is a folder in tests/golden with the arguments of the run (`args`, one a line; `--format`
is added), its inputs, one `expected.<format>` per format and `exit_code`. Rewrite the expected
files with `pytest tests/cli/test_golden.py --update-golden` and review the diff.
"""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import xmlschema
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.report import Format

GOLDEN = Path(__file__).parents[1] / "golden"
SCHEMAS = Path(__file__).parents[1] / "schemas"
CASES = sorted(p for p in GOLDEN.iterdir() if (p / "args").is_file())


@pytest.mark.parametrize("fmt", list(Format))
@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
def test_golden(case: Path, fmt: Format, update_golden: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(case)  # outputs hold relative paths only
    args = [*(case / "args").read_text(encoding="utf-8").split("\n")[:-1], "--format", fmt.value]
    result = CliRunner().invoke(app, args)
    expected, code = case / f"expected.{fmt.value}", case / "exit_code"
    if update_golden:
        expected.write_text(result.stdout, encoding="utf-8")
        code.write_text(f"{result.exit_code}\n", encoding="utf-8")
    assert result.stdout == expected.read_text(encoding="utf-8")
    assert result.exit_code == int(code.read_text(encoding="utf-8")), result.stderr


def test_every_case_has_every_format() -> None:
    assert CASES
    for case in CASES:
        assert {p.suffix[1:] for p in case.glob("expected.*")} == {f.value for f in Format}, case.name


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
def test_golden_sarif_and_junit_are_valid(case: Path) -> None:
    schema = json.loads((SCHEMAS / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(schema).validate(json.loads((case / "expected.sarif").read_text(encoding="utf-8")))
    xmlschema.XMLSchema(SCHEMAS / "junit.xsd").validate(str(case / "expected.junit"))


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
def test_golden_formats_agree_on_the_verdicts(case: Path) -> None:
    rows = [json.loads(line) for line in (case / "expected.jsonl").read_text(encoding="utf-8").splitlines()]
    verdicts = [(r["id"], r["verdict"]) for r in rows if "verdict" in r]
    document = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    assert [(f["id"], f["verdict"]) for f in document["findings"]] == verdicts
    sarif = json.loads((case / "expected.sarif").read_text(encoding="utf-8"))["runs"][0]["results"]
    assert [(r["properties"]["claimId"], r["ruleId"]) for r in sarif] == verdicts
    assert document["summary"]["exit_code"] == int((case / "exit_code").read_text(encoding="utf-8"))
