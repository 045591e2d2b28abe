"""Fetch http(s) sources: one cached requests session, timeouts, retries, a size cap, a deadline.

`fetch(url, options)` returns the body as `Raw` or raises `SourceError` naming the URL and the
problem ("HTTP 404", "connection refused", "timed out after 3 s", "body larger than 20,000,000
bytes", "unsupported content type application/zip", "not in the cache (offline)").

Bounds on one fetch: `timeout` seconds to connect and for each read; a body must be read within
`DEADLINE_FACTOR` x `timeout` of its headers (a server that drips bytes is cut off); at most
`max_bytes` of decoded body (counted while streaming, after gzip/deflate/brotli decoding, so an endless body
or a decompression bomb stops at the cap); at most `MAX_REDIRECTS` redirects; `retries` retries
with exponential backoff on connection errors and on 429/5xx answers, honouring `Retry-After`
up to `RETRY_AFTER_CAP` seconds.
"""

from __future__ import annotations

import errno
import socket
import threading
import time
from collections.abc import Generator, Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

import requests
from requests.adapters import HTTPAdapter
from urllib3.connectionpool import ConnectionPool
from urllib3.exceptions import ReadTimeoutError
from urllib3.response import BaseHTTPResponse, HTTPResponse
from urllib3.util.retry import Retry

from factcheck import __version__
from factcheck.errors import SourceError
from factcheck.options import FetchOptions
from factcheck.sources.base import MEDIA_KINDS, Raw, kind_of
from factcheck.sources.cache import CACHE_FILE, FRESH_FOR, cache_dir

if TYPE_CHECKING:
    from requests_cache import CachedSession

USER_AGENT = f"factcheck/{__version__} (claim fact-checker; python-requests/{requests.__version__})"  # type: ignore[attr-defined]
MAX_REDIRECTS = 5
DEADLINE_FACTOR = 6  # reading a body may take this many read timeouts, from its headers on
RETRY_AFTER_CAP = 10.0  # seconds: a longer Retry-After is shortened to this
BACKOFF_FACTOR = 0.5  # seconds; the n-th retry waits BACKOFF_FACTOR * 2**(n-1) (the first does not wait)
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
CHUNK = 64 * 1024
# Media types read as text, besides those with a parser of their own (base.MEDIA_KINDS).
TEXT_TYPES = frozenset({"text/plain", "text/markdown", "text/x-markdown"})
# Media types servers send for any file: the URL's suffix decides then.
GENERIC_TYPES = frozenset({"application/octet-stream", "binary/octet-stream", "application/x-download"})


class BodyTooLarge(Exception):
    """The decoded body passed the size cap while it was being read."""


class DeadlineExceeded(Exception):
    """The download did not finish within its deadline."""


class UnsupportedType(Exception):
    """The server answered with a media type no parser reads."""


@dataclass(frozen=True, slots=True)
class _Limits:
    """The bounds of the fetch in progress in this thread."""

    max_bytes: int
    seconds: float  # how long reading one response's body may take


_LIMITS: ContextVar[_Limits | None] = ContextVar("factcheck_fetch_limits", default=None)


class CappedResponse(HTTPResponse):
    """A urllib3 response whose every body read counts bytes and watches the deadline.

    `read1` returns after at most one socket read, so a server that sends a byte now and then
    cannot keep a read going past the deadline, and a gzip bomb is decoded a chunk at a time.
    """

    deadline: float = float("inf")  # time.monotonic() by which the body must be read

    def _check(self, count: int) -> None:
        limits = _LIMITS.get()
        if limits is None:
            return
        if count > limits.max_bytes:
            self.close()
            raise BodyTooLarge(limits.max_bytes)
        if time.monotonic() > self.deadline:
            self.close()
            raise DeadlineExceeded(limits.seconds)

    def stream(self, amt: int | None = CHUNK, decode_content: bool | None = None) -> Generator[bytes, None, None]:
        """Yield the body in chunks of at most `amt` bytes, within the fetch's limits."""
        count = 0
        while True:
            data = self.read1(amt or CHUNK, decode_content=decode_content)
            if not data:
                return
            count += len(data)
            self._check(count)
            yield data

    def read(self, amt: int | None = None, decode_content: bool | None = None, cache_content: bool = False) -> bytes:
        """Read `amt` bytes, or the whole body within the fetch's limits when `amt` is None."""
        if amt is not None:
            return super().read(amt, decode_content=decode_content, cache_content=cache_content)
        return b"".join(self.stream(CHUNK, decode_content=decode_content))


