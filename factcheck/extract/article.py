"""Articles: their text, its paragraphs, the `factcheck: ignore` controls, and original line numbers.

Plain text and Markdown are read as decoded; their lines are the file's lines. An HTML page's
main text comes from the HTML source parser (trafilatura); a sentence of it is traced back to the
line of the page where it starts by searching the page's visible text (tags skipped, entities
decoded, white space collapsed) for the sentence's first words, in article order. When the words
cannot be found the line is None rather than a guess.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass

from factcheck.errors import SourceError
from factcheck.index.base import fold
from factcheck.sources import base
from factcheck.sources.base import Raw

_COMMENT = re.compile(r"<!--(.*?)-->", re.DOTALL)
_IGNORE_TEXT = re.compile(r"factcheck:\s*ignore", re.IGNORECASE)
# How standard input starts when it is an HTML page rather than text or Markdown.
_HTML_START = re.compile(r"\s*<(?:!doctype\s+html|html|head|body|article|main|div|section|p|h[1-6])\b", re.IGNORECASE)
_BLOCK_LINE = re.compile(r"^\s*(?:#{1,6}\s|[-*+•]\s|\d+[.)]\s|>\s?)")
_SKIPPED_ELEMENTS = re.compile(r"<(script|style|head|noscript|template|svg)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<!--.*?-->|<[^>]*>", re.DOTALL)
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|\w+);?")
KEY_WORDS = 8  # words of a sentence searched for in the page to find its line


@dataclass(frozen=True, slots=True)
class Mark:
    """A `factcheck: ignore` control: where it is and whether it stands alone on its line."""

    line: int  # 1-based line in the original file
    offset: int  # character offset in the original (decoded) file
    alone: bool  # alone on its line: skips the next paragraph; else the sentences on its line


@dataclass(frozen=True, slots=True)
class Article:
    """One article ready for extraction: the text sentences are taken from, and its original."""

    source: str  # how origins cite it: a path, a URL, "-" for standard input, "" for none
    text: str  # plain text (Markdown as is, comments blanked); for HTML the page's main text
    kind: str = "text"  # "text", "markdown" or "html"
    original: str | None = None  # the decoded page for HTML (lines are counted in it); None: `text`
    marks: tuple[Mark, ...] = ()


def read_article(raw: Raw) -> Article:
    """An Article from raw bytes (SourceError naming the file when it is empty or has no text)."""
    if not raw.data.strip():
        raise SourceError("empty article", path=raw.source)
    if base.kind_of(raw) == "html" or (raw.source == "-" and _HTML_START.match(raw.data[:512].decode("utf-8", "replace"))):
        return _read_html(raw)
    document = base.parse(raw)
    return from_text(document.text, source=raw.source, kind=document.kind)


def from_text(text: str, *, source: str = "", kind: str = "text") -> Article:
    """An Article of plain text or Markdown: HTML comments blanked out (offsets kept), marks found."""
    marks = tuple(_marks(text))
    blanked = _COMMENT.sub(lambda m: _blank(m.group(0)), text)
    if not blanked.strip():
        raise SourceError("empty article", path=source or None)
    return Article(source=source, text=blanked, kind=kind, marks=marks)


def _read_html(raw: Raw) -> Article:
    """An Article of an HTML page's main text, keeping the decoded page for lines and marks."""
    from factcheck.sources.decode import decode_web
    from factcheck.sources.html import main_text

    page = decode_web(raw.data, source=raw.source, declared=raw.charset, html=True)
    text = main_text(page)
    if not text.strip():
        raise SourceError("no main text found in this page", path=raw.source)
    return Article(source=raw.source, text=text, kind="html", original=page, marks=tuple(_marks(page)))


def _blank(chunk: str) -> str:
    """`chunk` with every character but line ends turned into a space."""
    return re.sub(r"[^\n]", " ", chunk)


