"""The test web server: a real HTTP server on 127.0.0.1 that serves the web fixtures and misbehaves.

Routes: every file under tests/fixtures/web/ at its relative path (with the media type and
charset listed in SERVED), plus:
  /missing         404
  /redirect        302 to /article.html          /loop   302 to itself, forever
  /moved-notes     302 to /notes.txt
  /stall           accepts, then sends nothing   /stall-body  headers, then nothing
  /endless         200 text/plain, an endless body (bounded by ENDLESS_LIMIT)
  /drip            200 text/plain, one byte every DRIP_PAUSE seconds
  /bomb            200 gzip-encoded text that inflates to BOMB_SIZE bytes
  /misdeclared     windows-1252 bytes served as charset=utf-8
  /latin1-utf8     UTF-8 bytes served as charset=iso-8859-1
  /zip             application/zip
  /flaky           503 (Retry-After: 0) for the first two requests, then a page
  /drop-once       closes the first connection without an answer, then a page
  /etag            a page with an ETag; answers 304 to a matching If-None-Match
  /report.pdf /encrypted.pdf /broken.pdf   PDFs made at start-up
Every request is counted in `server.hits[path]`. No handler loops without a bound.
"""

from __future__ import annotations

import gzip
import socket
import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from io import BytesIO
from pathlib import Path

WEB = Path(__file__).parent.parent / "fixtures" / "web"
SERVED = {  # file -> Content-Type it is served with
    "article.html": "text/html; charset=utf-8",
    "cp1252.html": "text/html; charset=windows-1252",
    "meta-charset.html": "text/html",
    "empty.html": "text/html; charset=utf-8",
    "fighters.csv": "text/csv; charset=utf-8",
    "fighters.tsv": "text/tab-separated-values",
    "notes.txt": "text/plain; charset=utf-8",
}
ENDLESS_LIMIT = 200_000_000  # bytes: the endless body stops here if nobody hangs up first
DRIP_PAUSE = 0.05  # seconds between the bytes of /drip
DRIP_LIMIT = 30.0  # seconds: /drip stops here if nobody hangs up first
STALL_LIMIT = 10.0  # seconds a stalled handler waits at most
BOMB_SIZE = 50_000_000  # bytes the gzip bomb inflates to
CP1252_TEXT = "Figures vary – from 2,000 to 4,000 – say “analysts” in 2014."


def make_pdf(pages: list[list[str]]) -> bytes:
    """A minimal valid PDF with one Helvetica text line per string, a page per list."""
    objects: list[bytes] = []
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(len(pages)))
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode())
    font_id = 3 + 2 * len(pages)
    for i, lines in enumerate(pages):
        ops = ["BT", "/F1 12 Tf", "14 TL", "72 720 Td"]
        for line in lines:
            escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            ops += [f"({escaped}) Tj", "T*"]
        ops.append("ET")
        stream = "\n".join(ops).encode("latin-1")
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {4 + 2 * i} 0 R "
            f"/Resources << /Font << /F1 {font_id} 0 R >> >> >>".encode()
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    out = BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


REPORT_PAGES = [
    ["Central Asian fighters in Syria and Iraq", "A report on recruitment, 2015."],
    [
        "The ICSR estimated that 360 fighters came from Turkmenistan.",
        "Kyrgyzstan signed the law on extremism in 2012.",
    ],
]


