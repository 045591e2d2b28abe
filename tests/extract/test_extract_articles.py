"""Extraction end to end on the fixture articles: checkable statements kept, chrome never."""

from __future__ import annotations

import html
import re

import pytest

import factcheck
from factcheck.extract import ExtractedClaim, extract_article, extract_claims, read_article
from factcheck.extract.article import from_text
from factcheck.extract.extractor import DEFAULT_MIN_SCORE
from factcheck.sources.base import Raw
from extract_truth import SEED, TRUTHS, Truth


def _claims(truth: Truth, min_score: float = DEFAULT_MIN_SCORE) -> list[ExtractedClaim]:
    raw = Raw(source=truth.path.name, data=truth.path.read_bytes())
    return extract_article(read_article(raw), min_score=min_score)


def _holding(claims: list[ExtractedClaim], words: str) -> list[ExtractedClaim]:
    return [c for c in claims if words in c.text]


@pytest.mark.parametrize("truth", TRUTHS, ids=lambda t: t.path.name)
def test_every_checkable_statement_is_kept(truth: Truth) -> None:
    claims = _claims(truth)
    missing = [words for words in truth.claims if not _holding(claims, words)]
    assert not missing


@pytest.mark.parametrize("truth", TRUTHS, ids=lambda t: t.path.name)
def test_no_chrome_is_kept_at_any_score(truth: Truth) -> None:
    claims = _claims(truth, min_score=0.0)
    leaked = [words for words in truth.chrome if _holding(claims, words)]
    assert not leaked


@pytest.mark.parametrize("truth", TRUTHS, ids=lambda t: t.path.name)
def test_opinion_hedges_and_ignored_sentences_are_left_out(truth: Truth) -> None:
    claims = _claims(truth)
    kept = [words for words in truth.not_claims if _holding(claims, words)]
    assert not kept


@pytest.mark.parametrize("truth", TRUTHS, ids=lambda t: t.path.name)
def test_each_claim_starts_on_its_line_of_the_original_file(truth: Truth) -> None:
    lines = truth.path.read_text(encoding="utf-8").splitlines()
    for claim in _claims(truth):
        assert claim.line is not None
        line = " ".join(html.unescape(re.sub(r"<[^>]*>", " ", lines[claim.line - 1])).split())
        assert " ".join(claim.text.split()[:3]).lower() in line.lower()
        assert claim.origin == f"{truth.path.name}:{claim.line}"