def _marks(original: str) -> list[Mark]:
    """The ignore controls of an article's original: `<!-- factcheck: ignore -->` comments, and
    the words `factcheck: ignore` outside comments."""
    marks = [
        _mark(original, match.start(), match.end())
        for match in _COMMENT.finditer(original)
        if _IGNORE_TEXT.fullmatch(match.group(1).strip())
    ]
    blanked = _COMMENT.sub(lambda m: _blank(m.group(0)), original)
    marks += [_mark(original, match.start(), match.end()) for match in _IGNORE_TEXT.finditer(blanked)]
    return sorted(marks, key=lambda m: m.offset)


def _mark(text: str, start: int, end: int) -> Mark:
    """The Mark for a control at `text[start:end]`."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    rest = text[line_start:start] + text[end : line_end if line_end >= 0 else len(text)]
    alone = not re.sub(r"[#/*<>!\-\s]", "", rest)
    return Mark(line=text.count("\n", 0, start) + 1, offset=start, alone=alone)


def line_of(text: str, offset: int) -> int:
    """The 1-based line of `text` holding character `offset`."""
    return text.count("\n", 0, offset) + 1


def paragraphs(text: str, kind: str, alone: Callable[[str], bool] = lambda line: False) -> list[tuple[int, int]]:
    """Spans of the paragraphs of `text`: runs of non-blank lines; a heading, a list item or a
    line for which `alone(line)` holds is a paragraph of its own, and so is every line of an HTML
    page's main text."""
    spans: list[tuple[int, int]] = []
    start: int | None = None
    offset = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\n")
        end = offset + len(body)
        if not body.strip():
            if start is not None:
                spans.append((start, offset))
            start = None
        elif kind == "html" or _BLOCK_LINE.match(body) or alone(body):
            if start is not None:
                spans.append((start, offset))
            spans.append((offset, end))
            start = None
        elif start is None:
            start = offset
        offset += len(line)
    if start is not None:
        spans.append((start, len(text)))
    return [(s, e) for s, e in (_trim(text, s, e) for s, e in spans) if s < e]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """`(start, end)` without white space at either side."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


class PageLocator:
    """Finds where the sentences of an HTML page's main text start in the page, in article order."""

    def __init__(self, page: str) -> None:
        self.page = page
        self._folded, self._offsets = _visible(page)
        self._cursor = 0

    def find(self, sentence: str) -> int | None:
        """The offset in the page where `sentence` starts, or None when its words are not found."""
        key = " ".join(fold(sentence).split()[:KEY_WORDS])
        if not key:
            return None
        at = self._folded.find(key, self._cursor)
        if at < 0:
            at = self._folded.find(key)
            if at < 0 or self._folded.find(key, at + 1) >= 0:
                return None  # absent, or present several times before the cursor: no guess
        self._cursor = at + len(key)
        return self._offsets[at]


def _visible(page: str) -> tuple[str, list[int]]:
    """The page's visible text, folded, one space per white-space run, and each character's offset."""
    hidden = [(m.start(), m.end()) for m in _SKIPPED_ELEMENTS.finditer(page)]
    hidden += [(m.start(), m.end()) for m in _TAG.finditer(page)]
    hidden.sort()
    chars: list[str] = []
    offsets: list[int] = []
    pos = 0

    def emit(chunk: str, at: int) -> None:
        for ch in fold(chunk):
            if ch.isspace():
                if chars and chars[-1] == " ":
                    continue
                ch = " "
            chars.append(ch)
            offsets.append(at)

    for start, end in hidden:
        if start < pos:
            continue
        _emit_text(page, pos, start, emit)
        if chars and chars[-1] != " ":
            emit(" ", start)
        pos = end
    _emit_text(page, pos, len(page), emit)
    return "".join(chars), offsets


def _emit_text(page: str, start: int, end: int, emit: Callable[[str, int], None]) -> None:
    """Feed `page[start:end]` to `emit` character by character, entities decoded."""
    pos = start
    for match in _ENTITY.finditer(page, start, end):
        for i in range(pos, match.start()):
            emit(page[i], i)
        emit(html.unescape(match.group(0)), match.start())
        pos = match.end()
    for i in range(pos, end):
        emit(page[i], i)
