"""Bytes to text: declared charset, byte-order mark, strict UTF-8, then (for web pages) detection.

`decode()` is for local files (UTF-8 or a BOM, detection only when asked); `decode_web()` is
for fetched sources and HTML: BOM, HTTP charset, `<meta>` charset, strict UTF-8, detection,
with the web's Latin-1 labels read as windows-1252.

Every source's text is normalised the same way (NFC, "\n" line ends) so that character offsets
and line numbers in evidence point at the same place for every reader.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from factcheck.errors import SourceError

BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def normalise(text: str) -> str:
    """NFC text with "\\n" line ends and no byte-order mark."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    return unicodedata.normalize("NFC", text)


def looks_binary(data: bytes) -> bool:
    """True for bytes that are not text: a NUL byte in the first 8 KiB without a UTF-16/32 BOM."""
    head = data[:8192]
    return b"\x00" in head and not any(head.startswith(bom) for bom, _ in BOMS)


def decode(data: bytes, *, source: str, declared: str | None = None, detect: bool = False) -> str:
    """Decode `data` to normalised text, or raise SourceError naming `source` and the problem.

    Order: a byte-order mark; the declared charset; strict UTF-8; then, only when `detect` is
    set (web pages), statistical detection. Local files must be UTF-8 (or carry a BOM).
    """
    if looks_binary(data):
        raise SourceError("binary file, not text", path=source)
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return normalise(data[len(bom) :].decode(encoding, errors="replace"))
    if declared:
        try:
            return normalise(data.decode(declared))
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return normalise(data.decode("utf-8"))
    except UnicodeDecodeError as err:
        if not detect:
            line = data[: err.start].count(b"\n") + 1
            raise SourceError(
                f"not valid UTF-8 (byte 0x{data[err.start]:02x} at offset {err.start})",
                path=source,
                line=line,
                hint="save the file as UTF-8",
            ) from None
    from charset_normalizer import from_bytes  # a dependency of requests; imported only when needed

    best = from_bytes(data).best()
    if best is None:
        raise SourceError("cannot tell the text's character encoding", path=source)
    return normalise(str(best))


# Labels that browsers read as windows-1252 (WHATWG Encoding Standard): a page served as
# "iso-8859-1" uses 0x80-0x9f for dashes and quotes, which Latin-1 maps to control characters.
WINDOWS_1252_ALIASES = frozenset(
    {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "cp819", "windows-1252"}
)
META_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""",
    re.IGNORECASE,
)
SINGLE_BYTE = frozenset({"cp1252", "iso8859-15", "cp1250", "cp1251"})  # codec names
PRESCAN_BYTES = 4096  # how far into a page a <meta> charset is looked for


def canonical_charset(label: str | None) -> str | None:
    """A charset label as Python knows it, with the web's Latin-1 labels read as windows-1252."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    if label in WINDOWS_1252_ALIASES:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def meta_charset(data: bytes) -> str | None:
    """The charset a page declares in `<meta charset>` or `<meta http-equiv="Content-Type">`."""
    match = META_CHARSET.search(data[:PRESCAN_BYTES])
    return canonical_charset(match.group(1).decode("ascii")) if match else None


def decode_web(data: bytes, *, source: str, declared: str | None = None, html: bool = False) -> str:
    """Decode a fetched or HTML source: BOM, HTTP charset, `<meta>` charset, strict UTF-8, detection.

    A declared single-byte charset loses to UTF-8 when the bytes are valid UTF-8 with non-ASCII
    characters in them: such bytes are almost never meant as windows-1252, while servers that
    announce Latin-1 for UTF-8 pages are common.
    """
    charset = canonical_charset(declared) or (meta_charset(data) if html else None)
    if charset in SINGLE_BYTE:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            if not text.isascii():
                charset = "utf-8"
    return decode(data, source=source, declared=charset, detect=True)
