"""From an article to its check-worthy claims: paragraphs, chrome dropped, sentences scored.

An article's text is cut into paragraphs; a paragraph that is page chrome is dropped whole.
The others are split into sentences (`factcheck.sentences`); a sentence that is chrome, that a
`factcheck: ignore` control covers, that repeats an earlier one, or that scores below `min_score`
is dropped. What is left, in article order, are the claims, each with an id derived from its text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from factcheck.analysis import analyse
from factcheck.extract.article import Article, Mark, PageLocator, from_text, line_of, paragraphs
from factcheck.extract.chrome import chrome_line, chrome_reason
from factcheck.extract.options import DEFAULT_MIN_SCORE
from factcheck.extract.worthiness import score_sentence
from factcheck.numbers import Quantity
from factcheck.sentences import sentence_spans

# Markdown inline syntax kept out of a claim's text: links and images keep their label,
# emphasis and code spans their content.
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|`)(?=\S)(.+?)(?<=\S)\1")
CLAUSE_WORDS = 6  # words on each side of a semicolon for a sentence to be cut there
_LEAD = re.compile(r"(?:#{1,6}\s+|[-*+•]\s+|\d+[.)]\s+|>\s*)+")


@dataclass(frozen=True, slots=True)
class ExtractedClaim:
    """A check-worthy sentence of an article, with where it is and why it was kept."""

    id: str
    text: str  # the sentence, white space collapsed
    line: int | None  # 1-based line of the original file where it starts; None when not found
    start: int  # character offsets of the sentence in the article's text (main text for HTML)
    end: int
    score: float  # check-worthiness in [0, 1]
    reasons: tuple[str, ...]  # ("quantity 2,000–4,000", "year 2012", "hedge: may -0.2", ...)
    quantities: tuple[Quantity, ...]  # parsed from `text`; their offsets are into `text`
    origin: str | None = None  # "file:line" (or "file" when the line is unknown)


@dataclass(frozen=True, slots=True)
class _Sentence:
    """A sentence of the article before it is judged."""

    paragraph: int
    start: int
    end: int
    text: str
    offset: int | None  # where it starts in the original file
    lines: tuple[int, int] | None  # first and last line in the original file


def extract_claims(text: str, *, min_score: float = DEFAULT_MIN_SCORE, origin: str | None = None) -> list[ExtractedClaim]:
    """The check-worthy claims of a plain-text or Markdown article, in article order.

    `origin` names the article in each claim's `origin` ("origin:line"); lines count in `text`.
    """
    return extract_article(from_text(text, source=origin or ""), min_score=min_score)


def extract_article(
    article: Article,
    *,
    min_score: float = DEFAULT_MIN_SCORE,
    taken: set[str] | None = None,
) -> list[ExtractedClaim]:
    """The check-worthy claims of an Article, in article order, with ids unique within the list
    and against `taken` (the ids given are added to it). Origins cite `article.source`.
    """
    origin = article.source
    sentences, chrome = _sentences(article)
    ignored = _ignored(sentences, article.marks)
    claims: list[ExtractedClaim] = []
    seen: set[str] = set()
    for index, sentence in enumerate(sentences):
        if index in ignored or sentence.paragraph in chrome or sentence.text in seen:
            continue
        if chrome_reason(sentence.text, block=False):
            continue
        seen.add(sentence.text)
        analysis = analyse(sentence.text)
        worth = score_sentence(analysis)
        if worth.score < min_score:
            continue
        line = sentence.lines[0] if sentence.lines else None
        claims.append(
            ExtractedClaim(
                id="",
                text=sentence.text,
                line=line,
                start=sentence.start,
                end=sentence.end,
                score=worth.score,
                reasons=worth.reasons,
                quantities=analysis.quantities,
                origin=None if not origin else (f"{origin}:{line}" if line else origin),
            )
        )
    return assign_ids(claims, taken)


def assign_ids(claims: Sequence[ExtractedClaim], taken: set[str] | None = None) -> list[ExtractedClaim]:
    """The claims with ids slugged from their text (`factcheck.claims.slug`), unique within the
    list and against `taken`, which the new ids are added to (one set de-duplicates a batch)."""
    from factcheck.claims import slug

    used = set() if taken is None else taken
    return [replace(claim, id=slug(claim.text, used)) for claim in claims]


def _sentences(article: Article) -> tuple[list[_Sentence], set[int]]:
    """Every sentence (or clause, see `clauses`) of the article with its place in the original,
    and the chrome paragraphs."""
    locator = PageLocator(article.original) if article.original is not None else None
    sentences: list[_Sentence] = []
    chrome: set[int] = set()
    for number, (p_start, p_end) in enumerate(paragraphs(article.text, article.kind, chrome_line)):
        if chrome_reason(article.text[p_start:p_end]):
            chrome.add(number)
        for s_start, s_end in sentence_spans(article.text, p_start, p_end):
            lead = _LEAD.match(article.text, s_start, s_end)
            for start, end in clauses(article.text, lead.end() if lead else s_start, s_end):
                written = " ".join(article.text[start:end].split())
                if locator is None:
                    offset: int | None = start
                    lines: tuple[int, int] | None = (line_of(article.text, start), line_of(article.text, end))
                else:
                    offset = locator.find(written)
                    lines = None if offset is None else (line_of(locator.page, offset),) * 2
                if article.kind == "markdown":
                    written = _MD_LINK.sub(r"\1", _MD_EMPHASIS.sub(r"\2", written))
                sentences.append(_Sentence(number, start, end, _as_sentence(written), offset, lines))
    return sentences, chrome


def clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentence `text[start:end]`, cut in two at a semicolon joining two independent clauses.

    The cut is made only when the sentence has exactly one semicolon outside brackets and quotes
    (several are a list), both sides hold at least CLAUSE_WORDS words, and the second does not
    open with "and"/"or"; otherwise the sentence stays whole.
    """
    semicolons = []
    depth = 0
    for i in range(start, end):
        if text[i] in "([{“«":
            depth += 1
        elif text[i] in ")]}”»":
            depth = max(0, depth - 1)
        elif text[i] == ";" and depth == 0:
            semicolons.append(i)
    if len(semicolons) != 1:
        return [(start, end)]
    cut = semicolons[0]
    left, right = text[start:cut].split(), text[cut + 1 : end].split()
    if len(left) < CLAUSE_WORDS or len(right) < CLAUSE_WORDS or right[0].lower() in ("and", "or"):
        return [(start, end)]
    second = cut + 1
    while text[second].isspace():
        second += 1
    return [(start, cut), (second, end)]


def _as_sentence(clause: str) -> str:
    """A clause written as a sentence: a capital first letter and a final full stop."""
    if clause[:1].islower():
        clause = clause[0].upper() + clause[1:]
    if not re.search(r"[.!?…][\"'’”»)\]]*$", clause):
        clause += "."
    return clause


def _ignored(sentences: Sequence[_Sentence], marks: Sequence[Mark]) -> set[int]:
    """Indexes of the sentences that `factcheck: ignore` controls cover.

    A control on a line with text skips the sentences on that line; a control alone on its line
    skips the whole next paragraph (the paragraph of the first sentence that starts after it).
    """
    ignored: set[int] = set()
    for mark in marks:
        if mark.alone:
            after = next((s for s in sentences if s.offset is not None and s.offset > mark.offset), None)
            if after is not None:
                ignored.update(i for i, s in enumerate(sentences) if s.paragraph == after.paragraph)
        else:
            ignored.update(
                i for i, s in enumerate(sentences) if s.lines is not None and s.lines[0] <= mark.line <= s.lines[1]
            )
    return ignored
