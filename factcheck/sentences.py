"""Sentence boundaries: character spans of the sentences in a text.

A rule-based splitter tuned for news, reports and encyclopaedic prose. A sentence ends at `.`,
`!`, `?` or `…` (with any closing quotes or brackets) followed by white space and something that
can start a sentence (not a lower-case letter). A full stop is not an end after an abbreviation
("Mr.", "e.g.", "No. 72"), an initial ("J. R. R. Tolkien"), an acronym running on ("the U.S.
government"), or a list number at the start of a line ("1. First"). Decimals ("3.2 million")
never end a sentence because no white space follows their point. A blank line always ends one.

The splitter is a single compiled regular expression plus a few checks per candidate, so it keeps
up with index-time splitting of hundreds of thousands of sentences (benchmarks/sentences.py).
"""

from __future__ import annotations

import re

# A blank line (a paragraph break): sentences never cross it.
_BLANK = re.compile(r"\n[^\S\n]*\n")
# A candidate end: terminal punctuation, closing quotes/brackets, then white space.
_END = re.compile(r"[.!?…]+[\"'’”»)\]]*(?=\s)")
_OPENERS = "\"'‘“«([{"

# Always followed by more of the same sentence.
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sr jr st mt ft messrs mme mlle gen col lt sgt capt cmdr adm maj gov sen
    rep rev hon pres supt insp det cpl pvt brig e.g eg i.e ie cf vs v al approx ca c viz
    jan feb apr jun jul aug sep sept oct nov dec dept univ assn est
    """.split()
)
# Abbreviations that run on only before a number: "No. 72", "p. 5", "Fig. 3", "vol. 2".
_BEFORE_NUMBER = frozenset("no nos p pp vol vols fig figs art arts ch chap sec para eq op ed n nr".split())
# Words that, after an acronym such as "U.S.", show that a new sentence began.
_STARTERS = frozenset(
    """The This That These Those It Its He She His Her They Their There We Our I In On At As
    But And However A An After Before When While If Since Although Though Yet So Then For By
    Some Many Most One Other Such No Not All Both Each Meanwhile Also Still According""".split()
)
_ACRONYM = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Character spans `(start, end)` of the sentences of `text`, trimmed of white space.

    `text[start:end]` is each sentence exactly; spans are in order and never cross a blank line.
    """
    return sentence_spans(text, 0, len(text))


def sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentence spans of `text[start:end]`, as offsets into `text` (no slicing copy)."""
    spans: list[tuple[int, int]] = []
    para = start
    for blank in _BLANK.finditer(text, start, end):
        _paragraph(text, para, blank.start(), spans)
        para = blank.end()
    _paragraph(text, para, end, spans)
    return spans


def _paragraph(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    """Append the sentence spans of one paragraph `text[start:end]` to `spans`."""
    begin = start
    for match in _END.finditer(text, start, end):
        if _ends_sentence(text, match.start(), match.end(), end):
            _add(text, begin, match.end(), spans)
            begin = match.end()
    _add(text, begin, end, spans)


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    """Append `(start, end)` trimmed of white space, unless nothing is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append((start, end))


def _ends_sentence(text: str, punct: int, after: int, limit: int) -> bool:
    """Whether the punctuation at `text[punct:after]` (white space follows) ends a sentence."""
    nxt = after
    while nxt < limit and (text[nxt].isspace() or text[nxt] in _OPENERS):
        nxt += 1
    if nxt >= limit:
        return True
    first = text[nxt]
    if first.islower():
        return False
    if text[punct] != "." or text.startswith("..", punct):
        return True
    word_start = punct
    while word_start > 0 and not text[word_start - 1].isspace():
        word_start -= 1
    word = text[word_start:punct].lstrip(_OPENERS)
    if not word:
        return True
    lower = word.lower()
    if lower in _ABBREVIATIONS:
        return False
    if lower in _BEFORE_NUMBER:
        return not first.isdigit()
    if len(word) == 1 and word.isupper():
        return False  # an initial
    if "." in word and _ACRONYM.fullmatch(word):
        return _next_word(text, nxt, limit) in _STARTERS
    if word.isdigit() and len(word) <= 3 and _line_start(text, word_start):
        return False  # "1. " opening a numbered line
    return True


def _next_word(text: str, start: int, limit: int) -> str:
    """The run of letters at `text[start:]`."""
    end = start
    while end < limit and text[end].isalpha():
        end += 1
    return text[start:end]


def _line_start(text: str, pos: int) -> bool:
    """Whether only spaces and tabs stand between the start of its line and `pos`."""
    line = text.rfind("\n", 0, pos) + 1
    return not text[line:pos].strip()
