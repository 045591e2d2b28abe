"""How long each misbehaving server takes to be reported by `urls.fetch`, and what is reported.

Starts the test web server (tests/sources/fixture_server.py) on 127.0.0.1, fetches each of its
misbehaving routes and a refused port with the given options, and prints the time and the reason.
Nothing leaves the machine.

    python benchmarks/fetch_failures.py [--timeout 3] [--retries 2] [--max-bytes 20000000]
"""

from __future__ import annotations

import argparse
import socket
import sys
import tempfile
import time
from pathlib import Path

from factcheck.errors import SourceError
from factcheck.options import FetchOptions
from factcheck.sources import urls

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "sources"))
import fixture_server  # noqa: E402  (a test helper, found through the path above)

ROUTES = ("missing", "stall", "stall-body", "endless", "bomb", "drip", "zip", "loop", "redirect", "report.pdf")


def refused_url() -> str:
    """A URL on a local port nothing listens on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{sock.getsockname()[1]}/refused"


def main() -> None:
    """Fetch every misbehaving route once and print seconds and outcome."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--timeout", type=float, default=3.0)
    parser.add_argument("--retries", type=int, default=2)
    parser.add_argument("--max-bytes", type=int, default=20_000_000)
    args = parser.parse_args()
    server, httpd = fixture_server.start()
    with tempfile.TemporaryDirectory() as cache:
        options = FetchOptions(timeout=args.timeout, retries=args.retries, max_bytes=args.max_bytes, cache_dir=Path(cache))
        print(f"timeout {args.timeout:g} s, retries {args.retries}, max-bytes {args.max_bytes:,}")
        for url in (*(server.url(route) for route in ROUTES), refused_url()):
            started = time.monotonic()
            try:
                outcome = f"fetched {len(urls.fetch(url, options).data):,} bytes"
            except SourceError as err:
                outcome = err.message
            print(f"{url.rsplit('/', 1)[-1]:<12} {time.monotonic() - started:6.2f} s  {outcome}")
    fixture_server.stop(server, httpd)


if __name__ == "__main__":
    main()
