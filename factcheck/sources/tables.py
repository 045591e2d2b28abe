"""CSV and TSV tables: each data row one passage that carries its header names.

Under the header `country,fighters,source,date` the row `Turkmenistan,360,ICSR tally,2015-01`
becomes the passage text `country: Turkmenistan; fighters: 360; source: ICSR tally; date: 2015-01`,
so it can support "the ICSR tally counted 360 fighters from Turkmenistan". Each row is an atomic
Block whose `line` is the row's line in the file: evidence cites the row. Document.text is the
row texts joined by newlines. The delimiter is sniffed (comma, semicolon, tab or bar); bytes are
decoded like text files (web rules for URLs).
"""

from __future__ import annotations

import csv
import io

from factcheck.errors import SourceError
from factcheck.model import Block, Document
from factcheck.sources.base import Raw
from factcheck.sources.decode import decode, decode_web

DELIMITERS = ",;\t|"
SNIFF_CHARS = 16_384
TSV_MEDIA_TYPES = frozenset({"text/tab-separated-values"})


def parse(raw: Raw) -> Document:
    """Parse a CSV/TSV table into a Document with one atomic Block per data row."""
    if raw.source.startswith(("http://", "https://")):
        text = decode_web(raw.data, source=raw.source, declared=raw.charset)
    else:
        text = decode(raw.data, source=raw.source, declared=raw.charset)
    parts: list[str] = []
    blocks: list[Block] = []
    offset = 0
    for line, row_text in rows(text, delimiter=delimiter_of(raw, text), source=raw.source):
        if parts:
            offset += 1
        blocks.append(Block(start=offset, end=offset + len(row_text), line=line, atomic=True))
        parts.append(row_text)
        offset += len(row_text)
    if not parts:
        raise SourceError("no data rows under the header", path=raw.source)
    return Document(source=raw.source, text="\n".join(parts), kind="csv", blocks=tuple(blocks), digest=raw.digest)


def delimiter_of(raw: Raw, text: str) -> str:
    """The table's delimiter: tab for .tsv files and TSV media, else sniffed from the start."""
    name = raw.source.split("?")[0].lower()
    if name.endswith(".tsv") or (raw.media_type or "").split(";")[0].strip() in TSV_MEDIA_TYPES:
        return "\t"
    sample = text[:SNIFF_CHARS]
    try:
        return csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        header = sample.split("\n", 1)[0]
        return max(DELIMITERS, key=header.count) if any(d in header for d in DELIMITERS) else ","


def rows(text: str, *, delimiter: str, source: str) -> list[tuple[int, str]]:
    """(line of the row in the file, row text with header names) for every non-empty data row."""
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    header: list[str] | None = None
    found: list[tuple[int, str]] = []
    while True:
        line = reader.line_num + 1  # a row starts on the line after the last one read
        try:
            cells = next(reader)
        except StopIteration:
            return found
        except csv.Error as err:
            raise SourceError(f"malformed table row ({err})", path=source, line=line) from None
        cells = [" ".join(cell.split()) for cell in cells]
        if not any(cells):
            continue
        if header is None:
            header = [name or f"column {i}" for i, name in enumerate(cells, start=1)]
            continue
        names = header + [f"column {i}" for i in range(len(header) + 1, len(cells) + 1)]
        found.append((line, "; ".join(f"{name}: {cell}" for name, cell in zip(names, cells) if cell)))
