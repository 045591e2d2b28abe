"""decode_web: BOM, HTTP charset, <meta> charset, strict UTF-8, then detection."""

from __future__ import annotations


import pytest
from fixture_server import WebServer

from factcheck.errors import SourceError
from factcheck.options import FetchOptions
from factcheck.sources import urls
from factcheck.sources.decode import canonical_charset, decode, decode_web, meta_charset

TEXT = "Figures vary – from 2,000 to 4,000 – say “analysts” in 2014."


@pytest.mark.parametrize("label", ["windows-1252", "iso-8859-1", "ISO-8859-1", "latin1", "us-ascii", '"cp1252"'])
def test_latin1_labels_are_read_as_windows_1252(label: str) -> None:
    assert canonical_charset(label) == "cp1252"
    assert decode_web(TEXT.encode("cp1252"), source="p", declared=label) == TEXT


def test_unknown_labels_are_ignored() -> None:
    assert canonical_charset("no-such-charset") is None
    assert decode_web(TEXT.encode("utf-8"), source="p", declared="no-such-charset") == TEXT


@pytest.mark.parametrize(
    "head",
    [
        b'<meta charset="windows-1252">',
        b"<META CHARSET=windows-1252>",
        b'<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">',
    ],
)
def test_meta_charset_is_found(head: bytes) -> None:
    page = b"<html><head>" + head + b"</head><body>" + TEXT.encode("cp1252") + b"</body></html>"
    assert meta_charset(page) == "cp1252"
    assert TEXT in decode_web(page, source="p", html=True)


def test_the_http_charset_wins_over_meta() -> None:
    page = b'<meta charset="utf-8">' + "Ärger – 2014".encode("cp1252")
    assert decode_web(page, source="p", declared="windows-1252", html=True).endswith("Ärger – 2014")


def test_a_bom_wins_over_everything() -> None:
    data = b"\xef\xbb\xbf" + TEXT.encode("utf-8")
    assert decode_web(data, source="p", declared="windows-1252") == TEXT


def test_valid_utf8_wins_over_a_declared_single_byte_charset() -> None:
    assert decode_web(TEXT.encode("utf-8"), source="p", declared="iso-8859-1") == TEXT


def test_bytes_that_are_not_the_declared_charset_are_detected() -> None:
    data = ("Kyrgyzstan signed the security concept – a law – in 2012. " * 5).encode("cp1252")
    assert decode_web(data, source="p", declared="utf-8").startswith("Kyrgyzstan signed the security concept – a law")


def test_decode_for_local_files_keeps_its_rules() -> None:
    assert decode(TEXT.encode("utf-8"), source="f.txt") == TEXT
    with pytest.raises(SourceError, match="not valid UTF-8"):
        decode(TEXT.encode("cp1252"), source="f.txt")


@pytest.mark.parametrize("path", ["misdeclared", "latin1-utf8"])
def test_misdeclared_pages_from_a_server_read_right(path: str, web_server: WebServer, fetch_options: FetchOptions) -> None:
    raw = urls.fetch(web_server.url(path), fetch_options)
    assert TEXT in decode_web(raw.data, source=raw.source, declared=raw.charset)