class CappedAdapter(HTTPAdapter):
    """An HTTP adapter whose responses are `CappedResponse`s; refuses unusable answers early."""

    def build_response(self, req: requests.PreparedRequest, resp: Any) -> requests.Response:
        """Wrap the urllib3 response before requests reads its body."""
        limits = _LIMITS.get()
        if isinstance(resp, HTTPResponse) and not isinstance(resp, CappedResponse):
            resp.__class__ = CappedResponse
        if isinstance(resp, CappedResponse) and limits is not None:
            resp.deadline = time.monotonic() + limits.seconds  # the clock starts with the headers
        response = super().build_response(req, resp)
        length = response.headers.get("Content-Length", "")
        if response.status_code == 200:
            if limits is not None and length.isdigit() and int(length) > limits.max_bytes:
                response.close()
                raise BodyTooLarge(limits.max_bytes)
            media_type = _media_type(response)
            if media_type and not _readable(media_type, response.url or ""):
                response.close()
                raise UnsupportedType(media_type)
        return response


class CappedRetry(Retry):
    """urllib3's Retry that gives up at the first read timeout and caps the server's Retry-After.

    A dropped or reset connection is retried; a server that accepted the request and then went
    silent is not, so a stalled source is reported after one timeout rather than several.
    """

    def increment(
        self,
        method: str | None = None,
        url: str | None = None,
        response: BaseHTTPResponse | None = None,
        error: Exception | None = None,
        _pool: ConnectionPool | None = None,
        _stacktrace: TracebackType | None = None,
    ) -> Self:
        """Count one more try; a read timeout is raised at once."""
        if isinstance(error, ReadTimeoutError):
            raise error.with_traceback(_stacktrace)
        return super().increment(method, url, response, error, _pool, _stacktrace)

    def get_retry_after(self, response: BaseHTTPResponse) -> float | None:
        """The server's Retry-After in seconds, at most RETRY_AFTER_CAP."""
        seconds = super().get_retry_after(response)
        return None if seconds is None else min(seconds, RETRY_AFTER_CAP)


_SESSIONS: dict[tuple[Path, int], CachedSession] = {}
_SESSIONS_LOCK = threading.Lock()


def session(options: FetchOptions) -> CachedSession:
    """The one cached session for these options' cache folder and retry count."""
    from requests_cache import CachedSession  # imported on first fetch: start-up stays fast

    folder = cache_dir(options)
    key = (folder, options.retries)
    with _SESSIONS_LOCK:
        if key not in _SESSIONS:
            folder.mkdir(parents=True, exist_ok=True)
            cached = CachedSession(
                str(folder / CACHE_FILE),
                backend="sqlite",
                expire_after=FRESH_FOR,
                allowable_codes=(200,),
                allowable_methods=("GET",),
                cache_control=False,  # keep pages for FRESH_FOR even when they say no-store: runs must be repeatable
                stale_if_error=False,
            )
            retry = CappedRetry(
                total=options.retries,
                connect=options.retries,
                read=options.retries,  # read timeouts are not retried (see CappedRetry)
                status=options.retries,
                redirect=False,
                backoff_factor=BACKOFF_FACTOR,
                status_forcelist=RETRY_STATUSES,
                allowed_methods=frozenset({"GET", "HEAD"}),
                respect_retry_after_header=True,
                raise_on_status=False,
            )
            adapter = CappedAdapter(max_retries=retry)
            cached.mount("http://", adapter)
            cached.mount("https://", adapter)
            cached.max_redirects = MAX_REDIRECTS
            cached.headers["User-Agent"] = USER_AGENT
            _SESSIONS[key] = cached
        return _SESSIONS[key]


