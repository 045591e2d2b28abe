"""Fixtures for source tests: the misbehaving web server (see fixture_server.py), a refused port,
and fetch options with a fresh cache folder and short timeouts."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from fixture_server import WebServer, start, stop

from factcheck.options import FetchOptions


@pytest.fixture(scope="module")
def web_server() -> Iterator[WebServer]:
    """A threaded HTTP server on 127.0.0.1 with the fixture pages and the misbehaving routes.

    Stopped, its handler threads joined, when the module's tests end: a later test that forks
    (`--jobs`) must not copy live threads, or a forked child may wait forever on a lock one of
    them held."""
    server, httpd = start()
    yield server
    stop(server, httpd)


@pytest.fixture
def refused_url() -> str:
    """A URL on a 127.0.0.1 port that nothing listens on: connecting is refused."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/page.html"


@pytest.fixture
def fetch_options(tmp_path: Path) -> FetchOptions:
    """Fetch options for tests: a fresh cache folder, short timeouts, no retries."""
    return FetchOptions(timeout=0.5, retries=0, cache_dir=tmp_path / "cache")
