"""urls.fetch against a real server on 127.0.0.1: pages, redirects, failures, the cache."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from fixture_server import WEB, WebServer

from factcheck.errors import SourceError
from factcheck.options import FetchOptions
from factcheck.sources import cache, urls
from factcheck.sources.base import kind_of


def reason(url: str, options: FetchOptions) -> str:
    with pytest.raises(SourceError) as info:
        urls.fetch(url, options)
    assert info.value.path == url  # every failure names the URL as given
    return info.value.message


def test_fetch_returns_the_body_with_its_media_type_and_charset(web_server: WebServer, fetch_options: FetchOptions) -> None:
    raw = urls.fetch(web_server.url("cp1252.html"), fetch_options)
    assert raw.source == web_server.url("cp1252.html")
    assert raw.media_type == "text/html"
    assert raw.charset == "windows-1252"
    assert "Kant air base".encode() in raw.data
    assert kind_of(raw) == "html"


def test_fetch_sends_a_descriptive_user_agent(web_server: WebServer, fetch_options: FetchOptions) -> None:
    urls.fetch(web_server.url("notes.txt"), fetch_options)
    assert web_server.headers["/notes.txt"][-1]["User-Agent"].startswith("factcheck/")


def test_a_redirect_is_followed_and_cited_by_the_url_given(web_server: WebServer, fetch_options: FetchOptions) -> None:
    raw = urls.fetch(web_server.url("redirect"), fetch_options)
    assert raw.source == web_server.url("redirect")
    assert b"Central Asian recruits" in raw.data


def test_a_redirect_loop_is_reported(web_server: WebServer, fetch_options: FetchOptions) -> None:
    assert reason(web_server.url("loop"), fetch_options) == f"more than {urls.MAX_REDIRECTS} redirects"


def test_404_is_reported(web_server: WebServer, fetch_options: FetchOptions) -> None:
    assert reason(web_server.url("missing"), fetch_options) == "HTTP 404 Not Found"


def test_a_refused_connection_is_reported(refused_url: str, fetch_options: FetchOptions) -> None:
    assert reason(refused_url, fetch_options) == "connection refused"


def test_a_server_that_never_answers_times_out(web_server: WebServer, fetch_options: FetchOptions) -> None:
    assert reason(web_server.url("stall"), fetch_options) == "timed out after 0.5 s"


def test_a_body_that_stalls_times_out(web_server: WebServer, fetch_options: FetchOptions) -> None:
    assert reason(web_server.url("stall-body"), fetch_options) == "timed out after 0.5 s"


def test_an_endless_body_stops_at_the_size_cap(web_server: WebServer, fetch_options: FetchOptions) -> None:
    options = dataclasses.replace(fetch_options, max_bytes=1_000_000)
    assert reason(web_server.url("endless"), options) == "body larger than 1,000,000 bytes"


def test_a_gzip_bomb_stops_at_the_size_cap_on_decoded_bytes(web_server: WebServer, fetch_options: FetchOptions) -> None:
    options = dataclasses.replace(fetch_options, max_bytes=1_000_000)
    assert reason(web_server.url("bomb"), options) == "body larger than 1,000,000 bytes"


def test_a_dripping_body_stops_at_the_deadline(web_server: WebServer, fetch_options: FetchOptions) -> None:
    # each byte comes well within the read timeout, so only the whole-download deadline stops it
    options = dataclasses.replace(fetch_options, timeout=0.2)
    seconds = 0.2 * urls.DEADLINE_FACTOR
    assert reason(web_server.url("drip"), options) == f"download not finished after {seconds:g} s"


def test_an_unsupported_media_type_is_refused(web_server: WebServer, fetch_options: FetchOptions) -> None:
    assert reason(web_server.url("zip"), fetch_options) == "unsupported content type application/zip"


def test_5xx_is_retried_with_backoff(web_server: WebServer, fetch_options: FetchOptions, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(urls, "BACKOFF_FACTOR", 0.01)
    before = web_server.hits["/flaky"]
    options = dataclasses.replace(fetch_options, retries=3)
    assert urls.fetch(web_server.url("flaky"), options).data == b"The flaky page finally answered."
    assert web_server.hits["/flaky"] - before == 3


def test_a_dropped_connection_is_retried(web_server: WebServer, fetch_options: FetchOptions) -> None:
    options = dataclasses.replace(fetch_options, retries=1)
    assert urls.fetch(web_server.url("drop-once"), options).data == b"Answered on the second try."
    assert web_server.hits["/drop-once"] == 2


def test_a_stalled_server_is_not_retried(web_server: WebServer, fetch_options: FetchOptions) -> None:
    options = dataclasses.replace(fetch_options, retries=2, timeout=0.2)
    before = web_server.hits["/stall"]
    assert reason(web_server.url("stall"), options) == "timed out after 0.2 s"
    assert web_server.hits["/stall"] - before == 1


def test_retry_after_is_capped(web_server: WebServer, fetch_options: FetchOptions, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(urls, "RETRY_AFTER_CAP", 0.01)  # the server asks for an hour
    options = dataclasses.replace(fetch_options, retries=1)
    before = web_server.hits["/slow-retry"]
    assert reason(web_server.url("slow-retry"), options) == "HTTP 429 Too Many Requests"
    assert web_server.hits["/slow-retry"] - before == 2


def test_a_second_fetch_is_answered_from_the_cache(web_server: WebServer, fetch_options: FetchOptions) -> None:
    first = urls.fetch(web_server.url("fighters.csv"), fetch_options)
    hits = web_server.hits["/fighters.csv"]
    second = urls.fetch(web_server.url("fighters.csv"), fetch_options)
    assert second == first
    assert web_server.hits["/fighters.csv"] == hits


def test_offline_answers_from_the_cache_and_names_what_is_missing(web_server: WebServer, fetch_options: FetchOptions) -> None:
    online = urls.fetch(web_server.url("redirect"), fetch_options)
    offline = dataclasses.replace(fetch_options, offline=True)
    hits = sum(web_server.hits.values())
    assert urls.fetch(web_server.url("redirect"), offline) == online
    assert reason(web_server.url("notes.txt"), offline) == "not in the cache (offline)"
    assert sum(web_server.hits.values()) == hits


def test_offline_uses_a_stale_entry(web_server: WebServer, fetch_options: FetchOptions, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(urls, "FRESH_FOR", 0)  # stored already stale (kept because it has an ETag)
    options = dataclasses.replace(fetch_options, cache_dir=fetch_options.cache_dir / "stale")  # type: ignore[operator]
    online = urls.fetch(web_server.url("etag"), options)
    assert all(entry.stale for entry in cache.entries(urls.session(options)))
    assert urls.fetch(web_server.url("etag"), dataclasses.replace(options, offline=True)) == online


def test_a_stale_entry_is_revalidated_with_its_etag(web_server: WebServer, fetch_options: FetchOptions, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(urls, "FRESH_FOR", 0)
    options = dataclasses.replace(fetch_options, cache_dir=fetch_options.cache_dir / "etag")  # type: ignore[operator]
    first = urls.fetch(web_server.url("etag"), options)
    second = urls.fetch(web_server.url("etag"), options)
    assert second.data == first.data == b"Versioned page: 42 reports."
    assert web_server.headers["/etag"][-1].get("If-None-Match") == '"v1"'


def test_cache_entries_list_what_was_fetched_and_when(web_server: WebServer, fetch_options: FetchOptions) -> None:
    urls.fetch(web_server.url("redirect"), fetch_options)
    found = {entry.url: entry for entry in cache.entries(urls.session(fetch_options))}
    entry = found[web_server.url("redirect")]
    assert entry.final_url == web_server.url("article.html")
    assert entry.media_type == "text/html"
    assert entry.size == len((WEB / "article.html").read_bytes())
    assert abs(entry.fetched - datetime.now(timezone.utc)) < timedelta(minutes=5)
    assert not entry.stale


def test_a_cached_body_over_a_smaller_cap_is_refused(web_server: WebServer, fetch_options: FetchOptions) -> None:
    urls.fetch(web_server.url("article.html"), fetch_options)
    for offline in (False, True):
        options = dataclasses.replace(fetch_options, max_bytes=100, offline=offline)
        assert reason(web_server.url("article.html"), options) == "body larger than 100 bytes"


@pytest.mark.parametrize("offline", [False, True])
def test_an_invalid_url_is_reported(offline: bool, fetch_options: FetchOptions) -> None:
    options = dataclasses.replace(fetch_options, offline=offline)
    assert reason("http://", options).startswith("invalid URL")


def test_failures_are_not_cached(web_server: WebServer, fetch_options: FetchOptions) -> None:
    reason(web_server.url("missing"), fetch_options)
    assert web_server.url("missing") not in {e.url for e in cache.entries(urls.session(fetch_options))}
    offline = dataclasses.replace(fetch_options, offline=True)
    assert reason(web_server.url("missing"), offline) == "not in the cache (offline)"


def test_cache_dir_follows_the_option_then_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache.cache_dir(FetchOptions()) == tmp_path / "xdg" / "factcheck"
    assert cache.cache_dir(FetchOptions(cache_dir=tmp_path / "mine")) == tmp_path / "mine"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert cache.cache_dir(FetchOptions()) == tmp_path / "home" / ".cache" / "factcheck"
