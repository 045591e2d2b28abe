from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.sentences import sentence_spans, split_sentences


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


@pytest.mark.parametrize(
    "expected",
    [
        ["Mr. Smith paid $3.2 million for the house.", "Mrs. Jones did not."],
        ["The U.S. economy grew 2.5% in 2014.", "Growth slowed in the U.K. after that."],
        ["In the U.S.", "The number is higher."],
        ["Dr. A. B. Jones wrote the report (see No. 72, p. 5).", "It was cited widely."],
        ["Prices rose, e.g. The Hobbit and milk.", "They fell later, i.e. in March."],
        ['He said: "We will win."', "Nobody believed him."],
        ["Was it true?", "Nobody knew!", "The answer came later..."],
        ["J. R. R. Tolkien was born in 1892.", "He died in 1973."],
        ["The troops (about 7,000 of them) stayed.", "(The base closed in 2014.)", "Then they left."],
        ["The population was 6.2 million in 2019.", "Approx. 40% live in cities."],
        ["Smith et al. found no effect.", "Their sample was small."],
        ["St. Petersburg is in Russia.", "Gen. Petraeus led the troops."],
        ["He lives at 10 Downing St.", "The prime minister lives there."],
        ["The period lasted from c. 950 to c. 1250.", "It was warm."],
        ["The vote was 52 vs. 48.", "It passed."],
        ["The answer was no.", "No. 5 was picked."],
        ["Vitamin C.", "The tablets were cheap."],
        ["Population rose 40% in 2005.", "2006 was worse."],
        ["The base is at 65° N.", "It is cold."],
        ["Wait…", "What happened?"],
        ["It rose in 2014.[3]", "The next year it fell.[12][a]", "Then it stopped.[citation needed]", "Done."],
    ],
)
def test_splits_tricky_text(expected: list[str]) -> None:
    assert sentences(" ".join(expected)) == expected


def test_a_decimal_point_never_ends_a_sentence() -> None:
    assert sentences("It cost 3.2 million. Then 4.5 billion.") == ["It cost 3.2 million.", "Then 4.5 billion."]


def test_never_crosses_a_blank_line() -> None:
    text = "A heading without a stop\n\nThe body starts here. It goes on\n  \nafter a blank line."
    assert sentences(text) == ["A heading without a stop", "The body starts here.", "It goes on", "after a blank line."]


def test_a_single_line_break_does_not_end_a_sentence() -> None:
    assert sentences("The figures vary\nfrom 2000 to 4000. Nobody knows.") == [
        "The figures vary\nfrom 2000 to 4000.",
        "Nobody knows.",
    ]


def test_a_numbered_line_is_not_a_sentence_of_its_own() -> None:
    assert sentences("Steps:\n1. Go home.\n2. Sleep.") == ["Steps:\n1. Go home.", "2. Sleep."]


def test_spans_are_trimmed() -> None:
    text = "  \n First one.   Second one.  \n"
    spans = split_sentences(text)
    assert [text[a:b] for a, b in spans] == ["First one.", "Second one."]
    assert all(not text[a].isspace() and not text[b - 1].isspace() for a, b in spans)


def test_empty_and_blank_text_have_no_sentences() -> None:
    assert split_sentences("") == []
    assert split_sentences(" \n\n \t") == []


def test_sentence_spans_stays_inside_its_range() -> None:
    text = "Before. Inside one. Inside two. After."
    start, end = text.index("Inside"), text.index(" After")
    assert [text[a:b] for a, b in sentence_spans(text, start, end)] == ["Inside one.", "Inside two."]


PIECES = [*"ab .!?\n\"()U.S3,", "Mr.", " The", "\n\n", "\n \n", "e.g.", "No. "]


@given(st.lists(st.sampled_from(PIECES), max_size=80).map("".join))
def test_spans_are_ordered_trimmed_and_never_cross_a_blank_line(text: str) -> None:
    spans = split_sentences(text)
    previous = 0
    for start, end in spans:
        assert previous <= start < end <= len(text)
        piece = text[start:end]
        assert piece == piece.strip()
        assert "\n\n" not in piece
        previous = end
    covered = "".join(text[a:b] for a, b in spans)
    assert "".join(covered.split()) == "".join(text.split())
