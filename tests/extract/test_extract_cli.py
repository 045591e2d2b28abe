"""`factcheck extract` at the command line: formats, -o, stdin, bad input, and feeding `check`."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.claims import read_claims

ARTICLES = Path(__file__).parent.parent / "fixtures" / "articles"
SEED = "tca-2014-kyrgyzstan-russia-isil.txt"
DEMO_SOURCES = Path(__file__).parent.parent.parent / "demo" / "sources"


@pytest.fixture
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working folder holding copies of the fixture articles; origins are relative to it."""
    for article in ARTICLES.iterdir():
        shutil.copy(article, tmp_path / article.name)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CI", "true")
    monkeypatch.delenv("NO_COLOR", raising=False)
    return tmp_path


def _run(*args: str, stdin: bytes | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["extract", *args], input=stdin)
    return result.exit_code, result.stdout, result.stderr


def test_yaml_to_stdout_by_default(work: Path) -> None:
    code, out, err = _run(SEED)
    assert code == 0, err
    claims = yaml.safe_load(out)["claims"]
    assert claims and all(c["origin"].startswith(f"{SEED}:") for c in claims)
    assert set(claims[0]) == {"id", "text", "origin", "score", "reasons", "quantities"}
    estimate = next(c for c in claims if "2000 to 4000" in c["text"])
    assert {"text": "2000 to 4000", "low": 2000.0, "high": 4000.0} == {
        k: v for q in estimate["quantities"] if q["text"] == "2000 to 4000" for k, v in q.items() if k in ("text", "low", "high")
    }


def test_output_file_is_written_and_stdout_stays_empty(work: Path) -> None:
    code, out, _ = _run(SEED, "-o", "claims.yaml")
    assert code == 0 and out == ""
    assert yaml.safe_load((work / "claims.yaml").read_text(encoding="utf-8"))["claims"]
    assert not [p for p in work.iterdir() if p.name.startswith(".claims.yaml")]  # no temporary left


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_json_formats_hold_the_same_claims(work: Path, fmt: str) -> None:
    _, as_yaml, _ = _run(SEED)
    code, out, _ = _run(SEED, "--format", fmt)
    assert code == 0
    records = json.loads(out)["claims"] if fmt == "json" else [json.loads(line) for line in out.splitlines()]
    assert records == yaml.safe_load(as_yaml)["claims"]


def test_table_is_a_preview_with_the_claim_count(work: Path) -> None:
    code, out, _ = _run(SEED, "--format", "table")
    assert code == 0
    assert "origin" in out and "\x1b[" not in out
    count = len(yaml.safe_load(_run(SEED)[1])["claims"])
    assert out.rstrip().endswith(f"{count} claims")


def test_several_articles_share_one_file_with_unique_ids(work: Path) -> None:
    code, out, _ = _run(SEED, "valmara-port.html", "lake-orvan-drought.md", "mill-closure.txt")
    assert code == 0
    claims = yaml.safe_load(out)["claims"]
    assert len({c["id"] for c in claims}) == len(claims)
    files = [c["origin"].rsplit(":", 1)[0] for c in claims]
    assert files == sorted(files, key=[SEED, "valmara-port.html", "lake-orvan-drought.md", "mill-closure.txt"].index)


def test_a_folder_is_read_whole(work: Path) -> None:
    (work / "in").mkdir()
    shutil.copy(work / "mill-closure.txt", work / "in" / "mill.txt")
    code, out, _ = _run("in")
    assert code == 0 and all(c["origin"].startswith("in/mill.txt:") for c in yaml.safe_load(out)["claims"])


def test_stdin_plain_text(work: Path) -> None:
    code, out, _ = _run("-", stdin=(work / "mill-closure.txt").read_bytes())
    assert code == 0
    assert all(c["origin"].startswith("-:") for c in yaml.safe_load(out)["claims"])


def test_stdin_html(work: Path) -> None:
    code, out, _ = _run("-", stdin=(work / "valmara-port.html").read_bytes())
    assert code == 0
    texts = [c["text"] for c in yaml.safe_load(out)["claims"]]
    assert any("1.4 million containers" in t for t in texts)
    assert not any("subscribers" in t for t in texts)


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.txt", b"", "empty article"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("menu.html", b"<html><body><nav><a href='/'>Home</a></nav></body></html>", "no main text"),
    ],
)
def test_bad_article_is_named_exit_2_and_the_others_still_extracted(
    work: Path, name: str, data: bytes, message: str
) -> None:
    (work / name).write_bytes(data)
    code, out, err = _run(name, "mill-closure.txt")
    assert code == 2
    assert name in err and message in err
    assert any(c["origin"].startswith("mill-closure.txt:") for c in yaml.safe_load(out)["claims"])


def test_missing_path_is_named_with_exit_2(work: Path) -> None:
    code, out, err = _run("nowhere.txt", SEED)
    assert code == 2 and "nowhere.txt" in err
    assert yaml.safe_load(out)["claims"]


def test_min_score_option_is_checked(work: Path) -> None:
    code, _, _ = _run(SEED, "--min-score", "1.5")
    assert code == 2
    _, everything, _ = _run(SEED, "--min-score", "0")
    _, strict, _ = _run(SEED, "--min-score", "0.7")
    assert len(yaml.safe_load(strict)["claims"]) < len(yaml.safe_load(everything)["claims"])


@pytest.mark.parametrize("fmt", ["yaml", "json", "jsonl"])
def test_claims_file_is_read_by_the_claims_reader(work: Path, fmt: str) -> None:
    _run(SEED, "valmara-port.html", "-o", f"claims.{fmt}", "--format", fmt)
    claims = read_claims(f"claims.{fmt}")
    _, as_yaml, _ = _run(SEED, "valmara-port.html")
    written = yaml.safe_load(as_yaml)["claims"]
    assert [c.id for c in claims] == [c["id"] for c in written]
    assert [c.origin for c in claims] == [c["origin"] for c in written]


def test_output_feeds_check_directly(work: Path) -> None:
    _run(SEED, "-o", "claims.yaml")
    count = len(yaml.safe_load((work / "claims.yaml").read_text(encoding="utf-8"))["claims"])
    result = CliRunner().invoke(
        app, ["check", "--claims", "claims.yaml", "-s", str(DEMO_SOURCES), "--format", "jsonl", "--fail-on", "none"]
    )
    assert result.exit_code == 0, result.stderr
    findings = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(findings) == count
    assert {f["verdict"] for f in findings} <= {"supported", "contradicted", "disputed", "unverified"}
