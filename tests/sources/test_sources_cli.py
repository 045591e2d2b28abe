"""`factcheck sources list|fetch|index` against the local web server."""

from __future__ import annotations

import json
import sys
import types
from pathlib import Path

import pytest
from fixture_server import WebServer
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.index.base import IndexStats
from factcheck.model import SkippedSource
from factcheck.options import CheckOptions

runner = CliRunner()


@pytest.fixture(autouse=True)
def in_tmp(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)  # no configuration file from the repository is found
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))


def test_fetch_warms_the_cache_and_list_shows_it(web_server: WebServer, tmp_path: Path) -> None:
    cache = str(tmp_path / "cache")
    result = runner.invoke(app, ["sources", "fetch", web_server.url("redirect"), web_server.url("fighters.csv"), "--cache-dir", cache])
    assert result.exit_code == 0, result.stderr
    assert f"fetched {web_server.url('redirect')} (" in result.stdout
    listed = runner.invoke(app, ["sources", "list", "--cache-dir", cache, "--json"])
    records = {r["url"]: r for r in map(json.loads, listed.stdout.splitlines())}
    assert records[web_server.url("redirect")]["final_url"] == web_server.url("article.html")
    assert records[web_server.url("fighters.csv")]["media_type"] == "text/csv"
    assert records[web_server.url("fighters.csv")]["stale"] is False
    table = runner.invoke(app, ["sources", "list", "--cache-dir", cache])
    assert f"{web_server.url('redirect')} -> {web_server.url('article.html')}" in table.stdout
    assert "fresh" in table.stdout


def test_fetch_reports_each_failure_and_exits_2(web_server: WebServer, refused_url: str, tmp_path: Path) -> None:
    args = ["sources", "fetch", web_server.url("missing"), refused_url, web_server.url("notes.txt"),
            "--cache-dir", str(tmp_path / "c"), "--timeout", "0.5", "--retries", "0"]  # fmt: skip
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert f"skipped {web_server.url('missing')}: HTTP 404 Not Found" in result.stderr
    assert f"skipped {refused_url}: connection refused" in result.stderr
    assert f"fetched {web_server.url('notes.txt')}" in result.stdout


def test_fetch_takes_the_urls_of_claims_files(web_server: WebServer, tmp_path: Path) -> None:
    (tmp_path / "claims.yaml").write_text(
        f"sources: [{web_server.url('notes.txt')}]\nclaims:\n  - text: The border is about 1,400 km long.\n"
    )
    result = runner.invoke(app, ["sources", "fetch", "--claims", "claims.yaml", "--cache-dir", str(tmp_path / "c")])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith(f"fetched {web_server.url('notes.txt')}")


def test_fetch_without_urls_is_a_usage_error() -> None:
    result = runner.invoke(app, ["sources", "fetch", "notes/"])
    assert result.exit_code == 2
    assert "no URLs to fetch" in result.stderr


def test_list_of_an_empty_cache_says_so(tmp_path: Path) -> None:
    result = runner.invoke(app, ["sources", "list"])
    assert result.exit_code == 0
    assert result.stdout == ""
    assert f"nothing cached in {tmp_path / 'xdg' / 'factcheck'}" in result.stderr.replace("\n", "")
    assert not (tmp_path / "xdg").exists()  # looking creates nothing


def test_index_calls_the_index_builder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    calls: list[tuple[list[str], CheckOptions]] = []

    def build(refs: list[str], options: CheckOptions) -> IndexStats:
        calls.append((list(refs), options))
        return IndexStats(2, 1, 1, 0, 7, skipped=(SkippedSource("gone.txt", "no such file or folder"),))

    monkeypatch.setitem(sys.modules, "factcheck.index", types.SimpleNamespace(build=build))
    result = runner.invoke(app, ["sources", "index", "notes/", "gone.txt", "--index-dir", "idx", "--offline"])
    assert result.exit_code == 0
    assert calls[0][0] == ["notes/", "gone.txt"]
    assert calls[0][1].index_dir == Path("idx") and calls[0][1].fetch.offline
    assert "2 source(s): 1 indexed, 1 unchanged, 0 removed; 7 passage(s) written" in result.stdout
    assert "skipped gone.txt: no such file or folder" in result.stderr
    strict = runner.invoke(app, ["sources", "index", "notes/", "--strict"])
    assert strict.exit_code == 2