def fetch(url: str, options: FetchOptions) -> Raw:
    """Fetch `url` (from the cache when fresh, or only from it when offline) as a Raw source.

    Raises SourceError naming the URL and the problem; `Raw.source` is `url` as given, also
    after redirects.
    """
    cached = session(options)
    if options.offline:
        response = _from_cache(cached, url)
        if response is None:
            raise SourceError("not in the cache (offline)", path=url)
    else:
        response = _get(cached, url, options)
    if response.status_code != 200:
        raise SourceError(f"HTTP {response.status_code} {response.reason or ''}".rstrip(), path=url)
    if len(response.content) > options.max_bytes:  # cached under a larger --max-bytes
        raise SourceError(f"body larger than {options.max_bytes:,} bytes", path=url)
    return Raw(source=url, data=response.content, media_type=_media_type(response), charset=_charset(response))


def _get(cached: CachedSession, url: str, options: FetchOptions) -> requests.Response:
    """GET `url` within the options' limits, mapping every failure to a SourceError."""
    seconds = options.timeout * DEADLINE_FACTOR
    token = _LIMITS.set(_Limits(options.max_bytes, seconds))
    try:
        return cached.get(url, timeout=(options.timeout, options.timeout))
    except BodyTooLarge:
        raise SourceError(f"body larger than {options.max_bytes:,} bytes", path=url) from None
    except DeadlineExceeded:
        raise SourceError(f"download not finished after {seconds:g} s", path=url) from None
    except UnsupportedType as err:
        raise SourceError(f"unsupported content type {err.args[0]}", path=url) from None
    except requests.TooManyRedirects:
        raise SourceError(f"more than {MAX_REDIRECTS} redirects", path=url) from None
    except requests.exceptions.InvalidURL as err:
        raise SourceError(f"invalid URL ({err})", path=url) from None
    except requests.RequestException as err:
        raise SourceError(_describe(err, options.timeout), path=url) from None
    finally:
        _LIMITS.reset(token)


def _from_cache(cached: CachedSession, url: str) -> requests.Response | None:
    """The cached response for `url`, fresh or stale, without touching the network."""
    try:
        request = cached.prepare_request(requests.Request("GET", url))
    except requests.RequestException as err:
        raise SourceError(f"invalid URL ({err})", path=url) from None
    return cached.cache.get_response(cached.cache.create_key(request))


def _describe(err: BaseException, timeout: float) -> str:
    """A short, plain reason for a requests failure."""
    chain = list(_causes(err))
    if any(isinstance(e, (socket.timeout, TimeoutError)) or "timed out" in str(e).lower() for e in chain):
        return f"timed out after {timeout:g} s"
    if any(isinstance(e, ConnectionRefusedError) or getattr(e, "errno", None) == errno.ECONNREFUSED for e in chain):
        return "connection refused"
    if any(isinstance(e, socket.gaierror) for e in chain):
        return "cannot resolve the host name"
    if isinstance(err, requests.exceptions.SSLError):
        return "TLS error (the server's certificate could not be verified)"
    if isinstance(err, (requests.exceptions.ChunkedEncodingError, requests.exceptions.ContentDecodingError)):
        return "broken response body"
    if any(isinstance(e, (ConnectionResetError, BrokenPipeError)) for e in chain):
        return "connection reset by the server"
    return f"request failed ({type(err).__name__})"


def _causes(err: BaseException) -> Iterator[BaseException]:
    """The error, the errors it wraps (args, reason, cause, context), and theirs."""
    seen: set[int] = set()
    todo: list[BaseException] = [err]
    while todo:
        current = todo.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        for inner in (*current.args, getattr(current, "reason", None), current.__cause__, current.__context__):
            if isinstance(inner, BaseException):
                todo.append(inner)


def _media_type(response: requests.Response) -> str | None:
    """The response's media type, lower case, without parameters; None when not declared."""
    value = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
    return value or None


def _charset(response: requests.Response) -> str | None:
    """The charset parameter of the Content-Type header; None when the server names none."""
    for param in response.headers.get("Content-Type", "").split(";")[1:]:
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def _readable(media_type: str, url: str) -> bool:
    """True when some parser reads this media type (a generic type defers to the URL's suffix)."""
    if media_type in MEDIA_KINDS or media_type in TEXT_TYPES:
        return True
    if media_type in GENERIC_TYPES:
        return kind_of(Raw(source=url, data=b"")) != "text" or url.split("?")[0].endswith((".txt", ".md"))
    return False
