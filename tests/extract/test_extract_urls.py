"""Articles given as URLs go through the same loader as sources (a server on 127.0.0.1)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from factcheck.extract import extract_refs
from factcheck.options import FetchOptions

ARTICLES = Path(__file__).parent.parent / "fixtures" / "articles"


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
        pass


@pytest.fixture
def site() -> Iterator[str]:
    """The fixture articles served over HTTP on a free 127.0.0.1 port."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), partial(_Quiet, directory=str(ARTICLES)))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()
    thread.join(timeout=5)


def test_url_article_is_fetched_and_cited_with_its_page_lines(site: str, tmp_path: Path) -> None:
    url = f"{site}/valmara-port.html"
    options = FetchOptions(timeout=2, retries=0, cache_dir=tmp_path / "cache")
    extraction = extract_refs([url], fetch=options)
    assert not extraction.failures
    page = (ARTICLES / "valmara-port.html").read_text(encoding="utf-8").splitlines()
    (claim,) = [c for c in extraction.claims if "1.4 million containers" in c.text]
    assert claim.origin == f"{url}:{claim.line}"
    assert "1.4 million containers" in page[claim.line - 1]


def test_missing_url_is_a_failure_named_by_its_url(site: str, tmp_path: Path) -> None:
    url = f"{site}/gone.html"
    extraction = extract_refs([url, str(ARTICLES / "mill-closure.txt")], fetch=FetchOptions(retries=0, cache_dir=tmp_path))
    assert [f.path for f in extraction.failures] == [url]
    assert extraction.claims
