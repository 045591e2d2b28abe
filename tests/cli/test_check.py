"""`factcheck check`: options, streams, files, and every kind of bad input (core stood in)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.model import Claim, SkippedSource


def test_claim_texts_and_sources_reach_the_core(runner: CliRunner, fake_core) -> None:
    result = runner.invoke(app, ["check", "It is supported.", "-s", "notes/", "-s", "https://example.org/a.html", "-f", "jsonl"])
    assert result.exit_code == 0, result.stderr
    claims, sources, _ = fake_core.calls[0]
    assert claims == ["It is supported."] and sources == ["notes/", "https://example.org/a.html"]
    assert json.loads(result.stdout)["verdict"] == "supported"


def test_options_reach_the_core(runner: CliRunner, fake_core, tmp_path: Path) -> None:
    args = ["check", "x", "-s", "n", "--top-k", "2", "--timeout", "3", "--max-bytes", "99", "--cache-dir", "c",
            "--offline", "--index-dir", "i", "--jobs", "3", "-f", "json"]  # fmt: skip
    assert runner.invoke(app, args).exit_code == 0
    options = fake_core.calls[0][2]
    assert (options.top_k, options.jobs, options.index_dir) == (2, 3, Path("i"))
    assert (options.fetch.timeout, options.fetch.max_bytes, options.fetch.cache_dir, options.fetch.offline) == (3.0, 99, Path("c"), True)


def test_source_option_replaces_configured_sources(runner: CliRunner, fake_core, write) -> None:
    write("factcheck.toml", 'sources = ["configured/"]\ntop-k = 4\n')
    runner.invoke(app, ["check", "x", "-f", "json"])
    runner.invoke(app, ["check", "x", "-s", "given/", "-f", "json"])
    assert [call[1] for call in fake_core.calls] == [["configured"], ["given/"]]
    assert fake_core.calls[0][2].top_k == 4


def test_claims_files_are_read_in_order_and_keep_their_sources(runner: CliRunner, fake_core, write) -> None:
    write("claims/a.yaml", "sources: [../notes/]\nclaims:\n  - text: First is supported.\n")
    write("more.txt", "Second is disputed.\n")
    result = runner.invoke(app, ["check", "Typed one.", "--claims", "claims/", "--claims", "more.txt", "-f", "jsonl"])
    assert result.exit_code == 0, result.stderr
    claims = fake_core.calls[0][0]
    assert claims[0] == "Typed one."
    assert [c.text for c in claims[1:]] == ["First is supported.", "Second is disputed."]
    assert isinstance(claims[1], Claim) and claims[1].sources
    assert [json.loads(line)["verdict"] for line in result.stdout.splitlines()] == ["unverified", "supported", "disputed"]


def test_stdout_carries_data_only_and_warnings_go_to_stderr(runner: CliRunner, fake_core) -> None:
    fake_core.skipped = (SkippedSource("https://example.org/gone", "HTTP 404"),)
    result = runner.invoke(app, ["check", "It is supported.", "-s", "n", "-f", "jsonl"])
    assert result.exit_code == 0
    assert "warning: skipped https://example.org/gone: HTTP 404" in result.stderr
    assert "warning" not in result.stdout.split("\n")[0]
    quiet = runner.invoke(app, ["check", "It is supported.", "-s", "n", "-f", "jsonl", "--quiet"])
    assert quiet.stderr == ""


def test_output_file_is_written_and_stdout_stays_empty(runner: CliRunner, fake_core) -> None:
    result = runner.invoke(app, ["check", "It is contradicted.", "-s", "n", "-f", "sarif", "-o", "out.sarif"])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert json.loads(Path("out.sarif").read_text(encoding="utf-8"))["version"] == "2.1.0"
    assert [p.name for p in Path().iterdir() if p.name.startswith(".out.sarif")] == []  # no temp file left


def test_github_step_summary_is_appended(runner: CliRunner, fake_core, monkeypatch: pytest.MonkeyPatch) -> None:
    summary = Path("summary.md")
    summary.write_text("earlier step\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary.resolve()))
    runner.invoke(app, ["check", "It is disputed.", "-s", "n", "-f", "github"])
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("earlier step\n## factcheck report") and "disputed" in text


def test_table_is_the_default_and_width_is_honoured(runner: CliRunner, fake_core) -> None:
    result = runner.invoke(app, ["check", "It is supported.", "-s", "n", "--width", "60"])
    assert result.exit_code == 0
    assert "supported" in result.stdout and "1 claim" in result.stdout
    assert max(len(line) for line in result.stdout.splitlines()) <= 60
    assert "\x1b[" not in result.stdout


def test_config_may_change_the_format(runner: CliRunner, fake_core, write) -> None:
    write("factcheck.toml", 'format = "jsonl"\n')
    assert json.loads(runner.invoke(app, ["check", "x", "-s", "n"]).stdout)["id"] == "c1"
    assert "," in runner.invoke(app, ["check", "x", "-s", "n", "-f", "csv"]).stdout.splitlines()[0]


def _one_line_error(result, needle: str) -> None:
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert lines[0].startswith("error: ") and needle in lines[0], result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""


@pytest.mark.parametrize(("args", "needle"), [
    (["check", "x", "-s", "n", "--format", "xml"], "unknown format 'xml'"),
    (["check", "x", "-s", "n", "--fail-on", "contradictd"], "unknown verdict 'contradictd'"),
    (["check", "x", "-s", "n", "--fail-on", "none,disputd"], "unknown verdict 'disputd'"),
    (["check", "x", "-s", "n", "-o", "missing/report.xml"], "missing: the output folder does not exist"),
    (["check", "-s", "n"], "no claims to check"),
    (["check", "--claims", "nowhere.yaml", "-s", "n"], "nowhere.yaml"),
])  # fmt: skip
def test_bad_input_is_one_line_and_exit_2(runner: CliRunner, fake_core, args: list[str], needle: str) -> None:
    _one_line_error(runner.invoke(app, args), needle)
    assert fake_core.calls == []


def test_misspelt_expect_in_a_claims_file(runner: CliRunner, fake_core, write) -> None:
    write("claims.yaml", "claims:\n  - text: x\n    expect: suported\n")
    _one_line_error(runner.invoke(app, ["check", "--claims", "claims.yaml", "-s", "n"]), "suported")
    assert "claims.yaml:" in runner.invoke(app, ["check", "--claims", "claims.yaml", "-s", "n"]).stderr


def test_malformed_config_is_exit_2_naming_the_file(runner: CliRunner, fake_core, write) -> None:
    write("factcheck.toml", "top-k = 3\nfail-on = [\n")
    _one_line_error(runner.invoke(app, ["check", "x", "-s", "n"]), "factcheck.toml:")


def test_fatal_error_is_also_json_on_stderr_for_json_formats(runner: CliRunner, fake_core) -> None:
    result = runner.invoke(app, ["check", "x", "-s", "n", "-f", "sarif", "-o", "missing/out.sarif"])
    assert result.exit_code == 2
    error = json.loads(result.stderr.strip().splitlines()[-1])["error"]
    assert error["type"] == "UsageError" and error["exit_code"] == 2 and "output folder" in error["message"]


def test_keep_going_checks_the_other_files_and_exits_2(runner: CliRunner, fake_core, write) -> None:
    write("good.yaml", "claims:\n  - text: It is supported.\n")
    write("bad.yaml", "claims:\n  - text: [unclosed\n")
    stopped = runner.invoke(app, ["check", "--claims", "bad.yaml", "--claims", "good.yaml", "-s", "n", "-f", "jsonl"])
    assert stopped.exit_code == 2 and stopped.stdout == "" and fake_core.calls == []
    going = runner.invoke(app, ["check", "--claims", "bad.yaml", "--claims", "good.yaml", "-s", "n", "-f", "jsonl", "--keep-going"])
    assert going.exit_code == 2
    assert "error: bad.yaml" in going.stderr
    assert [json.loads(line)["verdict"] for line in going.stdout.splitlines()] == ["supported"]


def test_no_sources_at_all_is_exit_2_saying_how_to_give_some(runner: CliRunner) -> None:
    result = runner.invoke(app, ["check", "A claim with nothing to check it against."])
    assert result.exit_code == 2
    assert "error: no sources" in result.stderr and "--source" in result.stderr


def test_a_crash_in_the_core_exits_2_not_1(runner: CliRunner, fake_core, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(fake_core, "check", broken)
    import factcheck

    monkeypatch.setattr(factcheck.pipeline, "check", broken)
    result = runner.invoke(app, ["check", "x", "-s", "n", "-f", "json"])
    assert result.exit_code == 2
    assert "error: internal error: RuntimeError: boom" in result.stderr
    assert json.loads(result.stderr.strip().splitlines()[-1])["error"]["exit_code"] == 2


def test_config_error_is_json_too_when_format_is_given(runner: CliRunner, fake_core, write) -> None:
    write("factcheck.toml", "colour = true\n")
    result = runner.invoke(app, ["check", "x", "-s", "n", "--format", "jsonl"])
    assert result.exit_code == 2
    error = json.loads(result.stderr.strip().splitlines()[-1])["error"]
    assert error["type"] == "ConfigError" and error["path"] == "factcheck.toml" and error["line"] == 1


def test_claims_from_stdin(runner: CliRunner, fake_core) -> None:
    result = runner.invoke(app, ["check", "--claims", "-", "-s", "n", "-f", "jsonl"], input="One is supported.\nTwo is disputed.\n")
    assert result.exit_code == 0, result.stderr
    assert [json.loads(line)["verdict"] for line in result.stdout.splitlines()] == ["supported", "disputed"]


def test_strict_shows_unreadable_sources_as_errors_even_when_quiet(runner: CliRunner, fake_core) -> None:
    fake_core.skipped = (SkippedSource("gone.pdf", "not a PDF"),)
    result = runner.invoke(app, ["check", "It is supported.", "-s", "n", "-f", "json", "--strict", "--quiet"])
    assert result.exit_code == 2
    assert result.stderr == "error: cannot read gone.pdf: not a PDF (--strict)\n"
    assert json.loads(result.stdout)["summary"]["exit_code"] == 2