@pytest.mark.parametrize("truth", TRUTHS, ids=lambda t: t.path.name)
def test_claims_keep_article_order_with_unique_ids(truth: Truth) -> None:
    claims = _claims(truth)
    assert [c.start for c in claims] == sorted(c.start for c in claims)
    assert len({c.id for c in claims}) == len(claims)
    assert all(re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", c.id) for c in claims)


def test_seed_estimate_carries_its_interval_and_reasons() -> None:
    text = SEED.read_text(encoding="utf-8")
    (claim,) = _holding(extract_claims(text, origin="seed.txt"), "2000 to 4000")
    interval = [q for q in claim.quantities if q.low == 2000 and q.high == 4000]
    assert interval and interval[0].kind == "count"
    assert any(r.startswith("quantity") for r in claim.reasons)
    assert 0 < claim.score <= 1
    assert claim.line == text[: text.index("2000 to 4000")].count("\n") + 1
    assert text[claim.start : claim.end].startswith("figures are completely different")
    assert claim.text.startswith("Figures are completely different")  # the clause after ";" as a sentence


def test_seed_years_are_reasons() -> None:
    claims = extract_claims(SEED.read_text(encoding="utf-8"))
    (nsc,) = _holding(claims, "National Security Concept")
    assert "year 2012" in nsc.reasons
    assert any(q.kind == "year" and q.low == 2012 for q in nsc.quantities)


def test_public_api_is_the_same_function() -> None:
    assert factcheck.extract_claims is extract_claims


def test_a_higher_min_score_keeps_fewer_claims_all_above_it() -> None:
    text = SEED.read_text(encoding="utf-8")
    low, high = extract_claims(text, min_score=0.0), extract_claims(text, min_score=0.6)
    assert len(high) < len(low)
    assert all(c.score >= 0.6 for c in high)


def test_repeated_sentence_is_kept_once() -> None:
    sentence = "The bridge over the Vistula in Warsaw opened in 1864 and cost 5 million roubles."
    claims = extract_claims(f"{sentence}\n\nSomething else entirely.\n\n{sentence}\n")
    assert len(_holding(claims, "Vistula")) == 1


def test_ignore_comment_on_the_same_line_skips_only_that_line() -> None:
    text = (
        "Oslo had 709,000 inhabitants in 2022, the statistics office said. <!-- factcheck: ignore -->\n"
        "Bergen had 286,000 inhabitants in 2022, the statistics office said.\n"
    )
    claims = extract_claims(text)
    assert [c.text.split()[0] for c in claims] == ["Bergen"]
    assert "<!--" not in claims[0].text


def test_ignore_comment_alone_skips_the_whole_next_paragraph() -> None:
    text = (
        "<!-- factcheck: ignore -->\n\n"
        "Oslo had 709,000 inhabitants in 2022, the statistics office said. Bergen had 286,000 in 2022.\n\n"
        "Trondheim had 212,000 inhabitants in 2022, the statistics office said.\n"
    )
    assert [c.text.split()[0] for c in extract_claims(text)] == ["Trondheim"]


def test_hard_wrapped_sentence_is_one_claim_on_its_first_line() -> None:
    text = "Intro line that ends here.\n\nThe dam, finished in 1936, holds\n35 billion cubic metres of water, the agency said.\n"
    (claim,) = extract_claims(text)
    assert claim.line == 3
    assert "\n" not in claim.text and claim.text.endswith("the agency said.")


def test_html_sentence_not_found_in_page_has_no_line() -> None:
    page = b"<html><body><article><p>" + b"The port handled 1.4 million containers in 2023, the authority said. " * 3 + b"</p></article></body></html>"
    article = read_article(Raw(source="page.html", data=page))
    # the same words three times in one paragraph: each sentence is found after the previous one
    claims = extract_article(article)
    assert claims and all(c.line == 1 for c in claims[:1])


def test_semicolon_between_two_clauses_makes_two_sentences() -> None:
    text = "Nobody knows how many people live in the old town; the census of 2011 counted 4,300 residents there.\n"
    (claim,) = extract_claims(text)
    assert claim.text == "The census of 2011 counted 4,300 residents there."
    assert text[claim.start : claim.end] == "the census of 2011 counted 4,300 residents there."


@pytest.mark.parametrize(
    "sentence",
    [
        "The fund invested 40 million dollars in Kenya; 25 million dollars in Ghana; 12 million in Peru in 2019.",
        "The ministry (which had counted 4,000 cases; 300 of them severe) published the report in 2020.",
        "In 2019 the fund invested 40 million dollars in Kenya; and 25 million dollars in Ghana the year after.",
    ],
)
def test_semicolons_in_lists_or_brackets_leave_the_sentence_whole(sentence: str) -> None:
    (claim,) = extract_claims(sentence + "\n", min_score=0.0)
    assert claim.text == sentence


def test_markdown_links_and_emphasis_are_left_out_of_the_claim_text() -> None:
    text = "The [census](https://example.org/c) of **2011** counted `4,300` residents in the *old town*, the office said.\n"
    article = from_text(text, kind="markdown")
    (claim,) = extract_article(article)
    assert claim.text == "The census of 2011 counted 4,300 residents in the old town, the office said."
    assert any(q.kind == "year" and q.low == 2011 for q in claim.quantities)


def test_without_origin_claims_cite_no_file() -> None:
    claims = extract_claims("The census of 2011 counted 4,300 residents in the old town, the office said.\n")
    assert claims and claims[0].origin is None and claims[0].line == 1
