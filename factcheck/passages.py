"""Documents to passages: the sentences (or whole rows) that claims are matched against.

Each block of a document is split on its own: an atomic block (a CSV row) is one passage, any
other block is split into sentences. In Markdown, YAML front matter and markup-only lines (code
fences and what they hold, table rule rows, horizontal rules) are skipped; headings, list items,
table rows and quotes start passages of their own, and their markers ("# ", "- ", "1. ", "> ",
"| ") are left out of the passage. A "sentence" longer than LONG characters (a table or a list
without full stops) is split at its line breaks, and what is still longer than CAP is cut at
spaces. Every passage's text is exactly `doc.text[start:end]`; fragments without a letter are
dropped, but for table rows, which may hold only figures under their header.
"""

from __future__ import annotations

import re

from factcheck.model import Block, Document, Passage
from factcheck.sentences import sentence_spans

__all__ = ["split"]

_LETTER = re.compile(r"[^\W\d_]")
_ALNUM = re.compile(r"[^\W_]")
_DIGIT = re.compile(r"\d")
_FENCE = re.compile(r" {0,3}(?:```|~~~)")
_RULE = re.compile(r" {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|=+[ \t]*)$")
_TABLE_RULE = re.compile(r"[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")
_HEADING = re.compile(r" {0,3}#{1,6}(?:[ \t]|$)")
_ITEM = re.compile(r"[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]")
_QUOTE = re.compile(r" {0,3}>")
_TABLE_ROW = re.compile(r"[ \t]*\|")
_COMMENT = re.compile(r"[ \t]*<!--.*-->[ \t]*$")
_MARKER = re.compile(r"[ \t]*(?:#{1,6}(?:[ \t]+|$)|[-*+][ \t]+|\d{1,3}[.)][ \t]+|>[ \t]?|\|[ \t]*)")
_TAIL = re.compile(r"[ \t]*(?:\|[ \t]*|#+[ \t]*)$")
_FRONT_MATTER = re.compile(r"---[ \t]*\n")
_FRONT_MATTER_END = re.compile(r"^(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.MULTILINE)
_LINE_BREAK = re.compile(r"[^\S\n]*\n\s*")
LONG = 1_000  # characters: a longer "sentence" (a table, a list run together) is split at line breaks
CAP = 2_500  # characters: a longer piece is cut at spaces into near-equal parts


def split(doc: Document) -> tuple[Passage, ...]:
    """The passages of a document, in order, each with its line, offsets and page."""
    out: list[Passage] = []
    for block in doc.blocks or (Block(start=0, end=len(doc.text), line=1),):
        if block.atomic:
            _atomic(doc, block, out)
        elif doc.kind == "markdown":
            _markdown(doc, block, out)
        else:
            _sentences(doc, block, block.start, block.end, block.line, out)
    return tuple(out)


def _atomic(doc: Document, block: Block, out: list[Passage]) -> None:
    """One passage for the whole block, trimmed of white space, when it holds a letter or digit."""
    text, start, end = doc.text, block.start, block.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if _ALNUM.search(text, start, end):
        line = block.line + text.count("\n", block.start, start)
        out.append(Passage(doc.source, text[start:end], line, start, end, block.page))


def _sentences(doc: Document, block: Block, start: int, end: int, line: int, out: list[Passage], *, row: bool = False) -> None:
    """A passage per sentence of `doc.text[start:end]`, whose first character is on `line`; a
    table `row` is kept with digits alone ("2014 | 9.0 | 25.5 | 6.5": its header says what they are)."""
    text, source, page = doc.text, doc.source, block.page
    pos = start
    for sentence in sentence_spans(text, start, end):
        for first, last in _pieces(text, *sentence) if sentence[1] - sentence[0] > LONG else (sentence,):
            line += text.count("\n", pos, first)
            pos = first
            if _LETTER.search(text, first, last) or (row and _DIGIT.search(text, first, last) and " | " in text[first:last]):
                out.append(Passage(source, text[first:last], line, first, last, page))


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A long span cut at its line breaks, and pieces still over CAP cut at spaces."""
    pieces: list[tuple[int, int]] = []
    for brk in _LINE_BREAK.finditer(text, start, end):
        if brk.start() > start:
            pieces.extend(_cut(text, start, brk.start()))
        start = brk.end()
    if start < end:
        pieces.extend(_cut(text, start, end))
    return pieces


def _cut(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """`text[start:end]` in parts of at most about CAP characters, cut at white space."""
    parts = -(-(end - start) // CAP)
    if parts <= 1:
        return [(start, end)]
    size = (end - start) // parts
    spans = []
    for _ in range(parts - 1):
        cut = text.rfind(" ", start + size // 2, start + size)
        if cut <= start:
            cut = start + size
        stop = cut
        while stop > start and text[stop - 1].isspace():  # "a  b" cut at its second space
            stop -= 1
        spans.append((start, stop))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    spans.append((start, end))
    return [(a, b) for a, b in spans if a < b]


def _markdown(doc: Document, block: Block, out: list[Passage]) -> None:
    """Passages of a Markdown block: segments between markup lines, split into sentences."""
    text = doc.text
    seg_start = seg_end = -1
    seg_line = 0
    in_fence = quoting = False
    line, pos = block.line, block.start
    if pos == 0 and _FRONT_MATTER.match(text):
        close = _FRONT_MATTER_END.search(text, 4, block.end)
        if close is not None:  # YAML front matter: metadata, not prose
            line, pos = line + text.count("\n", 0, close.end()), close.end()
    while pos < block.end:
        nl = text.find("\n", pos, block.end)
        eol = block.end if nl < 0 else nl
        fence = _FENCE.match(text, pos, eol)
        markup = in_fence or fence or _is_markup(text, pos, eol)
        starts = not markup and _starts_segment(text, pos, eol, quoting)
        if markup or starts or pos == eol or text[pos:eol].isspace():
            if seg_start >= 0:
                _segment(doc, block, seg_start, seg_end, seg_line, out)
            seg_start = -1
        if fence:
            in_fence = not in_fence
        if not markup and pos < eol and not text[pos:eol].isspace():
            if seg_start < 0:
                seg_start, seg_line = pos, line
            seg_end = eol
            quoting = bool(_QUOTE.match(text, pos, eol))
            if _HEADING.match(text, pos, eol) or _TABLE_ROW.match(text, pos, eol):
                _segment(doc, block, seg_start, seg_end, seg_line, out)
                seg_start = -1
        else:
            quoting = False
        pos, line = eol + 1, line + 1
    if seg_start >= 0:
        _segment(doc, block, seg_start, seg_end, seg_line, out)


def _is_markup(text: str, start: int, end: int) -> bool:
    """Whether a line is markup only: a horizontal rule, a table rule row, an HTML comment."""
    if _RULE.match(text, start, end) or _COMMENT.match(text, start, end):
        return True
    return "-" in text[start:end] and bool(_TABLE_RULE.match(text, start, end))


def _starts_segment(text: str, start: int, end: int, quoting: bool) -> bool:
    """Whether a line begins a passage of its own: a heading, list item, table row, new quote."""
    if _HEADING.match(text, start, end) or _ITEM.match(text, start, end) or _TABLE_ROW.match(text, start, end):
        return True
    return not quoting and bool(_QUOTE.match(text, start, end))


def _segment(doc: Document, block: Block, start: int, end: int, line: int, out: list[Passage]) -> None:
    """Split one Markdown segment (on a single line when it starts) after trimming its markers."""
    text = doc.text
    row = bool(_TABLE_ROW.match(text, start, end))
    while True:
        marker = _MARKER.match(text, start, end)
        if marker is None or marker.end() == start:
            break
        start = marker.end()
    tail = _TAIL.search(text, start, end)
    if tail is not None and tail.start() > start:
        end = tail.start()
    _sentences(doc, block, start, end, line, out, row=row)
