from __future__ import annotations

import pytest

from factcheck.errors import SourceError
from factcheck.sources import base, text
from factcheck.sources.base import Raw


def test_a_text_file_is_one_block_of_normalised_text() -> None:
    raw = Raw(source="notes/a.txt", data="Caf\u0065\u0301 opened.\r\nIn 2014.\r\n".encode())
    doc = text.parse(raw)
    assert doc.text == "Café opened.\nIn 2014.\n"
    assert (doc.source, doc.kind, doc.blocks, doc.digest) == ("notes/a.txt", "text", (), raw.digest)


@pytest.mark.parametrize("name", ["notes.md", "NOTES.MARKDOWN"])
def test_markdown_files_are_of_kind_markdown(name: str) -> None:
    assert text.parse(Raw(source=name, data=b"# Title\n")).kind == "markdown"


def test_markdown_by_media_type() -> None:
    assert text.parse(Raw(source="https://x.org/n", data=b"# T", media_type="text/markdown; charset=utf-8")).kind == "markdown"


def test_a_byte_order_mark_is_read_and_dropped() -> None:
    assert text.parse(Raw(source="b.txt", data=b"\xef\xbb\xbfHello.")).text == "Hello."
    assert text.parse(Raw(source="b.txt", data="Hi.".encode("utf-16"))).text == "Hi."


def test_the_registry_sends_text_files_here() -> None:
    assert base.parse(Raw(source="notes/a.log", data=b"Log line.")).kind == "text"


def test_bad_encoding_names_the_file_and_line() -> None:
    with pytest.raises(SourceError) as caught:
        text.parse(Raw(source="notes/latin.txt", data=b"one\ntwo\ncaf\xe9\n"))
    assert (caught.value.path, caught.value.line) == ("notes/latin.txt", 3)
    assert "UTF-8" in str(caught.value)


def test_binary_data_is_refused() -> None:
    with pytest.raises(SourceError, match="notes/x.txt: binary"):
        text.parse(Raw(source="notes/x.txt", data=b"ab\x00cd"))


def test_a_declared_charset_is_used() -> None:
    raw = Raw(source="https://x.org/a.txt", data="café".encode("latin-1"), charset="iso-8859-1")
    assert text.parse(raw).text == "café"
