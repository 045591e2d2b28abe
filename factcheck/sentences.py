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
# A candidate end: terminal punctuation, closing quotes/brackets, footnote marks ("[3]"), then white space.
_END = re.compile(r"[.!?…]+[\"'’”»)\]]*(?:\[(?:\d{1,3}|[a-z]|citation needed)\])*(?=\s)")
_OPENERS = "\"'‘“«([{"

# Never end a sentence: what follows them is always more of the same sentence.
_RUN_ON = frozenset("e.g eg i.e ie cf vs v viz".split())
# Usually followed by a name or more of the sentence ("Mr. Smith", "St. Petersburg", "et al. (2004)"):
# they end a sentence only when a word that starts sentences follows ("... Downing St. The ...").
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sr jr st mt ft messrs mme mlle gen col lt sgt capt cmdr adm maj gov sen
    rep rev hon pres supt insp det cpl pvt brig al approx ca jan feb apr jun jul aug sep sept oct
    nov dec dept univ assn est""".split()
)
# Abbreviations that run on only before a number: "No. 72", "p. 5", "Fig. 3", "c. 950".
_BEFORE_NUMBER = frozenset("no nos p pp vol vols fig figs art arts ch chap sec para eq op ed n nr c".split())
# Closed-class words (determiners, pronouns, prepositions, conjunctions, common sentence adverbs):
# capitalised after an abbreviation, an initial or an acronym, they show a new sentence began.
_STARTERS = frozenset(
    """The This That These Those It Its He She His Her Hers Him They Them Their There We Our Us I
    You Your My Me Nobody Everybody Somebody Anyone Everyone Someone Nothing Everything Something
    None Who Whom Whose What Which Where When Why How Whether In On At As Of To From With Without
    Into Onto Over Under Between Among Through During Despite Against About Above Below Across
    Along Around Behind Beyond Within Until Unlike Like Upon Via Per But And Or Nor However
    Moreover Furthermore Nevertheless Nonetheless Therefore Thus Hence Meanwhile Instead Indeed
    Otherwise Besides Also Still Yet So Then Now Today Yesterday Tomorrow Later Earlier A An After
    Before If Since Although Though While Because Unless Once Some Many Most More Much Few Several
    Other Another Such No Not All Both Each Every Either Neither Any One Two Three Four Five Six
    Seven Eight Nine Ten First Second Third Last Next According Only Even Just Here""".split()
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
    if lower in _RUN_ON:
        return False
    if len(word) == 1 and word.isupper() or lower in _ABBREVIATIONS:
        return _starter(text, nxt, limit)  # an initial, "Mr.", "et al."
    if lower in _BEFORE_NUMBER:
        return not first.isdigit()
    if "." in word and _ACRONYM.fullmatch(word):
        return _starter(text, nxt, limit)  # "the U.S. Army" but "in the U.S. The"
    if word.isdigit() and len(word) <= 3 and _line_start(text, word_start):
        return False  # "1. " opening a numbered line
    return True


def _starter(text: str, start: int, limit: int) -> bool:
    """Whether the word at `text[start:]` is one that starts sentences (and not an initial: "A. B.")."""
    end = start
    while end < limit and text[end].isalpha():
        end += 1
    return text[start:end] in _STARTERS and not text.startswith(".", end)


def _line_start(text: str, pos: int) -> bool:
    """Whether only spaces and tabs stand between the start of its line and `pos`."""
    line = text.rfind("\n", 0, pos) + 1
    return not text[line:pos].strip()