def encrypted_pdf() -> bytes:
    """REPORT_PAGES as a PDF that opens only with a password (RC4: no crypto library needed)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(BytesIO(make_pdf(REPORT_PAGES))))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


@dataclass
class WebServer:
    """The running test server: its base URL and how often each path was asked for."""

    base: str
    hits: Counter[str] = field(default_factory=Counter)
    headers: dict[str, list[dict[str, str]]] = field(default_factory=dict)  # request headers by path
    stop: threading.Event = field(default_factory=threading.Event)

    def url(self, path: str) -> str:
        """The absolute URL of `path` on this server."""
        return self.base + "/" + path.lstrip("/")


def _handler(server: WebServer, pdfs: dict[str, bytes], bomb: bytes) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
            pass

        def _send(self, status: int, body: bytes, content_type: str, extra: dict[str, str] | None = None) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            for name, value in (extra or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)

        def _redirect(self, target: str) -> None:
            self.send_response(302)
            self.send_header("Location", target)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def _stream(self, chunks: Iterator[bytes], content_type: str = "text/plain") -> None:
            self.send_response(200)
            self.send_header("Content-Type", content_type)
            self.end_headers()
            try:
                for chunk in chunks:
                    self.wfile.write(chunk)
                    self.wfile.flush()
            except (BrokenPipeError, ConnectionResetError):
                pass

        def do_GET(self) -> None:
            path = self.path.split("?")[0]
            server.hits[path] += 1
            server.headers.setdefault(path, []).append(dict(self.headers))
            name = path.lstrip("/")
            if name in SERVED:
                self._send(200, (WEB / name).read_bytes(), SERVED[name])
            elif name in pdfs:
                self._send(200, pdfs[name], "application/pdf")
            elif path == "/redirect":
                self._redirect("/article.html")
            elif path == "/moved-notes":
                self._redirect("/notes.txt")
            elif path == "/loop":
                self._redirect("/loop")
            elif path == "/stall":
                server.stop.wait(STALL_LIMIT)
            elif path == "/stall-body":
                self.send_response(200)
                self.send_header("Content-Type", "text/plain")
                self.send_header("Content-Length", "1000")
                self.end_headers()
                self.wfile.flush()
                server.stop.wait(STALL_LIMIT)
            elif path == "/endless":
                self._stream(b"endless " * 8192 for _ in range(ENDLESS_LIMIT // 65536))
            elif path == "/drip":
                self._stream(self._drip())
            elif path == "/bomb":
                self._send(200, bomb, "text/plain; charset=utf-8", {"Content-Encoding": "gzip"})
            elif path == "/misdeclared":
                body = f"<html><body><p>{CP1252_TEXT}</p></body></html>".encode("cp1252")
                self._send(200, body, "text/plain; charset=utf-8")
            elif path == "/latin1-utf8":
                self._send(200, CP1252_TEXT.encode("utf-8"), "text/plain; charset=iso-8859-1")
            elif path == "/zip":
                self._send(200, b"PK\x03\x04" + b"\x00" * 100, "application/zip")
            elif path == "/flaky":
                if server.hits[path] <= 2:
                    self._send(503, b"busy", "text/plain", {"Retry-After": "0"})
                else:
                    self._send(200, b"The flaky page finally answered.", "text/plain; charset=utf-8")
            elif path == "/drop-once":
                if server.hits[path] > 1:
                    self._send(200, b"Answered on the second try.", "text/plain; charset=utf-8")
                # else: close the connection without a word
            elif path == "/slow-retry":
                self._send(429, b"slow down", "text/plain", {"Retry-After": "3600"})
            elif path == "/etag":
                if self.headers.get("If-None-Match") == '"v1"':
                    self.send_response(304)
                    self.send_header("ETag", '"v1"')
                    self.end_headers()
                else:
                    self._send(200, b"Versioned page: 42 reports.", "text/plain; charset=utf-8", {"ETag": '"v1"'})
            else:
                self._send(404, b"not found", "text/plain")

        def _drip(self) -> Iterator[bytes]:
            started = time.monotonic()
            while time.monotonic() - started < DRIP_LIMIT and not server.stop.is_set():
                yield b"x"
                time.sleep(DRIP_PAUSE)

    return Handler


def start(pdfs: dict[str, bytes] | None = None) -> tuple[WebServer, ThreadingHTTPServer]:
    """Start the server in a daemon thread; stop it with `stop()`."""
    pdfs = pdfs if pdfs is not None else {
        "report.pdf": make_pdf(REPORT_PAGES),
        "encrypted.pdf": encrypted_pdf(),
        "broken.pdf": b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog",
    }
    bomb = gzip.compress(b"\0" * BOMB_SIZE, compresslevel=9)
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), BaseHTTPRequestHandler)
    httpd.daemon_threads = False  # server_close() joins the handlers (block_on_close)
    httpd.block_on_close = True
    server = WebServer(base=f"http://127.0.0.1:{httpd.server_address[1]}")
    httpd.RequestHandlerClass = _handler(server, pdfs, bomb)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return server, httpd


def stop(server: WebServer, httpd: ThreadingHTTPServer) -> None:
    """Release stalled handlers, shut the server down and wait for its handler threads."""
    server.stop.set()
    httpd.shutdown()
    httpd.server_close()
