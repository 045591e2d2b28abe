"""Bytes to text: declared charset, byte-order mark, strict UTF-8, then (for web pages) detection.

Every source's text is normalised the same way (NFC, "\n" line ends) so that character offsets
and line numbers in evidence point at the same place for every reader.
"""

from __future__ import annotations

import codecs
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
